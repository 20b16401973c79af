import Foundation
import HearthUI
import Testing

/// Screens compared with text files under `Screens/`; `HEARTH_RECORD=1 swift test` rewrites them for review.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Screens")
    static var recording: Bool { ProcessInfo.processInfo.environment["HEARTH_RECORD"] != nil }

    static func check(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = folder.appendingPathComponent("\(name).txt")
        // A `|` ends each line so trailing spaces and blank rows stay visible in review.
        let text = buffer.lines.map { $0 + "|" }.joined(separator: "\n") + "\n"
        if recording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden screen \(name).txt; run HEARTH_RECORD=1 swift test and review it", sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            Issue.record("screen \(name) differs:\n--- got\n\(text)--- want\n\(expected)", sourceLocation: sourceLocation)
        }
        for line in buffer.lines { #expect(line.terminalWidth <= buffer.size.width, sourceLocation: sourceLocation) }
    }
}
