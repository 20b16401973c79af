import Dispatch
import HearthDomain
import Testing
@testable import HearthStore

/// Issue 11, defect 10: both partners write profile.md; an edit refused only because the other partner's
/// edit landed first is merged instead.
@Suite("Shared profile: concurrent edits of different partners", .scratchFolders)
struct SharedProfileTests {
    @Test func aChangeOnDiskToAnotherPartnerIsMergedNotRefused() throws {
        let store = try Fixtures.initializedStore()
        let loaded = store.load()
        let base = try #require(loaded.journal?.profile)
        var theirs = base
        theirs.partners[1].primaryLanguage = .gifts
        try store.saveProfile(theirs, expected: loaded.revision(ofPath: "profile.md"), base: base)
        var ours = base
        ours.partners[0].primaryLanguage = .touch
        try store.saveProfile(ours, expected: loaded.revision(ofPath: "profile.md"), base: base)
        let saved = try #require(store.load().journal?.profile)
        #expect(saved.partner(id: "alex")?.primaryLanguage == .touch && saved.partner(id: "sam")?.primaryLanguage == .gifts)

        var same = base
        same.partners[1].primaryLanguage = .time
        #expect(throws: StoreError.changedOnDisk("profile.md")) {
            try store.saveProfile(same, expected: loaded.revision(ofPath: "profile.md"), base: base)
        }
    }

    /// As the audit did it: many edits at once, each partner's by its own writer, none refused, none lost.
    @Test func manyConcurrentEditsOfDifferentPartnersAreNeitherRefusedNorLost() throws {
        let store = try Fixtures.initializedStore()
        let ids = Fixtures.profile.partners.map(\.id)
        let languages = LoveLanguage.allCases
        // 134 rounds of three writers: 402 edits, as many as the audit's 400.
        let rounds = 134
        for round in 0..<rounds {
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: ids.count) { index in
                // Each writer is a separate command: its own load, its own lock.
                let writer = Store(root: store.root)
                let loaded = writer.load()
                guard var profile = loaded.journal?.profile, let base = loaded.journal?.profile else { return failures.add("no profile") }
                profile.partners[index].primaryLanguage = languages[(round + index) % languages.count]
                profile.partners[index].secondaryLanguage = nil
                do {
                    try writer.saveProfile(profile, expected: loaded.revision(ofPath: "profile.md"), base: base)
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.all.isEmpty, "round \(round): \(failures.all)")
            let saved = try #require(store.load().journal?.profile)
            for (index, id) in ids.enumerated() {
                #expect(saved.partner(id: id)?.primaryLanguage == languages[(round + index) % languages.count], "round \(round): \(id) lost")
            }
        }
    }
}

/// Errors collected from concurrent writers.
private final class Failures: @unchecked Sendable {
    private let lock = DispatchSemaphore(value: 1)
    private var list: [String] = []
    func add(_ failure: String) {
        lock.wait()
        list.append(failure)
        lock.signal()
    }
    var all: [String] {
        lock.wait()
        defer { lock.signal() }
        return list
    }
}
