import HearthDomain

/// `hearth list`'s decoding: of a check-in's facts only what `CheckInFields.ratingsAndSigns` keeps, the rest
/// passed over unread, and its ratings matched to the load's shared copy before a dictionary is built.
extension IndexCodec {
    /// What `CheckInFields.ratingsAndSigns` keeps of `decodeCheckIn(_:prose:week:partner:)` without prose:
    /// week, partner, ratings (shared through `shared`), warning signs and preserved front matter. `spelled`
    /// says whether the words' first numbers are `shared.types`, in order (then a rating's type is found by
    /// its number). Fails `reader` exactly where `decodeCheckIn` would.
    static func decodeRatingsAndSigns(_ reader: inout IndexReader, week: Week, partner: String,
                                      shared: SharedRatings, spelled: Bool) -> CheckIn {
        let ratings = decodeRatings(&reader, shared: shared, spelled: spelled)
        let warningSigns = decodeWarningSigns(&reader)
        let markCount = reader.count()
        var mark = 0
        while mark < markCount, !reader.failed {
            reader.skipString()
            _ = reader.code(below: markCases.count)
            reader.skipString()
            mark += 1
        }
        _ = deviceFreeMinutes(&reader)
        let momentCount = reader.count()
        var moment = 0
        while moment < momentCount, !reader.failed {
            reader.skipString()
            _ = day(&reader)
            reader.skipString()
            reader.skipString()
            _ = reader.code(below: languageCases.count)
            moment += 1
        }
        _ = reader.code(below: reviewCases.count + 1)
        let answerCount = reader.count()
        var answer = 0
        while answer < answerCount, !reader.failed {
            reader.skipString()
            answer += 1
        }
        // Made once, whole: a check-in built field by field was copied and dropped on the way.
        return CheckIn(week: week, partner: partner, ratings: ratings, warningSigns: warningSigns,
                       preserved: PreservedContent(frontMatter: decodeEntries(&reader)))
    }

    /// The ratings as `encode` wrote them, as the one copy `shared` holds of them: found by the number that spells
    /// them before any dictionary is built when `spelled` (the words' first numbers are `shared.types`, in order).
    static func decodeRatings(_ reader: inout IndexReader, shared: SharedRatings, spelled: Bool) -> [String: Rating] {
        let start = reader
        if spelled, let number = ratingsNumber(&reader, types: shared.spelledTypes) {
            return shared.shared(number: number) {
                var again = start
                return decodeRatings(&again)
            }
        }
        reader = start
        return shared.shared(decodeRatings(&reader))
    }

    /// Reads past the ratings and returns the number that spells them (see `SharedRatings`): nil when one is
    /// not a word numbered below `types`, or its score is outside `Rating.range` or has no code.
    private static func ratingsNumber(_ reader: inout IndexReader, types: Int) -> UInt64? {
        let count = reader.count()
        var number: UInt64 = 0
        var index = 0
        while index < count, !reader.failed {
            let stored = reader.u32()
            let value = reader.u32()
            let place = Int(stored & ~IndexWords.marker)
            let rating: Rating = value == skippedRating ? .skipped : .score(Int(Int32(bitPattern: value)))
            // A score `rating(_:)` refuses: the caller's decoding again fails where it does.
            guard stored & IndexWords.marker != 0, place < types, rating.value.map(Rating.range.contains) ?? true,
                  let code = SharedRatings.code(rating) else { return nil }
            // A type written twice keeps its last rating, as a dictionary filled in order does.
            let shift = 4 * UInt64(place)
            number = number & ~(0xF << shift) | code << shift
            index += 1
        }
        return reader.failed ? nil : number
    }
}
