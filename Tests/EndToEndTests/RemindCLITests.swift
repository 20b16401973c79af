import Foundation
import Testing

/// `hearth remind`: the check that says who has not checked in, and the cron line and systemd units that
/// run it, each run the way its scheduler would run it.
struct RemindCLITests {
    static let ratings = ["--emotional", "4", "--physical", "4", "--intellectual", "4", "--spiritual", "4", "--experiential", "4"]

    @Test func checkNamesWhoHasNotCheckedInAndExitsOneUntilAllHave() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let none = try cli.run(["remind", "--check"])
        #expect(none.status == 1)
        #expect(none.stdout.contains("Not checked in yet for 2026-W47 (2026-11-16 to 2026-11-22): Zoë and 美咲."))
        // Ritual marks alone are not a check-in.
        #expect(try cli.run(["ritual", "mark", "Weekly check-in", "kept", "--partner", "美咲"]).status == 0)
        #expect(try cli.run(["checkin", "--partner", "Zoë"] + Self.ratings).status == 0)
        let one = try cli.run(["remind", "--check"])
        #expect(one.status == 1 && one.stdout.contains(": 美咲.") && !one.stdout.contains("Zoë"))
        #expect(try cli.run(["checkin", "--partner", "美咲"] + Self.ratings).status == 0)
        let both = try cli.run(["remind", "--check"])
        #expect(both.status == 0 && both.stdout == "Everyone has checked in for 2026-W47 (2026-11-16 to 2026-11-22).\n")
    }

    /// The crontab line, run by /bin/sh as cron runs it (after cron's own `\%`), in a folder whose name needs
    /// quoting: it prints only while someone has not checked in.
    @Test func theCronLineRunsTheCheckAndPrintsOnlyWhenSomeoneIsMissing() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let folder = cli.sandbox.appendingPathComponent("it's 100% \"ours\" $HOME").path
        #expect(try cli.run(["init", "--partner", "Zoë", "--partner", "美咲", "--dir", folder], dir: false).status == 0)
        let line = try cli.run(["remind", "--cron", "--day", "fri", "--at", "7:30", "--dir", folder], dir: false)
        #expect(line.status == 0)
        let fields = line.stdout.split(separator: " ", maxSplits: 5)
        #expect(fields.prefix(5) == ["30", "7", "*", "*", "5"])
        let command = String(fields[5]).replacingOccurrences(of: "\\%", with: "%")
        let environment = ["HEARTH_TODAY": cli.today]
        let missing = try CommandLineTests.shell(command, in: cli.sandbox, environment: environment)
        #expect(missing.status == 0 && missing.stdout.contains("Not checked in yet") && missing.stdout.contains("Zoë and 美咲"))
        for partner in ["Zoë", "美咲"] {
            #expect(try cli.run(["checkin", "--partner", partner, "--dir", folder] + Self.ratings, dir: false).status == 0)
        }
        let done = try CommandLineTests.shell(command, in: cli.sandbox, environment: environment)
        #expect(done.status == 0 && done.stdout.isEmpty)
    }

    /// The service's ExecStart, unquoted by systemd's rules, calls notify-send with the check's words; the
    /// timer fires on the day and time asked; systemd-analyze accepts both units where it is installed.
    @Test func theSystemdUnitsNotifyAndFireWhenAsked() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let service = try cli.run(["remind", "--service"]).stdout
        let timer = try cli.run(["remind", "--timer", "--day", "saturday", "--at", "21:05"]).stdout
        #expect(timer.contains("OnCalendar=Sat *-*-* 21:05:00\n") && timer.contains("WantedBy=timers.target"))
        let exec = try #require(service.split(separator: "\n").first { $0.hasPrefix("ExecStart=/bin/sh -c \"") })
        let command = Self.systemdUnquote(String(exec.dropFirst("ExecStart=/bin/sh -c ".count)))
        // A notify-send that writes down what it was asked to show.
        let bin = cli.sandbox.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let shown = cli.sandbox.appendingPathComponent("shown.txt")
        try "#!/bin/sh\nprintf '%s|%s' \"$1\" \"$2\" > '\(shown.path)'\n".write(to: bin.appendingPathComponent("notify-send"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("notify-send").path)
        let run = try CommandLineTests.shell(command, in: cli.sandbox, environment: ["HEARTH_TODAY": cli.today, "PATH": bin.path + ":/usr/bin:/bin"])
        #expect(run.status == 0)
        #expect(try String(contentsOf: shown, encoding: .utf8).hasPrefix("Hearth|Not checked in yet for 2026-W47"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/systemd-analyze") {
            try service.write(to: cli.sandbox.appendingPathComponent("hearth-remind.service"), atomically: true, encoding: .utf8)
            try timer.write(to: cli.sandbox.appendingPathComponent("hearth-remind.timer"), atomically: true, encoding: .utf8)
            let verify = try CommandLineTests.shell("systemd-analyze verify hearth-remind.timer hearth-remind.service", in: cli.sandbox)
            #expect(verify.status == 0 && verify.stderr.isEmpty, "\(verify.stderr)")
        }
    }

    @Test func aTimeOrDayThatIsNotOneIsRefused() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let time = try cli.run(["remind", "--at", "25:00"])
        #expect(time.status != 0 && time.stderr.contains("'25:00' is not a time of day"))
        let day = try cli.run(["remind", "--day", "someday"])
        #expect(day.status != 0 && day.stderr.contains("'someday' is not a day of the week"))
    }

    /// One double-quoted systemd word: `\\` and `\"` unescaped, `$$` and `%%` made single.
    static func systemdUnquote(_ word: String) -> String {
        var result = "", characters = Array(word.dropFirst().dropLast()), index = 0
        while index < characters.count {
            let character = characters[index], next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "\\", let next { result.append(next); index += 2; continue }
            if (character == "$" || character == "%") && next == character { result.append(character); index += 2; continue }
            result.append(character)
            index += 1
        }
        return result
    }
}
