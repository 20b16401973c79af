import HearthStore

/// Files the user names on the command line that hold a secret: a passphrase (`--passphrase-file`) or a
/// plain identity (`--identity`). Read whole, never written.
enum SecretFile {
    /// The most bytes read of one: a passphrase or a few identities fit many times over.
    static let limit = 64 << 10

    /// The bytes of `path`; `option` names where it was given, for the message.
    static func bytes(_ path: String, option: String) throws -> [UInt8] {
        let found: FileContents?
        do {
            found = try RealFileSystem().readFile(at: path, rules: ReadRules(limit: limit, journal: nil))
        } catch {
            throw CommandFailure("cannot read \(option) \(path): \(error.message)", hint: "check the file's name and permissions")
        }
        guard let found else { throw CommandFailure("cannot read \(option) \(path): there is no such file") }
        return found.bytes
    }

    /// The passphrase in `path`: its first line, without the line ending.
    static func passphrase(_ path: String, option: String) throws -> String {
        var bytes = try bytes(path, option: option)
        defer { for index in bytes.indices { bytes[index] = 0 } }
        var line = bytes.prefix { $0 != 0x0A }
        if line.last == 0x0D { line = line.dropLast() }
        guard !line.isEmpty else {
            throw CommandFailure("\(option) \(path) is empty", hint: "write the passphrase on the file's first line")
        }
        return String(decoding: line, as: UTF8.self)
    }
}
