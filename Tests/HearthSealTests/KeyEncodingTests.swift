import Testing
@testable import HearthSeal

/// The text encodings under the format: strict base64 without padding, and bech32 keys.
@Suite struct KeyEncodingTests {
    @Test func base64RoundTripsEveryLengthWithoutPadding() {
        for length in 0...70 {
            let bytes = Forge.text(length)
            let text = UnpaddedBase64.encode(bytes)
            #expect(!text.contains("="))
            #expect(UnpaddedBase64.decode(Array(text.utf8)) == bytes)
        }
        #expect(UnpaddedBase64.encode(Array("hi!".utf8)) == "aGkh")
        #expect(UnpaddedBase64.encode(Array("hi".utf8)) == "aGk")
    }

    @Test(arguments: ["aGk=", "aGl", "aG", "a", "aGk\n", "aG k", "aGk-", "aGk_"])
    func base64RefusesAnyOtherSpelling(text: String) {
        #expect(UnpaddedBase64.decode(Array(text.utf8)) == nil)
    }

    @Test func aRecipientAndItsIdentityRoundTrip() throws {
        let identity = X25519Identity()
        #expect(identity.string.hasPrefix("AGE-SECRET-KEY-1"))
        #expect(identity.recipient.string.hasPrefix("age1"))
        #expect(try X25519Identity(identity.string).recipient == identity.recipient)
        #expect(try X25519Recipient(identity.recipient.string) == identity.recipient)
        // age writes identities upper case; either uniform case is the same key.
        #expect(try X25519Identity(identity.string.lowercased()).recipient == identity.recipient)
    }

    @Test func aChangedCharacterBreaksTheChecksum() throws {
        let text = X25519Identity().recipient.string
        for position in [5, 20, text.count - 1] {
            var characters = Array(text)
            characters[position] = characters[position] == "q" ? "p" : "q"
            #expect(throws: SealError.self) { try X25519Recipient(String(characters)) }
        }
    }

    @Test func keysOfTheWrongKindOrShapeAreRefused() throws {
        let identity = X25519Identity()
        let cases = [
            identity.string,                                                  // an identity where a recipient goes
            "Age1" + identity.recipient.string.dropFirst(4),                   // mixed case
            Bech32.encode(prefix: "age", data: Forge.text(31)),                // 31 bytes
            Bech32.encode(prefix: "age", data: Forge.text(33)),                // 33 bytes
            Bech32.encode(prefix: "agx", data: Forge.text(32)),                // another prefix
            "",
            "age1",
        ]
        for text in cases {
            #expect(throws: SealError.self, "\(text)") { try X25519Recipient(text) }
        }
        #expect(throws: SealError.self) { try X25519Identity(identity.recipient.string) }
        #expect(throws: SealError.self) { try X25519Identity(Bech32.encode(prefix: "AGE-SECRET-KEY-", data: Forge.text(16))) }
    }

    @Test func bech32RefusesNonZeroPadding() {
        // 32 bytes take 52 five-bit groups: 260 bits, the last 4 of them padding that must be zero.
        let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
        let valid = Bech32.encode(prefix: "age", data: Forge.text(32))
        #expect(Bech32.decode(valid)?.data == Forge.text(32))
        var values = Array(valid.utf8.dropFirst(4).dropLast(6)).compactMap { charset.firstIndex(of: $0) }.map(UInt8.init)
        #expect(values.count == 52)
        #expect(Bech32.decode(Bech32.encode(prefix: "age", values: values))?.data == Forge.text(32))
        values[51] |= 1
        #expect(Bech32.decode(Bech32.encode(prefix: "age", values: values)) == nil)
        // 49 groups leave 5 bits over: a whole group is never padding, even when zero.
        var short = Array(values.prefix(49))
        short[48] = 0
        #expect(Bech32.decode(Bech32.encode(prefix: "age", values: short)) == nil)
    }
}
