import HearthDomain

/// What a change to one journal file was, in a few words for a sync's commit message:
/// "check-in 2026-W47", "ritual Sunday walk edited", "agenda edited".
public enum ChangeDescription {
    /// How a file changed between two versions (nil: absent).
    public enum Kind: Sendable { case added, modified, removed }

    /// The words for `relativePath` changing; `before` and `after` are read only for the rituals file,
    /// whose change is told ritual by ritual. `names` maps partner ids to display names.
    public static func describe(_ relativePath: String, _ kind: Kind, before: [UInt8]?, after: [UInt8]?,
                                names: [String: String]) -> [String] {
        let parts = relativePath.split(separator: "/")
        if parts.count == 3, parts[0] == "checkins" || parts[0] == "moments", let week = weekFile(parts[2], names: names) {
            let what = parts[0] == "checkins" ? "check-in \(week)" : "moments of \(week)"
            switch kind {
            case .added: return [what]
            case .modified: return [what + " edited"]
            case .removed: return [what + " removed"]
            }
        }
        switch relativePath {
        case "rituals.md": return rituals(before: before, after: after)
        case "profile.md": return ["profile edited"]
        case "agenda.md": return ["agenda edited"]
        default: return [relativePath + (kind == .removed ? " removed" : kind == .added ? " added" : " changed")]
        }
    }

    /// `2026-W47-zoe.md` as `2026-W47 (Zoë)`; nil for any other name.
    private static func weekFile(_ name: Substring, names: [String: String]) -> String? {
        guard name.hasSuffix(".md"), name.count > 12 else { return nil }
        let week = name.prefix(8)
        let id = String(name.dropFirst(9).dropLast(3))
        guard Week(String(week)) != nil else { return nil }
        return "\(week) (\(names[id] ?? id))"
    }

    /// Rituals added, edited and removed, by name; "rituals edited" when either version cannot be read.
    static func rituals(before: [UInt8]?, after: [UInt8]?) -> [String] {
        guard let old = decodeRituals(before), let new = decodeRituals(after) else { return ["rituals edited"] }
        let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(\.id))
        var words: [String] = []
        for ritual in new {
            if let previous = oldByID[ritual.id] {
                if previous != ritual { words.append("ritual \(ritual.name) edited") }
            } else {
                words.append("ritual \(ritual.name) added")
            }
        }
        words += old.filter { !newIDs.contains($0.id) }.map { "ritual \($0.name) removed" }
        return words.isEmpty ? ["rituals edited"] : words
    }

    private static func decodeRituals(_ bytes: [UInt8]?) -> [Ritual]? {
        guard let bytes else { return [] }
        return bytes.withUnsafeBufferPointer { buffer -> [Ritual]? in
            guard let document = try? Document(buffer), let contents = try? RitualsFile.decode(document) else { return nil }
            return contents.rituals
        }
    }
}
