@testable import HearthDomain

/// The straightforward search the fast one must agree with: fold each whole field (table, then the general
/// category, no shortcuts), look for the folded query in it, then sort everything stably by week. Slow on
/// purpose; it shares only the fold table with `JournalSearch`.
enum ReferenceSearch {
    static func hits(in journal: Journal, matching query: String, includePrivate: Bool = false) -> [SearchHit] {
        let needle = fold(query).scalars
        guard !needle.isEmpty else { return [] }
        var hits: [SearchHit] = []
        func consider(_ text: String, _ field: SearchField, _ week: Week, _ partner: String) {
            let folded = fold(text)
            guard let start = firstIndex(of: needle, in: folded.scalars) else { return }
            let utf8 = text.utf8
            let lower = utf8.index(utf8.startIndex, offsetBy: folded.origins[start])
            let lastOrigin = utf8.index(utf8.startIndex, offsetBy: folded.origins[start + needle.count - 1])
            let upper = text[lastOrigin...].indices.dropFirst().first ?? text.endIndex
            hits.append(SearchHit(week: week, partner: partner, field: field, text: text, match: lower..<upper))
        }
        for checkIn in journal.checkIns.reversed() {
            let (week, partner) = (checkIn.week, checkIn.partner)
            for appreciation in checkIn.appreciations { consider(appreciation, .appreciation, week, partner) }
            consider(checkIn.howWeAreDoing, .howWeAreDoing, week, partner)
            consider(checkIn.moreOf, .moreOf, week, partner)
            consider(checkIn.lessOf, .lessOf, week, partner)
            consider(checkIn.intention, .intention, week, partner)
            consider(checkIn.notes, .notes, week, partner)
            if includePrivate { consider(checkIn.reflection, .reflection, week, partner) }
            for moment in checkIn.moments {
                consider(moment.text, .moment, week, partner)
                consider(moment.landed, .moment, week, partner)
            }
            for mark in checkIn.rituals { consider(mark.reason, .ritualReason, week, partner) }
            for (id, answer) in checkIn.answers.sorted(by: { $0.key < $1.key }) { consider(answer, .answer(id), week, partner) }
        }
        for moment in journal.moments {
            guard let date = moment.date else { continue }
            consider(moment.text, .moment, Week(containing: date), moment.from)
            consider(moment.landed, .moment, Week(containing: date), moment.from)
        }
        return hits.enumerated().sorted { ($0.element.week, $1.offset) > ($1.element.week, $0.offset) }.map(\.element)
    }

    /// The folded scalars of `text`, each with the UTF-8 offset of the scalar it came from.
    static func fold(_ text: String) -> (scalars: [UInt32], origins: [Int]) {
        var scalars: [UInt32] = [], origins: [Int] = []
        var offset = 0
        var lastWasSpace = true
        for scalar in text.unicodeScalars {
            defer { offset += UTF8.width(scalar) }
            let value = scalar.value
            if value == 0x20 || (0x09...0x0D).contains(value) {
                if !lastWasSpace { scalars.append(0x20); origins.append(offset) }
                lastWasSpace = true
                continue
            }
            if value < 0x80 {
                scalars.append((0x41...0x5A).contains(value) ? value + 0x20 : value)
                origins.append(offset)
                lastWasSpace = false
                continue
            }
            if let folded = TextFolding.table[value] {
                scalars += folded
                origins += Array(repeating: offset, count: folded.count)
                lastWasSpace = false
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark where value == 0x3099 || value == 0x309A:
                scalars.append(value)
                origins.append(offset)
                lastWasSpace = false
            case .nonspacingMark, .enclosingMark:
                continue
            case .spaceSeparator, .lineSeparator, .paragraphSeparator:
                if !lastWasSpace { scalars.append(0x20); origins.append(offset) }
                lastWasSpace = true
            default:
                scalars.append(value)
                origins.append(offset)
                lastWasSpace = false
            }
        }
        if lastWasSpace, scalars.last == 0x20 {
            scalars.removeLast()
            origins.removeLast()
        }
        return (scalars, origins)
    }

    private static func firstIndex(of needle: [UInt32], in scalars: [UInt32]) -> Int? {
        guard needle.count <= scalars.count else { return nil }
        return (0...(scalars.count - needle.count)).first { scalars[$0...].starts(with: needle) }
    }
}
