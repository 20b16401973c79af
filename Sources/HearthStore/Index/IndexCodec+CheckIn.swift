import HearthDomain

/// A decoded week file as the index keeps it, and back: the structured fields (facts) apart from the written
/// words (prose), which the index keeps after every entry's facts, so a load without prose never reads them.
enum IndexCodec {
    static let skippedRating = UInt32.max
    /// Each enumeration's cases once: `allCases` builds a new array at every use, and encoding used it per field.
    static let signCases = WarningSign.allCases
    static let markCases = RitualMark.Status.allCases
    static let reviewCases = IntentionReview.allCases
    static let languageCases = LoveLanguage.allCases

    /// `checkIn` as the index keeps it: its facts and its prose. Week and partner are not kept: the file's
    /// name holds them.
    static func encode(_ checkIn: CheckIn, into writer: inout IndexWriter, prose: inout IndexWriter) {
        writer.count(checkIn.ratings.count)
        for (type, rating) in checkIn.ratings {
            writer.string(type)
            writer.u32(rating.value.map { UInt32(truncatingIfNeeded: $0) } ?? skippedRating)
        }
        writer.count(checkIn.warningSigns.count)
        for sign in checkIn.warningSigns { writer.byte(code(of: sign, in: signCases)) }
        writer.count(checkIn.rituals.count)
        // Each field read where it lies: `for mark in` copied each mark (retaining its strings) and released it.
        for index in checkIn.rituals.indices {
            writer.string(checkIn.rituals[index].ritual)
            writer.byte(code(of: checkIn.rituals[index].status, in: markCases))
            writer.string(checkIn.rituals[index].reason)
        }
        writer.byte(checkIn.deviceFreeMinutes == nil ? 0 : 1)
        writer.i64(Int64(checkIn.deviceFreeMinutes ?? 0))
        writer.count(checkIn.moments.count)
        for index in checkIn.moments.indices { encodeFacts(of: checkIn.moments, at: index, into: &writer) }
        writer.byte(checkIn.lastIntentionReview.map { code(of: $0, in: reviewCases) + 1 } ?? 0)
        // The same dictionary iterates in the same order: the keys here, their answers in the prose below.
        writer.count(checkIn.answers.count)
        for (key, _) in checkIn.answers { writer.string(key) }
        encode(checkIn.preserved.frontMatter, into: &writer)
        guard !prose.discarding else { return }
        // Each text read where it lies, as above: not gathered into an array, nor its moment or list copied first.
        prose.count(checkIn.appreciations.count)
        for index in checkIn.appreciations.indices { prose.string(checkIn.appreciations[index]) }
        prose.string(checkIn.howWeAreDoing)
        prose.string(checkIn.moreOf)
        prose.string(checkIn.lessOf)
        prose.string(checkIn.intention)
        prose.string(checkIn.reflection)
        prose.string(checkIn.notes)
        for index in checkIn.moments.indices {
            prose.string(checkIn.moments[index].text)
            prose.string(checkIn.moments[index].landed)
        }
        for (_, answer) in checkIn.answers { prose.string(answer) }
        encode(checkIn.preserved.sections, into: &prose)
    }

    /// A check-in back from `encode`; without `prose` (nil), exactly what a load without prose reads from the file.
    /// With a `filter` (and `prose`), exactly what `JournalSearch.keepingMatches` would keep of it (see
    /// `decodeMatchingProse`). A failed `prose` reader fails `reader` too. With `ratings`, equal ratings share its
    /// one copy (see `decodeRatings(_:shared:spelled:)`).
    static func decodeCheckIn(_ reader: inout IndexReader, prose proseReader: inout IndexReader?, week: Week, partner: String,
                              filter: ProseFilter? = nil, ratings shared: SharedRatings? = nil, spelled: Bool = false) -> CheckIn {
        if let filter, var prose = proseReader {
            defer { proseReader = prose }
            return decodeMatching(&reader, prose: &prose, week: week, partner: partner, filter)
        }
        var checkIn = CheckIn(week: week, partner: partner)
        checkIn.ratings = shared.map { decodeRatings(&reader, shared: $0, spelled: spelled) } ?? decodeRatings(&reader)
        checkIn.warningSigns = decodeWarningSigns(&reader)
        let markCount = reader.count()
        for _ in 0..<markCount where !reader.failed {
            let ritual = reader.string()
            let status = markCases[reader.code(below: markCases.count)]
            let reason = reader.string()
            // A search keeps a mark only for a reason that mentions what it looks for.
            if filter?.mentioned(in: reason) ?? true { checkIn.rituals.append(RitualMark(ritual: ritual, status: status, reason: reason)) }
        }
        let minutes = deviceFreeMinutes(&reader)
        if filter == nil { checkIn.deviceFreeMinutes = minutes }
        let momentCount = reader.count()
        for _ in 0..<momentCount where !reader.failed { checkIn.moments.append(decodeFacts(&reader)) }
        let review = reader.code(below: reviewCases.count + 1)
        if review > 0, filter == nil { checkIn.lastIntentionReview = reviewCases[review - 1] }
        let answerCount = reader.count()
        var answerKeys: [String] = []
        for _ in 0..<answerCount where !reader.failed { answerKeys.append(reader.string()) }
        checkIn.preserved.frontMatter = decodeEntries(&reader)
        guard var prose = proseReader else {
            if !answerKeys.isEmpty {
                checkIn.answers = Dictionary(answerKeys.map { ($0, "") }, uniquingKeysWith: { first, _ in first })
            }
            return checkIn
        }
        defer { proseReader = prose }
        let appreciationCount = prose.count()
        for _ in 0..<appreciationCount where !prose.failed { checkIn.appreciations.append(prose.string()) }
        checkIn.howWeAreDoing = prose.string()
        checkIn.moreOf = prose.string()
        checkIn.lessOf = prose.string()
        checkIn.intention = prose.string()
        checkIn.reflection = prose.string()
        checkIn.notes = prose.string()
        for index in checkIn.moments.indices {
            checkIn.moments[index].text = prose.string()
            checkIn.moments[index].landed = prose.string()
        }
        if !answerKeys.isEmpty {
            var answers = [String: String](minimumCapacity: answerKeys.count)
            for key in answerKeys { answers[key] = prose.string() }
            checkIn.answers = answers
        }
        checkIn.preserved.sections = decodeEntries(&prose)
        return checkIn
    }

