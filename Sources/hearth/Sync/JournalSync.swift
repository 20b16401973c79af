import HearthDomain
import HearthStore

/// `hearth sync`: commit what changed here, fetch the partner's commits, merge record by record, push.
/// The working folder is written only by Hearth's own atomic saves, under the writer lock; git works in
/// its object store (merge-tree, commit-tree), so a failure at any step leaves the journal as it was.
struct JournalSync {
    let store: Store
    var git: Git
    /// The partner syncing, by name or id, when the user said (`--partner`); else the one remembered at set-up.
    let partner: String?
    static let remote = "origin"

    init(store: Store, partner: String?) {
        self.store = store
        self.git = Git(folder: store.root)
        self.partner = partner
    }

    /// Runs a whole sync and returns what to tell the user, one line each.
    func run() throws -> [String] {
        try Git.requireInstalled()
        try requireRepository()
        return try holdingLock { journal in
            var sync = self
            var lines = sync.clearStaleGitLocks()
            try sync.configureMergeDriver()
            let names = try sync.requireReadableJournal()
            sync.git.author = sync.identity(names: names)
            if let message = try sync.commitLocalChanges(names: names) { lines.append("Committed here: \(message)") }
            for _ in 0..<3 {
                let fetched = sync.git.run(["fetch", "-q", Self.remote])
                guard fetched.succeeded else { return lines + Self.offline(fetched) }
                lines += try sync.takeRemoteChanges(journal: journal, names: names)
                let branch = try sync.branch()
                if sync.git.commit("refs/remotes/\(Self.remote)/\(branch)") == sync.git.commit("HEAD") {
                    return lines + ["Up to date with \(sync.remoteURL)."]
                }
                let pushed = sync.git.run(["push", "-q", Self.remote, "HEAD:refs/heads/" + branch])
                if pushed.succeeded { return lines + ["Pushed to \(sync.remoteURL)."] }
                // The partner pushed in between: take their commits too, then push again.
                guard Self.isRejected(pushed) else { return lines + Self.offline(pushed) }
            }
            throw CommandFailure("the remote kept changing while syncing (three tries)",
                                 hint: "your changes are committed here; run `hearth sync` again in a moment")
        }
    }

    /// `body` under the journal's writer lock, refusing (with what to do) when another Hearth holds it.
    func holdingLock<Result>(_ body: (JournalUnderLock) throws -> Result) throws -> Result {
        do {
            return try store.withWriterLock(body)
        } catch StoreError.locked {
            throw CommandFailure("another Hearth is saving in this journal (its writer lock is held), so sync did not start",
                                 hint: "finish the check-in or edit open there (or wait for its sync), then run `hearth sync` again")
        }
    }

    /// The journal folder must be the top of a git work tree.
    func requireRepository() throws {
        let top = git.run(["rev-parse", "--show-toplevel"])
        let root = RealPath.resolve(store.root)
        guard top.succeeded, RealPath.resolve(top.text) == root else {
            throw CommandFailure("\(store.root) is not set up for sync yet",
                                 hint: "run `hearth sync --setup URL-or-path` once (a bare repository on a USB stick, a NAS path, ssh)")
        }
    }

    /// Partner names by id; refuses to sync over a file Hearth cannot read (it could be half-written, or
    /// hand-edited wrong), or over a syncer's conflict copy.
    mutating func requireReadableJournal() throws -> [String: String] {
        let result = store.load()
        guard let journal = result.journal else {
            throw CommandFailure("cannot read the journal's profile in \(store.root), so sync did not start",
                                 hint: "run `hearth doctor` and fix what it lists, then sync again")
        }
        let blocking = result.problems
        if let first = blocking.first {
            let copies = result.conflictCopies.count
            throw CommandFailure("sync did not start: \(blocking.count) problem\(blocking.count == 1 ? "" : "s") in the journal, first \(first)",
                                 hint: copies > 0 ? "run `hearth resolve` to merge the \(copies) conflict cop\(copies == 1 ? "y" : "ies"), then sync again"
                                     : "run `hearth doctor`, fix what it lists, then sync again (nothing was committed or pushed)")
        }
        return Dictionary(journal.profile.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
    }

    /// The author of this sync's commits: `--partner`, else the partner remembered at set-up, else Hearth.
    func identity(names: [String: String]) -> Git.Identity {
        let remembered = git.run(["config", "--get", "hearth.partner"])
        let wanted = partner ?? (remembered.succeeded ? remembered.text : nil)
        guard let wanted, let match = names.first(where: { $0.key == wanted || $0.value == wanted }) else { return git.author }
        return Git.Identity(name: match.value, email: "\(match.key)@hearth.invalid")
    }

    /// The current branch (`main`).
    func branch() throws -> String {
        try git.must(["symbolic-ref", "--short", "HEAD"], what: "tell which branch the journal is on").text
    }

    var remoteURL: String {
        let url = git.run(["remote", "get-url", Self.remote])
        return url.succeeded ? url.text : Self.remote
    }

    static func isRejected(_ output: ProcessOutput) -> Bool {
        ["rejected", "fetch first", "non-fast-forward"].contains { output.errorText.contains($0) }
    }

    /// How the line of an offline sync begins; the home screen's sync tells an offline end by it.
    static let offlineLead = "Could not reach the remote"

    static func offline(_ output: ProcessOutput) -> [String] {
        let reason = output.errorText.split(separator: "\n").first.map(String.init) ?? "exit status \(output.status)"
        return ["\(offlineLead) (\(reason)).",
                "Your changes are committed here and nothing was lost; the next `hearth sync` sends them."]
    }
}
