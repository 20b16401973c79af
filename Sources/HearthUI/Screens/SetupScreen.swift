import HearthDomain

/// The first-run form: names and love languages, written to the profile on save.
struct SetupScreen {
    let form: SetupForm

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.put("Set up Hearth", x: rect.x, y: rect.y, style: .title, limit: rect.width)
        let labelWidth = rect.width >= 50 ? 20 : 11
        let fieldX = rect.x + labelWidth
        let fieldWidth = min(30, rect.width - labelWidth - 1)
        var y = rect.y + 2
        for (index, entry) in form.entries.enumerated() {
            guard y + 1 < rect.maxY else { break }
            let nameFocused = form.focus == .name(index)
            buffer.put(labelWidth >= 20 ? "Partner \(index + 1) name" : "Name \(index + 1)", x: rect.x, y: y,
                       style: nameFocused ? .accent : .normal, limit: labelWidth - 1)
            let cursorX = entry.name.render(into: &buffer, x: fieldX, y: y, width: fieldWidth,
                                             style: nameFocused ? .selected : .dim)
            if nameFocused { buffer.cursor = Position(x: cursorX, y: y) }
            y += 1
            let languageFocused = form.focus == .language(index)
            buffer.put(labelWidth >= 20 ? "  Love language" : "  Language", x: rect.x, y: y,
                       style: languageFocused ? .accent : .normal, limit: labelWidth - 1)
            let language = entry.language?.name ?? "not sure yet"
            buffer.put(languageFocused ? "‹ \(language) ›" : "  \(language)", x: fieldX, y: y,
                       style: languageFocused ? .selected : .normal, limit: rect.width - labelWidth)
            y += 2
        }
        let hint = "Tab: next field · ←/→: change a language · Enter on the last field saves. Both can be changed later."
        let help = TextBlock(hint.wrapped(toWidth: rect.width).map { [Span($0, .dim)] })
        // Why the save was refused, wrapped rather than cut (a name can make it long).
        for line in (form.problem ?? "").wrapped(toWidth: rect.width) where y < rect.maxY {
            buffer.put(line, x: rect.x, y: y, style: .warning, limit: rect.width)
            y += 1
        }
        if form.problem != nil { y += 1 }
        help.render(into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width, height: max(0, rect.maxY - y)))
    }
}
