import HearthDomain

/// Check-ins and moments files as records. A check-in is one record of its own fields (each rating, each
/// answer, each prose section on its own) plus item records: appreciations and warning signs by their
/// words, ritual marks by ritual id, moments by id.
extension MergeShape {
    /// The prose sections of a check-in, by heading: the field names a conflict in one of them shows.
    private static var sections: [(String, WritableKeyPath<CheckIn, String>)] { [
        (CheckInFile.Heading.howWeAreDoing, \.howWeAreDoing), (CheckInFile.Heading.moreOf, \.moreOf),
        (CheckInFile.Heading.lessOf, \.lessOf), (CheckInFile.Heading.intention, \.intention),
        (CheckInFile.Heading.reflection, \.reflection), (CheckInFile.Heading.notes, \.notes),
    ] }

    static func records(_ checkIn: CheckIn, path: String) throws(SyntaxError) -> MergeDocument {
        var fields = [MergeField("week", checkIn.week.description), MergeField("partner", checkIn.partner)]
        for type in CheckInFile.ratingOrder(checkIn.ratings.keys) {
            guard let rating = checkIn.ratings[type] else { continue }
            fields.append(MergeField("ratings." + type, rating.value.map(String.init) ?? "skipped"))
        }
        fields += MergeRecord.optional("device_free_minutes", checkIn.deviceFreeMinutes.map(String.init))
        fields += MergeRecord.optional("intention_review", checkIn.lastIntentionReview?.rawValue)
        fields += checkIn.answers.sorted { $0.key < $1.key }.map { MergeField("answers." + $0.key, $0.value) }
        fields += sections.map { MergeField($0.0, checkIn[keyPath: $0.1]) }
        var records = [MergeRecord("check-in", "", fields)]
        records += checkIn.appreciations.map { MergeRecord("appreciation", $0) }
        records += checkIn.warningSigns.map { MergeRecord("sign", $0.rawValue) }
        records += checkIn.rituals.map { mark in
            MergeRecord("mark", mark.ritual, [MergeField("status", mark.status.rawValue), MergeField("reason", mark.reason)])
        }
        records += checkIn.moments.map(record)
        var document = try self.records(checkIn.preserved, path: path)
        document.records.insert(contentsOf: records, at: 0)
        return document
    }

    static func checkIn(_ document: MergeDocument, path: String) throws(JournalMergeError) -> CheckIn {
        guard let own = group("check-in", in: document).first,
              let week = try own.parsed("week", path: path, { Week($0) }) else {
            throw JournalMergeError(path: path, message: "the check-in has no week")
        }
        var checkIn = CheckIn(week: week, partner: own["partner"] ?? "", preserved: preserved(document))
        for field in own.fields {
            if field.name.hasPrefix("ratings.") {
                let rating = field.value == "skipped" ? Rating.skipped : try own.parsed(field.name, path: path) { Int($0) }.map(Rating.score)
                checkIn.ratings[String(field.name.dropFirst("ratings.".count))] = rating
            } else if field.name.hasPrefix("answers.") {
                checkIn.answers[String(field.name.dropFirst("answers.".count))] = field.value
            }
        }
        checkIn.deviceFreeMinutes = try own.parsed("device_free_minutes", path: path) { Int($0) }
        checkIn.lastIntentionReview = try own.parsed("intention_review", path: path, word(IntentionReview.self))
        for (heading, keyPath) in sections { checkIn[keyPath: keyPath] = own[heading] ?? "" }
        checkIn.appreciations = group("appreciation", in: document).map(\.id)
        checkIn.warningSigns = try group("sign", in: document).map { record throws(JournalMergeError) in
            guard let sign = WarningSign(rawValue: record.id) else {
                throw JournalMergeError(path: path, message: "`\(record.id)` is not a warning sign")
            }
            return sign
        }
        checkIn.rituals = try group("mark", in: document).map { record throws(JournalMergeError) in
            RitualMark(ritual: record.id, status: try record.parsed("status", path: path, word(RitualMark.Status.self)) ?? .kept,
                       reason: record["reason"] ?? "")
        }
        checkIn.moments = try moments(in: document, path: path)
        return checkIn
    }

    static func records(_ contents: MomentsFile.Contents, path: String) throws(SyntaxError) -> MergeDocument {
        var document = try records(contents.preserved, path: path)
        let own = MergeRecord("file", "", [MergeField("week", contents.week.description), MergeField("partner", contents.partner)])
        document.records.insert(contentsOf: [own] + contents.moments.map(record), at: 0)
        return document
    }

    static func moments(_ document: MergeDocument, path: String) throws(JournalMergeError) -> MomentsFile.Contents {
        guard let own = group("file", in: document).first, let week = try own.parsed("week", path: path, { Week($0) }) else {
            throw JournalMergeError(path: path, message: "the moments file has no week")
        }
        return MomentsFile.Contents(week: week, partner: own["partner"] ?? "", moments: try moments(in: document, path: path),
                                    preserved: preserved(document))
    }

    private static func record(_ moment: Moment) -> MergeRecord {
        MergeRecord("moment", moment.id, MergeRecord.optional("date", moment.date?.description) + [
            MergeField("from", moment.from), MergeField("to", moment.to), MergeField("language", moment.language.rawValue),
            MergeField("text", moment.text), MergeField("landed", moment.landed),
        ])
    }

    private static func moments(in document: MergeDocument, path: String) throws(JournalMergeError) -> [Moment] {
        try group("moment", in: document).map { record throws(JournalMergeError) in
            Moment(id: record.id, date: try record.parsed("date", path: path) { CivilDate($0) },
                   from: record["from"] ?? "", to: record["to"] ?? "",
                   language: try record.parsed("language", path: path, word(LoveLanguage.self)) ?? .words,
                   text: record["text"] ?? "", landed: record["landed"] ?? "")
        }
    }
}
