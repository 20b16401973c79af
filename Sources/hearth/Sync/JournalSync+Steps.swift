#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthSeal
import HearthStore

extension JournalSync {
    /// Lock files git commands leave when they are killed (`index.lock`, `refs/remotes/origin/main.lock`);
    /// sync holds Hearth's writer lock, so no git command of another sync can still be using one. Returns
    /// a line when any was removed.
    func clearStaleGitLocks() -> [String] {
        let gitFolder = git.run(["rev-parse", "--absolute-git-dir"])
        guard gitFolder.succeeded else { return [] }
        var removed: [String] = []
        func sweep(_ folder: String, _ shown: String, depth: Int) {
            guard let entries = try? RealFileSystem().listDirectory(at: folder) else { return }
            for entry in entries {
                if entry.isDirectory, !entry.isLink, depth > 0, shown.isEmpty ? entry.name == "refs" : true {
                    sweep(folder + "/" + entry.name, shown + entry.name + "/", depth: depth - 1)
                } else if !entry.isDirectory, entry.name.hasSuffix(".lock"), unlink(folder + "/" + entry.name) == 0 {
                    removed.append(".git/" + shown + entry.name)
                }
            }
        }
        sweep(gitFolder.text, "", depth: 6)
        return removed.isEmpty ? [] : ["Removed \(removed.sorted().joined(separator: ", ")), left by an interrupted sync."]
    }

    /// Points the repository's `hearth` merge driver at this very binary (it may have moved since set-up),
    /// so git merges journal files with Hearth's record merge and never writes conflict markers into one.
    func configureMergeDriver() throws {
        let quoted = "'" + RealPath.executable().replacingEvery("'", with: "'\\''") + "'"
        let wanted = quoted + " merge-driver %O %A %B %P"
        let current = git.run(["config", "--get", "merge.hearth.driver"])
        guard !current.succeeded || current.text != wanted else { return }
        try git.must(["config", "merge.hearth.name", "Hearth's record-by-record merge of journal files"], what: "set up the merge driver")
        try git.must(["config", "merge.hearth.driver", wanted], what: "set up the merge driver")
    }

    /// Commits everything changed here (the ignore files keep drafts and the lock out), with a message
    /// that says what changed; nil when nothing had.
    func commitLocalChanges(names: [String: String]) throws -> String? {
        try git.must(["add", "-A", "."], what: "stage the journal's changes")
        let head = git.commit("HEAD")
        let changes = try git.changes(["--cached"] + (head.map { [$0] } ?? [git.emptyTree]))
        guard !changes.isEmpty else { return nil }
        let message = describe(changes, from: head ?? git.emptyTree, names: names)
        try git.must(["commit", "-q", "--no-verify", "-m", message], what: "commit the journal's changes")
        return message
    }

    /// "Zoë: check-in 2026-W47 (Zoë); ritual Sunday walk edited".
    func describe(_ changes: [(path: String, kind: Character)], from base: String, names: [String: String]) -> String {
        "\(git.author.name): " + words(for: changes, from: base, to: ":0", names: names)
    }

    /// The changes in a few words each, at most six items.
    func words(for changes: [(path: String, kind: Character)], from base: String, to target: String, names: [String: String]) -> String {
        var words: [String] = []
        for change in changes {
            let kind: ChangeDescription.Kind = change.kind == "A" ? .added : change.kind == "D" ? .removed : .modified
            // An encrypted file is told by its name alone: commit messages are plain text.
            let path = change.path.hasSuffix(".md.age") ? Keyring.plainPath(ofSealed: change.path) ?? change.path : change.path
            let isRituals = change.path == "rituals.md"
            words += ChangeDescription.describe(path, kind,
                                                before: isRituals ? git.file(change.path, at: base) : nil,
                                                after: isRituals ? git.file(change.path, at: target) : nil, names: names)
        }
        let shown = words.count > 6 ? words.prefix(5) + ["and \(words.count - 5) more"] : words[...]
        return shown.joined(separator: "; ")
    }

    /// Brings the fetched commits into the journal: nothing to do, a fast-forward, or a merge made in git's
    /// object store (journal files merged by the driver) and then written here file by file.
    func takeRemoteChanges(journal: JournalUnderLock, names: [String: String]) throws -> [String] {
        let branch = try branch()
        guard let theirs = git.commit("refs/remotes/\(Self.remote)/\(branch)") else { return [] }
        guard let ours = git.commit("HEAD") else { return [] }
        if git.isAncestor(theirs, of: ours) { return [] }
        let target: String
        if git.isAncestor(ours, of: theirs) {
            target = theirs
        } else if !git.run(["merge-base", ours, theirs]).succeeded {
            throw CommandFailure("\(remoteURL) already holds another journal, with no history in common with this one; nothing was changed",
                                 hint: "to share the partner's journal, set up sync with an empty folder: "
                                     + "`hearth sync --setup \(remoteURL) --dir NEW-FOLDER`")
        } else {
            let merged = git.run(["merge-tree", "--write-tree", "--name-only", "--no-messages", ours, theirs])
            var tree = merged.text.split(separator: "\n").first.map(String.init) ?? ""
            let files = Set(merged.text.split(separator: "\n").dropFirst().map(String.init))
            if merged.status == 1, !tree.isEmpty, let sealed = try mergeSealed(files, tree: tree, ours: ours, theirs: theirs) {
                tree = sealed
            } else if merged.status != 0 || tree.isEmpty {
                throw Self.unmergeable(Array(files), reason: files.isEmpty ? merged.errorText : nil)
            }
            let partnerName = git.run(["log", "-1", "--format=%an", theirs]).text
            let message = "\(git.author.name): merged \(partnerName.isEmpty ? "the partner" : partnerName)'s changes"
            target = try git.must(["commit-tree", tree, "-p", ours, "-p", theirs, "-m", message], what: "record the merge").text
        }
        let changes = try git.changes([ours, target])
        try apply(changes, of: target, to: journal)
        let count = changes.count
        var lines = ["Took \(count) changed file\(count == 1 ? "" : "s") from \(Self.remote): "
                     + words(for: changes, from: ours, to: target, names: names) + "."]
        let conflicts = changes.filter { $0.kind != "D" }.map { change in
            (change.path, conflictCount(in: git.file(change.path, at: target) ?? [], relativePath: change.path))
        }.filter { $0.1 > 0 }
        if !conflicts.isEmpty {
            let total = conflicts.map(\.1).reduce(0, +)
            lines.append("\(total) field\(total == 1 ? " was" : "s were") changed both ways: both values are kept "
                         + "(the `conflicts:` entry of \(conflicts.map(\.0).joined(separator: ", "))) for you to choose.")
        }
        return lines
    }

    /// Writes each changed file with Hearth's atomic save (a kill never leaves half a file), then moves
    /// HEAD and the index to `target`. A kill between the two leaves files git sees as local changes: the
    /// next sync commits them, and merging them again changes nothing.
    func apply(_ changes: [(path: String, kind: Character)], of target: String, to journal: JournalUnderLock) throws {
        for change in changes {
            if change.kind == "D" {
                try journal.remove(change.path)
            } else {
                guard let bytes = git.file(change.path, at: target) else {
                    throw CommandFailure("git could not read \(change.path) of the merged journal", hint: "run `hearth sync` again")
                }
                try journal.write(change.path, bytes)
            }
        }
        try git.must(["reset", "-q", target], what: "record the merged journal")
    }
}

extension Git {
    /// The id of the tree with no files (what a first commit is compared with).
    var emptyTree: String { "4b825dc642cb6eb9a060e54bf8d69288fbee4904" }
}
