/// A partner's name in the comment of `keys/<id>.pub`: the one place a locked journal can say whose it is,
/// since the profile that holds the names is sealed. The name is as public as the key beside it.
extension KeyFolder {
    private static let commentStart = "Hearth: public key of "

    /// The comment line of a partner's public key file: `Hearth: public key of Zoë (partner zoe, age recipient)`,
    /// or without a name `Hearth: public key of partner zoe (age recipient)`.
    public static func recipientComment(partner: String, name: String?) -> String {
        // One line whatever was typed: a line break would end the comment and make the rest a bad key line.
        let shown = name.map { String(String.UnicodeScalarView($0.unicodeScalars.filter(Self.staysOnTheLine))) }
        guard let shown, shown.contains(where: { $0 != " " }) else {
            return commentStart + "partner \(partner) (age recipient)"
        }
        return commentStart + shown + nameEnd(partner)
    }

    /// The name the comment of `keys/<partner>.pub` gives, or nil when it gives none (a key made before names
    /// were written there, or one written by hand).
    public static func partnerName(inRecipientFile bytes: [UInt8], partner: String) -> String? {
        let end = nameEnd(partner)
        for line in bytes.split(separator: 0x0A) {
            let text = String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
            guard text.hasPrefix("# " + commentStart), text.hasSuffix(end) else { continue }
            let name = text.dropFirst(2 + commentStart.count).dropLast(end.count)
            return name.isEmpty ? nil : String(name)
        }
        return nil
    }

    /// Control characters and line breaks (C0, DEL, C1, U+2028/9) would split or garble the comment line.
    private static func staysOnTheLine(_ scalar: Unicode.Scalar) -> Bool {
        !(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029)
    }

    private static func nameEnd(_ partner: String) -> String { " (partner \(partner), age recipient)" }
}
