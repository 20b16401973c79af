import Testing
@testable import HearthDomain

@Suite("Trend report: series per type and partner, gaps, partner gap, signs, love languages")
struct TrendReportTests {
    private func report(_ journal: Journal, weeks: Int, last: Int, signWindow: Int = 6) -> TrendReport {
        TrendReport(journal: journal, lastWeeks: weeks, endingAt: Fixture.week(last), signWindow: signWindow)
    }

    @Test func missedWeeksAndSkippedRatingsAreGapsNotZeros() throws {
        let journal = Journal(profile: Fixture.profile, checkIns: [
            Fixture.checkIn("alex", 1, 4, minutes: 120),
            Fixture.checkIn("sam", 1, ratings: ["emotional": .score(2), "physical": .skipped], minutes: 60),
            Fixture.checkIn("alex", 3, 5),
        ])
        let report = report(journal, weeks: 4, last: 4)
        let emotional = try #require(report.trend(for: "emotional"))
        #expect(emotional.series(for: "alex")?.values == [4, nil, 5, nil])
        #expect(emotional.series(for: "sam")?.values == [2, nil, nil, nil])
        #expect(emotional.couple.values == [3, nil, 5, nil])
        #expect(emotional.spread.values == [2, nil, nil, nil])
        #expect(report.trend(for: "physical")?.series(for: "sam")?.values == [nil, nil, nil, nil])
        #expect(report.checkIns == [2, 0, 1, 0])
        #expect(report.deviceFreeMinutes.values == [90, nil, nil, nil])
        #expect(report.types.map(\.type.id) == IntimacyType.core.map(\.id))
    }

    @Test func extraDimensionsAreChartedLikeTheFive() throws {
        let sexual = IntimacyType(id: "sexual", name: "Sexual")
        let profile = Profile(partners: [Fixture.alex, Fixture.sam], extraTypes: [sexual])
        let journal = Fixture.journal(type: "sexual", alex: [3, 4], sam: [5, nil], profile: profile)
        let report = report(journal, weeks: 2, last: 2)
        #expect(report.types.map(\.type.id).last == "sexual")
        let trend = try #require(report.trend(for: "sexual"))
        #expect(trend.couple.values == [4, 4])
        #expect(trend.couple.trend()?.slopePerWeek == 0)
    }

    @Test func aCheckInIn2026W53LandsInItsOwnSlot() throws {
        let last = try #require(Week("2027-W01"))
        let w53 = try #require(Week("2026-W53"))
        let journal = Journal(profile: Fixture.profile, checkIns: [
            CheckIn(week: w53, partner: "alex", ratings: ["emotional": .score(2)]),
            CheckIn(week: last, partner: "alex", ratings: ["emotional": .score(4)]),
        ])
        let report = TrendReport(journal: journal, lastWeeks: 3, endingAt: last)
        #expect(report.trend(for: "emotional")?.series(for: "alex")?.values == [nil, 2, 4])
        #expect(report.trend(for: "emotional")?.couple.trend()?.slopePerWeek == 2)
    }

    /// Sam goes quiet for three months (weeks 5-16) while Alex keeps rating.
    @Test func aPartnerWhoSkippedMonths() throws {
        let alex: [Int?] = Array(repeating: 4, count: 20)
        let sam: [Int?] = Array(repeating: 2, count: 4) + Array(repeating: nil, count: 12) + Array(repeating: 2, count: 4)
        let report = report(Fixture.journal(alex: alex, sam: sam), weeks: 20, last: 20)
        let trend = try #require(report.trend(for: "emotional"))
        let samSeries = try #require(trend.series(for: "sam"))
        #expect(samSeries.presentCount == 8)
        #expect(samSeries.trend() == LinearTrend(slopePerWeek: 0, intercept: 2, points: 8))
        #expect(samSeries.rollingMean(window: 4).values[8] == nil)
        #expect(samSeries.rollingMean(window: 4).values[4] == 2)
        #expect(trend.couple.values[0] == 3 && trend.couple.values[10] == 4)
        let gap = try #require(trend.partnerGap(lastWeeks: 20))
        #expect(gap.higher == "alex" && gap.lower == "sam")
        #expect(gap.difference == 2 && gap.weeks == 8)
        // Over the last 6 weeks the two share only 4 weeks; asking for 5 gives nothing.
        #expect(trend.partnerGap(lastWeeks: 6, minimumWeeks: 5) == nil)
        #expect(trend.partnerGap(lastWeeks: 6)?.weeks == 4)
    }

    @Test func partnerGapComparesSharedWeeksOnly() throws {
        // Week 1 only Alex (5) rated: it must not lift Alex's average.
        let report = report(Fixture.journal(alex: [5, 3, 3, 3], sam: [nil, 4, 5, 3]), weeks: 4, last: 4)
        let gap = try #require(report.trend(for: "emotional")?.partnerGap(lastWeeks: 4))
        #expect(gap.higher == "sam" && gap.higherMean == 4 && gap.lowerMean == 3 && gap.weeks == 3)
    }

