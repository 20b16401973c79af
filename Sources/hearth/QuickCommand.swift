import ArgumentParser

/// The reading commands' plainest forms (`hearth`, `hearth list --dir D`, `hearth search WORD`, `show`,
/// `trends`), read without ArgumentParser.
///
/// The parser finds a command's options by reflection, and the Swift runtime's first look-up of each type and
/// conformance scans the whole binary: about a millisecond of every start-up, a sixth of what `hearth list`
/// may take. Anything beyond these forms (help, `--option=value`, a repeated or unknown option, a value that
/// starts with `-`, a count) gives nil, and the parser reads it as always. `QuickCommandTests` checks that
/// whatever this reads, the parser reads the same.
///
/// Each is read into its command's plain values, not the command itself: making a command makes its options'
/// property wrappers, and their first one cost the start another scan of every conformance record (a tenth of
/// `hearth list` on an empty journal).
enum QuickCommand {
    /// A command read by the quick path.
    enum Run: Equatable {
        case ui(UICommand.Values)
        case list(ListCommand.Values)
        case search(SearchCommand.Values)
        case show(ShowCommand.Values)
        case trends(TrendsCommand.Values)

        func run() throws {
            switch self {
            case .ui(let values): try values.run()
            case .list(let values): try values.run()
            case .search(let values): try values.run()
            case .show(let values): try values.run()
            case .trends(let values): try values.run()
            }
        }
    }

    /// The command `arguments` name, or nil when the parser should read them.
    static func parse(_ arguments: [String]) -> Run? {
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

    private static func ui(_ words: ArraySlice<String>) -> Run? {
        guard let read = Words(words, valued: [], flags: ["--ascii"]), read.positionals.isEmpty else { return nil }
        return .ui(UICommand.Values(store: read.place, ascii: read.has("--ascii")))
    }

    private static func list(_ words: ArraySlice<String>) -> Run? {
        guard let read = Words(words, valued: ["--partner"], flags: ["--json"]), read.positionals.isEmpty else { return nil }
        return .list(ListCommand.Values(store: read.place, partner: read.value("--partner"), below: [], json: read.has("--json")))
    }

    private static func search(_ words: ArraySlice<String>) -> Run? {
        guard let read = Words(words, valued: ["--partner"], flags: ["--private", "--json"]), !read.positionals.isEmpty else { return nil }
        return .search(SearchCommand.Values(store: read.place, text: read.positionals, partner: read.value("--partner"),
                                            includePrivate: read.has("--private"), json: read.has("--json")))
    }

    private static func show(_ words: ArraySlice<String>) -> Run? {
        guard let read = Words(words, valued: [], flags: ["--private", "--json"]), read.positionals.count == 1 else { return nil }
        return .show(ShowCommand.Values(store: read.place, week: read.positionals[0], includePrivate: read.has("--private"),
                                        json: read.has("--json")))
    }

    private static func trends(_ words: ArraySlice<String>) -> Run? {
        guard let read = Words(words, valued: ["--type", "--partner"], flags: ["--ascii", "--json"]), read.positionals.isEmpty else {
            return nil
        }
        return .trends(TrendsCommand.Values(store: read.place, weeks: 26, type: read.value("--type"), partner: read.value("--partner"),
                                            ascii: read.has("--ascii"), json: read.has("--json"), width: nil))
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

    var place: JournalPlace { JournalPlace(dir: value("--dir"), identity: value("--identity")) }
}
