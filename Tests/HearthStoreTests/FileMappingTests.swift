import Foundation
import Testing
@testable import HearthStore

/// Large files (the index) are mapped under a read lease rather than copied: another process that cuts the file
/// meanwhile waits for the read to end, so the reader neither dies of SIGBUS nor sees the bytes change.
@Suite("Mapping large files under a read lease", .scratchFolders)
struct FileMappingTests {
    static let size = 600_000

    /// Writes a large file of known bytes into a fresh folder.
    static func largeFile() throws -> (folder: String, bytes: [UInt8]) {
        let folder = Fixtures.temporaryFolder()
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/index"))
        return (folder, bytes)
    }

    /// Starts another process cutting the file to nothing (`truncate(2)` by path, which waits for a lease;
    /// coreutils' `truncate` opens the file without waiting, and is refused at once).
    static func startCut(_ path: String) throws -> Process {
        let cut = Process()
        cut.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        cut.arguments = ["python3", "-c", "import os, sys; os.truncate(sys.argv[1], 0)", path]
        try cut.run()
        return cut
    }

    /// Starts a cut and says whether it comes to wait on a lease (the kernel lists the lease as breaking).
    static func cutWaits(_ path: String) throws -> (process: Process, waiting: Bool) {
        let cut = try startCut(path)
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, cut.isRunning {
            if let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8), locks.contains("BREAKING") { return (cut, true) }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return (cut, false)
    }

    @Test func aRangeReadSeesTheFileWholeWhileAnotherProcessWaitsToCutIt() throws {
        let (folder, bytes) = try Self.largeFile()
        var waited = false
        var cut: Process?
        let seen = try RealFileSystem().withRange(ofFileNamed: "index", in: FolderHandle(path: folder, descriptor: -1), rules: .anyFile,
                                                  offset: 4_096 + 17, length: 500_000) { buffer -> [UInt8] in
            if let started = try? Self.cutWaits(folder + "/index") { (cut, waited) = started }
            return Array(buffer)
        }
        cut?.waitUntilExit()
        #expect(waited, "the cut should wait until the read has ended")
        #expect(seen == Array(bytes[(4_096 + 17)..<(4_096 + 17 + 500_000)]))
        #expect((try FileManager.default.attributesOfItem(atPath: folder + "/index")[.size] as? NSNumber)?.intValue == 0,
                "the cut happens after the read")
    }

    @Test func aWholeReadSeesTheFileWholeWhileAnotherProcessWaitsToCutIt() throws {
        let (folder, bytes) = try Self.largeFile()
        var waited = false
        var cut: Process?
        let seen = try RealFileSystem().withContents(ofFileNamed: "index", in: FolderHandle(path: folder, descriptor: -1), rules: .anyFile) { buffer -> [UInt8] in
            if let started = try? Self.cutWaits(folder + "/index") { (cut, waited) = started }
            return Array(buffer)
        }
        cut?.waitUntilExit()
        #expect(waited, "the cut should wait until the read has ended")
        #expect(seen == bytes)
    }

    @Test func theLeaseIsLetGoWhenTheReadEnds() throws {
        let (folder, bytes) = try Self.largeFile()
        let head = try RealFileSystem().withStart(ofFileNamed: "index", in: FolderHandle(path: folder, descriptor: -1), rules: .anyFile,
                                                  headerSize: 16, length: { _ in 300_000 }) { Array($0) }
        #expect(head == Array(bytes.prefix(300_000)))
        // A lease left behind would hold the cut for the kernel's lease-break time (45 s by default).
        let started = Date()
        let cut = try Self.startCut(folder + "/index")
        cut.waitUntilExit()
        #expect(Date().timeIntervalSince(started) < 15, "nothing should hold the file once the read is over")
        #expect(cut.terminationStatus == 0)
    }

    @Test func aSmallFileIsReadAsBefore() throws {
        let folder = Fixtures.temporaryFolder()
        try Data("small".utf8).write(to: URL(fileURLWithPath: folder + "/small"))
        let seen = try RealFileSystem().withContents(ofFileNamed: "small", in: FolderHandle(path: folder, descriptor: -1), rules: .anyFile) { Array($0) }
        #expect(seen == Array("small".utf8))
    }
}
