import Foundation
import HearthDomain
import Testing
@testable import HearthStore

/// Every file Hearth writes must be YAML that PyYAML reads to the same values our own reader sees.
@Suite("Written files read the same in PyYAML", .scratchFolders)
struct IndependentParserTests {
    /// Loads each `*.md` front matter with PyYAML and compares it with the `*.json` our reader produced.
    static let script = #"""
    import datetime, json, os, sys, yaml

    def norm(value):
        if isinstance(value, bool):
            raise ValueError("YAML read a boolean: %r" % value)
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, int):
            return str(value)
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, list):
            return [norm(item) for item in value]
        if isinstance(value, dict):
            for key in value:
                if not isinstance(key, str):
                    raise ValueError("YAML read a key that is not text: %r" % key)
            return {key: norm(item) for key, item in value.items()}
        raise ValueError("unexpected %s: %r" % (type(value).__name__, value))

    checked = 0
    for folder, _, names in os.walk(sys.argv[1]):
        for name in sorted(names):
            if not name.endswith(".md"):
                continue
            path = os.path.join(folder, name)
            text = open(path, encoding="utf-8").read()
            lines = text.split("\n")
            assert lines[0] == "---", path
            end = lines.index("---", 1)
            loaded = norm(yaml.safe_load("\n".join(lines[1:end])))
            ours = json.load(open(path[:-3] + ".json", encoding="utf-8"))
            if loaded != ours:
                print("MISMATCH", path, "\n yaml:", loaded, "\n ours:", ours)
                sys.exit(1)
            checked += 1
    print("OK", checked)
    """#

    @Test func everyWrittenFileReadsTheSameInPyYAML() throws {
        let profile = Profile(partners: Fixtures.profile.partners + [Partner(id: "no", name: "yes"), Partner(id: "y", name: "~")],
                              extraTypes: Fixtures.profile.extraTypes + [IntimacyType(id: "on", name: "null", summary: "1: 2")])
        let store = Store(root: Fixtures.temporaryFolder() + "/journal")
        var rituals = Fixtures.rituals
        rituals.append(Ritual(id: "on", name: "#1 \"ritual\"", cadence: .weekly(on: .monday), feeds: ["on", "emotional"]))
        try store.initialize(profile: profile, agenda: .standard, rituals: rituals)
        var agenda = Agenda.standard
        agenda.steps.append(AgendaStep(kind: .question, title: "Money: \"how?\"", prompt: "- yes\n# no", id: "no"))
        try store.saveAgenda(agenda, expected: store.load().revision(ofPath: "agenda.md"))
        try store.save(Fixtures.fullCheckIn, profile: profile, expected: nil)
        var values = TrickyValues(seed: 47)
        let ids = profile.partners.map(\.id)
        var week = Week(year: 2024, number: 1)!
        var saved: [CheckIn] = []
        for _ in 0..<150 {
            for partner in ids {
                saved.append(values.checkIn(week: week, partner: partner, partners: ids))
                try store.save(saved[saved.count - 1], profile: profile, expected: nil)
            }
            week = week.next
        }
        let moments = [Moment(date: Fixtures.week.monday, from: "no", to: "y", language: .gifts, text: values.text(), landed: "true")]
        try store.saveMoments(moments, week: Fixtures.week, partner: "no", profile: profile, expected: nil)

        let written = store.load()
        #expect(written.problems.isEmpty)
        #expect(written.journal?.checkIns.count == 150 * ids.count + 1)
        // Front-matter fields come back exactly, however awkward the text (prose has its own test).
        let loaded = (written.journal?.checkIns ?? []).filter { $0.week.year < 2026 || $0.week.number < 47 || $0.partner != "alex" }
        #expect(loaded.map(\.frontMatterFields) == saved.map(\.frontMatterFields))
        try writeOurReading(under: store.root)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.script, store.root]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        // A missing python3 or PyYAML fails here: this check must never be skipped silently.
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.hasPrefix("OK \(150 * ids.count + 5)"), "\(text)")
    }

    /// Next to each `x.md`, `x.json` with our own reader's view of its front matter.
    private func writeOurReading(under root: String) throws {
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            guard path.hasSuffix(".md") else { continue }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/" + path)))
            let json = try bytes.withUnsafeBufferPointer { buffer in
                let document = try Document(buffer)
                return Self.json(document.frontMatter, node: FrontMatter.root)
            }
            try Data(json.utf8).write(to: URL(fileURLWithPath: root + "/" + path.dropLast(3) + ".json"))
        }
    }

    static func json(_ fm: FrontMatter, node: Int) -> String {
        let entry = fm[node]
        switch entry.kind {
        case .scalar:
            return fm.isNull(node) ? "null" : quote((try? fm.string(node)) ?? "<undecodable>")
        case .sequence:
            return "[" + fm.children(of: node).map { json(fm, node: $0) }.joined(separator: ",") + "]"
        case .mapping:
            return "{" + fm.children(of: node).map { quote((try? fm.key(of: $0)) ?? "<undecodable>") + ":" + json(fm, node: $0) }
                .joined(separator: ",") + "}"
        }
    }

    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20 || (0xD800...0xDFFF).contains(scalar.value):
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension CheckIn {
    /// The fields a check-in keeps in its front matter, for exact comparison.
    var frontMatterFields: String {
        "\(week) \(partner) \(ratings.sorted { $0.key < $1.key }) \(warningSigns) \(rituals) \(String(describing: deviceFreeMinutes)) "
            + "\(moments) \(String(describing: lastIntentionReview)) \(answers.sorted { $0.key < $1.key })"
    }
}
