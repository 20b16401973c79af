import Testing
@testable import HearthSeal

/// The header's grammar: each malformed form is refused as malformed even though its MAC is correct, and
/// the valid oddities (unknown stanzas, every printable character, bodies of whole lines) are read.
@Suite struct HeaderFormatTests {
    let plaintext = Array("our week, in our words".utf8)

    @Test func aWellFormedForgedFileOpens() throws {
        let file = try Forge.file(stanzas: Forge.x25519Stanza(), plaintext: plaintext)
        #expect(Outcome(file) == .opened(plaintext))
    }

    @Test(arguments: ["age-encryption.org/v1234", "age-encryption.org/v2", "age-encryption.org/v1 ", "AGE-ENCRYPTION.ORG/V1"])
    func anotherVersionLineIsRefused(version: String) throws {
        let outcome = Outcome(try Forge.file(version: version, stanzas: Forge.x25519Stanza()))
        #expect(outcome.isMalformedHeader, "\(outcome)")
    }

    @Test func crlfLineEndingsAreRefused() throws {
        let text = "age-encryption.org/v1\r\n" + (try Forge.x25519Stanza()).replacingOccurrences(of: "\n", with: "\r\n") + "---"
        let file = Array((text + " \(Forge.mac(of: text))\r\n").utf8) + Forge.nonce
        #expect(Outcome(file).isMalformedHeader)
    }

    @Test func aFileThatIsNotAgeAtAllIsNamedSo() {
        let outcome = Outcome(Array("---\ntitle: week 47\n---\n".utf8))
        #expect(outcome == .refused(.malformedHeader("it does not start with the age version line")))
        #expect(outcome.error?.description.contains("not a valid age file") == true)
    }

    @Test(arguments: [
        "-- stanza\n\n",              // bad start: two dashes
        "->\n\n",                     // no arguments
        "-> \n\n",                    // empty type
        "-> stanza  argument\n\n",    // empty argument (two spaces)
        "-> stanza argument \n\n",    // trailing space: an empty last argument
        "-> stanza \u{E9}\n\n",       // a non-ASCII argument
        "-> stanza a\tb\n\n",         // a control character
    ])
    func aBadStanzaLineIsRefused(extra: String) throws {
        let outcome = Outcome(try Forge.file(stanzas: Forge.x25519Stanza() + extra))
        #expect(outcome.isMalformedHeader, "\(outcome)")
    }

    @Test func everyPrintableCharacterIsAllowedInUnknownStanzas() throws {
        let printable = (33...126).map { String(UnicodeScalar(UInt8($0))) }
        let arguments = stride(from: 0, to: printable.count, by: 8).map { printable[$0..<min($0 + 8, printable.count)].joined() }
        let grease = "-> " + arguments.joined(separator: " ") + "\n\n"
        let file = try Forge.file(stanzas: grease + Forge.x25519Stanza() + "-> grease\nAAAA\n", plaintext: plaintext)
        #expect(Outcome(file) == .opened(plaintext))
    }

    @Test func bodiesOfWholeLinesEndWithAnEmptyLineAndAreRead() throws {
        let whole = "-> stanza\n" + String(repeating: "QUFB", count: 16) + "\n" + String(repeating: "QUFB", count: 16) + "\n\n"
        let empty = "-> empty\n\n"
        let file = try Forge.file(stanzas: Forge.x25519Stanza() + whole + empty, plaintext: plaintext)
        #expect(Outcome(file) == .opened(plaintext))
    }

    @Test(arguments: [
        ("a line longer than 64 columns", "-> stanza\n" + String(repeating: "A", count: 68) + "\n\n"),
        ("no body line at all", "-> empty\n"),
        ("a full line with no short line after it", "-> stanza\n" + String(repeating: "A", count: 64) + "\n"),
        ("two short lines", "-> stanza\n" + String(repeating: "A", count: 32) + "\n" + String(repeating: "A", count: 32) + "\n"),
        ("a carriage return inside a line", "-> stanza\n" + String(repeating: "A", count: 32) + "\r" + String(repeating: "A", count: 31) + "\n"),
        ("padding", "-> stanza\nQUE=\n"),
        ("a character outside base64", "-> stanza\nQU.B\n"),
        ("non-canonical trailing bits", "-> stanza\n\(Forge.nonCanonical("QUE"))\n"),
        ("a length no bytes encode to", "-> stanza\nQUFBQ\n"),
    ])
    func aBadStanzaBodyIsRefused(why: String, stanza: String) throws {
        let outcome = Outcome(try Forge.file(stanzas: Forge.x25519Stanza() + stanza))
        #expect(outcome.isMalformedHeader, "\(why): \(outcome)")
    }

    @Test func aHeaderWithoutStanzasIsRefused() throws {
        #expect(Outcome(try Forge.file(stanzas: "")).isMalformedHeader)
    }
}
