extension Week {
    /// Consecutive weeks have consecutive ordinals; cheap arithmetic for trend loops instead of calendar maths.
    var ordinal: Int {
        // Floor division so weeks before 1970 stay consecutive too; 1970-01-05 was a Monday.
        let days = monday.daysSinceEpoch - 4
        return days >= 0 ? days / 7 : -((-days + 6) / 7)
    }
}
