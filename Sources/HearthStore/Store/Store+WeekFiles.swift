import HearthDomain

/// A file under `checkins/` or `moments/` whose name says which week and partner it holds.
struct WeekFile: Sendable {
    var week: Week
    var partner: String
    /// Whether the name spells the week `2026-w47` (which reads like `2026-W47`).
    var lowercaseW: Bool
    /// Relative path of the year folder.
    var folder: String
    /// Whether a private reflection may lie beside it (a sealed journal's check-in); false when the folder's
    /// listing showed none, which spares an open per check-in.
    var mayHavePrivateReflection = true

    /// The file's name within its year folder, spelled back from the week and partner it was read as
    /// (the accepted form has exactly one spelling per week, partner and w): keeping every name of a
    /// large journal until the load ends cost more memory than building each once more to open it.
    var name: String {
        let partnerBytes = partner.utf8
        return String(unsafeUninitializedCapacity: 12 + partnerBytes.count) { buffer in
            // Names hold four year digits and two week digits, so both are in range here.
            let year = week.year
            buffer[0] = UInt8(truncatingIfNeeded: 0x30 + year / 1_000 % 10)
            buffer[1] = UInt8(truncatingIfNeeded: 0x30 + year / 100 % 10)
            buffer[2] = UInt8(truncatingIfNeeded: 0x30 + year / 10 % 10)
            buffer[3] = UInt8(truncatingIfNeeded: 0x30 + year % 10)
            buffer[4] = 0x2D
            buffer[5] = lowercaseW ? 0x77 : 0x57
            buffer[6] = UInt8(truncatingIfNeeded: 0x30 + week.number / 10 % 10)
            buffer[7] = UInt8(truncatingIfNeeded: 0x30 + week.number % 10)
            buffer[8] = 0x2D
            var offset = 9
            for byte in partnerBytes {
                buffer[offset] = byte
                offset += 1
            }
            for byte in ".md".utf8 {
                buffer[offset] = byte
                offset += 1
            }
            return offset
        }
    }

    /// Relative path of the file; built only when needed (problems, lookups), as most loads never need it.
    var path: String { folder + "/" + name }
}

/// A file name read as a week file, or why it cannot be.
enum WeekFileName {
    case file(WeekFile)
    case problem(StoreProblem)
}

