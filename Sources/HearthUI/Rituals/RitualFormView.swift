import HearthDomain

/// The add / edit ritual form.
struct RitualFormView {
    let form: RitualForm

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        guard !rect.isEmpty else { return }
        buffer.put(form.original == nil ? "New ritual" : "Edit \(form.original?.name ?? "")", x: rect.x, y: rect.y,
                   style: .accent, limit: rect.width)
        var rows = [
            FormRows.Row(label: "Name", value: .text(form.name), isFocused: form.focus == .name),
            FormRows.Row(label: "Repeats", value: .choice(RitualForm.repeatsText(form.every)), isFocused: form.focus == .repeats),
        ]
        if form.every != 0 {
            rows.append(FormRows.Row(label: "On", value: .choice(form.day.displayName), isFocused: form.focus == .day))
        }
        for (index, type) in form.types.enumerated() {
            rows.append(FormRows.Row(label: index == 0 ? "Feeds" : "", value: .choice((form.feeds[index] ? "[x] " : "[ ] ") + type.name),
                                     isFocused: form.focus == .feed(index)))
        }
        let hint = "←/→ or Space change a choice · " + (form.original == nil ? "Enter: next, then save" : "Enter saves")
        let footer = FormRows.footer(problem: form.problem, hint: hint, width: rect.width, roomy: rect.height >= 6)
        let formRect = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1 - footer.count)
        FormRows(rows: rows).render(into: &buffer, in: formRect)
        TextBlock(footer).render(into: &buffer, in: Rect(x: rect.x, y: formRect.maxY, width: rect.width, height: footer.count))
    }
}
