/// Rewriting the sealed files of a journal whole, as age files, for the key commands: a partner added (each
/// shared file gains a recipient) or a key rotated (each file that partner reads is wrapped to the new key).
/// The bytes are moved as they are (kind `carried`): the door neither opens nor seals them here.
extension Store {
    /// Every sealed file of the journal (`*.age`) in its folders, relative to the root and sorted; `keys/`,
    /// hidden entries (`.git`) and links are left out.
    public func sealedFiles() -> [String] {
        var found: [String] = []
        collectSealed("", depth: 3, into: &found)
        return found.sorted()
    }

    private func collectSealed(_ folder: String, depth: Int, into found: inout [String]) {
        guard let entries = try? fileSystem.listDirectory(at: folder.isEmpty ? root : absolute(folder)) else { return }
        for entry in entries where !entry.name.hasPrefix(".") && !entry.isLink && !Self.isStaleTemporary(entry.name) {
            let path = folder.isEmpty ? entry.name : folder + "/" + entry.name
            if entry.isDirectory {
                if depth > 1, path != Self.keysFolder { collectSealed(path, depth: depth - 1, into: &found) }
            } else if entry.name.hasSuffix(".age") {
                found.append(path)
            }
        }
    }

    /// Rewrites sealed files (see `sealedFiles`) under one hold of the writer lock: `transform` gets each file's
    /// path and bytes and returns the bytes to write in their place, or nil to leave the file. Each file is
    /// replaced atomically; returns the paths rewritten.
    @discardableResult
    public func rewriteSealedFiles(_ transform: (String, [UInt8]) throws -> [UInt8]?) throws -> [String] {
        let lock = try acquireLock()
        defer { fileSystem.unlock(lock) }
        let journal = try resolvedRoot()
        keepUp(journal: journal, lock: lock)
        var rewritten: [String] = []
        for path in sealedFiles() {
            let current: [UInt8]
            do throws(FileSystemError) {
                guard let contents = try files.read(files.file(path, kind: .carried)) else { continue }
                current = contents.bytes
            } catch {
                throw StoreError.io(path, error.message)
            }
            guard let bytes = try transform(path, current), bytes != current else { continue }
            _ = try replaceLocked(path, journal: journal, lock: lock, onDisk: .anyVersion, kind: .carried) { _ in bytes }
            rewritten.append(path)
        }
        return rewritten
    }
}
