import HearthDomain

extension CheckInFile {
    /// Reads a check-in written exactly as `encode` writes it, or nil for any other form (hand edits,
    /// unknown keys, comments, CR LF): those go through `decode`, which reads them all and explains errors.
    /// Where both read a file they agree value for value (CanonicalReadTests). Without `prose`, the
    /// written words (sections, moments, answers) are checked but left out.
    static func decodeCanonical(_ text: UnsafeBufferPointer<UInt8>, shared: SharedWords, prose: Bool = true) -> CheckIn? {
        guard (try? checkText(text)) != nil else { return nil }
        var reader = CanonicalReader(text)
        guard reader.skip("---\nhearth: 1\nweek: "), let week = reader.weekLine(),
              reader.skip("partner: "), let partner = reader.scalarLine() else { return nil }
        var checkIn = CheckIn(week: week, partner: partner)
        if reader.skip("ratings:\n") {
            guard let ratings = ratings(&reader, shared) else { return nil }
            checkIn.ratings = ratings
        }
        if reader.skip("warning_signs: [") {
            guard let signs = warningSigns(&reader) else { return nil }
            checkIn.warningSigns = signs
        }
        if reader.skip("rituals:\n") {
            guard let marks = ritualMarks(&reader, shared) else { return nil }
            checkIn.rituals = marks
        }
        if reader.skip("device_free_minutes: ") {
            guard let minutes = reader.intLine() else { return nil }
            checkIn.deviceFreeMinutes = minutes
        }
        if reader.skip("intention_review: ") {
            guard let review = reader.choiceLine(IntentionReview.self) else { return nil }
            checkIn.lastIntentionReview = review
        }
        if reader.skip("moments:\n") {
            guard let moments = MomentsFile.canonicalMoments(&reader, prose: prose) else { return nil }
            checkIn.moments = moments
        }
        if reader.skip("answers:\n") {
            guard let answers = answers(&reader, prose: prose) else { return nil }
            checkIn.answers = answers
        }
        guard reader.skip("---\n"),
              (try? decodeSections(MarkdownBody(text: text, from: reader.offset), into: &checkIn, keepingText: prose)) != nil else {
            return nil
        }
        return checkIn
    }

    private static func ratings(_ reader: inout CanonicalReader, _ shared: SharedWords) -> [String: Rating]? {
        // Sized exactly, as `decode` does: over-reserving costs memory in every check-in of a large journal.
        var ratings = [String: Rating](minimumCapacity: reader.countLines(startingWith: "  "))
        while reader.skip("  ") {
            guard let type = reader.key(shared: shared) else { return nil }
            let rating: Rating
            if reader.skip("skipped\n") {
                rating = .skipped
            } else if let score = reader.intLine() {
                rating = .score(score)
            } else {
                return nil
            }
            // A key given twice is an error the full parser explains.
            guard ratings.updateValue(rating, forKey: type) == nil else { return nil }
        }
        return ratings.isEmpty ? nil : ratings
    }

    private static func warningSigns(_ reader: inout CanonicalReader) -> [WarningSign]? {
        var signs: [WarningSign] = []
        signs.reserveCapacity(3)
        repeat {
            guard let sign = reader.choice(WarningSign.self) else { return nil }
            signs.append(sign)
        } while reader.skip(", ")
        return reader.skip("]\n") ? signs : nil
    }

    private static func ritualMarks(_ reader: inout CanonicalReader, _ shared: SharedWords) -> [RitualMark]? {
        var marks: [RitualMark] = []
        marks.reserveCapacity(reader.countLines(startingWith: "  - "))
        while reader.skip("  - ritual: ") {
            guard let ritual = reader.scalarLine(shared: shared), reader.skip("    status: "),
                  let status = reader.choiceLine(RitualMark.Status.self) else { return nil }
            var mark = RitualMark(ritual: ritual, status: status)
            if reader.skip("    reason: ") {
                // Kept even without prose: whether a skip had a reason changes a ritual's strength.
                guard let reason = reader.quotedLine() else { return nil }
                mark.reason = reason
            }
            marks.append(mark)
        }
        return marks.isEmpty ? nil : marks
    }

    private static func answers(_ reader: inout CanonicalReader, prose: Bool) -> [String: String]? {
        var answers: [String: String] = [:]
        while reader.skip("  ") {
            guard let id = reader.key(), let answer = reader.quotedLine(keeping: prose), answers.updateValue(answer, forKey: id) == nil else {
                return nil
            }
        }
        return answers.isEmpty ? nil : answers
    }
}
