import HearthDomain

/// Finding the conflicts merges left in journal files, for `hearth doctor`.
extension Store {
    /// One problem per unresolved merge conflict (a `conflicts:` entry), at its line; a malformed entry is a
    /// problem too. Reads through the same entry points as `load()` and never writes.
    public func mergeConflictProblems() -> [StoreProblem] {
        var result = LoadResult(journal: nil)
        var problems: [StoreProblem] = []
        for (path, kind) in [(Self.profilePath, JournalFileKind.profile), (Self.agendaPath, .agenda), (Self.ritualsPath, .rituals)] {
            if case .loaded(let found, _) = read(path, kind: kind, decode: { document throws(SyntaxError) in
                try Self.conflictProblems(in: document, path: path)
            }, check: { _, _ in [] }) {
                problems += found
            }
        }
        guard case .loaded(let profile, _) = read(Self.profilePath, kind: .profile, decode: ProfileFile.decode, check: { _, _ in [] }) else {
            return problems
        }
        let context = CheckContext(profile: profile)
        for (folder, kind) in [("checkins", JournalFileKind.checkIn), ("moments", .moments)] {
            problems += loadWeekFiles(folder: folder, context: context, into: &result) { file, handle, _ in
                readWeekFile(file, in: handle, kind: kind) { bytes in
                    outcome(of: bytes, path: file.path, decode: { document throws(SyntaxError) in
                        try Self.conflictProblems(in: document, path: file.path)
                    }, check: { _, _ in [] })
                }
            }.flatMap { $0 }
        }
        return problems
    }

    /// The conflicts entry of one parsed file as problems; a file without one has none. Broken files are
    /// `load()`'s to report, so a decode error here is reported only when it is in the entry itself.
    static func conflictProblems(in document: Document, path: String) throws(SyntaxError) -> [StoreProblem] {
        let fm = document.frontMatter
        var problems: [StoreProblem] = []
        for child in fm.children(of: FrontMatter.root) where fm.key(of: child, is: "conflicts") {
            for (conflict, offset) in try ConflictsEntry.decode(fm, child, path: path) {
                let place = position(of: offset, in: fm.text)
                let message = conflict.field == JournalMergeConflict.wholeRecord
                    ? "unresolved merge conflict: \(conflict.record) was edited on one machine and removed on the other (the edit is kept)"
                    : "unresolved merge conflict: \(conflict.record) \(conflict.field) is \(show(conflict.kept)) here, \(show(conflict.other)) on the other machine"
                problems.append(StoreProblem(path: path, line: place.line, column: place.column, message: message,
                                             hint: "keep one value (set it in place) and delete this entry under `conflicts:`"))
            }
        }
        return problems
    }

    private static func show(_ value: String?) -> String {
        guard let value else { return "absent" }
        let line = value.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let short = line.count > 60 ? String(line.prefix(57)) + "..." : line
        return "\"" + short + (line == value ? "" : " ...") + "\""
    }
}
