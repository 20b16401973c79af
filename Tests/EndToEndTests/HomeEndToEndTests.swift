import Foundation
import Testing

/// The home screen over real journals on disk: the demo, a journal set up through the UI, and the demo
/// opened from the first-run screen.
@Suite(.enabled(if: TmuxSession.tmux != nil, "tmux is not installed"), .endToEnd)
struct HomeEndToEndTests {
    /// A 2-year demo journal written by `hearth demo`, ending in the week of 2026-11-18.
    static func demoFolder() throws -> HearthCLI {
        var cli = try HearthCLI()
        cli.today = "2026-11-18"
        let result = try cli.run(["demo", "--years", "2"])
        guard result.status == 0 else { throw HearthCLI.Failure("hearth demo failed: \(result.stderr)") }
        return cli
    }

    @Test func opensOnTheDemoJournalWithHelpAndAlignedNames() throws {
        let cli = try Self.demoFolder()
        defer { cli.cleanUp() }
        let session = try TmuxSession(arguments: ["--dir", cli.journal.path])
        // Down to the key line: the rows measured below are drawn after the "Latest ratings" heading.
        let screen = try session.waitFor("Latest ratings", "c check in  q quit")
        #expect(screen.contains("Hearth · Zoë & 美咲"))
        #expect(screen.contains("2026-W47 · 16–22 Nov 2026"))
        // The names head the score columns: each starts in the column its scores start in.
        let lines = screen.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.contains("Zoë") && $0.contains("美咲") && !$0.contains("Hearth") })
        let emotional = try #require(lines.first { $0.contains("Emotional") })
        let physical = try #require(lines.first { $0.contains("Physical") })
        let scoreColumns = Self.columns(of: emotional, where: { $0.isNumber })
        #expect(Array(Self.columns(of: header, where: { $0 == "Z" || $0 == "美" }).suffix(2)) == scoreColumns)
        // The Emotional row has 美咲 (two columns per character) to its left, the Physical row does not.
        #expect(emotional.contains("美咲") && !physical.contains("美咲"))
        #expect(Self.columns(of: physical, where: { $0.isNumber }) == scoreColumns)
        try session.press("?")
        try session.waitFor("Keys: Home", "Esc closes help")
        #expect(session.lastScreen.contains("Quit Hearth"))
        try session.press("Escape")
        try session.waitUntil("help to close") { !$0.contains("Keys: Home") }
        try session.press("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        #expect(exit.cooked)
    }

    @Test func resizingTheHomeScreenSmallAndBack() throws {
        let cli = try Self.demoFolder()
        defer { cli.cleanUp() }
        let session = try TmuxSession(arguments: ["--dir", cli.journal.path])
        // The whole first frame, down to its key line: the screen after resizing back is compared with it.
        let before = try session.waitFor("Rituals due this week", "c check in  q quit")
        try session.resize(width: 30, height: 8)
        // tmux cuts the old frame down to 30x8 before hearth redraws, keeping 8 adjacent rows of it: never both
        // "This week" (row 3) and the key line (row 24), so the two together are hearth's own small frame.
        let small = try session.waitUntil("the 30-column home") {
            $0.contains("This week") && $0.contains("c check in  q quit") && !$0.contains("Latest ratings")
        }
        for line in small.split(separator: "\n") { #expect(Self.width(line) <= 30, "\(line)") }
        try session.resize(width: 80, height: 24)
        // Back at 80x24 the screen is exactly what it was: no leftovers from the small layout.
        let again = try session.waitUntil("the same screen as before") { $0 == before }
        #expect(again.contains("Hearth · Zoë & 美咲"))
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }

    @Test func setupThroughTheUIWritesTheProfileAndItIsThereNextTime() throws {
        let first = try TmuxSession()
        try first.waitFor("Welcome to Hearth")
        try first.press("s")
        try first.waitFor("Set up Hearth")
        try first.type("Zoë")
        try first.press("Tab", "Right", "Tab")
        try first.type("美咲")
        try first.press("Enter", "Enter")
        try first.waitFor("Hearth · Zoë & 美咲")
        let profile = first.home.appendingPathComponent(".local/share/hearth/profile.md")
        let text = try String(contentsOf: profile, encoding: .utf8)
        #expect(text.contains("Zoë"))
        #expect(text.contains("美咲"))
        #expect(text.contains("words"))
        // The same first ritual as `hearth init` (setup made none).
        let rituals = try String(contentsOf: first.home.appendingPathComponent(".local/share/hearth/rituals.md"), encoding: .utf8)
        #expect(rituals.contains("Weekly check-in"))
        try first.waitFor("Weekly check-in · weekly on Sunday")
        try first.press("q")
        #expect(try first.waitForExit().status == 0)
        // A second start on the same folder goes straight to home.
        let second = try TmuxSession(environment: ["XDG_DATA_HOME": first.home.appendingPathComponent(".local/share").path])
        try second.waitFor("Hearth · Zoë & 美咲")
        try second.press("q")
        #expect(try second.waitForExit().status == 0)
    }

    @Test func theFirstRunScreenOpensADemoInATemporaryFolder() throws {
        // Wide enough for home's key hints and the whole temporary path beside them.
        let session = try TmuxSession(width: 100)
        try session.waitFor("Welcome to Hearth")
        try session.press("d")
        // The demo's folder is on the key line, the frame's last.
        let screen = try session.waitFor("Latest ratings", "demo journal in ")
        #expect(screen.contains("Hearth · Zoë & 美咲"))
        #expect(screen.contains("demo journal in \(session.home.path)/hearth-demo-"))
        // Nothing was written to the couple's own folder.
        let own = session.home.appendingPathComponent(".local/share/hearth/profile.md")
        #expect(!FileManager.default.fileExists(atPath: own.path))
        #expect(Self.demoFolders(in: session.home).count == 1)
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
        // Only looked at: the temporary folder goes with the UI.
        #expect(Self.demoFolders(in: session.home).isEmpty)
    }

    @Test func aDemoSomethingWasSavedInStaysAndSaysWhere() throws {
        let session = try TmuxSession(width: 100)
        try session.waitFor("Welcome to Hearth")
        try session.press("d")
        try session.waitFor("Latest ratings", "demo journal in ")
        try session.press("r")
        try session.waitFor("Rituals · 2026-W47")
        try session.press("Space")
        try session.waitFor("Mark Weekly check-in kept for Zoë in 2026-W47?")
        try session.press("y")
        try session.waitFor("Weekly check-in: kept by Zoë in 2026-W47")
        try session.press("Escape")
        try session.waitFor("Latest ratings")
        try session.press("q")
        let exit = try session.waitForExit()
        #expect(exit.status == 0)
        let folders = Self.demoFolders(in: session.home)
        #expect(folders.count == 1)
        #expect(exit.screen.contains("hearth: the demo journal you saved in stays in \(session.home.path)/hearth-demo-"))
    }

    /// The demo folders hearth made in a session's temporary folder.
    static func demoFolders(in folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("hearth-demo-") }
    }

    /// Terminal columns at which characters matching `predicate` start a run.
    static func columns(of line: String, where predicate: (Character) -> Bool) -> [Int] {
        var result: [Int] = [], column = 0, previous = false
        for character in line {
            let matches = predicate(character)
            if matches && !previous { result.append(column) }
            previous = matches
            column += width(String(character))
        }
        return result
    }

    /// Columns of text as a terminal draws it, measured independently of HearthUI: CJK, Hangul and
    /// fullwidth forms are two wide, combining marks none, everything on these screens else one.
    static func width(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0x9FFF, 0xAC00...0xD7A3, 0xFF00...0xFF60: total + 2
            default: scalar.properties.generalCategory == .nonspacingMark ? total : total + 1
            }
        }
    }
}
