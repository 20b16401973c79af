import HearthDomain

/// The weekly check-in session: who is checking in, one agenda step per page, a review, and the reveal.
public struct CheckInWizard: Hashable, Sendable {
    /// Where in the session the couple is.
    public enum Phase: Hashable, Sendable {
        /// Unfinished drafts were found at start: resume, discard or leave them for later.
        case resume(ListState)
        /// Choosing who checks in (one partner, or all taking turns) and for which week.
        case who(ListState)
        /// One partner answering the agenda, page by page.
        case answering
        /// Between turns: the next partner takes the keyboard; earlier answers stay hidden.
        case handover
        /// One partner's check-in is saved; the screen says where.
        case done
        /// Everyone in the session has saved: ratings side by side, then appreciations.
        case reveal
    }

    public var phase: Phase
    public var week: Week
    /// Partner ids of everyone checking in, in turn order.
    public var session: [String]
    /// Whose turn it is, as an index into `session`.
    public var turn: Int
    /// Each session partner's answers, in `session` order.
    public var answers: [CheckInAnswers]
    /// The page being answered: an agenda step, or the review after the last one.
    public var page: Int
    /// The id of the page's agenda step (`CheckInDraft.reviewPage` on the review), saved with a draft.
    var pageStepID: String?
    /// The focused control on the page.
    public var control: Int
    /// The highlighted row within a list control (a type, a sign, a ritual).
    public var row: Int
    /// How far a long page (review, reveal) is scrolled.
    public var offset: Int
    /// Files written in this session, as the launcher reported them.
    public var saved: [String]
    /// Drafts offered in the resume phase.
    public var drafts: [CheckInDraft]
    /// Every draft kept on disk when the wizard opened: a new session for one of their weeks and partners
    /// would overwrite it with its first answer, so it is offered for resuming instead.
    public var keptDrafts: [CheckInDraft] = []
    /// What was last written as each partner's draft, so unchanged answers are not written again.
    var lastDraft: [CheckIn?]
    /// The page of each partner's last draft; -1 before the first draft is written.
    var lastDraftPage: [Int]
    /// Leaving was asked for while earlier answers are saved but not yet revealed; a second Ctrl-X leaves.
    var confirmingLeave: Bool

    /// The wizard's first screen: who checks in, for `week`.
    public init(week: Week) {
        phase = .who(ListState())
        self.week = week
        session = []
        turn = 0
        answers = []
        page = 0
        control = 0
        row = 0
        offset = 0
        saved = []
        drafts = []
        lastDraft = []
        lastDraftPage = []
        confirmingLeave = false
    }

    /// True while a partner after the first has the keyboard: earlier answers are saved but not yet revealed,
    /// and leaving would show them on the home screen.
    var revealPending: Bool { session.count > 1 && turn > 0 && (phase == .handover || phase == .answering) }

    /// The partner whose turn it is.
    public var partner: String { session.indices.contains(turn) ? session[turn] : "" }

    /// Number of pages: every agenda step plus the review.
    func pageCount(_ journal: Journal) -> Int { journal.agenda.steps.count + 1 }

    /// The agenda step on the current page; nil on the review page.
    func step(_ journal: Journal) -> AgendaStep? {
        journal.agenda.steps.indices.contains(page) ? journal.agenda.steps[page] : nil
    }

    /// The focusable controls of the current page, in Tab order.
    func controls(_ journal: Journal) -> [CheckInControl] {
        guard let step = step(journal) else { return [.summary] }
        switch step.kind {
        case .ratings: return [.ratings]
        case .intentionReview: return [.intentionReview]
        case .appreciations: return [.text(.appreciations)]
        case .howWeAreDoing: return [.text(.howWeAreDoing), .text(.moreOf), .text(.lessOf)]
        case .warningSigns: return [.warningSigns]
        case .rituals:
            let rituals = ritualsToMark(journal)
            let marks = answers.indices.contains(turn) ? answers[turn].base.rituals : []
            // Each skipped ritual gets a line for why, right under the list.
            let reasons = rituals.filter { ritual in marks.contains { $0.ritual == ritual.id && $0.status == .skipped } }
                .map { CheckInControl.text(.ritualReason($0.id)) }
            return (rituals.isEmpty ? [] : [.rituals]) + reasons + [.text(.deviceFreeMinutes)]
        case .moments:
            return [.language(.momentGiven), .text(.momentGiven), .language(.momentReceived), .text(.momentReceived)]
        case .intention: return [.text(.intention)]
        case .reflection: return [.text(.reflection)]
        case .notes: return [.text(.notes)]
        case .question: return [.text(.answer(step.id))]
        }
    }

