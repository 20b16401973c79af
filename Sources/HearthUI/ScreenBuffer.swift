/// One terminal cell: a grapheme and its style. A wide grapheme's right half is a cell of width 0.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var style: Style
    /// Columns the grapheme takes (1 or 2); 0 marks the right half of the wide cell to its left.
    public var width: UInt8

    public static let blank = Cell(character: " ", style: .normal, width: 1)

    public init(character: Character, style: Style, width: UInt8) {
        self.character = character
        self.style = style
        self.width = width
    }
}

/// A grid of styled cells that screens render into; the terminal copies it to the screen.
public struct ScreenBuffer: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal should show its cursor (a text field being edited), or nil to hide it.
    public var cursor: Position?

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: size.width * size.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return .blank }
        return cells[y * size.width + x]
    }

    func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// The screen as text, one string per row, trailing spaces removed (what a user reads).
    public var lines: [String] {
        (0..<size.height).map { row in
            var line = ""
            for cell in cells[(row * size.width)..<((row + 1) * size.width)] where cell.width > 0 {
                line.append(cell.character)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// All rows joined with newlines.
    public var text: String { lines.joined(separator: "\n") }

    /// Writes `text` from (x, y), clipped to `limit` columns and the buffer; returns the columns written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height, x < size.width else { return 0 }
        let end = min(size.width, limit.map { x + max(0, $0) } ?? size.width)
        var column = x
        for character in text {
            let width = character.terminalWidth
            if width == 0 { continue }  // a stray control or lone mark has no cell of its own
            if column + width > end {
                // A wide grapheme that does not fit leaves a blank rather than half a character.
                if column < end, column >= 0 { set(Cell(character: " ", style: style, width: 1), x: column, y: y) }
                break
            }
            if column >= 0 { set(Cell(character: character, style: style, width: UInt8(width)), x: column, y: y) }
            column += width
        }
        return max(0, column - x)
    }

    /// Fills a rectangle with blanks in a style.
    public mutating func fill(_ rect: Rect, style: Style = .normal) {
        let blank = Cell(character: " ", style: style, width: 1)
        for row in max(0, rect.y)..<min(size.height, rect.maxY) {
            for column in max(0, rect.x)..<min(size.width, rect.x + rect.width) {
                set(blank, x: column, y: row)
            }
        }
    }

    /// Restyles the cells of a rectangle, keeping their text (a selected row, a highlight).
    public mutating func restyle(_ rect: Rect, style: Style) {
        for row in max(0, rect.y)..<min(size.height, rect.maxY) {
            for column in max(0, rect.x)..<min(size.width, rect.x + rect.width) {
                cells[row * size.width + column].style = style
            }
        }
    }

    /// Places one cell, mending any wide grapheme it cuts in half.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * size.width + x
        if cells[index].width == 0, x > 0 { cells[index - 1] = Cell(character: " ", style: cells[index - 1].style, width: 1) }
        if cells[index].width == 2, x + 1 < size.width {
            cells[index + 1] = Cell(character: " ", style: cells[index + 1].style, width: 1)
        }
        cells[index] = cell
        if cell.width == 2, x + 1 < size.width {
            if cells[index + 1].width == 2, x + 2 < size.width {
                cells[index + 2] = Cell(character: " ", style: cells[index + 2].style, width: 1)
            }
            cells[index + 1] = Cell(character: " ", style: cell.style, width: 0)
        }
    }
}
