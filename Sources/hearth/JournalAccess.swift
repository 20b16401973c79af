import HearthDomain
import HearthUI

/// What the UI's effects need from the journal folder; the store implements it, tests may fake it.
protocol JournalAccess {
    /// The folder shown to the user.
    var folder: String { get }
    /// Reads the journal (nil before setup) and one line per file that could not be read.
    func load() -> (journal: Journal?, problems: [String])
    /// What home's first frame in `week` shows, read faster than `load()`; nil when only `load()` can show it.
    func loadForHome(week: Week) -> HomeStart?
    /// Creates the journal (profile, agenda and rituals, as `Journal.new` makes them) and returns it as loaded back.
    func create(_ journal: Journal) throws -> Journal
    /// Creates the journal encrypted, as `hearth init --encrypt` does, a key per partner under that partner's
    /// passphrase (in the profile's order); returns it opened with those keys.
    func createSealed(_ journal: Journal, passphrases: [Passphrase]) throws -> UnlockedJournal
    /// Writes a demo journal ending in `week` to a new temporary folder; returns it and the folder.
    func makeDemo(endingAt week: Week) throws -> (journal: Journal, folder: String)
    /// Unfinished check-ins kept under drafts/; unreadable ones are left alone.
    func loadDrafts() -> [CheckInDraft]
    /// Keeps an unfinished check-in after an answer.
    func saveDraft(_ draft: CheckInDraft) throws
    /// Saves a finished check-in (new, or over the version loaded) and drops its draft; returns where it went.
    func save(_ checkIn: CheckIn, profile: Profile) throws -> String
    /// Deletes drafts the couple chose to discard.
    func discard(_ drafts: [CheckInDraft]) throws
    /// Applies one edit to the files as they are now, and returns the journal read back with a line saying what changed.
    func apply(_ edit: JournalEdit) throws -> (journal: Journal, problems: [String], message: String)
    /// The same kind of access for another folder (the demo just written), read afresh.
    func reopened(at folder: String) -> any JournalAccess
    /// Runs what `hearth sync` runs (commit, fetch, merge, push) and says how it ended.
    func sync() -> SyncOutcome
    /// Counts the conflict copies and the fields merges kept both ways, for home.
    func conflicts() -> JournalConflicts
    /// Settles one merge conflict by keeping `side`, provided its file is as last read; says what was kept.
    func resolve(_ conflict: FieldConflict, keeping side: ConflictSide) throws -> String
    /// Deletes this folder, provided it is a demo folder that `makeDemo` made; any other is refused.
    func deleteDemoFolder() throws
}
