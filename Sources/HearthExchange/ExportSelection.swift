import HearthDomain

/// Which part of the journal an export holds: a span of weeks, one partner, and whether private reflections go too.
public struct ExportSelection: Hashable, Sendable {
    public var from: Week?
    public var to: Week?
    /// A partner id: their check-ins, and the moments they gave or received.
    public var partner: String?
    public var includePrivate: Bool

    public init(from: Week? = nil, to: Week? = nil, partner: String? = nil, includePrivate: Bool = false) {
        self.from = from
        self.to = to
        self.partner = partner
        self.includePrivate = includePrivate
    }

    /// Whether a week falls inside the span.
    public func contains(_ week: Week) -> Bool {
        (from.map { week >= $0 } ?? true) && (to.map { week <= $0 } ?? true)
    }

    /// The journal cut down to the selection; private reflections are emptied unless included.
    /// Profile, agenda and rituals are kept whole: they are what the check-ins refer to.
    public func apply(to journal: Journal) -> Journal {
        var cut = journal
        cut.checkIns = journal.checkIns.filter { checkIn in
            contains(checkIn.week) && (partner.map { checkIn.partner == $0 } ?? true)
        }
        if !includePrivate {
            for index in cut.checkIns.indices { cut.checkIns[index].reflection = "" }
        }
        cut.moments = journal.moments.filter { moment in
            let inSpan = moment.date.map { contains(Week(containing: $0)) } ?? (from == nil && to == nil)
            return inSpan && (partner.map { moment.from == $0 || moment.to == $0 } ?? true)
        }
        return cut
    }
}
