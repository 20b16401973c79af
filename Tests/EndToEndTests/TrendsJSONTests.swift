import HearthDomain
import HearthUI
import Testing
@testable import hearth

/// `hearth trends --json` built from a known journal: the numbers a script would read.
struct TrendsJSONTests {
    static let week = Week(year: 2026, number: 47) ?? Week(containing: CivilDate(daysSinceEpoch: 0))

    static func journal() -> Journal {
        let zoe = Partner(id: "zoe", name: "Zoë"), misaki = Partner(id: "misaki", name: "美咲")
        func checkIn(_ weeksBack: Int, _ partner: String, _ emotional: Int) -> CheckIn {
            CheckIn(week: week.adding(weeks: -weeksBack), partner: partner, ratings: ["emotional": .score(emotional)])
        }
        return Journal(profile: Profile(partners: [zoe, misaki]), checkIns: [
            checkIn(3, "zoe", 4), checkIn(3, "misaki", 2), checkIn(1, "zoe", 3), checkIn(0, "zoe", 2), checkIn(0, "misaki", 3),
        ])
    }

    static func json(_ query: TrendsQuery, asciiOnly: Bool = false) throws -> String {
        let selection = try query.select(in: journal(), today: week.date(on: .friday))
        let text = TrendsJSON(selection: selection).json.rendered()
        return asciiOnly ? TrendsJSON.escapingNonASCII(text) : text
    }

    @Test func seriesHaveNullsForGapsAndTheNumbersBesideThem() throws {
        let text = try Self.json(TrendsQuery(weeks: 4, type: "emotional"))
        #expect(text.hasPrefix(#"{"range":{"first":"2026-W44","last":"2026-W47","weeks":4},"partners":[{"id":"zoe","name":"Zoë"},{"id":"misaki","name":"美咲"}],"types":[{"id":"emotional","name":"Emotional","partners":["#))
        #expect(text.contains(#"{"partner":"zoe","values":[4,null,3,2],"latest":2,"mean":3,"slopePerWeek":-0.6429,"points":3}"#))
        #expect(text.contains(#"{"partner":"misaki","values":[2,null,null,3],"latest":3,"mean":2.5,"slopePerWeek":0.3333,"points":2}"#))
        #expect(text.contains(#""couple":{"values":[3,null,3,2.5],"latest":2.5,"mean":2.8333,"#))
        // Compared on the two weeks both rated: Zoë 4 and 2, 美咲 2 and 3, too few weeks for a gap (3 needed).
        #expect(text.contains(#""gap":null"#))
        #expect(text.contains(#""insightWeeks":26,"insights":["#))
    }

    @Test func asciiEscapesNamesAndOnePartnerIsShownAlone() throws {
        let text = try Self.json(TrendsQuery(weeks: 2, type: "emotional", partner: "misaki"), asciiOnly: true)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains(#""partners":[{"id":"misaki","name":"\u7f8e\u54b2"}]"#))
        #expect(text.contains(#""shown":{"values":[null,3],"latest":3,"mean":3,"slopePerWeek":null,"points":1}"#))
    }
}
