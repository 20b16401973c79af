import HearthDomain

extension IndexCodec {
    /// A cached check-in's written words as a search keeps them (see `ProseFilter`): only the texts that may
    /// mention the query become strings. Any other is left empty, and an appreciation, moment or answer with
    /// no such text is left out, as the search's `keep` leaves them; so no string is made of most of a long
    /// journal's words. The entry's whole prose is tested first, since most entries mention nothing.
    static func decodeMatchingProse(_ prose: inout IndexReader, into checkIn: inout CheckIn, answerKeys: [String], _ filter: ProseFilter) {
        let test = filter.test
        // Its length prefixes and preserved sections too: that can only find more, never less.
        let mayMatch = test.mayMatch(prose.raw)
        func text() -> String {
            let bytes = prose.stringBytes()
            return mayMatch && test.mayMatch(bytes) ? IndexReader.string(bytes) : ""
        }
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
        if filter.includePrivate, mayMatch, test.mayMatch(reflection) { checkIn.reflection = IndexReader.string(reflection) }
        checkIn.notes = text()
        let moments = checkIn.moments
        checkIn.moments = []
        for var moment in moments {
            // Both words of a moment stay when either mentions the query.
            let said = prose.stringBytes()
            let landed = prose.stringBytes()
            guard mayMatch, test.mayMatch(said) || test.mayMatch(landed) else { continue }
            moment.text = IndexReader.string(said)
            moment.landed = IndexReader.string(landed)
            checkIn.moments.append(moment)
        }
        guard !answerKeys.isEmpty else { return }
        var answers: [String: String] = [:]
        for key in answerKeys {
            let answer = text()
            answers[key] = answer.isEmpty ? nil : answer
        }
        checkIn.answers = answers
    }
}
