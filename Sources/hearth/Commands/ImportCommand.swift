import ArgumentParser
import HearthDomain
import HearthExchange
import HearthStore

/// `hearth import FILE.json`: a JSON export back into a journal folder, whole or not at all.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Read a JSON export (hearth export --format json) into a new journal, or merge it.",
        discussion: """
            Without --merge the folder must hold no journal yet. With --merge, weeks the journal lacks are added and \
            weeks it holds the same are skipped; weeks that differ are refused unless --replace. Every value is \
            checked before anything is written: a bad one is named by its place in the JSON and nothing is written.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("The export to read.", valueName: "file.json")) var file: String
    @Flag(help: "Add to the journal already in the folder.") var merge = false
    @Flag(help: "With --merge: let weeks and rituals that differ replace the journal's.") var replace = false

    func validate() throws {
        if replace && !merge { throw ValidationError("--replace goes with --merge") }
    }

    func run() throws {
        let context = try CommandContext(options: store)
        let contents = try Self.read(file)
        if merge {
            try mergeInto(context, contents.journal)
        } else {
            do {
                try context.store.importJournal(contents.journal)
            } catch .alreadyInitialized(let root) {
                throw CommandFailure("\(root) already holds a journal; nothing was written",
                                     hint: "import into a new folder (--dir), or add to this one with --merge")
            } catch {
                throw CommandFailure("\(error)")
            }
            print("Imported \(contents.journal.checkIns.count) check-ins into \(context.store.root)")
        }
        if !contents.includesPrivate {
            StandardError.write("hearth: this export has no private reflections (it was made without --private)\n")
        }
    }

    /// The export's journal, checked whole: JSON, every value, and that each check-in reads back as it will be written.
    static func read(_ path: String) throws -> JournalReader.Contents {
        let found: FileContents?
        do throws(FileSystemError) {
            found = try RealFileSystem().readFile(at: path)
        } catch {
            throw CommandFailure("cannot read \(path): \(error.message)", hint: "check the file's name and permissions")
        }
        guard let bytes = found?.bytes else {
            throw CommandFailure("\(path) does not exist", hint: "give the file `hearth export --format json --output FILE` wrote")
        }
        let contents: JournalReader.Contents
        do {
            contents = try JournalReader.read(bytes)
        } catch {
            throw CommandFailure("\(path): \(error); nothing was written", hint: "correct that value in the file, or export again")
        }
        for (index, checkIn) in contents.journal.checkIns.enumerated() {
            // Kept content comes back verbatim, so a hand-edited `preserved` could make a file that reads differently.
            guard (try? Store.parseCheckIn(Store.encode(checkIn))) == checkIn else {
                throw CommandFailure("\(path): checkins[\(index)].preserved: this kept text would not read back as written; nothing was written",
                                     hint: "remove that preserved entry, or export again")
            }
        }
        return contents
    }

    private func mergeInto(_ context: CommandContext, _ incoming: Journal) throws {
        let (journal, loaded) = try context.loadJournal()
        let plan: ImportPlan
        do {
            plan = try ImportPlan(existing: journal, incoming: incoming, replace: replace)
        } catch {
            throw CommandFailure("\(file): \(error); nothing was written", hint: "merge only exports of this same journal")
        }
        if !plan.conflicts.isEmpty {
            let shown = plan.conflicts.prefix(10).joined(separator: "\n  ")
            let more = plan.conflicts.count > 10 ? "\n  and \(plan.conflicts.count - 10) more" : ""
            throw CommandFailure("\(plan.conflicts.count) week(s) or ritual(s) differ from the journal; nothing was written:\n  \(shown)\(more)",
                                 hint: "add --replace to let the export's versions win")
        }
        let store = context.store
        do {
            if let rituals = plan.rituals { try store.saveRituals(rituals, expected: loaded.revision(ofPath: "rituals.md")) }
            for (checkIn, replacing) in plan.checkIns {
                let path = Store.path(of: checkIn.week, partner: checkIn.partner)
                try store.save(checkIn, profile: journal.profile, expected: replacing ? loaded.revision(ofPath: path) : nil)
            }
            for group in plan.moments {
                let path = Store.momentsPath(of: group.week, partner: group.partner)
                try store.saveMoments(group.moments, week: group.week, partner: group.partner, profile: journal.profile,
                                      expected: group.replacing ? loaded.revision(ofPath: path) : nil)
            }
        } catch {
            throw CommandFailure("\(error)", hint: "run the import again: what is already in is skipped")
        }
        print("Merged \(file) into \(store.root): \(plan.checkIns.count) check-in(s) and \(plan.moments.count) week(s) of moments written, "
              + "\(plan.unchanged) already there")
    }
}
