import HearthDomain
import HearthUI
import Testing

/// Chart widgets at several widths in both tiers, read back as text.
struct ChartTests {
    /// Twelve weeks ending 2026-W47: a dip to 1 with a gap at week 4 and two missed weeks near the end.
    static let zoe: [Double?] = [4, 4, 5, nil, 3, 2, 2, 1, nil, nil, 3, 4]
    static let misaki: [Double?] = [3, 3, 3, 3, 2, 2, nil, 2, 2, 3, 3, 3]
    static let range = WeekRange(last: Week(year: 2026, number: 47) ?? Week(containing: CivilDate(daysSinceEpoch: 0)), count: 12)

    static func draw(_ size: Size, _ body: (inout ScreenBuffer, Rect) -> Void) -> [String] {
        var buffer = ScreenBuffer(size: size)
        body(&buffer, Rect(size))
        return buffer.lines
    }

    static func sparkline(_ tier: ChartTier, width: Int) -> [String] {
        draw(Size(width: width, height: 1)) {
            Sparkline(values: zoe, tier: tier, label: "Emotional", labelWidth: 9).render(into: &$0, in: $1)
        }
    }

    static func lineChart(_ tier: ChartTier, _ size: Size, zoeName: String = "Zoë", misakiName: String = "美咲") -> [String] {
        draw(size) {
            LineChart(lines: [
                .init(label: zoeName, values: zoe, style: .partner(0)),
                .init(label: misakiName, values: misaki, style: .partner(1)),
            ], range: range, tier: tier).render(into: &$0, in: $1)
        }
    }

    static func heatmap(_ tier: ChartTier, width: Int) -> [String] {
        draw(Size(width: width, height: 3)) {
            Heatmap(rows: [.init(label: "Emotional", values: zoe), .init(label: "Physical", values: misaki)],
                    range: range, tier: tier).render(into: &$0, in: $1)
        }
    }

    static func bars(_ tier: ChartTier, width: Int) -> [String] {
        draw(Size(width: width, height: 3)) {
            BarChart(bars: [.init(label: "Emotional", value: 3.3), .init(label: "Physical", value: 1),
                            .init(label: "Sexual", value: nil)], tier: tier).render(into: &$0, in: $1)
        }
    }

    @Test func sparklineDrawsEighthsOnTheFixedScaleWithGapsBlank() {
        #expect(Self.sparkline(.unicode, width: 40) == ["Emotional ▇▇█ ▅▃▃▁  ▅▇ last 4.0 avg 3.1"])
        #expect(Self.sparkline(.ascii, width: 40) == ["Emotional 445 3221  34 last 4.0 avg 3.1"])
    }

    @Test func narrowSparklineAveragesPairsOfWeeksAndKeepsTheLatestValue() {
        // 6 columns for 12 weeks: (4+4), (5+gap), (3+2), (2+1), (gap+gap), (3+4); "last 4.0 avg 3.1" has no
        // room, so the latest value stands beside it alone.
        #expect(Self.sparkline(.unicode, width: 20) == ["Emotional ▇█▄▂ ▆ 4.0"])
        #expect(Self.sparkline(.ascii, width: 20) == ["Emotional 4532 4 4.0"])
        // No room for a chart at all: the number still shows.
        #expect(Self.sparkline(.unicode, width: 13) == ["Emotional 4.0"])
    }

    @Test func steadyMiddleRatingsSitMidScaleNotAtTheTop() {
        let lines = Self.draw(Size(width: 20, height: 1)) {
            Sparkline(values: [3, 3, 3], tier: .unicode, numbers: "").render(into: &$0, in: $1)
        }
        #expect(lines == ["▅▅▅"])
    }

