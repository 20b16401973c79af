import Foundation
import HearthDomain
@testable import HearthStore

/// A small seeded generator (SplitMix64): the same seed gives the same sequence on every machine.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Changes a journal folder the ways a couple's devices do: saves by Hearth, hand edits, files arriving by
/// sync with old times, deletions, renames, replaced inodes, clocks set back, and a damaged index.
struct JournalChanges {
    let store: Store
    var random: SeededGenerator
    let weeks = (40...47).compactMap { Week(year: 2026, number: $0) } + [Week(year: 2025, number: 52)!]
    let partners = ["alex", "sam", "mi"]
    let words = ["walk", "tea", "rain", "cafe", "hug", "plan", "song", "bread", "late", "quiet", "ünï", "🎉"]

    /// Week files in the folder now, relative paths.
    func weekFiles() -> [String] {
        var paths: [String] = []
        for folder in ["checkins", "moments"] {
            let top = store.root + "/" + folder
            for year in ((try? FileManager.default.contentsOfDirectory(atPath: top)) ?? []).sorted() {
                for name in ((try? FileManager.default.contentsOfDirectory(atPath: top + "/" + year)) ?? []).sorted()
                    where !name.hasPrefix(".") {
                    paths.append(folder + "/" + year + "/" + name)
                }
            }
        }
        return paths
    }

    mutating func text() -> String {
        (0..<Int.random(in: 0...6, using: &random)).map { _ in words.randomElement(using: &random) ?? "" }.joined(separator: " ")
    }

    mutating func checkIn(week: Week, partner: String) -> CheckIn {
        var ratings: [String: Rating] = [:]
        for type in ["emotional", "physical", "intellectual", "sexual"] where Bool.random(using: &random) {
            ratings[type] = Int.random(in: 0...5, using: &random) == 0 ? .skipped : .score(Int.random(in: 1...5, using: &random))
        }
        var checkIn = CheckIn(week: week, partner: partner, ratings: ratings, howWeAreDoing: text(), moreOf: text(), lessOf: text(),
                              intention: text(), reflection: text(), notes: text())
        if Bool.random(using: &random) { checkIn.appreciations = [text(), text()].filter { !$0.isEmpty } }
        if Bool.random(using: &random) { checkIn.warningSigns = [.lessAffection] }
        if Bool.random(using: &random) {
            checkIn.rituals = [RitualMark(ritual: "date-night", status: .skipped, reason: text())]
        }
        if Bool.random(using: &random) { checkIn.deviceFreeMinutes = Int.random(in: 0...600, using: &random) }
        if Bool.random(using: &random) {
            let other = partners.filter { $0 != partner }.randomElement(using: &random) ?? "sam"
            checkIn.moments = [Moment(date: week.monday, from: partner, to: other, language: .time, text: text() + ".", landed: text())]
        }
        if Bool.random(using: &random) { checkIn.answers = ["money-talk": text()] }
        if Bool.random(using: &random) { checkIn.lastIntentionReview = .done }
        return checkIn
    }

