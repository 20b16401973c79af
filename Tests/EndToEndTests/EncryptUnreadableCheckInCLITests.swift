import Foundation
import Testing

/// `hearth encrypt` on a plain journal holding a check-in that does not parse: sealed whole, its private
/// reflection would open with either partner's key, so it is left plain and named, and the rest is sealed.
@Suite(.enabled(if: SealedJournal.hasAge, "age is not installed"), .endToEnd)
struct EncryptUnreadableCheckInCLITests {
    static let path = "checkins/2026/2026-W47-zoe.md"
    /// Line 5 breaks the front matter; the reflection below is Zoë's alone.
    static let broken = "---\nhearth: 1\nweek: 2026-W47\npartner: zoe\nratings: [oops\n---\n\n## Private reflection\n\nthe lighthouse keeper's secret\n"

    @Test func encryptLeavesItPlainNamesItsLineSealsTheRestAndDoctorNamesItToo() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        try FileManager.default.createDirectory(at: cli.journal.appendingPathComponent("checkins/2026"), withIntermediateDirectories: true)
        try Data(Self.broken.utf8).write(to: cli.journal.appendingPathComponent(Self.path))
        var unlocking: [String] = []
        for (partner, passphrase) in SealedJournal.passphrases {
            let file = cli.sandbox.appendingPathComponent("\(partner).pass")
            try Data((passphrase + "\n").utf8).write(to: file)
            unlocking += ["--passphrase-file", "\(partner)=\(file.path)"]
        }
        let encrypted = try cli.run(["encrypt"] + unlocking, environment: SealedJournal.weakKeys)
        #expect(encrypted.status != 0)
        #expect(encrypted.stderr.contains("\(Self.path):5"), "\(encrypted.stderr)")
        #expect(encrypted.stderr.contains("fix it, then run `hearth encrypt` again"), "\(encrypted.stderr)")
        #expect(try cli.file(Self.path) == Self.broken, "left exactly as it was")
        #expect(!cli.exists(Self.path + ".age"))
        #expect(cli.exists("profile.md.age") && !cli.exists("profile.md"), "every other file is sealed")

        // No sealed file carries the reflection to the other partner.
        let exported = try cli.run(["key", "export", "--partner", "partner-2"] + unlocking)
        #expect(exported.status == 0, "\(exported.stderr)")
        let misaki = cli.sandbox.appendingPathComponent("partner-2.key")
        try Data(exported.stdout.utf8).write(to: misaki)
        for path in try cli.files(under: ".") where path.hasSuffix(".age") && !path.hasPrefix("keys/") {
            let opened = try SealedJournal.age(["-d", "-i", misaki.path, cli.journal.appendingPathComponent(path).path])
            #expect(!String(decoding: opened.stdout, as: UTF8.self).contains("lighthouse"), "\(path)")
        }
        let doctor = try cli.run(["doctor", "--identity", misaki.path])
        #expect(doctor.status != 0)
        #expect(doctor.stdout.contains("\(Self.path):5"), "\(doctor.stdout)")
        #expect(doctor.stdout.contains("fix it, then run `hearth encrypt` again"), "\(doctor.stdout)")

        // Fixed by hand, the next run seals it, the reflection to Zoë alone.
        try Data(Self.broken.replacingOccurrences(of: "ratings: [oops\n", with: "ratings:\n  emotional: 4\n").utf8)
            .write(to: cli.journal.appendingPathComponent(Self.path))
        let again = try cli.run(["encrypt"] + unlocking, environment: SealedJournal.weakKeys)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!cli.exists(Self.path) && cli.exists(Self.path + ".age"))
        let reflection = cli.journal.appendingPathComponent("checkins/2026/2026-W47-zoe.private.md.age").path
        #expect(try SealedJournal.age(["-d", "-i", misaki.path, reflection]).status != 0)
    }
}
