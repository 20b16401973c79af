/// Small helpers for plain-text reports; widths come from HearthUI's `terminalWidth`.
enum Columns {
    static func trimmingTrailingSpaces(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}
