import HearthDomain
import HearthSeal

/// The journal folder: plain Markdown files read and written through a `FileSystem`.
public struct Store: Sendable {
    /// The journal folder, as resolved (absolute or relative to the working directory).
    public let root: String
    /// For folders, links, modes and the lock; a file's bytes go through `files` alone.
    let fileSystem: any FileSystem
    /// The one door for journal bytes.
    let files: JournalFiles
    /// How long a save waits for another writer's lock before giving up, in milliseconds.
    public var lockPatience = 1_000
    /// How loads use the device-local index `.hearth/index`; nil reads every file and writes no index.
    public var indexUse: IndexUse?
    /// Whether loads of a sealed journal open each private reflection's own file (`*.private.md.age`) and put
    /// it back into its check-in. Off only for a read that never shows reflections (search without
    /// `--private`): each is an X25519 and a file read, most of an encrypted search. Never off for a save.
    public var readsPrivateReflections = true
    /// Whether this store's first save has cleared what interrupted saves left (see `keepUp`).
    let firstWrite = FirstWriteMark()
    /// The keys of an encrypted journal: with them, journal files are sealed on write and opened on read
    /// (`NAME.age`); nil for a plain journal.
    public let keyring: Keyring?

    /// A store at `root` (trailing slashes dropped); nothing is touched until a load or save. With a `keyring`
    /// the journal's files are read and written sealed (see `JournalFiles`); without one, plain.
    public init(root: String, fileSystem: any FileSystem = RealFileSystem(), keyring: Keyring? = nil) {
        self.root = Self.trimmingTrailingSlashes(root)
        self.fileSystem = fileSystem
        self.keyring = keyring
        files = JournalFiles(fileSystem: fileSystem, root: self.root, keyring: keyring)
    }

    /// --dir, else HEARTH_DIR, else $XDG_DATA_HOME/hearth, else $HOME/.local/share/hearth. Throws when none can be formed.
    public static func resolveRoot(dir: String?, environment: [String: String]) throws(StoreError) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : trimmingTrailingSlashes($0) }
        func expanded(_ path: String) -> String {
            guard let home, path == "~" || path.hasPrefix("~/") else { return trimmingTrailingSlashes(path) }
            return home + trimmingTrailingSlashes(String(path.dropFirst()))
        }
        if let dir, !dir.isEmpty { return expanded(dir) }
        if let dir = environment["HEARTH_DIR"], !dir.isEmpty { return expanded(dir) }
        // The XDG spec says relative values are invalid and must be ignored.
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return trimmingTrailingSlashes(data) + "/hearth" }
        if let home { return home + "/.local/share/hearth" }
        throw .noRoot("neither HOME nor XDG_DATA_HOME is set")
    }

    /// The relative path a check-in lives at.
    public static func path(of week: Week, partner: String) -> String {
        "checkins/\(yearFolder(week))/\(week)-\(partner).md"
    }

    /// The relative path of the moments a partner logged in a week outside a check-in.
    public static func momentsPath(of week: Week, partner: String) -> String {
        "moments/\(yearFolder(week))/\(week)-\(partner).md"
    }

    /// The ISO year as written in the week (`2026` of `2026-W01`, even when that Monday is in December).
    static func yearFolder(_ week: Week) -> Substring {
        let text = week.description
        return text[..<(text.lastIndex(of: "-") ?? text.endIndex)]
    }

    static let profilePath = "profile.md"
    static let agendaPath = "agenda.md"
    static let ritualsPath = "rituals.md"
    static let lockPath = ".hearth.lock"
    static let directoryMode: UInt32 = 0o700
    static let fileMode: UInt32 = 0o600

    func absolute(_ relativePath: String) -> String { root + "/" + relativePath }

    static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
