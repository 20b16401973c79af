import HearthUI
import Testing

/// Device-free time typed as a person would write it.
struct MinutesEntryTests {
    @Test(arguments: [
        ("90", 90), ("90m", 90), ("90 min", 90), ("1h", 60), ("1h40", 100), ("1h 40m", 100), ("1 hour 40 minutes", 100),
        ("1:40", 100), ("1.5h", 90), ("1,5 h", 90), ("2 HOURS", 120), ("0", 0), ("10080", 10080), (" 45 ", 45),
    ])
    func hoursAndMinutesAreRead(text: String, minutes: Int) {
        #expect(MinutesEntry(text) == .minutes(minutes))
    }

    @Test(arguments: ["abc", "1h4x", "1:4", "1:75", "-5", "1.2.3", "h", "12345678901234567890", "1h 40.5m"])
    func whatCannotBeReadSaysSo(text: String) {
        #expect(MinutesEntry(text) == .unreadable)
        #expect(MinutesEntry(text).note.contains("can't read that"))
    }

    @Test func moreThanAWeekIsCaughtWhileTyping() {
        #expect(MinutesEntry("10081") == .tooMany(10081))
        #expect(MinutesEntry("200h").note == "12000 minutes is more than a week (10080 at most)")
        #expect(MinutesEntry("") == .empty)
    }
}
