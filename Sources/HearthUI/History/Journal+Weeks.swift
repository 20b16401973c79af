import HearthDomain

extension Journal {
    /// The check-ins of one week as a slice of `checkIns`, found by binary search: the history list asks for
    /// only the rows it draws, so a 20-year journal costs the same as a new one.
    func checkInSlice(of week: Week) -> ArraySlice<CheckIn> {
        checkIns[firstIndex(notBefore: week)..<firstIndex(notBefore: week.next)]
    }

    /// The first index whose week is `week` or later (`checkIns` is sorted by week).
    private func firstIndex(notBefore week: Week) -> Int {
        var low = 0, high = checkIns.count
        while low < high {
            let middle = (low + high) / 2
            if checkIns[middle].week < week { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Calls `body` for each week that has check-ins, newest first, with that week's check-ins.
    func forEachWeekNewestFirst(_ body: (Week, ArraySlice<CheckIn>) -> Void) {
        var end = checkIns.endIndex
        while end > checkIns.startIndex {
            let week = checkIns[end - 1].week
            var start = end - 1
            while start > checkIns.startIndex, checkIns[start - 1].week == week { start -= 1 }
            body(week, checkIns[start..<end])
            end = start
        }
    }

    /// The nearest week after (`direction` 1) or before (-1) `week` that has a check-in.
    func neighbour(of week: Week, direction: Int) -> Week? {
        if direction > 0 {
            let index = firstIndex(notBefore: week.next)
            return index < checkIns.count ? checkIns[index].week : nil
        }
        let index = firstIndex(notBefore: week)
        return index > 0 ? checkIns[index - 1].week : nil
    }
}

extension Week {
    /// The same week a year earlier: the week holding this week's Thursday, one calendar year back.
    var yearEarlier: Week {
        let thursday = date(on: .thursday)
        let day = min(thursday.day, CivilDate.daysIn(month: thursday.month, year: thursday.year - 1))
        guard let date = CivilDate(year: thursday.year - 1, month: thursday.month, day: day) else { return adding(weeks: -52) }
        return Week(containing: date)
    }
}
