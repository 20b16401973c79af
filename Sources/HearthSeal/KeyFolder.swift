/// The journal's `keys/` folder: which file holds what, and the rule for partner ids in file names.
public enum KeyFolder {
    /// The folder, relative to the journal root.
    public static let path = "keys"
    static let identitySuffix = ".age"
    static let recipientSuffix = ".pub"

    /// `keys/<partner>.age`: the partner's identity, sealed under the partner's passphrase.
    public static func identityPath(_ partner: String) -> String { "\(path)/\(partner)\(identitySuffix)" }

    /// `keys/<partner>.pub`: the partner's public recipient, in plain text.
    public static func recipientPath(_ partner: String) -> String { "\(path)/\(partner)\(recipientSuffix)" }

    /// The partner whose recipient file has this name inside `keys/` (`alex.pub` -> `alex`), else nil.
    public static func partner(ofRecipientFile name: String) -> String? {
        guard name.hasSuffix(recipientSuffix) else { return nil }
        let partner = String(name.dropLast(recipientSuffix.count))
        return (try? checkPartner(partner)) != nil ? partner : nil
    }

    /// Refuses an id that could not be a journal partner id: only lower-case ASCII letters, digits and '-'.
    static func checkPartner(_ partner: String) throws(SealError) {
        let allowed = partner.utf8.allSatisfy {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                || $0 == UInt8(ascii: "-")
        }
        guard !partner.isEmpty, allowed else {
            throw .invalidKey("'\(partner)' is not a partner id (lower-case ASCII letters, digits and '-')")
        }
    }
}
