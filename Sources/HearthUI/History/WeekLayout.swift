import HearthDomain

/// One week laid out at a given width: ratings, then each answer with the partners in columns side by
/// side, then the moments logged that week. Rows are made on demand (`rows(_:)`): a 10 MB answer is
/// wrapped once into line offsets, and a screenful costs only the rows on screen.
struct WeekLayout: Sendable {
    /// How many rows the week takes.
    private(set) var count = 0
    /// The row holding the start of the highlighted match, if it is on show.
    private(set) var highlightRow: Int?
    /// The title row of the private reflections, when anyone wrote one.
    private(set) var reflectionRow: Int?
    private var segments: [Segment] = []
    /// The first row of each segment.
    private var starts: [Int] = []

    let journal: Journal
    let highlight: SearchHit?
    let width: Int
    let columnWidth: Int
    /// Whose column is whose: each partner with a check-in or a moment logged this week, in profile order.
    let columns: [Column]

    /// One partner's column: their check-in, if any, and the moments they logged on their own that week.
    struct Column: Sendable {
        var partner: String
        var checkIn: CheckIn?
        var logged: [Moment] = []
    }

    init(journal: Journal, week: Week, showsPrivate: Bool, highlight: SearchHit?, width: Int) {
        self.journal = journal
        self.highlight = highlight
        self.width = max(1, width)
        let checkIns = Array(journal.checkInSlice(of: week))
        columns = Self.columns(checkIns: checkIns, logged: journal.moments(loggedIn: week), profile: journal.profile)
        let count = max(1, columns.count)
        columnWidth = max(1, (self.width - 2 * (count - 1)) / count)
        if checkIns.isEmpty {
            append(wrapDim("No check-ins this week."))
            guard !columns.isEmpty else {
                append([[]] + wrapDim("n and p go to the next and previous week with check-ins; g goes to any week."))
                return
            }
        } else {
            let missing = journal.profile.partners.filter { partner in !checkIns.contains { $0.partner == partner.id && $0.isCheckedIn } }
            if !missing.isEmpty {
                append(wrapDim("Not checked in: " + missing.map(\.name).joined(separator: ", ")) + [[]])
            }
            addRatings(checkIns)
        }
        addNames()
        addProse(week: week, showsPrivate: showsPrivate)
    }

