/// The page's one style sheet: warm on screen, plain and unbroken on paper.
enum ReportStyle {
    /// Partner colours, in profile order; charts and swatches share them.
    static let partnerColours = ["#b5523b", "#2f7a80", "#7a4d8c", "#6b7a2f", "#a86a12", "#3d5c99", "#99405f", "#4f6b5a"]

    static func css(paper: YearReportPage.Paper) -> String {
        let palette = partnerColours.enumerated().map { index, colour in
            ".p\(index){stroke:\(colour);fill:\(colour);background:\(colour)} "
                + ".series.p\(index){fill:none} .area.p\(index){stroke:none;fill-opacity:.18}"
        }.joined(separator: "\n")
        let size = paper == .any ? "" : "size:\(paper == .a4 ? "A4" : "letter");"
        return """

            :root{--ink:#2e2724;--soft:#6f625b;--paper:#fbf6ef;--line:#e6dcd0;--warm:#b5523b}
            *{box-sizing:border-box}
            html{background:var(--paper);color:var(--ink);-webkit-print-color-adjust:exact;print-color-adjust:exact}
            body{margin:0;font:17px/1.55 "Iowan Old Style","Palatino Linotype",Palatino,Georgia,serif}
            main{max-width:820px;margin:0 auto;padding:48px 28px 64px}
            h1,h2,h3{font-family:"Avenir Next","Segoe UI","DejaVu Sans",sans-serif;font-weight:600;line-height:1.25}
            h2{font-size:1.45rem;margin:2.6rem 0 .3rem;color:var(--warm)}
            h3{font-size:1.05rem;margin:1.2rem 0 .2rem}
            .cover{text-align:center;padding:32px 0 24px;border-bottom:1px solid var(--line)}
            .eyebrow{letter-spacing:.12em;text-transform:uppercase;font-size:.8rem;color:var(--soft);margin:0}
            .cover h1{font-size:2.6rem;margin:.4rem 0 0}
            .year{font-size:4.2rem;margin:0;color:var(--warm);font-family:Georgia,serif;line-height:1.1}
            .lede,.intro{color:var(--soft)}
            .facts{list-style:none;padding:0;display:flex;flex-wrap:wrap;justify-content:center;gap:10px 28px}
            .facts strong{display:block;font-size:1.6rem;color:var(--ink)}
            figure{margin:1.2rem 0 1.6rem;break-inside:avoid;page-break-inside:avoid}
            figcaption h3{margin:0}
            figcaption p{margin:.1rem 0 .4rem;color:var(--soft);font-size:.95rem}
            svg.chart{display:block;width:100%;height:auto;overflow:visible}
            svg text{font:12px "DejaVu Sans",sans-serif;fill:var(--soft)}
            svg text.label{fill:var(--ink);font-size:13px}
            .grid{stroke:var(--line);stroke-width:1}
            .tick{stroke:var(--soft)}
            .series{stroke-width:2.4;stroke-linejoin:round;stroke-linecap:round}
            .track{fill:#f1e8dd}
            .bar{fill-opacity:.55}.bar.strong{fill-opacity:1}.bar.quiet{fill:#cbbfb3}
            .week.calm{fill:#efe3d3}.week.missed{fill:none;stroke:#d9cbbb;stroke-dasharray:2 2}
            .week.s1{fill:#f0b97a}.week.s2{fill:#e08f4f}.week.s3{fill:#c9662e}.week.s4{fill:#9e3f1c}
            .key{display:inline-block;width:.8em;height:.8em;border-radius:50%;margin:0 .3em 0 .1em;vertical-align:-.05em}
            ul.signs,ul.weeks{padding-left:1.1rem}
            ul.weeks li{break-inside:avoid}
            .week-name{font-family:"DejaVu Sans Mono",monospace;font-size:.9em}
            .dates{color:var(--soft);margin-right:.4em}
            .season{break-inside:avoid}
            ul.insights{list-style:none;padding:0}
            ul.insights li{border-left:3px solid var(--warm);padding:.2rem 0 .2rem .9rem;margin:.8rem 0;break-inside:avoid}
            .sentence{margin:0;font-weight:600}
            .evidence{margin:.1rem 0;font-family:"DejaVu Sans Mono",monospace;font-size:.85rem;color:var(--soft)}
            .tip{margin:.2rem 0 0}
            .steady{color:var(--soft)}
            blockquote{margin:1rem 0;padding:.6rem 1.1rem;background:#f4ebe0;border-radius:10px;break-inside:avoid}
            blockquote p{margin:0;white-space:pre-line}
            blockquote footer{margin-top:.3rem;font-size:.9rem;color:var(--soft)}
            main>footer{margin-top:3rem;border-top:1px solid var(--line);padding-top:1rem;font-size:.85rem;color:var(--soft)}
            @page{\(size)margin:16mm 14mm}
            @media print{
            html{background:#fff}
            body{font-size:11pt}
            main{max-width:none;padding:0}
            .cover{padding-top:0}
            h2{break-after:avoid;page-break-after:avoid}
            section{break-before:auto}
            }
            \(palette)

            """
    }
}
