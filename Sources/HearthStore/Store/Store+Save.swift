import HearthDomain
import HearthSeal

extension Store {
    /// Atomically writes one check-in. `expected` nil: the file must not exist yet (else .alreadyExists).
    /// Non-nil: the file must still be as it was when loaded (else .changedOnDisk). Validates against the profile first (.invalid).
    /// Returns the path written, relative to root (e.g. "checkins/2026/2026-W47-alex.md").
    @discardableResult
    public func save(_ checkIn: CheckIn, profile: Profile, expected: Revision?) throws(StoreError) -> String {
        try write(checkIn, profile: profile, expected: expected).path
    }

    /// Like `save`, and also returns the new revision, so the same file can be saved again without reloading.
    public func write(_ checkIn: CheckIn, profile: Profile, expected: Revision?) throws(StoreError) -> (path: String, revision: Revision) {
        let path = Self.path(of: checkIn.week, partner: checkIn.partner)
        var problems = checkIn.validate(against: profile)
        if !Partner.isValidID(checkIn.partner), problems.allSatisfy({ $0.field != "partner" }) {
            problems.append(ValidationProblem(field: "partner", message: "'\(checkIn.partner)' cannot be used in a file name"))
        }
        guard problems.isEmpty else { throw .invalid(path, problems) }
        try requireProfile()
        return (path, try replace(checkIn, at: path, onDisk: expected.map(OnDisk.version) ?? .absent))
    }

    /// Writes profile.md over the version that was loaded (`expected`), or a new one when nil and absent.
    ///
    /// profile.md is shared by both partners. With `base` (the profile as loaded), a file changed on disk
    /// meanwhile is merged partner by partner rather than refused, when the change there touched other
    /// partners (or types) than this save did; a partner changed both here and there is still refused.
    public func saveProfile(_ profile: Profile, expected: Revision?, base: Profile? = nil) throws(StoreError) {
        let problems = profile.validate()
        guard problems.isEmpty else { throw .invalid(Self.profilePath, problems) }
        let merge = base.map { base in
            { (onDisk: FileContents) -> [UInt8]? in
                guard let theirs = Self.decodeQuietly(onDisk, ProfileFile.decode),
                      let merged = profile.merged(base: base, theirs: theirs), merged.validate().isEmpty else { return nil }
                return ProfileFile.encode(merged)
            }
        }
        try replace(Self.profilePath, expected: expected, onChange: merge) { _ in ProfileFile.encode(profile) }
    }

    /// Writes rituals.md, keeping whatever else the current file holds beyond the rituals.
    public func saveRituals(_ rituals: [Ritual], expected: Revision?) throws(StoreError) {
        let problems = Self.validate(rituals)
        guard problems.isEmpty else { throw .invalid(Self.ritualsPath, problems) }
        try requireProfile()
        try replace(Self.ritualsPath, expected: expected) { current in
            let preserved = current.flatMap { Self.decodeQuietly($0, RitualsFile.decode)?.preserved } ?? PreservedContent()
            return RitualsFile.encode(RitualsFile.Contents(rituals: rituals, preserved: preserved))
        }
    }

    /// Writes agenda.md over the version that was loaded.
    public func saveAgenda(_ agenda: Agenda, expected: Revision?) throws(StoreError) {
        try requireProfile()
        try replace(Self.agendaPath, expected: expected) { _ in AgendaFile.encode(agenda) }
    }