    /// The focused control, if the page has any.
    func focused(_ journal: Journal) -> CheckInControl? {
        let all = controls(journal)
        return all.indices.contains(control) ? all[control] : all.first
    }

    /// Rituals to mark this week: the active ones due, and any this check-in already marked (here, or in the
    /// saved week, so that a mark taken back does not take its row away).
    func ritualsToMark(_ journal: Journal) -> [Ritual] {
        let marks = (answers.indices.contains(turn) ? answers[turn].base.rituals : [])
            + (journal.checkIn(partner: partner, week: week)?.rituals ?? [])
        return journal.rituals.filter { ritual in
            (ritual.status == .active && ritual.cadence.isDue(in: week, since: ritual.since)) || marks.contains { $0.ritual == ritual.id }
        }
    }

    /// The other partner of a moment: the next one in the profile after `partner`.
    static func other(of partner: String, in profile: Profile) -> String {
        let ids = profile.partners.map(\.id)
        guard let index = ids.firstIndex(of: partner), ids.count > 1 else { return partner }
        return ids[(index + 1) % ids.count]
    }

    /// The choices on the who screen: each partner alone, then everyone taking turns.
    static func whoChoices(_ profile: Profile) -> [[String]] {
        let ids = profile.partners.map(\.id)
        return ids.map { [$0] } + (ids.count > 1 ? [ids] : [])
    }

    /// Starts answering for `session` in `week`: saved check-ins open for editing, the rest start empty.
    mutating func begin(session: [String], journal: Journal) {
        self.session = session
        answers = session.map { id in
            let existing = journal.checkIn(partner: id, week: week) ?? CheckIn(week: week, partner: id)
            return CheckInAnswers(existing, other: Self.other(of: id, in: journal.profile))
        }
        lastDraft = answers.map(\.checkIn)
        lastDraftPage = Array(repeating: -1, count: session.count)
        turn = 0
        phase = .answering
        goTo(page: 0, journal: journal)
    }

    /// Continues from drafts of one week: saved turns count as done, the first draft's partner goes on.
    mutating func resume(_ drafts: [CheckInDraft], journal: Journal) {
        guard let first = drafts.first else { return }
        week = first.checkIn.week
        begin(session: first.session, journal: journal)
        for draft in drafts {
            guard let index = session.firstIndex(of: draft.checkIn.partner) else { continue }
            answers[index] = CheckInAnswers(draft.checkIn, other: Self.other(of: draft.checkIn.partner, in: journal.profile))
            lastDraft[index] = answers[index].checkIn
            lastDraftPage[index] = draft.step
        }
        // Partners before the first draft in turn order have saved already.
        turn = session.firstIndex { id in drafts.contains { $0.checkIn.partner == id } } ?? 0
        let page = drafts.first { $0.checkIn.partner == partner }?.page(in: journal.agenda) ?? 0
        goTo(page: min(page, pageCount(journal) - 1), journal: journal)
    }

    /// Shows a page with its first control focused, or its last with `lastControl`. A page that opens on a
    /// chooser for the text under it (a moment's language) focuses the text, so typing straight away types.
    mutating func goTo(page: Int, journal: Journal, lastControl: Bool = false) {
        self.page = max(0, min(page, pageCount(journal) - 1))
        pageStepID = step(journal)?.id ?? CheckInDraft.reviewPage
        let all = controls(journal)
        let first = if case .language? = all.first { all.firstIndex { $0.field != nil } ?? 0 } else { 0 }
        control = lastControl ? max(0, all.count - 1) : first
        row = 0
        offset = 0
    }
}
