import HearthDomain
import HearthUI

/// The shared fixture journal with ritual marks and moments, for the ritual and love-language screens.
enum RitualFixtures {
    static func journal() -> Journal {
        var journal = Fixtures.journal(thisWeek: ["zoe"])
        for index in journal.checkIns.indices {
            let checkIn = journal.checkIns[index]
            if checkIn.week == Fixtures.lastWeek {
                journal.checkIns[index].rituals = [RitualMark(ritual: "date-night", status: .kept),
                                                   RitualMark(ritual: "long-walk", status: .skipped, reason: "rain")]
                journal.checkIns[index].moments = [Moment(from: checkIn.partner, to: checkIn.partner == "zoe" ? "misaki" : "zoe",
                                                          language: checkIn.partner == "zoe" ? .words : .time, text: "A long talk")]
            }
            if checkIn.week == Fixtures.thisWeek {
                journal.checkIns[index].rituals = [RitualMark(ritual: "date-night", status: .kept)]
            }
        }
        journal.moments = [Moment(date: Fixtures.today.adding(days: -1), from: "zoe", to: "misaki", language: .service,
                                  text: "Fixed the bike before work", landed: "She laughed")]
        return journal
    }

    static func rituals() -> AppState {
        var state = Fixtures.state(journal())
        press(&state, .character("r"))
        return state
    }

    static func loveLanguages() -> AppState {
        var state = Fixtures.state(journal())
        press(&state, .character("l"))
        return state
    }
}
