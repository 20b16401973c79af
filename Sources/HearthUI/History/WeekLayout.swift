import HearthDomain

/// One week laid out as rows of spans at a given width: ratings, then each answer with the partners in
/// columns side by side. Computed, not stored: a week is small and the width decides the wrapping.
struct WeekLayout {
    private(set) var rows: [[Span]] = []
    /// The row holding the start of the highlighted match, if it is on show.
    private(set) var highlightRow: Int?

    private let journal: Journal
    private let checkIns: [CheckIn]
    private let highlight: SearchHit?
    private let width: Int
    private let columnWidth: Int

    init(journal: Journal, week: Week, showsPrivate: Bool, highlight: SearchHit?, width: Int) {
        self.journal = journal
        checkIns = Array(journal.checkInSlice(of: week))
        self.highlight = highlight
        self.width = max(1, width)
        let count = max(1, checkIns.count)
        columnWidth = max(1, (self.width - 2 * (count - 1)) / count)
        guard !checkIns.isEmpty else {
            rows = wrapDim("No check-ins this week.") + [[]]
                + wrapDim("n and p go to the next and previous week with check-ins; g goes to any week.")
            return
        }
        let missing = journal.profile.partners.filter { partner in !checkIns.contains { $0.partner == partner.id && $0.isCheckedIn } }
        if !missing.isEmpty {
            rows += wrapDim("Not checked in: " + missing.map(\.name).joined(separator: ", "))
            rows.append([])
        }
        addRatings()
        addNames()
        addProse(week: week, showsPrivate: showsPrivate)
    }

    private func wrapDim(_ text: String) -> [[Span]] {
        text.wrapped(toWidth: width).map { [Span($0, .dim)] }
    }

    private func partnerStyle(_ id: String) -> Style {
        .partner(journal.profile.partners.firstIndex { $0.id == id } ?? 0)
    }

    private mutating func addRatings() {
        let types = journal.profile.intimacyTypes
        let typeWidth = min(13, (types.map(\.name.terminalWidth).max() ?? 0) + 1)
        let column = 9
        var names = [Span("")]
        for (index, checkIn) in checkIns.enumerated() {
            names.append(Span(journal.profile.displayName(of: checkIn.partner).truncated(toWidth: column - 1),
                              partnerStyle(checkIn.partner), at: typeWidth + index * column))
        }
        rows.append(names)
        for type in types {
            var line = [Span(type.name.truncated(toWidth: typeWidth - 1))]
            var scores: [Int] = []
            for (index, checkIn) in checkIns.enumerated() {
                line += HomeScreen.score(checkIn.ratings[type.id], at: typeWidth + index * column)
                if let value = checkIn.ratings[type.id]?.value { scores.append(value) }
            }
            let gapColumn = typeWidth + checkIns.count * column
            if let high = scores.max(), let low = scores.min(), high - low >= 2, gapColumn + 10 <= width {
                line.append(Span("↔ \(high - low) apart", .warning, at: gapColumn))
            }
            rows.append(line)
        }
    }

    /// The partners' names over the prose columns.
    private mutating func addNames() {
        rows.append([])
        rows.append(checkIns.enumerated().map { index, checkIn in
            Span(journal.profile.displayName(of: checkIn.partner).truncated(toWidth: columnWidth),
                 partnerStyle(checkIn.partner), at: index * (columnWidth + 2))
        })
    }

    /// One piece of a partner's column: text, its style, and where the search hit says to highlight.
    struct Item {
        var text: String
        var style: Style = .normal
        /// Drawn before the text, with the wrapped lines indented under the text.
        var prefix: String = ""
        var field: SearchField?
        /// Words run in before the text (`landed: `): wrapped with it but not part of what search matched.
        var lead: String = ""
    }

