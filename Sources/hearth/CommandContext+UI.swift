import ArgumentParser
import HearthStore
import HearthTerminal

extension CommandContext {
    /// Stops with the one-line "not a terminal" error (exit 2) when the UI cannot run here.
    static func requireTerminal() throws {
        if let reason = TerminalSession.nonInteractiveReason() {
            StandardError.write("hearth: \(reason)\n")
            throw ExitCode(2)
        }
    }

    /// Runs the terminal UI over this journal, optionally straight into a check-in; a non-zero status becomes the exit code.
    /// `ascii` forces the ASCII tier; otherwise the locale and terminal decide. An encrypted journal opens on the
    /// locked screen when no key is unlocked yet, and home's `u` unlocks more partners' keys either way.
    func runUI(checkIn: CheckInRequest? = nil, ascii: Bool = false) throws {
        let unlocker = try keyring.flatMap { keyring -> StoreUnlocker? in
            guard let files = try unlocking.keyFiles() else { return nil }
            return StoreUnlocker(store: store.with(keyring: nil), keyFiles: files, keyring: keyring)
        }
        let runner = UIRunner(access: StoreAccess(store: store), today: today,
                              monochrome: !(environment["NO_COLOR"] ?? "").isEmpty, environment: environment,
                              checkIn: checkIn, ascii: ascii, unlocker: unlocker, encrypted: keyring != nil,
                              unlocked: keyring?.unlockedPartners ?? [])
        let status = try runner.run()
        if status != 0 { throw ExitCode(status) }
    }
}
