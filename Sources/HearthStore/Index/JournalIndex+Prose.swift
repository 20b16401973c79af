/// Prose chunks a load has read: whole chunks from the start of `chunks.lowerBound` (cut short when the file
/// was), each checked against the head's table.
struct ProseWindow {
    /// The bytes, valid only while the load that read them runs.
    let bytes: UnsafeRawBufferPointer
    /// Where `bytes` start in the prose.
    let start: Int
    let chunks: Range<Int>
    /// Whether each chunk of `chunks` was read whole and matched its checksum.
    let intact: [Bool]
}

/// The prose of format 3, in chunks of whole entries, each with its checksum in the head's table.
extension JournalIndex {
    func chunkEnd(_ chunk: Int) -> Int { Int(truncatingIfNeeded: u64(chunkTable + chunk * Self.chunkRowSize)) }
    func chunkStart(_ chunk: Int) -> Int { chunk == 0 ? 0 : chunkEnd(chunk - 1) }
    func chunkChecksum(_ chunk: Int) -> UInt64 { u64(chunkTable + chunk * Self.chunkRowSize + 8) }

    /// The chunk holding the prose byte at `offset`.
    func chunk(holding offset: Int) -> Int {
        var low = 0
        var high = chunkCount
        while low < high {
            let middle = (low + high) / 2
            if chunkEnd(middle) <= offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The chunks holding the prose of `entries`, a run of rows (whose prose lies in the same order).
    func chunks(holding entries: Range<Int>) -> Range<Int> {
        guard let first = entries.first(where: { !proseRange($0).isEmpty }),
              let last = entries.last(where: { !proseRange($0).isEmpty }) else { return 0..<0 }
        let lower = chunk(holding: proseRange(first).lowerBound)
        return lower..<max(lower, chunk(holding: proseRange(last).upperBound - 1) + 1)
    }

    /// `bytes`, the prose from the start of chunk `chunks.lowerBound` (possibly cut short), as a window whose
    /// every chunk has been checked.
    func checkedWindow(_ bytes: UnsafeRawBufferPointer, chunks: Range<Int>) -> ProseWindow {
        let start = chunks.isEmpty ? 0 : chunkStart(chunks.lowerBound)
        let intact = chunks.map { chunk in
            let range = chunkStart(chunk) - start..<chunkEnd(chunk) - start
            return range.upperBound <= bytes.count
                && IndexChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[range])) == chunkChecksum(chunk)
        }
        return ProseWindow(bytes: bytes, start: start, chunks: chunks, intact: intact)
    }

    /// Whether the load read every chunk of the prose (whole or damaged): a rewrite then needs no other read.
    var holdsAllProse: Bool { window.map { $0.chunks == 0..<chunkCount } ?? (chunkCount == 0) }

    /// The bytes of an entry's prose (empty when it has none); nil when its chunk was not read or is damaged,
    /// and the entry is then read from its file.
    func prose(_ entry: Int) -> UnsafeRawBufferPointer? {
        let range = proseRange(entry)
        guard !range.isEmpty else { return UnsafeRawBufferPointer(rebasing: raw[0..<0]) }
        guard let window else { return nil }
        let chunk = chunk(holding: range.lowerBound)
        guard window.chunks.contains(chunk), window.intact[chunk - window.chunks.lowerBound], range.upperBound <= chunkEnd(chunk) else {
            return nil
        }
        return UnsafeRawBufferPointer(rebasing: window.bytes[range.lowerBound - window.start..<range.upperBound - window.start])
    }
}
