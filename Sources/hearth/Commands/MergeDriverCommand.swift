#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import HearthStore

/// `hearth merge-driver BASE OURS THEIRS PATH`: git's merge driver for journal files (hidden; `hearth
/// sync` configures it). Writes the merge into OURS; exits 1, leaving OURS alone, when it cannot merge.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver", abstract: "Merge three versions of a journal file for git (used by sync).",
        shouldDisplay: false)

    @Argument var base: String
    @Argument var ours: String
    @Argument var theirs: String
    @Argument var path: String

    func run() throws {
        let files = RealFileSystem()
        // git hands over its own temporaries; the base is empty when the file was added on both sides.
        guard let ourBytes = try files.readFile(at: ours)?.bytes, let theirBytes = try files.readFile(at: theirs)?.bytes else {
            StandardError.write("hearth merge-driver: cannot read git's versions of \(path)\n")
            throw ExitCode(1)
        }
        let baseBytes = try files.readFile(at: base)?.bytes
        switch FileMerge.merge(relativePath: path, base: baseBytes?.isEmpty == true ? nil : baseBytes, ours: ourBytes, theirs: theirBytes) {
        case .merged(let bytes, _):
            try MergeOutput.save(bytes, to: ours)
        case .refused(let reason):
            StandardError.write("hearth merge-driver: \(reason)\n")
            throw ExitCode(1)
        }
    }
}

/// Writing the merge over git's temporary of our version.
enum MergeOutput {
    static func save(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw CommandFailure("cannot write \(path): \(String(cString: strerror(errno)))") }
            written += count
        }
        guard fsync(descriptor) == 0 else { throw CommandFailure("cannot flush \(path): \(String(cString: strerror(errno)))") }
    }
}
