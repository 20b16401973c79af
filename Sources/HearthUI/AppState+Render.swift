/// The smallest terminal Hearth draws screens in; below it, it says so instead.
public let minimumSize = Size(width: 20, height: 5)

extension AppState {
    /// Draws the whole UI for a terminal of `size`: the screen, the status bar, and help on top.
    public func render(size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            let note = TextBlock([[Span("Too small:", .warning)], [Span("enlarge to \(minimumSize)")]])
            note.render(into: &buffer, in: Rect(size))
            return buffer
        }
        let statusBar = StatusBar(keymap: activeKeymap, message: statusText.text, messageStyle: statusText.style)
        let (body, bar) = Rect(size).splitTop(size.height - barHeight(statusBar, in: size))
        let content = body.inset(dx: 1, dy: 0)
        let model = screenModel
        let rect = model.isForm ? content.inset(dx: 1, dy: size.height >= 16 ? 1 : 0) : content
        buffer.cursor = model.render(into: &buffer, in: rect, context: screenContext)
        if let question { QuestionView(question: question).render(into: &buffer, in: body) }
        statusBar.render(into: &buffer, in: bar)
        if showingHelp {
            buffer.cursor = nil
            HelpOverlay(keymap: screenKeymap, offset: helpOffset).render(into: &buffer, in: body)
        }
        if chartTier == .ascii { Glyphs.makeASCII(&buffer) }
        return buffer
    }

    /// Rows the status bar takes: one, or more for a message too long to share a row with the key hints,
    /// always leaving the screen most of the terminal.
    private func barHeight(_ bar: StatusBar, in size: Size) -> Int {
        min(bar.height(width: size.width), max(1, (size.height - minimumSize.height) / 2 + 1))
    }

    /// The area under the status bar that help is drawn in, for the last reported size.
    private var helpArea: Rect {
        let bar = StatusBar(keymap: activeKeymap, message: statusText.text, messageStyle: statusText.style)
        return Rect(viewport).splitTop(viewport.height - barHeight(bar, in: viewport)).top
    }

    /// How far help can scroll in the current viewport before its last key is on screen.
    var maxHelpOffset: Int { HelpOverlay(keymap: screenKeymap).maxOffset(in: helpArea) }

    /// The status bar's message: the latest note, else the count of unreadable files, else where a demo lives.
    var statusText: (text: String, style: Style) {
        if let working { return (working.line(tier: chartTier), .accent) }
        if let message { return (message.text, message.isError ? .warning : .dim) }
        if !problems.isEmpty {
            // Each problem line starts with its file's path: one file with three problems is one file.
            let count = Set(problems.map { $0.prefix { $0 != ":" } }).count
            let files = count == 1 ? "1 file" : "\(count) files"
            return ("\(files) could not be read: hearth doctor", .warning)
        }
        if isDemo { return ("demo journal in \(folder)", .accent) }
        return ("", .dim)
    }
}
