#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthDomain
import HearthSeal

/// The device-local index in the load path: a cache of decoded week files, validated file by file by their
/// stat data and content, never the truth (see `JournalIndex`).
extension Store {
    /// Whether loads use the index: when asked to, for a plain journal, and for a sealed one when a partner
    /// is unlocked (the index is then sealed to that partner; with none, no index is read or written).
    var usesIndex: Bool {
        guard indexUse != nil else { return false }
        guard keyring != nil else { return true }
        return splitsReflections && indexPartner != nil
    }

    /// The partner whose sealed index a load of a sealed journal uses: the first one unlocked.
    var indexPartner: String? { keyring?.unlockedPartners.first }

    /// `.hearth/index`, or for a sealed journal `.hearth/index-<partner>.age`, sealed to that partner alone.
    var indexPath: String {
        guard keyring != nil, let partner = indexPartner else { return JournalIndex.path }
        return JournalIndex.path + "-" + partner + ".age"
    }

    /// Runs `body` with the index as read (nil when absent or unusable), its bytes valid during the call only.
    /// A sealed index is opened in memory; its plaintext never reaches the disk.
    func withIndex<Result>(settingsStamp: UInt64, _ body: (JournalIndex?) -> Result) -> Result {
        guard let use = indexUse, usesIndex else { return body(nil) }
        let file = files.file(indexPath, kind: .index)
        if let keyring {
            // Opened from the bytes as read: a copy of the 1.5 MB sealed file first cost as much as decrypting it.
            guard let opened = try? files.withBytes(of: file, { try? keyring.open(UnsafeRawBufferPointer($0)) }),
                  let plain = opened else { return body(nil) }
            return plain.withUnsafeBytes { body(JournalIndex($0, settingsStamp: settingsStamp, racyMargin: use.racyMargin)) }
        }
        var result: Result?
        _ = try? files.withBytes(of: file) { buffer in
            result = body(JournalIndex(UnsafeRawBufferPointer(buffer), settingsStamp: settingsStamp, racyMargin: use.racyMargin))
        }
        if let result { return result }
        return body(nil)
    }

    /// A stamp of what checking a week file depends on besides its own bytes: the profile and the rituals.
    static func settingsStamp(of result: LoadResult) -> UInt64 {
        var stamp: UInt64 = 0x5348_4541_5254_4831
        for path in [profilePath, ritualsPath] {
            let revision = result.revisions[path]
            stamp = (stamp ^ (revision?.hash ?? 0)) &* 0xFF51_AFD7_ED55_8CCD
            stamp = (stamp ^ UInt64(bitPattern: Int64(revision?.size ?? -1))) &* 0xC4CE_B9FE_1A85_EC53
        }
        return stamp
    }

    /// The time now, nanoseconds since the epoch.
    static func clockNow() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Reads one week file through the index: taken from it without opening the file when its stat data
    /// match and it is not racily clean; otherwise read, and when its bytes are the cached version's, the cached
    /// value is used without parsing. A broken file is never cached, so its problems are found anew each time.
    func readCached<Value>(_ file: WeekFile, in folder: FolderHandle, _ context: CheckContext, cache: WeekFileCache<Value>,
                           records: inout [IndexRecord]) -> FileOutcome<Value> {
        // The file as this store reads it first: `NAME.age` in a sealed journal.
        let identity = fileSystem.identity(ofFileNamed: files.storedName(of: JournalFile(kind: cache.kind, folder: folder, name: file.name)),
                                           in: folder)
        let key = IndexKey(folder: cache.folder, file: file)
        let index = cache.index
        let entry = index?.entries[key]
        if let identity, let index, let entry, entry.identity == identity, !index.isRacy(identity) {
            var reader = index.reader(for: entry)
            let value = cache.decode(&reader, file)
            if !reader.failed {
                records.append(IndexRecord(key: key, identity: identity, revision: entry.revision, value: .cached(entry.payload), trusted: true))
                return .loaded(cache.complete(value, file, folder), entry.revision)
            }
        }
        var record: IndexRecord?
        let outcome = readWeekFile(file, in: folder, kind: cache.kind) { bytes -> FileOutcome<Value> in
            let revision = Revision(bytes)
            if let index, let entry, entry.revision == revision {
                var reader = index.reader(for: entry)
                let value = cache.decode(&reader, file)
                if !reader.failed {
                    record = identity.map { IndexRecord(key: key, identity: $0, revision: revision, value: .cached(entry.payload), trusted: false) }
                    return .loaded(value, revision)
                }
            }
            let parsed = cache.parse(bytes, file, context)
            guard case .loaded(let value, _) = parsed else { return parsed }
            if let identity {
                var writer = IndexWriter()
                cache.encode(value, &writer)
                record = IndexRecord(key: key, identity: identity, revision: revision, value: .encoded(writer.bytes), trusted: false)
            }
            return .loaded(cache.finish(value), revision)
        }
        if let record { records.append(record) }
        guard case .loaded(let value, let revision) = outcome else { return outcome }
        return .loaded(cache.complete(value, file, folder), revision)
    }

