#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to file descriptor 2 directly (Swift 6 rejects Glibc's shared `stderr` global).
enum StandardError {
    static func write(_ text: String) { writeAll(text, to: 2) }
}

/// Writes a whole report to stdout in one go: much faster than a `print` per line for 100,000 lines.
enum StandardOutput {
    static func write(_ text: String) { writeAll(text, to: 1) }

    /// Writes UTF-8 bytes as they are, for reports built as bytes.
    static func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll($0, to: 1) }
    }
}

private func writeAll(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { writeAll($0, to: descriptor) }
}

private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    guard var next = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
        let written = write(descriptor, next, remaining)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return }
        next += written
        remaining -= written
    }
}
