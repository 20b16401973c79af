#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One finished run of a program: its exit status and what it printed.
struct ProcessOutput {
    /// The exit code; 128 + the signal's number when a signal ended it; 127 when it could not be started.
    let status: Int32
    let stdout: [UInt8]
    let stderr: [UInt8]

    var succeeded: Bool { status == 0 }
    /// Standard output as text without the final newline.
    var text: String { Self.trimmed(stdout) }
    /// Standard error as text without the final newline.
    var errorText: String { Self.trimmed(stderr) }

    private static func trimmed(_ bytes: [UInt8]) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        while text.last == "\n" { text.removeLast() }
        return text
    }
}

/// Runs a program found on PATH, with standard input from /dev/null (or given bytes), and collects its
/// output; the one place the executable starts a process other than the user's editor.
struct ProcessRunner {
    /// Variables set (or replaced) in the child's environment, over the parent's.
    var environment: [String: String] = [:]

    /// Runs `arguments[0]` with the rest as its arguments; `input` is written to its standard input.
    func run(_ arguments: [String], input: [UInt8] = []) -> ProcessOutput {
        // A child that exits before reading all its input must not take this process down with it.
        signal(SIGPIPE, SIG_IGN)
        var inPipe: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard pipe(&inPipe) == 0, pipe(&outPipe) == 0, pipe(&errPipe) == 0 else {
            return ProcessOutput(status: 127, stdout: [], stderr: Array("cannot make a pipe: \(String(cString: strerror(errno)))".utf8))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for descriptor in inPipe + outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = arguments
        var merged: [String: String] = [:]
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") { merged[String(text[..<equals])] = String(text[text.index(after: equals)...]) }
            index += 1
        }
        merged.merge(environment) { $1 }
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = merged.map { strdup($0.key + "=" + $0.value) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var child = pid_t()
        let spawned = posix_spawnp(&child, argv[0], &actions, nil, cArguments, cEnvironment)
        close(inPipe[0]); close(outPipe[1]); close(errPipe[1])
        guard spawned == 0 else {
            close(inPipe[1]); close(outPipe[0]); close(errPipe[0])
            return ProcessOutput(status: 127, stdout: [], stderr: Array("cannot run \(argv[0]): \(String(cString: strerror(spawned)))".utf8))
        }
        let (stdout, stderr) = Self.exchange(input: input, stdin: inPipe[1], stdout: outPipe[0], stderr: errPipe[0])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ProcessOutput(status: exit, stdout: stdout, stderr: stderr)
    }

    /// Feeds `input` and drains both outputs together, so that a child filling one pipe never stalls.
    private static func exchange(input: [UInt8], stdin: Int32, stdout: Int32, stderr: Int32) -> ([UInt8], [UInt8]) {
        var out: [UInt8] = [], err: [UInt8] = []
        var written = 0
        var stdinOpen = true
        if input.isEmpty { close(stdin); stdinOpen = false }
        var open = (out: true, err: true)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while open.out || open.err || stdinOpen {
            var fds = [pollfd(fd: open.out ? stdout : -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: open.err ? stderr : -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stdinOpen ? stdin : -1, events: Int16(POLLOUT), revents: 0)]
            guard poll(&fds, 3, -1) >= 0 || errno == EINTR else { break }
            for (slot, descriptor) in [(0, stdout), (1, stderr)] where fds[slot].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count > 0 {
                    if slot == 0 { out += chunk[..<count] } else { err += chunk[..<count] }
                } else if count == 0 || errno != EINTR {
                    close(descriptor)
                    if slot == 0 { open.out = false } else { open.err = false }
                }
            }
            if stdinOpen, fds[2].revents != 0 {
                let count = input[written...].withUnsafeBytes { write(stdin, $0.baseAddress, min($0.count, 65_536)) }
                if count > 0 { written += count }
                if count <= 0 && errno != EINTR || written == input.count {
                    close(stdin)
                    stdinOpen = false
                }
            }
        }
        return (out, err)
    }
}
