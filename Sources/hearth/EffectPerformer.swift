import HearthDomain
import HearthUI

/// What performing effects needs from where the app runs: the real terminal (UIRunner), or none (the
/// keystroke fuzz).
protocol EffectHost {
    /// Draws the state now, before work that touches the disk, so its "Saving…" shows.
    func show(_ state: AppState)
    /// Forgets what is on screen so the next draw repaints all of it.
    func invalidate()
    /// Lets the user edit `text` in their editor; returns it as saved. `inMemoryOnly`: the journal is encrypted
    /// (perhaps only since setup made it so), so the editor's file may go only to tmpfs.
    func edit(_ text: String, inMemoryOnly: Bool) throws -> String
    /// Writes a demo journal ending in `week`; returns it and its folder. Runs off the UI loop.
    func makeDemo(endingAt week: Week, access: any JournalAccess) throws -> (journal: Journal, folder: String)
}

/// Performs the effects `update` asks for against the journal's files and applies their results: the one
/// effect switch UIRunner and the keystroke fuzz share.
struct EffectPerformer {
    /// Where the journal is read and written; a demo opened from the first-run screen replaces it.
    var access: any JournalAccess
    /// Opens a sealed journal, and unlocks another partner's key over an open one; nil for a plain journal.
    var unlocker: (any JournalUnlocking)?
    /// A demo opened from the welcome screen is removed on the way out, unless something was saved in it.
    var demo = DemoFolder.none
    let host: any EffectHost

    /// Why performing stopped before the last effect.
    enum Stop {
        /// Leave with this status.
        case quit(Int32)
        /// This work takes time: run it off the loop, then `finish` with its result and the effects after it.
        case background(BackgroundWork, then: [Effect])
    }

    /// The outcome of background work, to apply on the loop.
    struct Finished {
        var result: EffectResult
        /// The access for the folder the work opened (a demo).
        var reopened: (any JournalAccess)?
        /// The access to the journal just unlocked, holding its keys.
        var unlocked: (any JournalAccess)?
        /// The unlocker holding those keys, for the next partner's passphrase.
        var nextUnlocker: (any JournalUnlocking)?
    }

    /// Performs `effects` in order, applying each result to `state` and performing what follows from it.
    mutating func perform(_ effects: [Effect], on state: inout AppState) -> Stop? {
        for (index, effect) in effects.enumerated() {
            if effect.takesTime { return .background(work(for: effect, state: state), then: Array(effects[(index + 1)...])) }
            if let stop = performNow(effect, on: &state) { return stop }
        }
        return nil
    }

    /// Applies the result of background work, then performs what follows from it and the effects after it.
    mutating func finish(_ finished: Finished, then rest: [Effect], on state: inout AppState) -> Stop? {
        if let reopened = finished.reopened {
            // From now on every save (a check-in, a ritual) goes to the demo, never the couple's folder.
            access = reopened
            demo = .untouched
        }
        if let unlocked = finished.unlocked { access = unlocked }
        if let next = finished.nextUnlocker { unlocker = next }
        return perform(state.apply(finished.result) + rest, on: &state)
    }

    /// Reads the whole journal in place of the quick read home's first frame came from (`loadForHome`).
    func loadInFull(on state: inout AppState) {
        let loaded = access.load()
        guard let journal = loaded.journal else {
            // The profile went between the two reads: keep what is shown, and say why on the status bar.
            state.problems = loaded.problems
            return
        }
        state.replaceJournal(journal, problems: loaded.problems)
        state.conflicts = access.conflicts()
    }

