import ArgumentParser

/// The options every command takes: where the journal lives, and how to unlock it when it is encrypted.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The journal folder.", valueName: "dir"))
    var dir: String?

    @Option(name: .long, help: ArgumentHelp(
        "For an encrypted journal: a plain age identity file (AGE-SECRET-KEY-1..., as `hearth key export` prints) "
            + "that unlocks its partner. Default: $HEARTH_IDENTITY.",
        valueName: "file"))
    var identity: String?

    @Option(name: .customLong("passphrase-file"), help: ArgumentHelp(
        "For an encrypted journal: PARTNER=FILE, a partner's (name or id) passphrase, the first line of FILE. "
            + "Repeatable. Without this, --identity or $HEARTH_IDENTITY, Hearth asks on the terminal.",
        valueName: "partner=file"))
    var passphraseFiles: [String] = []
}

extension StoreOptions {
    /// The options as plain values.
    var place: JournalPlace { JournalPlace(dir: dir, identity: identity, passphraseFiles: passphraseFiles) }
}
