import Foundation
import Testing

/// `hearth report` as a subprocess: where the page goes, with what mode, and what it refuses.
struct ReportCLITests {
    @Test func writesAPrivateFileOrPrintsThePage() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        #expect(try cli.run(["demo", "--weeks", "30"]).status == 0)
        let page = cli.sandbox.appendingPathComponent("our year.html")
        let run = try cli.run(["report", "--output", page.path])
        #expect(run.status == 0 && run.stdout.hasPrefix("Wrote 2026 in review (") && run.stdout.contains(" charts) to "))
        let mode = try FileManager.default.attributesOfItem(atPath: page.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let left = try FileManager.default.contentsOfDirectory(atPath: cli.sandbox.path)
        #expect(left.allSatisfy { !$0.contains(".tmp-") })
        let printed = try cli.run(["report", "--output", "-"]), saved = try String(contentsOf: page, encoding: .utf8)
        #expect(printed.status == 0 && printed.stdout == saved)
    }

    @Test func refusesAYearToComeAndAFolderThatIsNotThere() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let future = try cli.run(["report", "--year", "2027", "--output", cli.sandbox.appendingPathComponent("x.html").path])
        #expect(future.status != 0 && future.stderr.contains("2027 has not begun yet (this week is 2026-W47)"))
        let nowhere = cli.sandbox.appendingPathComponent("no such folder/year.html").path
        let missing = try cli.run(["report", "--output", nowhere])
        #expect(missing.status != 0 && missing.stderr.contains("cannot write \(nowhere)"))
        let folder = try cli.run(["report", "--output", cli.sandbox.path])
        #expect(folder.status != 0 && folder.stderr.contains("is a folder"))
    }

    @Test func anEmptyYearStillMakesAPage() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let run = try cli.run(["report", "--year", "2025", "--output", "-"])
        #expect(run.status == 0 && run.stdout.contains("There are no check-ins for 2025 in this journal yet.") && !run.stdout.contains("<svg"))
    }
}
