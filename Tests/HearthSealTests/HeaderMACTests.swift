import Testing
@testable import HearthSeal

/// The MAC line: exactly `--- ` and 43 characters of canonical base64, and it must match the header.
@Suite struct HeaderMACTests {
    @Test func aWrongMACIsAnAuthenticationFailure() throws {
        let stanza = try Forge.x25519Stanza()
        let wrong = Forge.mac(of: Forge.headerText(stanzas: stanza), fileKey: FileKey(bytes: Array(repeating: 9, count: 16)))
        let outcome = Outcome(try Forge.file(stanzas: stanza, macLine: " \(wrong)\n"))
        #expect(outcome == .refused(.headerAuthenticationFailed))
        #expect(outcome.error?.failure == "authentication")
    }

    @Test func aChangedUnknownStanzaFailsTheMAC() throws {
        let stanza = try Forge.x25519Stanza()
        let original = try Forge.file(stanzas: stanza + "-> grease abc\n\n")
        let changed = Forge.replacing("grease abc", with: "grease abd", in: original)
        #expect(changed != original)
        #expect(Outcome(changed) == .refused(.headerAuthenticationFailed))
    }

    /// The MAC line (after `---`) spelled wrongly in one way.
    static func line(_ why: String, mac: String) -> String {
        switch why {
        case "missing": " \n"
        case "no space": "\(mac)\n"
        case "two spaces": "  \(mac)\n"
        case "trailing space": " \(mac) \n"
        case "garbage after": " \(mac)AAA\n"
        case "truncated": " \(mac.dropLast(2))\n"
        case "padded": " \(mac)=\n"
        default: " \(Forge.nonCanonical(mac))\n"
        }
    }

    @Test(arguments: ["missing", "no space", "two spaces", "trailing space", "garbage after", "truncated", "padded",
                      "not canonical"])
    func aMalformedMACLineIsRefused(why: String) throws {
        let stanza = try Forge.x25519Stanza()
        let mac = Forge.mac(of: Forge.headerText(stanzas: stanza))
        let outcome = Outcome(try Forge.file(stanzas: stanza, macLine: Self.line(why, mac: mac)))
        #expect(outcome.isMalformedHeader, "\(why): \(outcome)")
    }
}
