#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthSeal

/// The kinds of file in a journal, told apart by name, each with the most bytes Hearth reads of one: enough
/// for anything a couple writes (a 10 MB answer included), small enough that a stray huge file cannot
/// exhaust memory. The ignore files and the lock live in the journal folder but hold no journal data.
enum JournalFileKind: Sendable {
    case profile, agenda, rituals, checkIn, moments, draft
    /// `checkins/2026/2026-W47-zoe.private.md`: a partner's private reflection of a sealed journal, beside the
    /// check-in and sealed to that partner alone (a plain journal keeps it in the check-in file).
    case privateReflection
    /// `.gitignore`, `.stignore` and `.gitattributes`: settings for the sync tools, written once by `init`
    /// or `sync --setup`.
    case ignoreFile
    /// `.hearth.lock`: the writer lock of this device.
    case lock
    /// A file sync carries that Hearth does not model (`.gitattributes`, a conflict copy of a top-level file,
    /// the couple's own notes): moved whole, never decoded.
    case carried
    /// `keys/<partner>.age` (a partner's identity, sealed under their passphrase) or `keys/<partner>.pub` (their
    /// public recipient): age's own formats, written whole by the key commands, never sealed again.
    case key
    /// `.hearth/index`: the device-local index, a cache of decoded week files (see `JournalIndex`); never synced,
    /// never trusted over the files it caches.
    case index

    /// The kind of the file at `relativePath` (`checkins/2026/2026-W47-alex.md`), by its name and folder
    /// alone; nil for anything that is not one of Hearth's files.
    init?(path relativePath: String) {
        if relativePath.hasSuffix(Self.privateSuffix),
           JournalFileKind(path: String(relativePath.dropLast(Self.privateSuffix.count)) + ".md") == .checkIn {
            self = .privateReflection
            return
        }
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        switch (parts.count, parts.first ?? "") {
        case (1, _):
            guard let kind = Self.topLevel[String(parts[0])] else { return nil }
            self = kind
        case (2, "drafts") where parts[1].hasSuffix(".md") && !parts[1].hasPrefix("."): self = .draft
        case (2, "keys") where Self.isKeyFile(parts[1]): self = .key
        case (2, ".hearth") where parts[1] == "index" || (parts[1].hasPrefix("index-") && parts[1].hasSuffix(".age")): self = .index
        case (3, "checkins") where Self.isWeekFile(parts): self = .checkIn
        case (3, "moments") where Self.isWeekFile(parts): self = .moments
        default: return nil
        }
    }

    /// The kind of any file sync reads or writes: `carried` for those Hearth does not know by name.
    static func carrying(_ relativePath: String) -> JournalFileKind {
        JournalFileKind(path: relativePath) ?? .carried
    }

    /// The files at the top of the journal folder, by name.
    static let topLevel: [String: JournalFileKind] = [
        "profile.md": .profile, "agenda.md": .agenda, "rituals.md": .rituals,
        ".gitignore": .ignoreFile, ".stignore": .ignoreFile, ".gitattributes": .ignoreFile, ".hearth.lock": .lock,
    ]

    /// `YYYY/NAME.md` under `checkins/` or `moments/`.
    private static func isWeekFile(_ parts: [Substring]) -> Bool {
        Store.isYearFolderName(parts[1]) && parts[2].hasSuffix(".md") && !parts[2].hasPrefix(".")
    }

    /// `<partner>.age` or `<partner>.pub`, the partner an id: lower-case ASCII letters, digits and '-'; or
    /// `<partner>.next.age`, the new key of a `hearth key rotate` under way.
    static func isKeyFile(_ name: Substring) -> Bool {
        var partner = name.hasSuffix(".age") || name.hasSuffix(".pub") ? name.dropLast(4) : ""
        if name.hasSuffix(".next.age") { partner = partner.dropLast(5) }
        return !partner.isEmpty && partner.utf8.allSatisfy {
            (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "-")
        }
    }

    /// The end of a private reflection's name: `2026-W47-zoe.private.md`.
    static let privateSuffix = ".private.md"

    /// `2026-W47-zoe.private.md` for the check-in `2026-W47-zoe.md` (a name, or a path).
    static func privateReflectionName(of checkInName: String) -> String {
        String(checkInName.dropLast(3)) + privateSuffix
    }

    /// The partner whose private reflection has this name (`2026-W47-zoe.private.md` -> `zoe`), else nil.
    static func partner(ofPrivateReflection name: String) -> String? {
        guard name.hasSuffix(privateSuffix), name.utf8.count > 9 + privateSuffix.utf8.count else { return nil }
        return String(name.dropFirst(9).dropLast(privateSuffix.count))
    }

    /// Whether the file holds what the couple wrote (and so would be sealed, indexed and merged), rather
    /// than something only the tools and this device use.
    var isJournalData: Bool {
        switch self {
        case .privateReflection: true
        case .profile, .agenda, .rituals, .checkIn, .moments, .draft: true
        case .ignoreFile, .lock, .carried, .key, .index: false
        }
    }

    var limit: Int {
        switch self {
        case .key: 64 << 10
        case .profile, .agenda, .rituals, .ignoreFile, .lock: 1 << 20
        case .privateReflection: 32 << 20
        case .moments: 8 << 20
        case .checkIn, .draft, .carried: 32 << 20
        // Decoded copies of every week file: far more than any journal a couple writes in a lifetime.
        case .index: 4 << 30
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
        case .privateReflection: "a private reflection"
        case .ignoreFile: "a sync tool's settings file"
        case .carried: "a file sync carries"
        case .lock: "the lock"
        case .key: "a key file"
        case .index: "the device-local index"
        }
    }
}

extension Store {
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
        case FileSystemError.noKeyForSealedFile, FileSystemError.damagedSealedFile:
            // Named as it is on disk, `.age` included: that is the file to restore or open with `age`.
            let onDisk = error.path.hasSuffix(".age") && !path.hasSuffix(".age") ? Keyring.sealedPath(path) : path
            let hint = error.code == FileSystemError.damagedSealedFile
                ? "it was changed or cut short after it was written: restore it from a backup or a sync copy (Hearth skips it until then)"
                : "unlock with the key of a partner it is encrypted to (a passphrase, or --identity FILE)"
            return StoreProblem(path: onDisk, message: error.message, hint: hint)
        case EFBIG:
            (message, hint) = (error.message + " for \(kind.name)",
                               "no file Hearth writes is this large: restore it from a backup, or move it out of the journal folder")
        default:
            (message, hint) = ("cannot be read: \(error.message)", "check the disk and the file's permissions, then try again")
        }
        return StoreProblem(path: path, message: message, hint: hint)
    }
}
