/// Text made safe to place in HTML or SVG, between tags or inside a quoted attribute.
public enum HTMLText {
    /// Escapes the five characters HTML gives meaning to; NUL and other C0 controls but tab and line
    /// breaks, which a page cannot show, become U+FFFD so a hand-edited file cannot break the markup.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
