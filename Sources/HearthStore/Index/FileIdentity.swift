/// What `stat` says identifies one version of a file without reading it: the device-local index trusts a
/// cached value only while all of these are unchanged (and the file is not racily clean, see `JournalIndex`).
public struct FileIdentity: Hashable, Sendable {
    public var size: Int64
    /// Modification time, nanoseconds since the epoch.
    public var modified: Int64
    /// Status change time, nanoseconds since the epoch: no tool can set it, so it moves on every write,
    /// rename into place and `touch`.
    public var changed: Int64
    public var inode: UInt64
    public var device: UInt64

    public init(size: Int64, modified: Int64, changed: Int64, inode: UInt64, device: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
    }
}

extension FileSystem {
    /// By default no identity: a file system that cannot say one never lets the index skip opening a file.
    public func identity(ofFileNamed name: String, in folder: FolderHandle) -> FileIdentity? { nil }
}
