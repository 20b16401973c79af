import HearthDomain
@testable import HearthUI
import Testing

/// `m` on home opens the merge conflict chooser: each field kept both ways with both values, `t`/`o` keep
/// one after asking, and the list read back after the save loses that line (home's count with it).
struct ConflictChooserTests {
    static let demo = JournalChangeTests.demo
    static let cadence = FieldConflict(path: "rituals.md", line: 9, record: "ritual:sunday-walk", field: "cadence",
                                       here: "weekly saturday", other: "daily")
    static let intention = FieldConflict(path: "checkins/2026/2026-W47-zoe.md", line: 12, record: "check-in", field: "Intention",
                                         here: "Walk on Sunday", other: "Cook on Thursday\nand wash up together")

    static func text(_ state: AppState) -> String { state.render(size: state.viewport).text }

    /// Home with these conflicts, then `m`.
    static func chooser(_ fields: [FieldConflict] = [cadence, intention], size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = BrowseFixtures.home(size, journal: demo)
        state.conflicts = JournalConflicts(fields: fields)
        _ = press(&state, .character("m"))
        return state
    }

    @Test func homeOffersTheKeyOnlyWhenThereAreConflicts() {
        var state = BrowseFixtures.home(journal: Self.demo)
        #expect(press(&state, .character("m")) == [])
        #expect(state.screen == .home)
        _ = press(&state, .character("?"))
        #expect(!Self.text(state).contains("Merge conflicts"))

        state = BrowseFixtures.home(journal: Self.demo)
        state.conflicts = JournalConflicts(fields: [Self.cadence])
        #expect(Self.text(state).contains("! 1 merge conflict · m to choose which value to keep"))
        _ = press(&state, .character("?"))
        #expect(Self.text(state).contains("Merge conflicts: choose which value to keep"))
        _ = press(&state, .escape, .character("m"))
        #expect(state.screen == .conflicts(ConflictChooser()))
    }

    @Test func theChooserListsEachConflictAndShowsBothValuesOfTheSelectedOne() {
        let state = Self.chooser()
        let lines = state.render(size: state.viewport).lines
        #expect(lines[0].hasPrefix(" Merge conflicts · 2 to choose"))
        #expect(lines[2] == " ▸ rituals.md:9  ritual:sunday-walk · cadence")
        #expect(lines[3].hasPrefix("   checkins/2026/2026-W47-zoe.md:12  check-in · Intention"))
        let text = Self.text(state)
        #expect(text.contains("ritual:sunday-walk · cadence (rituals.md, line 9)"))
        let here = lines.firstIndex { $0.contains("t  keep this machine's value") } ?? -1
        let other = lines.firstIndex { $0.contains("o  keep the other machine's value") } ?? -1
        #expect(here > 3 && other > here)
        #expect(lines[here + 1].hasPrefix("   weekly saturday") && lines[other + 1].hasPrefix("   daily"))
        #expect(text.contains("t keep this") && text.contains("o keep other"), "the status bar names the keys")
    }

    @Test func movingDownShowsTheNextConflictWithItsLinesKept() {
        var state = Self.chooser()
        _ = press(&state, .down)
        let lines = state.render(size: state.viewport).lines
        #expect(lines[3].hasPrefix(" ▸ checkins/2026/2026-W47-zoe.md:12"))
        let other = lines.firstIndex { $0.contains("o  keep the other machine's value") } ?? -1
        #expect(other > 0 && lines[other + 1].hasPrefix("   Cook on Thursday") && lines[other + 2].hasPrefix("   and wash up together"))
        _ = press(&state, .down, .down)
        #expect(Self.text(state).contains("▸ checkins/"), "the selection stops at the last conflict")
        _ = press(&state, .character("g"))
        #expect(Self.text(state).contains("▸ rituals.md"))
    }

