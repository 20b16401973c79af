extension AgeFile {
    /// The same file for a new set of recipients: the header is written again around the same file key, the
    /// payload is kept byte for byte (after checking it opens). Cheap enough to add a partner to every file.
    /// Not a revocation: whoever could open the old file knows its key, so a lost key calls for sealing anew.
    public static func rewrap(_ file: [UInt8], with identities: [any AgeIdentity], to recipients: [any AgeRecipient])
        throws(SealError) -> [UInt8] {
        try checkRecipients(recipients)
        // Opening checks the whole payload, so a damaged one is never carried under a fresh, valid header.
        let (fileKey, payload, _) = try openParts(file, with: identities)
        var stanzas: [AgeStanza] = []
        for recipient in recipients { stanzas += try recipient.wrap(fileKey) }
        return authenticatedHeader(stanzas: stanzas, fileKey: fileKey) + payload
    }
}
