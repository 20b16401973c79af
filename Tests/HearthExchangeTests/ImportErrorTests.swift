import Foundation
import HearthDomain
import Testing
@testable import HearthExchange

@Suite("Import refuses bad input, naming the place in the JSON")
struct ImportErrorTests {
    static let week = Week(year: 2026, number: 47) ?? Week(containing: CivilDate(daysSinceEpoch: 0))
    static let journal = Journal(
        profile: Profile(partners: [Partner(id: "zoe", name: "Zoë"), Partner(id: "sam", name: "Sam")]),
        checkIns: [CheckIn(week: week, partner: "zoe", ratings: ["emotional": .score(4)], deviceFreeMinutes: 30,
                           moments: [Moment(from: "zoe", to: "sam", language: .time, text: "a walk")])],
        rituals: [Ritual(id: "walk", name: "Walk", cadence: .weekly(on: .sunday), since: week)],
        moments: [Moment(date: CivilDate(year: 2026, month: 11, day: 18), from: "sam", to: "zoe", language: .gifts, text: "tea")])
    static let good = JournalJSON.text(journal, includePrivate: true)

    @Test func theUnchangedExportReads() throws {
        #expect(try JournalReader.read(Array(Self.good.utf8)).journal == Self.journal)
    }

    @Test("each kind of mistake is named by its path", arguments: [
        (#""emotional":4"#, #""emotional":9"#, "checkins[0].ratings.emotional: 9 is not 1-5"),
        (#""emotional":4"#, #""emotional":"lots""#, "checkins[0].ratings.emotional: expected 1-5 or \"skipped\""),
        (#""emotional":4"#, #""closeness":4"#, "checkins[0].ratings.closeness: 'closeness' is not an intimacy type"),
        (#""week":"2026-W47","partner":"zoe""#, #""week":"2026-W47","partner":"kim""#, "checkins[0].partner: 'kim' is not a partner"),
        (#""week":"2026-W47""#, #""week":"2026-W60""#, "checkins[0].week: '2026-W60' is not an ISO week"),
        (#""device_free_minutes":30"#, #""device_free_minutes":-5"#, "checkins[0].device_free_minutes: -5 is not a number of minutes"),
        (#""device_free_minutes":30"#, #""device_free_minutes":"30""#, "checkins[0].device_free_minutes: expected a whole number"),
        (#""language":"time""#, #""language":"hugs""#, "checkins[0].moments[0].language: 'hugs' is not a love language"),
        (#""cadence":"weekly sunday""#, #""cadence":"fortnightly""#, "rituals[0].cadence: 'fortnightly' is not a cadence"),
        (#""status":"active""#, #""status":"maybe""#, "rituals[0].status: 'maybe' is not a ritual status"),
        (#""id":"walk""#, #""id":"Walk Now""#, "rituals[0].id: 'Walk Now' is not a ritual id"),
        (#""date":"2026-11-18""#, #""date":null"#, "moments[0]: a moment logged outside a check-in needs a date"),
        (#""date":"2026-11-18""#, #""date":"18/11/2026""#, "moments[0].date: '18/11/2026' is not a date"),
        (#""id":"zoe""#, #""id":"Zoë""#, "profile.partners[0].id: 'Zoë' is not a partner id"),
        (#""id":"sam""#, #""id":"zoe""#, "profile.partners[1].id: 'zoe' is used twice"),
        (#""version":1"#, #""version":2"#, "version: version 2 is not one this Hearth reads"),
        (#""format":"hearth-journal""#, #""format":"diary""#, "format: 'diary' is not a Hearth journal export"),
        (#""intention":"""#, #""intention":"","mood":"fine""#, "checkins[0].mood: not a field Hearth knows here"),
        (#""profile":"#, #""profil":"#, "profil: not a field Hearth knows here"),
        (#""how_we_are_doing":"""#, #""how_we_are_doing":["a"]"#, "checkins[0].how_we_are_doing: expected a string, found an array"),
        (#""feeds":[]"#, #""feeds":"emotional""#, "rituals[0].feeds: expected an array, found the string"),
    ])
    func badValue(_ find: String, _ replacement: String, _ expected: String) throws {
        #expect(Self.good.contains(find), "the fixture holds \(find)")
        let bad = Self.good.replacingFirst(find, with: replacement)
        #expect(throws: ImportFailure.self) { try JournalReader.read(Array(bad.utf8)) }
        do {
            _ = try JournalReader.read(Array(bad.utf8))
        } catch {
            #expect(error.description.hasPrefix(expected), "\(error.description)")
        }
    }

    @Test func aMissingFieldIsNamed() {
        let bad = Self.good.replacingFirst(#""partner":"zoe","#, with: "")
        #expect(throws: ImportFailure(path: "checkins[0]", message: "\"partner\" is missing")) { try JournalReader.read(Array(bad.utf8)) }
    }

    @Test func aSecondCheckInForTheSameWeekIsRefused() throws {
        var journal = Self.journal
        journal.checkIns.append(journal.checkIns[0])
        let text = JournalJSON.text(journal, includePrivate: true)
        #expect(throws: ImportFailure(path: "checkins[1]", message: "a second check-in for zoe in 2026-W47")) {
            try JournalReader.read(Array(text.utf8))
        }
    }

    @Test("text that is not JSON says where", arguments: [
        ("{\"format\": \"hearth-journal\",\n  \"version\": 1,,}", "not JSON: line 2, column 16: expected a member name in quotes"),
        ("", "not JSON: line 1, column 1: the text ends where a value should be"),
        ("[1, 2] extra", "not JSON: line 1, column 8: more text after the end of the JSON value"),
        ("{\"a\": \"unclosed", "not JSON: line 1, column 16: a string is not closed"),
        ("{\"a\": 1, \"a\": 2}", "not JSON: line 1, column 10: the member \"a\" appears twice"),
        ("[\"\\ud800\"]", "not JSON: line 1, column 9: a lone high surrogate"),
        ("[01]", "not JSON: line 1, column 2: numbers do not start with 0"),
        ("[]", ": expected an object, found an array"),
    ])
    func notJSON(_ text: String, _ expected: String) {
        do {
            _ = try JournalReader.read(Array(text.utf8))
            Issue.record("read \(text.debugDescription) without complaint")
        } catch {
            #expect(error.description.hasPrefix(expected.hasPrefix(":") ? String(expected.dropFirst(2)) : expected), "\(error.description)")
        }
    }

    @Test func readerKeepsEscapesAndNumbersApart() throws {
        let value = try JSONReader.parse(Array(#"{"s":"a\"\\\/\b\f\n\r\t\u00e9\ud83c\udf89","n":-12,"d":1.5,"e":2e3}"#.utf8))
        #expect(value.rendered() == JSON.object([("s", .string("a\"\\/\u{08}\u{0C}\n\r\té🎉")), ("n", .number(-12)),
                                                 ("d", .decimal(1.5)), ("e", .decimal(2000))]).rendered())
    }
}

extension String {
    func replacingFirst(_ find: String, with replacement: String) -> String {
        guard let range = range(of: find) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
