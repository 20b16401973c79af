import HearthDomain
import HearthStore

extension StoreAccess {
    func loadDrafts() -> [CheckInDraft] { store.loadDrafts().drafts }

    /// The same file system and settings, at another folder: a session there starts with nothing read.
    func reopened(at folder: String) -> any JournalAccess { StoreAccess(store: store.reopened(at: folder)) }

    func deleteDemoFolder() throws { try store.deleteDemoFolder() }

    func saveDraft(_ draft: CheckInDraft) throws {
        do {
            try store.saveDraft(draft)
        } catch {
            throw CommandFailure("could not keep the draft: \(error)")
        }
    }

    func save(_ checkIn: CheckIn, profile: Profile) throws -> String {
        // The store names the plain form; an encrypted journal writes it as an age file beside that name.
        store.root + "/" + (try session.save(checkIn, profile: profile)) + (store.keyring == nil ? "" : ".age")
    }

    func discard(_ drafts: [CheckInDraft]) throws {
        for draft in drafts { try store.deleteDraft(week: draft.checkIn.week, partner: draft.checkIn.partner) }
    }
}
