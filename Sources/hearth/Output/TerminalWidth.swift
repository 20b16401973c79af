#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How wide printed output may be: `--width`, else the terminal's width when stdout is one, else
/// `$COLUMNS` (set by shells, also when piping), else 80.
enum TerminalWidth {
    static func resolve(option: Int?, environment: [String: String]) -> Int {
        if let option { return option }
        if isatty(1) == 1 {
            var size = winsize()
            if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 { return columns }
        return 80
    }
}
