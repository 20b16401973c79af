import HearthDomain
import HearthUI

/// What home's first frame shows, read faster than the whole journal (UIRunner reads the rest right after).
struct HomeStart {
    var journal: Journal
    var problems: [String]
    var conflicts: JournalConflicts
}
