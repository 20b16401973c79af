import HearthDomain

extension Store {
    /// Writes a whole journal into a new store: check-ins and moments first, in parallel, then the
    /// profile last, so an interrupted import leaves no profile and can simply be run again.
    ///
    /// Meant for generated journals (`hearth demo`): files are renamed into place without a per-file
    /// fsync (100,000 of them would take minutes); each folder is flushed once at the end.
    public func importJournal(_ journal: Journal) throws(StoreError) {
        let profile = journal.profile
        let problems = profile.validate() + journal.checkIns.flatMap { checkIn in
            checkIn.validate(against: profile).map { ValidationProblem(field: "\(checkIn.week) \(checkIn.partner): \($0.field)", message: $0.message) }
        }
        guard problems.isEmpty else { throw .invalid(Self.profilePath, problems) }
        try makeRoot()
        if try exists(Self.profilePath) { throw .alreadyInitialized(root) }

        var files: [(path: String, kind: JournalFileKind, bytes: @Sendable () -> [UInt8])] = journal.checkIns.map { checkIn in
            let shared = sharedPart(of: checkIn)
            return (Self.path(of: checkIn.week, partner: checkIn.partner), .checkIn, { CheckInFile.encode(shared) })
        }
        // A sealed journal keeps each private reflection in its own file, sealed to its writer.
        for checkIn in journal.checkIns where splitsReflections && !checkIn.reflection.isEmpty {
            files.append((Self.privateReflectionPath(ofCheckIn: Self.path(of: checkIn.week, partner: checkIn.partner)), .privateReflection,
                          { Self.privateReflectionBytes(of: checkIn) }))
        }
        let loose = Dictionary(grouping: journal.moments.filter { $0.date != nil }) { moment in
            Self.momentsPath(of: Week(containing: moment.date ?? CivilDate(daysSinceEpoch: 0)), partner: moment.from)
        }
        for (path, moments) in loose.sorted(by: { $0.key < $1.key }) {
            guard let first = moments.first, let date = first.date else { continue }
            let contents = MomentsFile.Contents(week: Week(containing: date), partner: first.from, moments: moments,
                                                preserved: PreservedContent())
            files.append((path, .moments, { MomentsFile.encode(contents) }))
        }
        let folders = Set(files.map { Self.parent(of: $0.path) }).sorted()
        for folder in folders { try makeParentFolders(of: folder + "/.") }

        try writeAll(files, flushing: folders)
        try initialize(profile: profile, agenda: journal.agenda, rituals: journal.rituals)
    }

    /// Writes each file through the one writer (temporary name, rename), across both cores, under the writer lock.
    private func writeAll(_ files: [(path: String, kind: JournalFileKind, bytes: @Sendable () -> [UInt8])], flushing folders: [String]) throws(StoreError) {
        let lock = try acquireLock()
        defer { fileSystem.unlock(lock) }
        // Left marked if this is killed: the next save then looks for the temporaries in every folder.
        try? fileSystem.markLock(lock, saving: true)
        let door = self.files
        let targets = files.map { (JournalFile(kind: $0.kind, path: absolute($0.path)), $0.bytes) }
        let failures = Self.parallelMap(targets.count) { index -> String? in
            let (file, bytes) = targets[index]
            do throws(JournalFiles.WriteFailure) {
                try door.write(bytes(), to: file, durability: .batched)
                return nil
            } catch {
                switch error {
                case .notWritten(let failure), .notFlushed(let failure): return "\(file.folder.path)/\(file.name): \(failure.message)"
                }
            }
        }
        if let failure = failures.compactMap({ $0 }).first { throw .io(root, failure) }
        try? fileSystem.markLock(lock, saving: false)
        for folder in folders {
            do {
                try fileSystem.syncDirectory(at: absolute(folder))
            } catch {
                throw .io(folder, error.message)
            }
        }
    }
}