    /// The ratings as `encode` wrote them.
    static func decodeRatings(_ reader: inout IndexReader) -> [String: Rating] {
        let count = reader.count()
        guard count > 0 else { return [:] }
        var ratings = [String: Rating](minimumCapacity: min(count, 64))
        for _ in 0..<count where !reader.failed {
            let type = reader.string()
            ratings[type] = rating(&reader)
        }
        return ratings
    }

    /// A rating as `encode` wrote it. A score outside `Rating.range` fails the reader: a file holding one fails its
    /// checks and is never cached, so only a forged index gives one (and the file is then read instead).
    static func rating(_ reader: inout IndexReader) -> Rating {
        let value = reader.u32()
        guard value != skippedRating else { return .skipped }
        let score = Int(Int32(bitPattern: value))
        if !Rating.range.contains(score) { reader.fail() }
        return .score(score)
    }

    /// The minutes a loaded check-in can hold: those of a week, as `CheckIn.validate` admits them.
    static let weekMinutes: ClosedRange<Int64> = 0...7 * 24 * 60

    /// The device-free minutes as `encode` wrote them; a number outside `weekMinutes` fails the reader (see `rating`).
    static func deviceFreeMinutes(_ reader: inout IndexReader) -> Int? {
        let hasMinutes = reader.code(below: 2) == 1
        let minutes = hasMinutes ? reader.i64(within: weekMinutes) : reader.i64()
        return hasMinutes ? Int(minutes) : nil
    }

    /// The warning signs as `encode` wrote them.
    static func decodeWarningSigns(_ reader: inout IndexReader) -> [WarningSign] {
        let count = reader.count()
        guard count > 0 else { return [] }
        var signs: [WarningSign] = []
        for _ in 0..<count where !reader.failed { signs.append(signCases[reader.code(below: signCases.count)]) }
        return signs
    }

    /// A moment's fields other than its words (`text`, `landed`).
    static func encodeFacts(of moment: Moment, into writer: inout IndexWriter) {
        encodeFacts(of: CollectionOfOne(moment), at: 0, into: &writer)
    }

    /// `encodeFacts(of:into:)` for `moments[index]`, each field read where it lies: the moment handed over whole
    /// was copied (each of its strings retained, its words too) and released, for each moment of a cold load.
    static func encodeFacts<Moments: RandomAccessCollection<Moment>>(of moments: Moments, at index: Moments.Index,
                                                                     into writer: inout IndexWriter) {
        writer.string(moments[index].id)
        if let date = moments[index].date {
            writer.byte(1)
            writer.i64(Int64(date.daysSinceEpoch))
        } else {
            writer.byte(0)
            writer.i64(0)
        }
        writer.string(moments[index].from)
        writer.string(moments[index].to)
        writer.byte(code(of: moments[index].language, in: languageCases))
    }

    /// The days a file's date can name, 0000-01-01 to 9999-12-31: its year has four digits.
    static let fileDays: ClosedRange<Int64> = -719_528...2_932_896

    /// A moment's date as `encodeFacts` wrote it, as a day count within `fileDays` (any other fails the reader).
    static func day(_ reader: inout IndexReader) -> Int64? {
        let hasDate = reader.code(below: 2) == 1
        let days = hasDate ? reader.i64(within: fileDays) : reader.i64()
        return hasDate ? days : nil
    }

    /// A moment back from `encodeFacts`, its words empty.
    static func decodeFacts(_ reader: inout IndexReader) -> Moment {
        let id = reader.string()
        let days = day(&reader)
        let from = reader.string()
        let to = reader.string()
        let language = languageCases[reader.code(below: languageCases.count)]
        return Moment(id: id, date: days.map { CivilDate(daysSinceEpoch: Int($0)) }, from: from, to: to, language: language, text: "")
    }

    static func encode(_ entries: [RawEntry], into writer: inout IndexWriter) {
        writer.count(entries.count)
        for index in entries.indices {
            writer.string(entries[index].key)
            writer.string(entries[index].text)
        }
    }

    static func decodeEntries(_ reader: inout IndexReader) -> [RawEntry] {
        let count = reader.count()
        guard count > 0 else { return [] }
        var entries: [RawEntry] = []
        for _ in 0..<count where !reader.failed { entries.append(RawEntry(key: reader.string(), text: reader.string())) }
        return entries
    }

    static func code<Value: Equatable>(of value: Value, in cases: some Collection<Value>) -> UInt8 {
        UInt8(truncatingIfNeeded: cases.firstIndex(of: value).map { cases.distance(from: cases.startIndex, to: $0) } ?? 0)
    }
}
