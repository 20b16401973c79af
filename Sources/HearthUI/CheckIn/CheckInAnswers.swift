import HearthDomain

/// One partner's answers while the wizard is open: the check-in's choices, plus the text being edited.
public struct CheckInAnswers: Hashable, Sendable {
    /// Ratings, warning signs, rituals, the intention review and anything a file held that Hearth keeps.
    public var base: CheckIn
    public var fields: [CheckInField: TextArea]
    public var givenLanguage: LoveLanguage
    public var receivedLanguage: LoveLanguage
    /// Moments beyond the one given and one received the wizard edits, kept as they were.
    var otherMoments: [Moment]
    /// The partner on the other side of a moment.
    let other: String
    /// The saved given and received moments: an edited moment stays the same record for a merge (its id), and
    /// keeps what the wizard does not ask (its day, how it landed).
    var givenMoment: Moment?
    var receivedMoment: Moment?

    /// Answers starting from a saved check-in or draft (or an empty one); `other` receives the moment given.
    public init(_ checkIn: CheckIn, other: String) {
        base = checkIn
        self.other = other
        fields = [:]
        givenLanguage = .words
        receivedLanguage = .words
        otherMoments = []
        var given: Moment?, received: Moment?
        for moment in checkIn.moments {
            if given == nil, moment.from == checkIn.partner, moment.to == other {
                given = moment
            } else if received == nil, moment.to == checkIn.partner, moment.from == other {
                received = moment
            } else {
                otherMoments.append(moment)
            }
        }
        if let given { givenLanguage = given.language }
        if let received { receivedLanguage = received.language }
        givenMoment = given
        receivedMoment = received
        let texts: [(CheckInField, String)] = [
            (.appreciations, checkIn.appreciations.joined(separator: "\n")), (.howWeAreDoing, checkIn.howWeAreDoing),
            (.moreOf, checkIn.moreOf), (.lessOf, checkIn.lessOf),
            (.deviceFreeMinutes, checkIn.deviceFreeMinutes.map(String.init) ?? ""),
            (.momentGiven, given?.text ?? ""), (.momentReceived, received?.text ?? ""),
            (.intention, checkIn.intention), (.reflection, checkIn.reflection), (.notes, checkIn.notes),
        ] + checkIn.answers.map { (.answer($0.key), $0.value) } + checkIn.rituals.map { (.ritualReason($0.ritual), $0.reason) }
        for (field, text) in texts where !text.isEmpty {
            var area = field.empty
            area.insert(text)
            fields[field] = area
        }
        // The given/received moments are rebuilt from the fields on every save; drop them from the base.
        base.moments = []
    }

    public func area(_ field: CheckInField) -> TextArea { fields[field] ?? field.empty }

    public func text(_ field: CheckInField) -> String { area(field).trimmed }

    /// The device-free time as read from what was typed.
    public var minutes: MinutesEntry { MinutesEntry(text(.deviceFreeMinutes)) }

    /// The check-in these answers make, as it would be saved.
    public var checkIn: CheckIn {
        var checkIn = base
        checkIn.appreciations = area(.appreciations).text.split(separator: "\n")
            .map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        checkIn.howWeAreDoing = text(.howWeAreDoing)
        checkIn.moreOf = text(.moreOf)
        checkIn.lessOf = text(.lessOf)
        checkIn.deviceFreeMinutes = minutes.value
        checkIn.intention = text(.intention)
        checkIn.reflection = text(.reflection)
        checkIn.notes = text(.notes)
        let given = Self.moment(givenMoment, from: checkIn.partner, to: other, language: givenLanguage, text: text(.momentGiven))
        let received = Self.moment(receivedMoment, from: other, to: checkIn.partner, language: receivedLanguage,
                                   text: text(.momentReceived))
        checkIn.moments = [given, received].compactMap { $0 } + otherMoments
        // A reason belongs to a skip; one typed before the mark moved on stays in its field, unsaved.
        for index in checkIn.rituals.indices where checkIn.rituals[index].status == .skipped {
            checkIn.rituals[index].reason = text(.ritualReason(checkIn.rituals[index].ritual))
        }
        for (field, area) in fields {
            guard case .answer(let id) = field else { continue }
            let answer = area.trimmed
            checkIn.answers[id] = answer.isEmpty ? nil : answer
        }
        return checkIn
    }

    /// The moment the wizard's fields make: the saved one with the language and words as typed now, or a new
    /// one; nil when the words are empty.
    private static func moment(_ saved: Moment?, from: String, to: String, language: LoveLanguage, text: String) -> Moment? {
        guard !text.isEmpty else { return nil }
        guard var moment = saved else { return Moment(from: from, to: to, language: language, text: text) }
        moment.language = language
        moment.text = text
        return moment
    }

    /// How many things have been answered, for the resume offer.
    public var answeredCount: Int {
        let checkIn = self.checkIn
        return checkIn.ratings.count + checkIn.warningSigns.count + checkIn.rituals.count
            + (checkIn.lastIntentionReview == nil ? 0 : 1) + fields.values.filter { !$0.trimmed.isEmpty }.count
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        var result = Substring(self)
        while result.first?.isWhitespace == true { result = result.dropFirst() }
        while result.last?.isWhitespace == true { result = result.dropLast() }
        return String(result)
    }
}
