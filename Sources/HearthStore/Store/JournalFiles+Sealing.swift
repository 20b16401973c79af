import HearthSeal

/// Sealing and opening journal files at the door (see `JournalFiles.withBytes` and `write`).
extension JournalFiles {
    /// The most bytes a sealed file may hold for a kind that allows `limit` plain bytes: the header (a few
    /// hundred bytes per recipient) and a 16-byte tag per 64 KiB chunk.
    static func sealedLimit(_ limit: Int) -> Int {
        limit + limit / 4_096 + 16_384
    }

    /// The plain bytes of an age file, or why it does not open.
    static func open(_ sealed: UnsafeBufferPointer<UInt8>, with keyring: Keyring) -> Result<[UInt8], SealError> {
        do throws(SealError) {
            return .success(try keyring.open(UnsafeRawBufferPointer(sealed)))
        } catch {
            return .failure(error)
        }
    }

    /// Who may read `file`: both partners, except a private reflection, which its writer alone reads.
    static func readers(of file: JournalFile) -> Keyring.Readers {
        guard file.kind == .privateReflection, let partner = JournalFileKind.partner(ofPrivateReflection: file.name) else {
            return .everyone
        }
        return .only(partner)
    }

    /// `bytes` as they go to disk: sealed for the file's readers when this store seals journal data.
    func sealedIfSealing(_ bytes: [UInt8], for file: JournalFile) throws(WriteFailure) -> [UInt8] {
        guard seals, file.kind.isJournalData, let keyring else { return bytes }
        do throws(SealError) {
            return try keyring.seal(bytes, for: Self.readers(of: file))
        } catch {
            throw .notWritten(FileSystemError(path: file.folder.path + "/" + storedName(of: file), code: FileSystemError.notSealed,
                                              message: "cannot be encrypted: \(error)"))
        }
    }
}

extension FileSystemError {
    /// A sealed file with no key to open it: the store was given none, or none of its keys opens the file.
    public static let noKeyForSealedFile: Int32 = -1_010
    /// A sealed file that is damaged: it fails authentication, is cut short, or is not an age file.
    public static let damagedSealedFile: Int32 = -1_011
    /// A file that could not be sealed (no public key for its readers).
    public static let notSealed: Int32 = -1_012

    /// A sealed file found by a store that has no keys.
    static func sealedWithoutKey(_ path: String) -> FileSystemError {
        FileSystemError(path: path, code: noKeyForSealedFile, message: "is encrypted, and no key was given to open it")
    }

    /// A sealed file that `error` says cannot be opened; the message is SealError's own wording.
    static func unopenable(_ path: String, _ error: SealError) -> FileSystemError {
        FileSystemError(path: path, code: error == .noMatchingIdentity ? noKeyForSealedFile : damagedSealedFile,
                        message: "cannot be decrypted: \(error)")
    }
}
