/// Three-way merges of journal files by meaning, record by record and field by field, on bytes in memory.
///
/// Pure: no file or process I/O, so `hearth sync` (git at the edge) and an encrypted journal (decrypt, merge,
/// encrypt) use it alike with nothing written in between.
public enum JournalMerge {
    /// Merges `ours` and `theirs`, both edited from `base` (nil when the file was added on both sides), into
    /// the file at `relativePath` (`rituals.md`, `checkins/2026/2026-W47-alex.md`).
    ///
    /// A side that does not parse, or a path Hearth does not merge, is never guessed at: the result keeps
    /// `ours` as it is, hands back `theirs` to keep beside it, and says why (`JournalMergeResult.unmerged`).
    /// A base that does not parse merges as if there were none: every difference is then a conflict.
    public static func merge(relativePath: String, base: [UInt8]?, ours: [UInt8], theirs: [UInt8]) -> JournalMergeResult {
        // One side changed or both alike: that side's bytes as they are, whatever they hold.
        if ours == theirs || base == theirs { return JournalMergeResult(merged: ours) }
        if base == ours { return JournalMergeResult(merged: theirs) }
        guard let shape = MergeShape(relativePath: relativePath) else {
            return unmerged("\(relativePath) is not a file Hearth merges by meaning", ours: ours, theirs: theirs)
        }
        let oursDocument: MergeDocument, theirsDocument: MergeDocument
        switch (shape.document(ours, path: relativePath), shape.document(theirs, path: relativePath)) {
        case (.failure(let problem), _):
            return unmerged("our version does not read (\(problem)); nothing was merged", ours: ours, theirs: theirs)
        case (_, .failure(let problem)):
            return unmerged("their version does not read (\(problem)); nothing was merged", ours: ours, theirs: theirs)
        case (.success(let o), .success(let t)):
            (oursDocument, theirsDocument) = (o, t)
        }
        let empty = MergeDocument(records: [], conflicts: [])
        let baseDocument = base.flatMap { try? shape.document($0, path: relativePath).get() } ?? empty
        let (records, conflicts) = RecordMerge.merge(base: baseDocument, ours: oursDocument, theirs: theirsDocument, path: relativePath)
        do throws(JournalMergeError) {
            let merged = try shape.bytes(MergeDocument(records: records, conflicts: conflicts), path: relativePath)
            let fresh = Set(conflicts).subtracting(oursDocument.conflicts).subtracting(theirsDocument.conflicts)
            return JournalMergeResult(merged: merged, conflicts: conflicts.filter { fresh.contains($0) })
        } catch {
            return unmerged("the merged records do not make a file (\(error.message)); nothing was merged", ours: ours, theirs: theirs)
        }
    }

    /// Whether the file at `relativePath` is one `merge` merges by meaning (profile, agenda, rituals, a
    /// check-in, a moments file); anything else (a draft, an ignore file, a conflict copy) it hands back unmerged.
    public static func mergesByMeaning(relativePath: String) -> Bool {
        MergeShape(relativePath: relativePath) != nil
    }

    /// The conflicts written into a journal file by earlier merges, for doctor and for the UI to offer.
    public static func conflicts(in bytes: [UInt8], relativePath: String) throws(StoreProblem) -> [JournalMergeConflict] {
        guard let shape = MergeShape(relativePath: relativePath) else { return [] }
        return try shape.document(bytes, path: relativePath).get().conflicts
    }

    /// The file with one conflict settled: `.kept` leaves the value in place, `.other` puts the other value
    /// there (removing the field, or the whole record, when the other side had removed it). Either way the
    /// conflict's entry is gone. Throws when the file does not read or holds no such conflict.
    public static func resolve(_ conflict: JournalMergeConflict, keeping side: JournalMergeSide,
                               in bytes: [UInt8], relativePath: String) throws(JournalMergeError) -> [UInt8] {
        guard let shape = MergeShape(relativePath: relativePath) else {
            throw JournalMergeError(path: relativePath, message: "not a file Hearth merges by meaning")
        }
        var document: MergeDocument
        switch shape.document(bytes, path: relativePath) {
        case .failure(let problem): throw JournalMergeError(path: relativePath, message: "does not read: \(problem)")
        case .success(let read): document = read
        }
        guard let index = document.conflicts.firstIndex(where: { $0.record == conflict.record && $0.field == conflict.field }) else {
            throw JournalMergeError(path: relativePath, message: "no conflict on \(conflict.record) \(conflict.field) here (resolved already?)")
        }
        let found = document.conflicts.remove(at: index)
        if side == .other {
            guard let record = document.records.firstIndex(where: { $0.label == found.record }) else {
                throw JournalMergeError(path: relativePath, message: "\(found.record) is no longer in the file")
            }
            if found.field == JournalMergeConflict.wholeRecord {
                document.records.remove(at: record)
            } else {
                document.records[record][found.field] = found.other
            }
        }
        return try shape.bytes(document, path: relativePath)
    }

    private static func unmerged(_ reason: String, ours: [UInt8], theirs: [UInt8]) -> JournalMergeResult {
        JournalMergeResult(merged: ours, unmerged: JournalUnmerged(reason: reason, theirs: theirs))
    }
}
