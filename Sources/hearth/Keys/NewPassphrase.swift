import HearthDomain

/// A passphrase for a new key (`init --encrypt`, `encrypt`, `key add-partner`, `key rotate`, `passphrase`): from
/// a file the command line names, else asked twice on the terminal with echo off.
enum NewPassphrase {
    /// `partner`'s new passphrase: the `--passphrase-file` entry (PARTNER=FILE) naming them, else a prompt.
    static func forPartner(_ partner: Partner, entries: [String], option: String = "--passphrase-file") throws -> String {
        for entry in entries {
            guard let equals = entry.firstIndex(of: "=") else {
                throw CommandFailure("\(option) '\(entry)' needs the form PARTNER=FILE", hint: "e.g. \(option) zoe=~/.hearth-pass")
            }
            let name = String(entry[..<equals])
            if name.lowercased() == partner.id || name.lowercased() == partner.name.lowercased() {
                return try SecretFile.passphrase(String(entry[entry.index(after: equals)...]), option: option)
            }
        }
        return try asked(for: partner.name)
    }

    /// The passphrase in `path` when given, else asked on the terminal for `whom`.
    static func from(file path: String?, option: String, for whom: String) throws -> String {
        if let path { return try SecretFile.passphrase(path, option: option) }
        return try asked(for: whom)
    }

    /// Asked twice on the terminal; the two must match and not be empty.
    static func asked(for whom: String) throws -> String {
        guard TerminalPrompt.isAvailable else {
            throw CommandFailure("a new passphrase for \(whom) is needed and there is no terminal to ask it on",
                                 hint: "give it in a file: --passphrase-file \(whom)=FILE (the first line is the passphrase)")
        }
        guard let first = TerminalPrompt.secret("New passphrase for \(whom): ") else {
            throw CommandFailure("no passphrase typed; nothing was changed")
        }
        guard !first.isEmpty else { throw CommandFailure("an empty passphrase protects nothing; nothing was changed") }
        guard let second = TerminalPrompt.secret("The same passphrase again: "), second == first else {
            throw CommandFailure("the two passphrases differ; nothing was changed", hint: "run the command again and type the same one twice")
        }
        return first
    }
}
