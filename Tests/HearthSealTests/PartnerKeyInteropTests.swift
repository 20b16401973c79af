import Testing
@testable import HearthSeal

/// Passphrase-protected keys against the real `age` (driven on a pseudo-terminal): ours open with age and
/// the passphrase, and age's open with us.
@Suite struct PartnerKeyInteropTests {
    let passphrase = "two cups of tea"

    @Test func ourKeyFileOpensWithAgeAndThePassphrase() throws {
        let tool = try AgeTool()
        defer { tool.remove() }
        let key = try PartnerKey(partner: "alex")
        try tool.write("alex.age", try key.sealedIdentity(passphrase: passphrase))
        let decrypted = try tool.runOnTerminal(["-d", "-o", "identity.txt", "alex.age"], answers: [passphrase])
        #expect(decrypted.status == 0, "\(decrypted.output)")
        #expect(try tool.read("identity.txt") == key.plainIdentityFile)

        // The decrypted file, and the sealed one itself (age asks for its passphrase), are age identities.
        let plaintext = Array("shared week".utf8)
        try tool.write("week.md.age", try Keyring(recipients: ["alex": key.recipient]).seal(plaintext, for: .everyone))
        #expect(try tool.run("age", ["-d", "-i", "identity.txt", "-o", "week.md", "week.md.age"]).status == 0)
        #expect(try tool.read("week.md") == plaintext)
        let direct = try tool.runOnTerminal(["-d", "-i", "alex.age", "-o", "again.md", "week.md.age"], answers: [passphrase])
        #expect(direct.status == 0, "\(direct.output)")
        #expect(try tool.read("again.md") == plaintext)

        let wrong = try tool.runOnTerminal(["-d", "-o", "nothing.txt", "alex.age"], answers: ["not it"])
        #expect(wrong.status != 0)
        #expect(wrong.output.contains("incorrect passphrase"))
    }

    @Test func aKeyAgeSealedWithAPassphraseOpensWithUs() throws {
        let tool = try AgeTool()
        defer { tool.remove() }
        #expect(try tool.run("age-keygen", ["-o", "sam.txt"]).status == 0)
        let made = try tool.runOnTerminal(["-p", "-o", "sam.age", "sam.txt"], answers: [passphrase, passphrase])
        #expect(made.status == 0, "\(made.output)")
        let sealed = try tool.read("sam.age")
        #expect(try AgeFile.stanzas(of: sealed).map(\.type) == ["scrypt"])

        let key = try PartnerKey.unlock(partner: "sam", sealedIdentity: sealed, passphrase: passphrase)
        #expect(key.identity.string == (try KeyText.identities(in: try tool.read("sam.txt"), name: "sam.txt"))[0].string)
    }
}
