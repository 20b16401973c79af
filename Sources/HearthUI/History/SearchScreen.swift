import HearthDomain

/// The search screen: the query on top, then each match as its week and writer over the words around it.
struct SearchScreen {
    let journal: Journal
    let state: SearchState

    /// Draws the screen; returns where the cursor goes (in the query, unless the filter panel is open).
    func render(into buffer: inout ScreenBuffer, in rect: Rect) -> Position? {
        guard !rect.isEmpty else { return nil }
        let label = "Search: "
        let x = rect.x + buffer.put(label.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: .title)
        let count = state.hits.count
        let tally = state.query.trimmed.isEmpty ? "" : count == 1 ? "1 match" : "\(count) matches"
        let fieldWidth = max(0, rect.maxX - x - (tally.isEmpty ? 0 : tally.terminalWidth + 2))
        let column = state.query.render(into: &buffer, x: x, y: rect.y, width: fieldWidth, style: .normal)
        if !tally.isEmpty, fieldWidth > 0 { buffer.put(tally, x: rect.maxX - tally.terminalWidth, y: rect.y, style: .dim) }
        let privacy = state.includesPrivate ? "private reflections included" : "private reflections not searched (Ctrl-R)"
        let note = [state.filter.summary(in: journal), privacy].filter { !$0.isEmpty }.joined(separator: " · ")
        buffer.put(note.truncated(toWidth: rect.width), x: rect.x, y: rect.y + 1,
                   style: state.includesPrivate ? .warning : state.filter.isEmpty ? .dim : .accent)
        let body = Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: rect.height - 2)
        if state.query.trimmed.isEmpty {
            explain([
                "Type to search everything you both wrote, in any script; case and accents don't matter (cafe finds café).",
                "↑↓ choose a match, Enter opens its week, Ctrl-F filters.",
            ], into: &buffer, in: body)
        } else if count == 0 {
            explain(["Nothing mentions “\(state.query.trimmed)”" + (state.filter.isEmpty ? "." : " with this filter.")]
                    + (state.includesPrivate ? [] : ["Private reflections were not searched: Ctrl-R includes them."]),
                    into: &buffer, in: body)
        } else {
            drawHits(into: &buffer, in: body)
        }
        if let panel = state.filterPanel {
            panel.render(state.filter, journal: journal, clearKey: "Del", into: &buffer, in: rect)
            return nil
        }
        return Position(x: column, y: rect.y)
    }

    private func explain(_ paragraphs: [String], into buffer: inout ScreenBuffer, in rect: Rect) {
        let lines = paragraphs.flatMap { $0.wrapped(toWidth: rect.width) + [""] }
        TextBlock(lines.map { [Span($0, .dim)] }).render(into: &buffer, in: rect.offsetBy(rows: 1))
    }

    private func drawHits(into buffer: inout ScreenBuffer, in rect: Rect) {
        let fits = max(1, rect.height / 2)
        var window = state.list
        window.scrollToSelection(height: fits)
        for (slot, index) in state.hits.indices.dropFirst(window.offset).prefix(fits).enumerated() {
            let hit = state.hits[index], y = rect.y + slot * 2, selected = index == state.list.selected
            let partner = journal.profile.partners.firstIndex { $0.id == hit.partner } ?? 0
            TextBlock([[Span(selected ? "›" : " ", selected ? .selected : .normal),
                        Span(hit.week.description, selected ? .selected : .normal, at: 2),
                        Span(" · "), Span(journal.profile.displayName(of: hit.partner), .partner(partner)),
                        Span(" · " + hit.field.description, hit.field.isPrivate ? .warning : .dim)]])
                .render(into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width - 1, height: 1))
            TextBlock([Self.excerpt(of: hit, width: rect.width - 5, at: 4)])
                .render(into: &buffer, in: Rect(x: rect.x, y: y + 1, width: rect.width - 1, height: 1))
        }
        if window.offset > 0 { buffer.put("↑", x: rect.maxX - 1, y: rect.y, style: .dim) }
        if window.offset + fits < state.hits.count { buffer.put("↓", x: rect.maxX - 1, y: rect.y + fits * 2 - 1, style: .dim) }
    }

    /// The match highlighted with the words around it on one line of `width` columns: a third of the room
    /// before it, the rest after; `…` marks cut text. Only the characters that can fit are looked at, so a
    /// match in a 10 MB answer costs what a short one does.
    static func excerpt(of hit: SearchHit, width: Int, at column: Int) -> [Span] {
        func flat<Text: Sequence<Character>>(_ text: Text) -> LazyMapSequence<Text, Character> {
            text.lazy.map { $0.isNewline ? " " : $0 }
        }
        let shown = String(flat(hit.text[hit.match])).truncated(toWidth: max(1, width - 2))
        var room = max(0, width - shown.terminalWidth)
        let before = flat(hit.text[..<hit.match.lowerBound].reversed()), after = flat(hit.text[hit.match.upperBound...])
        let afterFit = Self.fit(after, room)
        let afterWidth = afterFit.whole ? afterFit.width : room + 1
        // A third of the room goes before the match, or more when the text after it is short.
        let budget = max(room / 3, room - afterWidth)
        let beforeFit = Self.fit(before, budget)
        var head = String(beforeFit.kept.reversed())
        if !beforeFit.whole {
            head = "…" + String(Self.fit(before, max(0, budget - 1)).kept.reversed()).drop { $0 == " " }
        }
        room -= head.terminalWidth
        var tail = String(afterFit.kept)
        if !afterFit.whole || afterFit.width > room {
            var cut = Self.fit(after, max(0, room - 1)).kept
            while cut.last == " " { cut.removeLast() }  // "just…" reads better than "just …"
            tail = String(cut) + "…"
        }
        return [Span(head, .normal, at: column), Span(shown, .selected), Span(tail)]
    }

    /// The leading characters that fit in `budget` columns, their width, and whether they were all of them.
    private static func fit(_ characters: some Sequence<Character>, _ budget: Int) -> (kept: [Character], width: Int, whole: Bool) {
        var kept: [Character] = [], used = 0
        for character in characters {
            guard used + character.terminalWidth <= budget else { return (kept, used, false) }
            kept.append(character)
            used += character.terminalWidth
        }
        return (kept, used, true)
    }
}

extension Rect {
    /// The rectangle moved down by `rows`, losing as many rows at the bottom.
    func offsetBy(rows: Int) -> Rect { Rect(x: x, y: y + rows, width: width, height: height - rows) }
}
