import HearthSeal

/// An encrypted journal as the store sees it: told by its public keys, read and written through a keyring.
extension Store {
    /// Whether the journal is encrypted: its `keys/` folder holds a partner's public key (`keys/<id>.pub`).
    /// Reads file names only (one folder listing), so it is cheap enough to ask before any unlock.
    public var isSealed: Bool {
        guard let entries = try? fileSystem.listDirectory(at: absolute(KeyFolder.path)) else { return false }
        return entries.contains { !$0.isDirectory && KeyFolder.partner(ofRecipientFile: $0.name) != nil }
    }

    /// This journal read and written with `keyring` (nil: as plain files), through the same file system and
    /// with the same patience for another writer's lock.
    public func with(keyring: Keyring?) -> Store {
        var store = Store(root: root, fileSystem: fileSystem, keyring: keyring)
        store.lockPatience = lockPatience
        store.indexUse = indexUse
        store.readsPrivateReflections = readsPrivateReflections
        return store
    }
}

/// The two forms a journal's files can take.
public enum JournalForm: Sendable {
    /// Markdown files as they are (`profile.md`).
    case plain
    /// age files (`profile.md.age`), a private reflection in its own file sealed to its writer.
    case sealed
}

/// What `Store.convert(to:)` did.
public struct JournalConversion: Sendable {
    /// Files now in the asked form, relative to the root (their plain names).
    public var converted: [String] = []
    /// Files left as they were, and why (a sealed file no key opens, a damaged one); run again once fixed.
    public var problems: [StoreProblem] = []

    public init(converted: [String] = [], problems: [StoreProblem] = []) {
        self.converted = converted
        self.problems = problems
    }
}
