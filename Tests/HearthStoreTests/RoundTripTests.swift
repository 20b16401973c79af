import HearthDomain
import Testing
@testable import HearthStore

@Suite("Round trips: what is written reads back equal", .scratchFolders)
struct RoundTripTests {
    @Test func everyCheckInFieldReadsBackEqual() throws {
        let bytes = Store.encode(Fixtures.fullCheckIn)
        let read = try Store.parseCheckIn(bytes)
        #expect(read == Fixtures.fullCheckIn)
        // Writing again gives the same bytes, so saving an unchanged check-in changes nothing in git.
        #expect(Store.encode(read) == bytes)
    }

    @Test("prose and list items round-trip", arguments: [
        "## looks like a heading", "\\## already escaped", "\\\\## two backslashes", "##", "### a sub-heading stays text",
        "a\n\n\nb", "  leading spaces", "trailing spaces  ", "- looks like a list\n* and more", "tab\there",
        "line\u{2028}separator", "emoji 🎉 and 美咲", "\\", "a\\nb", "first\n  indented\n\n    more", "---\nhearth: 2\n---",
    ])
    func proseRoundTrips(_ text: String) throws {
        let checkIn = CheckIn(week: Fixtures.week, partner: "alex", appreciations: [text, "", text], howWeAreDoing: text,
                              moreOf: text, notes: text)
        #expect(try Store.parseCheckIn(Store.encode(checkIn)) == checkIn)
    }

    @Test func emptyCheckInReadsBackEqual() throws {
        let empty = CheckIn(week: Week(year: 2020, number: 53)!, partner: "sam")
        #expect(try Store.parseCheckIn(Store.encode(empty)) == empty)
    }

    @Test func wholeStoreReadsBackEqual() throws {
        let store = try Fixtures.initializedStore()
        try store.save(Fixtures.fullCheckIn, profile: Fixtures.profile, expected: nil)
        var samWeek = CheckIn(week: Fixtures.week, partner: "sam", ratings: ["emotional": .score(5)])
        samWeek.appreciations = ["Dinner"]
        try store.save(samWeek, profile: Fixtures.profile, expected: nil)
        let earlier = CheckIn(week: Fixtures.week.previous, partner: "mi", intention: "Rest")
        try store.save(earlier, profile: Fixtures.profile, expected: nil)
        let moments = [Moment(date: CivilDate(year: 2026, month: 11, day: 20), from: "sam", to: "alex", language: .gifts, text: "Flowers")]
        try store.saveMoments(moments, week: Fixtures.week, partner: "sam", profile: Fixtures.profile, expected: nil)

        let result = store.load()
        #expect(result.problems.isEmpty)
        let journal = try #require(result.journal)
        #expect(journal.profile == Fixtures.profile)
        #expect(journal.rituals == Fixtures.rituals)
        #expect(journal.agenda == Agenda.standard)
        #expect(journal.checkIns == [earlier, Fixtures.fullCheckIn, samWeek])
        #expect(journal.moments == moments)
    }

    @Test func customAgendaReadsBackEqual() throws {
        let store = try Fixtures.initializedStore()
        let loaded = store.load()
        var agenda = Agenda.standard
        agenda.steps.removeFirst()
        agenda.steps.append(AgendaStep(kind: .question, title: "Money", prompt: "Anything about money: \"big\" or small?", id: "money-talk"))
        try store.saveAgenda(agenda, expected: loaded.revision(ofPath: "agenda.md"))
        #expect(store.load().journal?.agenda == agenda)
    }

    @Test func handEditedFileWithCommentsReorderedKeysCRLFAndBOMReads() throws {
        let text = """
            \u{FEFF}---
            # Alex's check-in, typed by hand
            "partner":	alex   # me
            hearth: 1
            week: 2026-w47

            ratings:
                physical: skipped
                emotional: 4  # better than last week
            warning_signs:
            - less-affection
            - 'alone-together'
            rituals:
              -   ritual: date-night
                  status: kept
            moments:
              - from: alex
                to: sam
                language: service
                text: 'It''s done'
                date: 2026-11-18
            intention_review: ~
            ---
            # Week 47

            ## notes
            Plain text.

            ## Appreciations
            * The coffee
              every day
            - The talk
            """
        let crlf = Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let read = try Store.parseCheckIn(crlf)
        #expect(read.week == Fixtures.week)
        #expect(read.partner == "alex")
        #expect(read.ratings == ["emotional": .score(4), "physical": .skipped])
        #expect(read.warningSigns == [.lessAffection, .aloneTogether])
        #expect(read.rituals == [RitualMark(ritual: "date-night", status: .kept)])
        #expect(read.moments == [Moment(date: CivilDate(year: 2026, month: 11, day: 18), from: "alex", to: "sam",
                                        language: .service, text: "It's done")])
        #expect(read.lastIntentionReview == nil)
        #expect(read.notes == "Plain text.")
        #expect(read.appreciations == ["The coffee\nevery day", "The talk"])
        #expect(read.preserved.sections == [RawEntry(key: "", text: "# Week 47")])
    }
}
