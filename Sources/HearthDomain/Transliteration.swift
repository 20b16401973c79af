/// Names in Cyrillic, Greek, Japanese kana and Korean Hangul written in Latin letters, so a file id made
/// from them can be read (`Ана` -> `ana`, `Ζωή` -> `zoe`, `さくら` -> `sakura`, `김민준` -> `gimminjun`).
///
/// Our own small tables rather than ICU: Hearth links no Foundation, and ICU's reading of Han characters is
/// Mandarin (it gives `mei xiao` for the Japanese name 美咲), which would be a wrong name; Han characters and
/// scripts without a table are left as they are, and the caller falls back to a numbered id.
enum Transliteration {
    /// `text` with every letter that has a table replaced by lower-case Latin; anything else kept.
    static func latin(_ text: String) -> String {
        var out = ""
        var doubleNext = false
        for character in text.lowercased() {
            guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else {
                out.append(character)
                continue
            }
            if let small = smallKana(scalar), out.last == "i" {
                // きゃ -> kya, しゃ -> sha: the small ya/yu/yo replaces the i of the syllable before it.
                out.removeLast()
                let shortened = out.hasSuffix("sh") || out.hasSuffix("ch") || out.hasSuffix("j")
                out += shortened ? String(small.dropFirst()) : small
                continue
            }
            if scalar == "っ" || scalar == "ッ" {
                doubleNext = true
                continue
            }
            guard let latin = latin(of: scalar) else {
                doubleNext = false
                out.append(character)
                continue
            }
            if doubleNext, let first = latin.first, !"aeiou".contains(first) { out.append(first) }
            doubleNext = false
            out += latin
        }
        return out
    }

    private static func latin(of scalar: Unicode.Scalar) -> String? {
        if let text = letters[Character(scalar)] { return text }
        let value = scalar.value
        if (0xAC00...0xD7A3).contains(value) { return hangul(value - 0xAC00) }
        if (0x30A1...0x30F6).contains(value), let hiragana = Unicode.Scalar(value - 0x60) {
            return kana[Character(hiragana)]
        }
        return kana[Character(scalar)]
    }

    private static func smallKana(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "ゃ", "ャ": "ya"
        case "ゅ", "ュ": "yu"
        case "ょ", "ョ": "yo"
        default: nil
        }
    }

    /// A Hangul syllable from its initial, vowel and final (Revised Romanization, as in `gim`, `min`, `jun`).
    private static func hangul(_ index: UInt32) -> String {
        let initials = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"]
        let vowels = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
                      "wi", "yu", "eu", "ui", "i"]
        let finals = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
                      "t", "t", "ng", "t", "t", "k", "t", "p", "t"]
        let index = Int(index)
        return initials[index / 588] + vowels[(index % 588) / 28] + finals[index % 28]
    }

    /// Cyrillic and Greek letters (lower case; callers lower-case first).
    private static let letters: [Character: String] = {
        var table: [Character: String] = [:]
        let cyrillic = "а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f "
            + "х kh ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю iu я ia і i ї i є ie ґ g ў u"
        let greek = "α a ά a β v γ g δ d ε e έ e ζ z η e ή e θ th ι i ί i ϊ i ΐ i κ k λ l μ m ν n ξ x ο o ό o "
            + "π p ρ r σ s ς s τ t υ y ύ y ϋ y ΰ y φ f χ ch ψ ps ω o ώ o"
        for pairs in [cyrillic, greek] {
            let words = pairs.split(separator: " ")
            for index in stride(from: 0, to: words.count - 1, by: 2) {
                guard let letter = words[index].first else { continue }
                table[letter] = words[index + 1] == "-" ? "" : String(words[index + 1])
            }
        }
        return table
    }()

    /// Hiragana in Hepburn romanization (katakana is looked up through its hiragana twin).
    private static let kana: [Character: String] = {
        let rows = "あ a い i う u え e お o か ka き ki く ku け ke こ ko が ga ぎ gi ぐ gu げ ge ご go "
            + "さ sa し shi す su せ se そ so ざ za じ ji ず zu ぜ ze ぞ zo た ta ち chi つ tsu て te と to "
            + "だ da ぢ ji づ zu で de ど do な na に ni ぬ nu ね ne の no は ha ひ hi ふ fu へ he ほ ho "
            + "ば ba び bi ぶ bu べ be ぼ bo ぱ pa ぴ pi ぷ pu ぺ pe ぽ po ま ma み mi む mu め me も mo "
            + "や ya ゆ yu よ yo ら ra り ri る ru れ re ろ ro わ wa ゐ i ゑ e を o ん n ゔ vu "
            + "ぁ a ぃ i ぅ u ぇ e ぉ o ゎ wa ゕ ka ゖ ke"
        var table: [Character: String] = [:]
        let words = rows.split(separator: " ")
        for index in stride(from: 0, to: words.count - 1, by: 2) {
            guard let letter = words[index].first else { continue }
            table[letter] = String(words[index + 1])
        }
        return table
    }()
}
