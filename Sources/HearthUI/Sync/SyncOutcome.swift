/// How a sync started from the home screen ended, in the words the status bar gives it.
public struct SyncOutcome: Hashable, Sendable {
    /// The four ways a sync ends that the couple must tell apart.
    public enum Kind: Hashable, Sendable {
        /// Sent and received: `detail` says what moved.
        case synced
        /// Committed here; the remote could not be reached.
        case offline
        /// The journal is not a git repository with a remote yet.
        case notSetUp
        /// Sync refused or failed; `detail` says why and what to do.
        case failed
    }

    public var kind: Kind
    public var detail: String

    public init(_ kind: Kind, detail: String = "") {
        self.kind = kind
        self.detail = detail
    }

    /// The one line the status bar shows.
    public var line: String {
        switch kind {
        case .synced: detail.isEmpty ? "Synced." : "Synced: \(detail)"
        case .offline: "Offline: saved here, will send next time"
        case .notSetUp: "Not set up for sync: run `hearth sync --setup URL` once (README: Sync between two laptops)"
        case .failed: "Sync failed: \(detail)"
        }
    }

    /// Whether the line reports a failure (drawn as an error).
    public var isFailure: Bool { kind == .failed || kind == .notSetUp }
}

/// Files waiting for the couple's choice after syncs: a file syncer's conflict copies, and fields a merge
/// kept both ways (`conflicts:` entries). Home shows them so they are not forgotten.
public struct JournalConflicts: Hashable, Sendable {
    /// Conflict copies (`*.sync-conflict-*`, Dropbox's "conflicted copy") beside journal files.
    public var copies: Int
    /// Unresolved `conflicts:` entries across the journal's files, in journal order.
    public var fields: [FieldConflict]

    public init(copies: Int = 0, fields: [FieldConflict] = []) {
        self.copies = copies
        self.fields = fields
    }

    /// How many fields wait for a choice.
    public var merges: Int { fields.count }

    /// True when there is nothing to choose.
    public var isEmpty: Bool { copies == 0 && fields.isEmpty }

    /// Home's lines: how many of each, and what to do.
    var lines: [String] {
        var lines: [String] = []
        if copies > 0 { lines.append("\(copies) sync conflict\(copies == 1 ? "" : "s") · run `hearth resolve`") }
        if merges > 0 { lines.append("\(merges) merge conflict\(merges == 1 ? "" : "s") · m to choose which value to keep") }
        return lines
    }
}
