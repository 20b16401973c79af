import Testing
@testable import HearthSeal

/// The keyring the store will hold: shared files open for either partner, a private file for one partner
/// alone, writing with public keys only, and a key folder read strictly.
@Suite struct KeyringTests {
    let alex = Forge.fixedIdentity(seed: 11)
    let sam = Forge.fixedIdentity(seed: 12)
    let text = Array("We walked to the lake on Sunday.".utf8)

    var keyFolder: [String: [UInt8]] {
        ["alex.pub": KeyText.recipientFile(alex.recipient, comment: "alex"),
         "sam.pub": KeyText.recipientFile(sam.recipient, comment: "sam"),
         "alex.age": Array("sealed identities are passed over".utf8),
         "README": Array("anything else too".utf8)]
    }

    @Test func writingNeedsOnlyPublicKeysAndEitherPartnerReadsSharedFiles() throws {
        let writer = try Keyring(keyFolder: keyFolder)
        #expect(writer.recipients == ["alex": alex.recipient, "sam": sam.recipient])
        #expect(writer.unlockedPartners.isEmpty)
        let sealed = try writer.seal(text, for: .everyone)
        #expect(throws: SealError.noMatchingIdentity) { try writer.open(sealed) }
        for identity in [alex, sam] {
            var reader = writer
            reader.add(identity)
            #expect(try reader.open(sealed) == text)
        }
    }

    @Test func aPrivateFileOpensForItsPartnerAlone() throws {
        var keyring = try Keyring(keyFolder: keyFolder)
        let privateNote = try keyring.seal(text, for: .only("alex"))
        #expect(keyring.add(sam) == "sam")
        #expect(throws: SealError.noMatchingIdentity) { try keyring.open(privateNote) }
        #expect(keyring.add(alex) == "alex")
        #expect(keyring.unlockedPartners == ["alex", "sam"])
        #expect(try keyring.open(privateNote) == text)
        #expect(throws: SealError.self) { try keyring.seal(text, for: .only("zoe")) }
    }

    @Test func unlockingChecksTheKeyAgainstThePublicFile() throws {
        let recipient = try PassphraseRecipient(passphrase: "p", uncheckedWorkFactor: 10)
        let sealedAlex = try AgeFile.seal(KeyText.identityFile(alex, comment: "alex"), to: [recipient])
        var keyring = try Keyring(keyFolder: keyFolder)
        try keyring.unlock(partner: "alex", sealedIdentity: sealedAlex, passphrase: "p")
        #expect(keyring.unlockedPartners == ["alex"])
        // sam.pub names sam's key; a key file holding alex's key under sam's name is caught.
        #expect(throws: SealError.invalidKeyFile("keys/sam.age and keys/sam.pub hold different keys")) {
            try keyring.unlock(partner: "sam", sealedIdentity: sealedAlex, passphrase: "p")
        }
        #expect(throws: SealError.wrongPassphrase) {
            try keyring.unlock(partner: "alex", sealedIdentity: sealedAlex, passphrase: "q")
        }
    }

    @Test func aBadPublicKeyFileIsNamed() {
        var folder = keyFolder
        folder["sam.pub"] = Array("# sam\nage1notakey\n".utf8)
        #expect(throws: SealError.invalidKeyFile("keys/sam.pub:2: not an age recipient (age1…)")) {
            try Keyring(keyFolder: folder)
        }
        folder["sam.pub"] = KeyText.recipientFile(sam.recipient, comment: "sam") + KeyText.recipientFile(alex.recipient, comment: "x")
        #expect(throws: SealError.invalidKeyFile("keys/sam.pub holds 2 recipients, not one")) {
            try Keyring(keyFolder: folder)
        }
    }

    @Test func anIdentityOfNoPartnerStillOpensFilesForIt() throws {
        let stranger = X25519Identity()
        var keyring = try Keyring(keyFolder: keyFolder)
        #expect(keyring.add(stranger) == nil)
        let file = try AgeFile.seal(text, to: [stranger.recipient])
        #expect(try keyring.open(file) == text)
        #expect(keyring.unlockedPartners.isEmpty)
    }

    @Test func anIdentityFileAddsEveryKeyInIt() throws {
        let stranger = X25519Identity(), oldKey = X25519Identity()
        var keyring = try Keyring(keyFolder: keyFolder)
        let file = KeyText.identityFile(sam, comment: "sam") + KeyText.identityFile(stranger, comment: "x")
            + KeyText.identityFile(oldKey, comment: "old")
        #expect(try keyring.add(identityFile: file, name: "backup.txt") == ["sam"])
        // Two keys of no partner are both kept: each opens what was encrypted to it.
        for identity in [stranger, oldKey] {
            #expect(try keyring.open(try AgeFile.seal(text, to: [identity.recipient])) == text)
        }
        #expect(throws: SealError.invalidKeyFile("backup.txt:1: not an age identity (AGE-SECRET-KEY-1…)")) {
            try keyring.add(identityFile: Array(sam.recipient.string.utf8), name: "backup.txt")
        }
    }

    @Test func sealedFilesAreNamedWithAgeAfterThePlainName() {
        #expect(Keyring.sealedPath("checkins/2026/2026-W47-zoe.md") == "checkins/2026/2026-W47-zoe.md.age")
        #expect(Keyring.plainPath(ofSealed: "checkins/2026/2026-W47-zoe.md.age") == "checkins/2026/2026-W47-zoe.md")
        #expect(Keyring.plainPath(ofSealed: "checkins/2026/2026-W47-zoe.md") == nil)
        #expect(Keyring.plainPath(ofSealed: ".age") == nil)
        // Names in any script, and a `.` that joins the character before it (U+0600 prepends): no `.age` suffix.
        #expect(Keyring.plainPath(ofSealed: "checkins/2026/2026-W47-美咲.md.age") == "checkins/2026/2026-W47-美咲.md")
        #expect(Keyring.plainPath(ofSealed: "é.age") == "é")
        #expect(Keyring.plainPath(ofSealed: "x\u{600}.age") == nil)
    }
}
