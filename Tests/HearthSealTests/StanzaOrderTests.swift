import Testing
@testable import HearthSeal

/// The keyring tries each partner's own stanza first (one X25519 per file, not two); that order must change
/// only the work, never what a strict reader refuses.
@Suite struct StanzaOrderTests {
    let plaintext = Array("the kettle, the window, the rain".utf8)

    /// A stanza whose share is a low-order point (all-zero shared secret with every key).
    func lowOrderStanza(_ share: [UInt8]) -> String {
        "-> X25519 \(UnpaddedBase64.encode(share))\n\(UnpaddedBase64.encode([UInt8](repeating: 3, count: 32)))\n"
    }

    func opened(_ file: [UInt8], firstTrying first: Int?) -> Outcome {
        do throws(SealError) {
            return .opened(try AgeFile.open(file, with: [Forge.identity], firstTrying: [first]))
        } catch {
            return .refused(error)
        }
    }

    @Test func theStanzaTriedFirstOpensTheFileWhereverItIs() throws {
        let file = try Forge.file(stanzas: Forge.x25519Stanza(for: Forge.otherIdentity) + Forge.x25519Stanza(), plaintext: plaintext)
        for first in [nil, 0, 1, 7] { #expect(opened(file, firstTrying: first) == .opened(plaintext), "first \(String(describing: first))") }
    }

    /// Before any X25519 is tried, every stanza is checked: a low-order share refuses the file even where the
    /// stanza tried first opens it and the bad one is never reached.
    @Test(arguments: X25519Recipient.lowOrderPoints)
    func aLowOrderShareAnywhereIsRefused(share: [UInt8]) throws {
        let before = try Forge.file(stanzas: lowOrderStanza(share) + Forge.x25519Stanza(), plaintext: plaintext)
        let after = try Forge.file(stanzas: Forge.x25519Stanza() + lowOrderStanza(share), plaintext: plaintext)
        #expect(opened(before, firstTrying: 1).error?.description.contains("low-order") == true)
        #expect(opened(after, firstTrying: 0).error?.description.contains("low-order") == true)
        // The top bit is ignored by X25519, so it is by the check too.
        var high = share
        high[31] |= 0x80
        #expect(opened(try Forge.file(stanzas: lowOrderStanza(high) + Forge.x25519Stanza()), firstTrying: 1).isMalformedHeader)
    }

    /// The list is what X25519 itself says: each point gives an all-zero shared secret.
    @Test(arguments: X25519Recipient.lowOrderPoints)
    func eachListedPointIsLowOrderForX25519Itself(share: [UInt8]) throws {
        let file = try Forge.file(stanzas: lowOrderStanza(share))
        #expect(Outcome(file).error?.description.contains("low-order") == true)
        // And a share the list does not hold is no such point: the file is simply not this key's.
        #expect(!X25519Recipient.isLowOrder([2] + [UInt8](repeating: 0, count: 31)))
    }

    @Test func aMalformedStanzaAfterTheOneThatOpensIsRefused() throws {
        let stanza = try Forge.x25519Stanza()
        let file = try Forge.file(stanzas: stanza + "-> X25519 short\n\(UnpaddedBase64.encode([UInt8](repeating: 1, count: 32)))\n",
                                  plaintext: plaintext)
        #expect(opened(file, firstTrying: 0).isMalformedHeader)
        #expect(opened(file, firstTrying: nil).isMalformedHeader)
    }

    @Test func eachPartnerOfAKeyringOpensSharedAndOwnPrivateFiles() throws {
        let alex = X25519Identity(), sam = X25519Identity()
        var both = Keyring(recipients: ["alex": alex.recipient, "sam": sam.recipient])
        let shared = try both.seal(plaintext, for: .everyone)
        let samsOwn = try both.seal(plaintext, for: .only("sam"))
        for identity in [alex, sam] {
            var one = Keyring(recipients: both.recipients)
            one.add(identity)
            #expect(try one.open(shared) == plaintext)
        }
        both.add(alex)
        both.add(sam)
        #expect(try both.open(samsOwn) == plaintext)
        var alexAlone = Keyring(recipients: both.recipients)
        alexAlone.add(alex)
        #expect(throws: SealError.noMatchingIdentity) { try alexAlone.open(samsOwn) }
    }
}
