import HearthDomain
import HearthTerminal
import HearthUI

/// The effect loop of DESIGN.md: render, draw, wait for an event, update, perform effects. Effects that take
/// time run in the background while the loop keeps drawing their progress and reading keys.
struct UIRunner {
    /// Where the journal is read and written; a demo opened from the first-run screen replaces it.
    let access: any JournalAccess
    let today: CivilDate
    let monochrome: Bool
    let environment: [String: String]
    /// Open the check-in wizard at once (`hearth checkin` without ratings), for this week and partner.
    var checkIn: CheckInRequest?
    /// `--ascii`: plain ASCII symbols whatever the terminal could show.
    var ascii = false
    /// Opens a sealed journal, and unlocks more partners' keys later; nil for a plain journal.
    var unlocker: (any JournalUnlocking)?
    /// The journal is encrypted: the editor's file goes only to a folder in memory.
    var encrypted = false
    /// The partners (ids) whose keys the command line already unlocked (`--identity`, `--passphrase-file`).
    var unlocked: [String] = []

    /// How often the progress line moves while background work runs, in milliseconds.
    static let progressInterval: Int32 = 100

    /// Runs the UI until the user quits or a signal stops it; returns the exit status.
    func run() throws -> Int32 {
        var state = try startingState()
        state.value.chartTier = ascii ? .ascii : ChartTier.detect(environment: environment)
        let terminal = try TerminalSession(monochrome: monochrome, environment: environment)
        // Restores the terminal on every way out of this function, thrown errors included.
        defer { terminal.close() }
        var performer = EffectPerformer(access: access, unlocker: unlocker,
                                        host: TerminalHost(terminal: terminal, environment: environment,
                                                                          encrypted: encrypted))
        let environment = environment, quick = state.quick
        return Self.loop(state.value, terminal: terminal, performer: &performer) { state, performer in
            // An editor's folder left by a session that was killed holds an answer in clear: gone before any key
            // is read, so before any editor runs (and not in the way of the first frame: /tmp can be large).
            ExternalEditor.sweepStaleFolders(environment: environment)
            if quick { performer.loadInFull(on: &state) }
        }
    }

    /// The journal as loaded, the locked screen when it is sealed, and any check-in asked for on the command line.
    /// `quick` when the journal was read only as far as home's first frame needs (`loadForHome`): the loop
    /// then reads it whole right after that frame, before it takes any key.
    private func startingState() throws -> (value: AppState, quick: Bool) {
        if let locked = unlocker?.lockedJournal() {
            return (AppState(today: today, locked: locked, folder: access.folder), false)
        }
        // Home is the first screen unless a check-in was asked for: it can be drawn before the prose is read.
        let home = checkIn == nil ? access.loadForHome(week: Week(containing: today)) : nil
        let loaded = home.map { (journal: Optional($0.journal), problems: $0.problems) } ?? access.load()
        // No journal but problems means a profile that is there and cannot be read: the welcome screen would
        // offer to set up a new journal over it.
        if loaded.journal == nil, let problem = loaded.problems.first {
            throw CommandFailure("cannot open the journal in \(access.folder): \(problem)",
                                 hint: "fix that file (`hearth doctor` lists every problem); Hearth does not set up a journal over one")
        }
        var state = AppState(today: today, journal: loaded.journal, folder: access.folder, problems: loaded.problems)
        if encrypted { state.seal = JournalSeal(unlocked: unlocked) }
        if loaded.journal != nil { state.conflicts = home?.conflicts ?? access.conflicts() }
        let drafts = access.loadDrafts()
        if let checkIn {
            state.startCheckIn(week: checkIn.week, partner: checkIn.partner, drafts: drafts)
        } else {
            state.offerDrafts(drafts)
        }
        return (state, home != nil)
    }

    /// Draws, reads events and performs effects until a quit; returns its status. While background work runs,
    /// the wait for a key is short so the spinner moves, and a stop signal still leaves at once.
    /// `afterFirstFrame` runs once that frame is out and before any event is taken: the rest of the start, such
    /// as reading the whole journal when `start` holds only what home's first frame shows (keys typed
    /// meanwhile wait in the terminal, then act on the whole journal).
    static func loop(_ start: AppState, terminal: some UITerminal, performer: inout EffectPerformer,
                     afterFirstFrame: (inout AppState, inout EffectPerformer) -> Void = { _, _ in }) -> Int32 {
        var state = start
        // Scrolling screens page by the window's height; later sizes arrive as resize events.
        _ = state.update(.resize(terminal.size))
        var running: BackgroundTask?
        // Keys typed while work runs, kept for when its result is in: type-ahead is not lost.
        var typedAhead: [Event] = []
        var first = true
        while true {
            terminal.draw(state.render(size: terminal.size))
            if first {
                first = false
                afterFirstFrame(&state, &performer)
                continue
            }
            var events: [Event] = []
            if let task = running {
                let event = terminal.nextEvent(waitingAtMost: progressInterval)
                if let finished = task.take() {
                    running = nil
                    let stop = performer.finish(finished, then: task.then, on: &state)
                    if let status = follow(stop, terminal: terminal, performer: performer, running: &running) { return status }
                    events = typedAhead
                    typedAhead = []
                } else if event == nil {
                    state.tick()
                }
                if let event { events.append(event) }
            } else {
                events = [terminal.nextEvent()]
            }
            // Keys already waiting (a paste) are all applied before the next draw: one frame per burst, not per key.
            while !events.isEmpty {
                let event = events.removeFirst()
                if running != nil, case .key = event {
                    typedAhead.append(event)
                } else {
                    let stop = performer.perform(state.update(event), on: &state)
                    if let status = follow(stop, terminal: terminal, performer: performer, running: &running) { return status }
                }
                if events.isEmpty, let more = terminal.pendingEvent() { events.append(more) }
            }
        }
    }

    /// Quits (terminal restored first, an untouched demo removed) or starts background work; the exit status
    /// when quitting.
    private static func follow(_ stop: EffectPerformer.Stop?, terminal: some UITerminal, performer: EffectPerformer,
                               running: inout BackgroundTask?) -> Int32? {
        switch stop {
        case .quit(let status)?:
            terminal.close()
            performer.demo.finish(performer.access)
            return status
        case .background(let work, let then)?:
            running = BackgroundTask(work, then: then)
            return nil
        case nil:
            return nil
        }
    }
}

/// The terminal as the UI loop uses it: TerminalSession, or a scripted one in the loop's tests.
protocol UITerminal: AnyObject {
    var size: Size { get }
    func draw(_ buffer: ScreenBuffer)
    func nextEvent() -> Event
    func nextEvent(waitingAtMost milliseconds: Int32) -> Event?
    func pendingEvent() -> Event?
    func close()
}

extension TerminalSession: UITerminal {}

/// Effects' needs met by the real terminal: drawing "Saving…", running the editor with the UI suspended.
struct TerminalHost: EffectHost {
    let terminal: TerminalSession
    let environment: [String: String]
    /// An encrypted journal: the editor's file may be written only to memory (tmpfs).
    var encrypted = false

    func show(_ state: AppState) { terminal.draw(state.render(size: terminal.size)) }
    func invalidate() { terminal.invalidate() }

    func edit(_ text: String, inMemoryOnly: Bool) throws -> String {
        try ExternalEditor.edit(text, environment: environment, inMemoryOnly: encrypted || inMemoryOnly) { run in terminal.suspend(run) }
    }

    func makeDemo(endingAt week: Week, access: any JournalAccess) throws -> (journal: Journal, folder: String) {
        try access.makeDemo(endingAt: week)
    }
}
