import HearthStore

/// Converting a journal from the command line: the store's conversion, its leftovers said on stderr.
extension Store {
    /// Rewrites every journal file in `form`; resumable. Files left as they were (no key opens them,
    /// damaged) are listed on stderr and fail the command.
    func convertFiles(to form: JournalForm) throws {
        let conversion: JournalConversion
        do {
            conversion = try convert(to: form)
        } catch {
            throw CommandFailure("\(error)")
        }
        guard conversion.problems.isEmpty else {
            for problem in conversion.problems { StandardError.write("hearth: \(problem)\n") }
            let count = conversion.problems.count
            throw CommandFailure("\(count) file\(count == 1 ? " was" : "s were") left as \(count == 1 ? "it was" : "they were")",
                                 hint: "fix what is listed above, then run this again to finish")
        }
    }
}
