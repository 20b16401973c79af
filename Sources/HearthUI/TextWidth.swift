/// Terminal column widths: wide CJK and emoji take two columns, combining marks none.
extension Character {
    /// The number of terminal columns this grapheme occupies (0, 1 or 2).
    public var terminalWidth: Int {
        if isASCII { return (self == "\t" || asciiValue.map { $0 < 0x20 || $0 == 0x7f } == true) ? 0 : 1 }
        var width = 0
        for scalar in unicodeScalars {
            // A variation selector 16 asks for emoji presentation, which terminals draw two wide.
            if scalar.value == 0xFE0F { return 2 }
            width = max(width, scalar.terminalWidth)
        }
        return width
    }
}

extension Unicode.Scalar {
    /// Columns of a lone scalar, in the spirit of wcwidth: marks and format characters are 0.
    var terminalWidth: Int {
        let value = self.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels and finals join the syllable.
        if properties.isEmojiPresentation || Unicode.Scalar.isEastAsianWide(value) { return 2 }
        return 1
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11), the ranges terminals draw two wide.
    static func isEastAsianWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
             0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension StringProtocol {
    /// The number of terminal columns the text occupies on one line.
    public var terminalWidth: Int {
        var total = 0
        for character in self { total += character.terminalWidth }
        return total
    }

    /// The text cut to at most `width` columns, ending in `…` when cut; never splits a grapheme.
    /// This text cut to `width` columns so that `suffix` after it always shows whole: a status such as
    /// ` (paused)` must never be the part that is cut (`Tea before b… (paused)`).
    public func truncated(toWidth width: Int, keeping suffix: String) -> String {
        let room = width - suffix.terminalWidth
        guard room > 0 else { return String(suffix.drop { $0 == " " }).truncated(toWidth: width) }
        return truncated(toWidth: room) + suffix
    }

    public func truncated(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        if terminalWidth <= width { return String(self) }
        var out = ""
        var used = 0
        for character in self {
            let w = character.terminalWidth
            if used + w > width - 1 { break }
            out.append(character)
            used += w
        }
        // "walk …" reads worse than "walk…".
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// The text truncated or padded with spaces to exactly `width` columns.
    public func padded(toWidth width: Int) -> String {
        let cut = truncated(toWidth: width)
        return cut + String(repeating: " ", count: Swift.max(0, width - cut.terminalWidth))
    }
}

extension StringProtocol {
    /// The text broken into lines of at most `width` columns at spaces; a word longer than a line is cut
    /// between graphemes.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = "", lineWidth = 0
        for word in split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word), wordWidth = word.terminalWidth
            if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 { lines.append(line) }
            line = ""
            lineWidth = 0
            while wordWidth > width {
                var head = "", used = 0
                for character in word {
                    if used + character.terminalWidth > width { break }
                    head.append(character)
                    used += character.terminalWidth
                }
                guard !head.isEmpty else { break }  // a grapheme wider than the line: give up on it
                lines.append(head)
                word.removeFirst(head.count)
                wordWidth -= used
            }
            line = word
            lineWidth = wordWidth
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }
}
