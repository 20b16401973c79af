@testable import HearthSeal

/// What opening a file did: the plaintext, or the error it was refused with.
enum Outcome: Equatable {
    case opened([UInt8])
    case refused(SealError)

    init(_ file: [UInt8], with identities: [any AgeIdentity] = [Forge.identity]) {
        do throws(SealError) {
            self = .opened(try AgeFile.open(file, with: identities))
        } catch {
            self = .refused(error)
        }
    }

    var error: SealError? {
        if case .refused(let error) = self { return error }
        return nil
    }

    /// True for a refusal because the header breaks the format (not a MAC or key failure).
    var isMalformedHeader: Bool {
        if case .malformedHeader = error { return true }
        return false
    }
}
