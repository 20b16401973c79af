import HearthDomain
import HearthStore
import HearthUI

extension StoreAccess {
    /// The journal as home shows it in `week`, without waiting for every written word: each file is read and
    /// checked as `load()` checks it (the same problems, conflict copies and merge conflicts), but prose is left
    /// out (none decoded, no private reflection opened) except where home shows it: last week's check-ins (their
    /// intentions) and this week's whose fields without prose do not already say the partner checked in (words
    /// alone count). Those are read again in full; nil when one cannot be read on its own: then only the whole
    /// load draws home truthfully. Nothing is recorded for saves.
    func loadForHome(week: Week) -> HomeStart? {
        var quick = store.load(prose: false)
        guard var journal = quick.journal else { return nil }
        // The journal's only reference from here: replacing a check-in below copied all 2,000 others (a retain of
        // each of their fields) while `quick` still shared them. Problems and conflicts need no journal.
        quick.journal = nil
        let settings = LoadResult(journal: Journal(profile: journal.profile, rituals: journal.rituals))
        // Check-ins are sorted by week: the two weeks home reads in full are at the end.
        for index in journal.checkIns.indices.reversed() {
            let checkIn = journal.checkIns[index]
            if checkIn.week > week { continue }
            guard checkIn.week >= week.previous else { break }
            // Prose can only add to a check-in: one that counts as checked in without it counts with it.
            if checkIn.week == week, checkIn.isCheckedIn { continue }
            let full = store.load(week: checkIn.week, partner: checkIn.partner, onto: settings)
            guard full.problems.isEmpty, let read = full.journal?.checkIns.first,
                  read.week == checkIn.week, read.partner == checkIn.partner else { return nil }
            journal.checkIns[index] = read
        }
        return HomeStart(journal: journal, problems: quick.problems.map(String.init(describing:)),
                         conflicts: conflicts(after: quick))
    }
}
