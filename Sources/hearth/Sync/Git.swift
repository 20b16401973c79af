/// The real `git`, run as a process in one folder, with an identity of its own on every command, so a
/// user's global git configuration is never required (nor changed).
struct Git {
    /// The work tree the commands run in (`git -C folder`).
    let folder: String
    /// Who commits: the partner syncing, or Hearth itself.
    var author = Identity(name: "Hearth", email: "hearth@hearth.invalid")
    var runner = ProcessRunner(environment: [
        // Never stop to ask on a terminal that may not be there (https passwords); ssh asks through its own agent.
        "GIT_TERMINAL_PROMPT": "0",
        // Git's messages are read back (rejected pushes, conflicts): the same words whatever the user's language.
        "LC_ALL": "C",
    ])

    struct Identity {
        let name: String
        let email: String
    }

    /// Runs `git ARGS` in `folder`.
    @discardableResult
    func run(_ arguments: [String], input: [UInt8] = []) -> ProcessOutput {
        runner.run(["git", "-C", folder, "-c", "user.name=\(author.name)", "-c", "user.email=\(author.email)"] + arguments,
                   input: input)
    }

    /// Runs `git ARGS`, throwing a message naming what failed when git does.
    @discardableResult
    func must(_ arguments: [String], input: [UInt8] = [], what: String) throws -> ProcessOutput {
        let output = run(arguments, input: input)
        guard output.succeeded else {
            throw CommandFailure("git could not \(what): \(output.errorText.isEmpty ? "exit status \(output.status)" : output.errorText)",
                                 hint: "nothing in the journal was changed by this step; fix that, then run `hearth sync` again")
        }
        return output
    }

    /// The version `git --version` prints, or nil when git cannot be run at all.
    static func installedVersion(runner: ProcessRunner = ProcessRunner()) -> String? {
        let output = runner.run(["git", "--version"])
        return output.succeeded ? output.text : nil
    }

    /// Fails with a clear message when git is not installed.
    static func requireInstalled() throws {
        guard installedVersion() != nil else {
            throw CommandFailure("sync needs git, and git is not installed (or not on PATH)",
                                 hint: "install it (Debian/Ubuntu: sudo apt install git; Fedora: sudo dnf install git; "
                                     + "macOS: xcode-select --install), then run this again")
        }
    }

    /// The commit a revision names, or nil when there is none.
    func commit(_ revision: String) -> String? {
        let output = run(["rev-parse", "-q", "--verify", revision + "^{commit}"])
        return output.succeeded ? output.text : nil
    }

    /// Whether `ancestor` is reachable from `descendant`.
    func isAncestor(_ ancestor: String, of descendant: String) -> Bool {
        run(["merge-base", "--is-ancestor", ancestor, descendant]).succeeded
    }

    /// The bytes of `path` in `revision`, or nil when it has no such file.
    func file(_ path: String, at revision: String) -> [UInt8]? {
        let output = run(["cat-file", "blob", "\(revision):\(path)"])
        return output.succeeded ? output.stdout : nil
    }

    /// Paths that differ between two trees or between a tree and the index (`--cached`), with how.
    func changes(_ arguments: [String]) throws -> [(path: String, kind: Character)] {
        let output = try must(["diff", "--name-status", "-z", "--no-renames"] + arguments, what: "list what changed")
        let fields = output.stdout.split(separator: 0, omittingEmptySubsequences: true).map { String(decoding: $0, as: UTF8.self) }
        var changes: [(String, Character)] = []
        var index = 0
        while index + 1 < fields.count {
            changes.append((fields[index + 1], fields[index].first ?? "M"))
            index += 2
        }
        return changes
    }
}
