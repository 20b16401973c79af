import CThreads
import Dispatch
import HearthDomain
import Synchronization

/// How reading one file went.
enum FileOutcome<Value> {
    case absent
    case loaded(Value, Revision)
    case broken([StoreProblem])
}

extension Store {
    /// Reads the whole store; never writes. `journal` is nil when there is no profile yet.
    ///
    /// For reports that show less: `moments: false` does not read the moments logged outside check-ins;
    /// `prose: false` leaves the check-ins' written words empty (sections, what moments say, answers; a skip's
    /// reason stays), though every file is still checked in full and the same broken files are reported.
    ///
    /// `fields: .ratingsAndSigns` keeps of each check-in only what `hearth list` shows (see `CheckInFields`).
    public func load(moments: Bool = true, prose: Bool = true, fields: CheckInFields = .all) -> LoadResult {
        // Before any file is looked at: what the index then records is trusted only for files older than this.
        let referenceTime = usesIndex ? Self.clockNow() : 0
        var result = loadSettings()
        guard var journal = result.journal else { return result }
        result.problems += topLevelConflictCopies().map(\.problem)
        let context = CheckContext(profile: journal.profile, rituals: journal.rituals)
        let stamp = Self.settingsStamp(of: result)
        withIndex(settingsStamp: stamp, prose: prose) { index in
            let indexing = usesIndex
            var records: [IndexRecord] = []
            let words = indexing ? Self.indexWords(context) : .none
            let keeping = fields.keeping(types: context.typeIDList)
            // Files are read in journal order (week, then partner), so nothing needs sorting afterwards.
            journal.checkIns = loadWeekFiles(folder: "checkins", context: context, into: &result,
                                             cache: indexing ? checkInCache(index, prose: prose, words: words, filter: fields.proseFilter,
                                                                            keeping: keeping) : nil,
                                             records: &records, keep: keeping.keep) { file, folder, context in
                readCheckIn(file, in: folder, context, prose: prose)
            }
            result.noteConflicts(in: journal.checkIns, \.preserved)
            if moments {
                let files = loadWeekFiles(folder: "moments", context: context, into: &result,
                                          cache: indexing ? momentsCache(index, words: words) : nil, records: &records, read: readMoments)
                result.noteConflicts(in: files, \.preserved)
                journal.moments = files.flatMap(\.moments)
            }
            result.indexWrite = writeIndex(records, loadedFolders: moments ? [0, 1] : [0], old: index, referenceTime: referenceTime,
                                           settingsStamp: stamp)
        }
        result.journal = journal
        return result
    }

    /// Reads only what changing one partner's week needs: the profile, agenda, rituals and that
    /// partner's check-in for the week (the journal holds at most that one). Never writes.
    /// Problems in other files are not looked for: `load()` and `hearth doctor` find those.
    public func load(week: Week, partner: String) -> LoadResult {
        load(week: week, partner: partner, onto: loadSettings())
    }

    /// `load(week:partner:)` onto settings already read with `loadSettings()`, so they are not read twice.
    public func load(week: Week, partner: String, onto settings: LoadResult) -> LoadResult {
        load(oneWeekFile: Self.path(of: week, partner: partner), week: week, partner: partner, onto: settings,
             read: { file, folder, context in readCheckIn(file, in: folder, context) }) { journal, checkIn in journal.checkIns = [checkIn] }
    }

    /// Reads only the profile, agenda and rituals: the small files every command needs. Never writes.
    public func loadSettings() -> LoadResult {
        var result = LoadResult(journal: nil)
        let profile: Profile
        switch read(Self.profilePath, kind: .profile, decode: ProfileFile.decode, check: Self.check(profile:in:)) {
        case .absent: return result
        case .broken(let problems):
            result.problems += problems
            return result
        case .loaded(let value, let revision):
            result.revisions[Self.profilePath] = revision
            if value.preserved.holdsConflicts { result.conflictedPaths.append(Self.profilePath) }
            profile = value
        }
        var journal = Journal(profile: profile)
        switch read(Self.agendaPath, kind: .agenda, decode: AgendaFile.decode, check: { _, _ in [] }) {
        case .absent: break
        case .broken(let problems): result.problems += problems
        case .loaded(let agenda, let revision):
            journal.agenda = agenda
            result.revisions[Self.agendaPath] = revision
            if agenda.preserved.holdsConflicts { result.conflictedPaths.append(Self.agendaPath) }
        }
        switch read(Self.ritualsPath, kind: .rituals, decode: RitualsFile.decode, check: { _, _ in [] }) {
        case .absent: break
        case .broken(let problems): result.problems += problems
        case .loaded(let contents, let revision):
            journal.rituals = contents.rituals
            result.revisions[Self.ritualsPath] = revision
            if contents.preserved.holdsConflicts { result.conflictedPaths.append(Self.ritualsPath) }
        }
        result.journal = journal
        return result
    }

