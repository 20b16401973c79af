/// The three-way merge of record lists, field by field; pure, and the same for every file kind.
///
/// Rules: a change on one side wins over no change; the same change on both sides is no conflict; records
/// added on both sides are all kept (the same id added twice is one record, merged field by field with an
/// empty base); a record edited on one side and removed on the other keeps the edit and is a conflict; a
/// field changed two ways keeps ours in place and theirs as the conflict's other value.
enum RecordMerge {
    static func merge(base: MergeDocument, ours: MergeDocument, theirs: MergeDocument,
                      path: String) -> (records: [MergeRecord], conflicts: [JournalMergeConflict]) {
        let baseKeyed = keyed(base.records), oursKeyed = keyed(ours.records), theirsKeyed = keyed(theirs.records)
        let (b, o, t) = (Dictionary(baseKeyed, uniquingKeysWith: { a, _ in a }),
                         Dictionary(oursKeyed, uniquingKeysWith: { a, _ in a }),
                         Dictionary(theirsKeyed, uniquingKeysWith: { a, _ in a }))
        var merged: [String: MergeRecord] = [:]
        var conflicts: [JournalMergeConflict] = []
        for key in Set(o.keys).union(t.keys) {
            let (record, found) = mergeRecord(base: b[key], ours: o[key], theirs: t[key], path: path)
            if let record { merged[key] = record }
            conflicts += found
        }
        let order = mergedOrder(base: baseKeyed.map(\.0), ours: oursKeyed.map(\.0), theirs: theirsKeyed.map(\.0))
        let records = order.compactMap { merged[$0] }
        return (records, carried(base: base.conflicts, ours: ours.conflicts, theirs: theirs.conflicts, new: conflicts, path: path))
    }

    /// Each record under a key unique in its list: `group:id`, and `#2`, `#3` for a repeat (two identical
    /// appreciations, a hand-copied moment), so repeats pair up in order.
    static func keyed(_ records: [MergeRecord]) -> [(String, MergeRecord)] {
        var seen: [String: Int] = [:]
        return records.map { record in
            let label = record.group + ":" + record.id
            let count = seen[label, default: 0] + 1
            seen[label] = count
            return (count == 1 ? label : label + "#\(count)", record)
        }
    }

    private static func mergeRecord(base: MergeRecord?, ours: MergeRecord?, theirs: MergeRecord?,
                                    path: String) -> (MergeRecord?, [JournalMergeConflict]) {
        switch (ours, theirs) {
        case (nil, nil): return (nil, [])
        case (let ours?, nil), (nil, let ours?):
            // `ours` here is whichever side still has it. One side has it: added there (keep), or removed on the other side (drop unless edited since).
            guard let base else { return (ours, []) }
            if ours == base { return (nil, []) }
            let conflict = JournalMergeConflict(path: path, record: ours.label, field: JournalMergeConflict.wholeRecord,
                                                kept: "edited", other: nil)
            return (ours, [conflict])
        case (let ours?, let theirs?):
            return mergeFields(base: base, ours: ours, theirs: theirs, path: path)
        }
    }

    private static func mergeFields(base: MergeRecord?, ours: MergeRecord, theirs: MergeRecord,
                                    path: String) -> (MergeRecord, [JournalMergeConflict]) {
        var merged = ours
        var conflicts: [JournalMergeConflict] = []
        var names = ours.fields.map(\.name)
        names += theirs.fields.map(\.name).filter { !names.contains($0) }
        names += (base?.fields.map(\.name) ?? []).filter { !names.contains($0) }
        for name in names {
            let (b, o, t) = (base?[name], ours[name], theirs[name])
            if o == t || t == b { continue }
            if o == b {
                merged[name] = t
                continue
            }
            // Changed two ways. A removal never beats a change: the changed value stays in place.
            let kept = o ?? t
            merged[name] = kept
            conflicts.append(JournalMergeConflict(path: path, record: ours.label, field: name, kept: kept, other: o == nil ? nil : t))
        }
        return (merged, conflicts)
    }

    /// The keys in merged order. Ours' order, unless only theirs reordered what both had; keys only the other
    /// side has go in after the key they follow there.
    static func mergedOrder(base: [String], ours: [String], theirs: [String]) -> [String] {
        func shared(_ list: [String], with others: [[String]]) -> [String] {
            let sets = others.map(Set.init)
            return list.filter { key in sets.allSatisfy { $0.contains(key) } }
        }
        let oursMoved = shared(ours, with: [base, theirs]) != shared(base, with: [ours, theirs])
        let theirsMoved = shared(theirs, with: [base, ours]) != shared(base, with: [ours, theirs])
        let (skeleton, rest) = theirsMoved && !oursMoved ? (theirs, ours) : (ours, theirs)
        var order = skeleton
        var placed = Set(skeleton)
        var previous: String?
        for key in rest {
            defer { previous = key }
            guard placed.insert(key).inserted else { continue }
            let at = previous.flatMap { order.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
            order.insert(key, at: at)
        }
        return order
    }

    /// Conflicts already in the files (from an earlier merge), merged as a set: one resolved on either side
    /// stays resolved; one added on a side stays. Then the new ones, each field named once.
    private static func carried(base: [JournalMergeConflict], ours: [JournalMergeConflict], theirs: [JournalMergeConflict],
                                new: [JournalMergeConflict], path: String) -> [JournalMergeConflict] {
        func place(_ conflict: JournalMergeConflict) -> String { conflict.record + "\u{0}" + conflict.field }
        let (inBase, inOurs, inTheirs) = (Set(base.map(place)), Set(ours.map(place)), Set(theirs.map(place)))
        var kept = ours.filter { inTheirs.contains(place($0)) || !inBase.contains(place($0)) }
        kept += theirs.filter { !inOurs.contains(place($0)) && !inBase.contains(place($0)) }
        // A field in conflict again takes the new values; the older entry is dropped.
        let fresh = Set(new.map(place))
        var all = kept.filter { !fresh.contains(place($0)) } + new
        for index in all.indices { all[index].path = path }
        return all.sorted { ($0.record, $0.field) < ($1.record, $1.field) }
    }
}
