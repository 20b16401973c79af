/// A grid of braille cells, each 2 dots wide and 4 tall, that lines are plotted on dot by dot.
///
/// Dot (x, y) counts from the top left; in a cell, the left column holds dots 1, 2, 3, 7 and the right
/// column dots 4, 5, 6, 8 (top to bottom), which are bits 0, 1, 2, 6 and 3, 4, 5, 7 of the offset from
/// U+2800, the blank braille pattern.
public struct BrailleCanvas: Hashable, Sendable {
    /// Size in cells.
    public let width: Int
    public let height: Int
    private var bits: [UInt8]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        bits = Array(repeating: 0, count: self.width * self.height)
    }

    /// Size in dots.
    public var dotWidth: Int { width * 2 }
    public var dotHeight: Int { height * 4 }

    private static let bit: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// Raises one dot; dots outside the canvas are ignored.
    public mutating func set(x: Int, y: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        bits[(y / 4) * width + x / 2] |= Self.bit[x % 2][y % 4]
    }

    /// Whether a dot is raised.
    public func isSet(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return false }
        return bits[(y / 4) * width + x / 2] & Self.bit[x % 2][y % 4] != 0
    }

    /// Raises the dots of a straight line between two dots, both ends included (Bresenham).
    public mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) {
        var x = start.x, y = start.y
        let dx = abs(end.x - x), dy = -abs(end.y - y)
        let stepX = x < end.x ? 1 : -1, stepY = y < end.y ? 1 : -1
        var error = dx + dy
        while true {
            set(x: x, y: y)
            if x == end.x && y == end.y { return }
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                x += stepX
            }
            if doubled <= dx {
                error += dx
                y += stepY
            }
        }
    }

    /// The cell at column `x`, row `y`: a braille character, or nil when none of its dots is raised.
    public func character(x: Int, y: Int) -> Character? {
        guard x >= 0, y >= 0, x < width, y < height else { return nil }
        let value = bits[y * width + x]
        guard value != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(value)) else { return nil }
        return Character(scalar)
    }
}
