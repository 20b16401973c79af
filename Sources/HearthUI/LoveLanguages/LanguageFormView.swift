import HearthDomain

/// The form that changes one partner's love languages.
struct LanguageFormView {
    let form: LanguageForm

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.put("\(form.partner.name)'s love languages", x: rect.x, y: rect.y, style: .accent, limit: rect.width)
        let rows = [
            FormRows.Row(label: "Primary", value: .choice(form.primary?.name ?? "not set"), isFocused: form.focus == .primary),
            FormRows.Row(label: "Secondary", value: .choice(form.secondary?.name ?? "none"), isFocused: form.focus == .secondary),
        ]
        FormRows(rows: rows).render(into: &buffer, in: Rect(x: rect.x, y: rect.y + 2, width: rect.width, height: min(2, rect.height - 2)))
        // A choice Enter would refuse says so as it is made, not only when Enter is pressed.
        let note = (form.problem ?? form.refusal).map { [Span($0, $0 == "Saving…" ? .dim : .warning)] }
        let hint = [Span("←/→ change · Tab the other · Enter saves · Esc leaves them as they were", .dim)]
        let lines = (note ?? hint).flatMap { span in span.text.wrapped(toWidth: max(1, rect.width)).map { [Span($0, span.style)] } }
        TextBlock(lines).render(into: &buffer, in: Rect(x: rect.x, y: rect.y + 5, width: rect.width, height: max(0, rect.height - 5)))
    }
}
