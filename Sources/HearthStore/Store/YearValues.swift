/// The values read from one year folder, in memory of their own until `moveAll(to:)` moves them into the load's
/// array: appending one array to another copies each element (for a check-in, a retain of each of its fields),
/// and dropping the first then releases them all again.
final class YearValues<Value> {
    private let buffer: UnsafeMutableBufferPointer<Value>
    private(set) var count = 0

    /// Room for `capacity` values (a year folder's files: each gives at most one).
    init(capacity: Int) {
        buffer = .allocate(capacity: max(1, capacity))
    }

    /// Adds `value`; no more than the capacity.
    func append(_ value: consuming Value) {
        precondition(count < buffer.count, "more values than files in a year folder")
        buffer.initializeElement(at: count, to: value)
        count += 1
    }

    /// Moves every value to the end of `array`, in order, leaving none here.
    func moveAll(to array: inout [Value]) {
        array.append(contentsOf: Moving(buffer: buffer, end: count))
        count = 0
    }

    deinit {
        // Not `buffer[..<count]`: a range expression's conformance is looked up at run time the first time.
        buffer.baseAddress?.deinitialize(count: count)
        buffer.deallocate()
    }

    /// Each value moved out of the buffer as it is read.
    private struct Moving: Sequence, IteratorProtocol {
        let buffer: UnsafeMutableBufferPointer<Value>
        let end: Int
        var index = 0

        var underestimatedCount: Int { end - index }

        mutating func next() -> Value? {
            guard index < end else { return nil }
            defer { index += 1 }
            return buffer.moveElement(from: index)
        }
    }
}
