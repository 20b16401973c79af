import Foundation
import HearthDomain
import Testing
@testable import HearthStore

/// Values and folders the store tests share.
enum Fixtures {
    /// The id of a process that has ended (a child that already exited): its temporaries are stale.
    static func endedProcessID() throws -> Int32 {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        return child.processIdentifier
    }

    static let week = Week(year: 2026, number: 47)!

    static let profile = Profile(
        partners: [
            Partner(id: "alex", name: "Alex", primaryLanguage: .words, secondaryLanguage: .time),
            Partner(id: "sam", name: "Sam \"Sunny\" Okafor", primaryLanguage: .touch),
            Partner(id: "mi", name: "美咲"),
        ],
        extraTypes: [IntimacyType(id: "sexual", name: "Sexual", summary: "Desire and sex, if you both want it.")])

    static let rituals = [
        Ritual(id: "date-night", name: "Date night", cadence: .weekly(on: .friday), feeds: ["emotional", "experiential"],
               since: Week(year: 2026, number: 40)),
        Ritual(id: "sunday-walk", name: "Sunday walk", cadence: .everyWeeks(2, on: .sunday), status: .paused),
        Ritual(id: "no-phones", name: "No phones at dinner", cadence: .daily),
    ]

    /// A check-in using every field and the awkward characters a writer must escape.
    static let fullCheckIn = CheckIn(
        week: week, partner: "alex",
        ratings: ["emotional": .score(4), "physical": .skipped, "intellectual": .score(3), "spiritual": .score(1),
                  "experiential": .score(5), "sexual": .score(2)],
        appreciations: ["You made coffee every morning.", "The talk on Sunday:\nit meant a lot.", "- a dash, \"quotes\" and # hash"],
        howWeAreDoing: "Good, mostly.\n\n## not a heading\nStill good.",
        moreOf: "Walks: long ones # really",
        lessOf: "Phones at dinner",
        warningSigns: [.lessAffection, .aloneTogether],
        rituals: [RitualMark(ritual: "date-night", status: .kept),
                  RitualMark(ritual: "sunday-walk", status: .skipped, reason: "Rain: \"heavy\" \\ cold")],
        deviceFreeMinutes: 140,
        moments: [Moment(date: CivilDate(year: 2026, month: 11, day: 18), from: "alex", to: "sam", language: .service,
                         text: "Fixed the bike\tbefore work", landed: "Sam said: \"thank you\""),
                  Moment(from: "sam", to: "alex", language: .time, text: "Line one\nline two, ünïcödé 🎉")],
        lastIntentionReview: .partly,
        intention: "Cook together on Thursday",
        reflection: "Did I let you see the real me? Not always.",
        notes: "yes\nno\nnull\n~",
        answers: ["money-talk": "We agreed on a budget.", "on": "a key YAML 1.1 reads as true"])

    /// A fresh empty folder inside the running test's scratch folder, removed with it when the test ends.
    static func temporaryFolder() -> String {
        guard let scratch = ScratchFolders.current else {
            Issue.record("a store test made a folder outside a suite marked .scratchFolders: it would never be removed")
            return ScratchFolders.base + "/unremoved-" + ScratchFolders.shortName()
        }
        let path = scratch + "/" + ScratchFolders.shortName()
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A store with the fixture profile and rituals, in a new folder.
    static func initializedStore(fileSystem: any FileSystem = RealFileSystem()) throws -> Store {
        let store = Store(root: temporaryFolder() + "/journal", fileSystem: fileSystem)
        try store.initialize(profile: profile, agenda: .standard, rituals: rituals)
        return store
    }

    static func write(_ text: String, to relativePath: String, in store: Store) throws {
        try write(Array(text.utf8), to: relativePath, in: store)
    }

    static func write(_ bytes: [UInt8], to relativePath: String, in store: Store) throws {
        let path = store.root + "/" + relativePath
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    static func read(_ relativePath: String, in store: Store) throws -> String {
        try String(contentsOfFile: store.root + "/" + relativePath, encoding: .utf8)
    }
}
