/// A stable order of indices, sorted without the standard library's sort.
///
/// The standard library's stable sort keeps its runs in an array whose type the runtime makes from a mangled
/// name (and checks conformances for) the first time a process sorts: in `hearth list` that lookup cost more
/// than sorting every year folder (0.13 ms against about 0.05). A bottom-up merge sort of integers needs no such
/// lookup, and is as stable.
enum StableOrder {
    /// The indices `0..<count`, ordered by `precedes`; indices it leaves equal keep their order.
    static func indices(count: Int, by precedes: (Int, Int) -> Bool) -> [Int] {
        var order = Array(0..<count)
        guard count > 1 else { return order }
        var merged = order
        var width = 1
        while width < count {
            var start = 0
            while start < count {
                let middle = min(start + width, count), end = min(start + 2 * width, count)
                var left = start, right = middle, out = start
                while left < middle, right < end {
                    // The right one goes first only when it strictly precedes: that is what keeps equal ones in order.
                    if precedes(order[right], order[left]) {
                        merged[out] = order[right]
                        right += 1
                    } else {
                        merged[out] = order[left]
                        left += 1
                    }
                    out += 1
                }
                while left < middle {
                    merged[out] = order[left]
                    left += 1
                    out += 1
                }
                while right < end {
                    merged[out] = order[right]
                    right += 1
                    out += 1
                }
                start = end
            }
            swap(&order, &merged)
            width *= 2
        }
        return order
    }
}
