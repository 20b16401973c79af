import HearthDomain
import HearthSeal

/// Why one file of a conversion was not converted.
enum ConversionStop: Error {
    /// Its current form cannot be read (a sealed file no key opens, a damaged one): left as it is.
    case skipped(FileSystemError)
    /// Its private reflection cannot be put back into it: left as it is.
    case unsplittable(String)
    /// A plain check-in or draft that does not parse, so its private reflection cannot be split off: left plain.
    case unreadable(StoreProblem)
    /// A write or removal failed: the run stops.
    case failed(String)
}

extension JournalFileKind {
    /// Whether a private reflection is split off from files of this kind in a sealed journal.
    var holdsReflection: Bool { self == .checkIn || self == .draft }
}

/// Converts one journal file at a time between its plain and sealed forms, through two doors on the same
/// folder: one that writes sealed files and one that writes plain ones. Each door removes the other form
/// only after its own write is whole on disk.
struct JournalConverter {
    let sealed: JournalFiles
    let plain: JournalFiles
    /// The resolved journal folder.
    let journal: String

    /// Seals `file` (`path`: relative to the journal, for messages); true when it was converted (false: it was
    /// sealed already).
    ///
    /// A check-in or draft that does not parse is left plain: sealed whole, its private reflection would open
    /// for every partner, and that cannot be taken back once the partner has read it. Sealing it to its writer
    /// alone would hide the shared part from the partner and leave a shared name that the partner's key cannot
    /// open (read as damage); plain, it is what it was before, the run fails naming it, and doctor names it.
    func seal(_ file: JournalFile, path: String) throws(ConversionStop) -> Bool {
        guard let bytes = try read(file, sealed: false) else { return false }
        var target = bytes
        if file.kind.holdsReflection {
            let checkIn: CheckIn
            switch Self.parsedCheckIn(in: bytes, path: path) {
            case .success(let parsed): checkIn = parsed
            case .failure(let problem): throw .unreadable(problem)
            }
            // A check-in's private reflection moves to its own file, sealed to its writer, before the check-in.
            if !checkIn.reflection.isEmpty {
                var shared = checkIn
                shared.reflection = ""
                target = CheckInFile.encode(shared)
                try write(Store.privateReflectionBytes(of: checkIn), to: privateReflection(of: file), through: sealed)
            }
        }
        try write(target, to: file, through: sealed)
        return true
    }

    /// Opens `file` into plain text; true when it was converted (false: it was plain already).
    func open(_ file: JournalFile) throws(ConversionStop) -> Bool {
        if file.kind == .privateReflection { return try foldBack(file) }
        guard let bytes = try read(file, sealed: true) else { return false }
        var target = bytes
        let privateFile = file.kind.holdsReflection ? privateReflection(of: file) : nil
        if let privateFile, let reflection = try read(privateFile, sealed: true).flatMap(Self.reflection(in:)), !reflection.isEmpty {
            guard var checkIn = Self.checkIn(in: bytes) else {
                throw .unsplittable("does not read as a check-in, so its private reflection cannot be put back into it")
            }
            checkIn.reflection = reflection
            target = CheckInFile.encode(checkIn)
        }
        try write(target, to: file, through: plain)
        if let privateFile { try remove(privateFile, sealed: true) }
        return true
    }

    /// A private reflection still sealed beside a check-in that is plain already (a decrypt killed between
    /// the two): removed once the check-in holds the same reflection.
    private func foldBack(_ file: JournalFile) throws(ConversionStop) -> Bool {
        guard let bytes = try read(file, sealed: true) else { return false }
        let reflection = Self.reflection(in: bytes) ?? ""
        var checkInFile = file
        checkInFile.kind = file.folder.path.hasSuffix("/" + Store.draftsFolder) ? .draft : .checkIn
        checkInFile.name = String(file.name.dropLast(JournalFileKind.privateSuffix.count)) + ".md"
        if !reflection.isEmpty {
            guard let shared = try read(checkInFile, sealed: false), var checkIn = Self.checkIn(in: shared) else {
                throw .unsplittable("a private reflection whose check-in cannot be read in plain text: nothing to put it back into")
            }
            if checkIn.reflection != reflection {
                guard checkIn.reflection.isEmpty else {
                    throw .unsplittable("the check-in beside it holds a different private reflection: keep the one you want, delete the other")
                }
                checkIn.reflection = reflection
                try write(CheckInFile.encode(checkIn), to: checkInFile, through: plain)
            }
        }
        try remove(file, sealed: true)
        return true
    }

    /// `NAME.private.md` beside the check-in `NAME.md`.
    private func privateReflection(of file: JournalFile) -> JournalFile {
        JournalFile(kind: .privateReflection, folder: file.folder, name: JournalFileKind.privateReflectionName(of: file.name))
    }

    /// One form of a file, opened when sealed; nil when that form is not there.
    private func read(_ file: JournalFile, sealed form: Bool) throws(ConversionStop) -> [UInt8]? {
        do throws(FileSystemError) {
            return try sealed.withBytes(of: file, sealed: form) { Array($0) }
        } catch {
            throw .skipped(error)
        }
    }

    /// Writes `bytes` as `door` writes them, unless that form is there already and holds exactly these bytes
    /// (a run killed after the write); either way the other form is then removed.
    private func write(_ bytes: [UInt8], to file: JournalFile, through door: JournalFiles) throws(ConversionStop) {
        let sealing = door.seals
        if (try? read(file, sealed: sealing)) != bytes {
            do throws(JournalFiles.WriteFailure) {
                try door.write(bytes, to: file, durability: .flushed)
            } catch {
                switch error {
                case .notWritten(let failure), .notFlushed(let failure): throw .failed(failure.message)
                }
            }
        }
        try remove(file, sealed: !sealing)
    }

    /// Removes one form of a file; absent is fine.
    private func remove(_ file: JournalFile, sealed form: Bool) throws(ConversionStop) {
        var named = file
        if form { named.name = Keyring.sealedPath(file.name) }
        do throws(FileSystemError) {
            try plain.remove(named, exactName: true)
        } catch {
            throw .failed(error.message)
        }
    }

    /// The check-in in `bytes`, nil when it does not read.
    static func checkIn(in bytes: [UInt8]) -> CheckIn? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let document = try? Document(buffer) else { return nil }
            return try? CheckInFile.decode(document)
        }
    }

    /// The check-in in `bytes`, or where and why it does not parse.
    static func parsedCheckIn(in bytes: [UInt8], path: String) -> Result<CheckIn, StoreProblem> {
        do throws(StoreProblem) {
            return .success(try Store.parseCheckIn(bytes, path: path))
        } catch {
            return .failure(error)
        }
    }

    static func reflection(in bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer(Store.reflection(in:))
    }
}
