/// A three-way merge of the shared profile, record by record: each partner and each type of intimacy is
/// one record, the rest of the file (keys and sections Hearth does not know) one more.
extension Profile {
    /// This profile (ours, edited from `base`) merged with `theirs` (edited from `base` elsewhere, on disk);
    /// nil when one record was changed differently on both sides, which only a person can settle.
    public func merged(base: Profile, theirs: Profile) -> Profile? {
        guard let partners = Self.mergeRecords(base: base.partners, ours: partners, theirs: theirs.partners, id: \.id),
              let types = Self.mergeRecords(base: base.extraTypes, ours: extraTypes, theirs: theirs.extraTypes, id: \.id),
              let preserved = Self.mergeRecord(base: base.preserved, ours: preserved, theirs: theirs.preserved) ?? nil
        else { return nil }
        return Profile(partners: partners, extraTypes: types, preserved: preserved)
    }

    /// Records matched by id: each merged alone (absent means removed or not yet added); theirs' order, with
    /// records only ours added following in our order. Nil on a conflict.
    static func mergeRecords<Record: Equatable>(base: [Record], ours: [Record], theirs: [Record],
                                                id: (Record) -> String) -> [Record]? {
        func byID(_ records: [Record]) -> [String: Record] {
            Dictionary(records.map { (id($0), $0) }, uniquingKeysWith: { first, _ in first })
        }
        let (baseByID, oursByID, theirsByID) = (byID(base), byID(ours), byID(theirs))
        var order = theirs.map(id)
        order += ours.map(id).filter { theirsByID[$0] == nil }
        // A record both removed is in neither list; one removed only by them is ours alone and is still asked about.
        var merged: [Record] = []
        var seen = Set<String>()
        for key in order where seen.insert(key).inserted {
            guard let record = mergeRecord(base: baseByID[key], ours: oursByID[key], theirs: theirsByID[key]) else { return nil }
            if let record { merged.append(record) }
        }
        return merged
    }

    /// One record: the side that changed it wins; both changed it alike is fine; both differently is a conflict
    /// (the outer nil). The inner nil is a record that is absent after the merge.
    static func mergeRecord<Record: Equatable>(base: Record?, ours: Record?, theirs: Record?) -> Record??  {
        if ours == base { return .some(theirs) }
        if theirs == base || ours == theirs { return .some(ours) }
        return nil
    }
}
