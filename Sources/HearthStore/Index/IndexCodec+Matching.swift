import HearthDomain

extension IndexCodec {
    /// A cached check-in as a search keeps it (see `ProseFilter`): exactly what `JournalSearch.keepingMatches`
    /// leaves of the whole one, failing exactly where decoding the whole one fails. Only the texts that may
    /// mention the query become strings; any other is left empty, and a ritual mark, appreciation, moment or answer
    /// with no such text is left out, as the search's `keep` leaves them. The entry's whole prose is tested first,
    /// since most entries mention nothing: for those, no moment or answer key is made either, only passed over.
    static func decodeMatching(_ reader: inout IndexReader, prose: inout IndexReader, week: Week, partner: String,
                               _ filter: ProseFilter) -> CheckIn {
        var checkIn = CheckIn(week: week, partner: partner)
        // Its length prefixes and preserved sections too: that can only find more, never less.
        let mayMatch = filter.test.mayMatch(prose.raw)
        // A search keeps no ratings, signs, minutes or review.
        let ratingCount = reader.count()
        for _ in 0..<ratingCount where !reader.failed {
            reader.skipString()
            _ = rating(&reader)
        }
        let signCount = reader.count()
        for _ in 0..<signCount where !reader.failed { _ = reader.code(below: signCases.count) }
        let markCount = reader.count()
        for _ in 0..<markCount where !reader.failed {
            let start = reader.offset
            reader.skipString()
            _ = reader.code(below: markCases.count)
            // A mark stays only for a reason that mentions what the search looks for: its strings are made only
            // for a reason whose bytes may (or that is written as a word's number, which is rare).
            let spelled = reader.spelledBytes()
            guard !reader.failed, spelled.map({ filter.test.mayMatch($0) }) ?? true else { continue }
            var mark = reader
            mark.offset = start
            let ritual = mark.string()
            let status = markCases[mark.code(below: markCases.count)]
            let reason = mark.string()
            if filter.mentioned(in: reason) { checkIn.rituals.append(RitualMark(ritual: ritual, status: status, reason: reason)) }
        }
        _ = deviceFreeMinutes(&reader)
        let momentCount = reader.count()
        for _ in 0..<momentCount where !reader.failed {
            if mayMatch { checkIn.moments.append(decodeFacts(&reader)) } else { skipFacts(&reader) }
        }
        _ = reader.code(below: reviewCases.count + 1)
        let answerCount = reader.count()
        var answerKeys: [String] = []
        for _ in 0..<answerCount where !reader.failed {
            if mayMatch { answerKeys.append(reader.string()) } else { reader.skipString() }
        }
        checkIn.preserved.frontMatter = decodeEntries(&reader)
        // Its counts are good only when the facts were read whole (the caller then drops the value anyway).
        guard !reader.failed else { return checkIn }
        decodeMatchingProse(&prose, into: &checkIn, momentCount: momentCount, answerKeys: answerKeys, answerCount: answerCount,
                            mayMatch: mayMatch, filter)
        checkIn.preserved.sections = decodeEntries(&prose)
        return checkIn
    }

    /// The texts of `decodeMatching`, read in the order `encode` wrote them; `checkIn.moments` holds the facts of
    /// its `momentCount` moments when `mayMatch`, and `answerKeys` its answers' keys.
    private static func decodeMatchingProse(_ prose: inout IndexReader, into checkIn: inout CheckIn, momentCount: Int, answerKeys: [String],
                                            answerCount: Int, mayMatch: Bool, _ filter: ProseFilter) {
        let test = filter.test
        // A text whose bytes may mention the query is tested again as the string made of them, which the search
        // tests: bytes that are not UTF-8 (which no file holds: a forged index) are repaired in it, and may then not.
        func kept(_ bytes: UnsafeRawBufferPointer) -> String? {
            guard mayMatch, test.mayMatch(bytes) else { return nil }
            let text = IndexReader.string(bytes)
            return filter.mentioned(in: text) ? text : nil
        }
        func text() -> String { kept(prose.stringBytes()) ?? "" }
        let appreciationCount = prose.count()
        for _ in 0..<appreciationCount where !prose.failed {
            let appreciation = text()
            if !appreciation.isEmpty { checkIn.appreciations.append(appreciation) }
        }
        checkIn.howWeAreDoing = text()
        checkIn.moreOf = text()
        checkIn.lessOf = text()
        checkIn.intention = text()
        let reflection = prose.stringBytes()
        if filter.includePrivate, let text = kept(reflection) { checkIn.reflection = text }
        checkIn.notes = text()
        let moments = checkIn.moments
        checkIn.moments = []
        for index in 0..<momentCount where !prose.failed {
            // Both words of a moment stay when either mentions the query.
            let said = prose.stringBytes()
            let landed = prose.stringBytes()
            guard mayMatch, test.mayMatch(said) || test.mayMatch(landed) else { continue }
            var moment = moments[index]
            moment.text = IndexReader.string(said)
            moment.landed = IndexReader.string(landed)
            guard filter.mentioned(in: moment.text) || filter.mentioned(in: moment.landed) else { continue }
            checkIn.moments.append(moment)
        }
        guard answerCount > 0 else { return }
        var answers: [String: String] = [:]
        for index in 0..<answerCount where !prose.failed {
            let answer = text()
            if mayMatch { answers[answerKeys[index]] = answer.isEmpty ? nil : answer }
        }
        checkIn.answers = answers
    }

    /// Passes over a moment's facts as `decodeFacts` reads them, failing where it fails.
    static func skipFacts(_ reader: inout IndexReader) {
        reader.skipString()
        _ = day(&reader)
        reader.skipString()
        reader.skipString()
        _ = reader.code(below: languageCases.count)
    }
}
