import Foundation
import Testing

/// Two laptops sharing an encrypted journal through a bare repository: Zoë's made with `hearth init --encrypt`
/// and `sync --setup`, 美咲's cloned from the remote; every command unlocks one partner with a passphrase file.
struct SealedLaptops {
    let sealed: SealedJournal
    let misaki: HearthCLI
    var zoe: HearthCLI { sealed.cli }
    var remote: URL { zoe.sandbox.appendingPathComponent("remote.git") }

    init() throws {
        sealed = try SealedJournal()
        misaki = try HearthCLI()
        let first = try zoe.run(["sync", "--setup", remote.path, "--partner", "Zoë"] + sealed.unlocking("zoe"))
        guard first.status == 0 else { throw HearthCLI.Failure("setup failed: \(first.stderr)") }
        let second = try misaki.run(["sync", "--setup", remote.path, "--partner", "美咲"])
        guard second.status == 0 else { throw HearthCLI.Failure("clone failed: \(second.stderr)") }
    }

    /// `hearth ARGUMENTS` on a laptop with `partner` (an id) unlocked.
    func run(_ laptop: HearthCLI, as partner: String, _ arguments: [String]) throws -> HearthCLI.Run {
        try laptop.run(arguments + sealed.unlocking(partner))
    }

    /// The partner who uses each laptop.
    func owner(of laptop: HearthCLI) -> String { laptop.sandbox == zoe.sandbox ? "zoe" : "partner-2" }

    /// `hearth sync` on one laptop, unlocked as its owner.
    func sync(_ laptop: HearthCLI) throws -> HearthCLI.Run {
        try run(laptop, as: owner(of: laptop), ["sync"])
    }

    /// Syncs until both laptops hold the same commit (at most three rounds).
    func settle() throws {
        for _ in 0..<3 {
            for laptop in [zoe, misaki] {
                let run = try sync(laptop)
                guard run.status == 0 else { throw HearthCLI.Failure("sync failed: \(run.stdout)\(run.stderr)") }
            }
            if try TwoLaptops.git(["rev-parse", "HEAD"], in: zoe.journal) == TwoLaptops.git(["rev-parse", "HEAD"], in: misaki.journal) {
                return
            }
        }
    }

    /// `hearth ritual ARGUMENTS` on a laptop as its owner, which must succeed.
    func ritual(_ laptop: HearthCLI, _ arguments: [String]) throws {
        let run = try run(laptop, as: owner(of: laptop), ["ritual"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
    }

    /// The plain text of a sealed file, opened by the real `age` with `partner`'s exported identity.
    func plain(_ laptop: HearthCLI, _ path: String, as partner: String = "zoe") throws -> String {
        let opened = try SealedJournal.age(["-d", "-i", try sealed.exportedIdentity(partner),
                                            laptop.journal.appendingPathComponent(path).path])
        guard opened.status == 0 else { throw HearthCLI.Failure("age -d \(path): \(opened.stderr)") }
        return String(decoding: opened.stdout, as: UTF8.self)
    }

    /// Every object of a repository, decompressed (`git cat-file --batch-all-objects --batch`), as text.
    static func objects(of repository: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", repository.path, "cat-file", "--batch-all-objects", "--batch"]
        let (status, stdout, stderr) = try HearthCLI.capture(process)
        guard status == 0 else { throw HearthCLI.Failure("cat-file: \(String(decoding: stderr, as: UTF8.self))") }
        return String(decoding: stdout, as: UTF8.self)
    }

    /// Files under these folders holding `sentence` in plain text (`grep -rlF`).
    static func filesHolding(_ sentence: String, under folders: [String]) throws -> [String] {
        let existing = folders.filter { FileManager.default.fileExists(atPath: $0) }
        guard !existing.isEmpty else { return [] }
        let found = try SealedJournal.run("grep", ["-rlFs", sentence] + existing)
        return String(decoding: found.stdout, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    func cleanUp() {
        zoe.cleanUp()
        misaki.cleanUp()
    }
}
