import HearthDomain

/// The whole number spelled by `count` ASCII digits at `start`, or nil when any of them is not a digit.
func decimalNumber(in text: UnsafeBufferPointer<UInt8>, at start: Int, count: Int) -> Int? {
    var value = 0
    for index in start..<(start + count) {
        let digit = Int(text[index]) &- 0x30
        guard digit >= 0 && digit <= 9 else { return nil }
        value = value * 10 + digit
    }
    return value
}

/// The ISO week `2026-W47` spelled by the 8 bytes at `start` (a lower-case `w` too, when allowed);
/// nil when they spell none. The caller makes sure the 8 bytes are there.
func isoWeek(in text: UnsafeBufferPointer<UInt8>, at start: Int, lowercaseW: Bool) -> Week? {
    guard text[start + 4] == 0x2D, text[start + 5] == 0x57 || (lowercaseW && text[start + 5] == 0x77),
          let year = decimalNumber(in: text, at: start, count: 4),
          let number = decimalNumber(in: text, at: start + 6, count: 2) else { return nil }
    return Week(year: year, number: number)
}

/// The date `2026-11-18` spelled by the 10 bytes at `start`, or nil. The caller makes sure the 10 bytes are there.
func civilDate(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> CivilDate? {
    guard text[start + 4] == 0x2D, text[start + 7] == 0x2D,
          let year = decimalNumber(in: text, at: start, count: 4),
          let month = decimalNumber(in: text, at: start + 5, count: 2),
          let day = decimalNumber(in: text, at: start + 8, count: 2) else { return nil }
    return CivilDate(year: year, month: month, day: day)
}