    @Test func longValuesAreWrappedAndCutSoBothAlwaysShow() {
        let long = FieldConflict(path: "checkins/2026/2026-W47-zoe.md", line: 12, record: "check-in", field: "How we are doing",
                                 here: String(repeating: "We talked a lot this week. ", count: 30), other: "Short")
        let state = Self.chooser([long], size: Size(width: 50, height: 16))
        let lines = state.render(size: state.viewport).lines
        #expect(lines.allSatisfy { $0.terminalWidth <= 50 })
        let here = lines.firstIndex { $0.contains("t  keep this machine's value") } ?? -1
        let other = lines.firstIndex { $0.contains("o  keep the other machine's value") } ?? -1
        #expect(here > 0 && other > here + 2, "\(lines.joined(separator: "\n"))")
        #expect(lines[other - 1].hasSuffix("…") || lines[other - 1].trimmingCharacters(in: .whitespaces).hasSuffix("…"),
                "the cut value says it goes on:\n\(lines.joined(separator: "\n"))")
        #expect(lines[other + 1].hasPrefix("   Short"))
    }

    @Test func choosingAsksFirstAndYesSavesThatSide() {
        var state = Self.chooser()
        _ = press(&state, .down)
        #expect(press(&state, .character("o")) == [])
        let asked = Self.text(state)
        #expect(asked.contains("Keep the other machine's value of check-in · Intention"), "\(asked)")
        #expect(asked.contains("\"Cook on Thursday …\"") && asked.contains("\"Walk on Sunday\""))
        #expect(press(&state, .character("y")) == [.resolveConflict(Self.intention, keeping: .other)])

        state = Self.chooser()
        _ = press(&state, .character("t"))
        #expect(press(&state, .character("n")) == [])
        #expect(Self.text(state).contains("Nothing changed: both values are still kept"))
        _ = press(&state, .character("t"))
        #expect(press(&state, .character("y")) == [.resolveConflict(Self.cadence, keeping: .here)])
    }

    @Test func afterASaveTheListAndHomesCountDrop() {
        var state = Self.chooser()
        _ = press(&state, .character("o"), .character("y"))
        state.apply(.conflictChosen("Kept the other machine's value of ritual:sunday-walk cadence in rituals.md", failed: false,
                                    journal: Self.demo, problems: [], conflicts: JournalConflicts(fields: [Self.intention])))
        var text = Self.text(state)
        #expect(text.contains("Merge conflicts · 1 to choose") && text.contains("▸ checkins/2026/2026-W47-zoe.md:12"))
        #expect(!text.contains("rituals.md:9") && text.contains("Kept the other machine's value"))
        _ = press(&state, .character("t"), .character("y"))
        state.apply(.conflictChosen("Kept this machine's value", failed: false, journal: Self.demo, problems: [],
                                    conflicts: JournalConflicts()))
        text = Self.text(state)
        #expect(text.contains("None left: every field holds one value"))
        #expect(press(&state, .character("t")) == [], "nothing left to choose")
        _ = press(&state, .escape)
        #expect(state.screen == .home)
        #expect(!Self.text(state).contains("merge conflict"))
        #expect(press(&state, .character("m")) == [] && state.screen == .home)
    }

    @Test func aRefusalShowsAsAnErrorAndTheListReadBack() {
        var state = Self.chooser()
        _ = press(&state, .character("o"), .character("y"))
        let refusal = "rituals.md changed on disk since Hearth read it (another device or an editor?); nothing was overwritten"
        let changed = FieldConflict(path: "rituals.md", line: 9, record: "ritual:sunday-walk", field: "cadence",
                                    here: "weekly friday", other: "daily")
        state.apply(.conflictChosen(refusal, failed: true, journal: Self.demo, problems: [],
                                    conflicts: JournalConflicts(fields: [changed, Self.intention])))
        #expect(state.message == AppState.Message(refusal, isError: true))
        let lines = state.render(size: state.viewport).lines
        let here = lines.firstIndex { $0.contains("t  keep this machine's value") } ?? -1
        #expect(here > 0 && lines[here + 1].hasPrefix("   weekly friday"), "the values now in the file")
    }

    @Test func aRecordEditedOnOneMachineAndRemovedOnTheOtherOffersKeepingOrRemovingIt() {
        let removed = FieldConflict(path: "rituals.md", line: 9, record: "ritual:picnic", field: "(record)", here: "edited", other: nil)
        var state = Self.chooser([removed])
        let text = Self.text(state)
        #expect(text.contains("ritual:picnic · edited on one machine, removed on the other"))
        #expect(text.contains("t  keep the record, as edited") && text.contains("o  remove the record"))
        _ = press(&state, .character("o"))
        #expect(Self.text(state).contains("Remove ritual:picnic, and the edit made to it?"))
        #expect(press(&state, .character("y")) == [.resolveConflict(removed, keeping: .other)])
    }

    @Test func theChooserDrawsAtTheSmallestSize() {
        let state = Self.chooser(size: minimumSize)
        let lines = state.render(size: minimumSize).lines
        #expect(lines.count == minimumSize.height && lines.allSatisfy { $0.terminalWidth <= minimumSize.width })
        #expect(lines[0].contains("Merge conflicts"))
    }
}
