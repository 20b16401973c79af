import HearthDomain
import HearthUI
import Testing

/// The week view and search with a huge answer show exactly what a short one would: the wrapped lines on
/// screen are the answer's, in order, at every scroll position. Not timed (HugeAnswerBenchmark times it).
struct HugeAnswerTests {
    static let size = Size(width: 80, height: 24)
    /// Zoë's column at 80 columns: the body's margin, then the bullet, then 35 columns of text.
    static let textColumns = 3..<38

    /// The answer's lines as a plain character-by-character wrapper breaks them: at the last space that fits,
    /// else between characters; newlines always break and no line starts with a space.
    static func referenceLines(_ text: String, width: Int) -> [String] {
        let characters = Array(text)
        var lines: [Range<Int>] = [], start = 0, used = 0, lastSpace: Int?
        for (index, character) in characters.enumerated() {
            if character.isNewline {
                lines.append(start..<index)
                start = index + 1; used = 0; lastSpace = nil
                continue
            }
            if character == " ", index == start { start = index + 1; continue }
            if used + character.terminalWidth > width, index > start {
                if let space = lastSpace, space > start {
                    lines.append(start..<space)
                    start = space + 1
                } else {
                    lines.append(start..<index)
                    start = index
                }
                used = characters[start..<index].reduce(0) { $0 + $1.terminalWidth }
                lastSpace = nil
            }
            if character == " " { lastSpace = index }
            used += character.terminalWidth
        }
        if start < characters.count || lines.isEmpty { lines.append(start..<characters.count) }
        return lines.map { String(characters[$0]) }
    }

    /// The text in Zoë's column on each body row of the screen.
    static func column(_ state: AppState) -> [String] {
        let buffer = state.render(size: size)
        return (2..<(size.height - 1)).map { y in
            var line = ""
            for x in textColumns where buffer[x, y].width > 0 { line.append(buffer[x, y].character) }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The line of `reference` on the screen's first row: the rows shown, from the first paragraph start on,
    /// must match the reference line for line.
    static func offset(of shown: [String], in reference: [String]) -> Int? {
        let skipped = shown.prefix { !$0.hasPrefix("§") }.count
        let run = Array(shown.dropFirst(skipped))
        guard run.count >= 5 else { return nil }
        return reference.indices.first { start in
            start + run.count <= reference.count && reference[start] == run[0] && Array(reference[start..<(start + run.count)]) == run
        }.map { $0 - skipped }
    }

    @Test func everyPageOfAOneMegabyteAnswerShowsItsLinesInOrder() throws {
        let journal = HugeAnswerFixtures.journal(bytes: 1 << 20)
        let answer = try #require(journal.checkIns.first?.appreciations.first)
        let reference = Self.referenceLines(answer, width: Self.textColumns.count)
        var state = BrowseFixtures.home(Self.size, journal: journal)
        state.openWeek(Fixtures.thisWeek)
        // Down past the ratings into the answer, then a page at a time: each page starts a page further on.
        for _ in 0..<3 { press(&state, .pageDown) }
        var previous = try #require(Self.offset(of: Self.column(state), in: reference), "\(Self.column(state))")
        for _ in 0..<40 {
            press(&state, .pageDown)
            let now = try #require(Self.offset(of: Self.column(state), in: reference))
            #expect(now == previous + (Self.size.height - 3 - 1), "one page down, less the row kept for context")
            previous = now
        }
        press(&state, .up)
        #expect(Self.offset(of: Self.column(state), in: reference) == previous - 1)
    }

    @Test func endAndHomeOfATenMegabyteAnswerShowItsLastAndFirstLines() throws {
        let journal = HugeAnswerFixtures.journal(bytes: 10 << 20)
        let answer = try #require(journal.checkIns.first?.appreciations.first)
        let reference = Self.referenceLines(answer, width: Self.textColumns.count)
        var state = BrowseFixtures.home(Self.size, journal: journal)
        state.openWeek(Fixtures.thisWeek)
        let top = state.render(size: Self.size).text
        #expect(top.contains("Appreciations") && top.contains("↓"))
        press(&state, .end)
        let bottom = Self.column(state)
        let last = try #require(reference.last { !$0.isEmpty })
        #expect(bottom.contains(last), "the answer's last line is on the last page: \(bottom)")
        #expect(state.render(size: Self.size).text.contains("And the soup."))
        press(&state, .home)
        #expect(state.render(size: Self.size).text == top)
    }

    @Test func aMatchDeepInATenMegabyteAnswerIsFoundShownAndOpenedAt() throws {
        let journal = HugeAnswerFixtures.journal(bytes: 10 << 20)
        var state = BrowseFixtures.home(Self.size, journal: journal)
        press(&state, .character("/"))
        type(&state, "§50000 ")
        #expect(state.search?.hits.count == 1)
        let results = state.render(size: Self.size)
        #expect(results.style(of: "§50000", fromRow: 2) == .selected)
        let excerpt = results.lines.dropFirst(2).first { $0.contains("§50000") } ?? ""
        #expect(excerpt.contains("…") && excerpt.contains("We walked"), "words on both sides, cut: \(excerpt)")
        press(&state, .enter)
        let week = state.render(size: Self.size)
        #expect(week.style(of: "§50000") == .selected, "the week opens scrolled to the match")
    }
}
