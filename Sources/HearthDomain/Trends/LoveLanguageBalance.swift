/// What one partner gave another, by love language, against what the receiver says they prefer.
public struct LoveLanguageBalance: Hashable, Sendable {
    /// Partner ids.
    public let giver: String
    public let receiver: String
    /// Moments given, counted per language in `LoveLanguage.allCases` order.
    public let counts: [Int]
    /// The receiver's primary then secondary language, as far as the profile says.
    public let preferred: [LoveLanguage]

    /// Memberwise.
    public init(giver: String, receiver: String, counts: [Int], preferred: [LoveLanguage]) {
        self.giver = giver
        self.receiver = receiver
        self.counts = counts
        self.preferred = preferred
    }

    /// Moments given in one language.
    public func count(_ language: LoveLanguage) -> Int {
        LoveLanguage.allCases.firstIndex(of: language).map { counts.indices.contains($0) ? counts[$0] : 0 } ?? 0
    }

    /// All moments given, whatever the language.
    public var total: Int { counts.reduce(0, +) }

    /// Moments given in one of the receiver's preferred languages.
    public var preferredCount: Int { preferred.reduce(0) { $0 + count($1) } }

    /// Share of moments in a preferred language, nil when nothing was given or no preference is known.
    public var preferredShare: Double? {
        total == 0 || preferred.isEmpty ? nil : Double(preferredCount) / Double(total)
    }

    /// The language given most (earlier in the list on a tie), nil when nothing was given.
    public var mostGiven: LoveLanguage? {
        guard let top = counts.max(), top > 0, let index = counts.firstIndex(of: top) else { return nil }
        return LoveLanguage.allCases[index]
    }

    /// For every ordered pair of partners, the moments in `range`: those in check-ins (by the check-in's
    /// week) plus the journal's own moments (by date; undated ones cannot be placed and are left out).
    public static func all(in journal: Journal, range: WeekRange) -> [LoveLanguageBalance] {
        let partners = journal.profile.partners
        let ids = partners.map(\.id), languages = LoveLanguage.allCases
        var counts = [Int](repeating: 0, count: partners.count * partners.count * languages.count)
        func add(_ moment: Moment) {
            guard let from = ids.firstIndex(of: moment.from), let to = ids.firstIndex(of: moment.to), from != to,
                  let language = languages.firstIndex(of: moment.language) else { return }
            counts[(from * partners.count + to) * languages.count + language] += 1
        }
        var cachedWeek: Week?, inRange = false
        let checkIns = journal.checkIns
        for index in checkIns.indices where !checkIns[index].moments.isEmpty {
            let week = checkIns[index].week
            if week != cachedWeek {
                cachedWeek = week
                inRange = range.contains(week)
            }
            if inRange { checkIns[index].moments.forEach(add) }
        }
        for moment in journal.moments {
            if let date = moment.date, range.contains(Week(containing: date)) { add(moment) }
        }
        var result: [LoveLanguageBalance] = []
        for (from, giver) in partners.enumerated() {
            for (to, receiver) in partners.enumerated() where from != to {
                let start = (from * partners.count + to) * languages.count
                result.append(LoveLanguageBalance(
                    giver: giver.id, receiver: receiver.id, counts: Array(counts[start..<start + languages.count]),
                    preferred: receiver.preferredLanguages))
            }
        }
        return result
    }
}

extension Partner {
    /// Primary then secondary language, without repeats.
    var preferredLanguages: [LoveLanguage] {
        var languages: [LoveLanguage] = []
        for case let language? in [primaryLanguage, secondaryLanguage] where !languages.contains(language) {
            languages.append(language)
        }
        return languages
    }
}
