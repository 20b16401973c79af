import Foundation
@testable import hearth
import HearthDomain
import HearthStore
import HearthUI

/// The app as the terminal runs it, minus the terminal: `update`, then each effect performed by UIRunner's
/// own EffectPerformer against the app's store access on real files. Background work runs at once.
struct FuzzSession {
    var state: AppState
    var performer: EffectPerformer
    /// Folders a demo opened from the welcome screen was written to.
    var demoFolders: [String] { performer.demo == .none ? [] : [performer.access.folder] }
    var quit = false

    init(state: AppState, access: any JournalAccess) {
        self.state = state
        performer = EffectPerformer(access: access, host: FuzzHost())
    }

    /// Applies one event and performs its effects; nothing more happens once the app has quit.
    mutating func send(_ event: Event) {
        guard !quit else { return }
        var stop = performer.perform(state.update(event), on: &state)
        while let next = stop {
            switch next {
            case .quit:
                quit = true
                return
            case .background(let work, let then):
                stop = performer.finish(work.run(), then: then, on: &state)
            }
        }
    }
}

/// No terminal: nothing to draw, an editor that saves the text as it was given, and small demos.
struct FuzzHost: EffectHost {
    func show(_ state: AppState) {}
    func invalidate() {}
    func edit(_ text: String, inMemoryOnly: Bool) throws -> String { text }

    /// A few weeks, not the UI's two years (thousands of demos are opened), in a folder of its own.
    func makeDemo(endingAt week: Week, access: any JournalAccess) throws -> (journal: Journal, folder: String) {
        let folder = try FuzzFolders.make("demo")
        let journal = DemoJournal.make(weeks: 4, endingAt: week, seed: 1)
        try Store(root: folder).importJournal(journal)
        return (journal, folder)
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
