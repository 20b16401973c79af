import Foundation
import HearthDomain
import Testing

/// Random edits on two laptops sharing an encrypted journal, synced at random moments: as for a plain
/// journal, the laptops end byte-identical, doctor lists at most conflicts, and no edit is lost.
@Suite("sync of an encrypted journal, randomized", .endToEnd)
struct EncryptedSyncRandomizedTests {
    @Test func twoHundredRoundsEndIdenticalWithNoEditLost() throws {
        let laptops = try SealedLaptops()
        defer { laptops.cleanUp() }
        let machines = [laptops.zoe, laptops.misaki]
        let ids = ["zoe", "partner-2"]
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        var random = SplitMix64(seed: 1247)
        var model = SyncRandomizedTests.Model()
        var syncs = 0
        for round in 0..<200 {
            let laptop = Int(random.next() % 2), cli = machines[laptop], me = ids[laptop]
            switch random.next() % 5 {
            case 0, 1:
                let week = "2026-W\(40 + random.next() % 8)"
                let run = try laptops.run(cli, as: me, ["checkin", "--partner", me, "--week", week, "--replace", "--how", "round \(round)"]
                                          + EncryptedSyncTests.ratings)
                #expect(run.status == 0, "\(run.stderr)")
                model.record(laptop, field: "checkin \(laptop) \(week)", file: "checkins/2026/\(week)-\(me).md.age", words: "round \(round)")
            case 2:
                let name = "Ritual \(round)"
                try laptops.ritual(cli, ["add", name, "--daily"])
                model.record(laptop, field: "ritual \(name)", file: "rituals.md.age", words: name)
            case 3:
                // The same ritual's cadence, from either laptop: the same field, two ways.
                let day = days[Int(random.next() % UInt64(days.count))]
                try laptops.ritual(cli, ["edit", "weekly-check-in", "--weekly", day])
                model.record(laptop, field: "cadence", file: "rituals.md.age", words: "weekly \(day)")
            default:
                let moment = try laptops.run(cli, as: me, ["moment", "add", "--from", me, "--to", ids[1 - laptop], "--language", "words", "note \(round)"])
                guard moment.status == 0 else { Issue.record("round \(round): \(moment.stderr)"); continue }
                model.record(laptop, field: "moment \(round)", file: "moments/2026/2026-W47-\(me).md.age", words: "note \(round)")
            }
            guard try model.maybeSync(laptop, round: round, &random, syncs: &syncs, { try laptops.sync(cli) }) else { return }
        }
        try laptops.settle()
        #expect(try TwoLaptops.contents(of: laptops.zoe) == TwoLaptops.contents(of: laptops.misaki))
        let conflicts = SyncRandomizedTests.conflictsListed(by: try machines.map { try laptops.run($0, as: laptops.owner(of: $0), ["doctor"]) })
        #expect(conflicts > 0, "two-way edits happened, so some field was kept both ways inside a sealed file and doctor lists it")
        let identity = try laptops.sealed.exportedIdentity("zoe")
        var lost: [String] = []
        for edit in model.survivors {
            let opened = try SealedJournal.age(["-d", "-i", identity, laptops.zoe.journal.appendingPathComponent(edit.file).path])
            if !String(decoding: opened.stdout, as: UTF8.self).contains(edit.words) { lost.append("\(edit.field): \(edit.words) (\(edit.file))") }
        }
        #expect(lost.isEmpty, "edits lost: \(lost)")
        #expect(syncs > 50, "the test synced often enough to mean something (\(syncs) syncs)")
    }
}
