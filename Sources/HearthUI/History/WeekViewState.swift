import HearthDomain

/// One week open in full: every partner side by side, scrolled, private reflections hidden until asked.
public struct WeekViewState: Hashable, Sendable {
    public var week: Week
    /// The first content row shown.
    public var scroll: Int
    public var showsPrivate: Bool
    /// The search match the week was opened at, drawn highlighted.
    public var highlight: SearchHit?
    /// The go-to-week prompt, when open.
    public var goTo: GoToPrompt?
    /// The layout last made, reused while nothing it shows changes.
    var kept = KeptLayout()

    init(week: Week, highlight: SearchHit? = nil) {
        self.week = week
        scroll = 0
        showsPrivate = highlight?.field.isPrivate ?? false
        self.highlight = highlight
        goTo = nil
    }

    /// The content area for a terminal of `viewport`: the body less its margins, the scroll-arrow column,
    /// the title and the rule.
    static func contentSize(in viewport: Size) -> Size {
        Size(width: viewport.width - 3, height: viewport.height - 1 - 2)
    }

    /// The layout of this week at `width` columns: the one kept from the last key when nothing it shows has
    /// changed (a week with a 10 MB answer is wrapped once, not on every key), else made afresh.
    func layout(_ journal: Journal, width: Int) -> WeekLayout {
        let inputs = WeekLayout.Inputs(journal, week: week, showsPrivate: showsPrivate, highlight: highlight, width: width)
        if let kept = kept.layout, kept.inputs == inputs { return kept.layout }
        return WeekLayout(journal: journal, week: week, showsPrivate: showsPrivate, highlight: highlight, width: width)
    }

    /// Keeps the layout for the terminal size `viewport`, so the next keys and frames reuse it.
    mutating func keepLayout(_ journal: Journal, viewport: Size) {
        let width = Self.contentSize(in: viewport).width
        let inputs = WeekLayout.Inputs(journal, week: week, showsPrivate: showsPrivate, highlight: highlight, width: width)
        if let kept = kept.layout, kept.inputs == inputs { return }
        kept = KeptLayout(layout: (inputs, WeekLayout(journal: journal, week: week, showsPrivate: showsPrivate,
                                                      highlight: highlight, width: width)))
    }

    /// Scrolls by `delta` rows, kept between the top and the last screenful.
    mutating func scroll(by delta: Int, journal: Journal, viewport: Size) {
        keepLayout(journal, viewport: viewport)
        let size = Self.contentSize(in: viewport)
        let rows = layout(journal, width: size.width).count
        scroll = min(max(0, scroll + delta), max(0, rows - size.height))
    }

    /// Scrolls so the private reflections' title sits near the top, so what was just shown is in sight
    /// whatever the status bar takes.
    mutating func scrollToReflections(journal: Journal, viewport: Size) {
        keepLayout(journal, viewport: viewport)
        guard let row = layout(journal, width: Self.contentSize(in: viewport).width).reflectionRow else { return }
        scroll = 0
        scroll(by: row - 2, journal: journal, viewport: viewport)
    }

    /// Scrolls so the highlighted match sits near the top, with a little context above it.
    mutating func scrollToHighlight(journal: Journal, viewport: Size) {
        keepLayout(journal, viewport: viewport)
        guard let row = layout(journal, width: Self.contentSize(in: viewport).width).highlightRow else { return }
        scroll = 0
        scroll(by: row - 2, journal: journal, viewport: viewport)
    }
}

/// The week's layout kept between keys. A cache, not state: two week views showing the same thing are
/// equal whatever either has kept.
struct KeptLayout: Hashable, Sendable {
    var layout: (inputs: WeekLayout.Inputs, layout: WeekLayout)?

    static func == (lhs: KeptLayout, rhs: KeptLayout) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}
