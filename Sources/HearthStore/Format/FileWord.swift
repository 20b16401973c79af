import HearthDomain

/// A closed set of words a file may hold (statuses, signs, languages), with their bytes ready to compare.
protocol FileWord: RawRepresentable, CaseIterable where RawValue == String {
    static var words: [(bytes: [UInt8], value: Self)] { get }
}

extension FileWord {
    static func makeWords() -> [(bytes: [UInt8], value: Self)] { allCases.map { (Array($0.rawValue.utf8), $0) } }
}

extension WarningSign: FileWord { static let words = makeWords() }
extension RitualMark.Status: FileWord { static let words = makeWords() }
extension Ritual.Status: FileWord { static let words = makeWords() }
extension IntentionReview: FileWord { static let words = makeWords() }
extension LoveLanguage: FileWord { static let words = makeWords() }
extension AgendaStep.Kind: FileWord { static let words = makeWords() }
