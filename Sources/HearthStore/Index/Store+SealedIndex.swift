import HearthSeal

/// The index of an encrypted journal: two age files sealed to the one partner whose index it is, so that a load
/// without prose (`list`, `trends`, the first frame) opens and decrypts the head alone.
///
/// `index-<partner>.age` holds the plain index's header and head; `index-<partner>.prose.age` its prose, after
/// `proseMagic` and the head's checksum, which bind it to that head: a prose file of another head (a crash
/// between the two renames, an older write) is treated as absent, and the entries needing prose are read from
/// their files and the pair rewritten. The chunk checksums in the head check the prose as in a plain index.
/// An index sealed whole by an earlier build (prose after the head in one file) is read as it is and rewritten.
/// A partner id is `[a-z0-9-]`, so no prose file's name is another partner's head file.
extension Store {
    static let proseMagic: [UInt8] = Array("HEARTHIP".utf8)

    /// `.hearth/index-<partner>.prose.age`: the prose of `indexPath`'s sealed index.
    var proseIndexPath: String {
        JournalIndex.path + "-" + (indexPartner ?? "") + ".prose.age"
    }

    /// `withIndex` for a sealed journal: the head opened in memory, and the prose too when the load reads it.
    /// Nothing opened ever reaches the disk.
    func withSealedIndex<Result>(_ keyring: Keyring, settingsStamp: UInt64, racyMargin: Int64, prose: Bool,
                                 _ body: (JournalIndex?) -> Result) -> Result {
        withOpenedIndexFile(indexPath, with: keyring) { head in
            guard let head, var index = JournalIndex(head, settingsStamp: settingsStamp, racyMargin: racyMargin, prose: false) else {
                return body(nil)
            }
            // Sealed whole by an earlier build: its prose came with the head (see `isSealedWhole`).
            guard prose, index.window == nil, index.chunkCount > 0 else { return body(index) }
            return withOpenedIndexFile(proseIndexPath, with: keyring) { file in
                // Unbound, every chunk counts as damaged: the entries needing prose are read from their files.
                let bound = Self.boundProse(file ?? UnsafeRawBufferPointer(rebasing: head[0..<0]), to: index)
                index.window = index.checkedWindow(bound, chunks: 0..<index.chunkCount)
                return body(index)
            }
        }
    }

    /// Whether `index` was read from an index sealed in one file by an earlier build: it is rewritten as two.
    func isSealedWhole(_ index: JournalIndex?) -> Bool {
        guard keyring != nil, let index else { return false }
        return index.raw.count > index.proseOffset
    }

    /// Runs `body` with the plaintext of one sealed index file (nil when it is absent, unreadable, or opens with no
    /// unlocked key), valid during the call only: opened over the bytes as read, so no buffer is made for it.
    private func withOpenedIndexFile<Result>(_ path: String, with keyring: Keyring, _ body: (UnsafeRawBufferPointer?) -> Result) -> Result {
        var result: Result?
        _ = try? files.withOwnedBytes(of: files.file(path, kind: .index)) { bytes in
            let plain = try? keyring.open(inPlace: UnsafeMutableRawBufferPointer(bytes))
            result = body(plain.map { UnsafeRawBufferPointer($0) })
        }
        return result ?? body(nil)
    }

    /// The prose in an opened prose file when it is bound to `index`'s head and as long as the head says; else none.
    static func boundProse(_ file: UnsafeRawBufferPointer, to index: JournalIndex) -> UnsafeRawBufferPointer {
        let start = proseMagic.count + 8
        guard file.count == start + index.proseLength, file.prefix(proseMagic.count).elementsEqual(proseMagic),
              UInt64(littleEndian: file.loadUnaligned(fromByteOffset: proseMagic.count, as: UInt64.self)) == index.headChecksum else {
            return UnsafeRawBufferPointer(rebasing: file[0..<0])
        }
        return UnsafeRawBufferPointer(rebasing: file[start...])
    }

    /// The two sealed files for the plain index `bytes`: its header and head, and its prose bound to that head
    /// (nil when there is no prose); nil when sealing fails. Sealed before anything reaches the disk, to the one
    /// partner whose index it is.
    func sealedIndexFiles(_ bytes: [UInt8], with keyring: Keyring) -> (head: [UInt8], prose: [UInt8]?)? {
        guard let partner = indexPartner else { return nil }
        let headEnd = bytes.withUnsafeBytes { JournalIndex.headLength(header: $0) }
        guard headEnd >= JournalIndex.headerSize, headEnd <= bytes.count,
              let head = try? keyring.seal(Array(bytes[..<headEnd]), for: .only(partner)) else { return nil }
        guard headEnd < bytes.count else { return (head, nil) }
        // The head's checksum, as the header holds it (after the magic, version and head length).
        let bound = Self.proseMagic + bytes[24..<32] + bytes[headEnd...]
        guard let prose = try? keyring.seal(bound, for: .only(partner)) else { return nil }
        return (head, prose)
    }
}
