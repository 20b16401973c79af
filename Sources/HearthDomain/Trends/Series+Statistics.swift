extension Series {
    /// Mean of the values present, nil when there are none.
    public var mean: Double? {
        var sum = 0.0, count = 0
        for case let value? in values {
            sum += value
            count += 1
        }
        return count == 0 ? nil : sum / Double(count)
    }

    /// Trailing mean over `window` calendar weeks, skipping gaps; nil only where the whole window is empty.
    ///
    /// Early weeks average what they have, so a chart's first points are not lost; a window below 1 counts as 1.
    public func rollingMean(window: Int) -> Series {
        let width = max(1, window)
        var result: [Double?] = []
        result.reserveCapacity(values.count)
        var sum = 0.0, count = 0
        for index in values.indices {
            if let value = values[index] {
                sum += value
                count += 1
            }
            if index >= width, let leaving = values[index - width] {
                sum -= leaving
                count -= 1
            }
            result.append(count == 0 ? nil : sum / Double(count))
        }
        return Series(range: range, values: result)
    }

    /// Least-squares line through the values present, x in weeks; nil with fewer than two points.
    public func trend() -> LinearTrend? {
        var n = 0.0, sumX = 0.0, sumY = 0.0
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            n += 1
            sumX += Double(index)
            sumY += value
        }
        guard n >= 2 else { return nil }
        let meanX = sumX / n, meanY = sumY / n
        // Centred sums: the textbook form loses precision when x is large.
        var sxx = 0.0, sxy = 0.0
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            let dx = Double(index) - meanX
            sxx += dx * dx
            sxy += dx * (value - meanY)
        }
        let slope = sxy / sxx
        return LinearTrend(slopePerWeek: slope, intercept: meanY - slope * meanX, points: Int(n))
    }
}
