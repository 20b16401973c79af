import HearthDomain

/// The form that logs a moment, given today.
struct MomentFormView {
    let form: MomentForm
    let today: CivilDate

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.put("A moment", x: rect.x, y: rect.y, style: .accent, limit: rect.width)
        let date = today.adding(days: -form.daysAgo)
        let when = form.daysAgo == 0 ? "today, \(date)" : form.daysAgo == 1 ? "yesterday, \(date)"
            : "\(date.weekday.displayName), \(date)"
        func name(_ index: Int) -> String { form.partners.indices.contains(index) ? form.partners[index].name : "" }
        let rows = [
            FormRows.Row(label: "When", value: .choice(when), isFocused: form.focus == .day),
            FormRows.Row(label: "From", value: .choice(name(form.from)), isFocused: form.focus == .from),
            FormRows.Row(label: "To", value: .choice(name(form.to)), isFocused: form.focus == .to),
            FormRows.Row(label: "Language", value: .choice(form.language.name), isFocused: form.focus == .language),
            FormRows.Row(label: "What happened", value: .text(form.text), isFocused: form.focus == .text),
            FormRows.Row(label: "How it landed", value: .text(form.landed), isFocused: form.focus == .landed),
        ]
        let hint = "Tab: fields · ←/→ on a choice · Enter on the last field saves"
        let footer = FormRows.footer(problem: form.problem, hint: hint, width: rect.width, roomy: rect.height >= 8)
        let formRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1 - footer.count)
        FormRows(rows: rows).render(into: &buffer, in: formRect)
        TextBlock(footer).render(into: &buffer, in: Rect(x: rect.x, y: formRect.maxY, width: rect.width, height: footer.count))
    }
}
