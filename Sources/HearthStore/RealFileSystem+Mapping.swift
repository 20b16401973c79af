#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLease

/// Large reads by mapping the file rather than copying it into fresh memory.
extension RealFileSystem {
    /// Below this a read's copy costs less than a mapping; every journal file is smaller, the index larger.
    static let smallestMapping = 131_072

    /// Runs `body` with `length` bytes from `offset` of a file open for reading, mapped read-only under a read
    /// lease; nil, for the caller to read instead, when the range is small or no lease or mapping can be had.
    ///
    /// Read, a 557 KB index head lands in about 140 fresh pages, each a page fault (0.3 ms and more on the project's
    /// VM); mapped, it costs a few dozen microseconds. A mapping alone would be unsafe: a process cutting the file
    /// meanwhile would kill this one with SIGBUS, and one writing it would change the bytes under the checksum
    /// already checked. The lease makes such a process wait until `body` returns (see CLease).
    /// `wholeFile`: the range must be all of the file now, as when it is read to its end.
    static func withMapped<Result>(_ descriptor: Int32, offset: Int, length: Int, wholeFile: Bool = false,
                                   _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        #if os(Linux)
        guard length >= smallestMapping, offset >= 0, hearth_take_read_lease(descriptor) == 0 else { return nil }
        defer { hearth_release_lease(descriptor) }
        // The size again, now that nobody can change it: the file may have been cut since it was opened.
        var info = stat()
        guard fstat(descriptor, &info) == 0, Int(info.st_size) >= offset + length,
              !wholeFile || Int(info.st_size) == offset + length else { return nil }
        let page = max(4_096, sysconf(Int32(_SC_PAGESIZE)))
        let start = offset / page * page
        let span = length + (offset - start)
        guard let base = mmap(nil, span, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, off_t(start)), base != MAP_FAILED else {
            return nil
        }
        defer { munmap(base, span) }
        return body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self) + (offset - start), count: length))
        #else
        return nil
        #endif
    }
}
