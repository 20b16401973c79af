import Crypto
#if canImport(FoundationEssentials)
import FoundationEssentials  // Data, without the rest of Foundation
#else
import Foundation
#endif

/// age's payload encryption (STREAM): the plaintext in 64 KiB chunks, each sealed with ChaCha20-Poly1305
/// under a nonce of an 11-byte big-endian chunk counter and a last-chunk flag byte. The flag is what makes
/// a file cut at a chunk boundary detectable.
enum PayloadStream {
    static let chunkSize = 64 * 1024
    static let tagSize = 16
    static let sealedChunkSize = chunkSize + tagSize

    /// The sealed chunks. An empty plaintext is one empty final chunk; a final chunk is never empty otherwise.
    static func seal(_ plaintext: [UInt8], key: SymmetricKey) throws(SealError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(plaintext.count + (plaintext.count / chunkSize + 1) * tagSize)
        var start = 0
        var counter: UInt64 = 0
        repeat {
            let end = min(start + chunkSize, plaintext.count)
            output += try sealChunk(plaintext[start..<end], key: key, counter: counter, last: end == plaintext.count)
            start = end
            counter += 1
        } while start < plaintext.count
        return output
    }

    /// Opens every chunk, refusing a missing final flag, a flag before the end, an empty final chunk after
    /// others, and bytes after the final chunk.
    static func open(_ payload: UnsafeRawBufferPointer, key: SymmetricKey) throws(SealError) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(payload.count)
        try open(payload, key: key) { output.append(contentsOf: $0) }
        return output
    }

    /// `open`, handing each chunk's plaintext to `deliver` in order, straight from swift-crypto's buffer, once
    /// the chunk's ciphertext has been copied out of `payload`: `deliver` may write over the bytes of the
    /// chunks already opened (see `AgeFile.open(inPlace:with:firstTrying:)`).
    static func open(_ payload: UnsafeRawBufferPointer, key: SymmetricKey,
                     deliver: (UnsafeRawBufferPointer) -> Void) throws(SealError) {
        guard !payload.isEmpty else { throw .truncated("the file ends before its first content chunk") }
        // One box (nonce, ciphertext, tag) reused for every chunk: SealedBox(combined:) then makes a single
        // exact copy of it, where SealedBox(nonce:ciphertext:tag:) grows a fresh buffer twice per chunk.
        let box = UnsafeMutableRawBufferPointer.allocate(byteCount: nonceSize + min(payload.count, sealedChunkSize),
                                                         alignment: 16)
        defer { box.deallocate() }
        var start = 0
        var counter: UInt64 = 0
        while start < payload.count {
            let remaining = payload.count - start
            let chunk = UnsafeRawBufferPointer(rebasing: payload[start..<(start + min(remaining, sealedChunkSize))])
            let index = Int(counter)
            guard chunk.count >= tagSize else { throw .truncated("chunk \(index + 1) is shorter than its tag") }
            let sealed = fill(box, with: chunk)
            if remaining > sealedChunkSize {
                // A full chunk with more after it: it must be a middle chunk.
                if let plain = openChunk(sealed, key: key, counter: counter, last: false) {
                    plain.withUnsafeBytes(deliver)
                } else if openChunk(sealed, key: key, counter: counter, last: true) != nil {
                    throw .trailingData
                } else {
                    throw .payloadAuthenticationFailed(chunk: index)
                }
            } else if let plain = openChunk(sealed, key: key, counter: counter, last: true) {
                guard !plain.isEmpty || counter == 0 else {
                    throw .malformedPayload("the final chunk is empty but follows other chunks")
                }
                plain.withUnsafeBytes(deliver)
            } else if openChunk(sealed, key: key, counter: counter, last: false) != nil {
                throw .truncated("the file ends before its final content chunk")
            } else {
                throw .payloadAuthenticationFailed(chunk: index)
            }
            start += chunk.count
            counter += 1
        }
    }

    static let nonceSize = 12

    static func nonce(counter: UInt64, last: Bool) -> [UInt8] {
        [0, 0, 0] + (0..<8).map { UInt8(truncatingIfNeeded: counter >> (56 - 8 * UInt64($0))) } + [last ? 1 : 0]
    }

    /// One sealed chunk: ciphertext then tag.
    static func sealChunk(_ plain: ArraySlice<UInt8>, key: SymmetricKey, counter: UInt64, last: Bool)
        throws(SealError) -> [UInt8] {
        do {
            let box = try ChaChaPoly.seal(plain, using: key, nonce: ChaChaPoly.Nonce(data: nonce(counter: counter, last: last)))
            return Array(box.ciphertext) + Array(box.tag)
        } catch {
            throw .invalidKey("a chunk could not be sealed (\(error))")
        }
    }

    /// Copies a sealed chunk after the box's nonce room; the box's bytes up to its end.
    private static func fill(_ box: UnsafeMutableRawBufferPointer, with chunk: UnsafeRawBufferPointer)
        -> UnsafeMutableRawBufferPointer {
        let sealed = UnsafeMutableRawBufferPointer(rebasing: box[..<(nonceSize + chunk.count)])
        UnsafeMutableRawBufferPointer(rebasing: sealed[nonceSize...]).copyMemory(from: chunk)
        return sealed
    }

    /// Opens a filled box (see `fill`) under the chunk's nonce, written into its first bytes.
    static func openChunk(_ sealed: UnsafeMutableRawBufferPointer, key: SymmetricKey, counter: UInt64, last: Bool) -> Data? {
        guard sealed.count >= nonceSize + tagSize else { return nil }
        // The nonce `nonce(counter:last:)` gives, written in place rather than built as an array per chunk.
        sealed[0] = 0; sealed[1] = 0; sealed[2] = 0
        for offset in 0..<8 { sealed[3 + offset] = UInt8(truncatingIfNeeded: counter >> (56 - 8 * UInt64(offset))) }
        sealed[11] = last ? 1 : 0
        guard let box = try? ChaChaPoly.SealedBox(combined: UnsafeRawBufferPointer(sealed)),
              let plain = try? ChaChaPoly.open(box, using: key) else { return nil }
        return plain
    }
}
