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
                let text = try String(contentsOf: url, encoding: .utf8)
                let imports = text.split(separator: "\n").contains { line in
                    let words = line.split(separator: " ")
                    return words.contains("import") && words.last == "CNcurses" && !line.contains("//")
                }
                if imports { offenders.append(relative) }
            }
        }
        #expect(offenders.isEmpty, "import CNcurses outside Sources/HearthTerminal: \(offenders)")
        // The scan really sees the one place that is allowed to import it.
        let terminal = try String(contentsOf: Self.root.appendingPathComponent("Sources/HearthTerminal/TerminalSession.swift"), encoding: .utf8)
        #expect(terminal.contains("import CNcurses"))
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
