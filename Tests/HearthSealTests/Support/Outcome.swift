import Testing
@testable import HearthSeal

/// What opening a file did: the plaintext, or the error it was refused with.
enum Outcome: Equatable {
    case opened([UInt8])
    case refused(SealError)

    /// The outcome of opening `file` as an array; every test using it also checks that opening the same bytes
    /// where they lie (`AgeFile.open` of a raw buffer), and over them (`AgeFile.open(inPlace:)`, as the store
    /// opens its sealed index), ends the same way.
    init(_ file: [UInt8], with identities: [any AgeIdentity] = [Forge.identity]) {
        self.init(opening: { () throws(SealError) in try AgeFile.open(file, with: identities) })
        let lent = file.withUnsafeBytes { bytes in Outcome(opening: { () throws(SealError) in try AgeFile.open(bytes, with: identities) }) }
        #expect(lent == self, "opened in place: \(lent); as an array: \(self)")
        // Opened over a copy of the bytes, the plaintext written where they lay (as the store opens its index).
        var copy = file
        let over = copy.withUnsafeMutableBytes { bytes in
            Outcome(opening: { () throws(SealError) in Array(bytes.prefix(try AgeFile.open(inPlace: bytes, with: identities))) })
        }
        #expect(over == self, "opened over its bytes: \(over); as an array: \(self)")
    }

    private init(opening: () throws(SealError) -> [UInt8]) {
        do throws(SealError) {
            self = .opened(try opening())
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
