import HearthSeal

/// File names in a journal that may hold sealed files: `NAME.age` is read as `NAME`, the door picking the form.
extension Store {
    /// The journal files of one folder's listing under their plain names (a file present in both forms
    /// once), and the check-ins that have a private reflection beside them (by the check-in's name).
    static func journalFileNames(_ entries: [DirectoryEntry]) -> (entries: [DirectoryEntry], privateReflections: Set<String>) {
        var found: [DirectoryEntry] = []
        found.reserveCapacity(entries.count)
        var privateReflections: Set<String> = []
        var sawSealed = false, sawPlain = false
        for var entry in entries where !entry.name.hasPrefix(".") {
            if let plain = Keyring.plainPath(ofSealed: entry.name) {
                entry.name = plain
                sawSealed = true
            } else {
                sawPlain = true
            }
            guard entry.name.hasSuffix(".md") else { continue }
            if entry.name.hasSuffix(JournalFileKind.privateSuffix) {
                privateReflections.insert(String(entry.name.dropLast(JournalFileKind.privateSuffix.count)) + ".md")
                continue
            }
            found.append(entry)
        }
        // Names in one folder differ, so two can meet only as `NAME` and `NAME.age`: a folder all sealed (as in
        // every encrypted journal) needs no set of its names, which cost a hash of each on every load.
        guard sawSealed, sawPlain else { return (found, privateReflections) }
        // Both forms of one file (an interrupted encrypt or decrypt) are one file to read; doctor names the pair.
        var seen: Set<String> = []
        return (found.filter { seen.insert($0.name).inserted }, privateReflections)
    }
}
