import HearthDomain

/// A file under `checkins/` or `moments/` whose name says which week and partner it holds.
struct WeekFile: Sendable {
    var path: String
    var week: Week
    var partner: String
    /// The file's name within its year folder.
    var name: String
    /// Relative path of the year folder.
    var folder: String
}

/// A file name read as a week file, or why it cannot be.
enum WeekFileName {
    case file(WeekFile)
    case problem(StoreProblem)
}

extension Store {
    /// Lists `folder/YYYY/*.md`, reads every file on both cores, and keeps what loaded.
    func loadWeekFiles<Value>(folder: String, context: CheckContext, into result: inout LoadResult,
                              read: @Sendable (WeekFile, FolderHandle, CheckContext) -> FileOutcome<Value>) -> [Value] {
        let files = listWeekFiles(folder: folder, into: &result)
            .map { (context.order($0.week, $0.partner), $0) }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
        var values: [Value] = []
        values.reserveCapacity(files.count)
        // In batches, so that only one batch of outcomes exists beside the values at any time.
        let batchSize = 4_096
        for batchStart in stride(from: 0, to: files.count, by: batchSize) {
            let batch = files[batchStart..<min(files.count, batchStart + batchSize)]
            // Files sort by week, so each year folder is one run: open it once, read its files by name.
            var handles: [String: FolderHandle] = [:]
            for file in batch where handles[file.folder] == nil {
                let path = absolute(file.folder)
                handles[file.folder] = (try? fileSystem.openFolder(at: path)) ?? FolderHandle(path: path, descriptor: -1)
            }
            let folders = handles
            let outcomes = Self.parallelMap(batch.count) { index in
                let file = batch[batch.startIndex + index]
                return read(file, folders[file.folder] ?? FolderHandle(path: absolute(file.folder), descriptor: -1), context)
            }
            for handle in handles.values { fileSystem.closeFolder(handle) }
            for (file, outcome) in zip(batch, outcomes) {
                switch outcome {
                case .absent: break
                case .broken(let problems): result.problems += problems
                case .loaded(let value, let revision):
                    values.append(value)
                    result.revisions[file.path] = revision
                }
            }
        }
        return values
    }

    private func listWeekFiles(folder: String, into result: inout LoadResult) -> [WeekFile] {
        guard let years = list(folder, into: &result) else { return [] }
        var files: [WeekFile] = []
        for year in years.sorted(by: { $0.name < $1.name }) where !year.name.hasPrefix(".") {
            if !year.isDirectory {
                if year.name.hasSuffix(".md") {
                    result.problems.append(StoreProblem(path: folder + "/" + year.name, message: "this file is not in a year folder",
                                                        hint: "move it into \(folder)/YYYY/ (the ISO year of its week)"))
                }
                continue
            }
            guard year.name.utf8.count == 4, year.name.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                  let entries = list(folder + "/" + year.name, into: &result) else { continue }
            for entry in entries where !entry.isDirectory && !entry.name.hasPrefix(".") && entry.name.hasSuffix(".md") {
                let path = folder + "/" + year.name + "/" + entry.name
                switch Self.weekFile(path: path, year: year.name, name: entry.name, folder: folder) {
                case .file(let file): files.append(file)
                case .problem(let problem): result.problems.append(problem)
                }
            }
        }
        return files
    }

    private func list(_ relativePath: String, into result: inout LoadResult) -> [DirectoryEntry]? {
        do {
            return try fileSystem.listDirectory(at: absolute(relativePath))
        } catch {
            result.problems.append(StoreProblem(path: relativePath, message: "cannot list this folder: \(error.message)",
                                                hint: "check the folder's permissions"))
            return nil
        }
    }

    /// Reads `2026-W47-alex.md` in folder `2026`; anything else is a problem that names the expected form.
    static func weekFile(path: String, year: String, name: String, folder: String) -> WeekFileName {
        let bytes = Array(name.utf8)
        var partner = ""
        var week: Week?
        // The same rule as `Partner.isValidID`, on bytes: this runs for every file of the journal.
        if bytes.count > 12, bytes.count <= 52, bytes[4] == 0x2D, bytes[5] | 0x20 == 0x77, bytes[8] == 0x2D, bytes[9] != 0x2D,
           bytes[9..<(bytes.count - 3)].allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }),
           let yearNumber = digits(bytes, 0, 4), let weekNumber = digits(bytes, 6, 2) {
            week = Week(year: yearNumber, number: weekNumber)
            partner = String(decoding: bytes[9..<(bytes.count - 3)], as: UTF8.self)
        }
        guard let week else {
            let isConflict = name.contains("conflict")
            return .problem(StoreProblem(
                path: path, message: isConflict ? "a sync conflict copy, not read" : "not a name Hearth understands, not read",
                hint: isConflict ? "merge what differs into the original file by hand, then delete this copy"
                    : "name it like 2026-W47-alex.md (ISO week, then the partner id), or move it out of \(folder)/"))
        }
        // The week's ISO year is the name's first four digits, so the folder must carry the same four.
        guard bytes.prefix(4).elementsEqual(year.utf8) else {
            return .problem(StoreProblem(path: path, message: "week \(week) belongs to ISO year \(yearFolder(week)), not \(year)",
                                         hint: "move it to \(folder)/\(yearFolder(week))/\(name)"))
        }
        return .file(WeekFile(path: path, week: week, partner: partner, name: name, folder: folder + "/" + year))
    }

    private static func digits(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for byte in bytes[start..<(start + count)] {
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    func readCheckIn(_ file: WeekFile, in folder: FolderHandle, _ context: CheckContext) -> FileOutcome<CheckIn> {
        read(file.path, load: { () throws(FileSystemError) in try fileSystem.readFile(named: file.name, in: folder) },
             decode: CheckInFile.decode) { checkIn, document in
            var errors = context.nameMismatches(week: checkIn.week, partner: checkIn.partner, file: file, in: document)
            if !context.looksValid(checkIn) {
                errors += checkIn.validate(against: context.profile).map { context.error(for: $0, in: document) }
            }
            return errors
        }
    }

    func readMoments(_ file: WeekFile, in folder: FolderHandle, _ context: CheckContext) -> FileOutcome<MomentsFile.Contents> {
        read(file.path, load: { () throws(FileSystemError) in try fileSystem.readFile(named: file.name, in: folder) },
             decode: MomentsFile.decode) { contents, document in
            context.nameMismatches(week: contents.week, partner: contents.partner, file: file, in: document)
                + context.problems(moments: contents.moments, week: contents.week, partner: contents.partner)
                    .map { context.error(for: $0, in: document) }
        }
    }
}
