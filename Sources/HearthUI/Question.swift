import HearthDomain

/// A yes-or-no question drawn over the bottom of the screen. The next key answers it: `y` yes, `n` or Esc
/// no, and any other key only says so; so nothing private shows, and nothing saved changes, on one
/// stray keypress.
public struct Question: Hashable, Sendable {
    /// The question, naming whose words or what data it is about.
    public var text: String
    /// What a yes does.
    var onYes: Answer
    /// What a no leaves on the status line.
    var onNo: String

    enum Answer: Hashable, Sendable {
        /// Show the week view's private reflections.
        case showReflections
        /// Search private reflections too.
        case searchReflections
        /// Save a change to the journal (a ritual mark, a pause, a retirement).
        case edit(JournalEdit)
        /// Settle a merge conflict by keeping one machine's value.
        case resolve(FieldConflict, ConflictSide)
    }
}

extension Keymap {
    /// A question waiting for yes or no.
    public static let question = Keymap(title: "Question", bindings: [
        KeyBinding([.character("y"), .character("Y")], .confirm, hint: "yes", summary: "Yes"),
        KeyBinding([.character("n"), .character("N"), .escape], .back, hint: "no", summary: "No: nothing changes"),
        KeyBinding([.function(1)], .help),
    ])
}

/// The question's lines, wrapped, on the last rows of the area above the status bar.
struct QuestionView {
    let question: Question

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        let lines = (question.text + " (y yes, n no)").wrapped(toWidth: max(1, rect.width - 2))
        let height = min(rect.height, lines.count + 1)
        guard height > 0 else { return }
        let box = Rect(x: rect.x, y: rect.maxY - height, width: rect.width, height: height)
        buffer.fill(box)
        buffer.put(String(repeating: "─", count: rect.width), x: box.x, y: box.y, style: .warning)
        for (row, line) in lines.suffix(height - 1).enumerated() {
            buffer.put(line, x: box.x + 1, y: box.y + 1 + row, style: .warning)
        }
    }
}

extension AppState {
    /// The next key after a question: yes does what was asked, no (or Esc) leaves things as they were.
    mutating func answer(_ question: Question, with key: Key) -> [Effect] {
        switch Keymap.question.action(for: key) {
        case .confirm?:
            self.question = nil
            return perform(question.onYes)
        case .back?:
            self.question = nil
            message = Message(question.onNo)
        case .help?:
            showingHelp = true
        default:
            message = Message("Press y for yes or n for no", isError: true)
        }
        return []
    }

    private mutating func perform(_ answer: Question.Answer) -> [Effect] {
        switch answer {
        case .showReflections: showReflections()
        case .searchReflections: searchReflections()
        case .edit(let edit):
            message = Message("Saving…")
            return [.edit(edit)]
        case .resolve(let conflict, let side):
            message = Message("Saving…")
            return [.resolveConflict(conflict, keeping: side)]
        }
        return []
    }
}
