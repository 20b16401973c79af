@testable import HearthStore
import Testing

@Suite struct StableOrderTests {
    @Test func ordersLikeTheStandardLibrarysStableSort() {
        var generator = SystemRandomNumberGenerator()
        for count in Array(0...70) + [127, 128, 129, 1_000] {
            // Few distinct keys, so most comparisons are ties whose order stability must keep.
            let keys = (0..<count).map { _ in Int.random(in: 0..<max(1, count / 4), using: &generator) }
            let ours = StableOrder.indices(count: count) { keys[$0] < keys[$1] }
            let standard = keys.indices.sorted { keys[$0] < keys[$1] }
            #expect(ours == standard, "count \(count)")
        }
    }

    @Test func keepsTheOrderOfEqualOnes() {
        #expect(StableOrder.indices(count: 5) { _, _ in false } == [0, 1, 2, 3, 4])
        #expect(StableOrder.indices(count: 5) { $0 > $1 } == [4, 3, 2, 1, 0])
    }
}
