#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes text to stdout in one go, without Foundation. Interim: the CLI branch's `StandardOutput.write`
/// does the same and should replace this once both are merged.
func writeOutput(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = write(1, next, remaining)
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            next += written
            remaining -= written
        }
    }
}