    /// Reads and decodes one file of `kind`; `check` turns semantic problems into positioned errors.
    func read<Value>(_ relativePath: String, kind: JournalFileKind,
                     decode: (Document) throws(SyntaxError) -> Value,
                     check: (Value, Document) -> [SyntaxError]) -> FileOutcome<Value> {
        do throws(FileSystemError) {
            return try files.withBytes(of: files.file(relativePath, kind: kind)) { buffer in
                outcome(of: buffer, path: relativePath, decode: decode, check: check)
            } ?? .absent
        } catch {
            return .broken([Self.problem(reading: error, path: relativePath, kind: kind)])
        }
    }

    /// Parses and decodes bytes already read; `check` turns semantic problems into positioned errors.
    func outcome<Value>(of buffer: UnsafeBufferPointer<UInt8>, path: @autoclosure () -> String,
                        decode: (Document) throws(SyntaxError) -> Value,
                        check: (Value, Document) -> [SyntaxError]) -> FileOutcome<Value> {
        do throws(SyntaxError) {
            let document = try Document(buffer)
            let value = try decode(document)
            let errors = check(value, document)
            if errors.isEmpty { return .loaded(value, Revision(buffer)) }
            let path = path()
            return .broken(errors.map { Self.problem($0, in: buffer, path: path) })
        } catch {
            return .broken([Self.problem(error, in: buffer, path: path())])
        }
    }

    static func problem(_ error: SyntaxError, in buffer: UnsafeBufferPointer<UInt8>, path: String) -> StoreProblem {
        let place = position(of: error.offset, in: buffer)
        return StoreProblem(path: path, line: place.line, column: place.column, message: error.message, hint: error.hint)
    }

    /// Runs `body` for every index, split across the cores, and hands each result to `receive` in index order.
    ///
    /// Results are moved out of one uninitialized buffer rather than collected into an array of optionals
    /// and copied: copying a decoded check-in retains each of its fields, and releases them again later.
    /// Below a few dozen files, waking the thread pool costs more than it saves: `chunkSize` items run
    /// as one piece of work, and no more than one chunk runs on the calling thread alone.
    static func parallelForEach<Output>(_ count: Int, chunkSize: Int = 32, _ body: @Sendable (Int) -> Output,
                                        then receive: (consuming Output) -> Void) {
        guard count > chunkSize else {
            for index in 0..<count { receive(body(index)) }
            return
        }
        let results = UnsafeMutableBufferPointer<Output>.allocate(capacity: count)
        defer { results.deallocate() }
        // Each index is initialized by exactly one chunk, so the threads never touch the same slot.
        nonisolated(unsafe) let slots = results
        let starter = hearth_thread_id()
        let chunks = (count + chunkSize - 1) / chunkSize
        let next = Atomic(0)
        // One worker per CPU, each taking the next chunk until none is left, so a slow chunk still leaves the
        // rest to the other: pinned once per worker rather than once per chunk (each pin is three system calls).
        DispatchQueue.concurrentPerform(iterations: min(chunks, max(1, Int(hearth_cpu_count())))) { _ in
            // Each thread on a CPU of its own while it works (see CThreads): otherwise this machine's
            // scheduler often runs both on one CPU. Let go when done, so no pool thread stays pinned.
            var allowed = hearth_cpu_mask()
            let pinned = hearth_pin_thread_for_parallel_work(starter, &allowed) == 0
            defer { if pinned { hearth_unpin_thread(&allowed) } }
            while true {
                let chunk = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard chunk < chunks else { break }
                for index in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                    slots.initializeElement(at: index, to: body(index))
                }
            }
        }
        for index in 0..<count { receive(results.moveElement(from: index)) }
    }

    /// Runs `body` for every index, split across the cores; results come back in index order.
    static func parallelMap<Output>(_ count: Int, _ body: @Sendable (Int) -> Output) -> [Output] {
        // Below a few dozen files, waking the thread pool costs more than it saves.
        let chunkSize = 32
        guard count > chunkSize else { return (0..<count).map(body) }
        var results = [Output?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each index is written by exactly one chunk, so the threads never touch the same slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: (count + chunkSize - 1) / chunkSize) { chunk in
                for index in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                    slots[index] = body(index)
                }
            }
        }
        return results.compactMap { $0 }
    }
}
