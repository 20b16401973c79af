import Testing
@testable import HearthSeal

/// Rewrapping a file for new readers: a new header around the same payload, for adding a partner to a
/// journal without sealing every file anew.
@Suite struct RewrapTests {
    let alex = Forge.fixedIdentity(seed: 21)
    let sam = Forge.fixedIdentity(seed: 22)
    let text = Forge.text(70_000)

    @Test func aRewrappedFileOpensForTheNewReaderAndKeepsItsPayload() throws {
        // Written while alex was the only partner; then sam joins.
        let file = try AgeFile.seal(text, to: [alex.recipient])
        var keyring = Keyring(recipients: ["alex": alex.recipient, "sam": sam.recipient])
        #expect(throws: SealError.noMatchingIdentity) { try keyring.rewrap(file, for: .everyone) }
        keyring.add(alex)
        let forBoth = try keyring.rewrap(file, for: .everyone)
        #expect(try AgeFile.open(forBoth, with: [sam]) == text)
        #expect(try AgeFile.open(forBoth, with: [alex]) == text)
        #expect(try AgeFile.stanzas(of: forBoth).count == 2)
        let oldPayload = file[(try AgeHeader(parsing: file).payloadStart)...]
        let newPayload = forBoth[(try AgeHeader(parsing: forBoth).payloadStart)...]
        #expect(oldPayload.elementsEqual(newPayload))
    }

    @Test func aDamagedPayloadIsNotCarriedUnderAFreshHeader() throws {
        var file = try AgeFile.seal(text, to: [alex.recipient])
        file[file.count - 10] ^= 0x20
        #expect(throws: SealError.payloadAuthenticationFailed(chunk: 1)) {
            try AgeFile.rewrap(file, with: [alex], to: [alex.recipient, sam.recipient])
        }
    }

    @Test func aRewrappedFileDecryptsWithAge() throws {
        let tool = try AgeTool()
        defer { tool.remove() }
        #expect(try tool.run("age-keygen", ["-o", "sam.txt"]).status == 0)
        let samKey = try KeyText.identities(in: try tool.read("sam.txt"), name: "sam.txt")[0]
        let file = try AgeFile.seal(text, to: [alex.recipient])
        try tool.write("week.md.age", try AgeFile.rewrap(file, with: [alex], to: [alex.recipient, samKey.recipient]))
        let run = try tool.run("age", ["-d", "-i", "sam.txt", "week.md.age"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.outputBytes == text)
    }
}
