/// Keys and text for the screens, every one a model (ScreenModel.swift): the keymap's action goes to the
/// screen's `update`, printable keys to its `type` when it takes text, and the outcome is followed here.
extension AppState {
    /// The model a screen shows. The switch has no default, so a new `Screen` case cannot bypass the models.
    static func model(of screen: Screen) -> any ScreenModel {
        switch screen {
        case .home: HomeScreen()
        case .checkIn(let wizard): wizard
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
        }
    }

    /// The screen that shows `model`: the inverse of `model(of:)` (ScreenModelRoutingTests checks both ways).
    static func screen(showing model: any ScreenModel) -> Screen? {
        switch model {
        case is HomeScreen: .home
        case let wizard as CheckInWizard: .checkIn(wizard)
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
    var screenModel: any ScreenModel { Self.model(of: screen) }

    /// Runs `body` on the model on show and stores it back; nil when `body` took nothing.
    mutating func updateModel(_ body: (inout any ScreenModel, ScreenContext) -> ScreenOutcome?) -> [Effect]? {
        var model = screenModel
        let context = screenContext
        // Let go of the screen's copy while the model changes, so that a long answer is not copied on every key.
        screen = .home
        let outcome = body(&model, context)
        screen = Self.screen(showing: model) ?? .home
        guard let outcome else { return nil }
        return follow(outcome)
    }

    /// One key: text first where the screen takes it (so `?` or `q` can be typed), then the keymap; a key
    /// neither takes gets a note.
    mutating func modelKey(_ key: Key) -> [Effect] {
        // One statement each: a copy of the model kept in a local would be copied again by the update.
        let keymap = screenModel.keymap(in: screenContext)
        let takesText = screenModel.takesText(in: screenContext)
        if takesText, case .character(let character) = key,
           let effects = updateModel({ $0.type(String(character), in: $1) ? ScreenOutcome() : nil }) {
            return effects
        }
        guard let action = keymap.action(for: key) else {
            message = unusedKeyMessage(key, helpKey: keymap.helpKeyLabel)
            return []
        }
        return performShared(action) ?? updateModel { $0.update(action, in: $1) } ?? []
    }
}
