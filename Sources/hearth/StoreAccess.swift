import HearthDomain
import HearthStore
#if canImport(Glibc)
import Glibc
#endif

/// The journal folder as the UI sees it: a `JournalSession` on the store, with its failures in the UI's words.
struct StoreAccess: JournalAccess {
    /// What was loaded and written, for saving check-ins opened for editing.
    let session: JournalSession
    var store: Store { session.store }
    var folder: String { store.root }

    init(store: Store) { session = JournalSession(store: store) }

    func load() -> (journal: Journal?, problems: [String]) {
        let result = session.load()
        return (result.journal, result.problems.map(String.init(describing:)))
    }

    func create(_ journal: Journal) throws -> Journal {
        try store.initialize(profile: journal.profile, agenda: journal.agenda, rituals: journal.rituals)
        return try Self.reload(store)
    }

    /// Two years of the generated couple in a new temporary folder: enough for every screen, written in
    /// well under a second.
    func makeDemo(endingAt week: Week) throws -> (journal: Journal, folder: String) {
        let demo = store.reopened(at: try Self.makeTemporaryFolder())
        try demo.importJournal(DemoJournal.make(weeks: 104, endingAt: week, seed: 1))
        return (try Self.reload(demo), demo.root)
    }

    /// The journal as written, read back so the UI shows exactly what is on disk.
    private static func reload(_ store: Store) throws -> Journal {
        let result = store.load()
        guard let journal = result.journal else {
            throw CommandFailure("wrote \(store.root) but could not read it back: "
                + (result.problems.first.map(String.init(describing:)) ?? "no profile"))
        }
        return journal
    }

    /// A new private (0700) folder under $TMPDIR, else /tmp.
    private static func makeTemporaryFolder() throws -> String {
        let base = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/" + Store.demoFolderPrefix + "XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.flatMap(mkdtemp).map { String(cString: $0) }
        }
        guard let made else {
            throw CommandFailure("cannot create a demo folder in \(base): \(String(cString: strerror(errno)))")
        }
        return made
    }
}
