import Testing
@testable import HearthSeal

/// STREAM: 64 KiB chunks, the last one flagged; every way a payload can be cut, reordered, extended or
/// changed is refused, and the edge sizes round-trip.
@Suite struct PayloadStreamTests {
    let chunk = PayloadStream.chunkSize

    func file(payload: [UInt8]) throws -> [UInt8] { try Forge.file(stanzas: Forge.x25519Stanza(), payload: payload) }

    @Test(arguments: [0, 1, 800, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 2 * 64 * 1024, 3 * 64 * 1024 - 5])
    func everyEdgeSizeRoundTrips(size: Int) throws {
        let plaintext = Forge.text(size)
        let sealed = try AgeFile.seal(plaintext, to: [Forge.identity.recipient])
        #expect(Outcome(sealed) == .opened(plaintext))
        // One chunk per started 64 KiB, and one for an empty file: no empty chunk after a full one.
        let chunks = max(1, (size + chunk - 1) / chunk)
        let header = try AgeHeader(parsing: sealed)
        #expect(sealed.count - header.payloadStart == 16 + size + chunks * 16)
    }

    @Test func anEmptyPayloadIsOneEmptyFinalChunk() throws {
        #expect(Outcome(try file(payload: Forge.chunks([([], true)]))) == .opened([]))
    }

    @Test func aFullFinalChunkAfterAnotherIsRead() throws {
        let parts = [Forge.text(chunk), Array(Forge.text(chunk).reversed())]
        let payload = try Forge.chunks([(parts[0], false), (parts[1], true)])
        #expect(Outcome(try file(payload: payload)) == .opened(parts[0] + parts[1]))
    }

    @Test func anEmptyFinalChunkAfterAFullOneIsRefused() throws {
        let payload = try Forge.chunks([(Forge.text(chunk), false), ([], true)])
        let outcome = Outcome(try file(payload: payload))
        #expect(outcome == .refused(.malformedPayload("the final chunk is empty but follows other chunks")))
    }

    @Test func noChunksAtAllIsTruncation() throws {
        let outcome = Outcome(try file(payload: []))
        #expect(outcome.error?.failure == "truncation", "\(outcome)")
    }

    @Test func aMissingOrShortNonceIsTruncation() throws {
        let whole = try file(payload: [])
        let header = try AgeHeader(parsing: whole)
        for cut in [header.payloadStart, header.payloadStart + 15] {
            let outcome = Outcome(Array(whole.prefix(cut)))
            #expect(outcome.error?.failure == "truncation", "cut at \(cut): \(outcome)")
        }
    }

    @Test func withoutAFinalFlagTheFileIsTruncated() throws {
        let short = try Forge.chunks([(Forge.text(100), false)])
        let full = try Forge.chunks([(Forge.text(chunk), false)])
        let twoFull = try Forge.chunks([(Forge.text(chunk), false), (Forge.text(chunk), false)])
        for payload in [short, full, twoFull] {
            let outcome = Outcome(try file(payload: payload))
            #expect(outcome == .refused(.truncated("the file ends before its final content chunk")))
        }
        let twoShort = try Forge.chunks([(Forge.text(chunk), false), (Forge.text(10), false)])
        #expect(Outcome(try file(payload: twoShort)).error?.failure == "truncation")
    }

    @Test func aFinalFlagBeforeTheEndIsTrailingData() throws {
        let twoFinal = try Forge.chunks([(Forge.text(chunk), true), (Forge.text(10), true)])
        #expect(Outcome(try file(payload: twoFinal)) == .refused(.trailingData))
    }

    @Test func bytesAfterTheFinalChunkAreRefused() throws {
        let oneFull = try Forge.chunks([(Forge.text(chunk), true)])
        #expect(Outcome(try file(payload: oneFull + Forge.text(3000))) == .refused(.trailingData))
        // After a short final chunk the extra bytes become part of it, and its tag no longer matches.
        let short = try Forge.chunks([(Forge.text(100), true)])
        #expect(Outcome(try file(payload: short + [0])) == .refused(.payloadAuthenticationFailed(chunk: 0)))
    }

    @Test func aChangedTagInAnyChunkIsAnAuthenticationFailure() throws {
        let payload = try Forge.chunks([(Forge.text(chunk), false), (Forge.text(chunk), false), (Forge.text(5), true)])
        for (index, position) in [chunk + 15, 2 * (chunk + 16) - 1, payload.count - 1].enumerated() {
            var changed = payload
            changed[position] ^= 0x01
            #expect(Outcome(try file(payload: changed)) == .refused(.payloadAuthenticationFailed(chunk: index)))
        }
    }

    @Test func aMissingTagOrAChunkShorterThanItsTagIsRefused() throws {
        let payload = try Forge.chunks([(Forge.text(chunk), false), (Forge.text(100), true)])
        let noTag = Array(payload.dropLast(16))
        #expect(Outcome(try file(payload: noTag)).error?.failure == "authentication")
        let shortSecond = Array(payload.prefix(chunk + 16 + 10))
        #expect(Outcome(try file(payload: shortSecond)).error?.failure == "truncation")
    }

    @Test func chunksInAnotherOrderAreRefused() throws {
        let payload = try Forge.chunks([(Forge.text(chunk), false), (Forge.text(chunk), false), (Forge.text(5), true)])
        let sealedChunk = chunk + 16
        let swapped = Array(payload[sealedChunk..<(2 * sealedChunk)] + payload[..<sealedChunk] + payload[(2 * sealedChunk)...])
        #expect(Outcome(try file(payload: swapped)) == .refused(.payloadAuthenticationFailed(chunk: 0)))
    }

    @Test func theNonceIsTheCounterBigEndianThenTheFlag() {
        #expect(PayloadStream.nonce(counter: 0, last: false) == [UInt8](repeating: 0, count: 12))
        #expect(PayloadStream.nonce(counter: 0x0102, last: true) == [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1])
    }
}
