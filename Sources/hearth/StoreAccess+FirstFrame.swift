import HearthDomain
import HearthStore
import HearthUI

extension StoreAccess {
    /// The journal as home shows it in `week`, without waiting for every written word: each file is read and
    /// checked as `load()` checks it (the same problems, conflict copies and merge conflicts), but prose is left
    /// out (none decoded, no private reflection opened) except in this week's and last week's check-ins, read in
    /// full, since home shows who has checked in and last week's intentions. Nil when one of those cannot be
    /// read on its own: then only the whole load draws home truthfully. Nothing is recorded for saves.
    func loadForHome(week: Week) -> HomeStart? {
        let quick = store.load(prose: false)
        guard var journal = quick.journal else { return nil }
        let settings = LoadResult(journal: Journal(profile: journal.profile, rituals: journal.rituals))
        // Check-ins are sorted by week: the two weeks home reads in full are at the end.
        for index in journal.checkIns.indices.reversed() {
            let checkIn = journal.checkIns[index]
            if checkIn.week > week { continue }
            guard checkIn.week >= week.previous else { break }
            let full = store.load(week: checkIn.week, partner: checkIn.partner, onto: settings)
            guard full.problems.isEmpty, let read = full.journal?.checkIns.first,
                  read.week == checkIn.week, read.partner == checkIn.partner else { return nil }
            journal.checkIns[index] = read
        }
        return HomeStart(journal: journal, problems: quick.problems.map(String.init(describing:)),
                         conflicts: conflicts(after: quick))
    }
}