    @Test func lineChartGivesEachPartnerABandAndTheWeeksBelow() {
        #expect(Self.lineChart(.unicode, Size(width: 48, height: 7)) == [
            "5┤⣀⣀⣀⠤⠒⠁                      ⣀ Zoë",
            "3┤          ⠐⠤⣀             ⠒⠉  last 4.0 avg 3.1",
            "1┤             ⠉⠉⠉⠒⠤⡀",
            "5┤                              美咲",
            "3┤⠒⠒⠒⠒⠒⠒⠒⠒⠢⢄⡀          ⣀⠤⠒⠒⠒⠒⠒⠒ last 3.0 avg 2.6",
            "1┤          ⠈⠉⠉⠁    ⠉⠉⠉",
            "  2026-W36             2026-W47",
        ])
        #expect(Self.lineChart(.ascii, Size(width: 48, height: 7)) == [
            "5|4  4 5                      4 Zoë",
            "3|          3  2 2         3    last 4.0 avg 3.1",
            "1|                  1",
            "5|                              美咲",
            "3|3  3 3  3 2  2    2 2  3 3  3 last 3.0 avg 2.6",
            "1|",
            "  2026-W36             2026-W47",
        ])
    }

    @Test func narrowLineChartAveragesWeeksAndKeepsTheLatestWeek() {
        #expect(Self.lineChart(.unicode, Size(width: 30, height: 5)) == [
            "5┤⠤⠔⠁ ⡀    ⢀⠤ Zoë",
            "1┤    ⠈⠒⢄     last 4.0 avg 3.1",
            "5┤⣀⣀⣀⡀    ⢀⣀⣀ 美咲",
            "1┤   ⠈⠒⠂⠐⠒⠁   last 3.0 avg 2.6",
            "     2026-W47",
        ])
        #expect(Self.lineChart(.ascii, Size(width: 30, height: 5)) == [
            "5|4 5       4 Zoë",
            "1|    3 2     last 4.0 avg 3.1",
            "5|3 3       3 美咲",
            "1|    2 2 3   last 3.0 avg 2.6",
            "     2026-W47",
        ])
    }

    @Test func aLineChartTooShortForEveryPartnerSaysSoWithTheNumbers() {
        // Two rows leave one band and the axis: room for Zoë's line only, so neither is drawn half.
        #expect(Self.lineChart(.unicode, Size(width: 40, height: 2)) == [
            "Too short to chart: Zoë last 4.0 avg 3.1", "美咲 last 3.0 avg 2.6",
        ])
        #expect(Self.lineChart(.ascii, Size(width: 40, height: 2)) == [
            "Too short to chart: Zoë last 4.0 avg 3.1", "美咲 last 3.0 avg 2.6",
        ])
        // Three rows are enough: a one-row band each, both named, and the weeks below.
        let three = Self.lineChart(.ascii, Size(width: 40, height: 3))
        #expect(three.count == 3 && three[0].contains("Zoë") && three[1].contains("美咲") && three[2].contains("2026-W47"))
    }

    @Test func brailleDotsLandInTheRightCells() {
        // One row (4 dots) per band, two dot columns per cell, one week per dot column: 1 5 | gap 3 | 2 2 | 4 4.
        let values: [Double?] = [1, 5, nil, 3, 2, 2, 4, 4]
        let lines = Self.draw(Size(width: 10, height: 2)) {
            LineChart(lines: [.init(label: "Z", values: values, style: .partner(0), numbers: "n")],
                      range: WeekRange(last: Self.range.last, count: values.count), tier: .unicode).render(into: &$0, in: $1)
        }
        let cells = lines.first.map { Array($0.dropFirst(2).prefix(4)) } ?? []
        // Rows from the top: 5 -> 0, 4 and 3 -> 1, 2 -> 2, 1 -> 3.
        #expect(cells == [
            "\u{285C}",  // 1 then 5, joined: left dots 7, 3 (rows 3, 2), right dots 5, 4 (rows 1, 0)
            "\u{2810}",  // gap (left empty), then 3 alone on the right at row 1: dot 5, not joined across the gap
            "\u{2824}",  // 2, 2: dot 3 (left row 2) and dot 6 (right row 2)
            "\u{2812}",  // 4, 4: dot 2 (left row 1) and dot 5 (right row 1)
        ])
        #expect(lines == ["5┤⡜⠐⠤⠒ Z n", ""])  // four cells leave no room for a week label
    }

    @Test func brailleCanvasMapsEveryDotToItsBit() {
        let expected: [(x: Int, y: Int, scalar: UInt32)] = [
            (0, 0, 0x2801), (0, 1, 0x2802), (0, 2, 0x2804), (0, 3, 0x2840),
            (1, 0, 0x2808), (1, 1, 0x2810), (1, 2, 0x2820), (1, 3, 0x2880),
        ]
        for dot in expected {
            var canvas = BrailleCanvas(width: 1, height: 1)
            canvas.set(x: dot.x, y: dot.y)
            #expect(canvas.character(x: 0, y: 0) == Character(Unicode.Scalar(dot.scalar) ?? " "), "dot \(dot.x),\(dot.y)")
        }
        var full = BrailleCanvas(width: 2, height: 2)
        full.line(from: (0, 7), to: (3, 0))
        // The steep line's lower cell: dots at rows 7 and 6 on the left (dots 7, 3), rows 5 and 4 on the
        // right (dots 5, 4) = U+285C; its upper right cell holds the rest of the climb.
        #expect(full.character(x: 0, y: 1) == "\u{285C}")
        #expect(full.character(x: 1, y: 0) == "\u{285C}")
        #expect(full.character(x: 0, y: 0) == nil && full.character(x: 1, y: 1) == nil)
        #expect(BrailleCanvas(width: 1, height: 1).character(x: 0, y: 0) == nil)
    }

    @Test func heatmapShadesWeeksByTypeWithNumbers() {
        #expect(Self.heatmap(.unicode, width: 40) == [
            "Emotional ▓▓█ ▒░░·  ▒▓ avg 3.1",
            "Physical  ▒▒▒▒░░ ░░▒▒▒ avg 2.6",
            "              2026-W47",
        ])
        #expect(Self.heatmap(.ascii, width: 40) == [
            "Emotional 445 3221  34 avg 3.1",
            "Physical  333322 22333 avg 2.6",
            "              2026-W47",
        ])
        #expect(Self.heatmap(.unicode, width: 20) == ["Emo… ▓▓█ ▒░░·  ▒▓", "Phy… ▒▒▒▒░░ ░░▒▒▒", "         2026-W47"])
        #expect(Self.heatmap(.ascii, width: 20) == ["Emo. 445 3221  34", "Phy. 333322 22333", "         2026-W47"])
    }

    @Test func barsStartAtZeroAndKeepTheirNumbersInAColumn() {
        #expect(Self.bars(.unicode, width: 40) == [
            "Emotional █████████████████▏         3.3",
            "Physical  █████▎                     1.0",
            "Sexual                               -",
        ])
        #expect(Self.bars(.ascii, width: 40) == [
            "Emotional #################          3.3",
            "Physical  #####                      1.0",
            "Sexual                               -",
        ])
        #expect(Self.bars(.unicode, width: 20) == ["Emoti… ██████    3.3", "Physi… █▊        1.0", "Sexual           -"])
        #expect(Self.bars(.ascii, width: 20) == ["Emoti. ######    3.3", "Physi. ##        1.0", "Sexual           -"])
    }

    @Test(arguments: [12, 20, 31, 48, 80, 120])
    func asciiTierDrawsOnlyASCIISymbolsAndKeepsNames(width: Int) {
        let all = Self.sparkline(.ascii, width: width) + Self.heatmap(.ascii, width: width) + Self.bars(.ascii, width: width)
            + Self.lineChart(.ascii, Size(width: width, height: 9), zoeName: "Zoë Müller", misakiName: "美咲")
        let written = Set("Zoë Müller美咲")
        #expect(all.allSatisfy { $0.allSatisfy { $0.isASCII || written.contains($0) } }, "\(all)")
        #expect(all.joined().contains("Zoë Müller") || width < 40)
    }

    @Test(arguments: [12, 20, 31, 48, 80, 120])
    func chartsStayInsideTheirWidth(width: Int) {
        for tier in [ChartTier.unicode, .ascii] {
            let all = Self.sparkline(tier, width: width) + Self.heatmap(tier, width: width) + Self.bars(tier, width: width)
                + Self.lineChart(tier, Size(width: width, height: 9))
            #expect(all.allSatisfy { $0.terminalWidth <= width })
        }
    }
}