    @Test("signs: n of the last m weeks", arguments: [
        (6, [("emotional-disconnection", 3), ("less-affection", 1), ("alone-together", 1)]),
        (4, [("emotional-disconnection", 2), ("alone-together", 1)]),
        (1, [("emotional-disconnection", 1)]),
    ])
    func signRecurrence(window: Int, expected: [(String, Int)]) {
        let journal = Journal(profile: Fixture.profile, checkIns: [
            Fixture.checkIn("alex", 1, signs: [.emotionalDisconnection]),
            Fixture.checkIn("sam", 1, signs: [.emotionalDisconnection, .lessAffection]),
            Fixture.checkIn("alex", 3, signs: [.emotionalDisconnection]),
            Fixture.checkIn("sam", 4, signs: [.aloneTogether]),
            Fixture.checkIn("sam", 6, signs: [.emotionalDisconnection]),
        ])
        let signs = report(journal, weeks: 10, last: 6, signWindow: window).signs
        #expect(signs.map(\.sign.rawValue) == expected.map(\.0))
        #expect(signs.map(\.weeks) == expected.map(\.1))
        #expect(signs.allSatisfy { $0.window == window })
        #expect(signs.first?.lastSeen == Fixture.week(6))
        if window == 6 { #expect(signs.first?.partners == ["alex", "sam"]) }
    }

    @Test func loveLanguageBalance() throws {
        let aToB = { (language: LoveLanguage) in Moment(from: "alex", to: "sam", language: language, text: "") }
        let journal = Journal(
            profile: Fixture.profile,
            checkIns: [
                Fixture.checkIn("alex", 2, moments: [aToB(.service), aToB(.words)]),
                Fixture.checkIn("sam", 2, moments: [Moment(from: "sam", to: "alex", language: .words, text: ""), aToB(.touch)]),
                Fixture.checkIn("sam", 9, moments: [aToB(.gifts)]), // outside the range
            ],
            moments: [
                Moment(date: Fixture.week(3).monday, from: "alex", to: "sam", language: .gifts, text: ""),
                Moment(from: "alex", to: "sam", language: .service, text: "undated: cannot be placed"),
                Moment(date: Fixture.week(1).sunday, from: "sam", to: "alex", language: .time, text: ""),
                Moment(date: Fixture.week(3).monday, from: "sam", to: "sam", language: .time, text: "to oneself"),
            ])
        let balances = report(journal, weeks: 3, last: 4).loveLanguages
        #expect(balances.map { "\($0.giver)>\($0.receiver)" } == ["alex>sam", "sam>alex"])
        let toSam = balances[0], toAlex = balances[1]
        #expect(toSam.counts == [1, 1, 1, 0, 1])
        #expect(toSam.preferred == [.service])
        #expect(toSam.preferredShare == 0.25)
        #expect(toSam.mostGiven == .words)
        #expect(toAlex.total == 1 && toAlex.preferredShare == 1 && toAlex.preferred == [.words, .time])
    }

    @Test func moreThanTwoPartners() throws {
        let kim = Partner(id: "kim", name: "Kim", primaryLanguage: .gifts)
        let profile = Profile(partners: [Fixture.alex, Fixture.sam, kim])
        var checkIns: [CheckIn] = []
        for week in 1...3 {
            checkIns.append(Fixture.checkIn("alex", week, ratings: ["emotional": .score(4)]))
            checkIns.append(Fixture.checkIn("sam", week, ratings: ["emotional": .score(3)]))
            checkIns.append(Fixture.checkIn("kim", week, ratings: ["emotional": .score(week == 3 ? 1 : 2)]))
        }
        let report = TrendReport(journal: Journal(profile: profile, checkIns: checkIns), lastWeeks: 3, endingAt: Fixture.week(3))
        let trend = try #require(report.trend(for: "emotional"))
        #expect(trend.partners.map(\.partner) == ["alex", "sam", "kim"])
        #expect(trend.couple.values == [3, 3, 8.0 / 3])
        #expect(trend.spread.values == [2, 2, 3])
        let gap = try #require(trend.partnerGap(lastWeeks: 3))
        #expect(gap.higher == "alex" && gap.lower == "kim" && gap.higherMean == 4 && gap.lowerMean == 5.0 / 3)
        #expect(report.loveLanguages.count == 6)
    }

    @Test func emptyJournal() {
        let report = report(Journal(profile: Fixture.profile), weeks: 4, last: 4)
        #expect(report.types.allSatisfy { $0.couple.presentCount == 0 && $0.couple.trend() == nil })
        #expect(report.signs.isEmpty)
        #expect(report.loveLanguages.allSatisfy { $0.total == 0 && $0.preferredShare == nil && $0.mostGiven == nil })
    }
}
