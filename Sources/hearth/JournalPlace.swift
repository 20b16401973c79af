/// Where the journal is and how to unlock it, as plain values: what `StoreOptions` reads. The quick path
/// (QuickCommand) makes these without the parser's property wrappers, whose first use cost a scan of every
/// conformance record in the binary.
struct JournalPlace: Equatable {
    var dir: String?
    var identity: String?
    var passphraseFiles: [String] = []
}
