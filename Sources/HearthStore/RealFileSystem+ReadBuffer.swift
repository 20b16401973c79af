#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Memory for the bytes of one read, valid during the read's body only.
extension RealFileSystem {
    /// Reads from this size up (the index's head and prose) get memory of their own, on huge pages where offered.
    static let hugeReadSize = 256 * 1_024

    /// Runs `body` with room for `capacity` bytes, uninitialized. A large read (the index: its head, a batch of
    /// its prose, a sealed index) goes into memory mapped for it and backed by 2 MB pages where the system
    /// offers them: filled 4 KB page by page, each first touch cost a fault of about 2 µs on this machine type,
    /// about 300 of them per warm search (its index read whole). Never the file itself mapped: a file cut by
    /// another process while mapped would kill this one.
    static func withReadBuffer<Result>(capacity: Int,
                                       _ body: (UnsafeMutableBufferPointer<UInt8>) throws(FileSystemError) -> Result)
        throws(FileSystemError) -> Result {
        #if os(Linux)
        if capacity >= hugeReadSize, let huge = HugeMapping(capacity: capacity) {
            defer { huge.unmap() }
            return try body(huge.buffer)
        }
        #endif
        return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, capacity)) { buffer throws(FileSystemError) -> Result in
            try body(buffer)
        }
    }
}

#if os(Linux)
/// Anonymous memory aligned to 2 MB and advised to be backed by huge pages (transparent huge pages in mode
/// `madvise`; where they are off, it is ordinary memory and costs what the heap would).
private struct HugeMapping {
    static let pageSize = 2 * 1_024 * 1_024
    let base: UnsafeMutableRawPointer
    let length: Int
    let buffer: UnsafeMutableBufferPointer<UInt8>

    init?(capacity: Int) {
        let rounded = (capacity + Self.pageSize - 1) / Self.pageSize * Self.pageSize
        // One huge page more than needed, so that an aligned run of `rounded` bytes lies inside it.
        let length = rounded + Self.pageSize
        guard let mapped = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), mapped != MAP_FAILED else {
            return nil
        }
        let offset = (Self.pageSize - Int(bitPattern: mapped) % Self.pageSize) % Self.pageSize
        let start = mapped + offset
        _ = madvise(start, rounded, MADV_HUGEPAGE)
        base = mapped
        self.length = length
        buffer = UnsafeMutableBufferPointer(start: start.bindMemory(to: UInt8.self, capacity: capacity), count: capacity)
    }

    func unmap() {
        munmap(base, length)
    }
}
#endif
