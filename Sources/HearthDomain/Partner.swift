/// One person in the relationship.
public struct Partner: Hashable, Sendable, Identifiable {
    /// Stable ASCII id used in file names (`alex`, `misaki`); never shown as a name.
    public let id: String
    /// Display name in any script (`Zoë`, `美咲`).
    public var name: String
    public var primaryLanguage: LoveLanguage?
    public var secondaryLanguage: LoveLanguage?

    public init(id: String, name: String, primaryLanguage: LoveLanguage? = nil,
                secondaryLanguage: LoveLanguage? = nil) {
        self.id = id
        self.name = name
        self.primaryLanguage = primaryLanguage
        self.secondaryLanguage = secondaryLanguage
    }

    /// An ASCII id derived from a display name: `Zoë Müller` -> `zoe-muller`, `Ана` -> `ana`, and
    /// `partner-1` for a name nothing readable comes from (`美咲`: Han has no reading without a dictionary).
    public static func makeID(from name: String, fallbackIndex: Int) -> String {
        var id = ""
        for scalar in Transliteration.latin(name).decomposedASCIIFolded().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if scalar.isASCII { id.unicodeScalars.append(scalar) }
            } else if !id.isEmpty, id.last != "-" {
                id.append("-")
            }
        }
        while id.last == "-" { id.removeLast() }
        return id.isEmpty ? "partner-\(fallbackIndex)" : id.lowercased()
    }

    /// True for ids the store can use in a file name: `[a-z0-9-]`, starting with a letter or digit.
    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first != "-", id.utf8.count <= 40 else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

extension String {
    /// Latin letters with their accents removed (`ë` -> `e`, `ß` -> `ss`); other characters kept.
    func decomposedASCIIFolded() -> String {
        var out = ""
        for character in lowercased() {
            if let folded = latinFolds[character] { out += folded } else { out.append(character) }
        }
        return out
    }
}

/// Accented Latin letters and the ASCII they fold to; enough for readable ids.
private let latinFolds: [Character: String] = {
    let table: [(String, String)] = [
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"),
        ("ĥħ", "h"), ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"), ("ŕŗř", "r"), ("śŝşš", "s"), ("ţťŧ", "t"), ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"),
    ]
    var folds: [Character: String] = [:]
    for (letters, ascii) in table { for letter in letters { folds[letter] = ascii } }
    return folds
}()
