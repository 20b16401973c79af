import Foundation
import HearthDomain
import HearthSeal
@testable import HearthStore

/// Keys and sealed journals for the encryption tests: one fixed identity per partner of `Fixtures.profile`.
enum SealedFixtures {
    static let identities: [String: X25519Identity] = Dictionary(uniqueKeysWithValues:
        Fixtures.profile.partners.map { ($0.id, X25519Identity()) })

    /// Every partner's public key, and the identities of `unlocked` (all partners by default).
    static func keyring(unlocked: [String]? = nil) -> Keyring {
        var keyring = Keyring(recipients: identities.mapValues(\.recipient))
        for partner in unlocked ?? Array(identities.keys) {
            if let identity = identities[partner] { keyring.add(identity) }
        }
        return keyring
    }

    /// `keys/<id>.pub` for every partner, as `hearth encrypt` leaves them.
    static func writePublicKeys(in store: Store) throws {
        for (partner, identity) in identities {
            try Fixtures.write(try PartnerKey(partner: partner, identity: identity).recipientFile,
                               to: KeyFolder.recipientPath(partner), in: store)
        }
    }

    /// A sealed journal with the fixture profile and rituals, opened with every partner's key.
    static func initializedStore(unlocked: [String]? = nil, fileSystem: any FileSystem = RealFileSystem()) throws -> Store {
        let store = Store(root: Fixtures.temporaryFolder() + "/journal", fileSystem: fileSystem, keyring: keyring(unlocked: unlocked))
        try store.initialize(profile: Fixtures.profile, agenda: .standard, rituals: Fixtures.rituals)
        try writePublicKeys(in: store)
        return store
    }

    /// The bytes of a file in the journal as they are on disk.
    static func onDisk(_ relativePath: String, in store: Store) -> [UInt8]? {
        FileManager.default.contents(atPath: store.root + "/" + relativePath).map(Array.init)
    }

    /// Every file under the journal folder, relative to it, sorted.
    static func allFiles(in store: Store) -> [String] {
        let found = FileManager.default.enumerator(atPath: store.root)?.compactMap { $0 as? String } ?? []
        return found.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: store.root + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }
}
