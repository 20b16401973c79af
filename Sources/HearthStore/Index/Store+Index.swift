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
    /// A plain index is read only up to its prose, which a load with prose reads a batch at a time (see
    /// `withProse`). A sealed index is opened in memory, its prose only for a load with `prose` (see
    /// `withSealedIndex`); its plaintext never reaches the disk.
    func withIndex<Result>(settingsStamp: UInt64, prose: Bool, _ body: (JournalIndex?) -> Result) -> Result {
        guard let use = indexUse, usesIndex else { return body(nil) }
        if let keyring {
            return withSealedIndex(keyring, settingsStamp: settingsStamp, racyMargin: use.racyMargin, prose: prose, body)
        }
        let file = files.file(indexPath, kind: .index)
        var result: Result?
        _ = try? files.withLeadingBytes(of: file, headerSize: JournalIndex.headerSize, length: JournalIndex.headLength(header:)) { buffer in
            result = body(JournalIndex(UnsafeRawBufferPointer(buffer), settingsStamp: settingsStamp, racyMargin: use.racyMargin, prose: false))
        }
        if let result { return result }
        return body(nil)
    }

    /// Runs `body` with `cache`, its index holding the prose of the files of `years` (a batch of year folders, in
    /// order) when it reads prose and has not read it: the chunks holding them, in one read, each checked. So a
    /// load never holds more than a batch's prose. An unreadable range leaves the entries to their files.
    func withProse<Value, Result>(of cache: WeekFileCache<Value>?, years: some Collection<String>,
                                  _ body: (WeekFileCache<Value>?) -> Result) -> Result {
        guard let cache, cache.needsProse, let index = cache.index, index.window == nil,
              let first = years.first.flatMap({ Int($0) }), let last = years.max().flatMap({ Int($0) }) else { return body(cache) }
        let entries = index.firstEntry(folder: cache.folder, week: Int32(first * 64))..<index.firstEntry(folder: cache.folder,
                                                                                                    week: Int32((last + 1) * 64))
        let chunks = index.chunks(holding: entries)
        guard !chunks.isEmpty else { return body(cache) }
        let start = index.chunkStart(chunks.lowerBound)
        let read = try? files.withBytes(of: files.file(indexPath, kind: .index), offset: index.proseOffset + start,
                                        length: index.chunkEnd(chunks.upperBound - 1) - start) { bytes in
            var reading = cache
            reading.index?.window = index.checkedWindow(UnsafeRawBufferPointer(bytes), chunks: chunks)
            return body(reading)
        }
        return read ?? body(cache)
    }

    /// Runs `body` with the whole index, prose included, when it is still the one `head` was read from (the
    /// same head); nil otherwise.
    func withWholeIndex<Result>(like head: JournalIndex, settingsStamp: UInt64, _ body: (JournalIndex) -> Result) -> Result? {
        if let keyring {
            return withSealedIndex(keyring, settingsStamp: settingsStamp, racyMargin: head.racyMargin, prose: true) { whole in
                whole.flatMap { $0.headChecksum == head.headChecksum && $0.count == head.count ? body($0) : nil }
            }
        }
        var result: Result?
        _ = try? files.withBytes(of: files.file(indexPath, kind: .index)) { buffer in
            guard let whole = JournalIndex(UnsafeRawBufferPointer(buffer), settingsStamp: settingsStamp, racyMargin: head.racyMargin, prose: true),
                  whole.headChecksum == head.headChecksum, whole.count == head.count else { return }
            result = body(whole)
        }
        return result
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
    /// The value comes back as `keep` leaves it, except one parsed from the file (`parsed`), which comes back as
    /// parsed, for the caller to complete (`WeekFileCache.complete`) and keep.
    func readCached<Value>(_ file: WeekFile, in folder: FolderHandle, _ context: CheckContext, cache: WeekFileCache<Value>,
                           records: inout [IndexRecord], keep: (Value) -> Value, parsed: inout Bool,
                           blocks: (facts: IndexBlock, prose: IndexBlock)) -> FileOutcome<Value> {
        // A value decoded from the index is kept as it is when decoding already trimmed it.
        let kept = cache.decodeKeeps ? { $0 } : keep
        let index = cache.index
        var entry = index?.find(folder: cache.folder, week: Int32(truncatingIfNeeded: file.week.year &* 64 &+ file.week.number),
                                lowercaseW: file.lowercaseW, partner: file.partner)
        // An entry cached without the prose this load needs cannot give its value (a `search` after a first `list`):
        // the file is read as if it had none, sparing a stat and a hash that could only confirm it.
        if let found = entry, cache.needsProse, index?.hasProse(found) == false { entry = nil }
        let journalFile = JournalFile(kind: cache.kind, folder: folder, name: file.name)
        // The file as this store reads it first (`NAME.age` in a sealed journal), stat'ed before it is read; with
        // no entry to check, the stat of the read itself (a stat after it could describe a later version).
        let statted = entry == nil && fileSystem.identifiesOnRead ? nil : fileSystem.identity(ofFileNamed: files.storedName(of: journalFile), in: folder)
        if let identity = statted, let index, let entry, index.identity(entry) == identity, !index.isRacy(identity),
           let value = cache.decode(index, entry, file) {
            records.append(.trusted(entry))
            return .loaded(kept(cache.completed(value, file, folder)), index.revision(entry))
        }
        var record: IndexRecord?
        var decoded = false
        let outcome = readWeekFile(file, journalFile: journalFile) { bytes, opened -> FileOutcome<Value> in
            let identity = entry == nil && fileSystem.identifiesOnRead ? opened : statted
            // Hashed here only to compare with an entry; a parse hashes the bytes itself (once is enough).
            if let index, let entry, index.revision(entry) == Revision(bytes), let value = cache.decode(index, entry, file) {
                record = identity.map { .refreshed(entry, $0) }
                decoded = true
                return .loaded(value, index.revision(entry))
            }
            let parsed = cache.parse(bytes, file, context)
            guard let identity else { return parsed }
            // Consumed, so the value is encoded and handed on without a copy of it (retaining each field) and its release.
            switch consume parsed {
            case .loaded(let value, let revision):
                let factsStart = blocks.facts.start()
                let proseStart = blocks.prose.start()
                cache.encode(value, &blocks.facts.writer, &blocks.prose.writer)
                record = .encoded(IndexKey(folder: cache.folder, file: file), identity, revision, facts: blocks.facts.span(from: factsStart),
                                  prose: cache.keepsProse ? blocks.prose.span(from: proseStart) : nil)
                return .loaded(value, revision)
            case let other:
                return other
            }
        }
        if let record { records.append(record) }
        // A parsed value goes back in its outcome, moved on whole, for the caller to complete and keep as a load without
        // the index does: taken out of the outcome here it was copied (retaining each field), and a cold load paid that
        // per file.
        guard decoded else {
            parsed = true
            return outcome
        }
        switch consume outcome {
        case .loaded(let value, let revision): return .loaded(kept(cache.completed(value, file, folder)), revision)
        case let other: return other
        }
    }

    /// The words many entries share: the profile's intimacy types and partners, and the rituals.
    static func indexWords(_ context: CheckContext) -> IndexWords {
        IndexWords(context.typeIDList + context.partnerIDList + context.ritualIDs)
    }

    /// The cache of `checkins/`: prose kept in the index, read and handed out only when the load asks for it;
    /// with a `filter`, only the texts a search keeps are made into strings. Equal ratings share one copy
    /// (`keeping.ratings`); a load keeping `CheckInFields.ratingsAndSigns` has each entry decoded as that keeps it.
    func checkInCache(_ index: JournalIndex?, prose: Bool, words: IndexWords, filter: ProseFilter? = nil,
                      keeping: CheckInFields.Keeping) -> WeekFileCache<CheckIn> {
        let ratings = keeping.ratings
        let spelled = words.list.starts(with: ratings.types)
        var cache = WeekFileCache(index: index, folder: 0, kind: .checkIn, words: words, needsProse: prose,
                                  decode: { index, entry, file in
                                      // An entry cached without its prose cannot give it: the file is read again.
                                      if prose, !index.hasProse(entry) { return nil }
                                      var reader = IndexReader(index.facts(entry), words: words)
                                      if keeping.decodesKept {
                                          let checkIn = IndexCodec.decodeRatingsAndSigns(&reader, week: file.week, partner: file.partner,
                                                                                         shared: ratings, spelled: spelled)
                                          return reader.failed ? nil : checkIn
                                      }
                                      var proseReader: IndexReader?
                                      if prose {
                                          // Its chunk unread or damaged: the file is read.
                                          guard let bytes = index.prose(entry) else { return nil }
                                          proseReader = IndexReader(bytes)
                                      }
                                      let checkIn = IndexCodec.decodeCheckIn(&reader, prose: &proseReader, week: file.week, partner: file.partner,
                                                                             filter: prose ? filter : nil, ratings: ratings, spelled: spelled)
                                      guard !reader.failed, proseReader?.failed != true else { return nil }
                                      return checkIn
                                  },
                                  parse: { bytes, file, context in parseCheckIn(bytes, file: file, context, prose: prose) },
                                  keepsProse: prose,
                                  encode: { checkIn, facts, proseWriter in IndexCodec.encode(checkIn, into: &facts, prose: &proseWriter) },
                                  // A sealed journal's private reflections stay in their own files, read as without the index.
                                  complete: prose && splitsReflections ? { checkIn, file, folder in
                                      withPrivateReflection(checkIn, file: file, in: folder)
                                  } : nil)
        // A decode for `.ratingsAndSigns` gives what `list` keeps; a filtered decode what a search keeps, where a
        // sealed journal's reflections, added from their own files, are trimmed after it as before.
        cache.decodeKeeps = keeping.decodesKept || (filter != nil && prose && !splitsReflections)
        return cache
    }

    /// The cache of `moments/`.
    func momentsCache(_ index: JournalIndex?, words: IndexWords) -> WeekFileCache<MomentsFile.Contents> {
        WeekFileCache(index: index, folder: 1, kind: .moments, words: words, needsProse: false,
                      decode: { index, entry, file in
                          var reader = IndexReader(index.facts(entry), words: words)
                          let contents = IndexCodec.decodeMoments(&reader, week: file.week, partner: file.partner)
                          return reader.failed ? nil : contents
                      },
                      parse: { bytes, file, context in parseMoments(bytes, file: file, context) },
                      keepsProse: true,
                      encode: { contents, facts, _ in IndexCodec.encode(contents, into: &facts) },
                      complete: nil)
    }

    /// Removes every index in `.hearth/` (the plain one and each partner's sealed one); the writer lock is held.
    func removeIndexFiles(journal: String) {
        let folder = journal + "/" + Self.indexFolder
        guard !fileSystem.isSymbolicLink(at: folder), let entries = (try? fileSystem.listDirectory(at: folder)) ?? nil else { return }
        for entry in entries where !entry.isDirectory && entry.name.hasPrefix("index") {
            _ = try? files.remove(JournalFile(kind: .index, path: folder + "/" + entry.name), exactName: true)
        }
    }
}
