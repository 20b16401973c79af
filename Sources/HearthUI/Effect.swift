import HearthDomain

/// Work `update` asks the launcher to do outside the pure core (files, processes, exiting).
public enum Effect: Hashable, Sendable {
    /// Stop the UI and exit with this status.
    case quit(status: Int32)
    /// Create the journal with this profile (first run).
    case createJournal(Profile)
    /// Write a demo journal to a temporary folder and open it.
    case openDemo
    /// Clear the terminal and draw everything again (after other programs scribbled on it).
    case redraw
    /// Apply one change to the journal's files (a ritual, a mark, a moment, love languages), then reload.
    case edit(JournalEdit)
}

/// What the launcher reports back after performing an effect.
public enum EffectResult: Hashable, Sendable {
    /// A journal is now open; `location` says where when it is not the usual folder (a demo).
    case opened(Journal, problems: [String], location: String?)
    /// The effect failed; the message is shown to the user as it is.
    case failed(String)
    /// An edit was saved; the journal as read back, unreadable files, and a line saying what changed.
    case edited(Journal, problems: [String], message: String)
}
