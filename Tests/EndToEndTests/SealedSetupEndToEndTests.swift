import Foundation
import Testing

/// The first-run setup screen starting an encrypted journal in a real terminal: the keys it makes are the
/// ones `hearth init --encrypt` makes (the real `age` opens the profile with an exported key), and the next
/// start is the locked screen, which refuses a wrong passphrase.
@Suite(.enabled(if: TmuxSession.tmux != nil && SealedJournal.hasAge, "tmux or age is not installed"), .endToEnd)
struct SealedSetupEndToEndTests {
    static let passphrases = ["zoe": "correct horse battery staple", "partner-2": "桜の下で 2026"]

    @Test func setupStartsAnEncryptedJournalThatAgeOpensAndTheLockedScreenGuards() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let setup = try SealedDemoEndToEndTests.session(cli, environment: SealedJournal.weakKeys)
        try setup.waitFor("Welcome to Hearth")
        try setup.press("s")
        try setup.waitFor("Set up Hearth")
        try setup.type("Zoë")
        try setup.press("Tab", "Tab")
        try setup.type("美咲")
        try setup.press("Tab", "Tab", "Right")
        try setup.waitFor("‹ yes, a passphrase each ›", "美咲's passphrase")
        for partner in ["zoe", "partner-2"] {
            for _ in 0..<2 {
                try setup.press("Tab")
                try setup.type(Self.passphrases[partner] ?? "")
            }
        }
        // Down to 美咲's second field: each passphrase twice, one bullet a character (28 and 9 of them).
        let typed = try setup.waitUntil("every passphrase typed") { screen in
            let rows = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            return rows.filter { $0.hasSuffix(" " + String(repeating: "•", count: 28)) }.count == 2
                && rows.filter { $0.hasSuffix(" " + String(repeating: "•", count: 9)) }.count == 2
        }
        #expect(!typed.contains("battery") && !typed.contains("桜"), "the passphrases show as bullets only")
        try setup.press("Enter")
        try setup.waitFor("Encrypted · unlocked: Zoë and 美咲", "Hearth · Zoë & 美咲", timeout: 30)
        try setup.press("q")
        #expect(try setup.waitForExit().status == 0)

        // Encrypted from its first file, with the names in the public keys' comments for the locked screen.
        #expect(cli.exists("profile.md.age") && !cli.exists("profile.md"))
        #expect(cli.exists("keys/zoe.age") && cli.exists("keys/partner-2.age"))
        #expect(try cli.file("keys/zoe.pub").hasPrefix("# Hearth: public key of Zoë (partner zoe, age recipient)\nage1"))
        let file = cli.sandbox.appendingPathComponent("zoe.pass")
        try Data((Self.passphrases["zoe"] ?? "").utf8).write(to: file)
        let exported = try cli.run(["key", "export", "--partner", "zoe", "--passphrase-file", "zoe=\(file.path)"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let key = cli.sandbox.appendingPathComponent("zoe.key")
        try Data(exported.stdout.utf8).write(to: key)
        let opened = try SealedJournal.age(["-d", "-i", key.path, cli.journal.appendingPathComponent("profile.md.age").path])
        #expect(opened.status == 0, "\(opened.stderr)")
        let profile = String(decoding: opened.stdout, as: UTF8.self)
        #expect(profile.contains("Zoë") && profile.contains("美咲"), "\(profile)")

        // The next start is locked: a wrong passphrase is refused, 美咲's opens it.
        let before = try SealedJournal(existing: cli).snapshot()
        let locked = try SealedDemoEndToEndTests.session(cli)
        try locked.waitFor("Hearth is locked", "It belongs to 美咲 and Zoë.")
        try locked.type("not the passphrase")
        try locked.press("Enter")
        let refused = try locked.waitFor("Wrong passphrase: it opens no partner's key (美咲, Zoë); try again", timeout: 30)
        #expect(refused.contains("Hearth is locked") && !refused.contains("Latest ratings"))
        #expect(try SealedJournal(existing: cli).snapshot() == before, "a refused passphrase changes no file")
        try locked.type(Self.passphrases["partner-2"] ?? "")
        try locked.press("Enter")
        try locked.waitFor("Encrypted · unlocked: 美咲 · u unlocks Zoë too", timeout: 30)
        try locked.press("q")
        #expect(try locked.waitForExit().status == 0)
    }

    @Test func aDraftKeptInAnEncryptedJournalIsOfferedOnceTheLockedScreenOpensIt() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let first = try SealedDemoEndToEndTests.session(sealed.cli, ["checkin", "--partner", "zoe"] + sealed.unlocking("zoe"))
        try first.waitFor("Check-in · Zoë")
        try first.press("Tab", "Tab")
        try first.waitFor("Appreciations, one per line")
        try first.type("Soup when I was ill")
        try first.press("C-x")
        try first.waitFor("kept as a draft")
        try first.press("q")
        #expect(try first.waitForExit().status == 0)

        let locked = try SealedDemoEndToEndTests.session(sealed.cli)
        try locked.waitFor("Hearth is locked")
        try locked.type(SealedJournal.passphrases["zoe"] ?? "")
        try locked.press("Enter")
        try locked.waitFor("An unfinished check-in is waiting", "Zoë · 2026-W48 · step 3 · 1 answer", timeout: 30)
        try locked.press("Escape")
        try locked.waitFor("Encrypted · unlocked: Zoë · u unlocks 美咲 too")
        try locked.press("q")
        #expect(try locked.waitForExit().status == 0)
    }

    @Test func aKeyGivenOnTheCommandLineShowsOnHomeAndUUnlocksTheOther() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let session = try SealedDemoEndToEndTests.session(sealed.cli, ["checkin"] + sealed.unlocking("zoe"))
        try session.waitFor("Who is checking in?")
        try session.press("Escape")
        try session.waitFor("Encrypted · unlocked: Zoë · u unlocks 美咲 too")
        try session.press("u")
        try session.waitFor("Unlock another partner", "Type 美咲's passphrase")
        try session.type(SealedJournal.passphrases["partner-2"] ?? "")
        try session.press("Enter")
        try session.waitFor("Unlocked 美咲 too, until you quit.", "Encrypted · unlocked: Zoë and 美咲", timeout: 30)
        try session.press("q")
        #expect(try session.waitForExit().status == 0)
    }
}
