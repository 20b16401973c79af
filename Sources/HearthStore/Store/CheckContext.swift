import HearthDomain

/// What checking a file against the profile needs, computed once per load rather than once per file.
struct CheckContext: Sendable {
    let profile: Profile
    let partnerOrder: [String: Int]
    let typeIDs: Set<String>
    /// The same ids as arrays: a couple has a handful of each, and comparing a few short strings is
    /// cheaper than hashing one, for a check that runs on every rating of every file.
    let partnerIDList: [String]
    let typeIDList: [String]
    /// The rituals' ids, in their file's order.
    let ritualIDs: [String]

    /// Type and ritual ids, shared by the check-ins that name them.
    let sharedWords: SharedWords

    init(profile: Profile, rituals: [Ritual] = []) {
        self.profile = profile
        sharedWords = SharedWords(profile.intimacyTypes.map(\.id) + rituals.map(\.id))
        var order: [String: Int] = [:]
        for (index, partner) in profile.partners.enumerated() where order[partner.id] == nil { order[partner.id] = index }
        partnerOrder = order
        typeIDs = Set(profile.intimacyTypes.map(\.id))
        partnerIDList = profile.partners.map(\.id)
        typeIDList = profile.intimacyTypes.map(\.id)
        ritualIDs = rituals.map(\.id)
    }

    /// Whether `id` is one of `ids`, comparing lengths before contents; falls back to `set` for long lists.
    private static func contains(_ id: String, in ids: [String], or set: @autoclosure () -> Bool) -> Bool {
        guard ids.count <= 16 else { return set() }
        let length = id.utf8.count
        for candidate in ids where candidate.utf8.count == length && candidate == id { return true }
        return false
    }

    /// The partner's place in the profile (`Int.max` for an id it does not hold), found without hashing the id
    /// when the profile holds a handful of partners.
    func partnerPlace(_ id: String) -> Int {
        guard partnerIDList.count <= 16 else { return partnerOrder[id] ?? Int.max }
        let length = id.utf8.count
        for index in partnerIDList.indices where partnerIDList[index].utf8.count == length && partnerIDList[index] == id {
            return index
        }
        return Int.max
    }

    /// Sort key: week, then the partner's place in the profile.
    func order(_ week: Week, _ partner: String) -> (Int, Int, Int, String) {
        (week.year, week.number, partnerOrder[partner] ?? Int.max, partner)
    }

    /// A quick pass that is true when `validate(against:)` would find nothing; most files take only this path.
    func looksValid(_ checkIn: CheckIn) -> Bool {
        guard isPartner(checkIn.partner) else { return false }
        for (type, rating) in checkIn.ratings {
            guard Self.contains(type, in: typeIDList, or: typeIDs.contains(type)) else { return false }
            if let value = rating.value, !Rating.range.contains(value) { return false }
        }
        if let minutes = checkIn.deviceFreeMinutes, minutes < 0 || minutes > 7 * 24 * 60 { return false }
        for index in checkIn.moments.indices where !isPartner(checkIn.moments[index].from) || !isPartner(checkIn.moments[index].to) {
            return false
        }
        return true
    }

    /// A quick pass that is true when `problems(moments:week:partner:)` would find nothing.
    func momentsLookValid(_ moments: [Moment], week: Week, partner: String) -> Bool {
        moments.allSatisfy { moment in
            guard let date = moment.date else { return false }
            return moment.from == partner && isPartner(moment.from) && isPartner(moment.to) && Week(containing: date) == week
        }
    }

    private func isPartner(_ id: String) -> Bool {
        Self.contains(id, in: partnerIDList, or: partnerOrder[id] != nil)
    }

