/// Writing the device-local index after a load.
extension Store {
    /// Writes the index a load found out of date: when something was read, changed or went, and only when
    /// the writer lock is free (a save under way will change files anyway; the next load writes it).
    /// An index whose every entry was trusted is left as it is: nothing is encoded or written.
    /// A fresh index (none read to keep entries of) is written on another thread when `IndexUse.writesInBackground`
    /// says so, and returned; an index written from the one read is written before returning, as its bytes are valid
    /// only during the load.
    func writeIndex(_ records: [IndexRecord], loadedFolders: Set<UInt8>, old: JournalIndex?, referenceTime: Int64,
                    settingsStamp: UInt64) -> IndexWriteInFlight? {
        guard usesIndex else { return nil }
        var records = records
        let trusted = records.reduce(0) { $0 + ($1.isTrusted ? 1 : 0) }
        let oldCount = old.map { old in (0..<old.count).reduce(0) { $0 + (loadedFolders.contains(old.folder($1)) ? 1 : 0) } } ?? 0
        guard trusted != records.count || trusted != oldCount || isSealedWhole(old) else { return nil }
        if old == nil, indexUse?.writesInBackground == true {
            // Only blocks encoded by this load are written, each kept alive by its records until the write ends.
            return IndexWriteInFlight(records) { [self] records in
                _ = store(records, from: nil, referenceTime: referenceTime, settingsStamp: settingsStamp)
            }
        }
        // Folders this load did not read keep their entries as they were.
        if let old {
            for entry in 0..<old.count where !loadedFolders.contains(old.folder(entry)) { records.append(.trusted(entry)) }
        }
        // Entries kept from an index read without all its prose take it from the same index read whole; when that
        // fails (the file changed) they are kept without it, and so are those whose chunk is damaged.
        if let old, !old.holdsAllProse, records.contains(where: { !$0.isEncoded }),
           withWholeIndex(like: old, settingsStamp: settingsStamp, { store(records, from: $0, referenceTime: referenceTime, settingsStamp: settingsStamp) }) == true {
            return nil
        }
        _ = store(records, from: old, referenceTime: referenceTime, settingsStamp: settingsStamp)
        return nil
    }

    /// Writes the index of `records`, kept entries' bytes taken from `old`: a plain one from where its parts lie (see
    /// `IndexLayout`), never assembled in memory; a sealed one as its two files, sealed before anything reaches the
    /// disk. False when it cannot be laid out or sealed.
    private func store(_ records: [IndexRecord], from old: JournalIndex?, referenceTime: Int64, settingsStamp: UInt64) -> Bool {
        guard let layout = JournalIndex.layout(records, referenceTime: referenceTime, settingsStamp: settingsStamp, old: old) else { return false }
        guard let keyring else {
            storeIndex { file throws(JournalFiles.WriteFailure) in
                try layout.withRuns { runs in
                    Result { () throws(JournalFiles.WriteFailure) in try files.write(runs, to: file, durability: .batched) }
                }.get()
            }
            return true
        }
        guard let (head, prose) = sealedIndexFiles(layout.joined(), with: keyring) else { return false }
        storeIndex { file throws(JournalFiles.WriteFailure) in
            // A sealed index's prose first, and its head only once that is in place: a crash or a reader in between
            // finds the old head beside a prose file not bound to it, which counts as absent (see `withSealedIndex`).
            if let prose { try files.write(prose, to: files.file(proseIndexPath, kind: .index), durability: .batched) }
            try files.write(head, to: file, durability: .batched)
        }
        return true
    }

    /// Runs `write` with the index file under the writer lock, in `.hearth/` (made when absent); skipped when the
    /// lock is held or `.hearth` is a link.
    private func storeIndex(_ write: (JournalFile) throws(JournalFiles.WriteFailure) -> Void) {
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
        // Renamed into place but not flushed: a cache needs no durability, and a torn index fails its checksum.
        try? write(files.file(indexPath, kind: .index))
    }
}
