@testable import HearthStore
import Testing

@Suite struct StableOrderTests {
    @Test func sortsLikeTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        for count in Array(0...70) + [127, 128, 129, 1_000] {
            // Few distinct values, so many are equal; and some at the top of the range.
            let values = (0..<count).map { _ in UInt64.random(in: 0..<UInt64(max(1, count / 4)), using: &generator) << 40 }
                + (0..<count / 3).map { _ in UInt64.max - UInt64.random(in: 0..<3, using: &generator) }
            var ours = values
            StableOrder.sort(&ours)
            #expect(ours == values.sorted(), "count \(count)")
        }
    }
}
