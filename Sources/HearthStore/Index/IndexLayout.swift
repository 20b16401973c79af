/// A whole index as it is written: its head up to the facts (header, partner ids, chunk table and rows) in one
/// buffer, then the facts and the prose as runs of bytes where they already lie (a year folder's blocks, the
/// index read before). Written run by run, a cold index is never copied whole into fresh memory, whose page
/// faults were most of what writing it cost. Valid only while the index it was laid out from is.
struct IndexLayout {
    /// The header and the head before the facts, checksums filled in.
    let head: [UInt8]
    let facts: IndexRuns
    let prose: IndexRuns

    /// The file's length.
    var count: Int { head.count + facts.count + prose.count }

    /// Hands each run of the file's bytes to `write` in order, valid during that call.
    func forEachRun(_ write: (UnsafeRawBufferPointer) -> Void) {
        head.withUnsafeBytes(write)
        facts.forEachRun(write)
        prose.forEachRun(write)
    }

    /// Runs `body` with the runs of the file's bytes in order, valid during the call.
    func withRuns<Result>(_ body: ([UnsafeRawBufferPointer]) -> Result) -> Result {
        head.withUnsafeBytes { head in
            var runs = [head]
            facts.forEachRun { runs.append($0) }
            prose.forEachRun { runs.append($0) }
            return body(runs)
        }
    }

    /// The file's bytes in one buffer: what a sealed index encrypts.
    func joined() -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var cursor = IndexCursor(raw: UnsafeMutableRawBufferPointer(buffer))
            forEachRun { cursor.put($0) }
            initialized = cursor.offset
        }
    }
}

/// Bytes gathered in order from spans of encoded blocks and ranges of an index read before, each piece merged
/// with the one before it when it follows it where it lies (a year folder's entries, one after another in its
/// block): a cold index's facts are a few dozen runs, not one per file.
struct IndexRuns {
    private enum Run {
        case block(IndexBlock, Range<Int>)
        case bytes(UnsafeRawBufferPointer)
    }

    private var runs: [Run] = []
    /// The bytes gathered so far.
    private(set) var count = 0

    mutating func append(_ span: IndexSpan) {
        guard !span.range.isEmpty else { return }
        count += span.count
        if case .block(let block, let range) = runs.last, block === span.block, range.upperBound == span.range.lowerBound {
            runs[runs.count - 1] = .block(block, range.lowerBound..<span.range.upperBound)
        } else {
            runs.append(.block(span.block, span.range))
        }
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        count += bytes.count
        if case .bytes(let last) = runs.last, let lastStart = last.baseAddress, lastStart + last.count == start {
            runs[runs.count - 1] = .bytes(UnsafeRawBufferPointer(start: lastStart, count: last.count + bytes.count))
        } else {
            runs.append(.bytes(bytes))
        }
    }

    /// Hands each run to `body` in order. Each stays valid after the call as long as what it lies in does, unchanged:
    /// a block (its writer's own memory, written no more) or the index read.
    func forEachRun(_ body: (UnsafeRawBufferPointer) -> Void) {
        for run in runs {
            switch run {
            case .block(let block, let range): body(UnsafeRawBufferPointer(rebasing: block.writer.written[range]))
            case .bytes(let bytes): body(bytes)
            }
        }
    }

    /// The checksum of each chunk of these bytes, a chunk ending at each of `ends` (ascending, the last at `count`).
    func checksums(endingAt ends: [Int]) -> [UInt64] {
        var sums: [UInt64] = []
        sums.reserveCapacity(ends.count)
        var checksum = IndexChecksum()
        var offset = 0
        forEachRun { run in
            var taken = 0
            while taken < run.count {
                guard sums.count < ends.count else { return }
                let part = min(run.count - taken, ends[sums.count] - offset)
                checksum.add(UnsafeRawBufferPointer(rebasing: run[taken..<taken + part]))
                taken += part
                offset += part
                if offset == ends[sums.count] {
                    sums.append(checksum.value)
                    checksum = IndexChecksum()
                }
            }
        }
        return sums
    }
}
