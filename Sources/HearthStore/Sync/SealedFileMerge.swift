import HearthSeal

/// The record merge of three versions of one encrypted journal file (`rituals.md.age`), all in memory: each
/// version is opened with the keyring, merged as `FileMerge` merges plain files, and the result sealed again
/// for the file's readers, so sync hands git only ciphertext and nothing decrypted reaches the disk.
public enum SealedFileMerge {
    /// Merges the sealed `ours` and `theirs`, both changed from the sealed `base` (nil: no common version).
    /// `relativePath` is the sealed file's path. Refused when a version does not open with `keyring` (a
    /// partner's private reflection, say) or the plain versions cannot be merged by meaning.
    public static func merge(relativePath: String, base: [UInt8]?, ours: [UInt8], theirs: [UInt8],
                             keyring: Keyring) -> FileMerge.Outcome {
        guard let plainPath = Keyring.plainPath(ofSealed: relativePath) else {
            return .refused("\(relativePath) is not an encrypted journal file")
        }
        let readers = readers(of: plainPath)
        let opened: (plainBase: [UInt8]?, plainOurs: [UInt8], plainTheirs: [UInt8])
        do throws(SealError) {
            opened = (try base.map { bytes throws(SealError) in try keyring.open(bytes) }, try keyring.open(ours), try keyring.open(theirs))
        } catch {
            if case .only(let writer) = readers, error == .noMatchingIdentity {
                return .refused("\(relativePath) is \(writer)'s private reflection, changed on both laptops, and only \(writer)'s "
                                + "key opens it: \(writer) needs to run `hearth sync` to merge it")
            }
            return .refused("a version of \(relativePath) cannot be decrypted: \(error)")
        }
        switch FileMerge.merge(relativePath: plainPath, base: opened.plainBase, ours: opened.plainOurs, theirs: opened.plainTheirs) {
        case .refused(let reason):
            return .refused(reason)
        case .merged(let bytes, let conflicts):
            do throws(SealError) {
                return .merged(try keyring.seal(bytes, for: readers), conflicts: conflicts)
            } catch {
                return .refused("the merged \(relativePath) cannot be encrypted: \(error)")
            }
        }
    }

    /// How many conflicts earlier merges left in a sealed journal file; 0 when it does not open with `keyring`.
    public static func conflicts(in sealed: [UInt8], relativePath: String, keyring: Keyring) -> Int {
        guard let plainPath = Keyring.plainPath(ofSealed: relativePath), let bytes = try? keyring.open(sealed) else { return 0 }
        return FileMerge.conflicts(in: bytes, relativePath: plainPath)
    }

    /// Everyone reads a shared file; its writer alone reads a private reflection.
    static func readers(of plainPath: String) -> Keyring.Readers {
        let name = plainPath.split(separator: "/").last.map(String.init) ?? plainPath
        guard plainPath.hasPrefix("checkins/"), let writer = JournalFileKind.partner(ofPrivateReflection: name) else {
            return .everyone
        }
        return .only(writer)
    }
}
