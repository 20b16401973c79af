import ArgumentParser

extension Hearth {
    /// ArgumentParser's own entry point, after one check of ours: a command word that names no command
    /// fails with the nearest one as a hint, where the parser would have said only "unexpected argument"
    /// (or, for `hearth help nonsense`, printed the general help and exited 0).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        // The common reading forms skip the parser's reflection (see QuickCommand); they run as `main` would.
        if let command = QuickCommand.parse(arguments) {
            do {
                try command.run()
            } catch {
                exit(withError: error)
            }
            return
        }
        if let unknown = CommandSuggestion.find(in: arguments, root: Hearth.self), !parses(arguments) || arguments.first == "help" {
            exit(withError: ValidationError(unknown.failure.description))
        }
        main(arguments)
    }

    /// Whether the parser accepts the words as they are: a default command may take a word as its value.
    private static func parses(_ arguments: [String]) -> Bool {
        (try? parseAsRoot(arguments)) != nil
    }
}
