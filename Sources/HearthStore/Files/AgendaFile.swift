import HearthDomain

/// `agenda.md`: the couple's check-in steps, in order.
enum AgendaFile {
    static func decode(_ document: Document) throws(SyntaxError) -> Agenda {
        let fm = document.frontMatter
        var agenda = Agenda(steps: [])
        for child in fm.children(of: FrontMatter.root) {
            if fm.key(of: child, is: "hearth") {
                continue
            } else if fm.key(of: child, is: "steps") {
                // Where each id first appears; its line is counted only for the message (counting per step was quadratic).
                var firstOffsets: [String: Int] = [:]
                for item in try fm.list(child) {
                    let (step, idNode) = try step(fm, item)
                    // Answers are saved under the id and a merge matches steps by it: two steps sharing one would
                    // overwrite each other.
                    if let idNode, !step.id.isEmpty {
                        let start = fm.nodes[idNode].start
                        if let first = firstOffsets[step.id] {
                            let what = step.kind == .question ? "question" : "step"
                            throw SyntaxError(at: start, "the \(what) id `\(step.id)` is used twice (first on line \(position(of: first, in: fm.text).line))",
                                              hint: "give each step its own id; a question's answers are saved under it")
                        }
                        firstOffsets[step.id] = start
                    }
                    agenda.steps.append(step)
                }
            } else {
                agenda.preserved.frontMatter.append(try fm.rawEntry(child))
            }
        }
        agenda.preserved.sections = document.preservedBody()
        // An agenda written before built-in steps had ids reads with ids derived from kind and order.
        agenda.steps = Agenda.withStableIDs(agenda.steps)
        return agenda
    }

    static func encode(_ agenda: Agenda) -> [UInt8] {
        var writer = DocumentWriter()
        writer.open("steps")
        for step in Agenda.withStableIDs(agenda.steps) {
            writer.item("kind", step.kind.rawValue, indent: 2)
            writer.field("id", DocumentWriter.word(step.id), indent: 4)
            writer.field("title", DocumentWriter.quoted(step.title), indent: 4)
            writer.field("prompt", DocumentWriter.quoted(step.prompt), indent: 4)
        }
        writer.finish(keeping: agenda.preserved)
        return writer.bytes
    }

    /// One step, and the node of its `id` value when it has one.
    private static func step(_ fm: FrontMatter, _ node: Int) throws(SyntaxError) -> (AgendaStep, Int?) {
        var kind: AgendaStep.Kind?
        var idNode: Int?
        // Starts as a question, the one kind without an id of its own, so an id is only what the file says.
        var step = AgendaStep(kind: .question, title: "", prompt: "")
        for entry in try fm.map(node) {
            if fm.key(of: entry, is: "kind") {
                kind = try fm.choice(entry, AgendaStep.Kind.self, what: "step kind")
            } else if fm.key(of: entry, is: "id") {
                step.id = try fm.string(entry)
                idNode = entry
            } else if fm.key(of: entry, is: "title") {
                step.title = try fm.string(entry)
            } else if fm.key(of: entry, is: "prompt") {
                step.prompt = try fm.string(entry)
            } else {
                throw try fm.unknownKey(entry, in: "an agenda step", known: "kind, id, title, prompt")
            }
        }
        guard let kind else { throw fm.missing("kind", example: "- kind: question", at: node) }
        step.kind = kind
        if kind == .question, step.id.isEmpty {
            throw fm.missing("id", example: "id: money-talk", at: node)
        }
        return (step, idNode)
    }
}
