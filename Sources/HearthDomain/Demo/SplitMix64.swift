/// A small, fast, seedable pseudo-random generator (Steele, Lea and Flood's SplitMix64).
///
/// Demo data must be identical for a seed on every platform and Swift version, which the
/// system generator does not promise, so Hearth carries its own.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator whose whole sequence is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<1`.
    public mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A uniform index in `0..<count`; `count` must be positive.
    public mutating func index(_ count: Int) -> Int { Int(next() % UInt64(count)) }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T { items[index(items.count)] }

    /// Noise in `-1...1`, more often near 0 (a triangle, the sum of two uniforms).
    public mutating func wobble() -> Double { unit() + unit() - 1 }
}
