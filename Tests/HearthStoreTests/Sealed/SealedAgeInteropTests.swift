import Foundation
import HearthDomain
import HearthSeal
import Testing
@testable import HearthStore

@Suite("A sealed journal against the real age", .scratchFolders)
struct SealedAgeInteropTests {
    /// Writes `partner`'s plain identity where age can read it; returns the file's path.
    static func identityFile(_ partner: String, in folder: String) throws -> String {
        let path = folder + "/\(partner).key"
        let identity = try #require(SealedFixtures.identities[partner])
        try Data(try PartnerKey(partner: partner, identity: identity).plainIdentityFile).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The same journal written plain and sealed.
    static func journals() throws -> (plain: Store, sealed: Store) {
        let plain = try Fixtures.initializedStore()
        let sealed = try SealedFixtures.initializedStore()
        let sam = CheckIn(week: Fixtures.week, partner: "sam", ratings: ["emotional": .score(3)], notes: String(repeating: "long notes ", count: 9_000))
        for store in [plain, sealed] {
            try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
            try store.save(sam, profile: Fixtures.profile, expected: nil)
            try store.saveMoments([Moment(date: CivilDate(year: 2026, month: 11, day: 17), from: "alex", to: "sam", language: .gifts, text: "Tea")], week: Fixtures.week, partner: "alex",
                                  profile: Fixtures.profile, expected: nil)
            try store.saveDraft(CheckInDraft(checkIn: CheckIn(week: Fixtures.week, partner: "mi", notes: "half"), step: 2, session: ["mi"]))
        }
        return (plain, sealed)
    }

    @Test func everyFileHearthSealsDecryptsWithAgeToThePlainBytesHearthWouldHaveWritten() throws {
        let (plain, sealed) = try Self.journals()
        let folder = Fixtures.temporaryFolder()
        let key = try Self.identityFile("sam", in: folder)
        var checked = 0
        for path in SealedFixtures.allFiles(in: sealed) where path.hasSuffix(".age") && !path.contains(".private.") {
            let run = try AgeCommand.run(["-d", "-i", key, sealed.root + "/" + path], in: folder)
            #expect(run.status == 0, "\(path): \(run.errors)")
            var expected = try #require(SealedFixtures.onDisk(String(path.dropLast(4)), in: plain))
            if path == "checkins/2026/2026-W47-alex.md.age" {
                // The shared file holds everything but the private reflection, which is in a file of its own.
                var shared = Fixtures.fullCheckIn
                shared.reflection = ""
                expected = CheckInFile.encode(shared)
            }
            #expect(run.output == expected, "\(path)")
            checked += 1
        }
        #expect(checked == 7)
        // The private reflection opens with its writer's key, to the file Hearth wrote for it.
        let alex = try Self.identityFile("alex", in: folder)
        let reflection = try AgeCommand.run(["-d", "-i", alex, sealed.root + "/checkins/2026/2026-W47-alex.private.md.age"], in: folder)
        #expect(reflection.status == 0, "\(reflection.errors)")
        #expect(reflection.output == Store.privateReflectionBytes(of: Fixtures.fullCheckIn))
        #expect(String(decoding: reflection.output, as: UTF8.self).contains(Fixtures.fullCheckIn.reflection))
    }

    @Test func aFileAgeEncryptedToAPartnerIsReadByTheStore() throws {
        let (plain, sealed) = try Self.journals()
        let path = "checkins/2026/2026-W47-sam.md"
        let plainFile = plain.root + "/" + path
        let recipient = try #require(SealedFixtures.identities["alex"]?.recipient.string)
        try FileManager.default.removeItem(atPath: sealed.root + "/" + path + ".age")
        let run = try AgeCommand.run(["-e", "-r", recipient, "-o", sealed.root + "/" + path + ".age", plainFile], in: Fixtures.temporaryFolder())
        #expect(run.status == 0, "\(run.errors)")
        let loaded = sealed.load()
        #expect(loaded.problems == [])
        #expect(loaded.journal?.checkIns == plain.load().journal?.checkIns)
        // Sam's key is not among its recipients: for Sam alone the file is named, and the rest loads.
        let samOnly = sealed.with(keyring: SealedFixtures.keyring(unlocked: ["sam"])).load()
        #expect(samOnly.problems.map(\.path) == [path + ".age"])
        #expect(samOnly.problems.first?.message.contains("no matching identity") == true)
        #expect(samOnly.journal?.checkIns.map(\.partner) == ["alex"])
    }
}
