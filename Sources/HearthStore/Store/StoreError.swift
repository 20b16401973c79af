import HearthDomain

/// Why the store refused or failed to write; each description says what, where and what to do, in one line.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A new check-in or file would replace one that already exists.
    case alreadyExists(String)
    /// The file changed on disk (another device, an editor) since it was read.
    case changedOnDisk(String)
    /// Another Hearth holds the writer lock.
    case locked(String)
    /// There is no journal (no profile.md) at this root yet.
    case notInitialized(String)
    /// `initialize` found a profile already there.
    case alreadyInitialized(String)
    /// The value breaks the rules of the domain; nothing was written.
    case invalid(String, [ValidationProblem])
    /// A file-system call failed; nothing was replaced.
    case io(String, String)
    /// No journal folder can be formed from the options and environment.
    case noRoot(String)
    /// A merge conflict (in the file at the path) could not be settled as asked; the reason says why.
    case unresolvable(String, String)
    /// The path (relative) is, or goes through, a symbolic link to a place (absolute) outside the journal.
    case leavesJournal(String, String)

    public var description: String {
        switch self {
        case .alreadyExists(let path) where path.hasPrefix("checkins/"):
            "\(path) already exists; load the journal again and edit that check-in instead of creating a new one"
        case .alreadyExists(let path):
            // Another Hearth (or device) created it between this one's read and its write.
            "\(path) was created meanwhile, by another Hearth or device; nothing was overwritten: run this again to add to it"
        case .changedOnDisk(let path):
            "\(path) changed on disk since Hearth read it (another device or an editor?); nothing was overwritten: reload and make your change again"
        case .locked(let path):
            "another Hearth is saving to this journal (lock \(path)); wait for it to finish and try again"
        case .notInitialized(let root):
            "no journal at \(root) yet (no profile.md); run `hearth init` or point --dir / HEARTH_DIR at your journal"
        case .alreadyInitialized(let root):
            "\(root) already holds a journal (profile.md exists); edit it instead of starting a new one"
        case .invalid(let path, let problems):
            "cannot save \(path): " + problems.map(\.description).joined(separator: "; ") + "; fix these and save again"
        case .io(let path, let message):
            "cannot write \(path): \(message); free space or fix permissions, then save again"
        case .leavesJournal(let path, let destination):
            "cannot write \(path): it leads through a symbolic link to \(destination), outside the journal, and Hearth never "
                + "writes outside the journal; nothing was written: move that folder or file back into the journal (or point the link inside it)"
        case .unresolvable(let path, let reason):
            "cannot settle the merge conflict in \(path): \(reason); nothing was written: run `hearth doctor` to see what it holds now"
        case .noRoot(let reason):
            "cannot tell where the journal lives: \(reason); pass --dir or set HEARTH_DIR"
        }
    }
}
