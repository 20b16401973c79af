import HearthDomain
import Synchronization

/// Equal ratings held once by a load that keeps many check-ins (`CheckInFields.ratingsAndSigns`): a handful of
/// types rated 1 to 5 repeat from week to week, and a dictionary per check-in was half of what 100,000 held.
///
/// Ratings are found by a number that spells them (4 bits per intimacy type in profile order), so a check-in
/// decoded from the index is matched before its dictionary is built, and the lock is held for one integer
/// lookup: hashing and comparing whole dictionaries under one lock made the load's two threads wait on it.
final class SharedRatings: Sendable {
    /// The profile's intimacy type ids, in order: a rating's place in the number.
    let types: [String]
    private let byNumber = Mutex([UInt64: [String: Rating]]())
    /// Ratings no number spells (a type past the 16th, a score past 13): shared by hashing them whole.
    private let others = Mutex(Set<[String: Rating]>())

    init(types: [String]) {
        self.types = types
    }

    /// How many types a number spells: the first 16.
    var spelledTypes: Int { min(types.count, 16) }

    /// A rating's 4 bits: 1 skipped, 2 + score for 0 to 13 (0 is unanswered); nil when none fits.
    static func code(_ rating: Rating) -> UInt64? {
        switch rating {
        case .skipped: return 1
        case .score(let value): return (0...13).contains(value) ? UInt64(2 + value) : nil
        }
    }

    /// The number that spells `ratings`, nil when it cannot (a type it does not know or past the 16th, a
    /// score out of range). Two ratings have the same number exactly when they are equal.
    func number(of ratings: [String: Rating]) -> UInt64? {
        var number: UInt64 = 0
        for (type, rating) in ratings {
            // Comparing a few short ids is cheaper than hashing one.
            let length = type.utf8.count
            guard let place = types.indices.first(where: { types[$0].utf8.count == length && types[$0] == type }),
                  place < 16, let code = Self.code(rating) else { return nil }
            number |= code << (4 * UInt64(place))
        }
        return number
    }

    /// The one copy of ratings equal to `ratings`.
    func shared(_ ratings: [String: Rating]) -> [String: Rating] {
        if let number = number(of: ratings) { return shared(number: number) { ratings } }
        return others.withLock { $0.insert(ratings).memberAfterInsert }
    }

    /// The one copy of the ratings `number` spells; `make` builds them when this load has not seen them yet.
    func shared(number: UInt64, make: () -> [String: Rating]) -> [String: Rating] {
        if let found = byNumber.withLock({ $0[number] }) { return found }
        // Built outside the lock; a thread that built the same ratings meanwhile wins, and this copy is dropped.
        let made = make()
        return byNumber.withLock { table in
            if let found = table[number] { return found }
            table[number] = made
            return made
        }
    }
}
