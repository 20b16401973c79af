import Foundation

/// A journal that starts encrypted (`hearth init --encrypt`) for Zoë (id `zoe`) and 美咲 (id `partner-2`), each
/// with a passphrase in a file; the real binary does everything. At the real work factor (2^18) each unlock
/// takes seconds in a debug build, so the keys are made at 2^10 (HEARTH_TESTING_SCRYPT_WORK_FACTOR) unless a
/// test asks for the real one.
struct SealedJournal {
    let cli: HearthCLI
    /// Files holding each partner's passphrase, by partner id.
    let passphraseFiles: [String: String]

    static let passphrases = ["zoe": "correct horse battery staple", "partner-2": "桜の下で 2026"]

    /// For key commands that should make keys as fast to open as the journal's: weak ones, for tests.
    static let weakKeys = ["HEARTH_TESTING_SCRYPT_WORK_FACTOR": "10"]

    init(realWorkFactor: Bool = false) throws {
        cli = try HearthCLI()
        var files: [String: String] = [:]
        for (partner, passphrase) in Self.passphrases {
            let file = cli.sandbox.appendingPathComponent("\(partner).pass")
            try Data((passphrase + "\n").utf8).write(to: file)
            files[partner] = file.path
        }
        passphraseFiles = files
        let made = try cli.run(["init", "--encrypt", "--partner", "Zoë", "--partner", "美咲",
                                "--passphrase-file", "Zoë=\(files["zoe"] ?? "")", "--passphrase-file", "美咲=\(files["partner-2"] ?? "")"],
                           environment: realWorkFactor ? [:] : Self.weakKeys)
        guard made.status == 0 else { throw HearthCLI.Failure("init --encrypt failed: \(made.stderr)") }
    }

    /// A journal some other way made encrypted (the setup screen), for the helpers below that need no passphrase.
    init(existing cli: HearthCLI) {
        self.cli = cli
        passphraseFiles = [:]
    }

    /// `--passphrase-file ID=FILE` for one partner.
    func unlocking(_ partner: String) -> [String] {
        ["--passphrase-file", "\(partner)=\(passphraseFiles[partner] ?? "")"]
    }

    /// `hearth key export` for a partner, written to a file in the sandbox; returns its path.
    func exportedIdentity(_ partner: String) throws -> String {
        let exported = try cli.run(["key", "export", "--partner", partner] + unlocking(partner))
        guard exported.status == 0 else { throw HearthCLI.Failure("key export failed: \(exported.stderr)") }
        let file = cli.sandbox.appendingPathComponent("\(partner).key")
        try Data(exported.stdout.utf8).write(to: file)
        return file.path
    }

    /// Every file of the journal with its bytes, by path relative to the journal (the lock file left out).
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try cli.files(under: ".") where !path.hasSuffix(".hearth.lock") {
            files[path] = try Data(contentsOf: cli.journal.appendingPathComponent(path))
        }
        return files
    }

    /// Runs the real `age` with `arguments`; returns its exit status and output.
    static func age(_ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        try run("age", arguments)
    }

    /// Runs a program found on PATH (`age`, `age-keygen`) with no input; returns its exit status and output.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let (status, stdout, stderr) = try HearthCLI.capture(process)
        return (status, stdout, String(decoding: stderr, as: UTF8.self))
    }

    static var hasAge: Bool {
        ["/usr/bin/age", "/usr/local/bin/age"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
