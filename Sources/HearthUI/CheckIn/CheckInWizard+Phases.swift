import HearthDomain

extension CheckInWizard {
    /// Handles a key's action in any phase; answering has its own handler.
    mutating func perform(_ action: Action, journal: Journal, today: CivilDate, fieldWidth: Int = 78) -> ScreenOutcome {
        // Any key but a second Ctrl-X (or Esc) takes back the wish to leave.
        let leaveConfirmed = confirmingLeave
        confirmingLeave = false
        switch phase {
        case .answering:
            return answer(action, journal: journal, leaveConfirmed: leaveConfirmed, fieldWidth: fieldWidth)
        case .who(var list):
            let choices = Self.whoChoices(journal.profile)
            switch action {
            case .up: list.move(by: -1, count: choices.count)
            case .down: list.move(by: 1, count: choices.count)
            // Weeks to come cannot be checked in yet; past ones can, to catch up or edit.
            case .left: week = week.previous
            case .right: week = min(week.next, Week(containing: today))
            case .confirm:
                let session = choices[list.selected]
                let clashing = keptDrafts.filter { $0.checkIn.week == week && session.contains($0.checkIn.partner) }
                guard clashing.isEmpty else {
                    offer(Self.draftsToOffer(clashing))
                    return .note("There is a draft for \(week) already: resume or discard it first")
                }
                begin(session: session, journal: journal)
                return ScreenOutcome()
            case .back, .leave: return .leavingCheckIn()
            default: break
            }
            phase = .who(list)
        case .resume(var list):
            switch action {
            case .up: list.move(by: -1, count: Self.resumeChoices.count)
            case .down: list.move(by: 1, count: Self.resumeChoices.count)
            case .confirm:
                switch list.selected {
                case 0:
                    resume(drafts, journal: journal)
                    return ScreenOutcome()
                case 1:
                    return .leavingCheckIn([.discardDrafts(drafts)], note: "Draft discarded")
                case 2:
                    // This week's check-in (or any other) while the draft waits; the who screen's guard keeps it safe.
                    week = Week(containing: today)
                    phase = .who(ListState())
                    return ScreenOutcome()
                default:
                    return .leavingCheckIn(note: "The draft is kept; press c on the home screen to go on")
                }
            case .back, .leave:
                return .leavingCheckIn(note: "The draft is kept; press c on the home screen to go on")
            default: break
            }
            phase = .resume(list)
        case .handover:
            switch action {
            case .confirm:
                phase = .answering
                goTo(page: 0, journal: journal)
            case .leave:
                guard leaveConfirmed else {
                    confirmingLeave = true
                    return ScreenOutcome()
                }
                return .leavingCheckIn(note: "\(journal.profile.displayName(of: partner)) can check in later")
            default: break
            }
        case .done, .reveal:
            switch action {
            case .confirm, .back, .leave: return .leavingCheckIn()
            case .up: offset = max(0, offset - 1)
            case .down: offset += 1
            default: break
            }
        }
        return ScreenOutcome()
    }

    /// The launcher saved the current partner's check-in at `path`: on to the next turn, the reveal, or done.
    mutating func didSave(_ checkIn: CheckIn, path: String) {
        saved.append(path)
        guard session.indices.contains(turn), checkIn.partner == partner else { return }
        lastDraft[turn] = checkIn
        offset = 0
        if turn + 1 < session.count {
            turn += 1
            phase = .handover
        } else {
            phase = session.count > 1 ? .reveal : .done
        }
    }

    /// Drafts to offer: one session of the newest week, the one most likely interrupted. Resume and
    /// discard both act on exactly this set, so a draft of another session is never dropped unseen.
    static func draftsToOffer(_ drafts: [CheckInDraft]) -> [CheckInDraft] {
        guard let newest = drafts.map(\.checkIn.week).max(),
              let session = drafts.first(where: { $0.checkIn.week == newest })?.session else { return [] }
        return drafts.filter { $0.checkIn.week == newest && $0.session == session }
    }

    /// Home's `c`: goes on with a kept draft when there is one (the one "Not now" left for later), else
    /// starts this week's check-in.
    static func continuing(_ drafts: [CheckInDraft], today: CivilDate) -> CheckInWizard {
        let offered = draftsToOffer(drafts)
        var wizard = CheckInWizard(week: offered.first?.checkIn.week ?? Week(containing: today))
        wizard.keptDrafts = drafts
        if !offered.isEmpty { wizard.offer(offered) }
        return wizard
    }

    /// The resume screen's choices, in order.
    static let resumeChoices = [
        "Resume where you left off", "Discard the draft and start again",
        "Another check-in (keep the draft for later)", "Not now (keep the draft)",
    ]

    /// Shows the resume screen for `drafts`, all of one week and session.
    mutating func offer(_ drafts: [CheckInDraft]) {
        guard let first = drafts.first else { return }
        self.drafts = drafts
        week = first.checkIn.week
        phase = .resume(ListState())
    }
}

extension Journal {
    /// The journal with a check-in added, or replacing the same partner's for the same week.
    func inserting(_ checkIn: CheckIn) -> Journal {
        var journal = self
        journal.checkIns.removeAll { $0.week == checkIn.week && $0.partner == checkIn.partner }
        let order = Dictionary(uniqueKeysWithValues: profile.partners.enumerated().map { ($1.id, $0) })
        let index = journal.checkIns.firstIndex {
            ($0.week, order[$0.partner] ?? Int.max) > (checkIn.week, order[checkIn.partner] ?? Int.max)
        } ?? journal.checkIns.endIndex
        journal.checkIns.insert(checkIn, at: index)
        return journal
    }
}
