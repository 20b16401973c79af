import HearthDomain
import Testing
@testable import HearthStore

/// agenda.md as a couple edits it.
@Suite(.scratchFolders)
struct AgendaFileTests {
    @Test func twoQuestionsWithOneIdAreRejectedWithWhereTheFirstIs() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("""
            ---
            hearth: 1
            steps:
              - kind: question
                id: money
                title: "Money"
                prompt: "Anything about money?"
              - kind: ratings
                title: "Closeness"
                prompt: "Rate each."
              - kind: question
                id: money
                title: "Savings"
                prompt: "And savings?"
            ---

            """, to: "agenda.md", in: store)
        let result = store.load()
        let problem = try #require(result.problems.first { $0.path == "agenda.md" })
        #expect(problem.line == 12)
        #expect(problem.column == 9)
        #expect(problem.message == "the question id `money` is used twice (first on line 5)")
        #expect(problem.description.hasPrefix("agenda.md:12:9: the question id `money` is used twice"))
    }

    @Test func distinctIdsLoadInTheOrderWritten() throws {
        let store = try Fixtures.initializedStore()
        try Fixtures.write("""
            ---
            hearth: 1
            steps:
              - kind: question
                id: money
                title: "Money"
                prompt: "Anything about money?"
              - kind: question
                id: savings
                title: "Savings"
                prompt: "And savings?"
            ---

            """, to: "agenda.md", in: store)
        let result = store.load()
        #expect(result.problems.isEmpty)
        #expect(result.journal?.agenda.steps.map(\.id) == ["money", "savings"])
    }
}
