/// One record of a journal file as the merge sees it: a group (`ritual`, `partner`, `step`, ...), an id, and
/// its fields each as the text it stands for. Every file kind turns into a list of these and back
/// (`MergeShape`), so one three-way merge serves them all and a conflict's values are plain text.
struct MergeRecord: Equatable, Sendable {
    var group: String
    var id: String
    /// In the order the file kind writes them; a field that is absent is not in the list.
    var fields: [MergeField]

    init(_ group: String, _ id: String, _ fields: [MergeField] = []) {
        self.group = group
        self.id = id
        self.fields = fields
    }

    /// `ritual:date-night`; a record without an id (a check-in's own fields) is its group alone.
    var label: String { id.isEmpty ? group : group + ":" + id }

    subscript(name: String) -> String? {
        get { fields.first { $0.name == name }?.value }
        set {
            if let index = fields.firstIndex(where: { $0.name == name }) {
                if let newValue { fields[index].value = newValue } else { fields.remove(at: index) }
            } else if let newValue {
                fields.append(MergeField(name, newValue))
            }
        }
    }
}

/// One named field of a record, as text.
struct MergeField: Equatable, Sendable {
    var name: String
    var value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// A file kind's records plus the conflicts already written into it.
struct MergeDocument: Equatable, Sendable {
    var records: [MergeRecord]
    var conflicts: [JournalMergeConflict]
}

extension MergeRecord {
    /// A field holding `value` when there is one.
    static func optional(_ name: String, _ value: String?) -> [MergeField] {
        value.map { [MergeField(name, $0)] } ?? []
    }

    /// The field's text, or a thrown error naming the record when it is missing.
    func required(_ name: String, path: String) throws(JournalMergeError) -> String {
        guard let value = self[name] else {
            throw JournalMergeError(path: path, message: "\(label) has no \(name)")
        }
        return value
    }

    /// The field read with `parse`, nil when absent; a value that does not read is an error naming it.
    func parsed<Value>(_ name: String, path: String, _ parse: (String) -> Value?) throws(JournalMergeError) -> Value? {
        guard let text = self[name] else { return nil }
        guard let value = parse(text) else {
            throw JournalMergeError(path: path, message: "\(label) \(name): `\(text)` is not a value Hearth reads here")
        }
        return value
    }
}