    /// One random change; its name, for a failure's message.
    mutating func step() throws -> String {
        let files = weekFiles()
        let pick = files.isEmpty ? 0 : Int.random(in: 0..<files.count, using: &random)
        let existing = files.isEmpty ? nil : files[pick]
        switch Int.random(in: 0..<14, using: &random) {
        case 0, 1:
            let week = weeks.randomElement(using: &random) ?? weeks[0]
            let partner = partners.randomElement(using: &random) ?? "alex"
            let value = checkIn(week: week, partner: partner)
            let expected = store.load(week: week, partner: partner).revision(ofPath: Store.path(of: week, partner: partner))
            _ = try? store.save(value, profile: Fixtures.profile, expected: expected)
            return "save \(week) \(partner)"
        case 2:
            let week = weeks.randomElement(using: &random) ?? weeks[0]
            let partner = partners.randomElement(using: &random) ?? "alex"
            let other = partners.filter { $0 != partner }.randomElement(using: &random) ?? "sam"
            let moments = [Moment(date: week.monday.adding(days: 2), from: partner, to: other, language: .gifts, text: text() + "!")]
            let expected = store.load().revision(ofPath: Store.momentsPath(of: week, partner: partner))
            _ = try? store.saveMoments(moments, week: week, partner: partner, profile: Fixtures.profile, expected: expected)
            return "moments \(week) \(partner)"
        case 3, 4:
            guard let existing else { return "nothing to edit" }
            try handEdit(existing)
            return "hand edit, same size and times: \(existing)"
        case 5:
            let week = weeks.randomElement(using: &random) ?? weeks[0]
            let partner = partners.randomElement(using: &random) ?? "alex"
            let path = Store.path(of: week, partner: partner)
            try Fixtures.write(CheckInFile.encode(checkIn(week: week, partner: partner)), to: path, in: store)
            try Self.setModified(store.root + "/" + path, seconds: 1_600_000_000 + Int.random(in: 0...1_000, using: &random))
            return "arrived by sync with an old time: \(path)"
        case 6:
            guard let existing else { return "nothing to delete" }
            try FileManager.default.removeItem(atPath: store.root + "/" + existing)
            return "deleted \(existing)"
        case 7:
            guard let existing else { return "nothing to rename" }
            let folder = (existing as NSString).deletingLastPathComponent
            let partner = partners.randomElement(using: &random) ?? "alex"
            let week = weeks.filter { $0.year == 2026 }.randomElement(using: &random) ?? weeks[0]
            let name = Bool.random(using: &random) ? "\(week)-\(partner).md" : "\(week)-\(partner).md".lowercased()
            guard existing.contains("/2026/") else { return "not renamed" }
            try? FileManager.default.moveItem(atPath: store.root + "/" + existing, toPath: store.root + "/" + folder + "/" + name)
            return "renamed \(existing) to \(name)"
        case 8:
            guard let existing else { return "nothing to replace" }
            try replaceInode(existing)
            return "replaced by another inode, same size and mtime: \(existing)"
        case 9:
            guard let existing else { return "nothing to set back" }
            try Self.setModified(store.root + "/" + existing, seconds: 1_500_000_000)
            return "mtime set backwards: \(existing)"
        case 10:
            try damageIndex()
            return "index damaged"
        case 11:
            guard let existing else { return "nothing to break" }
            try Fixtures.write("---\nweek: [\n" + text(), to: existing, in: store)
            return "broken file: \(existing)"
        case 12:
            let rituals = Bool.random(using: &random) ? Fixtures.rituals : Array(Fixtures.rituals.dropFirst())
            _ = try? store.saveRituals(rituals, expected: store.load().revision(ofPath: "rituals.md"))
            return "rituals saved (\(rituals.count))"
        default:
            // Time passes beyond the racy margin, so that what the index holds is trusted by its stat data.
            usleep(40_000)
            return "time passes"
        }
    }

    /// One letter of the file changed to another, size and modification time kept.
    mutating func handEdit(_ path: String) throws {
        let full = store.root + "/" + path
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: full)))
        let times = try Self.modified(full)
        let letters = bytes.indices.filter { bytes[$0] >= 0x61 && bytes[$0] <= 0x7A }
        guard let at = letters.last(where: { _ in Bool.random(using: &random) }) ?? letters.last else { return }
        bytes[at] = bytes[at] == 0x7A ? 0x61 : bytes[at] + 1
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: full))
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
        try Self.setModified(full, times)
    }

    /// A new file with one letter changed, given the old one's modification time, renamed over it.
    mutating func replaceInode(_ path: String) throws {
        let full = store.root + "/" + path
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: full)))
        let times = try Self.modified(full)
        if let at = bytes.lastIndex(where: { $0 >= 0x61 && $0 <= 0x79 }) { bytes[at] += 1 }
        let temporary = full + ".new"
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        try Self.setModified(temporary, times)
        _ = rename(temporary, full)
    }

    /// A file of the index (a sealed journal's head or prose file) cut short, a byte flipped, or a future version.
    mutating func damageIndex() throws {
        let folder = store.root + "/.hearth"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix("index") }.sorted()
        guard let name = names.randomElement(using: &random) else { return }
        let path = folder + "/" + name
        guard var bytes = try? Array(Data(contentsOf: URL(fileURLWithPath: path))), !bytes.isEmpty else { return }
        switch Int.random(in: 0..<3, using: &random) {
        case 0: bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
        case 1:
            let at = Int.random(in: 0..<bytes.count, using: &random)
            bytes[at] ^= 0x20
        default: if bytes.count > 9 { bytes[8] = 99 }
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func modified(_ path: String) throws -> timespec {
        var info = stat()
        guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return info.st_mtim
    }

    static func setModified(_ path: String, seconds: Int) throws {
        try setModified(path, timespec(tv_sec: seconds, tv_nsec: 0))
    }

    static func setModified(_ path: String, _ time: timespec) throws {
        let times = [time, time]
        guard utimensat(AT_FDCWD, path, times, 0) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
