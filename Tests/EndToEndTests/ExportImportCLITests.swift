import Foundation
import Testing

/// `hearth export` and `hearth import` as a user runs them: the real binary, real folders.
@Suite("hearth export and import CLI")
struct ExportImportCLITests {
    /// Every file below a folder, relative path to bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        // The device-local index (`.hearth/`) is a cache each reading command may rewrite, not journal content.
        while let relative = walker?.nextObject() as? String {
            if relative.hasPrefix(".hearth/") { continue }
            var isFolder: ObjCBool = false
            let full = folder.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: full.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = try Data(contentsOf: full)
        }
        return files
    }

    static func demo(_ cli: HearthCLI, weeks: Int) throws {
        let made = try cli.run(["demo", "--dir", cli.journal.path, "--weeks", String(weeks)], dir: false)
        guard made.status == 0 else { throw HearthCLI.Failure("demo failed: \(made.stderr)") }
    }

    @Test func exportThenImportGivesTheSameFilesAndDoctorIsClean() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try Self.demo(cli, weeks: 104)
        let file = cli.sandbox.appendingPathComponent("journal.json")
        let exported = try cli.run(["export", "--format", "json", "--private", "--output", file.path])
        #expect(exported.status == 0, "\(exported.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        #expect(mode == 0o600, "an export is as private as the journal")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.sandbox.path).allSatisfy { !$0.hasSuffix(".tmp") })
        let copy = cli.sandbox.appendingPathComponent("copy")
        let imported = try cli.run(["import", file.path, "--dir", copy.path], dir: false)
        #expect(imported.status == 0, "\(imported.stderr)")
        let before = try Self.tree(cli.journal), after = try Self.tree(copy)
        #expect(before.keys.sorted() == after.keys.sorted())
        for (path, bytes) in before { #expect(after[path] == bytes, "\(path) differs") }
        let doctor = try cli.run(["doctor", "--dir", copy.path], dir: false)
        #expect(doctor.status == 0 && doctor.stdout.contains("No problems"), "\(doctor.stdout)\(doctor.stderr)")
    }

    @Test func aBadValueIsNamedByItsPathAndNothingIsWritten() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try Self.demo(cli, weeks: 20)
        let text = try cli.run(["export", "--format", "json"]).stdout
        // The thirteenth check-in's emotional rating, made 9.
        var parts = text.components(separatedBy: "\"ratings\":{\"emotional\":")
        try #require(parts.count > 13)
        parts[13] = "9" + parts[13].drop { $0.isNumber }
        let file = cli.sandbox.appendingPathComponent("bad.json")
        try parts.joined(separator: "\"ratings\":{\"emotional\":").write(to: file, atomically: true, encoding: .utf8)
        let target = cli.sandbox.appendingPathComponent("new")
        let refused = try cli.run(["import", file.path, "--dir", target.path], dir: false)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("checkins[12].ratings.emotional: 9 is not 1-5"), "\(refused.stderr)")
        #expect(refused.stderr.contains("nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: target.path))
        let notJSON = cli.sandbox.appendingPathComponent("notes.txt")
        try "just some notes\n".write(to: notJSON, atomically: true, encoding: .utf8)
        let garbage = try cli.run(["import", notJSON.path, "--dir", target.path], dir: false)
        #expect(garbage.status != 0 && garbage.stderr.contains("not JSON: line 1, column 1"), "\(garbage.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
        // Kept text that would not read back as written (here: front matter that does not parse) is refused too.
        let kept = text.replacingOccurrences(of: "\"intention\":", with: #""preserved":{"front_matter":[{"key":"mood","text":"mood: [open"}],"sections":[]},"intention":"#)
        let keptFile = cli.sandbox.appendingPathComponent("kept.json")
        try kept.write(to: keptFile, atomically: true, encoding: .utf8)
        let unreadable = try cli.run(["import", keptFile.path, "--dir", target.path], dir: false)
        #expect(unreadable.status != 0 && unreadable.stderr.contains("checkins[0].preserved: this kept text would not read back"), "\(unreadable.stderr)")
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test func importRefusesAJournalThatIsThereAndMergeRefusesWeeksThatDiffer() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try Self.demo(cli, weeks: 6)
        let file = cli.sandbox.appendingPathComponent("six.json")
        #expect(try cli.run(["export", "--format", "json", "--private", "--output", file.path]).status == 0)
        let before = try Self.tree(cli.journal)
        let over = try cli.run(["import", file.path])
        #expect(over.status != 0 && over.stderr.contains("already holds a journal"), "\(over.stderr)")
        #expect(try Self.tree(cli.journal) == before)
        // The same weeks again: nothing differs, nothing is written.
        let same = try cli.run(["import", "--merge", file.path])
        #expect(same.status == 0 && same.stdout.contains("0 check-in(s)"), "\(same.stdout)\(same.stderr)")
        #expect(try Self.tree(cli.journal) == before)

        // Another folder holds an older copy, where one week reads differently.
        let other = cli.sandbox.appendingPathComponent("other")
        #expect(try cli.run(["import", file.path, "--dir", other.path], dir: false).status == 0)
        let week = try #require(try Self.tree(other).keys.first { $0.hasPrefix("checkins/") && $0.hasSuffix("-zoe.md") })
        let changed = other.appendingPathComponent(week)
        try (String(contentsOf: changed, encoding: .utf8).replacingOccurrences(of: "partner: zoe\n", with: "partner: zoe\nadded_by_hand: yes\n"))
            .write(to: changed, atomically: true, encoding: .utf8)
        let otherBefore = try Self.tree(other)
        let refused = try cli.run(["import", "--merge", file.path, "--dir", other.path], dir: false)
        #expect(refused.status != 0 && refused.stderr.contains("differ") && refused.stderr.contains("--replace"), "\(refused.stderr)")
        #expect(try Self.tree(other) == otherBefore, "a refused merge writes nothing")
        let replaced = try cli.run(["import", "--merge", "--replace", file.path, "--dir", other.path], dir: false)
        #expect(replaced.status == 0, "\(replaced.stderr)")
        #expect(try Self.tree(other) == before, "the export's version of the week replaced the changed one")
    }

    @Test func eachFormatOnStdout() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try Self.demo(cli, weeks: 8)
        let csv = try cli.run(["export", "--format", "csv", "--partner", "美咲", "--from", "2026-W45"])
        #expect(csv.status == 0)
        let rows = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first?.hasPrefix("week,partner,name,emotional,") == true)
        #expect(rows.dropFirst().allSatisfy { $0.contains(",misaki,") } && rows.count == 4, "\(rows)")
        let markdown = try cli.run(["export", "--format", "markdown"])
        #expect(markdown.stdout.hasPrefix("# Our check-ins: Zoë & 美咲\n\n## 2026\n\n### 2026-W47"))
        #expect(!markdown.stdout.contains("Private reflection"))
        #expect(try cli.run(["export", "--format", "markdown", "--private"]).stdout.contains("Private reflection"))
        let ics = try cli.run(["export", "--format", "ics", "--remind", "1h40"])
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n") && ics.stdout.contains("TRIGGER:-PT100M\r\n"))
        let badRemind = try cli.run(["export", "--format", "ics", "--remind", "soon"])
        #expect(badRemind.status != 0 && badRemind.stderr.contains("--remind 'soon' is not a duration"), "\(badRemind.stderr)")
        let json = try cli.run(["export", "--format", "json"])
        #expect(json.stdout.hasPrefix("{\"format\":\"hearth-journal\",\"version\":1,\"includes_private\":false,"))
    }
}
