import HearthDomain

/// Work `update` asks the launcher to do outside the pure core (files, processes, exiting).
public enum Effect: Hashable, Sendable {
    /// Stop the UI and exit with this status.
    case quit(status: Int32)
    /// Create this new journal: the profile set up, the standard agenda, the first ritual (first run).
    case createJournal(Journal)
    /// Create this new journal encrypted, as `hearth init --encrypt` does: a key per partner sealed under that
    /// partner's passphrase (in the profile's order), then the files; `.unlocked` with every key when done.
    case createSealedJournal(Journal, passphrases: [Passphrase])
    /// Write a demo journal to a temporary folder and open it.
    case openDemo
    /// Clear the terminal and draw everything again (after other programs scribbled on it).
    case redraw
    /// Keep an unfinished check-in under `drafts/` (after every answer).
    case saveDraft(CheckInDraft)
    /// Save one partner's finished check-in (a new one, or over the one opened for editing), then drop its draft.
    case saveCheckIn(CheckIn)
    /// Delete these drafts: the couple chose to start again.
    case discardDrafts([CheckInDraft])
    /// Suspend the UI, let the user edit this text in $VISUAL/$EDITOR, and report it back as `.editorReturned`.
    case editInEditor(String)
    /// Apply one change to the journal's files (a ritual, a mark, a moment, love languages), then reload.
    case edit(JournalEdit)
    /// Open the sealed journal with this passphrase (or, once open, unlock another partner's key with it):
    /// `.unlocked` when it does, `.failed` with one line when not.
    case unlock(Passphrase)
    /// Run `hearth sync` (commit, fetch, merge, push) and report `.synced`.
    case sync
    /// Settle one merge conflict by keeping one side's value, then report `.conflictChosen`.
    case resolveConflict(FieldConflict, keeping: ConflictSide)
}

/// What the launcher reports back after performing an effect.
public enum EffectResult: Hashable, Sendable {
    /// A journal is now open; `location` says where when it is not the usual folder (a demo).
    case opened(Journal, problems: [String], location: String?)
    /// A passphrase unlocked a partner's key: the journal as that keyring reads it, every partner (id)
    /// unlocked now, and what the app keeps beside the journal as now readable (kept drafts, conflicts).
    case unlocked(Journal, problems: [String], partners: [String], drafts: [CheckInDraft] = [],
                  conflicts: JournalConflicts = JournalConflicts())
    /// The effect failed; the message is shown to the user as it is.
    case failed(String)
    /// A check-in was saved; `path` is where, as the user should read it.
    case checkInSaved(CheckIn, path: String)
    /// The text came back from the editor.
    case editorReturned(String)
    /// An edit was saved; the journal as read back, unreadable files, and a line saying what changed.
    case edited(Journal, problems: [String], message: String)
    /// The journal changed on disk under the open screens (a sync): they show the new one, where they were.
    case journalChanged(Journal, problems: [String])
    /// A sync ended: the line to show, and the journal read back after it (nil when it could not be read).
    case synced(SyncOutcome, journal: Journal?, problems: [String], conflicts: JournalConflicts)
    /// A merge conflict was settled, or could not be (`failed`): the line to show, and the journal and its
    /// conflicts read back either way (nil when it could not be read).
    case conflictChosen(String, failed: Bool, journal: Journal?, problems: [String], conflicts: JournalConflicts)
}
