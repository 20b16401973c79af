import HearthDomain

extension CheckInFile {
    /// The canonical bytes of a check-in file.
    static func encode(_ checkIn: CheckIn) -> [UInt8] {
        var writer = DocumentWriter()
        writer.field("week", checkIn.week.description)
        writer.field("partner", DocumentWriter.word(checkIn.partner))
        if !checkIn.ratings.isEmpty {
            writer.open("ratings")
            for type in ratingOrder(checkIn.ratings.keys) {
                guard let rating = checkIn.ratings[type] else { continue }
                switch rating {
                case .score(let value): writer.field(type, String(value), indent: 2)
                case .skipped: writer.field(type, "skipped", indent: 2)
                }
            }
        }
        if !checkIn.warningSigns.isEmpty {
            writer.field("warning_signs", "[" + checkIn.warningSigns.map(\.rawValue).joined(separator: ", ") + "]")
        }
        if !checkIn.rituals.isEmpty {
            writer.open("rituals")
            for mark in checkIn.rituals {
                writer.item("ritual", DocumentWriter.word(mark.ritual), indent: 2)
                writer.field("status", mark.status.rawValue, indent: 4)
                if !mark.reason.isEmpty { writer.field("reason", DocumentWriter.quoted(mark.reason), indent: 4) }
            }
        }
        if let minutes = checkIn.deviceFreeMinutes { writer.field("device_free_minutes", String(minutes)) }
        if let review = checkIn.lastIntentionReview { writer.field("intention_review", review.rawValue) }
        if !checkIn.moments.isEmpty {
            writer.open("moments")
            for moment in checkIn.moments { MomentsFile.encode(moment, into: &writer, indent: 2) }
        }
        if !checkIn.answers.isEmpty {
            writer.open("answers")
            for (id, answer) in checkIn.answers.sorted(by: { $0.key < $1.key }) {
                writer.field(id, DocumentWriter.quoted(answer), indent: 2)
            }
        }
        writer.preserved(checkIn.preserved.frontMatter)
        writer.endFrontMatter()
        writer.preamble(checkIn.preserved.sections)
        writer.listSection(Heading.appreciations, checkIn.appreciations)
        writer.section(Heading.howWeAreDoing, checkIn.howWeAreDoing)
        writer.section(Heading.moreOf, checkIn.moreOf)
        writer.section(Heading.lessOf, checkIn.lessOf)
        writer.section(Heading.intention, checkIn.intention)
        writer.section(Heading.reflection, checkIn.reflection)
        writer.section(Heading.notes, checkIn.notes)
        writer.preservedSections(checkIn.preserved.sections)
        return writer.bytes
    }

    /// Core types in their display order, then the couple's own types alphabetically.
    static func ratingOrder(_ keys: Dictionary<String, Rating>.Keys) -> [String] {
        let core = IntimacyType.core.map(\.id)
        return core.filter { keys.contains($0) } + keys.filter { !core.contains($0) }.sorted()
    }
}
