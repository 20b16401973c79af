/// Whole age v1 files in memory: seal bytes to recipients, open them with identities. Journal files are
/// small (at most a few megabytes), so nothing streams.
public enum AgeFile {
    static let nonceSize = 16

    /// The age file that carries `plaintext` to every recipient. A passphrase recipient must be alone.
    public static func seal(_ plaintext: [UInt8], to recipients: [any AgeRecipient]) throws(SealError) -> [UInt8] {
        try checkRecipients(recipients)
        let fileKey = FileKey.random()
        var stanzas: [AgeStanza] = []
        for recipient in recipients { stanzas += try recipient.wrap(fileKey) }
        return try seal(plaintext, fileKey: fileKey, stanzas: stanzas, nonce: randomBytes(nonceSize))
    }

    /// The file for given parts; tests use it to forge files with chosen stanzas around a known key.
    static func seal(_ plaintext: [UInt8], fileKey: FileKey, stanzas: [AgeStanza], nonce: [UInt8])
        throws(SealError) -> [UInt8] {
        authenticatedHeader(stanzas: stanzas, fileKey: fileKey) + nonce
            + (try PayloadStream.seal(plaintext, key: fileKey.payloadKey(nonce: nonce)))
    }

    /// The version line, the stanzas and the MAC line.
    static func authenticatedHeader(stanzas: [AgeStanza], fileKey: FileKey) -> [UInt8] {
        var header = AgeHeader.versionLine
        for stanza in stanzas { header += stanza.encoded }
        header += AgeHeader.macPrefix
        let mac = fileKey.headerMAC(over: header)
        return header + Array(" ".utf8) + UnpaddedBase64.encodedBytes(mac) + [0x0A]
    }

    static func checkRecipients(_ recipients: [any AgeRecipient]) throws(SealError) {
        guard !recipients.isEmpty else { throw .invalidKey("a file needs at least one recipient") }
        guard recipients.count == 1 || !recipients.contains(where: \.mustBeAlone) else {
            throw .invalidKey("a passphrase cannot be combined with other recipients in one file")
        }
    }

    /// The plaintext, opened with the first identity that matches a stanza.
    public static func open(_ file: [UInt8], with identities: [any AgeIdentity]) throws(SealError) -> [UInt8] {
        try openParts(file, with: identities).plaintext
    }

    /// `open`, each identity trying first the stanza at its index in `firstTrying` (see `X25519Identity.unwrap`).
    static func open(_ file: [UInt8], with identities: [any AgeIdentity], firstTrying hints: [Int?]) throws(SealError) -> [UInt8] {
        try openParts(file, with: identities, firstTrying: hints).plaintext
    }

    /// Opens a file, returning the pieces `rewrap` keeps as well as the plaintext.
    static func openParts(_ file: [UInt8], with identities: [any AgeIdentity], firstTrying hints: [Int?] = [])
        throws(SealError) -> (fileKey: FileKey, payload: ArraySlice<UInt8>, plaintext: [UInt8]) {
        let header = try AgeHeader(parsing: file)
        let fileKey = try authenticatedKey(header, with: identities, firstTrying: hints)
        let payload = file[header.payloadStart...]
        let plaintext = try payload.withUnsafeBytes { bytes in
            Result { () throws(SealError) in try openPayload(bytes, fileKey: fileKey) }
        }.get()
        return (fileKey, payload, plaintext)
    }

    /// `open` for bytes lent for the call (a file as read, not copied into an array first): only the header is
    /// copied to be parsed, and the payload is opened where it lies. What it opens or refuses is `open`'s.
    static func open(_ file: UnsafeRawBufferPointer, with identities: [any AgeIdentity], firstTrying hints: [Int?] = [])
        throws(SealError) -> [UInt8] {
        let header = try AgeHeader(parsingHeaderOf: file)
        let fileKey = try authenticatedKey(header, with: identities, firstTrying: hints)
        return try openPayload(UnsafeRawBufferPointer(rebasing: file[header.payloadStart...]), fileKey: fileKey)
    }

    /// `open` over a file's bytes that the caller gives up: the plaintext is written over them from their start,
    /// so no buffer is made for it; returns its length. Safe because each chunk's plaintext (64 KiB) lands before
    /// the next chunk's ciphertext (each chunk 16 bytes longer, after the header and nonce), and a chunk's
    /// ciphertext is copied out before its plaintext is written. On a throw the bytes are left part overwritten.
    static func open(inPlace file: UnsafeMutableRawBufferPointer, with identities: [any AgeIdentity], firstTrying hints: [Int?] = [])
        throws(SealError) -> Int {
        let header = try AgeHeader(parsingHeaderOf: UnsafeRawBufferPointer(file))
        let fileKey = try authenticatedKey(header, with: identities, firstTrying: hints)
        let payload = UnsafeRawBufferPointer(rebasing: file[header.payloadStart...])
        guard payload.count >= nonceSize else { throw .truncated("the file ends inside the payload nonce") }
        var written = 0
        try PayloadStream.open(UnsafeRawBufferPointer(rebasing: payload.dropFirst(nonceSize)),
                               key: fileKey.payloadKey(nonce: Array(payload.prefix(nonceSize)))) { plain in
            UnsafeMutableRawBufferPointer(rebasing: file[written..<(written + plain.count)]).copyMemory(from: plain)
            written += plain.count
        }
        return written
    }

    /// The file key a stanza gives, once the header's MAC proves the header is the one sealed with it.
    private static func authenticatedKey(_ header: AgeHeader, with identities: [any AgeIdentity], firstTrying hints: [Int?])
        throws(SealError) -> FileKey {
        let fileKey = try unwrap(header, with: identities, firstTrying: hints)
        guard fileKey.authenticates(header: header.authenticatedBytes, mac: header.mac) else {
            throw .headerAuthenticationFailed
        }
        return fileKey
    }

    /// The plaintext of the payload (nonce, then chunks).
    private static func openPayload(_ payload: UnsafeRawBufferPointer, fileKey: FileKey) throws(SealError) -> [UInt8] {
        guard payload.count >= nonceSize else { throw .truncated("the file ends inside the payload nonce") }
        let nonce = Array(payload.prefix(nonceSize))
        return try PayloadStream.open(UnsafeRawBufferPointer(rebasing: payload.dropFirst(nonceSize)),
                                      key: fileKey.payloadKey(nonce: nonce))
    }

    /// The recipient stanzas of a file, parsed strictly, without opening anything: what doctor can show.
    public static func stanzas(of file: [UInt8]) throws(SealError) -> [AgeStanza] {
        try AgeHeader(parsing: file).stanzas
    }

    static func unwrap(_ header: AgeHeader, with identities: [any AgeIdentity], firstTrying hints: [Int?] = [])
        throws(SealError) -> FileKey {
        if header.stanzas.contains(where: { $0.type == "scrypt" }), header.stanzas.count > 1 {
            throw .malformedHeader("a scrypt stanza must be the only stanza of its file")
        }
        for (index, identity) in identities.enumerated() {
            let hint = index < hints.count ? hints[index] : nil
            if let fileKey = try identity.unwrap(header.stanzas, firstTrying: hint) { return fileKey }
        }
        if header.stanzas.count == 1, header.stanzas[0].type == "scrypt",
           identities.contains(where: { $0 is PassphraseIdentity }) {
            throw .wrongPassphrase
        }
        throw .noMatchingIdentity
    }
}
