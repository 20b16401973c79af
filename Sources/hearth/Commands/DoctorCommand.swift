import ArgumentParser
import HearthStore

/// `hearth doctor`: every problem in the store, exit 1 when there is any; `--fix` tightens modes.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check every file in the journal and list each problem (exit 1 if any).",
        discussion: "Also reports links that lead out of the journal, modes others can read, and temporaries left by interrupted saves.")

    @OptionGroup var store: StoreOptions
    @Flag(help: "Tighten folders to 0700 and files to 0600 where others could read them; changes nothing else.")
    var fix = false

    func run() throws {
        let context = try CommandContext(options: store)
        // Doctor reads every file itself: it neither needs nor trusts the index.
        var unindexed = context.store
        unindexed.indexUse = nil
        var result = unindexed.load()
        // Drafts are read by the UI alone; doctor checks them too, so a FIFO or folder there is named.
        if result.journal != nil { result.problems += context.store.loadDrafts().problems }
        if result.journal == nil && result.problems.isEmpty {
            throw CommandFailure("no journal in \(context.store.root)", hint: "create one with `hearth init`, or pass --dir")
        }
        var out = ""
        var failed: [StoreProblem] = []
        if fix {
            let tightened = context.store.tightenModes()
            failed = tightened.failed
            out += tightened.changed.isEmpty ? "No modes to tighten.\n"
                : "Tightened \(tightened.changed.count) mode\(tightened.changed.count == 1 ? "" : "s") (nothing else was changed):\n"
                    + tightened.changed.map { "  \($0)\n" }.joined()
        }
        var problems = result.problems + failed + context.store.hygieneProblems() + context.store.mergeConflictProblems(after: result)
        if context.keyring != nil {
            problems += KeyFolderCheck.problems(files: context.store.loadKeyFiles().files,
                                                partners: result.journal?.profile.partners.map(\.id) ?? [])
        }
        if problems.isEmpty {
            let count = result.journal?.checkIns.count ?? 0
            StandardOutput.write(out + "No problems in \(context.store.root): profile, agenda, rituals and \(count) check-ins read cleanly.\n")
            return
        }
        for problem in problems {
            out += "\(problem)\n"
        }
        let files = Set(problems.map(\.path)).count
        out += "\(problems.count) problem\(problems.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") "
            + "under \(context.store.root). Hearth skips unreadable files until they are fixed; "
            + (fix ? "nothing else was changed.\n" : "nothing was changed.\n")
        StandardOutput.write(out)
        throw ExitCode(1)
    }
}
