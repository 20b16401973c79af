import CNcurses
import HearthUI

/// Maps semantic styles to ncurses attributes and colour pairs, on the terminal's own background.
struct Palette {
    /// Attributes and colour pair for each style; pair 0 is the terminal's own colours.
    private let table: [Style: (attributes: attr_t, pair: Int16)]

    /// Colours readable on dark and light backgrounds: mid-tones from the 256-colour cube when there are
    /// enough colours, the basic eight otherwise; monochrome uses bold, dim and reverse only.
    static func make(monochrome: Bool) -> Palette {
        let bold = hearth_a_bold(), dim = hearth_a_dim(), reverse = hearth_a_reverse()
        var table: [Style: (attributes: attr_t, pair: Int16)] = [
            .normal: (0, 0), .dim: (dim, 0), .bold: (bold, 0), .selected: (reverse, 0), .title: (bold, 0),
        ]
        if monochrome {
            table[.accent] = (bold, 0)
            table[.warning] = (bold | hearth_a_underline(), 0)
            table[.good] = (bold, 0)
            for index in 0..<4 { table[.partner(index)] = (bold, 0) }
            return Palette(table: table)
        }
        start_color()
        use_default_colors()  // -1: keep the terminal's background and default foreground
        let rich = hearth_colors() >= 256
        // (style, 256-colour, basic colour)
        let colours: [(Style, Int16, Int32)] = [
            (.accent, 31, COLOR_CYAN), (.warning, 160, COLOR_RED), (.good, 28, COLOR_GREEN),
            (.partner(0), 133, COLOR_MAGENTA), (.partner(1), 31, COLOR_CYAN),
            (.partner(2), 136, COLOR_YELLOW), (.partner(3), 28, COLOR_GREEN),
            (.chart(1), 160, COLOR_RED), (.chart(2), 166, COLOR_RED), (.chart(3), 136, COLOR_YELLOW),
            (.chart(4), 70, COLOR_GREEN), (.chart(5), 28, COLOR_GREEN),
        ]
        for (index, entry) in colours.enumerated() where index + 1 < hearth_color_pairs() {
            let pair = Int16(index + 1)
            init_pair(pair, rich ? entry.1 : Int16(entry.2), -1)
            let emphasis: attr_t = entry.0 == .accent || entry.0 == .warning ? bold : 0
            table[entry.0] = (emphasis, pair)
        }
        return Palette(table: table)
    }

    /// Writes every row of the buffer as runs of same-styled cells.
    func paint(_ buffer: ScreenBuffer, into window: UnsafeMutablePointer<WINDOW>?) {
        werase(window)
        var run: [wchar_t] = []
        run.reserveCapacity(buffer.size.width + 1)
        for y in 0..<buffer.size.height {
            // werase left the row blank in the normal style: its trailing blanks need no writing (most of a
            // large window's cells, on most screens).
            var end = buffer.size.width
            while end > 0, buffer[end - 1, y] == .blank { end -= 1 }
            var x = 0
            while x < end {
                let style = buffer[x, y].style
                let start = x
                run.removeAll(keepingCapacity: true)
                while x < end, buffer[x, y].style == style {
                    let cell = buffer[x, y]
                    if cell.width > 0 {
                        for scalar in cell.character.unicodeScalars { run.append(wchar_t(bitPattern: scalar.value)) }
                    }
                    x += 1
                }
                run.append(0)
                let look = table[style] ?? (0, 0)
                wattr_set(window, look.attributes, look.pair, nil)
                // Each run is placed explicitly, so a width ncurses judges differently cannot shift the rest.
                _ = mvwaddwstr(window, Int32(y), Int32(start), run)
            }
        }
        wattr_set(window, 0, 0, nil)
    }
}
