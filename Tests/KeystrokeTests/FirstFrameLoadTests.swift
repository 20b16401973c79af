import Foundation
@testable import hearth
import HearthDomain
import HearthStore
import HearthUI
import Testing

/// The UI's start draws home from a quick read (`loadForHome`: no prose, except this week's and last week's
/// check-ins) and reads the whole journal right after that frame: the first frame must be the one the whole
/// journal draws, and keys must act on the whole journal.
@Suite("First frame from a quick read")
struct FirstFrameLoadTests {
    static let today = KeystrokeFuzzTests.today
    static let week = Week(containing: today)

    /// A demo ending last week, an old check-in whose only trace of "zanzibar" is an appreciation (prose), and
    /// this week a rated check-in and one of words alone (whether that one counts as checked in depends on its
    /// prose).
    static func journalFolder(_ name: String) throws -> (folder: String, access: StoreAccess) {
        let folder = try FuzzFolders.make(name)
        let demo = DemoJournal.make(weeks: 30, endingAt: week.previous, seed: 1)
        try Store(root: folder).importJournal(demo)
        let access = StoreAccess(store: Store(root: folder))
        let partners = demo.profile.partners.map(\.id)
        var old = CheckIn(week: Week(year: 2020, number: 10) ?? week, partner: partners[0])
        old.appreciations = ["The picnic at the zanzibar cafe."]
        old.ratings = ["emotional": .score(3)]
        _ = try access.save(old, profile: demo.profile)
        // This week one partner rated (checked in without its words) and the other wrote words alone.
        var rated = CheckIn(week: week, partner: partners[0])
        rated.ratings = ["emotional": .score(5)]
        rated.intention = "Call Grandma together."
        _ = try access.save(rated, profile: demo.profile)
        var wordsOnly = CheckIn(week: week, partner: partners[1])
        wordsOnly.howWeAreDoing = "Busy week, but close."
        _ = try access.save(wordsOnly, profile: demo.profile)
        return (folder, access)
    }

    static func state(_ journal: Journal?, problems: [String], conflicts: JournalConflicts, folder: String) -> AppState {
        var state = AppState(today: today, journal: journal, folder: folder, problems: problems)
        state.conflicts = conflicts
        return state
    }

    @Test func homeFromTheQuickReadIsHomeFromTheWholeJournal() throws {
        let (folder, access) = try Self.journalFolder("first-frame-home")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let home = try #require(access.loadForHome(week: Self.week))
        let whole = access.load()
        let journal = try #require(whole.journal)
        // The quick read did leave words out (the old appreciation), and kept every check-in.
        #expect(home.journal.checkIns.count == journal.checkIns.count)
        #expect(!home.journal.checkIns.contains { $0.appreciations.contains { $0.contains("zanzibar") } })
        #expect(journal.checkIns.contains { $0.appreciations.contains { $0.contains("zanzibar") } })
        // Last week's intentions and this week's words-only check-in are read in full.
        #expect(journal.checkIns.contains { $0.week == Self.week.previous && !$0.intention.isEmpty })
        let quick = Self.state(home.journal, problems: home.problems, conflicts: home.conflicts, folder: folder)
        let full = Self.state(journal, problems: whole.problems, conflicts: access.conflicts(), folder: folder)
        for size in [Size(width: 200, height: 60), Size(width: 80, height: 24), Size(width: 60, height: 16)] {
            #expect(quick.render(size: size).lines == full.render(size: size).lines)
        }
        let home200 = full.render(size: Size(width: 200, height: 60)).lines.joined()
        #expect(home200.components(separatedBy: "has checked in").count == 3, "\(home200)")
    }

    @Test func keysTypedAtTheFirstFrameActOnTheWholeJournal() throws {
        let (folder, access) = try Self.journalFolder("first-frame-keys")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let home = try #require(access.loadForHome(week: Self.week))
        let start = Self.state(home.journal, problems: home.problems, conflicts: home.conflicts, folder: folder)
        // Search for a word only an old check-in's prose holds: found only if the whole journal was read.
        let keys: [Event?] = [.key(.character("/"))] + "zanzibar".map { .key(.character($0)) }
        let terminal = BackgroundEffectTests.ScriptedTerminal(keys, last: .terminate(signal: 2))
        var performer = EffectPerformer(access: access, unlocker: nil, host: FuzzHost())
        #expect(UIRunner.loop(start, terminal: terminal, performer: &performer) { $1.loadInFull(on: &$0) } == 130)
        // The first frame, then the same home from the whole journal, before any key.
        #expect(terminal.frames.count >= 3)
        #expect(terminal.frames[0] == terminal.frames[1])
        #expect(terminal.frames[0].contains("Latest ratings"))
        #expect(terminal.frames.last?.contains("1 match") == true, "\(terminal.frames.last ?? "")")
    }
}
