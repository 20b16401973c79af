import Foundation
import Testing

/// The command-line side of browsing: `hearth search --partner` and `hearth list --below TYPE=N`.
@Suite("hearth search --partner, hearth list --below")
struct BrowseCLITests {
    static let ratings = ["--physical", "3", "--intellectual", "5", "--spiritual", "3", "--experiential", "2"]

    /// Zoë: emotional 2 in W45 and 4 in W46, both mentioning walks; 美咲: emotional 1 in W46.
    static func journal() throws -> HearthCLI {
        let cli = try HearthCLI()
        try cli.initCouple()
        for (partner, week, emotional, text) in [("zoe", "2026-W45", "2", "Long walks"), ("zoe", "2026-W46", "4", "More walks"),
                                                 ("美咲", "2026-W46", "1", "散歩 walks")] {
            let result = try cli.run(["checkin", "--partner", partner, "--week", week, "--emotional", emotional, "--more", text] + ratings)
            guard result.status == 0 else { throw HearthCLI.Failure("checkin failed: \(result.stderr)") }
        }
        return cli
    }

    @Test func searchKeepsOnlyOnePartnersWords() throws {
        let cli = try Self.journal()
        defer { cli.cleanUp() }
        let all = try cli.run(["search", "walks"])
        #expect(all.stdout.contains("3 matches."))
        let zoe = try cli.run(["search", "walks", "--partner", "Zoë"])
        #expect(zoe.status == 0, "\(zoe.stderr)")
        #expect(zoe.stdout.contains("2 matches.") && !zoe.stdout.contains("美咲"))
        let nobody = try cli.run(["search", "walks", "--partner", "Sam"])
        #expect(nobody.status != 0)
        #expect(nobody.stderr.contains("'Sam' is not a partner in this journal"))
    }

    @Test func listBelowKeepsWeeksRatedUnderTheLimit() throws {
        let cli = try Self.journal()
        defer { cli.cleanUp() }
        let low = try cli.run(["list", "--below", "emotional=3"])
        #expect(low.status == 0, "\(low.stderr)")
        #expect(low.stdout.contains("2026-W46") && low.stdout.contains("2026-W45"))
        // With a partner, only that partner's rating counts: Zoë rated W46 a 4.
        let zoe = try cli.run(["list", "--below", "Emotional=3", "--partner", "zoe"])
        #expect(zoe.stdout.contains("2026-W45") && !zoe.stdout.contains("2026-W46"))
        let none = try cli.run(["list", "--below", "emotional=2", "--partner", "zoe"])
        #expect(none.stdout == "No week has a rating that low (emotional=2).\n")
        let bad = try cli.run(["list", "--below", "closeness=3"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("'closeness=3' is not TYPE=N"))
        #expect(try cli.run(["list", "--below", "emotional=9"]).stderr.contains("use 2 to 5"))
    }

    /// `list` and `search` write a fresh index while they print, and the process waits for it before it exits,
    /// however it exits: cut off, the write would leave no index, and its temporary behind.
    @Test func listAndSearchLeaveTheIndexTheyWroteWhilePrinting() throws {
        let cli = try Self.journal()
        defer { cli.cleanUp() }
        for arguments in [["list"], ["search", "walks"], ["search", "walks", "--partner", "Sam"]] {
            try? FileManager.default.removeItem(at: cli.journal.appendingPathComponent(".hearth"))
            _ = try cli.run(arguments)
            let index = try Data(contentsOf: cli.journal.appendingPathComponent(".hearth/index"))
            #expect(index.starts(with: Array("HEARTHIX".utf8)), "\(arguments)")
            #expect(try cli.files(under: ".hearth") == ["index"], "\(arguments): nothing but the index")
        }
    }

    /// A reader that goes away before the output is written (`hearth search walks | true`): the process still ends by
    /// SIGPIPE, as any command would, but only once the index it was writing is in place.
    ///
    /// Started from a small Python program that makes the pipe, closes its reading end and starts `hearth` with
    /// SIGPIPE's default action: a pipe made here could leak its reading end into a process another test starts at
    /// the same moment (it then never breaks), and a test runner that ignores SIGPIPE would pass that on.
    @Test func aReaderThatGoesAwayStillLeavesTheIndex() throws {
        let cli = try Self.journal()
        defer { cli.cleanUp() }
        try? FileManager.default.removeItem(at: cli.journal.appendingPathComponent(".hearth"))
        let starter = """
            import os, subprocess, sys
            reading, writing = os.pipe()
            os.close(reading)
            child = subprocess.Popen(sys.argv[1:], stdout=writing, stdin=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            os.close(writing)
            print(child.wait())
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", starter, HearthCLI.binary.path, "search", "walks", "--dir", cli.journal.path]
        process.environment = ["HOME": cli.sandbox.path, "HEARTH_TODAY": cli.today, "LANG": "C.UTF-8",
                               "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let status = String(decoding: try HearthCLI.capture(process).stdout, as: UTF8.self)
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "-\(SIGPIPE)", "ended by SIGPIPE (Python's -13)")
        #expect(try cli.files(under: ".hearth") == ["index"])
    }
}
