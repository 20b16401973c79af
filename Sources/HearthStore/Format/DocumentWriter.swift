import HearthDomain

/// Builds a Hearth file canonically: fixed key order, text in double quotes, ids plain when
/// no YAML reader could mistake them for anything but text. Same value, same bytes.
struct DocumentWriter {
    private(set) var text = "---\nhearth: \(Document.version)\n"

    /// `key: value` with `value` already formatted.
    mutating func field(_ key: String, _ value: String, indent: Int = 0) {
        text += String(repeating: " ", count: indent) + Self.word(key) + ": " + value + "\n"
    }

    /// `key:` opening a nested block.
    mutating func open(_ key: String, indent: Int = 0) {
        text += String(repeating: " ", count: indent) + Self.word(key) + ":\n"
    }

    /// `- ` opening one list item whose first key follows on the same line.
    mutating func item(_ key: String, _ value: String, indent: Int) {
        text += String(repeating: " ", count: indent) + "- " + Self.word(key) + ": " + value + "\n"
    }

    /// Unknown entries exactly as read, shifted to `indent`.
    mutating func preserved(_ entries: [RawEntry], indent: Int = 0) {
        let pad = String(repeating: " ", count: indent)
        for entry in entries {
            for line in entry.text.split(separator: "\n", omittingEmptySubsequences: false) {
                text += line.isEmpty ? "\n" : pad + line + "\n"
            }
        }
    }

    mutating func endFrontMatter() { text += "---\n" }

    /// Closes a file whose body Hearth does not interpret: unknown keys, `---`, then the body as read.
    mutating func finish(keeping preserved: PreservedContent) {
        self.preserved(preserved.frontMatter)
        endFrontMatter()
        preamble(preserved.sections)
        preservedSections(preserved.sections)
    }

    /// A `## ` section of prose, skipped when empty.
    mutating func section(_ heading: String, _ body: String) {
        guard !body.isEmpty else { return }
        text += "\n## " + heading + "\n\n" + MarkdownBody.escape(body) + "\n"
    }

    /// A `## ` section holding a `- ` list, one item per entry.
    mutating func listSection(_ heading: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        text += "\n## " + heading + "\n\n"
        for item in items {
            let lines = MarkdownBody.escape(item).split(separator: "\n", omittingEmptySubsequences: false)
            for (number, line) in lines.enumerated() {
                if number == 0 {
                    text += line.isEmpty ? "-\n" : "- " + line + "\n"
                } else {
                    text += line.isEmpty ? "\n" : "  " + line + "\n"
                }
            }
        }
    }

    /// Text that stood before the first heading (kept under an empty key); it must come before any section.
    mutating func preamble(_ entries: [RawEntry]) {
        for entry in entries where entry.key.isEmpty {
            text += "\n" + entry.text + "\n"
        }
    }

    /// Sections read but not understood, after the known ones.
    mutating func preservedSections(_ entries: [RawEntry]) {
        for entry in entries where !entry.key.isEmpty {
            text += "\n## " + entry.key + "\n" + (entry.text.isEmpty ? "" : "\n" + entry.text + "\n")
        }
    }

    var bytes: [UInt8] { Array(text.utf8) }

    // MARK: Scalars

    /// An id or keyword plain when safe (`date-night`, `weekly sunday`), else in double quotes.
    static func word(_ value: String) -> String {
        isSafePlain(value) ? value : quoted(value)
    }

    /// Text in double quotes with escapes for quotes, backslashes and anything unprintable.
    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x0D: out += "\\r"
            case 0x85: out += "\\N"
            case 0x2028: out += "\\L"
            case 0x2029: out += "\\P"
            case 0x00..<0x20, 0x7F..<0xA0: out += "\\x" + hex(scalar.value, digits: 2)
            case 0xFEFF, 0xFFFE, 0xFFFF: out += "\\u" + hex(scalar.value, digits: 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// Words every YAML 1.1 reader turns into booleans or null.
    private static let reserved: Set<String> = ["y", "n", "yes", "no", "on", "off", "true", "false", "null"]

    private static func isSafePlain(_ value: String) -> Bool {
        guard let first = value.utf8.first, first >= 0x61 && first <= 0x7A, value.utf8.last != 0x20 else { return false }
        var previousWasSpace = false
        for byte in value.utf8 {
            let isSpace = byte == 0x20
            guard (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F || isSpace,
                  !(isSpace && previousWasSpace) else { return false }
            previousWasSpace = isSpace
        }
        return !reserved.contains(value)
    }
}