    /// Check-in writers and moment givers, in profile order (unknown ids last, as found).
    private static func columns(checkIns: [CheckIn], logged: [Moment], profile: Profile) -> [Column] {
        var columns = checkIns.map { Column(partner: $0.partner, checkIn: $0) }
        for moment in logged {
            if let index = columns.firstIndex(where: { $0.partner == moment.from }) {
                columns[index].logged.append(moment)
            } else {
                columns.append(Column(partner: moment.from, logged: [moment]))
            }
        }
        let order = Dictionary(profile.partners.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        return columns.enumerated().sorted {
            (order[$0.element.partner] ?? Int.max, $0.offset) < (order[$1.element.partner] ?? Int.max, $1.offset)
        }.map(\.element)
    }

    /// The rows in `range` (clipped to the layout), built now.
    func rows(_ range: Range<Int>) -> [[Span]] {
        let range = range.clamped(to: 0..<count)
        guard !range.isEmpty else { return [] }
        var segment = segmentIndex(holding: range.lowerBound)
        var out: [[Span]] = []
        for row in range {
            while segment + 1 < starts.count, starts[segment + 1] <= row { segment += 1 }
            out.append(segments[segment].row(row - starts[segment]))
        }
        return out
    }

    /// Every row (for tests and small weeks).
    var allRows: [[Span]] { rows(0..<count) }

    private func segmentIndex(holding row: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= row { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    private mutating func append(_ rows: [[Span]]) {
        for row in rows { append(.row(row)) }
    }

    private mutating func append(_ segment: Segment) {
        starts.append(count)
        segments.append(segment)
        count += segment.height
    }

    private func wrapDim(_ text: String) -> [[Span]] {
        text.wrapped(toWidth: width).map { [Span($0, .dim)] }
    }

    private func partnerStyle(_ id: String) -> Style {
        .partner(journal.profile.partners.firstIndex { $0.id == id } ?? 0)
    }

    private mutating func addRatings(_ checkIns: [CheckIn]) {
        let types = journal.profile.intimacyTypes
        let typeWidth = min(13, (types.map(\.name.terminalWidth).max() ?? 0) + 1)
        let column = 9
        var names = [Span("")]
        for (index, checkIn) in checkIns.enumerated() {
            names.append(Span(journal.profile.displayName(of: checkIn.partner).truncated(toWidth: column - 1),
                              partnerStyle(checkIn.partner), at: typeWidth + index * column))
        }
        append([names])
        for type in types {
            var line = [Span(type.name.truncated(toWidth: typeWidth - 1))]
            var scores: [Int] = []
            for (index, checkIn) in checkIns.enumerated() {
                line += HomeView.score(checkIn.ratings[type.id], at: typeWidth + index * column)
                if let value = checkIn.ratings[type.id]?.value { scores.append(value) }
            }
            let gapColumn = typeWidth + checkIns.count * column
            if let high = scores.max(), let low = scores.min(), high - low >= 2, gapColumn + 10 <= width {
                line.append(Span("↔ \(high - low) apart", .warning, at: gapColumn))
            }
            append([line])
        }
    }

    /// The partners' names over the prose columns.
    private mutating func addNames() {
        append([[], columns.enumerated().map { index, column in
            Span(journal.profile.displayName(of: column.partner).truncated(toWidth: columnWidth),
                 partnerStyle(column.partner), at: index * (columnWidth + 2))
        }])
    }

    /// A heading and the partners' items in columns; skipped when nobody wrote anything for it.
    mutating func section(_ title: String, style: Style = .accent, _ items: [[Item]]) {
        let items = items.map { $0.filter { !$0.text.isEmpty } }
        guard items.contains(where: { !$0.isEmpty }) else { return }
        if items.joined().contains(where: { $0.field == .reflection || $0.prefix == "🔒 " }) { reflectionRow = count + 1 }
        append([[], [Span(title.truncated(toWidth: width), style)]])
        var band = Band()
        for (index, column) in items.enumerated() {
            let x = index * (columnWidth + 2)
            var pieces: [Piece] = []
            for item in column {
                let prefixWidth = min(item.prefix.terminalWidth, columnWidth / 2)
                pieces.append(Piece(item: item, wrapped: WrappedText(item.lead + item.text, width: columnWidth - prefixWidth),
                                    x: x, prefixWidth: prefixWidth,
                                    match: matchOffsets(item, partner: columns[index].partner)))
            }
            if column.isEmpty { pieces = [Piece(item: Item(text: "–", style: .dim), wrapped: WrappedText("–", width: 1), x: x, prefixWidth: 0, match: nil)] }
            band.add(BandColumn(pieces))
        }
        if highlightRow == nil, let mark = band.columns.compactMap(\.matchRow).min() { highlightRow = count + mark }
        append(.band(band))
    }

    /// Where the search match falls in this item (UTF-8 offsets), when the week was opened at it.
    private func matchOffsets(_ item: Item, partner: String) -> Range<Int>? {
        guard let highlight, let field = item.field, highlight.field == field, highlight.partner == partner,
              highlight.text == item.text else { return nil }
        let offsets = highlight.matchOffsets, shift = item.lead.utf8.count
        return (offsets.lowerBound + shift)..<(offsets.upperBound + shift)
    }

    /// Items of every column, made from the partner's check-in (nothing without one).
    func items(_ make: (CheckIn) -> [Item]) -> [[Item]] {
        columns.map { $0.checkIn.map(make) ?? [] }
    }

    /// Items of every column, made from the whole column (check-in and logged moments).
    func columnItems(_ make: (Column) -> [Item]) -> [[Item]] {
        columns.map(make)
    }
}

extension WeekLayout {
    /// Everything a week's layout is made from: when these are equal, so is the layout. Comparing them costs
    /// little, since unchanged values share their storage.
    struct Inputs: Equatable, Sendable {
        var week: Week
        var showsPrivate: Bool
        var highlight: SearchHit?
        var width: Int
        var checkIns: ArraySlice<CheckIn>
        var nextWeek: ArraySlice<CheckIn>
        var logged: [Moment]
        var profile: Profile
        var rituals: [Ritual]
        var agenda: Agenda

        init(_ journal: Journal, week: Week, showsPrivate: Bool, highlight: SearchHit?, width: Int) {
            self.week = week
            self.showsPrivate = showsPrivate
            self.highlight = highlight
            self.width = width
            checkIns = journal.checkInSlice(of: week)
            nextWeek = journal.checkInSlice(of: week.next)
            logged = journal.moments(loggedIn: week)
            profile = journal.profile
            rituals = journal.rituals
            agenda = journal.agenda
        }
    }
}
