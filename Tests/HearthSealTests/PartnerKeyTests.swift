import Testing
@testable import HearthSeal

/// A partner's key files: the identity sealed under the passphrase at 2^18, the public key beside it, a
/// clear error for a wrong passphrase, and a passphrase change that keeps the key. scrypt at 2^18 costs
/// seconds in a debug build, so only the first test pays it; the rest seal at 2^10 through the same code.
@Suite struct PartnerKeyTests {
    let passphrase = "tea on the balcony"

    func quick(_ passphrase: String) throws -> PassphraseRecipient {
        try PassphraseRecipient(passphrase: passphrase, uncheckedWorkFactor: 10)
    }

    @Test func aPartnersFilesAreTheSealedIdentityAndThePublicKey() throws {
        let key = try PartnerKey(partner: "alex")
        let files = try key.files(passphrase: passphrase)
        #expect(files.map(\.path) == ["keys/alex.age", "keys/alex.pub"])
        let stanzas = try AgeFile.stanzas(of: files[0].bytes)
        #expect(stanzas.count == 1)
        #expect(stanzas.first?.type == "scrypt")
        #expect(stanzas.first?.arguments.last == "18")
        #expect(try KeyText.recipients(in: files[1].bytes, name: "alex.pub") == [key.recipient])
        // The secret never appears in either file in the clear.
        let secret = Array(key.identity.string.utf8)
        for file in files { #expect(!file.bytes.contains(secret), "\(file.path)") }

        // Opening it at 2^18 is PartnerKeyInteropTests' job (age's own key file), so this suite pays once.
    }

    @Test func aWrongPassphraseIsNamedAndNothingElse() throws {
        let key = try PartnerKey(partner: "sam")
        let sealed = try key.sealedIdentity(to: quick(passphrase))
        #expect(try PartnerKey.unlock(partner: "sam", sealedIdentity: sealed, passphrase: passphrase).recipient == key.recipient)
        #expect(throws: SealError.wrongPassphrase) {
            try PartnerKey.unlock(partner: "sam", sealedIdentity: sealed, passphrase: "tea on the balcony!")
        }
        #expect(SealError.wrongPassphrase.description == "wrong passphrase")
    }

    @Test func changingThePassphraseKeepsTheKey() throws {
        let key = try PartnerKey(partner: "sam")
        let before = try key.sealedIdentity(to: quick(passphrase))
        let after = try PartnerKey.changePassphrase(partner: "sam", sealedIdentity: before, from: passphrase,
                                                    to: quick("new words"))
        #expect(try PartnerKey.unlock(partner: "sam", sealedIdentity: after, passphrase: "new words").recipient == key.recipient)
        #expect(throws: SealError.wrongPassphrase) {
            try PartnerKey.unlock(partner: "sam", sealedIdentity: after, passphrase: passphrase)
        }
        #expect(throws: SealError.wrongPassphrase) {
            try PartnerKey.changePassphrase(partner: "sam", sealedIdentity: after, from: "guess", to: quick("mine now"))
        }
        // A new passphrase is held to the same 2^18 floor as a new key.
        #expect(throws: SealError.self) {
            try PartnerKey.changePassphrase(partner: "sam", sealedIdentity: after, from: "new words", to: "weak", workFactor: 12)
        }
    }

    @Test func aKeyFileThatIsNotAPassphraseFileOrHoldsNoKeyIsNamed() throws {
        let toRecipient = try AgeFile.seal(Array("AGE-SECRET-KEY-1".utf8), to: [X25519Identity().recipient])
        #expect(throws: SealError.invalidKeyFile("keys/zoe.age is not sealed with a passphrase")) {
            try PartnerKey.unlock(partner: "zoe", sealedIdentity: toRecipient, passphrase: passphrase)
        }
        let recipient = try quick(passphrase)
        let noKey = try AgeFile.seal(Array("# only a comment\n".utf8), to: [recipient])
        #expect(throws: SealError.invalidKeyFile("keys/zoe.age holds no age identity")) {
            try PartnerKey.unlock(partner: "zoe", sealedIdentity: noKey, passphrase: passphrase)
        }
        let two = KeyText.identityFile(X25519Identity(), comment: "one") + KeyText.identityFile(X25519Identity(), comment: "two")
        #expect(throws: SealError.invalidKeyFile("keys/zoe.age holds 2 identities, not one")) {
            try PartnerKey.unlock(partner: "zoe", sealedIdentity: try AgeFile.seal(two, to: [recipient]), passphrase: passphrase)
        }
    }

    @Test(arguments: ["", "Alex", "al ex", "../alex", "alex/x", "zoë"])
    func anIdThatCouldNotBeAFileNameIsRefused(partner: String) {
        #expect(throws: SealError.self) { try PartnerKey(partner: partner) }
    }

    @Test func identityFilesReadLikeAgeReadsThem() throws {
        let identity = X25519Identity()
        let text = "# made by hand\r\n\n\(identity.string)\r\n"
        #expect(try KeyText.identities(in: Array(text.utf8), name: "id.txt").map(\.recipient) == [identity.recipient])
        #expect(throws: SealError.invalidKeyFile("id.txt:2: not an age identity (AGE-SECRET-KEY-1…)")) {
            try KeyText.identities(in: Array("# fine\nnot a key\n".utf8), name: "id.txt")
        }
    }
}
