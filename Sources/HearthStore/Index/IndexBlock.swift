/// Where the files of one year folder that a load parsed are encoded for the index: their facts one after
/// another in one buffer, their prose in another. Two arrays per file, each a heap allocation kept until the
/// index was written, cost a cold `search` more than the encoding itself.
///
/// Written only by the thread reading that year folder, and read only after every year folder is read.
final class IndexBlock: @unchecked Sendable {
    /// Unchecked: one thread writes it, at one place at a time (above), and the run-time check of each access to a
    /// class's stored property was a tenth of what encoding a file cost (callgrind).
    @exclusivity(unchecked) var writer: IndexWriter
    /// What the block is expected to hold, reserved at its first entry (a warm load writes none).
    private let capacity: Int

    init(words: IndexWords = .none, discarding: Bool = false, capacity: Int) {
        writer = IndexWriter(discarding: discarding)
        writer.words = words
        self.capacity = capacity
    }

    /// Where the next entry starts.
    func start() -> Int {
        writer.reserveCapacity(capacity)
        return writer.length
    }

    /// Where the bytes written since `start` lie.
    func span(from start: Int) -> IndexSpan {
        IndexSpan(block: self, range: start..<writer.length)
    }
}

/// The bytes of one index entry's facts or prose, inside the block they were encoded into.
struct IndexSpan: Sendable {
    let block: IndexBlock
    let range: Range<Int>

    var count: Int { range.count }
}
