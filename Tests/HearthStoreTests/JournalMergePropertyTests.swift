import HearthDomain
import Testing
@testable import HearthStore

/// Random edits from a common base on two sides, merged: every one-sided edit is in the result, every field
/// changed two ways is a conflict, identical sides merge to themselves, swapping sides swaps only the labels,
/// and the result reads, with doctor listing each conflict.
@Suite(.scratchFolders)
struct JournalMergePropertyTests {
    /// One field of a file as the couple sees it: where a conflict on it is named, and its value as text.
    struct Field: Hashable {
        var record: String
        var field: String
    }

    static let checkInPath = "checkins/2026/2026-W47-alex.md"
    // Few choices, so that both sides often change the same field.
    static let types = ["emotional", "physical", "sexual"]
    static var sections: [(String, WritableKeyPath<CheckIn, String>)] { [
        ("How we are doing", \.howWeAreDoing), ("More of", \.moreOf), ("Less of", \.lessOf),
        ("Intention", \.intention), ("Private reflection", \.reflection), ("Notes", \.notes),
    ] }
    static let words = ["", "Closer", "Tired", "Walks after dinner", "Phones in bed", "Cook on Thursday", "美咲の笑顔", "Two\nlines"]
    static let rituals = ["date-night", "sunday-walk", "no-phones", "tea"]

    // MARK: Check-ins

    static func randomCheckIn(_ random: inout SplitMix64) -> CheckIn {
        var checkIn = CheckIn(week: Fixtures.week, partner: "alex")
        for _ in 0..<6 { edit(&checkIn, &random) }
        return checkIn
    }

    static func edit(_ checkIn: inout CheckIn, _ random: inout SplitMix64) {
        switch Int.random(in: 0..<6, using: &random) {
        case 0:
            let type = types.randomElement(using: &random) ?? "emotional"
            let pick = Int.random(in: 0...6, using: &random)
            checkIn.ratings[type] = pick == 0 ? nil : pick == 6 ? .skipped : .score(pick)
        case 1:
            let section = sections.prefix(3).randomElement(using: &random)?.1 ?? \.notes
            checkIn[keyPath: section] = words.randomElement(using: &random) ?? ""
        case 2:
            let word = "Thanks for " + (words.dropFirst().randomElement(using: &random) ?? "")
            if !checkIn.appreciations.contains(word) { checkIn.appreciations.append(word) }
        case 3:
            if !checkIn.appreciations.isEmpty { checkIn.appreciations.remove(at: Int.random(in: 0..<checkIn.appreciations.count, using: &random)) }
        case 4:
            checkIn.deviceFreeMinutes = Bool.random(using: &random) ? nil : Int.random(in: 0...300, using: &random)
        default:
            let ritual = rituals.randomElement(using: &random) ?? "tea"
            checkIn.rituals.removeAll { $0.ritual == ritual }
            if Int.random(in: 0..<3, using: &random) > 0 {
                checkIn.rituals.append(RitualMark(ritual: ritual, status: Bool.random(using: &random) ? .kept : .skipped))
            }
        }
    }

    /// Every field of a check-in the edits touch, as text (nil: absent).
    static func fields(_ checkIn: CheckIn) -> [Field: String] {
        var fields: [Field: String] = [:]
        for (type, rating) in checkIn.ratings { fields[Field(record: "check-in", field: "ratings." + type)] = rating.value.map(String.init) ?? "skipped" }
        for (heading, keyPath) in sections { fields[Field(record: "check-in", field: heading)] = checkIn[keyPath: keyPath] }
        if let minutes = checkIn.deviceFreeMinutes { fields[Field(record: "check-in", field: "device_free_minutes")] = String(minutes) }
        for word in checkIn.appreciations { fields[Field(record: "appreciation:" + word, field: "(record)")] = "present" }
        for mark in checkIn.rituals {
            fields[Field(record: "mark:" + mark.ritual, field: "(record)")] = "present"
            fields[Field(record: "mark:" + mark.ritual, field: "status")] = mark.status.rawValue
        }
        return fields
    }

    @Test(arguments: 0..<4)
    func checkInsEditedOnTwoMachines(batch: Int) throws {
        // 4 batches of 60: 240 random cases.
        var random = SplitMix64(seed: UInt64(batch) &* 0x9E37_79B9 &+ 17)
        var seen = Seen()
        for _ in 0..<60 {
            let base = Self.randomCheckIn(&random)
            var ours = base, theirs = base
            for _ in 0..<Int.random(in: 0...5, using: &random) { Self.edit(&ours, &random) }
            for _ in 0..<Int.random(in: 0...5, using: &random) { Self.edit(&theirs, &random) }
            let found = try Self.check(path: Self.checkInPath, base: CheckInFile.encode(base), ours: CheckInFile.encode(ours),
                                       theirs: CheckInFile.encode(theirs), fields: { Self.fields(try MergeFixtures.checkIn($0)) })
            seen.oneSided += found.oneSided
            seen.twoWays += found.twoWays
        }
        #expect(seen.oneSided > 60 && seen.twoWays > 2, "one-sided \(seen.oneSided), two ways \(seen.twoWays)")
    }

    // MARK: Rituals

    static let names = ["Date night", "Sunday walk", "Tea", "No phones"]
    static let cadences: [Cadence] = [.daily, .weekly(on: .friday), .weekly(on: .sunday), .everyWeeks(2, on: .saturday)]

    static func randomRitual(_ id: String, _ random: inout SplitMix64) -> Ritual {
        Ritual(id: id, name: names.randomElement(using: &random) ?? "Tea", cadence: cadences.randomElement(using: &random) ?? .daily,
               status: Ritual.Status.allCases.randomElement(using: &random) ?? .active)
    }

