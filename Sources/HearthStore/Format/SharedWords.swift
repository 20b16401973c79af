#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthDomain

/// Short texts that repeat in file after file (type ids, ritual ids), each kept as one string that
/// every decoded value shares: matching the bytes is cheaper than decoding a new string, and a large
/// journal holds one copy instead of one per check-in.
struct SharedWords: Sendable {
    private let words: [(bytes: [UInt8], text: String)]

    init(_ texts: [String]) {
        var seen = Set<String>()
        words = texts.filter { seen.insert($0).inserted }.map { (Array($0.utf8), $0) }
    }

    /// The core intimacy type ids: what rating keys are when no profile is at hand.
    static let coreTypes = SharedWords(IntimacyType.core.map(\.id))

    /// The shared string for a plain (unquoted) key, or nil when it is not one of the words.
    func key(of node: Int, in fm: FrontMatter) -> String? {
        let entry = fm[node]
        guard !entry.keyQuoted else { return nil }
        return word(from: entry.keyStart, to: entry.keyEnd, in: fm)
    }

    /// The shared string for a scalar without escapes, or nil when it is not one of the words.
    func value(of node: Int, in fm: FrontMatter) -> String? {
        let entry = fm[node]
        guard entry.kind == .scalar, entry.style != .null, !entry.hasEscapes else { return nil }
        return word(from: entry.start, to: entry.end, in: fm)
    }

    private func word(from start: Int, to end: Int, in fm: FrontMatter) -> String? {
        word(in: fm.text, start..<end)
    }

    /// The shared string spelled by `range` of `text`, or nil when it is not one of the words.
    func word(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        let length = range.count
        guard let base = text.baseAddress else { return nil }
        for word in words where word.bytes.count == length
            && word.bytes.withUnsafeBufferPointer({ $0.baseAddress.map { memcmp($0, base + range.lowerBound, length) == 0 } ?? false }) {
            return word.text
        }
        return nil
    }
}
