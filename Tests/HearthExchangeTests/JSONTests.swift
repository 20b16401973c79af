import HearthDomain
import Testing
@testable import HearthExchange

@Suite("JSON: the writer every --json and the export share")
struct JSONTests {
    @Test("strings escape quotes, backslashes and control characters; other text stays as written", arguments: [
        ("plain", #""plain""#),
        ("say \"hi\"", #""say \"hi\"""#),
        ("back\\slash", #""back\\slash""#),
        ("line\nnext\r\ttab", #""line\nnext\r\ttab""#),
        ("\u{01}\u{1F}", #""\u0001\u001f""#),
        ("Zoë 美咲 🎉", "\"Zoë 美咲 🎉\""),
    ])
    func strings(_ text: String, _ expected: String) {
        #expect(JSON.string(text).rendered() == expected)
    }

    @Test("measured numbers: whole values as integers, others to four decimals, no NaN", arguments: [
        (3.0, "3"), (-2.0, "-2"), (3.14159, "3.1416"), (0.5, "0.5"), (Double.nan, "null"), (Double.infinity, "null"),
    ])
    func decimals(_ value: Double, _ expected: String) {
        #expect(JSON.decimal(value).rendered() == expected)
    }

    @Test func objectsKeepTheirKeyOrder() {
        let value = JSON.object([("z", .number(1)), ("a", .array([.null, .bool(true), .bool(false)])), ("m", .object([]))])
        #expect(value.rendered() == #"{"z":1,"a":[null,true,false],"m":{}}"#)
    }

    @Test func checkInLeavesThePrivateReflectionOutUnlessAsked() throws {
        let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë")])
        let week = try #require(Week(year: 2026, number: 47))
        let checkIn = CheckIn(week: week, partner: "zoe", ratings: ["emotional": .score(4), "physical": .skipped],
                              reflection: "only mine")
        let shared = checkIn.json(profile: profile, includePrivate: false).rendered()
        #expect(!shared.contains("only mine"))
        #expect(shared.contains(#""ratings":{"emotional":4,"physical":"skipped"}"#))
        #expect(checkIn.json(profile: profile, includePrivate: true).rendered().hasSuffix(#""private_reflection":"only mine"}"#))
    }
}
