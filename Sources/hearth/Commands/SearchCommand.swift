import ArgumentParser
import HearthDomain
import HearthExchange

/// `hearth search TEXT`: every piece of prose that mentions TEXT, newest first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Find words in everything you have written, ignoring case and accents.")

    @OptionGroup var store: StoreOptions
    @Argument(help: ArgumentHelp("What to look for: a word or phrase, in any script (`cafe` finds `café`).", valueName: "text"))
    var text: [String]
    @Option(help: ArgumentHelp("Only what this partner wrote (name or id).", valueName: "name")) var partner: String?
    @Flag(name: .customLong("private"), help: "Also search private reflections (hidden by default).") var includePrivate = false
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() throws { try values.run() }

    /// What was read, as plain values.
    var values: Values { Values(store: store.place, text: text, partner: partner, includePrivate: includePrivate, json: json) }

    /// `hearth search` as read, in plain values: the quick path (QuickCommand) makes these without the parser's
    /// property wrappers.
    struct Values: Equatable {
        var store: JournalPlace
        var text: [String]
        var partner: String?
        var includePrivate: Bool
        var json: Bool

        func run() throws {
            let context = try CommandContext(options: store, unlocking: .anyPartner(preferring: partner))
            let query = text.joined(separator: " ")
            // Without --private no reflection is shown, so a sealed journal's reflection files are not opened.
            // Each check-in keeps only the texts that match as it is read (one taken from the index makes strings of
            // those alone): the hits are the same, and a long journal's words are never all in memory at once.
            let journal = try context.loadJournal(printingAndExiting: true, reading: { [includePrivate] store in
                var store = store
                store.readsPrivateReflections = includePrivate
                return store.load(fields: .matching(query: query, includePrivate: includePrivate))
            }).journal
            var hits = JournalSearch.hits(in: journal, matching: query, includePrivate: includePrivate)
            if let partner {
                let id = try context.partner(partner, in: journal.profile).id
                hits.removeAll { $0.partner != id }
            }
            if json {
                StandardOutput.write(JSON.array(hits.map { hit in
                    .object([
                        ("week", .string(hit.week.description)), ("partner", .string(hit.partner)),
                        ("field", .string(hit.field.description)), ("text", .string(hit.text)),
                        ("match", .string(String(hit.text[hit.match]))),
                    ])
                }).rendered() + "\n")
                return
            }
            guard !hits.isEmpty else {
                print("Nothing mentions \"\(query)\"\(includePrivate ? "" : " (private reflections not searched; add --private)").")
                return
            }
            var out = ""
            // Hits come week by week, a partner and a field at a time: each line's week, name and field are worked
            // out when they change, not per line (a one-letter query prints thousands of lines).
            var week: Week?, writer: String?, field: SearchField?
            var weekText = "", nameText = "", fieldText = ""
            for index in hits.indices {
                let hit = hits[index]
                if hit.week != week { (week, weekText) = (hit.week, hit.week.description) }
                if hit.partner != writer { (writer, nameText) = (hit.partner, journal.profile.displayName(of: hit.partner)) }
                if hit.field != field { (field, fieldText) = (hit.field, hit.field.description.lowercased()) }
                out += weekText
                out += "  "
                out += nameText
                out += ", "
                out += fieldText
                out += ": "
                out += SearchCommand.excerpt(of: hit)
                out += "\n"
            }
            out += "\(hits.count) match\(hits.count == 1 ? "" : "es"). Open a week with `hearth show WEEK`.\n"
            StandardOutput.write(out)
        }
    }

    /// The matched words in [brackets], with some context either side, on one line.
    static func excerpt(of hit: SearchHit, context: Int = 30) -> String {
        let before = hit.text[..<hit.match.lowerBound].suffix(context)
        let after = hit.text[hit.match.upperBound...].prefix(context)
        let start = before.startIndex > hit.text.startIndex ? "…" : ""
        let end = after.endIndex < hit.text.endIndex ? "…" : ""
        let line = start + before + "[" + hit.text[hit.match] + "]" + after + end
        // Rebuilding the line character by character is costly; most excerpts have no line break to replace.
        // The scalars `Character.isNewline` is true for: LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR.
        guard line.unicodeScalars.contains(where: { (0x0A...0x0D).contains($0.value) || $0.value == 0x85 || $0.value == 0x2028 || $0.value == 0x2029 }) else {
            return line
        }
        return String(line.map { $0.isNewline ? " " : $0 })
    }
}

