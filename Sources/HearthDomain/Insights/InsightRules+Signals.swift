extension InsightRules {
    /// One insight for all the signs that recur, so a hard stretch does not fill the list with them.
    func signInsights(_ report: TrendReport) -> [Insight] {
        let recurring = report.signs.filter { $0.recurs(minimum: signMinimum) }
        guard let top = recurring.first else { return [] }
        let evidence = recurring.map { "\($0.sign.name): \($0.weeks) of the last \($0.window) weeks" }
        let sentence = recurring.count == 1
            ? "\"\(top.sign.name)\" keeps coming up in your check-ins."
            : "A few warning signs keep coming up in your check-ins."
        let tip: Tip
        switch top.sign {
        case .lessAffection: tip = .affection
        case .aloneTogether, .lackOfCuriosity: tip = .qualityTime
        default: tip = .honestConversation
        }
        return [Insight(kind: .recurringSigns, priority: 75 + min(19, top.weeks + recurring.count),
                        sentence: sentence, evidence: evidence.joined(separator: "; "), tip: tip, subject: top.sign.rawValue)]
    }

    /// One insight for the active rituals whose strength fell and is now low, most faded first.
    func ritualInsights(_ report: TrendReport) -> [Insight] {
        let fading = report.rituals.compactMap { strength -> (RitualStrength, Double, Double)? in
            guard strength.ritual.status == .active,
                  let then = strength.series.suffix(weeks: ritualWeeks + 1).values.first(where: { $0 != nil }) ?? nil
            else { return nil }
            let now = strength.current
            return now < fadedBelow && then - now >= ritualDrop ? (strength, then, now) : nil
        }.sorted { ($0.1 - $0.2, $1.0.ritual.id) > ($1.1 - $1.2, $0.0.ritual.id) }
        guard let first = fading.first else { return [] }
        let names = fading.map(\.0.ritual.name)
        // Kept again in the latest week: the couple is rebuilding it, so the tip is to keep going.
        let recent = first.0.series.values.compactMap { $0 }.suffix(2)
        let rebuilding = recent.count == 2 && (recent.last ?? 0) > (recent.first ?? 0)
        let sentence = fading.count > 1
            ? "Some of your rituals are slipping out of your weeks: \(InsightText.list(names))."
            : rebuilding ? "The ritual \"\(first.0.ritual.name)\" slipped out of your weeks, and is finding its way back."
            : "The ritual \"\(first.0.ritual.name)\" has been slipping out of your weeks."
        let evidence = fading.map {
            "\($0.0.ritual.name): strength \(InsightText.percent($0.1)) -> \(InsightText.percent($0.2)) over the last \(InsightText.weeks(ritualWeeks))"
        }
        return [Insight(kind: .ritualFading, priority: 55 + min(19, Int((first.1 - first.2) * 20)),
                        sentence: sentence, evidence: evidence.joined(separator: "; "), tip: rebuilding ? .patience : .revisit,
                        subject: first.0.ritual.id)]
    }

    /// A giver whose moments rarely land in the receiver's preferred languages.
    func loveLanguageInsights(_ report: TrendReport) -> [Insight] {
        report.loveLanguages.compactMap { balance in
            guard balance.total >= balanceMinimum, let share = balance.preferredShare, share < preferredShareBelow,
                  let most = balance.mostGiven, let favourite = balance.preferred.first else { return nil }
            let giver = report.name(of: balance.giver), receiver = report.name(of: balance.receiver)
            let preferred = InsightText.list(balance.preferred.map(InsightText.language))
            return Insight(
                kind: .loveLanguageMismatch, priority: 50 + min(19, Int((preferredShareBelow - share) * 40)),
                sentence: "\(giver) mostly gives love as \(InsightText.language(most)); "
                    + "\(receiver) tends to feel it most through \(InsightText.language(favourite)).",
                evidence: "\(giver) -> \(receiver) over the last \(InsightText.weeks(report.range.count)): "
                    + "\(balance.total) moments, \(balance.preferredCount) as \(preferred) (\(InsightText.percent(share)))",
                tip: .speakTheirLanguage, subject: "\(balance.giver)>\(balance.receiver)")
        }
    }

    /// The gentle mention of couples counselling, only when several signals persist together.
    func counsellingInsight(_ report: TrendReport) -> Insight? {
        let signWeeks = report.signCounts.suffix(counsellingWeeks).filter { $0 >= 2 }.count
        guard signWeeks >= counsellingSignWeeks else { return nil }
        var sum = 0.0, count = 0
        for trend in report.types {
            for case let value? in trend.couple.suffix(weeks: trendWeeks).values {
                sum += value
                count += 1
            }
        }
        guard count >= minimumPoints, sum / Double(count) <= counsellingLevel else { return nil }
        let window = min(counsellingWeeks, report.range.count)
        return Insight(
            kind: .counselling, priority: 40,
            sentence: "It has felt heavy for a while. If talking keeps ending in silence or going in circles, "
                + "a couples counsellor can offer a calm, neutral place to find your way back to each other.",
            evidence: "Two or more warning signs in \(signWeeks) of the last \(window) weeks; ratings averaging "
                + "\(InsightText.decimal(sum / Double(count))) over the last \(InsightText.weeks(min(trendWeeks, report.range.count)))",
            tip: .reachOut)
    }
}
