import Testing

extension Trait where Self == TimeLimitTrait {
    /// The limit for a suite that drives the real binary: a guard against a hang, not a speed check.
    /// A test's clock runs from when Swift Testing starts it, including the time it waits for one of
    /// the cooperative pool's threads (two on a 2-core machine) while other blocking tests hold them:
    /// with 850 tests a whole `swift test` once stretched one-minute tmux tests past their limit
    /// though each passes in seconds alone. Speed budgets live in bench/.
    static var endToEnd: Self { .timeLimit(.minutes(6)) }
}
