import Foundation
import Testing

/// Issue 12's scenario at a real terminal: the demo journal encrypted, unlocked on the locked screen by Zoë, a
/// check-in with a private reflection (part of it written in $EDITOR), a search and the trends; then 美咲
/// unlocks and cannot show Zoë's reflection until Zoë's passphrase is typed too. Afterwards no file under the
/// journal, /tmp, $XDG_RUNTIME_DIR or /dev/shm holds the reflection's sentence.
@Suite(.enabled(if: TmuxSession.tmux != nil && SealedJournal.hasAge, "tmux or age is not installed"), .endToEnd)
struct SealedDemoEndToEndTests {
    /// A sentence no run has typed before: any file holding it was written by this run.
    static func plantedSentence() -> String {
        "The lighthouse keeper \(UUID().uuidString.prefix(13).lowercased()) hums at dusk"
    }

    /// Four weeks of the demo (Zoë `zoe`, 美咲 `misaki`) ending in 2026-W47, then `hearth encrypt` with a
    /// passphrase each (weak keys, for tests).
    static func sealedDemo() throws -> (cli: HearthCLI, passphrases: [String: String]) {
        let cli = try HearthCLI()
        let demo = try cli.run(["demo", "--dir", cli.journal.path, "--weeks", "4"], dir: false)
        guard demo.status == 0 else { throw HearthCLI.Failure("demo failed: \(demo.stderr)") }
        let passphrases = ["zoe": SealedJournal.passphrases["zoe"] ?? "", "misaki": SealedJournal.passphrases["partner-2"] ?? ""]
        var options: [String] = []
        for (partner, passphrase) in passphrases {
            let file = cli.sandbox.appendingPathComponent("\(partner).pass")
            try Data((passphrase + "\n").utf8).write(to: file)
            options += ["--passphrase-file", "\(partner)=\(file.path)"]
        }
        let sealed = try cli.run(["encrypt"] + options, environment: SealedJournal.weakKeys)
        guard sealed.status == 0 else { throw HearthCLI.Failure("encrypt failed: \(sealed.stderr)") }
        return (cli, passphrases)
    }

    /// The UI on the journal a week after the demo ends (2026-W48: nobody has checked in), stderr kept apart
    /// so nothing but the UI draws on the terminal.
    static func session(_ cli: HearthCLI, _ arguments: [String] = [], environment: [String: String] = [:]) throws -> TmuxSession {
        let log = cli.sandbox.appendingPathComponent("stderr.log").path
        return try TmuxSession(width: 100, height: 40, arguments: arguments + ["--dir", cli.journal.path], environment: environment,
                               today: "2026-11-25", launcher: ["sh", "-c", "exec \"$0\" \"$@\" 2>>\(TmuxSession.quote(log))"])
    }

    /// Types a passphrase on the locked screen and waits for home.
    static func unlock(_ session: TmuxSession, _ passphrase: String, expecting line: String) throws {
        try session.waitFor("Hearth is locked", "It belongs to 美咲 and Zoë.")
        try session.type(passphrase)
        try session.press("Enter")
        try session.waitFor(line, "Latest ratings", timeout: 30)
    }