    private mutating func performNow(_ effect: Effect, on state: inout AppState) -> Stop? {
        let access = access
        var result: EffectResult
        switch effect {
        case .quit(let status):
            return .quit(status)
        case .redraw:
            host.invalidate()
            return nil
        case .createJournal(let journal):
            host.show(state)
            result = Self.outcome { .opened(try access.create(journal), problems: [], location: nil) }
        case .edit(let edit):
            demo.noteWrite()
            host.show(state)
            result = Self.outcome {
                let saved = try access.apply(edit)
                return .edited(saved.journal, problems: saved.problems, message: saved.message)
            }
        case .saveDraft(let draft):
            demo.noteWrite()
            // Quietly, after every answer; only a failure is worth a word.
            guard let failure = Self.failure({ try access.saveDraft(draft) }) else { return nil }
            result = .failed(failure)
        case .saveCheckIn(let checkIn):
            guard let profile = state.journal?.profile else { return nil }
            demo.noteWrite()
            host.show(state)
            result = Self.outcome { .checkInSaved(checkIn, path: try access.save(checkIn, profile: profile)) }
        case .discardDrafts(let drafts):
            guard let failure = Self.failure({ try access.discard(drafts) }) else { return nil }
            result = .failed(failure)
        case .editInEditor(let text):
            let host = host, sealed = state.seal != nil
            result = Self.outcome { .editorReturned(try host.edit(text, inMemoryOnly: sealed)) }
            host.invalidate()
        case .resolveConflict(let conflict, let side):
            demo.noteWrite()
            host.show(state)
            var outcome = (text: "", failed: false)
            do {
                outcome.text = try access.resolve(conflict, keeping: side)
            } catch {
                outcome = (String(describing: error), true)
            }
            // Read back either way: after a refusal the list shows what the file holds now.
            let loaded = access.load()
            result = .conflictChosen(outcome.text, failed: outcome.failed, journal: loaded.journal, problems: loaded.problems,
                                     conflicts: access.conflicts())
        case .openDemo, .unlock, .sync, .createSealedJournal:
            return perform([effect], on: &state)
        }
        // The answer written in the editor is drafted at once, like a typed one.
        return perform(state.apply(result), on: &state)
    }

    /// The work of an effect that takes time, holding only what it needs.
    private func work(for effect: Effect, state: AppState) -> BackgroundWork {
        switch effect {
        case .unlock(let passphrase):
            let unlocker = unlocker
            return BackgroundWork {
                var unlocked: (any JournalAccess)?, next: (any JournalUnlocking)?
                let result = Self.outcome {
                    guard let unlocker else { throw Refusal("this journal is not encrypted: there is no key to unlock") }
                    let opened = try unlocker.open(with: passphrase)
                    unlocked = opened.access
                    next = opened.next
                    return .unlocked(opened.journal, problems: opened.problems, partners: opened.partners,
                                     drafts: opened.drafts, conflicts: opened.conflicts)
                }
                return Finished(result: result, unlocked: unlocked, nextUnlocker: next)
            }
        case .createSealedJournal(let journal, let passphrases):
            let access = access
            return BackgroundWork {
                var opened: UnlockedJournal?
                let result = Self.outcome {
                    let made = try access.createSealed(journal, passphrases: passphrases)
                    opened = made
                    return .unlocked(made.journal, problems: made.problems, partners: made.partners)
                }
                return Finished(result: result, unlocked: opened?.access, nextUnlocker: opened?.next)
            }
        case .sync:
            let access = access
            return BackgroundWork {
                let outcome = access.sync()
                let loaded = access.load()
                return Finished(result: .synced(outcome, journal: loaded.journal, problems: loaded.problems,
                                                 conflicts: access.conflicts()))
            }
        default:
            let access = access, host = host, week = Week(containing: state.today)
            return BackgroundWork {
                do {
                    let made = try host.makeDemo(endingAt: week, access: access)
                    let reopened = access.reopened(at: made.folder)
                    let loaded = reopened.load()
                    return Finished(result: .opened(loaded.journal ?? made.journal, problems: loaded.problems,
                                                    location: made.folder), reopened: reopened)
                } catch {
                    return Finished(result: .failed(String(describing: error)))
                }
            }
        }
    }

    /// Runs journal work, turning a failure into the message the user sees.
    static func outcome(_ work: () throws -> EffectResult) -> EffectResult {
        do {
            return try work()
        } catch {
            return .failed(String(describing: error))
        }
    }

    /// Runs work that returns nothing; the message to show when it fails.
    private static func failure(_ work: () throws -> Void) -> String? {
        do {
            try work()
            return nil
        } catch {
            return String(describing: error)
        }
    }

    /// A failure in our own words.
    private struct Refusal: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// Work handed off the UI loop, and what to apply when it is done.
///
/// Unchecked: it holds the journal access, which is not Sendable. While it runs the loop performs no other
/// effect and applies no key (AppState.working holds them back), so nothing else uses the access; a stop
/// signal leaves without touching it.
struct BackgroundWork: @unchecked Sendable {
    let run: () -> EffectPerformer.Finished

    init(_ run: @escaping () -> EffectPerformer.Finished) {
        self.run = run
    }
}
