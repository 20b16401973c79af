import Testing
@testable import HearthSeal

/// The X25519 recipient stanza: one 32-byte share, a 32-byte body; a stanza for another key is no match,
/// a malformed one (or a low-order share) refuses the whole file.
@Suite struct X25519StanzaTests {
    let plaintext = Array("just for the two of us".utf8)

    /// The stanza's line and body as text, for editing.
    func parts() throws -> (share: String, body: String) {
        let lines = try Forge.x25519Stanza().split(separator: "\n").map(String.init)
        return (String(lines[0].dropFirst("-> X25519 ".count)), lines[1])
    }

    @Test func severalRecipientsEachOpenTheFile() throws {
        let stanzas = try Forge.x25519Stanza(for: Forge.otherIdentity) + Forge.x25519Stanza()
        let file = try Forge.file(stanzas: stanzas, plaintext: plaintext)
        #expect(Outcome(file, with: [Forge.identity]) == .opened(plaintext))
        #expect(Outcome(file, with: [Forge.otherIdentity]) == .opened(plaintext))
    }

    @Test func anotherIdentityFindsNoMatch() throws {
        let outcome = Outcome(try Forge.file(stanzas: Forge.x25519Stanza()), with: [Forge.otherIdentity])
        #expect(outcome == .refused(.noMatchingIdentity))
        #expect(outcome.error?.description.hasPrefix("no matching identity") == true)
    }

    @Test func aWrongTagIsNoMatch() throws {
        let (share, body) = try parts()
        let bytes = UnpaddedBase64.decode(Array(body.utf8)) ?? []
        let changed = UnpaddedBase64.encode(bytes.dropLast() + [bytes[bytes.count - 1] ^ 1])
        #expect(Outcome(try Forge.file(stanzas: "-> X25519 \(share)\n\(changed)\n")) == .refused(.noMatchingIdentity))
    }

    @Test func aLowerCaseTypeIsSomeOtherStanza() throws {
        let (share, body) = try parts()
        #expect(Outcome(try Forge.file(stanzas: "-> x25519 \(share)\n\(body)\n")) == .refused(.noMatchingIdentity))
    }

    @Test func aFileKeyLongerThan16BytesIsRefusedBeforeDecrypting() throws {
        let (share, _) = try parts()
        let long = UnpaddedBase64.encode([UInt8](repeating: 5, count: 16 + 9 + 16))
        #expect(Outcome(try Forge.file(stanzas: "-> X25519 \(share)\n\(long)\n")).isMalformedHeader)
    }

    @Test func malformedSharesAndBodiesAreRefused() throws {
        let (share, body) = try parts()
        let shareBytes = UnpaddedBase64.decode(Array(share.utf8)) ?? []
        let cases: [(String, String)] = [
            ("an extra argument", "-> X25519 \(share) extra\n\(body)\n"),
            ("no argument", "-> X25519\n\(body)\n"),
            ("a short share", "-> X25519 \(UnpaddedBase64.encode(shareBytes.dropLast()))\n\(body)\n"),
            ("a long share", "-> X25519 \(UnpaddedBase64.encode(shareBytes + [0]))\n\(body)\n"),
            ("a non-canonical share", "-> X25519 \(Forge.nonCanonical(share))\n\(body)\n"),
            ("a non-canonical body", "-> X25519 \(share)\n\(Forge.nonCanonical(body))\n"),
            ("a short body", "-> X25519 \(share)\n\(UnpaddedBase64.encode([UInt8](repeating: 1, count: 31)))\n"),
        ]
        for (why, stanza) in cases {
            let outcome = Outcome(try Forge.file(stanzas: stanza))
            #expect(outcome.isMalformedHeader, "\(why): \(outcome)")
        }
    }

    /// Shares whose shared secret is all zero whatever the identity: 0, 1, and p - 1 (little-endian).
    @Test(arguments: [
        [UInt8](repeating: 0, count: 32),
        [1] + [UInt8](repeating: 0, count: 31),
        [0xEC] + [UInt8](repeating: 0xFF, count: 30) + [0x7F],
    ])
    func aLowOrderShareIsRefused(share: [UInt8]) throws {
        let body = UnpaddedBase64.encode([UInt8](repeating: 3, count: 32))
        let outcome = Outcome(try Forge.file(stanzas: "-> X25519 \(UnpaddedBase64.encode(share))\n\(body)\n"))
        #expect(outcome.isMalformedHeader, "\(outcome)")
        #expect(outcome.error?.description.contains("low-order") == true)
    }

    @Test func encryptingToALowOrderRecipientIsRefused() {
        let recipient = X25519Recipient(publicKey: [UInt8](repeating: 0, count: 32))
        #expect(throws: SealError.self) { try AgeFile.seal([1, 2, 3], to: [recipient]) }
    }
}
