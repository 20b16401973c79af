import HearthDomain

/// The first-run form: names and love languages, written to the profile on save, and whether to encrypt (with
/// each partner's passphrase, masked).
struct SetupScreen {
    let form: SetupForm

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.put("Set up Hearth", x: rect.x, y: rect.y, style: .title, limit: rect.width)
        let labelWidth = rect.width >= 50 ? 20 : 11
        let fieldX = rect.x + labelWidth
        let fieldWidth = min(30, rect.width - labelWidth - 1)
        var y = rect.y + 2
        // On a short window the passphrases would fall off the bottom: while one has the focus, the names
        // above make room (Shift-Tab brings them back).
        let rows = 2 + form.entries.count * 3 + 2 + (form.encrypt ? form.entries.count * 3 : 0)
        let entries = form.focusedSecret != nil && rows > rect.height ? [] : Array(form.entries.enumerated())
        for (index, entry) in entries {
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
        y = renderEncryption(into: &buffer, in: rect, from: y, labelWidth: labelWidth, fieldWidth: fieldWidth)
        let hint = form.encrypt
            ? "Tab: next field · ←/→: change a choice · Enter on the last field saves. Each passphrase opens the journal; "
                + "lost, it cannot be recovered (`hearth key export` prints a key for a paper backup)."
            : "Tab: next field · ←/→: change a choice · Enter on the last field saves. Both can be changed later."
        let help = TextBlock(hint.wrapped(toWidth: rect.width).map { [Span($0, .dim)] })
        // Why the save was refused, wrapped rather than cut (a name can make it long).
        for line in (form.problem ?? "").wrapped(toWidth: rect.width) where y < rect.maxY {
            buffer.put(line, x: rect.x, y: y, style: .warning, limit: rect.width)
            y += 1
        }
        if form.problem != nil { y += 1 }
        help.render(into: &buffer, in: Rect(x: rect.x, y: y, width: rect.width, height: max(0, rect.maxY - y)))
    }

    /// The choice to encrypt and, when chosen, each partner's passphrase twice as bullets; returns the next row.
    private func renderEncryption(into buffer: inout ScreenBuffer, in rect: Rect, from top: Int, labelWidth: Int,
                                  fieldWidth: Int) -> Int {
        var y = top
        guard y < rect.maxY else { return y }
        let focused = form.focus == .encrypt
        buffer.put("Encrypt", x: rect.x, y: y, style: focused ? .accent : .normal, limit: labelWidth - 1)
        let choice = form.encrypt ? "yes, a passphrase each" : "no"
        buffer.put(focused ? "‹ \(choice) ›" : "  \(choice)", x: rect.x + labelWidth, y: y,
                   style: focused ? .selected : .normal, limit: rect.width - labelWidth)
        y += 2
        guard form.encrypt else { return y }
        for (index, entry) in form.entries.enumerated() {
            let name = entry.name.trimmed.isEmpty ? "Partner \(index + 1)" : entry.name.trimmed
            let rows: [(label: String, field: SetupForm.Field, secret: SecretField)] = [
                (labelWidth >= 20 ? "\(name)'s passphrase" : name, .passphrase(index), form.passphrases[index]),
                ("  again", .confirmation(index), form.confirmations[index]),
            ]
            for row in rows where y < rect.maxY {
                let isFocused = form.focus == row.field
                buffer.put(row.label, x: rect.x, y: y, style: isFocused ? .accent : .normal, limit: labelWidth - 1)
                let bullets = String(repeating: "•", count: min(row.secret.count, fieldWidth - 1))
                buffer.put(bullets, x: rect.x + labelWidth, y: y, style: isFocused ? .selected : .dim)
                if isFocused { buffer.cursor = Position(x: rect.x + labelWidth + min(row.secret.cursor, fieldWidth - 1), y: y) }
                y += 1
            }
            y += 1
        }
        return y
    }
}
