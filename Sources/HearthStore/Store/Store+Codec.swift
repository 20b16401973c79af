import HearthDomain

extension Store {
    /// Parses one check-in file's bytes (no profile checks, no I/O): what `load` does per file, for benchmarks and tools.
    public static func parseCheckIn(_ bytes: [UInt8], path: String = "check-in.md") throws(StoreProblem) -> CheckIn {
        let outcome: Result<CheckIn, StoreProblem> = bytes.withUnsafeBufferPointer { buffer in
            do throws(SyntaxError) {
                return .success(try CheckInFile.decode(try Document(buffer)))
            } catch {
                return .failure(problem(error, in: buffer, path: path))
            }
        }
        return try outcome.get()
    }

    /// The canonical bytes `save` writes for a check-in, for generators and tools.
    public static func encode(_ checkIn: CheckIn) -> [UInt8] {
        CheckInFile.encode(checkIn)
    }
}
