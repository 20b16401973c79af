import Foundation
import HearthTestSupport
import Testing
@testable import HearthSeal

/// Costs, not a timed test: `HEARTH_BENCH=1 swift test -c release --filter SealBenchmark` (or bench/run) prints
/// the medians of unwrapping one file's key with X25519, sealing and opening an 800-byte journal file, and
/// unlocking a partner's key file at scrypt 2^18.
@Suite(.enabled(if: Benchmarks.enabled, "set HEARTH_BENCH=1 to run benchmarks"))
struct SealBenchmark {
    static func median(_ label: String, rounds: Int, _ work: () throws -> Void) rethrows {
        var samples: [Duration] = []
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            try work()
            samples.append(ContinuousClock.now - start)
        }
        samples.sort()
        print("bench \(label): median \(samples[samples.count / 2]) over \(rounds) rounds")
    }

    @Test func benchSealAndOpen() throws {
        let alex = X25519Identity(), sam = X25519Identity()
        let keyring = Keyring(recipients: ["alex": alex.recipient, "sam": sam.recipient])
        let plaintext = Forge.text(800)
        let sealed = try keyring.seal(plaintext, for: .everyone)
        let stanzas = try AgeFile.stanzas(of: sealed)
        var found = 0
        try Self.median("X25519 unwrap of one file key", rounds: 2000) {
            if try sam.unwrap(stanzas) != nil { found += 1 }
        }
        #expect(found == 2000)
        try Self.median("seal an 800-byte file to two partners", rounds: 2000) {
            _ = try keyring.seal(plaintext, for: .everyone)
        }
        try Self.median("open an 800-byte file (header, MAC, X25519, one chunk)", rounds: 2000) {
            _ = try AgeFile.open(sealed, with: [sam])
        }
        let big = Forge.text(1 << 20)
        let sealedBig = try keyring.seal(big, for: .everyone)
        try Self.median("open a 1 MiB file", rounds: 50) { _ = try AgeFile.open(sealedBig, with: [alex]) }
    }

    @Test func benchUnlock() throws {
        let sealed = try PartnerKey(partner: "alex").sealedIdentity(passphrase: "a bench passphrase")
        try Self.median("unlock keys/alex.age (scrypt 2^18)", rounds: 9) {
            _ = try PartnerKey.unlock(partner: "alex", sealedIdentity: sealed, passphrase: "a bench passphrase")
        }
    }
}