extension Store {
    /// Reads `2026-W47-alex.md` in folder `2026`; anything else is a problem that names the expected form.
    static func weekFile(year: String, name: String, folder: String, yearFolder folderPath: String) -> WeekFileName {
        var partner = ""
        var week: Week?
        var contiguous = name
        contiguous.withUTF8 { bytes in
            // The same rule as `Partner.isValidID`, on bytes: this runs for every file of the journal.
            if bytes.count > 12, bytes.count <= 52, bytes[8] == 0x2D, bytes[9] != 0x2D,
               UnsafeBufferPointer(rebasing: bytes[9..<(bytes.count - 3)])
                .allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }),
               let named = isoWeek(in: bytes, at: 0, lowercaseW: true) {
                week = named
                partner = String(decoding: UnsafeBufferPointer(rebasing: bytes[9..<(bytes.count - 3)]), as: UTF8.self)
            }
        }
        let path = { folderPath + "/" + name }
        guard let week else {
            if let copy = ConflictCopy(path: path()) { return .problem(copy.problem) }
            return .problem(StoreProblem(
                path: path(), message: "not a name Hearth understands, not read",
                hint: "name it like 2026-W47-alex.md (ISO week, then the partner id), or move it out of \(folder)/"))
        }
        // The week's ISO year is the name's first four digits, so the folder must carry the same four.
        guard name.utf8.prefix(4).elementsEqual(year.utf8) else {
            return .problem(StoreProblem(path: path(), message: "week \(week) belongs to ISO year \(yearFolder(week)), not \(year)",
                                         hint: "move it to \(folder)/\(yearFolder(week))/\(name)"))
        }
        return .file(WeekFile(week: week, partner: partner, lowercaseW: name.utf8.dropFirst(5).first == 0x77, folder: folderPath))
    }

    /// Reads one check-in; without `prose` its written words are checked but left out.
    func readCheckIn(_ file: WeekFile, in folder: FolderHandle, _ context: CheckContext, prose: Bool = true) -> FileOutcome<CheckIn> {
        let read = readWeekFile(file, in: folder, kind: .checkIn) { bytes in parseCheckIn(bytes, file: file, context, prose: prose) }
        guard prose, splitsReflections, case .loaded(let checkIn, let revision) = read else { return read }
        return .loaded(withPrivateReflection(checkIn, file: file, in: folder), revision)
    }

    /// Decodes the bytes of one check-in file and checks them against the profile.
    func parseCheckIn(_ bytes: UnsafeBufferPointer<UInt8>, file: WeekFile, _ context: CheckContext, prose: Bool) -> FileOutcome<CheckIn> {
        // Files as Hearth wrote them take the one-pass reader; anything else, or anything wrong, the full one.
        if let checkIn = CheckInFile.decodeCanonical(bytes, shared: context.sharedWords, prose: prose),
           checkIn.week == file.week, checkIn.partner == file.partner, context.looksValid(checkIn) {
            return .loaded(checkIn, Revision(bytes))
        }
        let decode = { (document: Document) throws(SyntaxError) in
            try CheckInFile.decode(document, shared: context.sharedWords, prose: prose)
        }
        return outcome(of: bytes, path: file.path, decode: decode) { checkIn, document in
            var errors = context.nameMismatches(week: checkIn.week, partner: checkIn.partner, file: file, in: document)
            if !context.looksValid(checkIn) {
                errors += context.errors(for: checkIn.validate(against: context.profile), in: document)
            }
            return errors
        }
    }

    /// Reads one week file and hands its bytes to `decode`, without keeping a copy of them.
    func readWeekFile<Value>(_ file: WeekFile, in folder: FolderHandle, kind: JournalFileKind,
                                     _ decode: (UnsafeBufferPointer<UInt8>) -> FileOutcome<Value>) -> FileOutcome<Value> {
        do throws(FileSystemError) {
            return try files.withBytes(of: JournalFile(kind: kind, folder: folder, name: file.name), decode) ?? .absent
        } catch {
            return .broken([Self.problem(reading: error, path: file.path, kind: kind)])
        }
    }

    /// `readWeekFile`, also handing on the stat identity of the file as opened (see `withBytesAndIdentity`).
    func readWeekFile<Value>(_ file: WeekFile, journalFile: JournalFile,
                             _ decode: (UnsafeBufferPointer<UInt8>, FileIdentity?) -> FileOutcome<Value>) -> FileOutcome<Value> {
        do throws(FileSystemError) {
            return try files.withBytesAndIdentity(of: journalFile, decode) ?? .absent
        } catch {
            return .broken([Self.problem(reading: error, path: file.path, kind: journalFile.kind)])
        }
    }

    func readMoments(_ file: WeekFile, in folder: FolderHandle, _ context: CheckContext) -> FileOutcome<MomentsFile.Contents> {
        readWeekFile(file, in: folder, kind: .moments) { bytes in parseMoments(bytes, file: file, context) }
    }

    /// Decodes the bytes of one moments file and checks them against the profile.
    func parseMoments(_ bytes: UnsafeBufferPointer<UInt8>, file: WeekFile, _ context: CheckContext) -> FileOutcome<MomentsFile.Contents> {
        if let contents = MomentsFile.decodeCanonical(bytes), contents.week == file.week, contents.partner == file.partner,
           context.momentsLookValid(contents.moments, week: contents.week, partner: contents.partner) {
            return .loaded(contents, Revision(bytes))
        }
        return outcome(of: bytes, path: file.path, decode: MomentsFile.decode) { contents, document in
            context.nameMismatches(week: contents.week, partner: contents.partner, file: file, in: document)
                + context.errors(for: context.problems(moments: contents.moments, week: contents.week, partner: contents.partner),
                                 in: document)
        }
    }
}
