import HearthDomain
@testable import HearthStore

/// Values to bytes and back for merge tests, and what doctor says about merged bytes.
enum MergeFixtures {
    static func decode<Value>(_ bytes: [UInt8], _ decode: (Document) throws(SyntaxError) -> Value) throws -> Value {
        try bytes.withUnsafeBufferPointer { buffer in try decode(try Document(buffer)) }
    }

    static func rituals(_ rituals: [Ritual], preserved: PreservedContent = PreservedContent()) -> [UInt8] {
        RitualsFile.encode(RitualsFile.Contents(rituals: rituals, preserved: preserved))
    }

    static func rituals(_ bytes: [UInt8]) throws -> [Ritual] { try decode(bytes, RitualsFile.decode).rituals }

    static func moments(_ moments: [Moment]) -> [UInt8] {
        MomentsFile.encode(MomentsFile.Contents(week: Fixtures.week, partner: "alex", moments: moments, preserved: PreservedContent()))
    }

    /// The check-in a merged file holds, with the conflicts entry it may carry left out.
    static func checkIn(_ bytes: [UInt8]) throws -> CheckIn {
        var checkIn = try decode(bytes) { document throws(SyntaxError) in try CheckInFile.decode(document) }
        checkIn.preserved.frontMatter.removeAll { $0.key == "conflicts" }
        return checkIn
    }

    /// What `hearth doctor` lists for the conflicts in a file.
    static func doctor(_ bytes: [UInt8], path: String) throws -> [StoreProblem] {
        try decode(bytes) { document throws(SyntaxError) in try Store.conflictProblems(in: document, path: path) }
    }

    static func merge(_ path: String, _ base: [UInt8]?, _ ours: [UInt8], _ theirs: [UInt8]) -> JournalMergeResult {
        JournalMerge.merge(relativePath: path, base: base, ours: ours, theirs: theirs)
    }
}
