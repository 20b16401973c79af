import Foundation
@testable import hearth
import HearthDomain
import HearthStore
import HearthUI

/// The app as the terminal runs it, minus the terminal: `update`, then each effect performed against the
/// app's own store access on real files, the way UIRunner performs them.
struct FuzzSession {
    var state: AppState
    var access: any JournalAccess
    /// Folders a demo opened from the welcome screen was written to.
    var demoFolders: [String] = []
    var quit = false

    init(state: AppState, access: any JournalAccess) {
        self.state = state
        self.access = access
    }

    /// Applies one event and performs its effects; nothing more happens once the app has quit.
    mutating func send(_ event: Event) {
        guard !quit else { return }
        perform(state.update(event))
    }

    private mutating func perform(_ effects: [Effect]) {
        for effect in effects where !quit {
            switch effect {
            case .quit:
                quit = true
            case .redraw:
                break
            case .createJournal(let journal):
                let access = access
                state.apply(outcome { .opened(try access.create(journal), problems: [], location: nil) })
            case .edit(let edit):
                let access = access
                state.apply(outcome {
                    let saved = try access.apply(edit)
                    return .edited(saved.journal, problems: saved.problems, message: saved.message)
                })
            case .openDemo:
                openDemo()
            case .saveDraft(let draft):
                if let failure = failure({ try access.saveDraft(draft) }) { state.apply(.failed(failure)) }
            case .saveCheckIn(let checkIn):
                guard let profile = state.journal?.profile else { continue }
                let access = access
                state.apply(outcome { .checkInSaved(checkIn, path: try access.save(checkIn, profile: profile)) })
            case .discardDrafts(let drafts):
                if let failure = failure({ try access.discard(drafts) }) { state.apply(.failed(failure)) }
            case .editInEditor(let text):
                // An editor that saves the text as it was given.
                perform(state.apply(.editorReturned(text)))
            }
        }
    }

    /// A small demo (a few weeks, not the UI's two years: thousands of them are opened) in a folder of its own.
    private mutating func openDemo() {
        do {
            let folder = try FuzzFolders.make("demo")
            let week = Week(containing: state.today)
            try Store(root: folder).importJournal(DemoJournal.make(weeks: 4, endingAt: week, seed: 1))
            demoFolders.append(folder)
            access = access.reopened(at: folder)
            let loaded = access.load()
            state.apply(.opened(loaded.journal ?? DemoJournal.make(weeks: 4, endingAt: week, seed: 1),
                                problems: loaded.problems, location: folder))
        } catch {
            state.apply(.failed("\(error)"))
        }
    }

    private func outcome(_ work: () throws -> EffectResult) -> EffectResult {
        do { return try work() } catch { return .failed(String(describing: error)) }
    }

    private func failure(_ work: () throws -> Void) -> String? {
        do { try work(); return nil } catch { return String(describing: error) }
    }
}

/// Temporary folders for the fuzz, in memory when the system has a tmpfs (saves fsync).
enum FuzzFolders {
    static let base: String = {
        let shm = "/dev/shm"
        return FileManager.default.isWritableFile(atPath: shm) ? shm : NSTemporaryDirectory()
    }()

    static func make(_ kind: String) throws -> String {
        let path = base + "/hearth-fuzz-\(kind)-" + UUID().uuidString.prefix(8)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every file under `folder` but the lock, with what identifies one write of it; the journal's files
    /// apart from the drafts, which are kept after every answer without a save key.
    static func snapshot(_ folder: String) -> (journal: [String: [Int]], drafts: [String: [Int]]) {
        var files: [String: [Int]] = [:], drafts: [String: [Int]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let relative = enumerator?.nextObject() as? String {
            if relative == ".hearth.lock" { continue }
            var info = stat()
            guard stat(folder + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let identity = [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
            if relative.hasPrefix("drafts/") { drafts[relative] = identity } else { files[relative] = identity }
        }
        return (files, drafts)
    }
}
