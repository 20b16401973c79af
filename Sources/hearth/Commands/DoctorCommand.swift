import ArgumentParser
import HearthStore

/// `hearth doctor`: every problem in the store, exit 1 when there is any.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor", abstract: "Check every file in the journal and list each problem (exit 1 if any).")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let context = try CommandContext(options: store)
        var result = context.store.load()
        // Drafts are read by the UI alone; doctor checks them too, so a FIFO or folder there is named.
        if result.journal != nil { result.problems += context.store.loadDrafts().problems }
        if result.journal == nil && result.problems.isEmpty {
            throw CommandFailure("no journal in \(context.store.root)", hint: "create one with `hearth init`, or pass --dir")
        }
        if result.problems.isEmpty {
            let count = result.journal?.checkIns.count ?? 0
            print("No problems in \(context.store.root): profile, agenda, rituals and \(count) check-ins read cleanly.")
            return
        }
        var out = ""
        for problem in result.problems {
            out += "\(problem)\n"
        }
        let files = Set(result.problems.map(\.path)).count
        out += "\(result.problems.count) problem\(result.problems.count == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") "
            + "under \(context.store.root). Hearth skips these files until they are fixed; nothing was changed.\n"
        StandardOutput.write(out)
        throw ExitCode(1)
    }
}
