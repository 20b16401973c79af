import ArgumentParser

/// Finds a command word that names no command (`hearth lsit`, `hearth help nonsense`) and the closest
/// one there is, so the error can say "did you mean `list`?".
struct CommandSuggestion {
    /// The word as typed and the command path it was typed after (`hearth ritual`).
    let word: String
    let parent: [String]
    /// The closest command names, nearest first; empty when none is close.
    let suggestions: [String]
    /// Every command name at that place, for the hint when nothing is close.
    let known: [String]

    /// The first word of `arguments` that is not an option and, where a command name belongs, names none.
    /// Only the words up to it are looked at: what follows is left to the parser. `isHelp` words
    /// (`hearth help X Y`) are checked the same way.
    static func find(in arguments: [String], root: ParsableCommand.Type) -> CommandSuggestion? {
        var words = arguments[...]
        if words.first == "help" { words = words.dropFirst() }
        var command: ParsableCommand.Type = root
        var path = [root._commandName]
        for word in words {
            if word.hasPrefix("-") { return nil }  // options end the command path: the parser takes it from here
            let children = command.configuration.subcommands
            if children.isEmpty { return nil }
            var names: [String] = [], match: ParsableCommand.Type?
            for child in children {
                let name = child._commandName
                names.append(name)
                if name == word || child.configuration.aliases.contains(word) { match = child }
            }
            guard let match else {
                return CommandSuggestion(word: word, parent: path, suggestions: closest(to: word, in: names), known: names)
            }
            command = match
            path.append(word)
        }
        return nil
    }

    /// The error as ArgumentParser would show it, with the suggestion as its hint.
    var failure: CommandFailure {
        let place = parent.joined(separator: " ")
        let hint = suggestions.isEmpty
            ? "the commands of `\(place)` are: " + known.joined(separator: ", ")
            : "did you mean " + suggestions.map { "`\($0)`" }.joined(separator: " or ") + "? (`\(place) --help` lists them all)"
        return CommandFailure("'\(word)' is not a command of `\(place)`", hint: hint)
    }

    /// Names within a small edit distance (a third of the word, at least 2), or that the word starts.
    static func closest(to word: String, in names: [String]) -> [String] {
        let typed = Array(word.lowercased())
        let limit = max(2, typed.count / 3)
        let scored = names.map { name -> (String, Int) in
            let candidate = Array(name)
            let distance = editDistance(typed, candidate)
            return (name, typed.count >= 2 && candidate.starts(with: typed) ? min(distance, 1) : distance)
        }
        let close = scored.filter { $0.1 <= limit }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let best = close.first?.1 else { return [] }
        return close.filter { $0.1 == best }.map(\.0)
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours
    /// each cost one, so `lsit` is one step from `list`.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
