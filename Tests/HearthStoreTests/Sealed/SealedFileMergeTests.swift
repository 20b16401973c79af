import HearthDomain
import HearthSeal
import Testing
@testable import HearthStore

/// Three sealed versions of one journal file merged in memory, as sync merges an encrypted journal.
@Suite
struct SealedFileMergeTests {
    static let walk = JournalMergeRitualsTests.walk
    static let partners = Fixtures.profile.partners.map(\.id)

    static func sealed(_ rituals: [Ritual], _ keyring: Keyring = SealedFixtures.keyring()) throws -> [UInt8] {
        try keyring.seal(JournalMergeRitualsTests.file(rituals), for: .everyone)
    }

    @Test func ritualsChangedOnBothSidesMergeAndTheResultIsSealedForEveryone() throws {
        var ours = [Self.walk], theirs = ours
        ours[0].name = "Long Sunday walk"
        theirs[0].cadence = .weekly(on: .saturday)
        let outcome = SealedFileMerge.merge(relativePath: "rituals.md.age", base: try Self.sealed([Self.walk]),
                                            ours: try Self.sealed(ours), theirs: try Self.sealed(theirs),
                                            keyring: SealedFixtures.keyring(unlocked: [Self.partners[0]]))
        guard case .merged(let bytes, let conflicts) = outcome else { Issue.record("\(outcome)"); return }
        #expect(conflicts == 0)
        #expect(!String(decoding: bytes, as: UTF8.self).contains("Sunday walk"), "the merged file is sealed")
        for partner in Self.partners {
            let plain = try SealedFixtures.keyring(unlocked: [partner]).open(bytes)
            #expect(try JournalMergeRitualsTests.rituals(plain).first?.name == "Long Sunday walk")
            #expect(try JournalMergeRitualsTests.rituals(plain).first?.cadence == .weekly(on: .saturday))
        }
    }

    @Test func aFieldChangedTwoWaysIsCountedInsideTheSealedFile() throws {
        var ours = [Self.walk], theirs = ours
        ours[0].cadence = .weekly(on: .saturday)
        theirs[0].cadence = .daily
        let keyring = SealedFixtures.keyring()
        let outcome = SealedFileMerge.merge(relativePath: "rituals.md.age", base: try Self.sealed([Self.walk]),
                                            ours: try Self.sealed(ours), theirs: try Self.sealed(theirs), keyring: keyring)
        guard case .merged(let bytes, 1) = outcome else { Issue.record("\(outcome)"); return }
        #expect(SealedFileMerge.conflicts(in: bytes, relativePath: "rituals.md.age", keyring: keyring) == 1)
    }

    @Test func aPrivateReflectionIsMergedOnlyWithItsWritersKeyAndStaysSealedToThem() throws {
        let writer = Self.partners[0], other = Self.partners[1]
        let path = "checkins/2026/2026-W47-\(writer).private.md.age"
        let keyring = SealedFixtures.keyring()
        let ours = try keyring.seal(Array("# Private reflection\n\nAt home\n".utf8), for: .only(writer))
        let theirs = try keyring.seal(Array("# Private reflection\n\nAway\n".utf8), for: .only(writer))
        let refused = SealedFileMerge.merge(relativePath: path, base: nil, ours: ours, theirs: theirs,
                                            keyring: SealedFixtures.keyring(unlocked: [other]))
        guard case .refused(let reason) = refused else { Issue.record("\(refused)"); return }
        #expect(reason.contains("private reflection") && reason.contains("`hearth sync`"), "\(reason)")
        #expect(SealedFileMerge.readers(of: "checkins/2026/2026-W47-\(writer).private.md") == .only(writer))
        #expect(SealedFileMerge.readers(of: "rituals.md") == .everyone)
    }

    @Test func aVersionThatDoesNotOpenIsRefusedAndNothingIsMerged() throws {
        let outcome = SealedFileMerge.merge(relativePath: "rituals.md.age", base: nil, ours: try Self.sealed([Self.walk]),
                                            theirs: Array("rituals, not an age file\n".utf8), keyring: SealedFixtures.keyring())
        guard case .refused(let reason) = outcome else { Issue.record("\(outcome)"); return }
        #expect(reason.contains("rituals.md.age cannot be decrypted"), "\(reason)")
    }
}
