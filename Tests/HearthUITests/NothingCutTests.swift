import Foundation
import HearthDomain
import HearthUI
import Testing

/// What a user must read is never cut away: a ritual's status, a status message, a line of help.
struct NothingCutTests {
    static let longName = "Tea before bed 🍵 with honey and a book"

    static func journal(status: Ritual.Status) -> Journal {
        var journal = RitualFixtures.journal()
        journal.rituals.append(Ritual(id: "tea", name: longName, cadence: .daily, status: status))
        return journal
    }

    /// The rituals list at 80 columns cut the name before "(paused)", so a paused ritual looked active.
    @Test(arguments: [Ritual.Status.paused, .retired], [80, 60, 40])
    func aRitualsStatusShowsWhateverTheWidth(status: Ritual.Status, width: Int) {
        var state = Fixtures.state(Self.journal(status: status))
        press(&state, .character("r"))
        let text = state.render(size: Size(width: width, height: 24)).text
        let row = text.split(separator: "\n").first { $0.contains("Tea") }
        #expect(row?.contains("(\(status.rawValue))") == true, "\(text)")
    }

    /// Joins the rows a message may have been wrapped over, to look for it whole.
    static func bottomRows(_ buffer: ScreenBuffer, _ count: Int) -> String {
        buffer.lines.suffix(count).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// "Paused Tea before bed 🍵; its…" and "Saved /tmp/…/hearth…" were cut at 80 columns.
    @Test(arguments: [80, 40])
    func aLongStatusMessageWrapsOntoMoreRows(width: Int) {
        for text in ["Paused \(Self.longName); its strength holds until you resume it",
                     "Saved /tmp/hearth-test-4f3a9c2e/journal/checkins/2026/2026-W47-zoe.md"] {
            var state = Fixtures.state(Fixtures.journal())
            state.message = AppState.Message(text)
            let buffer = state.render(size: Size(width: width, height: 24))
            let rows = Self.bottomRows(buffer, 4)
            // A word longer than a row (the path) is split between rows: compare without the spaces.
            #expect(rows.filter { $0 != " " }.contains(text.filter { $0 != " " }), "\(buffer.text)")
            #expect(buffer.lines.last?.hasPrefix("? help") == true, "the key hints keep their row")
        }
    }

    /// A short message still shares the row with the hints, as before.
    @Test func aShortMessageSharesTheRowWithTheHints() {
        var state = Fixtures.state(Fixtures.journal())
        state.message = AppState.Message("Nothing marked")
        let buffer = state.render(size: Size(width: 80, height: 24))
        #expect(buffer.lines.last?.hasPrefix("? help") == true)
        #expect(buffer.lines.last?.hasSuffix("Nothing marked") == true)
    }

    /// Help wraps a long line onto the next row instead of ending it in `…`.
    @Test func helpWrapsLongLinesInsteadOfCuttingThem() {
        var state = Fixtures.state(Fixtures.journal())
        press(&state, .character("?"))
        let text = state.render(size: Size(width: 40, height: 24)).text
        #expect(!text.contains("…"), "\(text)")
        #expect(text.contains("Rituals: strength, this"), "\(text)")
    }

    /// The review's footer wraps at 40 columns ("…goes back to change anyth…" was cut).
    @Test func theReviewFooterWrapsOnANarrowTerminal() {
        var state = CheckInWizardTests.open(choice: 0)
        for _ in 0..<9 { press(&state, .pageDown) }
        let buffer = state.render(size: Size(width: 40, height: 20))
        #expect(buffer.text.contains("Review before saving"))
        #expect(Self.bottomRows(buffer, 4).contains("Enter saves · Shift-Tab or Esc goes back to change anything"), "\(buffer.text)")
    }

    /// Trends at 60 columns: the title keeps both names whole (the weeks give way) and the cursor line
    /// drops its hint rather than cutting it ("(Enter: that w…").
    @Test func trendsKeepsNamesWholeAndDropsAHintThatDoesNotFit() {
        let view = TrendsScreenTests.physicalYear()
        let lines = TrendsScreenTests.screen(view, Size(width: 60, height: 20)).lines
        #expect(lines[0].hasSuffix("Zoë and 美咲") || lines[0].contains("Zoë and 美咲 "), "\(lines[0])")
        let marker = lines.first { $0.contains("\(view.cursorWeek):") } ?? ""
        #expect(marker.contains("Zoë 2, 美咲 2") && !marker.contains("…"), "\(marker)")
    }

    /// Why setup or a form refused to save wraps at 40 columns instead of being cut.
    @Test func aRefusalWrapsOnANarrowTerminal() {
        var setup = Fixtures.state(nil)
        press(&setup, .character("s"))
        type(&setup, "Zoë Müller")
        press(&setup, .tab, .tab)
        type(&setup, "zoe muller")
        press(&setup, .tab, .enter)
        let text = setup.render(size: Size(width: 40, height: 24)).lines.map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(text.contains("'Zoë Müller' and 'zoe muller' are the same name; give each partner a different name."), "\(text)")
        var rituals = RitualFixtures.rituals()
        press(&rituals, .character("a"))
        type(&rituals, "Date night")
        for _ in 0..<8 { press(&rituals, .enter) }  // name, repeats, day, five types, then save
        let form = rituals.render(size: Size(width: 40, height: 24)).lines.map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(form.contains("There is already a ritual called Date night."), "\(form)")
    }

    /// Space on the form's "feeds" boxes ticks them, as on every other checklist (only ←/→ did).
    @Test func spaceTicksATypeTheRitualFeeds() {
        var state = RitualFixtures.rituals()
        press(&state, .character("a"))
        type(&state, "Sunday coffee")
        press(&state, .enter, .enter, .enter)  // name → repeats → day → first type (Emotional)
        press(&state, .character(" "), .down, .character(" "), .character(" "))
        guard case .rituals(let rituals) = state.screen, case .form(let form) = rituals.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(form.feeds.prefix(2) == [true, false])
        #expect(form.name.text == "Sunday coffee")
        #expect(state.message == nil)
    }
}
