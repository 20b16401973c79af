import HearthDomain

/// The revisions of the week files one load read under `checkins/` or `moments/`, in load order (by week),
/// found again by path with a binary search: a path string and a hashed dictionary entry per file
/// cost more time and memory than reading the week and partner back out of the path when asked.
struct WeekRevisions: Sendable {
    struct Entry: Sendable {
        var week: Week
        var partner: String
        /// Whether the name spells the week `2026-w47` (read like `2026-W47`): both files can exist side by side.
        var lowercaseW: Bool
        var revision: Revision
    }

    /// `checkins` or `moments`.
    let folder: String
    var entries: [Entry] = []

    init(folder: String) {
        self.folder = folder
    }

    mutating func append(_ file: WeekFile, _ revision: Revision) {
        entries.append(Entry(week: file.week, partner: file.partner, lowercaseW: file.lowercaseW, revision: revision))
    }

    /// The relative path of the file of entry `index`, spelled as it was listed.
    func path(at index: Int) -> String {
        let entry = entries[index]
        return WeekFile(week: entry.week, partner: entry.partner, lowercaseW: entry.lowercaseW,
                        folder: folder + "/" + Store.yearFolder(entry.week)).path
    }

    /// The revision of the file at `relativePath` (`checkins/2026/2026-W47-alex.md`) as loaded; nil when it was not loaded.
    func revision(ofPath relativePath: String) -> Revision? {
        // Only a path of exactly the listed form `folder/YYYY/name.md` can name a loaded file.
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == folder, parts[1].utf8.count == 4, parts[2].hasSuffix(".md"),
              case .file(let file) = Store.weekFile(year: String(parts[1]), name: String(parts[2]), folder: folder,
                                                    yearFolder: folder + "/" + parts[1]) else { return nil }
        let lowercaseW = file.lowercaseW
        // Entries are sorted by week: find the first of this week, then look through that week's few files.
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].week < file.week { low = middle + 1 } else { high = middle }
        }
        var index = low
        while index < entries.count, entries[index].week == file.week {
            let entry = entries[index]
            if entry.partner == file.partner, entry.lowercaseW == lowercaseW { return entry.revision }
            index += 1
        }
        return nil
    }
}