    /// The cache of `checkins/`: prose kept in the index, handed out only when the load asks for it.
    func checkInCache(_ index: JournalIndex?, prose: Bool) -> WeekFileCache<CheckIn> {
        WeekFileCache(index: index, folder: 0, kind: .checkIn,
                      decode: { reader, file in IndexCodec.decodeCheckIn(&reader, week: file.week, partner: file.partner, prose: prose) },
                      parse: { bytes, file, context in parseCheckIn(bytes, file: file, context, prose: true) },
                      encode: { checkIn, writer in IndexCodec.encode(checkIn, into: &writer) },
                      finish: { checkIn in prose ? checkIn : Self.withoutProse(checkIn) },
                      // A sealed journal's private reflections stay in their own files, read as without the index.
                      complete: { checkIn, file, folder in
                          prose && splitsReflections ? withPrivateReflection(checkIn, file: file, in: folder) : checkIn
                      })
    }

    /// The cache of `moments/`.
    func momentsCache(_ index: JournalIndex?) -> WeekFileCache<MomentsFile.Contents> {
        WeekFileCache(index: index, folder: 1, kind: .moments,
                      decode: { reader, file in IndexCodec.decodeMoments(&reader, week: file.week, partner: file.partner) },
                      parse: { bytes, file, context in parseMoments(bytes, file: file, context) },
                      encode: { contents, writer in IndexCodec.encode(contents, into: &writer) },
                      finish: { $0 }, complete: { contents, _, _ in contents })
    }

    /// A check-in as a load without prose reads it: what `CheckInFile.decode(prose: false)` leaves out, left out.
    static func withoutProse(_ checkIn: CheckIn) -> CheckIn {
        var checkIn = checkIn
        checkIn.appreciations = []
        checkIn.howWeAreDoing = ""
        checkIn.moreOf = ""
        checkIn.lessOf = ""
        checkIn.intention = ""
        checkIn.reflection = ""
        checkIn.notes = ""
        for index in checkIn.moments.indices {
            checkIn.moments[index].text = ""
            checkIn.moments[index].landed = ""
        }
        for id in checkIn.answers.keys { checkIn.answers[id] = "" }
        checkIn.preserved.sections = []
        return checkIn
    }

    /// Removes every index in `.hearth/` (the plain one and each partner's sealed one); the writer lock is held.
    func removeIndexFiles(journal: String) {
        let folder = journal + "/" + Self.indexFolder
        guard !fileSystem.isSymbolicLink(at: folder), let entries = (try? fileSystem.listDirectory(at: folder)) ?? nil else { return }
        for entry in entries where !entry.isDirectory && entry.name.hasPrefix("index") {
            _ = try? files.remove(JournalFile(kind: .index, path: folder + "/" + entry.name), exactName: true)
        }
    }

    /// Writes the index a load found out of date: when something was read, changed or went, and only when
    /// the writer lock is free (a save under way will change files anyway; the next load writes it).
    func writeIndex(_ records: [IndexRecord], loadedFolders: Set<UInt8>, old: JournalIndex?, referenceTime: Int64, settingsStamp: UInt64) {
        guard usesIndex else { return }
        var records = records
        let trusted = records.reduce(0) { $0 + ($1.trusted ? 1 : 0) }
        let oldCount = old?.entries.keys.reduce(0) { $0 + (loadedFolders.contains($1.folder) ? 1 : 0) } ?? 0
        guard trusted != records.count || trusted != oldCount else { return }
        // Folders this load did not read keep their entries as they were.
        if let old {
            for (key, entry) in old.entries where !loadedFolders.contains(key.folder) {
                records.append(IndexRecord(key: key, identity: entry.identity, revision: entry.revision, value: .cached(entry.payload), trusted: true))
            }
        }
        var bytes = JournalIndex.encode(records, referenceTime: referenceTime, settingsStamp: settingsStamp, old: old)
        if let keyring {
            // Sealed before anything reaches the disk, to the one partner whose index it is.
            guard let partner = indexPartner, let sealed = try? keyring.seal(bytes, for: .only(partner)) else { return }
            bytes = sealed
        }
        let folder = absolute(Self.indexFolder)
        guard !fileSystem.isSymbolicLink(at: folder), let lock = try? fileSystem.lock(at: absolute(Self.lockPath)) else { return }
        defer { fileSystem.unlock(lock) }
        guard (try? fileSystem.makeDirectory(at: folder, mode: Self.directoryMode)) != nil else { return }
        // A reader killed mid-write leaves its temporary: this write clears ended processes' ones, and the mark
        // has the next save sweep `.hearth/` too (see `keepUp`), as for a killed save.
        files.removeStaleTemporaries(inFolder: folder)
        // A mark left by a killed save stays for the next save's sweep of the journal's folders.
        let marked = ((try? fileSystem.status(at: lock.path)) ?? nil)?.size ?? 0 > 0
        if !marked { try? fileSystem.markLock(lock, saving: true) }
        defer { if !marked { try? fileSystem.markLock(lock, saving: false) } }
        try? files.write(bytes, to: files.file(indexPath, kind: .index), durability: .batched)
    }
}
