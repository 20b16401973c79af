import HearthUI
import Testing

struct TextWidthTests {
    @Test(arguments: [
        ("Zoë", 3), ("Zoe\u{308}", 3), ("美咲", 4), ("🌍", 2), ("👍🏽", 2), ("👩‍❤️‍👨", 2), ("❤️", 2),
        ("한국어", 6), ("ｆｕｌｌ", 8), ("e\u{301}", 1), ("", 0), ("a\tb", 2),
    ])
    func columns(_ text: String, _ width: Int) {
        #expect(text.terminalWidth == width)
    }

    @Test func truncationEndsInAnEllipsisAndNeverSplitsAGrapheme() {
        #expect("Plan the Sunday walk".truncated(toWidth: 10) == "Plan the…")
        #expect("Plan the Sunday walk".truncated(toWidth: 11) == "Plan the S…")
        #expect("美咲美咲".truncated(toWidth: 6) == "美咲…")  // 美 would need two columns and only one is left
        #expect("美咲美咲".truncated(toWidth: 5) == "美咲…")
        #expect("Zoe\u{308}lle".truncated(toWidth: 4) == "Zoe\u{308}…")
        #expect("short".truncated(toWidth: 5) == "short")
        #expect("anything".truncated(toWidth: 0) == "")
    }

    @Test func paddingCountsColumnsNotCharacters() {
        #expect("美咲".padded(toWidth: 6) == "美咲  ")
        #expect("Zoë".padded(toWidth: 6) == "Zoë   ")
    }

    @Test func wrappingBreaksAtSpacesAndCutsLongWords() {
        #expect("one two three four".wrapped(toWidth: 9) == ["one two", "three", "four"])
        #expect("/home/z/.local/share".wrapped(toWidth: 8) == ["/home/z/", ".local/s", "hare"])
        #expect("毎晩スマホなしで".wrapped(toWidth: 5) == ["毎晩", "スマ", "ホな", "しで"])
    }
}
