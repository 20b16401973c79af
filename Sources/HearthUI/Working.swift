/// Work that takes a while (unlocking, writing a demo, a sync) is under way: the status bar shows a spinner
/// and the label, redrawn while the launcher waits for the result, and keys wait until it comes back.
public struct Working: Hashable, Sendable {
    /// What is being done, as the status bar says it (`Unlocking…`).
    public var label: String
    /// Which spinner frame shows; `tick` moves it on.
    public var frame: Int = 0

    static let frames: [Character] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    static let asciiFrames: [Character] = ["|", "/", "-", "\\"]

    /// The status bar's line: spinner, then label.
    func line(tier: ChartTier) -> String {
        let frames = tier == .ascii ? Self.asciiFrames : Self.frames
        return "\(frames[frame % frames.count]) \(label)"
    }
}

extension AppState {
    /// Moves the spinner on; the launcher calls it between draws while work is under way.
    public mutating func tick() {
        working?.frame += 1
    }

    /// True while an effect that takes time runs: the launcher keeps drawing and reading keys meanwhile.
    public var isWorking: Bool { working != nil }
}

extension Effect {
    /// Effects slow enough (a key derived from a passphrase, two years of demo files) that the launcher runs
    /// them off the loop, drawing progress, while Ctrl-C still leaves at once.
    public var takesTime: Bool {
        switch self {
        case .unlock, .openDemo, .sync, .createSealedJournal: true
        default: false
        }
    }
}
