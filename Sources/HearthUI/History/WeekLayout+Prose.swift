import HearthDomain

extension WeekLayout {
    /// One piece of a partner's column: text, its style, and where the search hit says to highlight.
    struct Item: Sendable {
        var text: String
        var style: Style = .normal
        /// Drawn before the text, with the wrapped lines indented under the text.
        var prefix: String = ""
        var field: SearchField?
        /// Words run in before the text (`landed: `): wrapped with it but not part of what search matched.
        var lead: String = ""
    }

    mutating func addProse(week: Week, showsPrivate: Bool) {
        let next = journal.checkInSlice(of: week.next)
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
        // Moments written in the check-in, then those logged on their own that week, each with its day.
        section("Love-language moments", columnItems { column in
            (column.checkIn?.moments ?? []).flatMap { momentItems($0, day: nil) }
                + column.logged.flatMap { momentItems($0, day: $0.date) }
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

    /// A moment as its receiver and language (with the day, when logged on its own), what happened and how it landed.
    private func momentItems(_ moment: Moment, day: CivilDate?) -> [Item] {
        let to = journal.profile.displayName(of: moment.to)
        let when = day.map { " · \($0.weekday.shortName) \($0.day) \(HomeSummary.monthName($0.month))" } ?? ""
        var parts = [Item(text: "→ \(to), \(moment.language.name.lowercased())\(when)", style: .dim),
                     Item(text: moment.text, prefix: "  ", field: .moment)]
        if !moment.landed.isEmpty {
            parts.append(Item(text: moment.landed, style: .dim, prefix: "  ", field: .moment, lead: "landed: "))
        }
        return parts
    }

    /// Rows of the layout: one drawn as it is, or a band of columns side by side.
    enum Segment: Sendable {
        case row([Span])
        case band(Band)

        var height: Int {
            switch self {
            case .row: 1
            case .band(let band): band.height
            }
        }

        func row(_ index: Int) -> [Span] {
            switch self {
            case .row(let spans): spans
            case .band(let band): band.columns.flatMap { $0.row(index) }
            }
        }
    }

    /// Partners' columns side by side, as tall as the tallest.
    struct Band: Sendable {
        private(set) var columns: [BandColumn] = []
        private(set) var height = 0

        mutating func add(_ column: BandColumn) {
            columns.append(column)
            height = max(height, column.height)
        }
    }

    /// One partner's pieces stacked, each wrapped to the column.
    struct BandColumn: Sendable {
        let pieces: [Piece]
        /// The first row of each piece.
        let starts: [Int]
        let height: Int
        /// The row of the first highlighted match, if any.
        let matchRow: Int?

        init(_ pieces: [Piece]) {
            self.pieces = pieces
            var starts: [Int] = [], total = 0, matchRow: Int?
            for piece in pieces {
                starts.append(total)
                if matchRow == nil, let match = piece.match { matchRow = total + piece.wrapped.line(containing: match.lowerBound) }
                total += piece.wrapped.lines.count
            }
            self.starts = starts
            height = total
            self.matchRow = matchRow
        }

        func row(_ row: Int) -> [Span] {
            guard row >= 0, row < height else { return [] }
            var low = 0, high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] <= row { low = middle + 1 } else { high = middle }
            }
            let index = max(0, low - 1)
            return pieces[index].row(row - starts[index])
        }
    }

    /// One item wrapped at its place in a column.
    struct Piece: Sendable {
        let item: Item
        let wrapped: WrappedText
        let x: Int
        let prefixWidth: Int
        let match: Range<Int>?

        func row(_ line: Int) -> [Span] {
            let lead = line == 0 && !item.prefix.isEmpty
                ? [Span(item.prefix, item.style == .normal ? .dim : item.style, at: x)] : []
            return lead + wrapped.spans(line: line, at: x + prefixWidth, style: item.style, highlight: match)
        }
    }
}
