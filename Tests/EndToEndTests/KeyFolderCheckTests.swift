import Testing
@testable import hearth

/// Issue 12: what doctor says about the keys/ folder of an encrypted journal, on file listings alone.
struct KeyFolderCheckTests {
    static let pub: [UInt8] = Array("age1...\n".utf8)

    @Test func aWholeKeyFolderHasNoProblem() {
        let files = ["zoe.age": [1], "zoe.pub": Self.pub, "misaki.age": [1], "misaki.pub": Self.pub]
        #expect(KeyFolderCheck.problems(files: files, partners: ["zoe", "misaki"]).isEmpty)
        // A plain journal (no public key) has nothing to check.
        #expect(KeyFolderCheck.problems(files: ["zoe.age": [1]], partners: ["zoe", "misaki"]).isEmpty)
    }

    @Test func eachMissingHalfAndAStoppedRotationIsNamed() {
        let files = ["zoe.pub": Self.pub, "misaki.age": [1], "misaki.next.age": [1], "misaki.pub": Self.pub]
        let problems = KeyFolderCheck.problems(files: files, partners: ["zoe", "misaki", "sam"])
        #expect(problems.map(\.path) == ["keys/zoe.age", "keys/misaki.next.age", "keys/sam.pub"])
        #expect(problems.last?.hint == "run `hearth key add-partner --partner sam`")
        #expect(problems[1].hint.contains("hearth key rotate --partner misaki"))
    }
}
