import HearthDomain

/// The check-in file format: `checkins/2026/2026-W47-alex.md`.
enum CheckInFile {
    /// Section headings in the order they are written; matched without regard to case on reading.
    enum Heading {
        static let appreciations = "Appreciations"
        static let howWeAreDoing = "How we are doing"
        static let moreOf = "More of"
        static let lessOf = "Less of"
        static let intention = "Intention"
        static let reflection = "Private reflection"
        static let notes = "Notes"
    }

    /// Reads a check-in from a parsed document; semantic checks against the profile come later.
    /// Type and ritual ids found among `shared` reuse its strings.
    /// Without `prose`, the written words (sections, moments, answers) are checked but left out.
    static func decode(_ document: Document, shared: SharedWords = .coreTypes, prose: Bool = true) throws(SyntaxError) -> CheckIn {
        let fm = document.frontMatter
        var week: Week?
        var partner: String?
        // A placeholder until the `week:` key is read (it is required, so it is always replaced).
        var checkIn = CheckIn(week: placeholderWeek, partner: "")
        for child in fm.children(of: FrontMatter.root) {
            if fm.key(of: child, is: "hearth") {
                continue
            } else if fm.key(of: child, is: "week") {
                week = try fm.week(child)
            } else if fm.key(of: child, is: "partner") {
                partner = try fm.string(child)
            } else if fm.key(of: child, is: "ratings") {
                checkIn.ratings = try ratings(fm, child, shared)
            } else if fm.key(of: child, is: "warning_signs") {
                let items = try fm.list(child)
                // Sized exactly once rather than grown by appending: saves reallocations and memory per check-in.
                checkIn.warningSigns.reserveCapacity(fm.count(of: child))
                for item in items {
                    checkIn.warningSigns.append(try fm.choice(item, WarningSign.self, what: "warning sign"))
                }
            } else if fm.key(of: child, is: "rituals") {
                let items = try fm.list(child)
                checkIn.rituals.reserveCapacity(fm.count(of: child))
                for item in items { checkIn.rituals.append(try ritualMark(fm, item, shared)) }
            } else if fm.key(of: child, is: "device_free_minutes") {
                checkIn.deviceFreeMinutes = fm.isNull(child) ? nil : try fm.int(child)
            } else if fm.key(of: child, is: "intention_review") {
                checkIn.lastIntentionReview = fm.isNull(child) ? nil : try fm.choice(child, IntentionReview.self, what: "intention review")
            } else if fm.key(of: child, is: "moments") {
                let items = try fm.list(child)
                checkIn.moments.reserveCapacity(fm.count(of: child))
                for item in items { checkIn.moments.append(try MomentsFile.moment(fm, item)) }
            } else if fm.key(of: child, is: "answers") {
                for answer in try fm.map(child) { checkIn.answers[try fm.key(of: answer)] = try fm.string(answer) }
            } else {
                checkIn.preserved.frontMatter.append(try fm.rawEntry(child))
            }
        }
        guard let week else { throw fm.missing("week", example: "week: 2026-W47") }
        guard let partner else { throw fm.missing("partner", example: "partner: alex") }
        checkIn.week = week
        checkIn.partner = partner
        try decodeSections(document.body, into: &checkIn, keepingText: prose)
        if !prose { leaveOutWords(of: &checkIn) }
        return checkIn
    }

    /// What a load without prose leaves out of the front matter: the words of moments and answers (a skip's
    /// reason stays: whether there was one changes a ritual's strength).
    private static func leaveOutWords(of checkIn: inout CheckIn) {
        for index in checkIn.moments.indices {
            checkIn.moments[index].text = ""
            checkIn.moments[index].landed = ""
        }
        for id in checkIn.answers.keys { checkIn.answers[id] = "" }
    }

    private static let placeholderWeek = Week(containing: CivilDate(daysSinceEpoch: 0))

    /// Known headings in lower case, in the order of `Heading`; matched without regard to ASCII case.
    private static let known: [StaticString] = [
        "appreciations", "how we are doing", "more of", "less of", "intention", "private reflection", "notes",
    ]

    /// Reads the `## ` sections into `checkIn`; without `keepingText`, only checks them (a section given twice
    /// is an error either way), for loads that show no prose.
    static func decodeSections(_ body: MarkdownBody, into checkIn: inout CheckIn, keepingText: Bool = true) throws(SyntaxError) {
        if keepingText, let preamble = body.preservedPreamble() { checkIn.preserved.sections.append(preamble) }
        var seen = 0
        for section in body.sections {
            guard let kind = known.firstIndex(where: { body.heading(of: section, is: $0) }) else {
                if keepingText { checkIn.preserved.sections.append(body.preserved(section)) }
                continue
            }
            if seen & (1 << kind) != 0 {
                let first = body.sections.first { body.heading(of: $0, is: known[kind]) }?.headingOffset ?? 0
                throw SyntaxError(at: section.headingOffset,
                                  "the section `## \(body.heading(of: section))` appears twice (first on line \(position(of: first, in: body.text).line))",
                                  hint: "merge the two sections into one")
            }
            seen |= 1 << kind
            guard keepingText else { continue }
            let range = section.start..<section.end
            switch kind {
            case 0: checkIn.appreciations = body.listItems(range)
            case 1: checkIn.howWeAreDoing = body.prose(range)
            case 2: checkIn.moreOf = body.prose(range)
            case 3: checkIn.lessOf = body.prose(range)
            case 4: checkIn.intention = body.prose(range)
            case 5: checkIn.reflection = body.prose(range)
            default: checkIn.notes = body.prose(range)
            }
        }
    }

    private static func ratings(_ fm: FrontMatter, _ node: Int, _ shared: SharedWords) throws(SyntaxError) -> [String: Rating] {
        let entries = try fm.map(node)
        // Sized exactly: over-reserving would cost hundreds of bytes per check-in across a large journal.
        var ratings = [String: Rating](minimumCapacity: fm.count(of: node))
        for entry in entries {
            if fm.isNull(entry) { continue }
            let value = fm[entry]
            let rating: Rating
            if value.kind == .scalar, value.style == .plain, let score = fm.parseInt(start: value.start, end: value.end) {
                rating = .score(score)
            } else if value.kind == .scalar, (try? fm.string(entry)) == "skipped" {
                rating = .skipped
            } else {
                throw SyntaxError(at: value.start, "a rating is a number from 1 to 5 or `skipped`", hint: "use 1-5 or `skipped`")
            }
            if let key = shared.key(of: entry, in: fm) { ratings[key] = rating } else { ratings[try fm.key(of: entry)] = rating }
        }
        return ratings
    }

    private static func ritualMark(_ fm: FrontMatter, _ node: Int, _ shared: SharedWords) throws(SyntaxError) -> RitualMark {
        var ritual: String?
        var mark = RitualMark(ritual: "", status: .kept)
        for entry in try fm.map(node) {
            if fm.key(of: entry, is: "ritual") {
                if let known = shared.value(of: entry, in: fm) { ritual = known } else { ritual = try fm.string(entry) }
            } else if fm.key(of: entry, is: "status") {
                mark.status = try fm.choice(entry, RitualMark.Status.self, what: "ritual status")
            } else if fm.key(of: entry, is: "reason") {
                mark.reason = try fm.string(entry)
            } else {
                throw try fm.unknownKey(entry, in: "a ritual mark", known: "ritual, status, reason")
            }
        }
        guard let ritual else { throw fm.missing("ritual", example: "- ritual: date-night", at: node) }
        mark.ritual = ritual
        return mark
    }
}
