/// A weekly series fitted to a number of chart columns: one week per column when there is room, else
/// `span` weeks per column, each column the mean of its weeks (a gap only when all of them are gaps).
///
/// Columns are counted back from the newest week, so the last column always ends at the latest week and
/// only the first column may hold fewer than `span` weeks.
public struct ChartColumns: Hashable, Sendable {
    /// One value per column, oldest first; nil is a gap.
    public let values: [Double?]
    /// Weeks per column.
    public let span: Int
    /// How many weeks the first column holds (`span`, or fewer when the weeks do not divide evenly).
    public let firstSpan: Int

    /// Fits `weeks` into at most `columns` columns (at least one week per column).
    public init(_ weeks: [Double?], columns: Int) {
        let room = max(1, columns)
        let span = max(1, (weeks.count + room - 1) / room)
        self.span = span
        guard span > 1 else {
            values = weeks
            firstSpan = 1
            return
        }
        let count = (weeks.count + span - 1) / span
        let first = weeks.count - (count - 1) * span
        firstSpan = first
        var values: [Double?] = []
        values.reserveCapacity(count)
        var start = 0
        for column in 0..<count {
            let end = column == 0 ? first : start + span
            var sum = 0.0, present = 0
            for case let value? in weeks[start..<end] {
                sum += value
                present += 1
            }
            values.append(present == 0 ? nil : sum / Double(present))
            start = end
        }
        self.values = values
    }

    /// The range of week positions (0 is the series' first week) that column `index` covers.
    public func weeks(ofColumn index: Int) -> Range<Int> {
        guard span > 1 else { return index..<(index + 1) }
        if index == 0 { return 0..<firstSpan }
        let start = firstSpan + (index - 1) * span
        return start..<(start + span)
    }

    /// The column that holds week position `week`.
    public func column(ofWeek week: Int) -> Int {
        guard span > 1 else { return week }
        return week < firstSpan ? 0 : 1 + (week - firstSpan) / span
    }
}
