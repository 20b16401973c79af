extension AppState {
    /// An edit was saved: the screen that asked for it closes what was open for it, and the status line
    /// says what changed.
    mutating func finishEdit(_ text: String) {
        message = Message(text)
        _ = updateModel { model, context in
            model.editDidSave(in: context)
            return ScreenOutcome()
        }
    }

    /// An edit failed: the screen that asked for it keeps everything typed, and says why.
    mutating func failEdit(_ text: String) {
        _ = updateModel { model, _ in
            model.editDidFail(text)
            return ScreenOutcome()
        }
    }
}
