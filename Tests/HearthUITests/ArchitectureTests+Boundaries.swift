import Foundation
import Testing

/// House rules beyond ncurses: the domain stands alone, and the executable makes its stores in one place.
extension ArchitectureTests {
    /// The modules a source imports, in any form (attributes, kinds, submodules); comments and strings ignored.
    static func importedModules(_ source: String) -> [String] {
        let pattern = /(?:^|[\s;])import\s+(?:(?:typealias|struct|class|enum|protocol|let|var|func)\s+)?([A-Za-z_][A-Za-z0-9_]*)/
        return code(source).matches(of: pattern).map { String($0.1) }
    }

    /// The Swift files under a folder of the package, with their paths relative to it.
    static func sources(under folder: String) throws -> [(path: String, text: String)] {
        let base = root.appendingPathComponent(folder)
        let files = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
        var found: [(String, String)] = []
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            found.append((String(url.path.dropFirst(base.path.count + 1)), try String(contentsOf: url, encoding: .utf8)))
        }
        return found
    }

    @Test func hearthDomainImportsNothing() throws {
        let sources = try Self.sources(under: "Sources/HearthDomain")
        let imports = sources.flatMap { file in Self.importedModules(file.text).map { "\(file.path): \($0)" } }
        #expect(imports.isEmpty, "HearthDomain is plain values and rules; it imported \(imports)")
        #expect(sources.count > 40, "the scan found the domain's files")
    }

    @Test(arguments: [
        ("import Foundation", ["Foundation"]),
        ("@preconcurrency import Dispatch // why", ["Dispatch"]),
        ("@testable import HearthStore", ["HearthStore"]),
        ("import struct Glibc.stat;import Darwin", ["Glibc", "Darwin"]),
        ("#if canImport(Glibc)\nimport Glibc\n#endif", ["Glibc"]),
        ("// import Foundation", []),
        ("let text = \"import Foundation\"", []),
        ("/* import Foundation */ let important = 1", []),
    ])
    func importScanSeesEverySpelling(_ source: String, _ modules: [String]) {
        #expect(Self.importedModules(source) == modules, "\(source.debugDescription)")
    }

    @Test func theExecutableMakesItsStoresThroughOneFactory() throws {
        // Store.open for the folder asked for, then store.reopened(at:) for any other: a Store built by hand
        // would forget the file system and settings of the one it came from.
        let built = try Self.sources(under: "Sources/hearth").filter { Self.code($0.text).contains("Store(root") }.map(\.path)
        #expect(built.isEmpty, "Store(root:) in \(built); use Store.open or reopened(at:)")
    }
}
