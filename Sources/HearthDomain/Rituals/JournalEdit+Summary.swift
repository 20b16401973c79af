extension JournalEdit {
    /// One line telling the user what the edit did, with names as the couple wrote them.
    public func summary(in journal: Journal) -> String {
        let profile = journal.profile
        switch self {
        case .markRitual(let mark, let week, let partner):
            let name = journal.rituals.first { $0.id == mark.ritual }?.name ?? mark.ritual
            let reason = mark.reason.isEmpty ? "" : " (\(mark.reason))"
            return "\(name): \(mark.status.rawValue) by \(profile.displayName(of: partner)) in \(week)\(reason)"
        case .saveRitual(let ritual):
            let previous = journal.rituals.first { $0.id == ritual.id }
            guard let previous else { return "Added \(ritual.name), \(ritual.cadence.inWords)" }
            if previous.status != ritual.status {
                switch ritual.status {
                case .active: return "\(ritual.name) is active again"
                case .paused: return "Paused \(ritual.name); its strength holds until you resume it"
                case .retired: return "Retired \(ritual.name); its history stays in your check-ins"
                }
            }
            return "Saved \(ritual.name), \(ritual.cadence.inWords)"
        case .addMoment(let moment):
            return "Logged \(profile.displayName(of: moment.from)) → \(profile.displayName(of: moment.to)), "
                + "\(moment.language.name.lowercased())" + (moment.date.map { " on \($0)" } ?? "")
        case .setLoveLanguages(let partner, let primary, let secondary):
            let languages = [primary, secondary].compactMap { $0?.name.lowercased() }
            return "\(profile.displayName(of: partner)): " + (languages.isEmpty ? "no love language set" : languages.joined(separator: ", then "))
        }
    }
}
