import Foundation
import HearthUI
import Testing

/// The README's key tables say what the screens' own keymaps (and so their help) say: every key a row
/// names is bound on that screen, and every key the screen binds is named in its row. A failure lists,
/// row by row, what is missing on either side.
struct ReadmeKeysTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../README.md").standardized

    /// README rows (the first cell, as it starts) and the keymaps of the screen each documents.
    static let screens: [(row: String, keymaps: [Keymap])] = [
        ("welcome", [.welcome]), ("setup", [.setup]), ("home", [.homeWithConflicts]), ("trends", [.trends]), ("help", [.help]),
        ("history", [.history]), ("go to week", [.goToWeek]), ("filter", [.filters]), ("week", [.week]),
        ("search", [.search]), ("rituals", [.rituals, .ritualReason, .ritualForm]),
        ("love languages", [.loveLanguages, .momentForm]), ("merge conflicts", [.conflicts]),
    ]

    /// The check-in's table (`keys | where | what they do`) documents these together.
    static let checkIn: [Keymap] = [.checkInText, .checkInRatings, .checkInList, .checkInLanguage, .checkInReview]

    /// Keys the README gives once for every screen ("On every screen: `?`/F1 help, `Ctrl-L` redraw").
    static let everywhere: Set<String> = ["?", "F1", "Ctrl-L"]

    @Test func everyScreenRowMatchesItsKeymap() throws {
        let tables = MarkdownTables.parse(try String(contentsOf: Self.readme, encoding: .utf8))
        let rows = tables.filter { $0.header.first?.lowercased() == "screen" }.flatMap(\.rows)
        var report: [String] = []
        for (name, keymaps) in Self.screens {
            let matching = rows.filter { Self.rowName($0) == name }
            guard matching.count == 1, let row = matching.first, row.count >= 2 else {
                report.append("\(name): expected one row in a `screen | keys` table, found \(matching.count)")
                continue
            }
            report += Self.compare(name, documented: KeyTokens.tokens(in: row[1]), keymaps: keymaps)
        }
        for row in rows where !Self.screens.contains(where: { $0.row == Self.rowName(row) }) {
            report.append("\(row.first ?? ""): a README row for a screen this test does not know; add it to `screens`")
        }
        #expect(report.isEmpty, "README key tables differ from the keymaps:\n\(report.joined(separator: "\n"))")
    }

    @Test func theCheckInTableMatchesTheWizardsKeymaps() throws {
        let tables = MarkdownTables.parse(try String(contentsOf: Self.readme, encoding: .utf8))
        let table = try #require(tables.first { $0.header.map { $0.lowercased() }.starts(with: ["keys", "where"]) },
                                 "the check-in's `keys | where | what they do` table")
        let documented = table.rows.compactMap(\.first).flatMap(KeyTokens.tokens(in:))
        let report = Self.compare("check-in", documented: documented, keymaps: Self.checkIn)
        #expect(report.isEmpty, "README check-in table differs from the keymaps:\n\(report.joined(separator: "\n"))")
    }

    /// The parser itself, on formatting a README may reasonably use.
    @Test func keyTokensReadSpansRangesAndEscapedPipes() {
        #expect(KeyTokens.tokens(in: "`↑`/`↓` (`k`/`j`) select; `Space` (or `y`) marks") == ["↑", "↓", "k", "j", "Space", "y"])
        #expect(KeyTokens.tokens(in: "`1`-`5`, `←`/`→`") == ["1", "2", "3", "4", "5", "←", "→"])
        #expect(KeyTokens.tokens(in: "` Esc `, `PgDn` / `PgUp`") == ["Esc", "PgDn", "PgUp"])
        let tables = MarkdownTables.parse("| Screen | Keys |\n|---|:--|\n| A | `x` \\| `y` |\n\ntext\n")
        #expect(tables.count == 1 && tables.first?.rows == [["A", "`x` \\| `y`"]])
    }

    /// `Welcome (first run)` -> `welcome`.
    static func rowName(_ row: [String]) -> String {
        let first = row.first ?? ""
        return String(first.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// What differs between a row's keys and its keymaps, one line per direction; empty when they agree.
    static func compare(_ name: String, documented: [String], keymaps: [Keymap]) -> [String] {
        let bound = Set(keymaps.flatMap(\.bindings).flatMap(\.keys).map(\.label))
        // Where letters type into a field (help is F1 alone there), a printable key named in the README
        // (`h`, `m` and `:` in minutes) types itself.
        let typesText = keymaps.contains { !$0.bindings.contains { $0.keys.contains(.character("?")) } && $0.title != "Help" }
        let unbound = Set(documented).subtracting(bound).filter { !(typesText && $0.count == 1) }
        let undocumented = bound.subtracting(documented).subtracting(everywhere)
        var lines: [String] = []
        if !unbound.isEmpty { lines.append("\(name): README names keys the screen does not bind: \(unbound.sorted())") }
        if !undocumented.isEmpty { lines.append("\(name): the screen binds keys the README does not name: \(undocumented.sorted())") }
        return lines
    }
}

/// Pipe tables in Markdown: the header cells and the body rows, with cells trimmed; the `|---|` rule
/// (with any alignment colons) is skipped, and a `\|` or a `|` inside backticks stays in its cell.
enum MarkdownTables {
    struct Table: Equatable {
        var header: [String]
        var rows: [[String]]
    }

    static func parse(_ text: String) -> [Table] {
        var tables: [Table] = []
        var current: Table?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("|") else {
                if let table = current { tables.append(table) }
                current = nil
                continue
            }
            let cells = split(trimmed)
            if current == nil {
                current = Table(header: cells, rows: [])
            } else if !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } && !$0.isEmpty }) {
                current?.rows.append(cells)
            }
        }
        if let table = current { tables.append(table) }
        return tables
    }

    /// `| a | b |` -> `["a", "b"]`.
    static func split(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", inCode = false, previous: Character = " "
        for character in line {
            if character == "`" { inCode.toggle() }
            if character == "|", !inCode, previous != "\\" {
                cells.append(cell.trimmingCharacters(in: .whitespaces))
                cell = ""
            } else {
                cell.append(character)
            }
            previous = character
        }
        cells.append(cell.trimmingCharacters(in: .whitespaces))
        // The leading and trailing pipes leave an empty cell at each end.
        if cells.first == "" { cells.removeFirst() }
        if cells.last == "" { cells.removeLast() }
        return cells
    }
}

/// The keys a table cell names: each code span is one key as help writes it; `` `1`-`5` `` is a range.
enum KeyTokens {
    static func tokens(in cell: String) -> [String] {
        let spans = cell.split(separator: "`", omittingEmptySubsequences: false)
        var tokens: [String] = []
        // Odd pieces are inside backticks.
        for index in stride(from: 1, to: spans.count, by: 2) {
            let key = spans[index].trimmingCharacters(in: .whitespaces)
            if let last = tokens.last, let low = Int(last), let high = Int(key), spans[index - 1] == "-", low < high {
                tokens += (low + 1...high).map(String.init)
                continue
            }
            if !key.isEmpty { tokens.append(key) }
        }
        return tokens
    }
}
