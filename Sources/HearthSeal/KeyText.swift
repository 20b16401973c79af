/// The text forms of keys that age itself reads: identity files (`age -i`) and recipients files (`age -R`).
/// Blank lines and lines starting with `#` are comments, as in age.
public enum KeyText {
    /// An identity file for one identity, with comments saying whose it is and its public key.
    public static func identityFile(_ identity: X25519Identity, comment: String) -> [UInt8] {
        Array("# \(comment)\n# public key: \(identity.recipient.string)\n\(identity.string)\n".utf8)
    }

    /// A recipients file for one recipient, with a comment line first.
    public static func recipientFile(_ recipient: X25519Recipient, comment: String) -> [UInt8] {
        Array("# \(comment)\n\(recipient.string)\n".utf8)
    }

    /// Every identity in an identity file (as `age-keygen` writes them); `name` is used in errors.
    public static func identities(in bytes: [UInt8], name: String) throws(SealError) -> [X25519Identity] {
        try keys(in: bytes, name: name, noun: "age identity", form: "AGE-SECRET-KEY-1…") { line throws(SealError) in
            try X25519Identity(line)
        }
    }

    /// Every recipient in a recipients file; `name` is used in errors.
    public static func recipients(in bytes: [UInt8], name: String) throws(SealError) -> [X25519Recipient] {
        try keys(in: bytes, name: name, noun: "age recipient", form: "age1…") { line throws(SealError) in
            try X25519Recipient(line)
        }
    }

    /// One key per line that is not a comment, at least one; a bad line is named by its number.
    private static func keys<Key>(in bytes: [UInt8], name: String, noun: String, form: String,
                                  parse: (String) throws(SealError) -> Key) throws(SealError) -> [Key] {
        var keys: [Key] = []
        for (number, line) in try lines(of: bytes, name: name) {
            do throws(SealError) {
                keys.append(try parse(line))
            } catch {
                throw .invalidKeyFile("\(name):\(number): not an \(noun) (\(form))")
            }
        }
        guard !keys.isEmpty else { throw .invalidKeyFile("\(name) holds no \(noun)") }
        return keys
    }

    /// The lines that are not comments, with their 1-based numbers; a CR before LF is tolerated.
    private static func lines(of bytes: [UInt8], name: String) throws(SealError) -> [(Int, String)] {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .invalidKeyFile("\(name) is not UTF-8 text")
        }
        var result: [(Int, String)] = []
        // Split on the byte, not on Characters: "\r\n" is one Character and would hide the line break.
        for (index, rawLine) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.last == 0x0D ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            result.append((index + 1, String(decoding: line, as: UTF8.self)))
        }
        return result
    }
}
