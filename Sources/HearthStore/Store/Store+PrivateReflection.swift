import HearthDomain
import HearthSeal

/// A private reflection in a sealed journal: not in the check-in file both partners read, but in its own
/// file beside it, `checkins/2026/2026-W47-zoe.private.md.age`, sealed to its writer alone. Inside the age
/// file is a check-in file holding only the week, the partner and the `## Private reflection` section, so
/// `age -d` shows it as plain Markdown. A plain journal keeps the reflection in the check-in file, as always.
extension Store {
    /// `checkins/2026/2026-W47-zoe.private.md` beside `checkins/2026/2026-W47-zoe.md`.
    static func privateReflectionPath(ofCheckIn path: String) -> String {
        JournalFileKind.privateReflectionName(of: path)
    }

    /// Whether check-ins keep their reflections in files of their own: when the store writes sealed files.
    var splitsReflections: Bool { files.seals && keyring != nil }

    /// The check-in as its shared file holds it: without the reflection when reflections are split off.
    func sharedPart(of checkIn: CheckIn) -> CheckIn {
        guard splitsReflections else { return checkIn }
        var shared = checkIn
        shared.reflection = ""
        return shared
    }

    /// The bytes of a private reflection's file.
    static func privateReflectionBytes(of checkIn: CheckIn) -> [UInt8] {
        CheckInFile.encode(CheckIn(week: checkIn.week, partner: checkIn.partner, reflection: checkIn.reflection))
    }

    /// Writes a check-in (or a draft) at `path`: in a sealed journal the shared file and the private reflection
    /// beside it, under one hold of the writer lock; in a plain one the one file, as always.
    @discardableResult
    func replace(_ checkIn: CheckIn, at path: String, onDisk: OnDisk) throws(StoreError) -> Revision {
        guard splitsReflections else { return try replace(path, onDisk: onDisk) { _ in CheckInFile.encode(checkIn) } }
        let lock = try acquireLock()
        defer { fileSystem.unlock(lock) }
        Self.reached(.afterLock)
        let journal = try resolvedRoot()
        keepUp(journal: journal, lock: lock)
        let revision = try replaceLocked(path, journal: journal, lock: lock, onDisk: onDisk) { _ in CheckInFile.encode(sharedPart(of: checkIn)) }
        try writePrivateReflection(of: checkIn, checkInPath: path, journal: journal, lock: lock)
        return revision
    }

    /// Removes the private reflection beside the check-in or draft at `path`, in both forms; absent is fine.
    /// A plain store has no such files, and touches none.
    func removePrivateReflection(ofCheckIn path: String) throws(StoreError) {
        guard keyring != nil else { return }
        let privatePath = Self.privateReflectionPath(ofCheckIn: path)
        let file = JournalFile(kind: .privateReflection, path: absolute(privatePath))
        do {
            try files.remove(file, exactName: true)
            try files.remove(JournalFile(kind: .privateReflection, folder: file.folder, name: Keyring.sealedPath(file.name)), exactName: true)
        } catch {
            throw .io(privatePath, error.message)
        }
    }

    /// Writes (or removes, when empty) the private reflection of `checkIn`, whose shared file is at `path`, with
    /// the writer lock held. An empty reflection removes the file only when this keyring can open it: one
    /// partner saving the other's check-in never sees, and so never drops, the other's reflection.
    func writePrivateReflection(of checkIn: CheckIn, checkInPath path: String, journal: String, lock: FileLock) throws(StoreError) {
        guard splitsReflections, let keyring else { return }
        let privatePath = Self.privateReflectionPath(ofCheckIn: path)
        let folder = try makeParentFolders(of: privatePath, journal: journal)
        let file = JournalFile(kind: .privateReflection, path: folder + "/" + Self.name(of: privatePath))
        guard !checkIn.reflection.isEmpty else {
            guard keyring.unlockedPartners.contains(checkIn.partner) else { return }
            do {
                try files.remove(file)
                try files.remove(JournalFile(kind: .privateReflection, folder: file.folder, name: file.name), exactName: true)
            } catch {
                throw .io(privatePath, error.message)
            }
            return
        }
        // Only its writer writes this file, so there is no version to check against: it is replaced whole.
        try? fileSystem.markLock(lock, saving: true)
        defer { try? fileSystem.markLock(lock, saving: false) }
        do {
            try files.write(Self.privateReflectionBytes(of: checkIn), to: file, durability: .flushed)
        } catch {
            switch error {
            case .notWritten(let failure): throw .io(privatePath, failure.message + " (the previous version is untouched)")
            case .notFlushed(let failure): throw .io(privatePath, "saved, but the folder could not be flushed to disk (\(failure.message))")
            }
        }
    }

    /// `checkIn` with its private reflection put back from the file beside it, when there is one this keyring
    /// opens. Another partner's reflection does not open, as intended: the check-in loads without it. A
    /// damaged reflection is skipped here too; doctor names it (see `sealedFileProblems`).
    func withPrivateReflection(_ checkIn: CheckIn, file: WeekFile, in folder: FolderHandle) -> CheckIn {
        guard readsPrivateReflections, file.mayHavePrivateReflection else { return checkIn }
        return withPrivateReflection(checkIn, name: file.name, in: folder)
    }

    /// `withPrivateReflection` for the check-in or draft named `name` in `folder`.
    func withPrivateReflection(_ checkIn: CheckIn, name: String, in folder: FolderHandle) -> CheckIn {
        guard splitsReflections,
              let reflection = try? files.withBytes(of: JournalFile(kind: .privateReflection, folder: folder,
                                                                   name: JournalFileKind.privateReflectionName(of: name)),
                                                    Self.reflection(in:)) ?? nil
        else { return checkIn }
        var checkIn = checkIn
        checkIn.reflection = reflection
        return checkIn
    }

    /// The reflection a private reflection's file holds; nil when it does not read.
    static func reflection(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let document = try? Document(bytes), let checkIn = try? CheckInFile.decode(document) else { return nil }
        return checkIn.reflection
    }
}
