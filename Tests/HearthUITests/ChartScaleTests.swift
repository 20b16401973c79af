import HearthUI
import Testing

/// The pieces under the charts: column fitting, the fixed scale, number formats, the tier choice.
struct ChartScaleTests {
    @Test func columnsAverageTheirWeeksCountingBackFromTheNewest() {
        let weeks: [Double?] = [1, 2, nil, 4, nil, nil, nil, 5, 3, 1]
        let fitted = ChartColumns(weeks, columns: 4)
        #expect(fitted.span == 3)
        #expect(fitted.firstSpan == 1)
        // [1] [2 gap 4] [gap gap gap] [5 3 1]: a column is a gap only when all its weeks are.
        #expect(fitted.values == [1, 3, nil, 3])
        #expect(fitted.weeks(ofColumn: 1) == 1..<4)
        #expect(fitted.column(ofWeek: 9) == 3)
        #expect(ChartColumns(weeks, columns: 10).values == weeks)
        #expect(ChartColumns(weeks, columns: 50).span == 1)
    }

    @Test func scaleIsFixedAndClamped() {
        let scale = ChartScale.rating
        #expect(scale.fraction(3) == 0.5)
        #expect(scale.fraction(9) == 1)
        #expect(scale.level(1) == 1 && scale.level(3) == 3 && scale.level(5) == 5)
        #expect(scale.band(4.49, steps: 8) == 6 && scale.band(4.5, steps: 8) == 7 && scale.band(5, steps: 8) == 7)
        #expect(scale.digit(2.5) == "3" && scale.digit(0) == "1")
    }

    @Test func numbersAreFormattedForReading() {
        #expect(ChartFormat.decimal(2.25) == "2.3")
        #expect(ChartFormat.decimal(-0.04) == "0.0")
        #expect(ChartFormat.decimal(nil) == "-")
        #expect(ChartFormat.slope(-0.125) == "-0.13/wk")
        #expect(ChartFormat.slope(0.1) == "+0.10/wk")
        #expect(ChartFormat.slope(0.001) == "0.00/wk")
        #expect(ChartFormat.summary([nil, 3, 4, nil]) == "last 4.0 avg 3.5")
        #expect(ChartFormat.summary([nil]) == "no ratings")
    }

    @Test(arguments: [
        ([:], ChartTier.ascii),
        (["LANG": "en_GB.UTF-8"], .unicode),
        (["LANG": "en_US.utf8", "TERM": "xterm-256color"], .unicode),
        (["LANG": "en_GB.UTF-8", "LC_ALL": "C"], .ascii),
        (["LC_CTYPE": "ja_JP.UTF-8", "LANG": "C"], .unicode),
        (["LANG": "en_GB.UTF-8", "TERM": "linux"], .ascii),
        (["LANG": "en_GB.UTF-8", "TERM": "vt100"], .ascii),
        (["LANG": "en_GB.UTF-8", "TERM": "vt220-color"], .ascii),
        (["LANG": "en_GB.UTF-8", "TERM": "linux-16color"], .ascii),
        (["LANG": "en_GB.UTF-8", "TERM": "vte"], .unicode),
        (["LANG": "en_GB.UTF-8", "TERM": "vte-256color"], .unicode),
        (["LANG": "en_GB.UTF-8", "TERM": "linuxish"], .unicode),
        (["LANG": "de_DE.ISO-8859-1"], .ascii),
    ] as [([String: String], ChartTier)])
    func tierFollowsLocaleAndTerminal(environment: [String: String], tier: ChartTier) {
        #expect(ChartTier.detect(environment: environment) == tier)
    }

    @Test func asciiTierChangesSymbolsAndKeepsNamesAsWritten() {
        #expect(ChartTier.ascii.text("Zoë → 美咲 · Ørjan…") == "Zoë > 美咲 - Ørjan.")
        #expect(ChartTier.unicode.text("Zoë → 美咲") == "Zoë → 美咲")
        #expect(ChartTier.ascii.fit("Emotional", width: 5) == "Emot.")
    }
}
