import HearthDomain

/// A journal folder open for editing over time (the UI, a sync): every load is remembered in a revision
/// book, so each later save is checked against what this session last read or wrote.
public struct JournalSession {
    /// The journal folder.
    public let store: Store
    /// What was read and written, shared by every copy of this session.
    public let revisions = RevisionBook()

    /// A session on `store` that has read nothing yet.
    public init(store: Store) { self.store = store }

    /// Reads the whole journal and remembers each file's revision for the saves that follow.
    public func load() -> LoadResult {
        let result = store.load()
        revisions.recordLoad(result)
        return result
    }

    /// Saves a finished check-in over the version this session last read or wrote (new when there was none)
    /// and drops its draft; returns the path written, relative to the folder.
    @discardableResult
    public func save(_ checkIn: CheckIn, profile: Profile) throws(StoreError) -> String {
        let path = Store.path(of: checkIn.week, partner: checkIn.partner)
        let written = try store.write(checkIn, profile: profile, expected: revisions.revision(of: path))
        revisions.recordWrite(written.path, written.revision)
        // The check-in is safe; a draft left behind would only be offered again, so a failure here is not fatal.
        try? store.deleteDraft(week: checkIn.week, partner: checkIn.partner)
        return written.path
    }

    /// Applies one edit to the files as they are now (another device may have written since the last load),
    /// then reads the journal back so what is shown is what is on disk. Only the read-back reads every
    /// file: before the edit, just the files it changes are read. Returns the load and a line saying what changed.
    public func apply(_ edit: JournalEdit) throws(EditFailure) -> (loaded: LoadResult, message: String) {
        let editor = JournalEditor(store: store)
        let fresh = editor.loadFresh(for: edit)
        let summary = fresh.journal.map(edit.summary(in:)) ?? ""
        _ = try editor.apply(edit, to: fresh)
        return (load(), summary)
    }
}
