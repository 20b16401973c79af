#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthDomain

/// Today's date: `HEARTH_TODAY=YYYY-MM-DD` when set (tests, demos), else the local calendar date.
enum Today {
    struct Invalid: Error, CustomStringConvertible {
        let value: String
        var description: String { "HEARTH_TODAY='\(value)' is not a date; use YYYY-MM-DD, e.g. 2026-11-21, or unset it" }
    }

    static func resolve(environment: [String: String]) throws -> CivilDate {
        if let text = environment["HEARTH_TODAY"], !text.isEmpty {
            guard let date = CivilDate(text) else { throw Invalid(value: text) }
            return date
        }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CivilDate(daysSinceEpoch: Int(now) / 86_400)
    }
}
