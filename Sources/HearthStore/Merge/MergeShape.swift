import HearthDomain

/// A journal file kind as records for the merge: how its bytes become a `MergeDocument` and back.
enum MergeShape: Sendable {
    case profile, agenda, rituals, checkIn, moments

    /// The kind of file at `relativePath`, or nil for a file Hearth does not merge (drafts, the lock, anything else).
    init?(relativePath path: String) {
        switch path {
        case Store.profilePath: self = .profile
        case Store.agendaPath: self = .agenda
        case Store.ritualsPath: self = .rituals
        default:
            guard path.hasSuffix(".md"), !path.contains("sync-conflict"), !path.contains("conflicted copy") else { return nil }
            if path.hasPrefix("checkins/") {
                self = .checkIn
            } else if path.hasPrefix("moments/") {
                self = .moments
            } else {
                return nil
            }
        }
    }

    /// The records of a file, or the problem (file, line, column) when it does not parse.
    func document(_ bytes: [UInt8], path: String) -> Result<MergeDocument, StoreProblem> {
        bytes.withUnsafeBufferPointer { buffer in
            do throws(SyntaxError) {
                let document = try Document(buffer)
                return .success(try records(of: document, path: path))
            } catch {
                return .failure(Store.problem(error, in: buffer, path: path))
            }
        }
    }

    private func records(of document: Document, path: String) throws(SyntaxError) -> MergeDocument {
        switch self {
        case .profile: try Self.records(ProfileFile.decode(document), path: path)
        case .agenda: try Self.records(AgendaFile.decode(document), path: path)
        case .rituals: try Self.records(RitualsFile.decode(document), path: path)
        case .checkIn: try Self.records(CheckInFile.decode(document), path: path)
        case .moments: try Self.records(MomentsFile.decode(document), path: path)
        }
    }

    /// The canonical bytes of merged records, with `conflicts` written in.
    func bytes(_ document: MergeDocument, path: String) throws(JournalMergeError) -> [UInt8] {
        switch self {
        case .profile: ProfileFile.encode(try Self.profile(document, path: path))
        case .agenda: AgendaFile.encode(try Self.agenda(document, path: path))
        case .rituals: RitualsFile.encode(try Self.rituals(document, path: path))
        case .checkIn: CheckInFile.encode(try Self.checkIn(document, path: path))
        case .moments: MomentsFile.encode(try Self.moments(document, path: path))
        }
    }

    // MARK: What every kind keeps: unknown keys and sections, and the conflicts entry

    /// Unknown front-matter keys (`key:NAME`) and sections (`section:HEADING`) as records; the conflicts entry apart.
    static func records(_ preserved: PreservedContent, path: String) throws(SyntaxError) -> MergeDocument {
        var document = MergeDocument(records: [], conflicts: [])
        for entry in preserved.frontMatter {
            if entry.key == ConflictsEntry.key {
                document.conflicts += try ConflictsEntry.decode(text: entry.text, path: path)
            } else {
                document.records.append(MergeRecord("key", entry.key, [MergeField("text", entry.text)]))
            }
        }
        for entry in preserved.sections {
            document.records.append(MergeRecord("section", entry.key, [MergeField("text", entry.text)]))
        }
        return document
    }

    /// The kept keys and sections of merged records, the conflicts entry last among the keys.
    static func preserved(_ document: MergeDocument) -> PreservedContent {
        var preserved = PreservedContent()
        for record in document.records {
            let entry = RawEntry(key: record.id, text: record["text"] ?? "")
            if record.group == "key" { preserved.frontMatter.append(entry) }
            if record.group == "section" { preserved.sections.append(entry) }
        }
        if !document.conflicts.isEmpty {
            preserved.frontMatter.append(RawEntry(key: ConflictsEntry.key, text: ConflictsEntry.text(document.conflicts)))
        }
        return preserved
    }

    /// The records of one group, in merged order.
    static func group(_ name: String, in document: MergeDocument) -> [MergeRecord] {
        document.records.filter { $0.group == name }
    }

    /// A value of a fixed set of words (`RawRepresentable` by its file word).
    static func word<Value: RawRepresentable<String>>(_ type: Value.Type) -> (String) -> Value? {
        { Value(rawValue: $0) }
    }
}