    /// Writes the moments `partner` gave in `week` outside a check-in (`moments/2026/2026-W47-alex.md`).
    @discardableResult
    public func saveMoments(_ moments: [Moment], week: Week, partner: String, profile: Profile,
                            expected: Revision?) throws(StoreError) -> String {
        let path = Self.momentsPath(of: week, partner: partner)
        let problems = CheckContext(profile: profile).problems(moments: moments, week: week, partner: partner)
        guard problems.isEmpty, Partner.isValidID(partner) else {
            throw .invalid(path, problems.isEmpty ? [ValidationProblem(field: "partner", message: "'\(partner)' is not a valid id")] : problems)
        }
        try requireProfile()
        try replace(path, expected: expected) { current in
            let preserved = current.flatMap { Self.decodeQuietly($0, MomentsFile.decode)?.preserved } ?? PreservedContent()
            return MomentsFile.encode(MomentsFile.Contents(week: week, partner: partner, moments: moments, preserved: preserved))
        }
        return path
    }

    /// Writes profile.md, agenda.md, rituals.md and the git/Syncthing ignore files into a new store (creating folders
    /// 0700); refuses if a profile exists.
    public func initialize(profile: Profile, agenda: Agenda, rituals: [Ritual]) throws(StoreError) {
        let problems = profile.validate() + Self.validate(rituals)
        guard problems.isEmpty else { throw .invalid(Self.profilePath, problems) }
        try makeRoot()
        if try exists(Self.profilePath) { throw .alreadyInitialized(root) }
        // Files a person placed here before `init` are kept; the profile goes last, so an interrupted
        // initialisation can simply be run again.
        if try !exists(Self.agendaPath) {
            try replace(Self.agendaPath, expected: nil) { _ in AgendaFile.encode(agenda) }
        }
        if try !exists(Self.ritualsPath) {
            try replace(Self.ritualsPath, expected: nil) { _ in
                RitualsFile.encode(RitualsFile.Contents(rituals: rituals, preserved: PreservedContent()))
            }
        }
        try makeParentFolders(of: "checkins/.")
        try makeParentFolders(of: "moments/.")
        try writeSyncIgnores()
        do {
            try replace(Self.profilePath, expected: nil) { _ in ProfileFile.encode(profile) }
        } catch .alreadyExists {
            throw .alreadyInitialized(root)
        }
    }

    private func requireProfile() throws(StoreError) {
        guard try exists(Self.profilePath) else { throw .notInitialized(root) }
    }

    /// Whether the file is there, in either form for journal data (`NAME` or `NAME.age`).
    func exists(_ relativePath: String) throws(StoreError) -> Bool {
        do {
            if try fileSystem.status(at: absolute(relativePath)) != nil { return true }
            guard JournalFileKind(path: relativePath)?.isJournalData == true else { return false }
            return try fileSystem.status(at: absolute(Keyring.sealedPath(relativePath))) != nil
        } catch {
            throw .io(relativePath, error.message)
        }
    }

    /// Creates the root and any missing parents, each 0700.
    func makeRoot() throws(StoreError) {
        var folder = root.hasPrefix("/") ? "" : "."
        for component in root.split(separator: "/") {
            folder += "/" + component
            do {
                try fileSystem.makeDirectory(at: folder, mode: Self.directoryMode)
            } catch {
                throw .io(folder, error.message)
            }
        }
    }

    private static func validate(_ rituals: [Ritual]) -> [ValidationProblem] {
        var seen = Set<String>()
        var problems: [ValidationProblem] = []
        for (index, ritual) in rituals.enumerated() {
            if !Partner.isValidID(ritual.id) {
                problems.append(.init(field: "rituals[\(index)].id", message: "'\(ritual.id)' must be lower-case ASCII letters, digits and '-'"))
            }
            if !seen.insert(ritual.id).inserted {
                problems.append(.init(field: "rituals[\(index)].id", message: "'\(ritual.id)' is used twice"))
            }
        }
        return problems
    }

    /// Decodes a file only to carry its unknown content over; a file that does not parse has none to offer.
    private static func decodeQuietly<Value>(_ contents: FileContents, _ decode: (Document) throws(SyntaxError) -> Value) -> Value? {
        contents.bytes.withUnsafeBufferPointer { buffer in
            do throws(SyntaxError) {
                return try decode(try Document(buffer))
            } catch {
                return nil
            }
        }
    }
}
