import HearthDomain

/// Which characters charts may use: the full Unicode set, or plain ASCII that keeps the same information.
///
/// The ASCII tier is for terminals that cannot draw block elements or braille (a non-UTF-8 locale, the
/// Linux console, a VT100) and for `--ascii`: every chart writes its values as digits there, so nothing
/// a Unicode glyph says is lost.
public enum ChartTier: Hashable, Sendable {
    case unicode
    case ascii

    /// The tier a terminal with this environment can show: ASCII unless the locale is UTF-8, and for
    /// the Linux console (`linux`, `linux-16color`: its font lacks braille) and the VT family (`vt100`,
    /// `vt220`, but not `vte`, GNOME's terminal library, which draws everything).
    public static func detect(environment: [String: String]) -> ChartTier {
        let term = environment["TERM"] ?? ""
        let family = term.prefix { $0 != "-" }
        let isVT = family.hasPrefix("vt") && family.dropFirst(2).first?.isNumber == true
        if family == "linux" || isVT || term == "dumb" { return .ascii }
        // POSIX precedence: LC_ALL overrides LC_CTYPE, which overrides LANG; unset means the C locale.
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? "C"
        let upper = locale.uppercased()
        return upper.contains("UTF-8") || upper.contains("UTF8") ? .unicode : .ascii
    }

    /// `text` as this tier can print it: unchanged in Unicode; in ASCII, the UI's own symbols (lines,
    /// arrows, dots, `…`) become their ASCII stand-ins, while names and words in any script stay as written.
    public func text(_ text: String) -> String {
        guard self == .ascii, !text.allSatisfy(\.isASCII) else { return text }
        return String(text.map { Glyphs.ascii[$0] ?? $0 })
    }

    /// `text` in this tier, cut to `width` columns; a cut ends in `…`, or in `.` in ASCII.
    public func fit(_ text: String, width: Int) -> String {
        let cut = self.text(text).truncated(toWidth: width)
        guard self == .ascii, cut.last == "…" else { return cut }
        return cut.dropLast() + "."
    }
}
