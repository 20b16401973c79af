import ArgumentParser
import HearthStore

/// `hearth resolve`: merges the copies Syncthing or Dropbox left into the files they are copies of, and settles
/// the fields merges kept both ways (ResolveCommand+MergeConflicts.swift).
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "Merge sync conflict copies (Syncthing, Dropbox) into their files; settle fields kept both ways.",
        discussion: """
            Each copy is merged record by record into the file it is a copy of, and removed only once the \
            merge is saved. The common version is the file's last commit when the journal is a git repository; \
            otherwise there is none, and whatever either version holds is kept (a field that differs keeps both \
            values, for `hearth doctor` to list). \
            Those fields kept both ways are listed by `--list-conflicts` (FILE:LINE, record, field, both values); \
            `--keep kept FILE:LINE` keeps this machine's value (the one in place) and `--keep other FILE:LINE` \
            the other machine's, and removes the entry. A file changed since it was read is left alone.
            """)

    @OptionGroup var store: StoreOptions

    @Flag(name: .customLong("list-conflicts"), help: "List the fields merges kept both ways, and change nothing.")
    var listConflicts = false

    @Option(help: ArgumentHelp("Settle the merge conflict at FILE:LINE, keeping this machine's value (kept) or the other's (other).",
                               valueName: "kept|other"))
    var keep: JournalMergeSide?

    @Argument(help: ArgumentHelp("With --keep: the conflict, as --list-conflicts names it.", valueName: "file:line"))
    var conflict: String?

    func validate() throws {
        if listConflicts && keep != nil { throw ValidationError("--list-conflicts lists; --keep settles one: give one of them") }
        if keep != nil && conflict == nil { throw ValidationError("--keep needs the conflict's FILE:LINE (see --list-conflicts)") }
        if keep == nil && conflict != nil { throw ValidationError("FILE:LINE goes with --keep kept or --keep other") }
    }

    func run() throws {
        let context = try CommandContext(options: store)
        if listConflicts { return try Self.listConflicts(in: context.store) }
        if let keep, let conflict { return try Self.keep(keep, of: conflict, in: context.store) }
        let copies = context.store.conflictCopies()
        guard !copies.isEmpty else {
            StandardOutput.write("No sync conflict copies in \(context.store.root).\n")
            return
        }
        let resolver = ConflictCopyResolver(store: context.store)
        var out = "", failed = 0
        for copy in copies {
            do {
                out += try resolver.resolve(copy) + "\n"
            } catch {
                failed += 1
                out += "\(copy.path): not merged, kept as it is: \(error)\n"
            }
        }
        StandardOutput.write(out)
        if failed > 0 { throw ExitCode(1) }
    }
}
