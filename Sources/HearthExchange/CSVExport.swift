import HearthDomain

/// The journal as CSV (RFC 4180: comma-separated, CRLF line ends, quotes doubled), one table at a time.
public enum CSVExport {
    /// Which table to write.
    public enum Table: String, CaseIterable, Sendable {
        /// One row per partner and week: every rating, warning signs, rituals, device-free minutes.
        case checkins
        /// One row per love-language moment, in a check-in or logged on its own.
        case moments
        /// One row per ritual, with how often it was kept and skipped.
        case rituals
    }

    /// The table as UTF-8 text with a header row; lists inside a cell are joined with `;`.
    public static func text(_ journal: Journal, table: Table) -> String {
        let rows: [[String]]
        switch table {
        case .checkins: rows = checkInRows(journal)
        case .moments: rows = momentRows(journal)
        case .rituals: rows = ritualRows(journal)
        }
        var out = ""
        for row in rows {
            out += row.map(field).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    static func checkInRows(_ journal: Journal) -> [[String]] {
        let types = journal.profile.intimacyTypes
        var rows = [["week", "partner", "name"] + types.map(\.id)
            + ["warning_signs", "rituals_kept", "rituals_skipped", "device_free_minutes", "intention"]]
        for checkIn in journal.checkIns {
            let ratings = types.map { type -> String in
                switch checkIn.ratings[type.id] {
                case .score(let value)?: String(value)
                case .skipped?: "skipped"
                case nil: ""
                }
            }
            let marks = { (status: RitualMark.Status) in
                checkIn.rituals.filter { $0.status == status }.map(\.ritual).joined(separator: ";")
            }
            rows.append([checkIn.week.description, checkIn.partner, journal.profile.displayName(of: checkIn.partner)] + ratings + [
                checkIn.warningSigns.map(\.rawValue).joined(separator: ";"), marks(.kept), marks(.skipped),
                checkIn.deviceFreeMinutes.map(String.init) ?? "", checkIn.intention,
            ])
        }
        return rows
    }

    static func momentRows(_ journal: Journal) -> [[String]] {
        var rows = [["week", "date", "recorded_in", "from", "to", "language", "text", "landed"]]
        func row(_ moment: Moment, week: Week?, source: String) -> [String] {
            [(week ?? moment.date.map { Week(containing: $0) })?.description ?? "", moment.date?.description ?? "", source,
             moment.from, moment.to, moment.language.rawValue, moment.text, moment.landed]
        }
        for checkIn in journal.checkIns {
            rows += checkIn.moments.map { row($0, week: checkIn.week, source: "checkin") }
        }
        rows += journal.moments.map { row($0, week: nil, source: "logged") }
        return rows
    }

    static func ritualRows(_ journal: Journal) -> [[String]] {
        var kept: [String: Int] = [:], skipped: [String: Int] = [:]
        for checkIn in journal.checkIns {
            for mark in checkIn.rituals {
                switch mark.status {
                case .kept: kept[mark.ritual, default: 0] += 1
                case .skipped: skipped[mark.ritual, default: 0] += 1
                }
            }
        }
        var rows = [["id", "name", "cadence", "status", "since", "feeds", "times_kept", "times_skipped"]]
        for ritual in journal.rituals {
            rows.append([ritual.id, ritual.name, ritual.cadence.description, ritual.status.rawValue,
                         ritual.since?.description ?? "", ritual.feeds.joined(separator: ";"),
                         String(kept[ritual.id] ?? 0), String(skipped[ritual.id] ?? 0)])
        }
        return rows
    }

    /// A field quoted when it holds a comma, quote or line break (quotes doubled), as RFC 4180 asks.
    static func field(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }
}

private extension String {
    func replacingQuotes() -> String {
        var out = ""
        for character in self {
            if character == "\"" { out += "\"\"" } else { out.append(character) }
        }
        return out
    }
}
