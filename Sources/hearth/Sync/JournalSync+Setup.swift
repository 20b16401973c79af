#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthStore

/// `hearth sync --setup URL`: a journal here becomes a repository with that remote; an empty folder
/// becomes a clone of the partner's journal.
extension JournalSync {
    /// What `.gitattributes` says: every Markdown file of the journal merges with Hearth's driver.
    static let gitAttributes = "# Written by `hearth sync --setup`: journal files merge record by record, never with conflict markers.\n*.md merge=hearth\n"

    /// Sets up sync with `remote` and returns what to tell the user.
    func setUp(remote: String) throws -> [String] {
        try Git.requireInstalled()
        if store.load().journal == nil {
            guard Self.isEmptyOrAbsent(store.root) else {
                throw CommandFailure("\(store.root) holds files but no journal, so it cannot take a clone",
                                     hint: "pass --dir with an empty (or new) folder for the partner's journal")
            }
            return try clone(remote)
        }
        var lines: [String] = []
        let isRepository = git.run(["rev-parse", "--show-toplevel"])
        if !isRepository.succeeded || RealPath.resolve(isRepository.text) != RealPath.resolve(store.root) {
            try git.must(["init", "-q", "-b", "main"], what: "make the journal a repository")
            lines.append("Made \(store.root) a git repository.")
        }
        try keepRepositoryPrivate()
        lines += try Self.makeBareIfLocalAndMissing(remote)
        let existing = git.run(["remote", "get-url", Self.remote])
        try git.must(["remote", existing.succeeded ? "set-url" : "add", Self.remote, remote], what: "remember the remote")
        try writeSyncFiles()
        try rememberPartner()
        lines += try run()
        return lines + ["Sync is set up with \(remote). Run `hearth sync` whenever you want to exchange check-ins."]
    }

    /// Clones the partner's journal into the (empty) journal folder.
    private func clone(_ remote: String) throws -> [String] {
        let parent = Git(folder: ".")
        try parent.must(["clone", "-q", remote, store.root], what: "clone \(remote)")
        // An encrypted journal is not opened here (no key was needed to clone it): its public keys tell it.
        guard store.isSealed || store.load().journal != nil else {
            throw CommandFailure("\(remote) was cloned into \(store.root), but it holds no Hearth journal",
                                 hint: "set sync up first on the laptop that has the journal (`hearth sync --setup \(remote)`)")
        }
        _ = store.tightenModes()
        try keepRepositoryPrivate()
        try configureMergeDriver()
        try rememberPartner()
        return ["Cloned the journal from \(remote) into \(store.root).",
                "Sync is set up. Run `hearth sync` whenever you want to exchange check-ins."]
    }

    /// The ignore files and `.gitattributes`, where the journal does not have them yet.
    private func writeSyncFiles() throws {
        try store.writeSyncFiles(extra: [(".gitattributes", Self.gitAttributes)])
        try configureMergeDriver()
    }

    /// Git's copy of the journal (.git) is as private as the journal: 0700 folders, 0600 files, now and later.
    private func keepRepositoryPrivate() throws {
        try git.must(["config", "core.sharedRepository", "0600"], what: "keep the repository private")
        let gitFolder = try git.must(["rev-parse", "--absolute-git-dir"], what: "find the repository").text
        _ = ProcessRunner().run(["chmod", "-R", "go-rwx", gitFolder])
    }

    /// `--partner` is remembered in the repository's own config, so later syncs commit as that partner.
    private func rememberPartner() throws {
        guard let partner else { return }
        try git.must(["config", "hearth.partner", partner], what: "remember who syncs from this laptop")
    }

    /// A path to a folder that does not exist yet (a USB stick, a NAS share) becomes a bare repository.
    private static func makeBareIfLocalAndMissing(_ remote: String) throws -> [String] {
        guard remote.hasPrefix("/") || remote.hasPrefix("./") || remote.hasPrefix("../"), access(remote, F_OK) != 0 else { return [] }
        try Git(folder: ".").must(["init", "-q", "--bare", "--shared=0600", "-b", "main", remote], what: "make a bare repository at \(remote)")
        return ["Made a new bare repository at \(remote) for the two laptops to share."]
    }

    private static func isEmptyOrAbsent(_ path: String) -> Bool {
        guard let folder = opendir(path) else { return errno == ENOENT }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name != "." && name != ".." { return false }
        }
        return true
    }
}
