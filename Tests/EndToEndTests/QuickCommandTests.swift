import ArgumentParser
import HearthDomain
import Testing
@testable import hearth

/// The quick path for the common reading forms (QuickCommand) against ArgumentParser: whatever it reads, the
/// parser must read the same command with the same values; what it leaves, the parser reads as before.
struct QuickCommandTests {
    /// What the parser reads from `arguments`, as the quick path gives it: every value of the command.
    static func parsed(_ arguments: [String]) -> QuickCommand.Run? {
        switch try? Hearth.parseAsRoot(arguments) {
        case let command as UICommand: .ui(command.values)
        case let command as ListCommand: .list(command.values)
        case let command as SearchCommand: .search(command.values)
        case let command as ShowCommand: .show(command.values)
        case let command as TrendsCommand: .trends(command.values)
        default: nil
        }
    }

    @Test(arguments: [
        [], ["--dir", "/j"], ["ui", "--ascii"], ["list"], ["list", "--dir", "/j", "--json"], ["list", "--partner", "Zoë", "--identity", "k"],
        ["search", "walk"], ["search", "long", "walk", "--dir", "/j"], ["search", "--private", "café", "--json", "--partner", "zoe"],
        ["search", "a", "--identity", "k", "b", "--dir", "/j", "c"], ["search", "--json", "walk"], ["search", ""],
        ["show", "2026-W47"], ["show", "last", "--private", "--dir", "/j"], ["trends"], ["trends", "--type", "emotional", "--ascii"],
    ])
    func theCommonFormsTakeTheQuickPathAndReadAsTheParserDoes(arguments: [String]) throws {
        let quick = try #require(QuickCommand.parse(arguments))
        #expect(quick == Self.parsed(arguments))
    }

    @Test(arguments: [
        ["--help"], ["list", "--help"], ["list", "-h"], ["list", "--dir=/j"], ["list", "--dir"], ["list", "--dir", "-x"],
        ["list", "--dir", "a", "--dir", "b"], ["list", "--below", "emotional=3"], ["list", "--passphrase-file", "zoe=f"],
        ["list", "extra"], ["search"], ["search", "--", "-walk"], ["search", "walk", "--passphrase-file", "zoe=f"],
        ["search", "walk", "--private", "--private"], ["search", "walk", "--partner"], ["search", "--help"], ["show"], ["show", "a", "b"],
        ["trends", "--weeks", "8"],
        ["trends", "--width", "100"], ["walk"], ["help", "list"], ["doctor"], ["list", "--json", "--json"], ["--version"],
    ])
    func everythingElseIsLeftToTheParser(arguments: [String]) {
        #expect(QuickCommand.parse(arguments) == nil)
    }

    /// Random words from every command's vocabulary, near misses included: the quick path may decline any of
    /// them, but what it reads must be what the parser reads.
    @Test func randomWordsReadAlikeBothWays() {
        let vocabulary = ["list", "search", "show", "trends", "ui", "help", "doctor", "--dir", "--identity", "--partner", "--json",
                          "--private", "--ascii", "--type", "--below", "--weeks", "--passphrase-file", "--", "-", "-h", "--help",
                          "walk", "café", "2026-W47", "this", "/tmp/j", "zoe", "emotional=3", "8", "-3", "--dir=/j", "--JSON", ""]
        var random = SplitMix64(seed: 15)
        var quick = 0
        for _ in 0..<4_000 {
            let arguments = (0..<Int.random(in: 0..<6, using: &random)).map { _ in vocabulary.randomElement(using: &random) ?? "" }
            guard let command = QuickCommand.parse(arguments) else { continue }
            quick += 1
            #expect(command == Self.parsed(arguments), "\(arguments)")
        }
        // Enough of them take the quick path for the comparison to mean something.
        #expect(quick > 200)
    }

    /// `search` takes several words and any options between them, so few random lists above read as one: these
    /// all start with it, its options and their near misses mixed in.
    @Test func randomSearchesReadAlikeBothWays() {
        let vocabulary = ["--dir", "--identity", "--partner", "--json", "--private", "--passphrase-file", "--ascii", "--", "-",
                          "-h", "walk", "café", "Zoë", "/tmp/j", "zoe=f", "-3", "--private=1", "--Json", "search", "list", ""]
        var random = SplitMix64(seed: 16)
        var quick = 0
        for _ in 0..<2_000 {
            let words = (0..<Int.random(in: 0..<7, using: &random)).map { _ in vocabulary.randomElement(using: &random) ?? "" }
            guard let command = QuickCommand.parse(["search"] + words) else { continue }
            guard case .search = command else {
                Issue.record("search \(words) read as \(command)")
                continue
            }
            quick += 1
            #expect(command == Self.parsed(["search"] + words), "\(words)")
        }
        #expect(quick > 200)
    }
}
