import Testing
@testable import HearthSeal

/// The scrypt (passphrase) stanza: alone in its file, a 16-byte salt and a work factor in one decimal form,
/// capped on read. Forged at work 2^10 so the suite stays fast; the 2^18 of real key files is tested in
/// PartnerKeyTests.
@Suite struct ScryptStanzaTests {
    let passphrase = "correct horse"
    let plaintext = Array("a key, sealed".utf8)

    func identity(_ passphrase: String = "correct horse") throws -> PassphraseIdentity {
        try PassphraseIdentity(passphrase: passphrase)
    }

    func parts() throws -> (salt: String, workFactor: String, body: String) {
        let lines = try Forge.scryptStanza(passphrase).split(separator: "\n").map(String.init)
        let words = lines[0].split(separator: " ").map(String.init)
        return (words[2], words[3], lines[1])
    }

    @Test func theRightPassphraseOpensAndAWrongOneIsNamed() throws {
        let file = try Forge.file(stanzas: Forge.scryptStanza(passphrase), plaintext: plaintext)
        #expect(Outcome(file, with: [try identity()]) == .opened(plaintext))
        let wrong = Outcome(file, with: [try identity("correct horse ")])
        #expect(wrong == .refused(.wrongPassphrase))
        #expect(wrong.error?.description == "wrong passphrase")
    }

    @Test func aScryptStanzaWithAnyOtherStanzaIsRefused() throws {
        let mixed = try Forge.file(stanzas: Forge.scryptStanza(passphrase) + Forge.x25519Stanza())
        #expect(Outcome(mixed, with: [try identity()]).isMalformedHeader)
        // Refused whichever identity reads it, so a passphrase file can never gain a second way in.
        #expect(Outcome(mixed, with: [Forge.identity]).isMalformedHeader)
        let double = try Forge.file(stanzas: Forge.scryptStanza(passphrase) + Forge.scryptStanza("hunter2"))
        #expect(Outcome(double, with: [try identity()]).isMalformedHeader)
    }

    @Test func writingAPassphraseWithOtherRecipientsIsRefused() throws {
        let recipient = try PassphraseRecipient(passphrase: passphrase, uncheckedWorkFactor: 10)
        #expect(throws: SealError.self) { try AgeFile.seal(plaintext, to: [recipient, Forge.identity.recipient]) }
    }

    @Test func anUpperCaseTypeIsSomeOtherStanza() throws {
        let (salt, workFactor, body) = try parts()
        let file = try Forge.file(stanzas: "-> Scrypt \(salt) \(workFactor)\n\(body)\n")
        #expect(Outcome(file, with: [try identity()]) == .refused(.noMatchingIdentity))
    }

    @Test func aWrongTagOrAWrongWorkFactorIsAWrongPassphrase() throws {
        let (salt, _, body) = try parts()
        let bytes = UnpaddedBase64.decode(Array(body.utf8)) ?? []
        let badTag = UnpaddedBase64.encode(bytes.dropLast() + [bytes[bytes.count - 1] ^ 0x80])
        #expect(Outcome(try Forge.file(stanzas: "-> scrypt \(salt) 10\n\(badTag)\n"), with: [try identity()])
                == .refused(.wrongPassphrase))
        #expect(Outcome(try Forge.file(stanzas: "-> scrypt \(salt) 11\n\(body)\n"), with: [try identity()])
                == .refused(.wrongPassphrase))
    }

    @Test func malformedArgumentsAreRefused() throws {
        let (salt, _, body) = try parts()
        let saltBytes = UnpaddedBase64.decode(Array(salt.utf8)) ?? []
        let long = UnpaddedBase64.encode([UInt8](repeating: 4, count: 16 + 9 + 16))
        let cases: [(String, String)] = [
            ("an extra argument", "-> scrypt \(salt) 10 extra\n\(body)\n"),
            ("a missing salt", "-> scrypt 10\n\(body)\n"),
            ("a short salt", "-> scrypt \(UnpaddedBase64.encode(saltBytes.dropLast())) 10\n\(body)\n"),
            ("a long salt", "-> scrypt \(UnpaddedBase64.encode(saltBytes + [0])) 10\n\(body)\n"),
            ("a non-canonical salt", "-> scrypt \(Forge.nonCanonical(salt)) 10\n\(body)\n"),
            ("a non-canonical body", "-> scrypt \(salt) 10\n\(Forge.nonCanonical(body))\n"),
            ("a long file key", "-> scrypt \(salt) 10\n\(long)\n"),
            ("a missing work factor", "-> scrypt \(salt)\n\(body)\n"),
        ]
        for (why, stanza) in cases {
            let outcome = Outcome(try Forge.file(stanzas: stanza), with: [try identity()])
            #expect(outcome.isMalformedHeader, "\(why): \(outcome)")
        }
    }

    @Test(arguments: ["0", "010", "012", "+10", "-10", "0xA", "a10", "10a", " 10", "1 0", "99999999999999999999999"])
    func aWorkFactorInAnyOtherFormIsRefused(workFactor: String) throws {
        let (salt, _, body) = try parts()
        let outcome = Outcome(try Forge.file(stanzas: "-> scrypt \(salt) \(workFactor)\n\(body)\n"), with: [try identity()])
        #expect(outcome.isMalformedHeader, "'\(workFactor)': \(outcome)")
    }

    @Test func aWorkFactorAboveTheLimitIsRefused() throws {
        let (salt, _, body) = try parts()
        let limit = PassphraseIdentity.defaultWorkFactorLimit
        let outcome = Outcome(try Forge.file(stanzas: "-> scrypt \(salt) \(limit + 1)\n\(body)\n"), with: [try identity()])
        #expect(outcome == .refused(.workFactorTooHigh(exponent: limit + 1, limit: limit)))
        #expect(outcome.error?.failure == "work factor")
        let strict = try PassphraseIdentity(passphrase: passphrase, workFactorLimit: 9)
        #expect(Outcome(try Forge.file(stanzas: Forge.scryptStanza(passphrase)), with: [strict])
                == .refused(.workFactorTooHigh(exponent: 10, limit: 9)))
    }

    @Test func newPassphraseFilesUseAtLeast2To18() {
        #expect(throws: SealError.self) { try PassphraseRecipient(passphrase: passphrase, workFactor: 17) }
        #expect(throws: SealError.self) { try PassphraseRecipient(passphrase: "", workFactor: 18) }
        #expect((try? PassphraseRecipient(passphrase: passphrase))?.workFactor == 18)
    }
}
