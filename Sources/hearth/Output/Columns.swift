/// Fitting text into terminal columns for plain-text reports.
enum Columns {
    /// Pads or cuts `text` to exactly `width` columns, ending a cut with an ellipsis.
    static func fit(_ text: String, to width: Int) -> String {
        var out = ""
        var used = 0
        let total = text.reduce(0) { $0 + columns(of: $1) }
        if total <= width { return text + String(repeating: " ", count: width - total) }
        for character in text {
            let w = columns(of: character)
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        return out + "…" + String(repeating: " ", count: max(0, width - used - 1))
    }

    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    // TEMPORARY: replaced by HearthUI's display width when the UI branch lands.
    static func columns(of character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if first.properties.isEmojiPresentation { return 2 }
        switch first.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD: return 2
        default: return 1
        }
    }
}