    /// Every file under `folders` whose bytes hold `text`, as `grep -r` finds them (unreadable files passed over).
    static func filesHolding(_ text: String, under folders: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["grep", "-r", "-l", "-s", "-F", "-a", "-D", "skip", "--", text] + folders
        let found = try HearthCLI.capture(process)
        // 0: found, 1: not found, 2: some file could not be read (still a valid answer for the rest).
        guard [0, 1, 2].contains(found.status) else { throw HearthCLI.Failure("grep exited \(found.status)") }
        return String(decoding: found.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    /// Where a plaintext copy could land: the journal, /tmp, the runtime folder and /dev/shm.
    static func placesToSearch(_ cli: HearthCLI) -> [String] {
        var folders = [cli.journal.path, "/tmp", "/dev/shm", FileManager.default.temporaryDirectory.path]
        if let runtime = ProcessInfo.processInfo.environment["XDG_RUNTIME_DIR"], !runtime.isEmpty { folders.append(runtime) }
        return Array(Set(folders)).sorted()
    }

    /// An editor that appends a fixed tail to the answer (it holds none of the sentence itself).
    static func appendingEditor(in cli: HearthCLI) throws -> String {
        let script = cli.sandbox.appendingPathComponent("append-editor.sh")
        try "#!/bin/sh\nprintf ' (edited)' >> \"$1\"\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script.path
    }

    @Test func zoeChecksInPrivatelyAndMisakiCannotShowItUntilZoeUnlocksToo() throws {
        let (cli, passphrases) = try Self.sealedDemo()
        defer { cli.cleanUp() }
        let sentence = Self.plantedSentence()
        let word = String(sentence.split(separator: " ")[3])
        let zoe = try Self.session(cli, environment: ["EDITOR": try Self.appendingEditor(in: cli), "VISUAL": ""])
        try Self.unlock(zoe, passphrases["zoe"] ?? "", expecting: "Encrypted · unlocked: Zoë · u unlocks 美咲 too")

        // Zoë alone checks in; her private reflection is typed, then finished in the editor.
        try zoe.press("c")
        try zoe.waitFor("Who is checking in?")
        try zoe.press("Up", "Up", "Enter")  // from "taking turns" up to "Zoë alone"
        try zoe.waitFor("Check-in · Zoë · 2026-W48")
        try Self.tab(zoe, untilScreenShows: "My reflection")
        let page = try zoe.waitFor("Encrypted to your key alone: your partner's passphrase does not open it.")
        #expect(!page.contains("saved unencrypted"))
        try zoe.type(sentence)
        try zoe.press("C-e")
        try zoe.waitFor(sentence, " (edited)")
        try Self.tab(zoe, untilScreenShows: "Review before saving")
        try zoe.press("Enter")
        let saved = try zoe.waitFor("Saved Zoë's check-in for 2026-W48.", "Enter goes home.", timeout: 20)
        #expect(saved.contains("checkins/2026/2026-W48-zoe.md.age"), "\(saved)")
        #expect(saved.contains("It is encrypted (an age file)") && !saved.contains("plain Markdown"), "\(saved)")
        try zoe.press("Enter")
        try zoe.waitFor("✓ Zoë has checked in")

        // Search finds the reflection's word once private reflections are included, and trends draw.
        let results = try Self.searchWithReflections(zoe, word)
        #expect(TmuxSession.rows(results).contains { $0.contains("2026-W48") && $0.contains("Zoë") }, "\(results)")
        try zoe.press("Escape")
        try zoe.waitFor("Latest ratings")
        try zoe.press("t")
        try zoe.waitFor("Trends", "range")
        try zoe.press("Escape")
        try zoe.waitFor("Latest ratings")

        // Zoë's own key shows her reflection in the week.
        try Self.revealZoesReflection(zoe, sentence)
        try zoe.press("q")
        #expect(try zoe.waitForExit().status == 0)

        // 美咲 unlocks: the week has no reflection to show, and search finds nothing.
        let misaki = try Self.session(cli)
        try Self.unlock(misaki, passphrases["misaki"] ?? "", expecting: "Encrypted · unlocked: 美咲 · u unlocks Zoë too")
        try Self.showReflections(misaki)
        let hidden = try misaki.waitFor("No reflections this week.")
        #expect(!hidden.contains(word))
        try misaki.press("Escape", "Escape")
        try misaki.waitFor("Latest ratings")
        // 美咲's own reflections in the demo make search ask first; Zoë's is not among what it searches.
        let nothing = try Self.searchWithReflections(misaki, word)
        #expect(!nothing.contains("2026-W48"), "\(nothing)")
        try misaki.press("Escape")
        try misaki.waitFor("Latest ratings")

        // Zoë types her passphrase on the same screen: now her reflection shows.
        try misaki.press("u")
        try misaki.waitFor("Unlock another partner", "Type Zoë's passphrase")
        try misaki.type("not it")
        try misaki.press("Enter")
        try misaki.waitFor("Wrong passphrase: it opens no key still locked (Zoë); try again", timeout: 30)
        try misaki.type(passphrases["zoe"] ?? "")
        try misaki.press("Enter")
        try misaki.waitFor("Unlocked Zoë too, until you quit.", "Encrypted · unlocked: Zoë and 美咲", timeout: 30)
        try Self.revealZoesReflection(misaki, sentence)
        try misaki.press("q")
        #expect(try misaki.waitForExit().status == 0)

        // No plaintext of the sentence anywhere a file could hold it.
        let places = Self.placesToSearch(cli)
        #expect(try Self.filesHolding(sentence, under: places).isEmpty)
        #expect(try Self.filesHolding(word, under: places).isEmpty)
        // The check can fail: the same sentence written to a plain journal is found.
        let plain = try HearthCLI()
        defer { plain.cleanUp() }
        try plain.initCouple()
        let written = try plain.run(["checkin", "--partner", "zoe", "--emotional", "4", "--physical", "3",
                                      "--intellectual", "5", "--spiritual", "3", "--experiential", "2", "--private-note", sentence])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try Self.filesHolding(sentence, under: Self.placesToSearch(plain)).contains { $0.hasPrefix(plain.journal.path) })
    }

    /// From home, the check-in week 2026-W48 with the reflections asked for (`r`).
    static func showReflections(_ session: TmuxSession) throws {
        try session.press("h", "g")
        try session.waitFor("Go to week:")
        try session.type("2026-11-25")
        try session.press("Enter")
        try session.waitFor("2026-W48 · 23–29 Nov 2026", "r private  Esc back")
        try session.press("r")
    }

    /// From home, searches `word` with private reflections included (saying yes to the question); the results.
    static func searchWithReflections(_ session: TmuxSession, _ word: String) throws -> String {
        try session.press("/")
        try session.waitFor("Search:")
        try session.type(word)
        try session.press("C-r")
        try session.waitFor("Search private reflections too?")
        try session.press("y")
        return try session.waitUntil("search with reflections") { $0.contains("Search: \(word)") && !$0.contains("too?") }
    }

    /// Shows the check-in week's reflections and says yes: Zoë's sentence is on screen.
    static func revealZoesReflection(_ session: TmuxSession, _ sentence: String) throws {
        try showReflections(session)
        try session.waitFor("Show Zoë's private reflection?")
        try session.press("y")
        try session.waitFor(sentence)
    }

    /// Presses PageDown through the wizard's steps until `text` shows, waiting for each step to change.
    static func tab(_ session: TmuxSession, untilScreenShows text: String) throws {
        for _ in 0..<30 {
            let before = session.lastScreen
            if before.contains(text) { return }
            let progress = Self.progress(before)
            try session.press("PageDown")
            try session.waitUntil("the next page after \(progress ?? "?")") { screen in
                screen.contains(text) || Self.progress(screen) != progress
            }
        }
        throw ScreenTimeout(waitingFor: text, screen: session.lastScreen)
    }

    /// The `3 of 12` at the top right of a wizard page.
    static func progress(_ screen: String) -> String? {
        guard let first = screen.split(separator: "\n").first, let range = first.range(of: #"\d+ of \d+"#, options: .regularExpression) else {
            return nil
        }
        return String(first[range])
    }
}