    private mutating func addProse(week: Week, showsPrivate: Bool) {
        let next = journal.checkInSlice(of: week.next)
        func items(_ make: (CheckIn) -> [Item]) -> [[Item]] { checkIns.map(make) }
        section("Appreciations", items { $0.appreciations.map { Item(text: $0, prefix: "• ", field: .appreciation) } })
        section("How we are doing", items { [Item(text: $0.howWeAreDoing, field: .howWeAreDoing)] })
        section("More of", items { [Item(text: $0.moreOf, field: .moreOf)] })
        section("Less of", items { [Item(text: $0.lessOf, field: .lessOf)] })
        section("Warning signs", items { $0.warningSigns.map { Item(text: $0.name, style: .warning, prefix: "! ") } })
        section("Rituals", items { checkIn in
            checkIn.rituals.flatMap { mark -> [Item] in
                let name = journal.rituals.first { $0.id == mark.ritual }?.name ?? mark.ritual
                let head = mark.status == .kept ? Item(text: name, style: .good, prefix: "✓ ")
                                                : Item(text: name + " (skipped)", style: .dim, prefix: "✗ ")
                return mark.reason.isEmpty ? [head] : [head, Item(text: mark.reason, prefix: "  ", field: .ritualReason)]
            } + (checkIn.deviceFreeMinutes.map { [Item(text: "\($0) min device-free together", style: .dim)] } ?? [])
        })
        section("Love-language moments", items { checkIn in
            checkIn.moments.flatMap { moment -> [Item] in
                let to = journal.profile.displayName(of: moment.to)
                var parts = [Item(text: "→ \(to), \(moment.language.name.lowercased())", style: .dim),
                             Item(text: moment.text, prefix: "  ", field: .moment)]
                if !moment.landed.isEmpty {
                    parts.append(Item(text: moment.landed, style: .dim, prefix: "  ", field: .moment, lead: "landed: "))
                }
                return parts
            }
        })
        section("Intention for next week", items { checkIn in
            guard !checkIn.intention.isEmpty else { return [] }
            let review = next.first { $0.partner == checkIn.partner }?.lastIntentionReview
            let kept = review.map { Item(text: "Kept? " + $0.name, style: $0 == .done ? .good : .dim) }
                ?? Item(text: "Kept? not reviewed", style: .dim)
            return [Item(text: checkIn.intention, field: .intention), kept]
        })
        for step in journal.agenda.steps where step.kind == .question {
            section(step.title, items { [Item(text: $0.answers[step.id] ?? "", field: .answer(step.id))] })
        }
        section("Notes", items { [Item(text: $0.notes, field: .notes)] })
        let hidden = Item(text: "hidden · r shows it", style: .dim, prefix: "🔒 ")
        section("Private reflection · private", style: .warning, items { checkIn in
            guard !checkIn.reflection.isEmpty else { return [] }
            return [showsPrivate ? Item(text: checkIn.reflection, field: .reflection) : hidden]
        })
    }

    /// A heading and the partners' items in columns; skipped when nobody wrote anything for it.
    private mutating func section(_ title: String, style: Style = .accent, _ columns: [[Item]]) {
        let columns = columns.map { $0.filter { !$0.text.isEmpty } }
        guard columns.contains(where: { !$0.isEmpty }) else { return }
        rows.append([])
        rows.append([Span(title.truncated(toWidth: width), style)])
        var blocks: [[[Span]]] = []
        var marks: [Int?] = []
        for (index, items) in columns.enumerated() {
            let x = index * (columnWidth + 2)
            var lines: [[Span]] = [], mark: Int?
            for item in items {
                let prefixWidth = min(item.prefix.terminalWidth, columnWidth / 2)
                let wrapped = WrappedText(item.lead + item.text, width: columnWidth - prefixWidth)
                let match = matchOffsets(item, partner: checkIns[index].partner)
                if let match, mark == nil { mark = lines.count + wrapped.line(containing: match.lowerBound) }
                for line in wrapped.lines.indices {
                    let lead = line == 0 ? [Span(item.prefix, item.style == .normal ? .dim : item.style, at: x)] : []
                    lines.append(lead + wrapped.spans(line: line, at: x + prefixWidth, style: item.style, highlight: match))
                }
            }
            if items.isEmpty { lines = [[Span("–", .dim, at: x)]] }
            blocks.append(lines)
            marks.append(mark)
        }
        if highlightRow == nil, let mark = marks.compactMap({ $0 }).first { highlightRow = rows.count + mark }
        for row in 0..<(blocks.map(\.count).max() ?? 0) {
            rows.append(blocks.flatMap { $0.indices.contains(row) ? $0[row] : [] })
        }
    }

    /// Where the search match falls in this item, when the week was opened at it.
    private func matchOffsets(_ item: Item, partner: String) -> Range<Int>? {
        guard let highlight, let field = item.field, highlight.field == field, highlight.partner == partner,
              highlight.text == item.text else { return nil }
        let offsets = highlight.matchOffsets, shift = item.lead.count
        return (offsets.lowerBound + shift)..<(offsets.upperBound + shift)
    }
}
