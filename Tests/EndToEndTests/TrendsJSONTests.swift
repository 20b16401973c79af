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
        // The insights look at the four weeks asked for, like the charts (it was always 26).
        #expect(text.contains(#""insightWeeks":4,"insights":["#))
    }

    /// Four weeks with a ritual marked twice, a sign ticked three times and moments given.
    static func coupleJournal() -> Journal {
        let zoe = Partner(id: "zoe", name: "Zoë", primaryLanguage: .words)
        let misaki = Partner(id: "misaki", name: "美咲", primaryLanguage: .time, secondaryLanguage: .touch)
        let walk = Ritual(id: "walk", name: "Walk", cadence: .weekly(on: .sunday), since: week.adding(weeks: -3))
        let gift = { (language: LoveLanguage) in Moment(from: "zoe", to: "misaki", language: language, text: "for you") }
        return Journal(profile: Profile(partners: [zoe, misaki]), checkIns: [
            CheckIn(week: week.adding(weeks: -3), partner: "zoe", warningSigns: [.lessAffection],
                    rituals: [RitualMark(ritual: "walk", status: .kept)], moments: [gift(.time), gift(.gifts)]),
            CheckIn(week: week.adding(weeks: -2), partner: "misaki", warningSigns: [.lessAffection],
                    rituals: [RitualMark(ritual: "walk", status: .skipped, reason: "rain")]),
            CheckIn(week: week, partner: "zoe", warningSigns: [.lessAffection, .aloneTogether], moments: [gift(.gifts)]),
        ], rituals: [walk])
    }

    @Test func ritualsSignsAndLoveLanguagesCarryTheirNumbers() throws {
        let selection = try TrendsQuery(weeks: 4).select(in: Self.coupleJournal(), today: Self.week.date(on: .friday))
        let text = TrendsJSON(selection: selection).json.rendered()
        // Kept (5/8), skipped with a reason (x 15/16), then a week with no check-in and one where Zoë
        // checked in without marking it: both unchanged, and neither counted as marked.
        #expect(text.contains(#""rituals":[{"id":"walk","name":"Walk","cadence":"weekly sunday","status":"active","#
            + #""strength":0.5859,"values":[0.625,0.5859,0.5859,0.5859],"due":4,"marked":2,"kept":1}]"#))
        #expect(text.contains(#""signs":[{"id":"less-affection","name":"Less affection or touch than usual","weeks":3,"#
            + #""window":4,"partners":["zoe","misaki"],"lastSeen":"2026-W47"},{"id":"alone-together","#))
        #expect(text.contains(#""loveLanguages":[{"giver":"zoe","receiver":"misaki","#
            + #""given":{"words":0,"service":0,"gifts":2,"time":1,"touch":0},"total":3,"preferred":["time","touch"],"#
            + #""preferredShare":0.3333},{"giver":"misaki","receiver":"zoe","#))
        #expect(text.contains(#""total":0,"preferred":["words"],"preferredShare":null}]"#))
    }

    @Test func asciiEscapesNamesAndOnePartnerIsShownAlone() throws {
        let text = try Self.json(TrendsQuery(weeks: 2, type: "emotional", partner: "misaki"), asciiOnly: true)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains(#""partners":[{"id":"misaki","name":"\u7f8e\u54b2"}]"#))
        #expect(text.contains(#""shown":{"values":[null,3],"latest":3,"mean":3,"slopePerWeek":null,"points":1}"#))
    }
}
