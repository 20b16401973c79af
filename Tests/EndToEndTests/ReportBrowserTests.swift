import Foundation
import Testing

/// `hearth report` opened in the real headless Chromium: every chart laid out and drawn, at screen width and
/// at paper width, printed to A4 and Letter, and not one request to the network.
@Suite(.enabled(if: HeadlessChromium.path != nil, Comment(rawValue: HeadlessChromium.missing)), .serialized)
struct ReportBrowserTests {
    /// A two-year demo journal and its 2026 report ("today" 2026-11-21), with the chart count the CLI states.
    static func report(_ cli: HearthCLI, paper: String = "any") throws -> (page: URL, charts: Int) {
        let made = try cli.run(["demo", "--weeks", "104"])
        guard made.status == 0 || cli.exists("profile.md") else { throw HearthCLI.Failure("demo failed: \(made.stderr)") }
        let page = cli.sandbox.appendingPathComponent("year-\(paper).html")
        let written = try cli.run(["report", "--output", page.path, "--paper", paper])
        guard written.status == 0 else { throw HearthCLI.Failure("report failed: \(written.stderr)") }
        // "Wrote 2026 in review (91 check-ins, 15 charts) to ..."
        let count = written.stdout.split(separator: " ").firstIndex { $0.hasPrefix("charts") }
            .flatMap { Int(written.stdout.split(separator: " ")[$0 - 1]) }
        return (page, try #require(count))
    }

    /// Types (the demo rates six: the core five and sexual), the gaps, each ritual (the demo's paused one was
    /// marked this year, so it shows too), both directions of love languages, the strip of weeks.
    static func expectedCharts(_ cli: HearthCLI) throws -> Int {
        let rituals = try cli.run(["ritual", "list", "--json"]).stdout
        return 6 + 1 + (rituals.components(separatedBy: "{\"id\":").count - 1) + 2 + 1
    }

    @Test func everyChartIsDrawnAtScreenWidthWithNoRequestToTheNetwork() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let (page, charts) = try Self.report(cli)
        #expect(charts == (try Self.expectedCharts(cli)))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(!html.contains("http:") && !html.contains("https:"))
        let chromium = HeadlessChromium(folder: cli.sandbox)
        let probe = try HeadlessChromium.probe(of: page, into: cli.sandbox)
        let dom = try chromium.run(probe, ["--dump-dom", "--window-size=1280,900", "--virtual-time-budget=3000"], name: "dom-1280")
        let layout = try HeadlessChromium.Layout(dom: dom.stdout)
        #expect(layout.charts.count == charts)
        for chart in layout.charts {
            #expect(chart.width > 600 && chart.height > 20, "a chart laid out at \(chart.width)x\(chart.height)")
            #expect(chart.drawn >= 3, "a chart with \(chart.drawn) visible shapes")
        }
        #expect(layout.scripts == 1, "the page itself must have no script (only the probe's)")
        #expect(layout.scrollWidth <= layout.width, "the page is wider than the window")
        let shot = cli.sandbox.appendingPathComponent("year-1280.png")
        let height = Int(layout.height.rounded(.up))
        let screenshot = try chromium.run(page, ["--screenshot=\(shot.path)", "--window-size=1280,\(height)"], name: "shot-1280")
        #expect(try Self.pngSize(shot) == (1280, height))
        #expect(try HeadlessChromium.pageRequests(in: dom.netLog) == [])
        #expect(try HeadlessChromium.pageRequests(in: screenshot.netLog) == [])
    }

    @Test func atPaperWidthNothingSpillsAndPrintsFillA4AndLetterPages() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let chromium = HeadlessChromium(folder: cli.sandbox)
        // A4 is 595 x 842 points, Letter 612 x 792; CSS pixels at 96 per inch for the window.
        for (paper, size, pixels) in [("a4", (595.0, 842.0), 794), ("letter", (612.0, 792.0), 816)] {
            let (page, charts) = try Self.report(cli, paper: paper)
            let probe = try HeadlessChromium.probe(of: page, into: cli.sandbox)
            let dom = try chromium.run(probe, ["--dump-dom", "--window-size=\(pixels),1100", "--virtual-time-budget=3000"], name: "dom-\(paper)")
            let layout = try HeadlessChromium.Layout(dom: dom.stdout)
            #expect(layout.charts.count == charts)
            #expect(layout.charts.allSatisfy { $0.width > 400 && $0.x + $0.width <= layout.width && $0.drawn >= 3 })
            #expect(layout.scrollWidth <= layout.width, "\(paper): the page is wider than the paper")
            let pdf = cli.sandbox.appendingPathComponent("year-\(paper).pdf")
            let printed = try chromium.run(page, ["--print-to-pdf=\(pdf.path)", "--no-pdf-header-footer"], name: "pdf-\(paper)")
            let pages = try HeadlessChromium.pdfPages(pdf)
            #expect(abs(pages.width - size.0) < 2 && abs(pages.height - size.1) < 2, "\(paper): pages of \(pages.width)x\(pages.height)")
            #expect((2...30).contains(pages.count), "\(paper): \(pages.count) pages")
            #expect(try HeadlessChromium.pageRequests(in: dom.netLog) == [])
            #expect(try HeadlessChromium.pageRequests(in: printed.netLog) == [])
        }
    }

    /// The network check can fail: a page that loads an image from a server shows in the net log.
    @Test func theNetLogSeesAPageThatReachesOut() throws {
        let cli = try HearthCLI()
        defer { cli.cleanUp() }
        let page = cli.sandbox.appendingPathComponent("reaching-out.html")
        try "<!DOCTYPE html><p>hi</p><img src=\"http://hearth-report.invalid/pixel.png\">".write(to: page, atomically: true, encoding: .utf8)
        let run = try HeadlessChromium(folder: cli.sandbox).run(page, ["--dump-dom", "--virtual-time-budget=2000"], name: "control")
        #expect(try HeadlessChromium.pageRequests(in: run.netLog) == ["http://hearth-report.invalid/pixel.png"])
    }

    /// Width and height from a PNG's header.
    static func pngSize(_ file: URL) throws -> (Int, Int) {
        let data = try Data(contentsOf: file)
        guard data.count > 24, data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]) else { throw HearthCLI.Failure("not a PNG") }
        let number = { (offset: Int) in data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }
}
