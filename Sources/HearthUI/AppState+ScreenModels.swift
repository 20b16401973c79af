/// Keys and text for the screens built as models (ScreenModel.swift): the keymap's action goes to the
/// screen's `update`, printable keys to its `type` when it takes text, and the outcome is followed here.
extension AppState {
    /// A screen as a model; nil for screens still handled by AppState's extensions.
    static func model(of screen: Screen) -> (any ScreenModel)? {
        switch screen {
        case .locked(let form): form
        case .rituals(let rituals): rituals
        case .loveLanguages(let languages): languages
        case .trends(let view): view
        case .setup(let form): form
        case .welcome(let welcome): welcome
        case .history(let history): history
        case .week(let view): view
        case .search(let search): search
        case .conflicts(let chooser): chooser
        default: nil
        }
    }

    /// The screen that shows `model`.
    static func screen(showing model: any ScreenModel) -> Screen? {
        switch model {
        case let form as UnlockForm: .locked(form)
        case let rituals as RitualsState: .rituals(rituals)
        case let languages as LoveLanguagesState: .loveLanguages(languages)
        case let view as TrendsView: .trends(view)
        case let form as SetupForm: .setup(form)
        case let welcome as WelcomeScreen: .welcome(welcome)
        case let history as HistoryState: .history(history)
        case let view as WeekViewState: .week(view)
        case let search as SearchState: .search(search)
        case let chooser as ConflictChooser: .conflicts(chooser)
        default: nil
        }
    }

    /// The screen on show as a model.
    var screenModel: (any ScreenModel)? { Self.model(of: screen) }

    /// Runs `body` on the model on show and stores it back; nil when the screen is not a model or `body`
    /// took nothing.
    mutating func updateModel(_ body: (inout any ScreenModel, ScreenContext) -> ScreenOutcome?) -> [Effect]? {
        guard var model = screenModel else { return nil }
        let context = screenContext
        guard let outcome = body(&model, context) else { return nil }
        if let shown = Self.screen(showing: model) { screen = shown }
        return follow(outcome)
    }

    /// One key on a model screen; nil on the others. Text first where the screen takes it (so `?` or `q`
    /// can be typed), then the keymap; a key neither takes gets a note.
    mutating func modelKey(_ key: Key) -> [Effect]? {
        guard let model = screenModel else { return nil }
        if model.takesText, case .character(let character) = key,
           let effects = updateModel({ $0.type(String(character), in: $1) ? ScreenOutcome() : nil }) {
            return effects
        }
        let keymap = model.keymap
        guard let action = keymap.action(for: key) else {
            message = unusedKeyMessage(key, helpKey: keymap.helpKeyLabel)
            return []
        }
        return performShared(action) ?? updateModel { $0.update(action, in: $1) } ?? []
    }
}
