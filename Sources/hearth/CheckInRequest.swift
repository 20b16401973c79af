import HearthDomain

/// Which check-in `hearth checkin` without ratings opens: a week, and a partner when `--partner` was given.
struct CheckInRequest {
    var week: Week
    var partner: String?
}
