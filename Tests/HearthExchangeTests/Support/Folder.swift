import Foundation
import HearthDomain
import HearthStore

/// A temporary folder for a test's journals, removed when the test is done.
struct Folder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("hearth-exchange-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// Every file below `name`, relative path to bytes.
    func files(under name: String) throws -> [String: Data] {
        let base = url.appendingPathComponent(name)
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: base.path)
        while let relative = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let full = base.appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
        }
        return files
    }

    /// Writes `journal` as `hearth demo` would and reads it back as every command does.
    func store(_ journal: Journal, as name: String) throws -> Journal {
        let store = Store(root: path(name))
        try store.importJournal(journal)
        let loaded = store.load()
        guard let journal = loaded.journal, loaded.problems.isEmpty else { throw Problem("load of \(name): \(loaded.problems)") }
        return journal
    }

    struct Problem: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// Runs a Python script with arguments and returns what it printed; throws with its stderr when it fails.
enum Python {
    static func run(_ script: String, _ arguments: [String] = [], input: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Folder.Problem("python3 failed (\(process.terminationStatus)): " + String(decoding: err, as: UTF8.self))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The repository's root, for docs/export.schema.json.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
}
