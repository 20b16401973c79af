import Foundation
import Testing

/// Hearth as a command-line citizen: its version, its man page and completions, and the errors it gives
/// for a mistyped command, a count that is not positive and a duration written as the UI takes it.
struct CommandLineTests {
    /// The repository's root, for the files it ships (docs/hearth.1, the version constant).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func versionPrintsTheOneConstant() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let source = try String(contentsOf: Self.root.appendingPathComponent("Sources/hearth/Version.swift"), encoding: .utf8)
        let constant = try #require(source.components(separatedBy: "current = \"").dropFirst().first?.prefix { $0 != "\"" })
        let run = try cli.run(["--version"], dir: false)
        #expect(run.status == 0 && run.stdout == "\(constant)\n")
    }

    @Test func aMistypedCommandFailsWithTheNearestOne() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        for (arguments, hint) in [(["lsit"], "did you mean `list`?"), (["help", "lsit"], "did you mean `list`?"),
                                  (["ritual", "lst"], "did you mean `list`?"), (["help", "ritual", "retir"], "did you mean `retire`?"),
                                  (["reprot"], "did you mean `report`?"), (["help", "nonsense"], "the commands of `hearth` are: ui, init")] {
            let run = try cli.run(arguments, dir: false)
            #expect(run.status == 64, "\(arguments): exit \(run.status)")
            #expect(run.stderr.contains("Hint: \(hint)"), "\(arguments): \(run.stderr)")
        }
        // Real commands and real help are untouched.
        #expect(try cli.run(["help", "ritual", "retire"], dir: false).status == 0)
        #expect(try cli.run(["list"]).status == 0)
        #expect(try cli.run(["ritual", "list"]).status == 0)
    }

    /// Every option whose value is a count (`<n>` in the help) refuses zero and negative numbers, however
    /// the number is written; the list comes from the commands themselves, so a new count option is covered.
    @Test func everyCountOptionSaysTheNumberMustBePositive() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let counts = try Self.options(from: cli).filter { $0.valueName == "n" }
        let names = Set(counts.map { $0.command.joined(separator: " ") + " --" + $0.name })
        #expect(names.isSuperset(of: ["trends --weeks", "trends --width", "demo --years", "demo --weeks",
                                      "ritual add --every", "ritual edit --every"]))
        for option in counts {
            for value in [["--\(option.name)", "-3"], ["--\(option.name)=-3"], ["--\(option.name)", "0"]] {
                let run = try cli.run(option.command + value)
                #expect(run.status == 64 && run.stderr.contains("the number must be positive"),
                        "\(option.command) \(value): exit \(run.status), \(run.stderr)")
            }
        }
    }

    @Test func durationsAreReadAsTheCheckInScreenReadsThem() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        try cli.initCouple()
        let ratings = ["--emotional", "4", "--physical", "4", "--intellectual", "4", "--spiritual", "4", "--experiential", "4"]
        for (written, minutes) in [("1h40", 100), ("1h 40m", 100), ("1:40", 100), ("90m", 90), ("1.5h", 90), ("45", 45)] {
            let run = try cli.run(["checkin", "--partner", "Zoë", "--replace", "--device-free", written] + ratings)
            #expect(run.status == 0, "\(written): \(run.stderr)")
            #expect(try cli.file("checkins/2026/2026-W47-zoe.md").contains("device_free_minutes: \(minutes)\n"), "\(written)")
        }
        let bad = try cli.run(["checkin", "--partner", "美咲", "--device-free", "1x40"] + ratings)
        #expect(bad.status == 64 && bad.stderr.contains("can't read that; try 90, 1h40 or 1:40"))
        let tooLong = try cli.run(["checkin", "--partner", "美咲", "--device-free", "200h"] + ratings)
        #expect(tooLong.status == 64 && tooLong.stderr.contains("more than a week"))
        #expect(!cli.exists("checkins/2026/2026-W47-misaki.md"))
    }

    /// docs/hearth.1 says what the commands say: every command with its summary, every option by name.
    /// When it fails, `scripts/update-man-page.sh` brings the page up to date.
    @Test func manPageIsCurrent() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let page = try String(contentsOf: Self.root.appendingPathComponent("docs/hearth.1"), encoding: .utf8)
        let stale = "docs/hearth.1 is out of date: run scripts/update-man-page.sh"
        // generate-manual (1.8.2) leaves out every character outside ASCII ("Zoë" becomes "Zo").
        let ascii = { (text: String) in String(text.unicodeScalars.filter(\.isASCII).map(Character.init)) }
        for command in try Self.commands(from: cli) {
            if let name = command.path.last, command.path.count > 1 {
                #expect(page.contains(".It Em \(name)\n\(ascii(command.abstract))\n"), "\(stale) (\(command.path.joined(separator: " ")))")
            }
        }
        for option in try Self.options(from: cli) {
            #expect(page.contains("Fl -\(option.name)") && page.contains(ascii(option.abstract)),
                    "\(stale) (\(option.command.joined(separator: " ")) --\(option.name))")
        }
    }

    @Test func manPageRenders() throws {
        let run = try Self.shell("MANWIDTH=80 man -l docs/hearth.1", in: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("hearth — A private, plain-text journal"))
        #expect(run.stdout.contains("report") && run.stdout.contains("remind") && run.stdout.contains("--version"))
        #expect(!run.stderr.contains("warning"), "\(run.stderr)")
    }

    @Test func bashLoadsTheCompletionsAndCompletesCommands() throws {
        let hearth = HearthCLI.binary.path
        let script = """
            source <('\(hearth)' --generate-completion-script bash) || exit 3
            complete -p hearth
            COMP_WORDS=(hearth rem); COMP_CWORD=1; COMP_LINE='hearth rem'; COMP_POINT=10
            _hearth hearth rem hearth; echo "words: ${COMPREPLY[*]}"
            """
        let run = try Self.shell(script, in: Self.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("complete -o filenames -F _hearth hearth"))
        #expect(run.stdout.contains("words: remind"))
    }

    // MARK: - The commands as the binary describes them (`--experimental-dump-help`)

    struct Command {
        let path: [String]
        let abstract: String
    }

    struct Option {
        let command: [String]
        let name: String
        let valueName: String
        let abstract: String
    }

    static func dump(_ cli: HearthCLI) throws -> [String: Any] {
        let run = try cli.run(["--experimental-dump-help"], dir: false)
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return try #require(json?["command"] as? [String: Any])
    }

    static func commands(from cli: HearthCLI) throws -> [Command] {
        var found: [Command] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let here = path + [command["commandName"] as? String ?? ""]
            found.append(Command(path: here, abstract: command["abstract"] as? String ?? ""))
            for child in command["subcommands"] as? [[String: Any]] ?? [] where child["commandName"] as? String != "help" {
                walk(child, here)
            }
        }
        walk(try dump(cli), [])
        return found
    }

    /// Every visible long option of every command (not the root's own), with the command path after `hearth`.
    static func options(from cli: HearthCLI) throws -> [Option] {
        var found: [Option] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] where argument["kind"] as? String == "option"
                && argument["shouldDisplay"] as? Bool == true {
                let long = (argument["names"] as? [[String: Any]] ?? []).first { $0["kind"] as? String == "long" }
                if let name = long?["name"] as? String, !path.isEmpty {
                    found.append(Option(command: path, name: name, valueName: argument["valueName"] as? String ?? "",
                                        abstract: argument["abstract"] as? String ?? ""))
                }
            }
            for child in command["subcommands"] as? [[String: Any]] ?? [] where child["commandName"] as? String != "help" {
                walk(child, path + [child["commandName"] as? String ?? ""])
            }
        }
        walk(try dump(cli), [])
        return found
    }

    static func shell(_ script: String, in folder: URL, environment: [String: String] = [:]) throws -> HearthCLI.Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()].merging(environment) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return HearthCLI.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                             stderr: String(decoding: stderr, as: UTF8.self))
    }
}
