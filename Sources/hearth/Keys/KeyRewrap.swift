import HearthSeal
import HearthStore

/// The journal's sealed files wrapped to a changed set of keys (`key add-partner`, `key rotate`). Only each
/// file's header is written again, around the same content key; see `AgeFile.rewrap` for what that means.
struct KeyRewrap {
    let store: Store

    /// The partner a sealed file is private to (`checkins/2026/2026-W47-zoe.private.md.age` -> `zoe`, sealed to
    /// that partner alone), nil for a shared file (sealed to every partner).
    static func privateOwner(_ path: String) -> String? {
        let suffix = ".private.md.age"
        let name = path.split(separator: "/").last.map(String.init) ?? path
        // `2026-W47-` comes before the partner's id.
        guard name.hasSuffix(suffix), name.utf8.count > 9 + suffix.utf8.count else { return nil }
        return String(name.dropFirst(9).dropLast(suffix.count))
    }

    /// What one pass did: files rewritten, and files left because no key given opens them (another partner's
    /// private files) or because they are damaged, with why.
    struct Outcome {
        var rewritten = 0
        var notOpened: [(path: String, why: String)] = []
    }

    /// Rewrites every sealed file `recipients` gives a list for (by its path; nil leaves the file), opening it
    /// with `identities`.
    func rewrap(with identities: [X25519Identity], recipients: (String) -> [X25519Recipient]?) throws -> Outcome {
        var outcome = Outcome()
        do {
            outcome.rewritten = try store.rewriteSealedFiles { path, bytes throws in
                guard let chosen = recipients(path) else { return nil }
                do throws(SealError) {
                    return try AgeFile.rewrap(bytes, with: identities, to: chosen)
                } catch .noMatchingIdentity {
                    return nil
                } catch {
                    outcome.notOpened.append((path, error.description))
                    return nil
                }
            }.count
        } catch let failure as StoreError {
            throw CommandFailure("\(failure)")
        }
        return outcome
    }

    /// One line for the user: how many files were rewritten, and each damaged one.
    static func report(_ outcome: Outcome, root: String) {
        print("Rewrapped \(outcome.rewritten) file\(outcome.rewritten == 1 ? "" : "s") in \(root).")
        for (path, why) in outcome.notOpened {
            StandardError.write("hearth: \(path) left as it is: \(why)\n")
        }
    }
}
