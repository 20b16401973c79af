import HearthDomain

/// Private reflections are hidden until asked for; asking names whose they are and waits for a yes, since
/// whoever is at the keyboard would read them.
extension AppState {
    /// `r` in a week view with reflections hidden: asks before showing them, naming their writers.
    static func showReflectionsQuestion(for view: WeekViewState, _ journal: Journal) -> ScreenOutcome {
        let writers = journal.checkInSlice(of: view.week).filter { !$0.reflection.isEmpty }.map(\.partner)
        guard !writers.isEmpty else { return ScreenOutcome(message: Message("No reflections this week.")) }
        let names = possessive(writers.map { journal.profile.displayName(of: $0) })
        let whose = writers.count == 1 ? "\(names) private reflection? It was" : "\(names) private reflections? Each was"
        return ScreenOutcome(question: Question(text: "Show \(whose) written for its writer alone, and anyone at this screen will read it.",
                                                onYes: .showReflections, onNo: "Reflections stay hidden."))
    }

    /// Ctrl-R in search, when reflections are not searched yet: the question to ask first; nil when nobody
    /// has written one.
    static func searchReflectionsQuestion(_ journal: Journal) -> Question? {
        var seen = Set<String>()
        let writers = journal.checkIns.filter { !$0.reflection.isEmpty }.map(\.partner).filter { seen.insert($0).inserted }
        guard !writers.isEmpty else { return nil }
        let names = possessive(writers.map { journal.profile.displayName(of: $0) })
        return Question(text: "Search private reflections too? Matches will show words from \(names) reflections, "
                        + "written for the writer alone.",
                        onYes: .searchReflections, onNo: "Reflections not searched.")
    }

    /// The yes to `showReflectionsQuestion`.
    mutating func showReflections() {
        guard case .week(var view) = screen, let journal else { return }
        view.showsPrivate = true
        view.scrollToReflections(journal: journal, viewport: viewport)
        screen = .week(view)
        message = Message("Private reflections shown; r hides them.")
    }

    /// The yes to `searchReflectionsQuestion`.
    mutating func searchReflections() {
        guard case .search(var search) = screen, let journal else { return }
        search.includesPrivate = true
        search.refresh(journal)
        screen = .search(search)
    }

    /// `Zoë's`, `Zoë's and 美咲's`.
    private static func possessive(_ names: [String]) -> String {
        let owned = names.map { $0 + "'s" }
        return owned.count <= 2 ? owned.joined(separator: " and ")
            : owned.dropLast().joined(separator: ", ") + " and " + (owned.last ?? "")
    }
}
