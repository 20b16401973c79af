import ArgumentParser

/// The reading commands' plainest forms (`hearth`, `hearth list --dir D`, `hearth search WORD`, `show`,
/// `trends`), read without ArgumentParser.
///
/// The parser finds a command's options by reflection, and the Swift runtime's first look-up of each type and
/// conformance scans the whole binary: about a millisecond of every start-up, a sixth of what `hearth list`
/// may take. Anything beyond these forms (help, `--option=value`, a repeated or unknown option, a value that
/// starts with `-`, a count) gives nil, and the parser reads it as always. `QuickCommandTests` checks that
/// whatever this reads, the parser reads the same.
enum QuickCommand {
    /// The command `arguments` name, or nil when the parser should read them.
    static func parse(_ arguments: [String]) -> ParsableCommand? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return ui(arguments[...]) }
        let rest = arguments.dropFirst()
        switch first {
        case UICommand._commandName: return ui(rest)
        case ListCommand._commandName: return list(rest)
        case SearchCommand._commandName: return search(rest)
        case ShowCommand._commandName: return show(rest)
        case TrendsCommand._commandName: return trends(rest)
        default: return nil
        }
    }

    private static func ui(_ words: ArraySlice<String>) -> UICommand? {
        guard let read = Words(words, valued: [], flags: ["--ascii"]), read.positionals.isEmpty else { return nil }
        var command = UICommand()
        command.store = read.store
        command.ascii = read.has("--ascii")
        return command
    }

    private static func list(_ words: ArraySlice<String>) -> ListCommand? {
        guard let read = Words(words, valued: ["--partner"], flags: ["--json"]), read.positionals.isEmpty else { return nil }
        var command = ListCommand()
        command.store = read.store
        command.partner = read.value("--partner")
        command.below = []
        command.json = read.has("--json")
        return command
    }

    private static func search(_ words: ArraySlice<String>) -> SearchCommand? {
        guard let read = Words(words, valued: ["--partner"], flags: ["--private", "--json"]), !read.positionals.isEmpty else { return nil }
        var command = SearchCommand()
        command.store = read.store
        command.text = read.positionals
        command.partner = read.value("--partner")
        command.includePrivate = read.has("--private")
        command.json = read.has("--json")
        return command
    }

    private static func show(_ words: ArraySlice<String>) -> ShowCommand? {
        guard let read = Words(words, valued: [], flags: ["--private", "--json"]), read.positionals.count == 1 else { return nil }
        var command = ShowCommand()
        command.store = read.store
        command.week = read.positionals[0]
        command.includePrivate = read.has("--private")
        command.json = read.has("--json")
        return command
    }

    private static func trends(_ words: ArraySlice<String>) -> TrendsCommand? {
        guard let read = Words(words, valued: ["--type", "--partner"], flags: ["--ascii", "--json"]), read.positionals.isEmpty else {
            return nil
        }
        var command = TrendsCommand()
        command.store = read.store
        command.weeks = 26
        command.type = read.value("--type")
        command.partner = read.value("--partner")
        command.ascii = read.has("--ascii")
        command.json = read.has("--json")
        command.width = nil
        return command
    }
}

/// Words split into options with a value, flags and positional words; nil for anything the quick path leaves
/// to the parser.
private struct Words {
    // Arrays rather than sets and dictionaries: a handful of words, and a `Set<String>` or `[String: String]` is
    // one more type for the runtime to look up on first use (the dictionary was a tenth of an empty `list`).
    var values: [(option: String, value: String)] = []
    var flags: [String] = []
    var positionals: [String] = []

    init?(_ words: ArraySlice<String>, valued: [String], flags known: [String]) {
        // Every command takes the store's options.
        let valued = valued + ["--dir", "--identity"]
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            index += 1
            guard word.hasPrefix("-") else {
                positionals.append(word)
                continue
            }
            if valued.contains(word) {
                guard index < words.endIndex, !words[index].hasPrefix("-"), value(word) == nil else { return nil }
                values.append((word, words[index]))
                index += 1
            } else if known.contains(word), !flags.contains(word) {
                flags.append(word)
            } else {
                return nil
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value given to `option`, nil when it was not given.
    func value(_ option: String) -> String? { values.first { $0.option == option }?.value }

    var store: StoreOptions {
        var options = StoreOptions(dir: value("--dir"))
        options.identity = value("--identity")
        options.passphraseFiles = []
        return options
    }
}
