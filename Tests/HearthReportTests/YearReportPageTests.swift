import HearthDomain
@testable import HearthReport
import Testing

struct YearReportPageTests {
}
