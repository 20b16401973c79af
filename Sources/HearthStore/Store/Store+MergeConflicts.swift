import HearthDomain

/// Finding the conflicts merges left in journal files, for `hearth doctor` and the UI's chooser.
///
/// `load()` notes which files hold a `conflicts:` entry as it decodes them (the entry is kept as unknown
/// content), so listing reads only those few files again, never the whole journal.
extension Store {
    /// The unresolved merge conflicts of the files `loaded` noted, each with its line and the file's version
    /// now; reads only those files, through the same door as `load()`, and never writes.
    public func mergeConflicts(after loaded: LoadResult) -> MergeConflictListing {
        var listing = MergeConflictListing()
        for path in loaded.conflictedPaths {
            guard let kind = JournalFileKind(path: path) else { continue }
            let outcome = read(path, kind: kind, decode: { document throws(SyntaxError) in
                try Self.placedConflicts(in: document, path: path)
            }, check: { _, _ in [] })
            switch outcome {
            case .absent: break
            case .broken(let problems): listing.problems += problems
            case .loaded(let placed, let revision):
                listing.conflicts += placed.map {
                    ListedMergeConflict(conflict: $0.conflict, line: $0.line, column: $0.column, revision: revision)
                }
            }
        }
        return listing
    }

    /// One problem per unresolved merge conflict (a `conflicts:` entry) of the files `loaded` noted, at its line;
    /// a malformed entry is a problem too.
    public func mergeConflictProblems(after loaded: LoadResult) -> [StoreProblem] {
        let listing = mergeConflicts(after: loaded)
        return listing.problems + listing.conflicts.map(\.problem)
    }

    /// `mergeConflictProblems(after:)` of a fresh load (without prose).
    public func mergeConflictProblems() -> [StoreProblem] {
        mergeConflictProblems(after: load(prose: false))
    }

    /// The conflicts entry of one parsed file as problems; a file without one has none.
    static func conflictProblems(in document: Document, path: String) throws(SyntaxError) -> [StoreProblem] {
        try placedConflicts(in: document, path: path).map { $0.conflict.problem(line: $0.line, column: $0.column) }
    }

    /// The conflicts of one parsed file's `conflicts:` entry, each with the line and column of its item.
    static func placedConflicts(in document: Document, path: String) throws(SyntaxError)
        -> [(conflict: JournalMergeConflict, line: Int, column: Int)] {
        let fm = document.frontMatter
        var placed: [(conflict: JournalMergeConflict, line: Int, column: Int)] = []
        for child in fm.children(of: FrontMatter.root) where fm.key(of: child, is: "conflicts") {
            for (conflict, offset) in try ConflictsEntry.decode(fm, child, path: path) {
                let place = position(of: offset, in: fm.text)
                placed.append((conflict, place.line, place.column))
            }
        }
        return placed
    }
}

extension PreservedContent {
    /// Whether a merge left a `conflicts:` entry among the unknown content kept.
    var holdsConflicts: Bool { frontMatter.contains { $0.key == ConflictsEntry.key } }
}

extension LoadResult {
    /// Notes the week files just loaded into `values` (read in step with the last folder's revisions) whose
    /// kept content holds a `conflicts:` entry.
    mutating func noteConflicts<Value>(in values: [Value], _ preserved: (Value) -> PreservedContent) {
        guard let folder = weekRevisions.last, folder.entries.count == values.count else { return }
        // Through the buffer: enumerating the array copied every value (a retain of each of its fields).
        values.withUnsafeBufferPointer { buffer in
            for index in buffer.indices where preserved(buffer[index]).holdsConflicts {
                conflictedPaths.append(folder.path(at: index))
            }
        }
    }
}
