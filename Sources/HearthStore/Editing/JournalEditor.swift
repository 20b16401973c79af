import HearthDomain

/// Applies a `JournalEdit` to the files the way every save does: change what was loaded and write it back
/// against the revision that was read, so a change made meanwhile (another laptop, an editor) is refused,
/// never overwritten. Used by the CLI commands, the UI's effects, and whatever else edits the journal.
public struct JournalEditor: Sendable {
    /// The journal folder the edit is written to.
    public let store: Store

    /// An editor writing to `store`.
    public init(store: Store) { self.store = store }

    /// Applies `edit` to the journal as `loaded` read it; returns the path written, relative to the folder.
    @discardableResult
    public func apply(_ edit: JournalEdit, to loaded: LoadResult) throws(EditFailure) -> String {
        guard let journal = loaded.journal else {
            throw EditFailure("no journal in \(store.root) yet",
                              hint: "create one with `hearth init --partner NAME --partner NAME`, or pass --dir")
        }
        do {
            switch edit {
            case .markRitual(let mark, let week, let partner):
                let path = Store.path(of: week, partner: partner)
                try requireReadable(path, loaded)
                // No check-in yet: one holding only the marks, which the check-in later fills in (store-format.md).
                var checkIn = journal.checkIn(partner: partner, week: week) ?? CheckIn(week: week, partner: partner)
                checkIn.setMark(mark)
                return try store.save(checkIn, profile: journal.profile, expected: loaded.revision(ofPath: path))
            case .saveRitual(let ritual):
                let path = Store.ritualsPath
                try requireReadable(path, loaded)
                var rituals = journal.rituals
                if let index = rituals.firstIndex(where: { $0.id == ritual.id }) {
                    rituals[index] = ritual
                } else {
                    rituals.append(ritual)
                }
                try store.saveRituals(rituals, expected: loaded.revision(ofPath: path))
                return path
            case .addMoment(let moment):
                guard let date = moment.date else {
                    throw EditFailure("a moment logged outside a check-in needs a date", hint: "pass --date YYYY-MM-DD")
                }
                let week = Week(containing: date)
                let path = Store.momentsPath(of: week, partner: moment.from)
                try requireReadable(path, loaded)
                // The file holds exactly the moments this giver logged that week: append to them.
                let existing = journal.moments.filter { $0.from == moment.from && $0.date.map(Week.init(containing:)) == week }
                return try store.saveMoments(existing + [moment], week: week, partner: moment.from, profile: journal.profile,
                                             expected: loaded.revision(ofPath: path))
            case .setLoveLanguages(let partner, let primary, let secondary):
                var profile = journal.profile
                guard let index = profile.partners.firstIndex(where: { $0.id == partner }) else {
                    throw EditFailure("'\(partner)' is not a partner in this journal")
                }
                profile.partners[index].primaryLanguage = primary
                profile.partners[index].secondaryLanguage = secondary == primary ? nil : secondary
                // profile.md is shared: another partner's change saved meanwhile is merged in, not refused.
                try store.saveProfile(profile, expected: loaded.revision(ofPath: Store.profilePath), base: journal.profile)
                return Store.profilePath
            }
        } catch let failure as EditFailure {
            throw failure
        } catch {
            throw EditFailure("\(error)")
        }
    }

    /// Reads only what `edit` needs from the files as they are now: the profile, agenda and rituals, and
    /// the one check-in or moments file it changes. Enough for `apply` and for the edit's summary.
    public func loadFresh(for edit: JournalEdit) -> LoadResult {
        switch edit {
        case .markRitual(_, let week, let partner):
            return store.load(week: week, partner: partner)
        case .addMoment(let moment):
            guard let date = moment.date else { return store.loadSettings() }
            return store.load(momentsOf: Week(containing: date), partner: moment.from)
        case .saveRitual, .setLoveLanguages:
            return store.loadSettings()
        }
    }

    /// A file that exists but could not be read is left alone: writing would lose what it holds.
    private func requireReadable(_ path: String, _ loaded: LoadResult) throws(EditFailure) {
        if let problem = loaded.problems.first(where: { $0.path == path }) {
            throw EditFailure("\(path) cannot be read, so Hearth will not write over it: \(problem.message)",
                              hint: "run `hearth doctor`, fix that file, then try again")
        }
    }
}
