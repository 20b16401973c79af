import HearthDomain

/// The filter overlay: one row per condition, ←/→ cycles a row's value, changes apply at once.
public struct FilterPanel: Hashable, Sendable {
    /// The row with the cursor.
    public var focus: Int = 0

    public init() {}

    /// The rows for a journal: partner, warning sign, ritual kept, then one per intimacy type.
    enum Row: Hashable {
        case partner, sign, ritual
        case threshold(String)
    }

    static func rows(for journal: Journal) -> [Row] {
        [.partner, .sign, .ritual] + journal.profile.intimacyTypes.map { .threshold($0.id) }
    }

    /// Keys for an open panel; returns the new filter when a condition changed. Enter and Esc close it.
    static func perform(_ action: Action, on panel: inout FilterPanel?, _ filter: WeekFilter, _ journal: Journal) -> WeekFilter? {
        guard var open = panel else { return nil }
        let rows = rows(for: journal)
        var filter = filter
        switch action {
        case .up: open.focus = max(0, open.focus - 1)
        case .down: open.focus = min(rows.count - 1, open.focus + 1)
        case .left, .right: cycle(rows[open.focus], of: &filter, by: action == .left ? -1 : 1, in: journal)
        case .clearFilters: filter = WeekFilter()
        case .back, .confirm:
            panel = nil
            return nil
        default: return nil
        }
        panel = open
        return filter
    }

    /// Moves `row`'s value one step (`delta` ±1) through its choices, "no condition" included.
    static func cycle(_ row: Row, of filter: inout WeekFilter, by delta: Int, in journal: Journal) {
        switch row {
        case .partner:
            filter.partner = step(filter.partner, in: journal.profile.partners.map(\.id), by: delta)
        case .sign:
            filter.sign = step(filter.sign, in: [.any] + WarningSign.allCases.map { .sign($0) }, by: delta)
        case .ritual:
            filter.ritual = step(filter.ritual, in: journal.rituals.map(\.id), by: delta)
        case .threshold(let type):
            filter.thresholds[type] = step(filter.thresholds[type], in: WeekFilter.Threshold.choices, by: delta)
        }
    }

    /// The next choice after `current` (nil is "any", before the first choice), wrapping round.
    private static func step<T: Equatable>(_ current: T?, in choices: [T], by delta: Int) -> T? {
        let all: [T?] = [nil] + choices.map { $0 }
        let index = all.firstIndex { $0 == current } ?? 0
        return all[((index + delta) % all.count + all.count) % all.count]
    }

    /// A row's label and its current value as words.
    static func describe(_ row: Row, of filter: WeekFilter, in journal: Journal) -> (label: String, value: String) {
        switch row {
        case .partner:
            return ("Partner", filter.partner.map { journal.profile.displayName(of: $0) } ?? "everyone")
        case .sign:
            switch filter.sign {
            case nil: return ("Warning sign", "not filtered")
            case .any?: return ("Warning sign", "any sign")
            case .sign(let sign)?: return ("Warning sign", sign.name)
            }
        case .ritual:
            return ("Ritual kept", filter.ritual.map { id in journal.rituals.first { $0.id == id }?.name ?? id } ?? "not filtered")
        case .threshold(let type):
            let name = journal.profile.intimacyTypes.first { $0.id == type }?.name ?? type
            return (name, filter.thresholds[type].map { "rated \($0)" } ?? "any rating")
        }
    }

    /// Draws the panel centred in `rect`; `clearKey` is the key that clears it on this screen.
    func render(_ filter: WeekFilter, journal: Journal, clearKey: String = "c", into buffer: inout ScreenBuffer, in rect: Rect) {
        let rows = Self.rows(for: journal)
        let entries = rows.map { Self.describe($0, of: filter, in: journal) }
        let labelWidth = min(14, (entries.map(\.label.terminalWidth).max() ?? 0) + 1)
        let valueWidth = entries.map(\.value.terminalWidth).max() ?? 0
        let footer = "←→ change · \(clearKey) clear · Enter done"
        let wanted = max(labelWidth + valueWidth + 4, footer.terminalWidth) + 4
        let box = rect.centered(width: wanted, height: rows.count + 4)
        guard box.width >= 10, box.height >= 4 else { return }
        Panel(title: "Filter weeks", style: .accent).render(into: &buffer, in: box)
        let inner = box.inset(dx: 2, dy: 1)
        let room = max(1, inner.height - 1)
        let start = min(max(0, focus - room + 1), max(0, rows.count - room))
        for (row, index) in rows.indices.dropFirst(start).prefix(room).enumerated() {
            let y = inner.y + row, isFocused = index == focus
            let entry = entries[index]
            buffer.put((isFocused ? "›" : " ") + entry.label.truncated(toWidth: labelWidth - 1), x: inner.x, y: y,
                       style: isFocused ? .selected : .normal, limit: inner.width)
            let isSet = entry.value != Self.describe(rows[index], of: WeekFilter(), in: journal).value
            let value = isFocused ? "‹ \(entry.value) ›" : "  \(entry.value)"
            buffer.put(value.truncated(toWidth: max(0, inner.width - labelWidth - 1)), x: inner.x + labelWidth + 1, y: y,
                       style: isSet ? .accent : .dim)
        }
        buffer.put(footer.truncated(toWidth: inner.width), x: inner.x, y: inner.maxY - 1, style: .dim)
    }
}
