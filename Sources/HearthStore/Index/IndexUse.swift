/// Whether and how a store uses the device-local index (`.hearth/index`); the executable decides
/// (`HEARTH_NO_INDEX=1` turns it off), the store never looks at the environment.
public struct IndexUse: Hashable, Sendable {
    /// How close (ns) to the start of the load that wrote the index a file's modification or status change
    /// may be before its stat data alone is not trusted: a later edit within the same timestamp tick would
    /// leave them unchanged (git's "racily clean"). It must exceed the file system's tick plus the lag of the
    /// kernel's file-time clock: three seconds covers every common file system (FAT's two-second tick too).
    public var racyMargin: Int64
    /// Whether a load that writes a fresh index (none was there to keep entries of) hands the write to another
    /// thread and returns before it ends (see `LoadResult.indexWrite`): for a command that prints what it loaded
    /// and exits, which then writes its output while the index is written, and waits for it before it exits.
    public var writesInBackground: Bool

    public init(racyMargin: Int64 = 3_000_000_000, writesInBackground: Bool = false) {
        self.racyMargin = racyMargin
        self.writesInBackground = writesInBackground
    }

    /// The index as the app uses it.
    public static let standard = IndexUse()
}

/// How one folder's week files are cached: how to decode one from the index, parse one from its bytes,
/// and encode one for the index.
struct WeekFileCache<Value>: @unchecked Sendable {
    /// The index, holding the prose of the batch of years being read (see `Store.withProse`).
    var index: JournalIndex?
    /// `IndexKey.folder`.
    let folder: UInt8
    let kind: JournalFileKind
    /// The words its entries' facts name by number.
    let words: IndexWords
    /// Whether the load needs entries' prose (and `decode` reads it): an entry cached without it then cannot give
    /// a value.
    let needsProse: Bool
    /// A value from its entry, as the load asked for it (with or without prose); nil when the entry is malformed.
    let decode: (JournalIndex, Int, WeekFile) -> Value?
    /// The bytes of a file read whole, as the load asked for them (with or without prose).
    let parse: (UnsafeBufferPointer<UInt8>, WeekFile, CheckContext) -> FileOutcome<Value>
    /// Whether a parsed value holds its prose: the index then keeps it.
    let keepsProse: Bool
    /// Whether what `decode` gives is already what the load's `keep` leaves of a value (`list`'s and a search's
    /// check-ins): not trimmed again.
    var decodeKeeps = false
    /// Writes a value's facts to the first writer and its prose to the second.
    let encode: (Value, inout IndexWriter, inout IndexWriter) -> Void
    /// A value, cached or parsed, completed from files the index does not hold (a private reflection); nil when
    /// nothing needs completing.
    let complete: ((Value, WeekFile, FolderHandle) -> Value)?

    /// `value` as `complete` completes it, or moved on as it is: returning it from a closure copied it.
    func completed(_ value: consuming Value, _ file: WeekFile, _ folder: FolderHandle) -> Value {
        guard let complete else { return value }
        return complete(value, file, folder)
    }
}
