/// Which row of a list is selected and which row is at the top of its window.
public struct ListState: Hashable, Sendable {
    public private(set) var selected: Int
    public private(set) var offset: Int

    public init(selected: Int = 0) {
        self.selected = max(0, selected)
        offset = 0
    }

    /// Moves the selection by `delta` rows within `count` items (clamped, no wrap).
    public mutating func move(by delta: Int, count: Int) {
        guard count > 0 else { selected = 0; offset = 0; return }
        selected = min(max(0, selected + delta), count - 1)
    }

    public mutating func select(_ index: Int, count: Int) {
        selected = 0
        move(by: index, count: count)
    }

    /// Adjusts the scroll offset so the selection shows in a window of `height` rows.
    public mutating func scrollToSelection(height: Int) {
        guard height > 0 else { return }
        if selected < offset { offset = selected }
        if selected >= offset + height { offset = selected - height + 1 }
    }
}

extension ListState {
    /// Moves the selection for a list key (up, down, a page of `page` rows); false for any other action.
    mutating func move(for action: Action, page: Int, count: Int) -> Bool {
        switch action {
        case .up: move(by: -1, count: count)
        case .down: move(by: 1, count: count)
        case .pageUp: move(by: -page, count: count)
        case .pageDown: move(by: page, count: count)
        default: return false
        }
        return true
    }
}
