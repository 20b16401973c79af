/// A copy a file syncer left beside a journal file when both laptops changed it: Syncthing's
/// `rituals.sync-conflict-20261121-101500-ABCDEFG.md`, Dropbox's `rituals (Zoë's conflicted copy 2026-11-21).md`.
public struct ConflictCopy: Hashable, Sendable, CustomStringConvertible {
    /// The copy, relative to the journal: `checkins/2026/2026-W47-zoe.sync-conflict-….md`.
    public let path: String
    /// The file it is a copy of, relative to the journal: `checkins/2026/2026-W47-zoe.md`.
    public let original: String
    /// Which syncer left it, in words: "Syncthing" or "Dropbox".
    public let syncer: String

    /// The copy that `path` names, or nil when the name is not a conflict copy of a Markdown file.
    public init?(path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard name.hasSuffix(".md"), !name.hasPrefix(".") else { return nil }
        let stem = name.dropLast(3)
        if let marker = Self.firstOffset(of: ".sync-conflict-", in: stem), marker > 0 {
            original = folder + stem.prefix(marker) + ".md"
            syncer = "Syncthing"
        } else if stem.hasSuffix(")"), let marker = Self.firstOffset(of: "conflicted copy", in: stem),
                  let open = Self.lastOffset(of: " (", in: stem.prefix(marker)), open > 0 {
            original = folder + stem.prefix(open) + ".md"
            syncer = "Dropbox"
        } else {
            return nil
        }
        self.path = path
    }

    public var description: String { path }

    /// Where `needle` first starts in `text`, in characters.
    private static func firstOffset(of needle: String, in text: Substring) -> Int? {
        let needle = Array(needle), text = Array(text)
        guard text.count >= needle.count else { return nil }
        return (0...(text.count - needle.count)).first { text[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// Where `needle` last starts in `text`, in characters.
    private static func lastOffset(of needle: String, in text: Substring) -> Int? {
        let needle = Array(needle), text = Array(text)
        guard text.count >= needle.count else { return nil }
        return (0...(text.count - needle.count)).last { text[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    /// The problem doctor lists for this copy.
    public var problem: StoreProblem {
        StoreProblem(path: path, message: "a copy \(syncer) left when both laptops changed \(original); it is not read",
                     hint: "run `hearth resolve` to merge it into \(original) (the copy is removed once the merge is saved)")
    }
}
