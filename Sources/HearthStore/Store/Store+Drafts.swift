import HearthDomain

/// Drafts: unfinished check-ins under `drafts/`, in the check-in format plus two `draft_` keys.
///
/// A draft is Hearth's own scratch copy, so a save replaces whatever draft is there without a revision
/// check; it is still written atomically (temporary file, fsync, rename) and 0600.
extension Store {
    /// `drafts/2026-W47-alex.md`.
    public static func draftPath(of week: Week, partner: String) -> String { "drafts/\(week)-\(partner).md" }

    static let draftsFolder = "drafts"
    static let draftStepKey = "draft_step"
    static let draftSessionKey = "draft_session"
    /// The id of the step the draft was on: what a resume looks for first, since agenda.md may have changed
    /// order since (`draft_step`, the position, is still written for older Hearths and read when the id is gone).
    static let draftStepIDKey = "draft_step_id"

    /// Writes a draft over any earlier one for the same week and partner; returns its relative path.
    @discardableResult
    public func saveDraft(_ draft: CheckInDraft) throws(StoreError) -> String {
        let path = Self.draftPath(of: draft.checkIn.week, partner: draft.checkIn.partner)
        guard Partner.isValidID(draft.checkIn.partner), draft.session.allSatisfy(Partner.isValidID) else {
            throw .invalid(path, [ValidationProblem(field: "partner", message: "'\(draft.checkIn.partner)' cannot be used in a file name")])
        }
        guard try exists(Self.profilePath) else { throw .notInitialized(root) }
        var checkIn = draft.checkIn
        checkIn.preserved.frontMatter.removeAll { $0.key.hasPrefix("draft_") }
        checkIn.preserved.frontMatter.insert(contentsOf: [
            RawEntry(key: Self.draftStepKey, text: "\(Self.draftStepKey): \(draft.step)"),
        ] + (draft.stepID.map { [RawEntry(key: Self.draftStepIDKey, text: "\(Self.draftStepIDKey): \(DocumentWriter.quoted($0))")] } ?? []) + [
            RawEntry(key: Self.draftSessionKey, text: "\(Self.draftSessionKey): [\(draft.session.joined(separator: ", "))]"),
        ], at: 0)
        // In a sealed journal the draft's private reflection goes beside it, sealed to its writer, as a check-in's does.
        try replace(checkIn, at: path, onDisk: .anyVersion)
        return path
    }

    /// Every readable draft, oldest week first; a draft that does not parse is reported, not deleted.
    public func loadDrafts() -> (drafts: [CheckInDraft], problems: [StoreProblem]) {
        var drafts: [CheckInDraft] = []
        var problems: [StoreProblem] = []
        let entries: [DirectoryEntry]
        if let problem = folderProblem(Self.draftsFolder) { return ([], [problem]) }
        do {
            entries = try fileSystem.listDirectory(at: absolute(Self.draftsFolder)) ?? []
        } catch {
            return ([], [StoreProblem(path: Self.draftsFolder, message: "cannot list this folder: \(error.message)",
                                      hint: "check the folder's permissions")])
        }
        for entry in Self.journalFileNames(entries).entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") && entry.name.hasSuffix(".md") {
            let path = Self.draftsFolder + "/" + entry.name
            if entry.isDirectory {
                problems.append(Self.folderInPlaceOfFile(path))
                continue
            }
            switch read(path, kind: .draft, decode: { document throws(SyntaxError) in try CheckInFile.decode(document) }, check: { _, _ in [] }) {
            case .absent: break
            case .broken(let found): problems += found
            case .loaded(let checkIn, _):
                let folder = FolderHandle(path: absolute(Self.draftsFolder), descriptor: -1)
                drafts.append(Self.draft(from: withPrivateReflection(checkIn, name: entry.name, in: folder)))
            }
        }
        return (drafts.sorted { ($0.checkIn.week, $0.checkIn.partner) < ($1.checkIn.week, $1.checkIn.partner) }, problems)
    }

    /// Removes a draft (after its check-in is saved, or when the couple discards it); absent is fine.
    public func deleteDraft(week: Week, partner: String) throws(StoreError) {
        let path = Self.draftPath(of: week, partner: partner)
        // Removing a file is a write too: never through a drafts folder that leads outside the journal.
        guard try resolvedInside(Self.draftsFolder, journal: resolvedRoot()) != nil else { return }
        do {
            try files.remove(files.file(path, kind: .draft))
        } catch {
            throw .io(path, error.message)
        }
        try removePrivateReflection(ofCheckIn: path)
    }

    /// Takes the `draft_` keys out of the preserved front matter.
    static func draft(from checkIn: CheckIn) -> CheckInDraft {
        var checkIn = checkIn
        var step = 0
        var stepID: String?
        var session: [String] = []
        for entry in checkIn.preserved.frontMatter where entry.key.hasPrefix("draft_") {
            let value = entry.text.split(separator: ":", maxSplits: 1).last.map { $0.trimmingSpaces() } ?? ""
            if entry.key == draftStepKey { step = Int(value) ?? 0 }
            if entry.key == draftStepIDKey { stepID = Self.quotedValue(entry.text) }
            if entry.key == draftSessionKey {
                session = value.trimmingCharacters(in: "[]").split(separator: ",").map { $0.trimmingSpaces() }.filter(Partner.isValidID)
            }
        }
        checkIn.preserved.frontMatter.removeAll { $0.key.hasPrefix("draft_") }
        if !session.contains(checkIn.partner) { session = [checkIn.partner] }
        return CheckInDraft(checkIn: checkIn, step: step, stepID: stepID, session: session)
    }

    /// The text of a `key: "value"` entry as the front-matter parser reads it; nil when it does not read.
    private static func quotedValue(_ entry: String) -> String? {
        let bytes = Array(("---\nhearth: 1\n" + entry + "\n---\n").utf8)
        return bytes.withUnsafeBufferPointer { buffer -> String? in
            guard let document = try? Document(buffer) else { return nil }
            let fm = document.frontMatter
            return fm.children(of: FrontMatter.root).first { !fm.key(of: $0, is: "hearth") }.flatMap { try? fm.string($0) }
        }
    }
}

private extension Substring {
    func trimmingSpaces() -> String { trimmingCharacters(in: " ") }

    func trimmingCharacters(in set: String) -> String {
        var result = self
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String { Substring(self).trimmingCharacters(in: set) }
}
