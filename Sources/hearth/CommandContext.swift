#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HearthDomain
import HearthSeal
import HearthStore
import Synchronization

/// What every store command needs: the environment, today's date, the store at the resolved root and, for an
/// encrypted journal, its keys as this command unlocked them.
struct CommandContext {
    let environment: [String: String]
    let today: CivilDate
    private(set) var store: Store
    let options: JournalPlace
    /// The journal's keys when it is encrypted (nil for a plain journal): every partner's public key and the
    /// identities this command unlocked.
    private(set) var keyring: Keyring?

    /// `need` says what must be unlocked when the journal is encrypted; by default any one partner.
    init(options: StoreOptions, unlocking need: JournalUnlock.Need = .anyPartner(preferring: nil)) throws {
        try self.init(options: options.place, unlocking: need)
    }

    /// `need` says what must be unlocked when the journal is encrypted; by default any one partner.
    init(options: JournalPlace, unlocking need: JournalUnlock.Need = .anyPartner(preferring: nil)) throws {
        self.options = options
        environment = ProcessEnvironment.current()
        today = try Today.resolve(environment: environment)
        do {
            store = try Store.open(dir: options.dir, environment: environment)
        } catch {
            throw CommandFailure("\(error)", hint: "pass --dir DIR or set HEARTH_DIR")
        }
        // A folder Hearth cannot read, or a file given as the folder, is said at once: treated as no journal,
        // it would be offered set-up over what is there.
        if let problem = store.rootProblem() { throw CommandFailure(problem.message, hint: problem.hint) }
        store.indexUse = Self.indexUse(environment: environment)
        keyring = try unlocking.keyring(need)
        if let keyring { store = store.with(keyring: keyring) }
    }

    /// The device-local index, unless `HEARTH_NO_INDEX` is set to anything but empty or `0`.
    static func indexUse(environment: [String: String]) -> IndexUse? {
        let off = environment["HEARTH_NO_INDEX"].map { !$0.isEmpty && $0 != "0" } ?? false
        return off ? nil : .standard
    }

    /// How this command unlocks the journal.
    var unlocking: JournalUnlock { JournalUnlock(store: store, options: options, environment: environment) }

    /// Makes sure `partner` (an id) is unlocked, asking on the terminal when it is not; nothing for a plain journal.
    mutating func requireUnlocked(_ partner: String) throws {
        guard var keyring, !keyring.unlockedPartners.contains(partner) else { return }
        guard let files = try unlocking.keyFiles() else { return }
        try unlocking.prompt(&keyring, partner: partner, files: files, partners: keyring.recipients.keys.sorted())
        self.keyring = keyring
        store = store.with(keyring: keyring)
    }

    var thisWeek: Week { Week(containing: today) }

    /// Loads the journal, or fails with a hint to run `hearth init` when there is none yet.
    /// Broken files are skipped; a one-line warning on stderr points at `hearth doctor`.
    /// `reading` picks how much to read: everything (the default), or less for commands that need less.
    /// `printingAndExiting`: the command only prints what it loaded and exits, so a fresh index is written on
    /// another thread while it prints, and the process waits for that write before it exits.
    func loadJournal(printingAndExiting: Bool = false,
                     reading: (Store) -> LoadResult = { $0.load() }) throws -> (journal: Journal, result: LoadResult) {
        var store = store
        if printingAndExiting { store.indexUse?.writesInBackground = true }
        let result = reading(store)
        ProcessLifetime.keep(result)
        if let write = result.indexWrite { ProcessLifetime.finishBeforeExit(write) }
        guard let journal = result.journal else {
            if let problem = result.problems.first(where: { $0.path.hasSuffix("profile.md") }) {
                throw CommandFailure("cannot read the profile: \(problem)", hint: "fix that line, then run `hearth doctor`")
            }
            throw CommandFailure("no journal in \(store.root) yet",
                                 hint: "create one with `hearth init --partner NAME --partner NAME`, or pass --dir")
        }
        if !result.problems.isEmpty {
            // Files, not problems: one file can hold several.
            let count = Set(result.problems.map(\.path)).count
            StandardError.write("hearth: skipped \(count) unreadable file\(count == 1 ? "" : "s"); run `hearth doctor` for details\n")
        }
        return (journal, result)
    }

    /// Finds a partner by name or id, or fails listing who is in the profile.
    func partner(_ text: String, in profile: Profile) throws -> Partner {
        guard let partner = profile.partner(named: text) else {
            let known = profile.partners.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            throw CommandFailure("'\(text)' is not a partner in this journal", hint: "use one of: \(known)")
        }
        return partner
    }

    /// Parses `2026-W47` or a date inside the week (`2026-11-21`).
    static func week(from text: String) throws -> Week {
        if let week = Week(text) { return week }
        if let date = CivilDate(text) { return Week(containing: date) }
        throw CommandFailure("'\(text)' is not a week", hint: "write an ISO week like 2026-W47, or a date like 2026-11-21")
    }
}

/// Values that live until the process exits.
enum ProcessLifetime {
    private final class Holder<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive until exit, on purpose. A command loads the journal once and exits right after
    /// printing; freeing every check-in one by one on the way out was about 5% of `hearth list`.
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Holder(value))
    }

    /// The index writes still running, waited for at exit.
    private static let unfinished = Mutex<[IndexWriteInFlight]>([])

    /// Has the process wait for `write` when it exits, however it exits (`exit` after an error too): cut off, the
    /// write would leave its temporary behind, and no index. Called on the main thread, before it prints.
    static func finishBeforeExit(_ write: IndexWriteInFlight) {
        let first = unfinished.withLock { writes in
            writes.append(write)
            return writes.count == 1
        }
        guard first else { return }
        // A reader that goes away (`hearth list | head -1`) would end the process by SIGPIPE in the middle of the
        // write: held back until the write is done, and then delivered, so the process still ends by it.
        maskPipeSignal(SIG_BLOCK)
        atexit { ProcessLifetime.finishWrites() }
    }

    private static func finishWrites() {
        for write in unfinished.withLock({ $0 }) { write.wait() }
        maskPipeSignal(SIG_UNBLOCK)
    }

    /// Blocks or unblocks SIGPIPE for the calling thread.
    private static func maskPipeSignal(_ how: Int32) {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(how, &pipeSignal, nil)
    }
}
