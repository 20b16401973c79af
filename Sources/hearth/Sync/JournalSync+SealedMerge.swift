import HearthSeal
import HearthStore

/// Encrypted journal files in a merge. Git cannot merge `NAME.md.age` (ciphertext: every save differs in
/// every byte), and the driver git runs would need the partner's key in another process; so sync merges them
/// itself, in this process: it reads the three sealed versions from git, merges them in memory
/// (`SealedFileMerge`) and gives git back only the sealed result, into a tree built in a private index.
extension JournalSync {
    /// The merged tree once the sealed files merge-tree left conflicted (`paths`) are merged by meaning;
    /// nil when a path is not a sealed journal file or there is no key.
    func mergeSealed(_ paths: Set<String>, tree: String, ours: String, theirs: String) throws -> String? {
        guard let keyring = store.keyring, !paths.isEmpty, paths.allSatisfy({ $0.hasSuffix(".md.age") }) else { return nil }
        let base = git.run(["merge-base", ours, theirs]).text
        var blobs: [String: String] = [:]
        for path in paths.sorted() {
            guard let oursBytes = git.file(path, at: ours), let theirsBytes = git.file(path, at: theirs) else {
                throw Self.unmergeable([path], reason: "one laptop removed it and the other changed it")
            }
            let baseBytes = base.isEmpty ? nil : git.file(path, at: base)
            switch SealedFileMerge.merge(relativePath: path, base: baseBytes, ours: oursBytes, theirs: theirsBytes, keyring: keyring) {
            case .refused(let reason):
                throw Self.unmergeable([path], reason: reason,
                                       hint: "your changes are committed here; do what the message says, then run `hearth sync` again")
            case .merged(let sealed, _):
                blobs[path] = try git.must(["hash-object", "-w", "--stdin"], input: sealed, what: "store the merged \(path)").text
            }
        }
        return try mergedTree(tree, replacing: blobs)
    }

    /// The conflicts earlier merges left in a journal file, opened in memory when it is sealed.
    func conflictCount(in bytes: [UInt8], relativePath: String) -> Int {
        guard relativePath.hasSuffix(".age") else { return FileMerge.conflicts(in: bytes, relativePath: relativePath) }
        guard let keyring = store.keyring else { return 0 }
        return SealedFileMerge.conflicts(in: bytes, relativePath: relativePath, keyring: keyring)
    }

    /// `tree` with the files at these paths replaced by these blobs, built in an index of its own (object
    /// ids only), so neither the working folder nor the journal's index is touched.
    private func mergedTree(_ tree: String, replacing blobs: [String: String]) throws -> String {
        let gitFolder = try git.must(["rev-parse", "--absolute-git-dir"], what: "find the repository").text
        var scratch = git
        scratch.runner.environment["GIT_INDEX_FILE"] = gitFolder + "/hearth-merge-index"
        defer { _ = ProcessRunner().run(["rm", "-f", gitFolder + "/hearth-merge-index"]) }
        try scratch.must(["read-tree", tree], what: "read the merged tree")
        for (path, blob) in blobs.sorted(by: { $0.key < $1.key }) {
            try scratch.must(["update-index", "--add", "--cacheinfo", "100644,\(blob),\(path)"], what: "record the merged \(path)")
        }
        return try scratch.must(["write-tree"], what: "write the merged tree").text
    }

    /// The refusal of a merge that cannot be done by meaning; nothing has been changed yet.
    static func unmergeable(_ files: [String], reason: String?, hint: String? = nil) -> CommandFailure {
        CommandFailure("the partner's changes could not be merged"
                           + (files.isEmpty ? "" : " in \(files.sorted().joined(separator: ", "))")
                           + (reason.map { " (\($0))" } ?? "") + "; nothing in the journal or on the remote was changed",
                       hint: hint ?? "run `hearth doctor` on both laptops; a file one side removed and the other edited needs to be "
                           + "restored or removed by hand (then sync again)")
    }
}
