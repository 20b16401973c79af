/// Sorting without the standard library's sort.
///
/// The standard library's stable sort keeps its runs in an array whose type the runtime makes from a mangled
/// name (and checks conformances for) the first time a process sorts: in `hearth list` that lookup cost more
/// than sorting every year folder (0.13 ms). A merge sort of plain integers needs no such lookup; integer keys
/// rather than a comparison closure keep the sort itself cheap too.
enum StableOrder {
    /// Sorts `keys` ascending: a bottom-up merge sort, stable.
    static func sort(_ keys: inout [UInt64]) {
        let count = keys.count
        guard count > 1 else { return }
        var spare = keys
        var width = 1
        // Each pass merges runs of `width` from one buffer into the other; they swap roles after each pass.
        var fromKeys = true
        while width < count {
            keys.withUnsafeMutableBufferPointer { keysBuffer in
                spare.withUnsafeMutableBufferPointer { spareBuffer in
                    let source = fromKeys ? keysBuffer : spareBuffer
                    let target = fromKeys ? spareBuffer : keysBuffer
                    var start = 0
                    while start < count {
                        let middle = min(start + width, count), end = min(start + 2 * width, count)
                        var left = start, right = middle, out = start
                        while left < middle, right < end {
                            // The right one goes first only when strictly smaller: that keeps equal ones in order.
                            if source[right] < source[left] {
                                target[out] = source[right]
                                right += 1
                            } else {
                                target[out] = source[left]
                                left += 1
                            }
                            out += 1
                        }
                        while left < middle {
                            target[out] = source[left]
                            left += 1
                            out += 1
                        }
                        while right < end {
                            target[out] = source[right]
                            right += 1
                            out += 1
                        }
                        start = end
                    }
                }
            }
            fromKeys.toggle()
            width *= 2
        }
        if !fromKeys { keys = spare }
    }
}
