#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kinds of file in a journal, each with the most bytes Hearth reads of one: enough for anything a
/// couple writes (a 10 MB answer included), small enough that a stray huge file cannot exhaust memory.
enum JournalFileKind: Sendable {
    case profile, agenda, rituals, checkIn, moments, draft

    var limit: Int {
        switch self {
        case .profile, .agenda, .rituals: 1 << 20
        case .moments: 8 << 20
        case .checkIn, .draft: 32 << 20
        }
    }

    /// The kind in words, for messages: "a check-in".
    var name: String {
        switch self {
        case .profile: "the profile"
        case .agenda: "the agenda"
        case .rituals: "the rituals file"
        case .checkIn: "a check-in"
        case .moments: "a moments file"
        case .draft: "a draft"
        }
    }
}

extension Store {
    /// How files of `kind` are read: at most its limit, and through links only inside this journal.
    func rules(for kind: JournalFileKind) -> ReadRules {
        ReadRules(limit: kind.limit, journal: root)
    }

    /// A file that could not be read, saying what is actually in its place and what to do.
    static func problem(reading error: FileSystemError, path: String, kind: JournalFileKind) -> StoreProblem {
        let (message, hint): (String, String)
        switch error.code {
        case EACCES, EPERM:
            (message, hint) = ("cannot be read: permission denied", "check the file's permissions (Hearth needs to read it)")
        case FileSystemError.notRegularFile, EISDIR:
            (message, hint) = (error.message, "Hearth reads only plain files here: move it out of the journal folder, or put the file in its place")
        case FileSystemError.linkOutsideJournal:
            (message, hint) = (error.message, "Hearth follows links only within the journal: copy the file here in place of the link")
        case FileSystemError.danglingLink:
            (message, hint) = (error.message, "restore the file it points to, or remove the link")
        case ELOOP:
            (message, hint) = (error.message, "remove the link, or point it at the file")
        case EFBIG:
            (message, hint) = (error.message + " for \(kind.name)",
                               "no file Hearth writes is this large: restore it from a backup, or move it out of the journal folder")
        default:
            (message, hint) = ("cannot be read: \(error.message)", "check the disk and the file's permissions, then try again")
        }
        return StoreProblem(path: path, message: message, hint: hint)
    }
}
