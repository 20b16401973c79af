import HearthDomain
import HearthUI
import Testing

/// The private reflection step promises no more than Hearth keeps: hidden on screen, plain text on disk.
struct ReflectionWordingTests {
    /// The check-in at its reflection step, over a journal whose agenda.md still has an older, bolder prompt.
    static func atReflection(_ size: Size) -> AppState {
        var journal = Fixtures.journal()
        for index in journal.agenda.steps.indices where journal.agenda.steps[index].kind == .reflection {
            journal.agenda.steps[index].prompt = "Only for you, optional: did you feel connected?"
        }
        var state = Fixtures.state(journal)
        _ = state.update(.resize(size))
        press(&state, .character("c"), .enter)
        while !state.render(size: size).text.contains("Private reflection"), state.render(size: size).text.contains(" of ") {
            press(&state, .pageDown)
        }
        return state
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func theStepSaysTheReflectionIsHiddenOnScreenButNotEncrypted(_ size: Size) {
        let text = Self.atReflection(size).render(size: size).text
        let flat = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(flat.contains("Hidden on screen until someone asks to see it, but saved unencrypted"), "\(text)")
        #expect(flat.contains("anyone who opens the files can read it"), "\(text)")
        #expect(!text.contains("Just for me"))
    }

    @Test func theBuiltInPromptNoLongerSaysOnlyForYou() throws {
        let step = try #require(Agenda.standard.steps.first { $0.kind == .reflection })
        #expect(!step.prompt.localizedCaseInsensitiveContains("only for you"))
    }
}
