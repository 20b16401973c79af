extension TextArea {
    /// The text broken into rows of at most `width` columns: at spaces where possible, between graphemes
    /// where a word is longer than a row, and at every line break. Each row is a range of `characters`
    /// (line breaks excluded).
    public func rows(width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var rows: [Range<Int>] = []
        var start = 0, column = 0
        // Just after the last space in the current row: where a wrap would rather break.
        var lastBreak: Int?
        var index = 0
        let count = cells.count
        while index < count {
            let cell = cells[index]
            if cell == Self.lineBreakCell {
                rows.append(start..<index)
                start = index + 1
                column = 0
                lastBreak = nil
                index += 1
                continue
            }
            let isSpace = cell == Self.spaceCell
            let cellWidth = isSpace ? 1 : Int(cell)
            if isSpace, column + 1 > width {
                // A space that does not fit becomes the wrap itself rather than pushing its word down.
                rows.append(start..<index)
                start = index + 1
                column = 0
                lastBreak = nil
                index += 1
                continue
            }
            if column + cellWidth > width, index > start {
                let cut = lastBreak.flatMap { $0 > start ? $0 : nil } ?? index
                rows.append(start..<cut)
                start = cut
                column = columns(cut..<index)
                lastBreak = nil
                continue  // the same grapheme again, on the new row
            }
            column += cellWidth
            if isSpace { lastBreak = index + 1 }
            index += 1
        }
        rows.append(start..<count)
        return rows
    }

    /// Columns taken by a run of graphemes on one row.
    func columns(_ range: Range<Int>) -> Int {
        var total = 0
        for cell in cells[range] where cell != Self.lineBreakCell { total += cell == Self.spaceCell ? 1 : Int(cell) }
        return total
    }

    /// Where the cursor shows in a field `width` columns wide: its row and column.
    public func cursorPlace(width: Int, rows: [Range<Int>]) -> Position {
        var row = 0
        // The last row starting at or before the cursor: at a wrap the cursor belongs to the next row.
        while row + 1 < rows.count, rows[row + 1].lowerBound <= cursor { row += 1 }
        let column = columns(rows[row].lowerBound..<max(rows[row].lowerBound, cursor))
        // A row filled to the last column has no cell left for the cursor: show it at the next row's start.
        return column >= max(1, width) ? Position(x: 0, y: row + 1) : Position(x: column, y: row)
    }

    /// Draws the field in `rect`, scrolled so the cursor's row shows; returns where the cursor is on screen.
    @discardableResult
    public func render(into buffer: inout ScreenBuffer, in rect: Rect, style: Style) -> Position? {
        guard !rect.isEmpty else { return nil }
        buffer.fill(rect, style: style)
        let rows = rows(width: rect.width)
        let place = cursorPlace(width: rect.width, rows: rows)
        let top = max(0, place.y - rect.height + 1)
        for (offset, range) in rows.dropFirst(top).prefix(rect.height).enumerated() {
            buffer.put(graphemes: characters[range], cells: cells[range], x: rect.x, y: rect.y + offset, style: style, limit: rect.width)
        }
        return Position(x: rect.x + place.x, y: rect.y + place.y - top)
    }
}
