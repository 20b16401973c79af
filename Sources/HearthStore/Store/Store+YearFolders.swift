import HearthDomain

/// What reading one year folder of `checkins/` or `moments/` gave, in journal order.
struct YearOutcome<Value> {
    var problems: [StoreProblem] = []
    var values = YearValues<Value>(capacity: 0)
    var revisions: [WeekRevisions.Entry] = []
    /// What the index should hold for this year's files (empty when no index is used).
    var records: [IndexRecord] = []
}

extension Store {
    /// Lists `folder/YYYY/*.md` and reads every file, a year folder at a time on whichever core is free,
    /// and keeps what loaded, in journal order.
    /// With a `cache`, files the index holds are taken from it (see `readCached`) and `records` gains what the
    /// index should hold for this folder.
    func loadWeekFiles<Value>(folder: String, context: CheckContext, into result: inout LoadResult,
                              cache: WeekFileCache<Value>? = nil, records: inout [IndexRecord],
                              keep: @Sendable (Value) -> Value = { $0 },
                              read: @Sendable (WeekFile, FolderHandle, CheckContext) -> FileOutcome<Value>) -> [Value] {
        let years = yearFolders(of: folder, into: &result)
        var values: [Value] = []
        var revisions = WeekRevisions(folder: folder)
        // Reserved once for the most a year can hold, one file per partner per week: growing by doubling,
        // or by each batch, would briefly hold two copies of a large journal.
        let most = years.count * 53 * max(1, context.profile.partners.count)
        values.reserveCapacity(most)
        revisions.entries.reserveCapacity(most)
        // In batches of years, so that only one batch of outcomes exists beside the values at any time
        // (a year folder holds at most 53 files per partner).
        let batchSize = 40
        for batchStart in stride(from: 0, to: years.count, by: batchSize) {
            let batch = years[batchStart..<min(years.count, batchStart + batchSize)]
            var outcomes: [YearOutcome<Value>] = []
            outcomes.reserveCapacity(batch.count)
            // The index's prose is read for this batch alone.
            withProse(of: cache, years: batch) { cache in
                Self.parallelForEach(batch.count, chunkSize: 1, { index in
                    readYear(folder: folder, year: batch[batch.startIndex + index], context: context, cache: cache, keep: keep, read: read)
                }, then: { outcomes.append($0) })
            }
            for year in outcomes {
                result.problems += year.problems
                year.values.moveAll(to: &values)
                revisions.entries += year.revisions
                records += year.records
            }
        }
        result.weekRevisions.append(revisions)
        return values
    }

