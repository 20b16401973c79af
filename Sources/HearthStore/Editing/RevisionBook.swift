/// The revisions of files as Hearth last read or wrote them, so an edit is never saved over someone else's.
///
/// A class: every copy of a session shares one book, so a save made through one copy is known to all.
public final class RevisionBook {
    /// The last full load; its revisions stand until this session writes a file again.
    public private(set) var loaded: LoadResult?
    /// Files this session wrote since that load, with the revision each now has.
    public private(set) var written: [String: Revision] = [:]

    /// An empty book: nothing read or written yet.
    public init() {}

    /// The revision a save of `path` must find on disk: the one written last, else the one loaded.
    public func revision(of path: String) -> Revision? { written[path] ?? loaded?.revision(ofPath: path) }

    /// Freshly read revisions supersede any this session wrote earlier.
    public func recordLoad(_ result: LoadResult) {
        loaded = result
        written = [:]
    }

    /// A file this session has just written, so the next save of it expects these bytes.
    public func recordWrite(_ path: String, _ revision: Revision) {
        written[path] = revision
    }
}