    static func edit(_ rituals: inout [Ritual], _ random: inout SplitMix64) {
        let id = Self.rituals.randomElement(using: &random) ?? "tea"
        guard let index = rituals.firstIndex(where: { $0.id == id }) else {
            rituals.insert(randomRitual(id, &random), at: Int.random(in: 0...rituals.count, using: &random))
            return
        }
        switch Int.random(in: 0..<4, using: &random) {
        case 0: rituals[index].name = names.randomElement(using: &random) ?? "Tea"
        case 1: rituals[index].cadence = cadences.randomElement(using: &random) ?? .daily
        case 2: rituals[index].status = Ritual.Status.allCases.randomElement(using: &random) ?? .active
        default: rituals.remove(at: index)
        }
    }

    static func fields(_ rituals: [Ritual]) -> [Field: String] {
        var fields: [Field: String] = [:]
        for ritual in rituals {
            let record = "ritual:" + ritual.id
            fields[Field(record: record, field: "(record)")] = "present"
            fields[Field(record: record, field: "name")] = ritual.name
            fields[Field(record: record, field: "cadence")] = ritual.cadence.description
            fields[Field(record: record, field: "status")] = ritual.status.rawValue
        }
        return fields
    }

    @Test(arguments: 0..<4)
    func ritualsEditedOnTwoMachines(batch: Int) throws {
        var random = SplitMix64(seed: UInt64(batch) &* 0x51_7CC1 &+ 3)
        var seen = Seen()
        for _ in 0..<60 {
            var base: [Ritual] = []
            for _ in 0..<3 { Self.edit(&base, &random) }
            var ours = base, theirs = base
            for _ in 0..<Int.random(in: 0...4, using: &random) { Self.edit(&ours, &random) }
            for _ in 0..<Int.random(in: 0...4, using: &random) { Self.edit(&theirs, &random) }
            let found = try Self.check(path: "rituals.md", base: MergeFixtures.rituals(base), ours: MergeFixtures.rituals(ours),
                                       theirs: MergeFixtures.rituals(theirs), fields: { Self.fields(try MergeFixtures.rituals($0)) })
            seen.oneSided += found.oneSided
            seen.twoWays += found.twoWays
        }
        #expect(seen.oneSided > 60 && seen.twoWays > 2, "one-sided \(seen.oneSided), two ways \(seen.twoWays)")
    }

    // MARK: The properties

    /// How many fields a batch saw changed on one side only, and changed two ways: both must be common, or the
    /// properties would hold of nothing.
    struct Seen {
        var oneSided = 0
        var twoWays = 0
    }

    @discardableResult
    static func check(path: String, base: [UInt8], ours: [UInt8], theirs: [UInt8], fields: ([UInt8]) throws -> [Field: String]) throws -> Seen {
        var seen = Seen()
        let result = MergeFixtures.merge(path, base, ours, theirs)
        #expect(result.unmerged == nil)
        #expect(MergeFixtures.merge(path, base, ours, ours).merged == ours)
        let (b, o, t, m) = (try fields(base), try fields(ours), try fields(theirs), try fields(result.merged))
        let conflicts = Dictionary(result.conflicts.map { (Field(record: $0.record, field: $0.field), $0) }, uniquingKeysWith: { a, _ in a })
        let recordConflicts = Set(result.conflicts.filter { $0.field == "(record)" }.map(\.record))
        for key in Set(b.keys).union(o.keys).union(t.keys).union(m.keys) {
            let (bv, ov, tv, mv) = (b[key], o[key], t[key], m[key])
            // A record edited on one side and removed on the other is one conflict for the whole record.
            if recordConflicts.contains(key.record) {
                #expect(mv == ov ?? tv, "\(path) \(key): an edit beats a removal")
                continue
            }
            if ov != tv, ov == bv || tv == bv { seen.oneSided += 1 }
            if ov == bv {
                #expect(mv == tv, "\(path) \(key): their one-sided edit is in the merge")
            } else if tv == bv || ov == tv {
                #expect(mv == ov, "\(path) \(key): our one-sided (or shared) edit is in the merge")
            } else {
                seen.twoWays += 1
                let conflict = conflicts[key]
                #expect(conflict != nil, "\(path) \(key): changed two ways (\(ov ?? "~") / \(tv ?? "~")) but not reported")
                if let conflict {
                    #expect(Set([conflict.kept, conflict.other]) == Set([ov, tv]))
                    #expect(mv == conflict.kept)
                }
            }
        }
        #expect(try MergeFixtures.doctor(result.merged, path: path).count == result.conflicts.count)
        #expect(try JournalMerge.conflicts(in: result.merged, relativePath: path) == result.conflicts)
        // Swapping the sides swaps only the labels: same conflicts, same values where nothing conflicts.
        let swapped = MergeFixtures.merge(path, base, theirs, ours)
        let relabelled = swapped.conflicts.map { conflict in
            var conflict = conflict
            if conflict.field != "(record)", conflict.kept != nil, conflict.other != nil { swap(&conflict.kept, &conflict.other) }
            return conflict
        }
        #expect(Set(relabelled) == Set(result.conflicts))
        let swappedFields = try fields(swapped.merged)
        for key in Set(m.keys).union(swappedFields.keys) where conflicts[key] == nil {
            #expect(m[key] == swappedFields[key], "\(path) \(key): the same either way round")
        }
        // Settling every conflict for the other side leaves a clean file that reads.
        var settled = result.merged
        for conflict in result.conflicts { settled = try JournalMerge.resolve(conflict, keeping: .other, in: settled, relativePath: path) }
        #expect(try JournalMerge.conflicts(in: settled, relativePath: path).isEmpty)
        #expect(try MergeFixtures.doctor(settled, path: path).isEmpty)
        return seen
    }
}
