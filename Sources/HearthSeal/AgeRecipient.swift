/// Someone a file can be encrypted to: wraps the file key into one or more stanzas.
public protocol AgeRecipient: Sendable {
    /// The stanzas that carry `fileKey` for this recipient.
    func wrap(_ fileKey: FileKey) throws(SealError) -> [AgeStanza]
    /// True for a passphrase recipient, which age requires to be the file's only stanza.
    var mustBeAlone: Bool { get }
}

/// Someone who can open a file: finds the file key in the stanzas meant for them.
public protocol AgeIdentity: Sendable {
    /// The file key from the first stanza this identity opens; nil when none is for it. Throws for a stanza
    /// of this identity's own type that breaks the format (a strict reader refuses the whole file).
    func unwrap(_ stanzas: [AgeStanza]) throws(SealError) -> FileKey?
    /// `unwrap`, trying the stanza at index `first` before the others when the identity can: a hint that
    /// saves work, never changes what is refused.
    func unwrap(_ stanzas: [AgeStanza], firstTrying first: Int?) throws(SealError) -> FileKey?
}

extension AgeIdentity {
    public func unwrap(_ stanzas: [AgeStanza], firstTrying first: Int?) throws(SealError) -> FileKey? {
        try unwrap(stanzas)
    }
}