    /// The week and partner inside a file must be the ones its name promises.
    func nameMismatches(week: Week, partner: String, file: WeekFile, in document: Document) -> [SyntaxError] {
        var errors: [SyntaxError] = []
        let folder = file.folder.hasPrefix("moments/") ? "moments" : "checkins"
        if week != file.week {
            errors.append(SyntaxError(at: document.offset(ofField: "week"), "week \(week) does not match the file name (\(file.week))",
                                      hint: "correct the week, or rename the file to \(folder)/\(Store.yearFolder(week))/\(week)-\(partner).md"))
        }
        if partner != file.partner {
            errors.append(SyntaxError(at: document.offset(ofField: "partner"), "partner `\(partner)` does not match the file name (`\(file.partner)`)",
                                      hint: "correct the partner, or rename the file; each partner writes only their own files"))
        }
        return errors
    }

    /// Rules for moments logged outside a check-in: dated within the file's week, given by the file's partner.
    func problems(moments: [Moment], week: Week, partner: String) -> [ValidationProblem] {
        var problems = CheckIn(week: week, partner: partner, moments: moments).validate(against: profile)
            .filter { $0.field.hasPrefix("moments") }
        for (index, moment) in moments.enumerated() {
            if let date = moment.date {
                if Week(containing: date) != week {
                    problems.append(.init(field: "moments[\(index)].date", message: "\(date) is not in week \(week)"))
                }
            } else {
                problems.append(.init(field: "moments[\(index)]", message: "a moment logged outside a check-in needs a date"))
            }
            if moment.from != partner {
                problems.append(.init(field: "moments[\(index)].from", message: "moments in \(partner)'s file are the ones \(partner) gave"))
            }
        }
        return problems
    }

    /// The most problems listed for one file: past that, placing each one costs more than it tells.
    static let problemsShownPerFile = 20

    /// The first `problemsShownPerFile` problems placed at their values, then one line counting the rest.
    func errors(for problems: [ValidationProblem], in document: Document) -> [SyntaxError] {
        var errors = problems.prefix(Self.problemsShownPerFile).map { error(for: $0, in: document) }
        let more = problems.count - errors.count
        if more > 0 {
            errors.append(SyntaxError(at: errors.last?.offset ?? 0, "and \(more) more problem\(more == 1 ? "" : "s") like these in this file",
                                      hint: "fix the ones above (or remove the file), then run `hearth doctor` again"))
        }
        return errors
    }

    /// A domain rule broken by a file, placed at the value it concerns.
    func error(for problem: ValidationProblem, in document: Document) -> SyntaxError {
        let offset = document.offset(ofField: problem.field)
        let ids = profile.partners.map(\.id).joined(separator: ", ")
        if problem.field.hasPrefix("ratings.") {
            let isNumber = problem.message.first.map { $0.isNumber || $0 == "-" } ?? false
            return SyntaxError(at: offset, isNumber ? "rating \(problem.message)" : "`\(problem.field.dropFirst(8))`: \(problem.message)",
                               hint: "use 1-5 or `skipped`, for a type listed in profile.md")
        }
        let hint: String
        switch problem.field {
        case "partner": hint = "use a partner id from profile.md (\(ids))"
        case "device_free_minutes": hint = "use whole minutes, 0 to 10080"
        case let field where field.hasPrefix("moments"): hint = "use partner ids from profile.md (\(ids)) and dates like 2026-11-18"
        case "partners", "types": hint = "a journal is for one household: keep at most \(Profile.maximumPartners) partners and \(Profile.maximumExtraTypes) extra types"
        case let field where field.hasPrefix("partners") || field.hasPrefix("types"): hint = "ids are lower-case ASCII letters, digits and `-`, each used once"
        default: hint = "correct the value, or remove the line"
        }
        return SyntaxError(at: offset, "`\(problem.field)`: \(problem.message)", hint: hint)
    }
}

extension Store {
    /// The profile's own rules, placed at the offending entries.
    static func check(profile: Profile, in document: Document) -> [SyntaxError] {
        let context = CheckContext(profile: profile)
        return context.errors(for: profile.validate(), in: document)
    }
}