    /// The year folders of `folder` in order; a week file lying outside them is a problem.
    private func yearFolders(of folder: String, into result: inout LoadResult) -> [String] {
        guard let entries = list(folder, into: &result) else { return [] }
        var years: [String] = []
        for entry in entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
            let isYear = Self.isYearFolderName(entry.name)
            if entry.isLink, isYear || entry.name.hasSuffix(".md"), let problem = linkProblem(folder + "/" + entry.name, folder: isYear) {
                result.problems.append(problem)
                continue
            }
            if !entry.isDirectory {
                if entry.name.hasSuffix(".md") {
                    result.problems.append(StoreProblem(path: folder + "/" + entry.name, message: "this file is not in a year folder",
                                                        hint: "move it into \(folder)/YYYY/ (the ISO year of its week)"))
                }
                continue
            }
            if isYear { years.append(entry.name) }
        }
        return years
    }

    private func list(_ relativePath: String, into result: inout LoadResult) -> [DirectoryEntry]? {
        if let problem = folderProblem(relativePath) {
            result.problems.append(problem)
            return nil
        }
        do {
            return try fileSystem.listDirectory(at: absolute(relativePath))
        } catch {
            result.problems.append(StoreProblem(path: relativePath, message: "cannot list this folder: \(error.message)",
                                                hint: "check the folder's permissions"))
            return nil
        }
    }

    /// Lists one year folder and reads its files in journal order; runs on any thread.
    /// `keep` trims each value as it is read, so a large journal's values are never all held whole.
    private func readYear<Value>(folder: String, year: String, context: CheckContext, cache: WeekFileCache<Value>?,
                                 keep: (Value) -> Value,
                                 read: (WeekFile, FolderHandle, CheckContext) -> FileOutcome<Value>) -> YearOutcome<Value> {
        var outcome = YearOutcome<Value>()
        let yearFolder = folder + "/" + year
        let entries: [DirectoryEntry]
        do {
            guard let listed = try fileSystem.listDirectory(at: absolute(yearFolder)) else { return outcome }
            entries = listed
        } catch {
            outcome.problems.append(StoreProblem(path: yearFolder, message: "cannot list this folder: \(error.message)",
                                                 hint: "check the folder's permissions"))
            return outcome
        }
        var files: [WeekFile] = []
        files.reserveCapacity(entries.count)
        let listed = Self.journalFileNames(entries)
        for entry in listed.entries {
            if entry.isDirectory {
                outcome.problems.append(Self.folderInPlaceOfFile(yearFolder + "/" + entry.name))
                continue
            }
            switch Self.weekFile(year: year, name: entry.name, folder: folder, yearFolder: yearFolder) {
            case .file(var file):
                if listed.privateReflections.isEmpty {
                    file.mayHavePrivateReflection = false
                } else {
                    file.mayHavePrivateReflection = listed.privateReflections.contains(file.name)
                }
                files.append(file)
            case .problem(let problem): outcome.problems.append(problem)
            }
        }
        files = Self.sorted(files, context: context)
        let path = absolute(yearFolder)
        // Opened once, its files then read by name: resolving the whole path per file cost more.
        let handle = (try? fileSystem.openFolder(at: path)) ?? FolderHandle(path: path, descriptor: -1)
        defer { fileSystem.closeFolder(handle) }
        outcome.values = YearValues(capacity: files.count)
        outcome.revisions.reserveCapacity(files.count)
        // A little more than a year's files take in the index (a demo check-in's facts about 160 bytes, its prose
        // about 340), so a cold load seldom grows a buffer; without prose to keep (a `list`), none is encoded.
        let blocks = cache.map { cache in
            (facts: IndexBlock(words: cache.words, capacity: files.count * 256),
             prose: IndexBlock(discarding: !cache.keepsProse, capacity: files.count * 512))
        }
        // `kept`: what the cache gives is already kept; `parsed`: the cache parsed it, and it is completed and kept
        // here (lent: a value taken out of an outcome to be handed on whole is copied, retaining each field).
        func take(_ got: consuming FileOutcome<Value>, of file: WeekFile, kept: Bool, parsed: Bool = false) {
            // Consumed, so the value moves into the outcome rather than being copied (retaining each field) and dropped.
            switch consume got {
            case .absent: break
            case .broken(let problems): outcome.problems += problems
            case .loaded(let value, let revision):
                if parsed, let complete = cache?.complete {
                    outcome.values.append(keep(complete(value, file, handle)))
                } else {
                    outcome.values.append(kept && !parsed ? value : keep(value))
                }
                outcome.revisions.append(WeekRevisions.Entry(week: file.week, partner: file.partner, lowercaseW: file.lowercaseW,
                                                             revision: revision))
            }
        }
        if let cache, let blocks {
            // Bound once for the folder: binding it for each file copied it, retaining each of its closures.
            for file in files {
                var parsed = false
                let got = readCached(file, in: handle, context, cache: cache, records: &outcome.records, keep: keep, parsed: &parsed,
                                     blocks: blocks)
                // Consumed: passed as it was, it was copied (a check-in's every field retained) and the copy dropped.
                take(consume got, of: file, kept: true, parsed: parsed)
            }
        } else {
            for file in files { take(read(file, handle, context), of: file, kept: false) }
        }
        return outcome
    }

    /// `2026`: four ASCII digits, the name of a year folder under `checkins/` or `moments/`.
    static func isYearFolderName(_ name: some StringProtocol) -> Bool {
        name.utf8.count == 4 && name.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Journal order: week, then the partner's place in the profile, then id; listing order breaks ties.
    private static func sorted(_ files: [WeekFile], context: CheckContext) -> [WeekFile] {
        // Week, partner place and listing position packed into one integer per file, and those sorted (see
        // StableOrder): 21 bits each, which every real year, profile and folder fits. A file of a partner not in
        // the profile (a broken file, whose place ties with other such partners' until their ids decide) or
        // anything beyond those bits is sorted by comparing, as before.
        let limit = 1 << 21
        var keys: [UInt64] = []
        keys.reserveCapacity(files.count)
        for index in files.indices {
            let week = files[index].week.year &* 64 &+ files[index].week.number
            let place = context.partnerPlace(files[index].partner)
            guard week >= 0, week < limit, place < limit, files.count < limit else { return sortedByComparing(files, context: context) }
            keys.append(UInt64(week) << 42 | UInt64(place) << 21 | UInt64(index))
        }
        StableOrder.sort(&keys)
        return keys.map { files[Int($0 & UInt64(limit - 1))] }
    }

    /// Journal order by comparing files: for partners not in the profile, or weeks or folders beyond packed keys.
    private static func sortedByComparing(_ files: [WeekFile], context: CheckContext) -> [WeekFile] {
        let keys = files.map { file in (week: file.week.year &* 64 &+ file.week.number, partner: context.partnerPlace(file.partner)) }
        let order = files.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            if files[a].partner != files[b].partner { return files[a].partner < files[b].partner }
            return a < b
        }
        return order.map { files[$0] }
    }
}
