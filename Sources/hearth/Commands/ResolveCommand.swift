import ArgumentParser
import HearthStore

/// `hearth resolve`: merges the copies Syncthing or Dropbox left into the files they are copies of.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve", abstract: "Merge sync conflict copies (Syncthing, Dropbox) into their files.",
        discussion: """
            Each copy is merged record by record into the file it is a copy of, and removed only once the \
            merge is saved. The common version is the file's last commit when the journal is a git repository; \
            otherwise there is none, and whatever either version holds is kept (a field that differs keeps both \
            values, for `hearth doctor` to list).
            """)

    @OptionGroup var store: StoreOptions

    func run() throws {
        let context = try CommandContext(options: store)
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
