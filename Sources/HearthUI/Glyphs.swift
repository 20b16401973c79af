/// The UI's own symbols (box lines, arrows, marks, rating dots, separators) and what each becomes in the
/// ASCII tier: the one table every screen goes through, applied to the finished frame so no screen can
/// forget it. Each symbol becomes one ASCII cell, so every layout stays exactly as it is.
///
/// Only these symbols change: names and answers in any script stay as typed (a terminal in the ASCII
/// tier may still show accented letters; if it cannot, nothing Hearth draws could fix that).
enum Glyphs {
    /// Symbol -> its one-cell ASCII stand-in.
    static let ascii: [Character: Character] = [
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "←": "<", "→": ">", "↑": "^", "↓": "v", "‹": "<", "›": ">", "↔": "~", "≤": "<", "≥": ">", "≠": "~",
        "✓": "+", "✗": "x", "●": "#", "○": ".", "★": "*", "•": "*", "◆": "*", "·": "-", "…": ".",
        "–": "-", "—": "-", "🔒": "#",
        // History's rating bars, lowest to highest, as the ratings they stand for.
        "▁": "1", "▃": "2", "▄": "3", "▆": "4", "█": "5",
    ]

    /// Symbols that say more as two characters, taking the space that follows them: `≤ 2` reads `<=2`.
    static let asciiPairs: [Character: Character] = ["≤": "=", "≥": "=", "↔": ">"]

    /// Rewrites the UI's symbols in `buffer` as ASCII; anything not in the table stays.
    static func makeASCII(_ buffer: inout ScreenBuffer) {
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width {
                let cell = buffer[x, y]
                // Most cells are ASCII already: skip them before hashing a Character.
                guard cell.width > 0, !cell.character.isASCII, let plain = ascii[cell.character] else { continue }
                buffer.set(Cell(character: plain, style: cell.style, width: 1), x: x, y: y)
                if let second = asciiPairs[cell.character], buffer[x + 1, y].character == " ", x + 1 < buffer.size.width {
                    buffer.set(Cell(character: second, style: cell.style, width: 1), x: x + 1, y: y)
                }
            }
        }
    }
}
