/// A search's query as a test on raw bytes, for a reader that holds texts as UTF-8 and wants to know which it
/// need not make into strings: a search's hits never come from a text the test turns down.
public struct SearchPrefilter: Sendable {
    /// Nil when the query folds to nothing: then nothing matches.
    private let needle: SearchNeedle?

    public init(query: String) {
        needle = SearchNeedle(query)
    }

    /// Whether `bytes` may hold a text that mentions the query. Never false when some valid UTF-8 text among them
    /// mentions it (whatever else lies around it, such as length prefixes); exact for the bytes of one text.
    public func mayMatch(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let needle, !bytes.isEmpty else { return false }
        return needle.firstMatch(inBytes: bytes.assumingMemoryBound(to: UInt8.self)) != nil
    }
}
