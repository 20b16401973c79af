import Foundation
import Testing

/// `hearth key add-partner --name`: a new partner joins an encrypted journal from the command line (its
/// profile is sealed, so it cannot be edited by hand), checked with the real `age`.
@Suite(.enabled(if: SealedJournal.hasAge, "age is not installed"), .endToEnd)
struct KeyAddPartnerCLITests {
    static let ratings = ["--emotional", "4", "--physical", "3", "--intellectual", "5", "--spiritual", "2", "--experiential", "4"]

    /// A journal where each partner wrote a check-in with a private reflection; returns Zoë's exported key
    /// and a file with Sam's passphrase.
    static func journalWithReflections(_ sealed: SealedJournal) throws -> (zoe: String, samPassphrase: String) {
        let cli = sealed.cli
        let zoe = try sealed.exportedIdentity("zoe")
        let misaki = try sealed.exportedIdentity("partner-2")
        #expect(try cli.run(["checkin", "--partner", "zoe", "--private-note", "Only mine: the lighthouse"] + ratings
                            + ["--identity", zoe]).status == 0)
        #expect(try cli.run(["checkin", "--partner", "partner-2", "--private-note", "Only mine: the paper crane"] + ratings
                            + ["--identity", misaki]).status == 0)
        let passphrase = cli.sandbox.appendingPathComponent("sam.pass")
        try Data("a third voice at the table\n".utf8).write(to: passphrase)
        return (zoe, passphrase.path)
    }

    /// Sam's key opens every shared file and none of the private reflections written before.
    static func expectSamReadsTheSharedFilesOnly(_ sealed: SealedJournal, samPassphrase: String) throws {
        let cli = sealed.cli
        let exported = try cli.run(["key", "export", "--partner", "sam", "--passphrase-file", "sam=\(samPassphrase)"])
        #expect(exported.status == 0, "\(exported.stderr)")
        let sam = cli.sandbox.appendingPathComponent("sam.key")
        try Data(exported.stdout.utf8).write(to: sam)
        // `.hearth/` is the device-local index, sealed to the partner who unlocked the read that wrote it alone.
        let sealedFiles = try cli.files(under: ".").filter { $0.hasSuffix(".age") && !$0.hasPrefix("keys/") && !$0.hasPrefix(".hearth/") }
        #expect(sealedFiles.contains("profile.md.age") && sealedFiles.contains("checkins/2026/2026-W47-zoe.md.age"))
        for path in sealedFiles {
            let opened = try SealedJournal.age(["-d", "-i", sam.path, cli.journal.appendingPathComponent(path).path])
            if path.hasSuffix(".private.md.age") {
                #expect(opened.status != 0, "Sam's key opens \(path)")
            } else {
                #expect(opened.status == 0, "Sam's key does not open \(path): \(opened.stderr)")
            }
        }
        let profile = try SealedJournal.age(["-d", "-i", sam.path, cli.journal.appendingPathComponent("profile.md.age").path])
        #expect(String(decoding: profile.stdout, as: UTF8.self).contains("id: sam"))
        let list = try cli.run(["list", "--identity", sam.path])
        #expect(list.status == 0 && list.stdout.contains("2026-W47"), "\(list.stdout)\(list.stderr)")
        let doctor = try cli.run(["doctor", "--identity", sam.path])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
    }

    @Test func aNewPartnerJoinsTheProfileAndReadsTheSharedFilesButNoEarlierReflection() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let (zoe, samPassphrase) = try Self.journalWithReflections(sealed)
        let added = try sealed.cli.run(["key", "add-partner", "--name", "Sam", "--identity", zoe, "--passphrase-file", "Sam=\(samPassphrase)"],
                                       environment: SealedJournal.weakKeys)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added Sam (sam) to the profile"), "\(added.stdout)")
        let profile = try sealed.cli.run(["profile", "--identity", zoe])
        #expect(profile.stdout.contains("Sam   (sam)"), "\(profile.stdout)")
        try Self.expectSamReadsTheSharedFilesOnly(sealed, samPassphrase: samPassphrase)
        // The earlier partners still read what they did.
        let reflection = sealed.cli.journal.appendingPathComponent("checkins/2026/2026-W47-zoe.private.md.age").path
        #expect(try SealedJournal.age(["-d", "-i", zoe, reflection]).status == 0)
    }

    @Test func killedAtItsFirstWriteOrBeforeTheProfileItFinishesWhenRunAgain() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let cli = sealed.cli
        let (zoe, samPassphrase) = try Self.journalWithReflections(sealed)
        let arguments = ["key", "add-partner", "--name", "Sam", "--identity", zoe, "--passphrase-file", "Sam=\(samPassphrase)"]
        let profileBefore = try Data(contentsOf: cli.journal.appendingPathComponent("profile.md.age"))
        // SIGKILL once the first file (Sam's sealed key) is renamed into place.
        let killed = try cli.run(arguments, environment: SealedJournal.weakKeys.merging(["HEARTH_CRASH_AT": "after-rename"]) { $1 })
        #expect(killed.status != 0)
        #expect(try cli.run(["list", "--identity", zoe]).status == 0, "the journal still opens")
        let finished = try cli.run(arguments, environment: SealedJournal.weakKeys)
        #expect(finished.status == 0, "\(finished.stderr)")
        // Stopped after the key was saved but before the profile named Sam: the run again adds Sam.
        try profileBefore.write(to: cli.journal.appendingPathComponent("profile.md.age"))
        let resumed = try cli.run(arguments, environment: SealedJournal.weakKeys)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Sam already has a key"), "\(resumed.stdout)")
        #expect(resumed.stdout.contains("Added Sam (sam) to the profile"), "\(resumed.stdout)")
        // Once more: nothing new, it says so and changes no one's access.
        let again = try cli.run(arguments, environment: SealedJournal.weakKeys)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Sam is in the profile already"), "\(again.stdout)")
        try Self.expectSamReadsTheSharedFilesOnly(sealed, samPassphrase: samPassphrase)
    }

    @Test func aNameLikeAPartnersOrNeitherOptionIsRefused() throws {
        let sealed = try SealedJournal()
        defer { sealed.cli.cleanUp() }
        let zoe = try sealed.exportedIdentity("zoe")
        let neither = try sealed.cli.run(["key", "add-partner", "--identity", zoe])
        #expect(neither.status != 0)
        #expect(neither.stderr.contains("--name NAME"), "\(neither.stderr)")
        let same = try sealed.cli.run(["key", "add-partner", "--name", "Zoe", "--identity", zoe])
        #expect(same.status != 0)
        #expect(same.stderr.contains("are the same name"), "\(same.stderr)")
    }
}
