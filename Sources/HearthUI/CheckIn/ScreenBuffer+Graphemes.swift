extension ScreenBuffer {
    /// Writes graphemes whose widths are already known from (x, y), clipped to `limit` columns: what a long
    /// text answer draws on every keystroke, without building a String and breaking it into graphemes again.
    mutating func put(graphemes: ArraySlice<Character>, cells widths: ArraySlice<UInt8>, x: Int, y: Int, style: Style, limit: Int) {
        guard y >= 0, y < size.height, x < size.width else { return }
        let end = min(size.width, x + max(0, limit))
        var column = x
        for (character, cell) in zip(graphemes, widths) {
            let width = cell == TextArea.spaceCell ? 1 : Int(cell)
            if width == 0 || cell == TextArea.lineBreakCell { continue }
            if column + width > end {
                if column < end, column >= 0 { set(Cell(character: " ", style: style, width: 1), x: column, y: y) }
                return
            }
            if column >= 0 { set(Cell(character: character, style: style, width: UInt8(width)), x: column, y: y) }
            column += width
        }
    }
}
