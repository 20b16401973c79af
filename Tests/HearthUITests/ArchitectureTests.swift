import Foundation
import Testing

/// House rules that keep ncurses behind the HearthTerminal seam.
struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func onlyHearthTerminalImportsCNcurses() throws {
        var offenders: [String] = []
        for folder in ["Sources", "Tests"] {
            let base = Self.root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
            while let url = files?.nextObject() as? URL {
                guard url.pathExtension == "swift" else { continue }
                let relative = String(url.path.dropFirst(Self.root.path.count + 1))
                if relative.hasPrefix("Sources/HearthTerminal/") { continue }
                if Self.importsCNcurses(try String(contentsOf: url, encoding: .utf8)) { offenders.append(relative) }
            }
        }
        #expect(offenders.isEmpty, "import CNcurses outside Sources/HearthTerminal: \(offenders)")
        // The scan really sees the one place that is allowed to import it.
        let terminal = try String(contentsOf: Self.root.appendingPathComponent("Sources/HearthTerminal/TerminalSession.swift"), encoding: .utf8)
        #expect(Self.importsCNcurses(terminal))
    }

    @Test(arguments: [
        ("import CNcurses", true),
        ("import CNcurses // the terminal", true),
        ("@preconcurrency import CNcurses", true),
        ("@_exported import CNcurses", true),
        ("import\tCNcurses", true),
        ("import CNcurses;", true),
        ("import struct CNcurses.WINDOW", true),
        ("import Foundation; import CNcurses", true),
        ("// import CNcurses", false),
        ("/* import CNcurses */", false),
        ("/*\nimport CNcurses\n*/", false),
        ("let line = \"import CNcurses\"", false),
        ("import CNcursesExtra", false),
    ])
    func importCheckSeesEverySpelling(_ source: String, _ imports: Bool) {
        #expect(Self.importsCNcurses(source) == imports, "\(source.debugDescription)")
    }

    @Test func onlyHearthTerminalDependsOnCNcursesInThePackage() throws {
        // Comments out (a `//` after a space or at a line's start; URLs keep theirs), strings kept: they hold the names.
        let manifest = try String(contentsOf: Self.root.appendingPathComponent("Package.swift"), encoding: .utf8)
            .replacingOccurrences(of: #"/\*[\s\S]*?\*/|(?m)(^|\s)//[^\n]*"#, with: " ", options: .regularExpression)
        #expect(Self.targetsDepending(on: "CNcurses", in: manifest) == ["HearthTerminal"])
        // The reader finds dependencies at all: HearthStore is the one target that uses CThreads.
        #expect(Self.targetsDepending(on: "CThreads", in: manifest) == ["HearthStore", "HearthStoreTests"])
        let sneaky = manifest.replacingOccurrences(of: #"dependencies: ["HearthUI", "HearthDomain", "HearthTestSupport"]"#,
                                                   with: #"dependencies: ["HearthUI", "HearthDomain", "HearthTestSupport", "CNcurses"]"#)
        #expect(Self.targetsDepending(on: "CNcurses", in: sneaky) == ["HearthTerminal", "HearthUITests"])
    }

    /// Swift source without comments and string literals, so only real code is checked.
    static func code(_ source: String) -> String {
        var text = source
        for pattern in [#"\"\"\"[\s\S]*?\"\"\""#, #""(?:\\.|[^"\\\n])*""#, #"/\*[\s\S]*?\*/"#, #"//[^\n]*"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    /// True when the source imports CNcurses in any form: attributes, kinds (`import struct`), submodules, `;`.
    static func importsCNcurses(_ source: String) -> Bool {
        let pattern = #"(^|[\s;])import\s+((typealias|struct|class|enum|protocol|let|var|func)\s+)?CNcurses(?![A-Za-z0-9_])"#
        return code(source).range(of: pattern, options: .regularExpression) != nil
    }

    /// The names of the targets in a manifest whose dependencies name `module`.
    static func targetsDepending(on module: String, in manifest: String) -> Set<String> {
        let declarations = manifest.components(separatedBy: "Target(").dropFirst()
            + manifest.components(separatedBy: ".target(").dropFirst()
        var names: Set<String> = []
        for declaration in declarations {
            // A declaration runs until the next one starts; only its dependencies matter here.
            let body = declaration.components(separatedBy: ".target(").first?.components(separatedBy: "Target(").first ?? ""
            guard let name = body.firstMatch(of: /name:\s*"([^"]+)"/)?.1,
                  let dependencies = body.firstMatch(of: /dependencies:\s*\[([^\]]*)\]/)?.1 else { continue }
            if dependencies.contains("\"\(module)\"") { names.insert(String(name)) }
        }
        return names
    }

    @Test func hearthUIStaysFreeOfIOAndFoundation() throws {
        let base = Self.root.appendingPathComponent("Sources/HearthUI")
        let files = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var offenders: [String] = []
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for module in ["Foundation", "Glibc", "Darwin", "HearthStore", "HearthTerminal"] where text.contains("import \(module)") {
                offenders.append("\(url.lastPathComponent): \(module)")
            }
        }
        #expect(offenders.isEmpty)
    }
}
