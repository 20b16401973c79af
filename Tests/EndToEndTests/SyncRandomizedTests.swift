import Foundation
import HearthDomain
import Testing

/// Hundreds of random edits on two laptops, synced at random moments: the laptops end byte-identical,
/// doctor accepts both (or lists only conflicts), and no edit is lost unless a later edit that knew it
/// replaced it; two-way edits are kept both ways as conflicts, so their words are still in the file.
@Suite("sync, randomized")
struct SyncRandomizedTests {
    /// One edit: what it changed (`field`), the words that must survive, and what its laptop knew then.
    struct Edit {
        let id: Int
        let field: String
        let file: String
        let words: String
        let knew: Set<Int>
    }

    struct Model {
        var edits: [Edit] = []
        var known: [Set<Int>] = [[], []]
        var remote: Set<Int> = []

        mutating func record(_ laptop: Int, field: String, file: String, words: String) {
            let edit = Edit(id: edits.count, field: field, file: file, words: words, knew: known[laptop])
            edits.append(edit)
            known[laptop].insert(edit.id)
        }

        mutating func synced(_ laptop: Int) {
            known[laptop].formUnion(remote)
            remote = known[laptop]
        }

        /// Syncs `laptop` two rounds in five, counting it in `syncs`; false when the sync failed (an issue recorded).
        mutating func maybeSync(_ laptop: Int, round: Int, _ random: inout SplitMix64, syncs: inout Int,
                                _ sync: () throws -> HearthCLI.Run) throws -> Bool {
            guard random.next() % 5 < 2 else { return true }
            let run = try sync()
            #expect(run.status == 0, "round \(round): \(run.stdout)\(run.stderr)")
            guard run.status == 0 else { return false }
            synced(laptop)
            syncs += 1
            return true
        }

        /// Edits no later edit of the same field replaced knowingly: their words must be in the journal.
        var survivors: [Edit] {
            edits.filter { edit in !edits.contains { $0.field == edit.field && $0.knew.contains(edit.id) } }
        }
    }

    /// What the doctors of both laptops list must be merge conflicts only; returns how many the last one listed.
    static func conflictsListed(by doctors: [HearthCLI.Run]) -> Int {
        var conflicts = 0
        for doctor in doctors {
            let problems = doctor.stdout.split(separator: "\n").dropLast()
            #expect(doctor.status == 0 || problems.allSatisfy { $0.contains("unresolved merge conflict") }, "\(doctor.stdout)")
            conflicts = doctor.status == 0 ? 0 : problems.count
        }
        return conflicts
    }

    @Test func twoHundredRoundsEndIdenticalWithNoEditLost() throws {
        let laptops = try TwoLaptops()
        defer { laptops.cleanUp() }
        let machines = [laptops.zoe, laptops.misaki]
        let partners = ["Zoë", "美咲"], ids = ["zoe", "partner-2"]
        let steps = ["Appreciations", "One intention"]
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
        var random = SplitMix64(seed: 2026)
        var model = Model()
        var syncs = 0
        for round in 0..<200 {
            let laptop = Int(random.next() % 2), cli = machines[laptop]
            switch random.next() % 6 {
            case 0, 1:
                let week = "2026-W\(40 + random.next() % 8)"
                try TwoLaptops.checkIn(cli, as: partners[laptop], week: week, ["--replace", "--how", "round \(round)"])
                model.record(laptop, field: "checkin \(laptop) \(week)", file: "checkins/2026/\(week)-\(ids[laptop]).md",
                             words: "round \(round)")
            case 2:
                let name = "Ritual \(round)"
                let run = try cli.run(["ritual", "add", name, "--daily"])
                #expect(run.status == 0, "\(run.stderr)")
                model.record(laptop, field: "ritual \(name)", file: "rituals.md", words: name)
            case 3:
                // The same ritual's cadence, from either laptop: the same field, two ways.
                let day = days[Int(random.next() % UInt64(days.count))]
                let run = try cli.run(["ritual", "edit", "weekly-check-in", "--weekly", day])
                #expect(run.status == 0, "\(run.stderr)")
                model.record(laptop, field: "cadence", file: "rituals.md", words: "weekly \(day)")
            case 4:
                // An agenda step's title by hand; mostly each laptop its own step, sometimes the same one.
                let step = steps[random.next() % 4 == 0 ? 1 - laptop : laptop]
                var edited = false
                try TwoLaptops.edit(cli, "agenda.md") { text in
                    var lines = text.components(separatedBy: "\n")
                    if let index = lines.firstIndex(where: { $0.hasPrefix("    title: \"\(step)") }) {
                        lines[index] = "    title: \"\(step) \(round)\""
                        edited = true
                    }
                    return lines.joined(separator: "\n")
                }
                if edited { model.record(laptop, field: "agenda \(step)", file: "agenda.md", words: "\(step) \(round)") }
            default:
                let run = try cli.run(["moment", "add", "--from", partners[laptop], "--to", partners[1 - laptop],
                                       "--language", "words", "note \(round)"])
                #expect(run.status == 0, "\(run.stderr)")
                if run.status == 0 {
                    model.record(laptop, field: "moment \(round)", file: "moments/2026/2026-W47-\(ids[laptop]).md", words: "note \(round)")
                }
            }
            guard try model.maybeSync(laptop, round: round, &random, syncs: &syncs, { try laptops.sync(cli) }) else { return }
        }
        try laptops.settle()
        #expect(try TwoLaptops.contents(of: laptops.zoe) == TwoLaptops.contents(of: laptops.misaki))
        let conflicts = Self.conflictsListed(by: try machines.map { try $0.run(["doctor"]) })
        #expect(conflicts > 0, "two-way edits happened, so some field was kept both ways and doctor lists it")
        var lost: [String] = []
        for edit in model.survivors {
            let text = (try? laptops.zoe.file(edit.file)) ?? ""
            if !text.contains(edit.words) { lost.append("\(edit.field): \(edit.words) (\(edit.file))") }
        }
        #expect(lost.isEmpty, "edits lost: \(lost)")
        #expect(syncs > 50, "the test synced often enough to mean something (\(syncs) syncs)")
    }
}
