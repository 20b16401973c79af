#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths as the kernel sees them: without links, and this binary's own.
enum RealPath {
    /// `path` with every link and `..` resolved; `path` itself when it cannot be resolved.
    static func resolve(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The absolute path of the running `hearth`, for git to call back as the merge driver.
    static func executable() -> String {
        #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4_096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 { return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        #else
        var size: UInt32 = 4_096
        var buffer = [CChar](repeating: 0, count: Int(size))
        if _NSGetExecutablePath(&buffer, &size) == 0 { return resolve(String(cString: buffer)) }
        #endif
        return resolve(CommandLine.arguments[0])
    }
}

extension String {
    /// This text with every `target` replaced by `replacement` (no Foundation in the executable).
    func replacingEvery(_ target: Character, with replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
