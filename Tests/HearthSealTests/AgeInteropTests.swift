import Foundation
import Testing
@testable import HearthSeal

/// Against the real `age`: what we write, age reads to the byte; what age writes, we read; damage is refused
/// by both. Passphrase files are in PartnerKeyInteropTests.
@Suite struct AgeInteropTests {
    static let sizes = [0, 1, 800, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 200_000]

    /// A key made by age-keygen, and our reading of it.
    func ageKey(_ tool: AgeTool, name: String = "key.txt") throws -> X25519Identity {
        #expect(try tool.run("age-keygen", ["-o", name]).status == 0)
        let identities = try KeyText.identities(in: try tool.read(name), name: name)
        #expect(identities.count == 1)
        // Our bech32 and X25519 against age's: the public key it prints for the file is the one we derive.
        let publicKey = try tool.run("age-keygen", ["-y", name]).output
        #expect(publicKey == identities[0].recipient.string + "\n")
        return identities[0]
    }

    @Test func everyFileWeWriteDecryptsWithAge() throws {
        let tool = try AgeTool()
        defer { tool.remove() }
        let identity = try ageKey(tool)
        for size in Self.sizes {
            let plaintext = Forge.text(size)
            try tool.write("ours.age", try AgeFile.seal(plaintext, to: [X25519Identity().recipient, identity.recipient]))
            // To standard output: with -o, age makes no file at all for an empty plaintext.
            let run = try tool.run("age", ["-d", "-i", "key.txt", "ours.age"])
            #expect(run.status == 0, "size \(size): \(run.errors)")
            #expect(run.outputBytes == plaintext, "size \(size)")
        }
    }

    @Test func filesAgeWritesAreReadByUs() throws {
        let tool = try AgeTool()
        defer { tool.remove() }
        let ours = X25519Identity()
        let partner = X25519Identity()
        try tool.write("recipients.txt", KeyText.recipientFile(ours.recipient, comment: "ours")
                       + KeyText.recipientFile(partner.recipient, comment: "partner"))
        for size in Self.sizes {
            let plaintext = Forge.text(size)
            try tool.write("plain", plaintext)
            #expect(try tool.run("age", ["-e", "-r", ours.recipient.string, "-o", "one.age", "plain"]).status == 0)
            #expect(try AgeFile.open(try tool.read("one.age"), with: [ours]) == plaintext, "size \(size)")
            #expect(try tool.run("age", ["-e", "-R", "recipients.txt", "-o", "two.age", "plain"]).status == 0)
            #expect(try AgeFile.open(try tool.read("two.age"), with: [partner]) == plaintext, "size \(size)")
        }
    }

    @Test func anArmoredFileIsRefusedWithItsName() throws {
        let tool = try AgeTool()
        defer { tool.remove() }
        let identity = X25519Identity()
        try tool.write("plain", Array("armored".utf8))
        #expect(try tool.run("age", ["-e", "-a", "-r", identity.recipient.string, "-o", "a.age", "plain"]).status == 0)
        let outcome = Outcome(try tool.read("a.age"), with: [identity])
        #expect(outcome.isMalformedHeader)
        #expect(outcome.error?.description.contains("ASCII-armored") == true)
    }

    @Test func aFileForAnotherIdentityIsRefusedWithNoMatchingIdentity() throws {
        let tool = try AgeTool()
        defer { tool.remove() }
        let other = try ageKey(tool, name: "other.txt")
        try tool.write("plain", Array("for someone else".utf8))
        #expect(try tool.run("age", ["-e", "-r", X25519Identity().recipient.string, "-o", "f.age", "plain"]).status == 0)
        let outcome = Outcome(try tool.read("f.age"), with: [other])
        #expect(outcome == .refused(.noMatchingIdentity))
        #expect(outcome.error?.failure == "no matching identity")
        let age = try tool.run("age", ["-d", "-i", "other.txt", "f.age"])
        #expect(age.status != 0)
        #expect(age.errors.contains("no identity matched"))
    }

    @Test func oneFlippedByteInTheHeaderBodyOrLastChunkIsRefusedByUsAndByAge() throws {
        let tool = try AgeTool()
        defer { tool.remove() }
        let identity = try ageKey(tool)
        let plaintext = Forge.text(150_000)  // three chunks
        let file = try AgeFile.seal(plaintext, to: [identity.recipient])
        let payloadStart = try AgeHeader(parsing: file).payloadStart
        // Every byte of the header and the nonce: never opened, whatever the byte does.
        for position in 0..<(payloadStart + 16) {
            var changed = file
            changed[position] ^= 0x01
            #expect(Outcome(changed, with: [identity]).error != nil, "byte \(position) of the header")
        }
        let body = payloadStart + 16 + 30_000
        let lastChunk = file.count - 100
        for (position, chunk) in [(body, 0), (lastChunk, 2)] {
            var changed = file
            changed[position] ^= 0x01
            #expect(Outcome(changed, with: [identity]) == .refused(.payloadAuthenticationFailed(chunk: chunk)))
        }
        for position in [40, payloadStart - 5, body, lastChunk] {
            var changed = file
            changed[position] ^= 0x01
            try tool.write("changed.age", changed)
            #expect(try tool.run("age", ["-d", "-i", "key.txt", "-o", "out", "changed.age"]).status != 0, "byte \(position)")
        }
    }

    @Test func aFileCutAtEvery4KiBIsRefused() throws {
        let tool = try AgeTool()
        defer { tool.remove() }
        let identity = try ageKey(tool)
        let file = try AgeFile.seal(Forge.text(150_000), to: [identity.recipient])
        let payloadStart = try AgeHeader(parsing: file).payloadStart
        let cuts = Array(stride(from: 0, to: file.count, by: 4096)) + [1, payloadStart - 1, payloadStart, payloadStart + 16,
                                                                        payloadStart + 16 + 65_536 + 16, file.count - 1]
        for cut in cuts {
            let outcome = Outcome(Array(file.prefix(cut)), with: [identity])
            let failure = outcome.error?.failure
            // A cut inside a chunk looks like a changed chunk: no length says otherwise. Never opened, though.
            #expect(failure == "truncation" || failure == "authentication", "cut at \(cut): \(outcome)")
            if cut <= payloadStart + 16 { #expect(failure == "truncation", "cut at \(cut) is in the header or nonce") }
        }
        #expect(Outcome(Array(file.prefix(payloadStart + 16 + 65_536 + 16)), with: [identity])
                == .refused(.truncated("the file ends before its final content chunk")))
        for cut in stride(from: 4096, to: file.count, by: 4096 * 6) {
            try tool.write("cut.age", Array(file.prefix(cut)))
            #expect(try tool.run("age", ["-d", "-i", "key.txt", "-o", "out", "cut.age"]).status != 0, "age, cut at \(cut)")
        }
    }
}
