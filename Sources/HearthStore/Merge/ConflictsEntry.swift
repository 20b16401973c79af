import HearthDomain

/// The `conflicts:` front-matter entry a merge writes into any journal file it could not settle:
///
/// ```yaml
/// conflicts:
///   - record: "ritual:date-night"
///     field: "cadence"
///     kept: "weekly friday"
///     other: "weekly saturday"
/// ```
///
/// The file stays a valid journal file (the kept value is in place), the other value is kept word for word,
/// doctor lists each entry, and `JournalMerge.resolve` applies a choice and removes the entry. `~` stands for
/// "absent" (a field removed, or for `field: "(record)"` the record removed on the other side).
enum ConflictsEntry {
    static let key = "conflicts"

    /// The entry's text, key line included, as the codecs keep unknown entries.
    static func text(_ conflicts: [JournalMergeConflict]) -> String {
        func value(_ text: String?) -> String { text.map(DocumentWriter.quoted) ?? "~" }
        var lines = [key + ":"]
        for conflict in conflicts {
            lines.append("  - record: " + DocumentWriter.quoted(conflict.record))
            lines.append("    field: " + DocumentWriter.quoted(conflict.field))
            lines.append("    kept: " + value(conflict.kept))
            lines.append("    other: " + value(conflict.other))
        }
        return lines.joined(separator: "\n")
    }

    /// The conflicts of a kept `conflicts:` entry's text.
    static func decode(text: String, path: String) throws(SyntaxError) -> [JournalMergeConflict] {
        let bytes = Array(("---\nhearth: \(Document.version)\n" + text + "\n---\n").utf8)
        let result: Result<[JournalMergeConflict], SyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(SyntaxError) {
                let document = try Document(buffer)
                let fm = document.frontMatter
                var conflicts: [JournalMergeConflict] = []
                for child in fm.children(of: FrontMatter.root) where fm.key(of: child, is: "conflicts") {
                    conflicts += try decode(fm, child, path: path).map(\.conflict)
                }
                return .success(conflicts)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The conflicts of a `conflicts:` node, each with the offset of its item for messages.
    static func decode(_ fm: FrontMatter, _ node: Int, path: String) throws(SyntaxError) -> [(conflict: JournalMergeConflict, offset: Int)] {
        var conflicts: [(JournalMergeConflict, Int)] = []
        for item in try fm.list(node) {
            var record: String?, field: String?
            var kept: String?, other: String?
            for entry in try fm.map(item) {
                let value = fm.isNull(entry) ? nil : try fm.string(entry)
                if fm.key(of: entry, is: "record") {
                    record = value
                } else if fm.key(of: entry, is: "field") {
                    field = value
                } else if fm.key(of: entry, is: "kept") {
                    kept = value
                } else if fm.key(of: entry, is: "other") {
                    other = value
                } else {
                    throw try fm.unknownKey(entry, in: "a merge conflict", known: "record, field, kept, other")
                }
            }
            guard let record else { throw fm.missing("record", example: "- record: \"ritual:date-night\"", at: item) }
            guard let field else { throw fm.missing("field", example: "field: \"cadence\"", at: item) }
            conflicts.append((JournalMergeConflict(path: path, record: record, field: field, kept: kept, other: other), fm[item].start))
        }
        return conflicts
    }
}
