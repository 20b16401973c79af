#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process environment as a dictionary, read once (no Foundation needed).
enum ProcessEnvironment {
    static func current() -> [String: String] {
        // Made at its full size here: growing it ran the standard library's own copy of the dictionary's code,
        // which looks the storage's type up by name, a scan of every conformance record (a tenth of an empty
        // `list`); made here, the type comes by a direct call (see Package.swift).
        var count = 0
        while environ[count] != nil { count += 1 }
        var result = [String: String](minimumCapacity: count)
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}
