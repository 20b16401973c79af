import HearthDomain

/// The journal folder as the UI sees it. Interim: the store lands on main separately; until it is
/// merged this reads nothing and refuses to write, saying so.
struct StoreAccess: JournalAccess {
    struct Unavailable: Error, CustomStringConvertible {
        var description: String { "this build cannot write journals yet (the store is not merged)" }
    }

    let folder: String

    init(dir: String?, environment: [String: String]) throws {
        folder = dir ?? environment["HEARTH_DIR"] ?? "~/.local/share/hearth"
    }

    func load() -> (journal: Journal?, problems: [String]) { (nil, []) }
    func create(profile: Profile) throws -> Journal { throw Unavailable() }
    func makeDemo(endingAt week: Week) throws -> (journal: Journal, folder: String) { throw Unavailable() }
}
