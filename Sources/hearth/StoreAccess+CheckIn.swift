import HearthDomain
import HearthStore

/// The revisions of files as Hearth last read or wrote them, so an edit is never saved over someone else's.
final class RevisionBook {
    var loaded: LoadResult?
    var written: [String: Revision] = [:]

    func revision(of path: String) -> Revision? { written[path] ?? loaded?.revision(ofPath: path) }
}

extension StoreAccess {
    func loadDrafts() -> [CheckInDraft] { store.loadDrafts().drafts }

    func reopened(at folder: String) -> any JournalAccess { StoreAccess(store: Store(root: folder)) }

    func deleteDemoFolder() throws { try store.deleteDemoFolder() }

    func saveDraft(_ draft: CheckInDraft) throws {
        do {
            try store.saveDraft(draft)
        } catch {
            throw CommandFailure("could not keep the draft: \(error)")
        }
    }

    func save(_ checkIn: CheckIn, profile: Profile) throws -> String {
        let path = Store.path(of: checkIn.week, partner: checkIn.partner)
        let written = try store.write(checkIn, profile: profile, expected: revisions.revision(of: path))
        revisions.written[written.path] = written.revision
        // The check-in is safe; a draft left behind would only be offered again, so a failure here is not fatal.
        try? store.deleteDraft(week: checkIn.week, partner: checkIn.partner)
        return store.root + "/" + written.path
    }

    func discard(_ drafts: [CheckInDraft]) throws {
        for draft in drafts { try store.deleteDraft(week: draft.checkIn.week, partner: draft.checkIn.partner) }
    }
}
