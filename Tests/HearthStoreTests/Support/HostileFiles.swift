/// Files built to make a reader work hard, each about `bytes` long: the shapes a fuzzer or a hostile
/// sync peer would send. Shared by HostileFileTests and HostileFileBenchmark.
enum HostileFile: String, CaseIterable, Sendable {
    case unknownRatingKeys, unknownTopLevelKeys, answers, warningSigns, flowList, ritualMarks, moments
    case sections, appreciations, nestedSequences, longLine, duplicateKeyLast, partners, agendaQuestions, rituals

    /// The file's path in a journal: the profile, agenda or rituals for those, a check-in for the rest.
    var path: String {
        switch self {
        case .partners: "profile.md"
        case .agendaQuestions: "agenda.md"
        case .rituals: "rituals.md"
        default: "checkins/2026/2026-W47-alex.md"
        }
    }

    /// The file, grown until it holds at least `bytes` bytes.
    func text(bytes: Int) -> String {
        let head = "---\nhearth: 1\nweek: 2026-W47\npartner: alex\n"
        var out = ""
        var index = 0
        func grow(_ line: (Int) -> String) {
            while out.utf8.count < bytes {
                out += line(index)
                index += 1
            }
        }
        switch self {
        case .unknownRatingKeys:
            out = head + "ratings:\n"
            grow { "  k\($0): 3\n" }
            out += "---\n"
        case .unknownTopLevelKeys:
            out = head
            grow { "x\($0): \"kept as written\"\n" }
            out += "---\n"
        case .answers:
            out = head + "answers:\n"
            grow { "  a\($0): \"an answer\"\n" }
            out += "---\n"
        case .warningSigns:
            out = head + "warning_signs:\n"
            grow { _ in "  - less-affection\n" }
            out += "---\n"
        case .flowList:
            out = head + "warning_signs: [less-affection"
            grow { _ in ", less-affection" }
            out += "]\n---\n"
        case .ritualMarks:
            out = head + "rituals:\n"
            grow { "  - ritual: r\($0)\n    status: kept\n" }
            out += "---\n"
        case .moments:
            out = head + "moments:\n"
            grow { _ in "  - from: alex\n    to: sam\n    language: gifts\n    text: \"flowers\"\n" }
            out += "---\n"
        case .sections:
            out = head + "---\n"
            grow { "## Section \($0)\n\nText.\n\n" }
        case .appreciations:
            out = head + "---\n## Appreciations\n\n"
            grow { "- thank you \($0)\n" }
        case .nestedSequences:
            out = head + "x:\n"
            grow { _ in "- " }
            out += "a\n---\n"
        case .longLine:
            out = head + "notes_by_hand: \""
            grow { _ in "word " }
            out += "\"\n---\n"
        case .duplicateKeyLast:
            out = head + "answers:\n"
            grow { "  a\($0): x\n" }
            out += "  a0: again\n---\n"
        case .agendaQuestions:
            out = "---\nhearth: 1\nsteps:\n"
            grow { "  - kind: question\n    id: q\($0)\n    title: \"Question \($0)\"\n" }
            out += "---\n"
        case .rituals:
            out = "---\nhearth: 1\nrituals:\n"
            grow { "  - id: r\($0)\n    name: \"Ritual \($0)\"\n    cadence: daily\n    status: active\n" }
            out += "---\n"
        case .partners:
            out = "---\nhearth: 1\npartners:\n"
            grow { "  - id: p\($0)\n    name: \"P\($0)\"\n" }
            out += "---\n"
        }
        return out
    }
}
