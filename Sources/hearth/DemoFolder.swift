/// Whether this session opened a demo journal from the welcome screen, and whether anything was saved in it.
enum DemoFolder {
    case none, untouched, written

    /// Something is about to be saved in the open journal.
    mutating func noteWrite() {
        if self == .untouched { self = .written }
    }

    /// On the way out, with the terminal already restored: an untouched demo is removed, so temporary folders
    /// do not pile up; one that holds something the couple saved stays, and stderr says where.
    func finish(_ access: any JournalAccess) {
        switch self {
        case .none:
            return
        case .untouched:
            do {
                try access.deleteDemoFolder()
            } catch {
                StandardError.write("hearth: could not remove the demo journal in \(access.folder): \(error)\n")
            }
        case .written:
            StandardError.write("hearth: the demo journal you saved in stays in \(access.folder)\n")
        }
    }
}
