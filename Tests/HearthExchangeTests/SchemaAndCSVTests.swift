import Foundation
import HearthDomain
import Testing
@testable import HearthExchange

@Suite("Independent parsers: Python's json and jsonschema, and Python's csv")
struct SchemaAndCSVTests {
    static let schema = Python.repository.appendingPathComponent("docs/export.schema.json").path

    /// Validates the JSON on stdin against the committed schema; prints `ok` or the first error.
    static let validate = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)), key=lambda e: list(e.path))
        print("ok" if not errors else "/".join(map(str, errors[0].path)) + ": " + errors[0].message)
        """

    static func journals() -> [Journal] {
        let end = Week(year: 2026, number: 47) ?? Week(containing: CivilDate(daysSinceEpoch: 0))
        var random = RandomJournal(seed: 5)
        return [DemoJournal.make(weeks: 60, endingAt: end, seed: 3)] + (0..<20).map { _ in random.journal() }
    }

    @Test func everyExportMeetsTheCommittedSchema() throws {
        for journal in Self.journals() {
            for includePrivate in [true, false] {
                let text = JournalJSON.text(ExportSelection(includePrivate: includePrivate).apply(to: journal), includePrivate: includePrivate)
                #expect(try Python.run(Self.validate, [Self.schema], input: text) == "ok\n")
            }
        }
    }

    @Test func theSchemaRefusesWhatImportRefuses() throws {
        let text = JournalJSON.text(ImportErrorTests.journal, includePrivate: true)
        let bad = text.replacingFirst(#""emotional":4"#, with: #""emotional":9"#)
        #expect(try Python.run(Self.validate, [Self.schema], input: bad).hasPrefix("checkins/0/ratings/emotional: 9"))
        #expect(throws: ImportFailure.self) { try JournalReader.read(Array(bad.utf8)) }
    }

    /// Reads CSV from stdin and prints it back as JSON rows, as Python's csv module sees it.
    static let readCSV = """
        import csv, io, json, sys
        data = sys.stdin.buffer.read().decode("utf-8")
        print(json.dumps(list(csv.reader(io.StringIO(data, newline="")))))
        """

    static func rows(_ text: String) throws -> [[String]] {
        try JSONDecoder().decode([[String]].self, from: Data(try Python.run(readCSV, input: text).utf8))
    }

    @Test func checkInRowsCarryEveryRatingAndTheAwkwardText() throws {
        for journal in Self.journals() {
            let rows = try Self.rows(CSVExport.text(journal, table: .checkins))
            let types = journal.profile.intimacyTypes
            #expect(rows.first == ["week", "partner", "name"] + types.map(\.id)
                + ["warning_signs", "rituals_kept", "rituals_skipped", "device_free_minutes", "intention"])
            #expect(rows.count == journal.checkIns.count + 1)
            for (row, checkIn) in zip(rows.dropFirst(), journal.checkIns) {
                #expect(row.count == rows[0].count)
                #expect(row[0] == checkIn.week.description && row[1] == checkIn.partner)
                for (offset, type) in types.enumerated() {
                    let expected = checkIn.ratings[type.id].map { $0.value.map(String.init) ?? "skipped" } ?? ""
                    #expect(row[3 + offset] == expected)
                }
                #expect(row[3 + types.count] == checkIn.warningSigns.map(\.rawValue).joined(separator: ";"))
                #expect(row.last == checkIn.intention, "text with commas, quotes and line breaks reads back as written")
            }
        }
    }

    @Test func momentAndRitualTables() throws {
        for journal in Self.journals() {
            let moments = try Self.rows(CSVExport.text(journal, table: .moments))
            #expect(moments.count == 1 + journal.moments.count + journal.checkIns.reduce(0) { $0 + $1.moments.count })
            #expect(moments.dropFirst().map { $0[6] } == journal.checkIns.flatMap { $0.moments.map(\.text) } + journal.moments.map(\.text))
            let rituals = try Self.rows(CSVExport.text(journal, table: .rituals))
            #expect(rituals.dropFirst().map { $0[0] } == journal.rituals.map(\.id))
            for (row, ritual) in zip(rituals.dropFirst(), journal.rituals) {
                let kept = journal.checkIns.filter { $0.rituals.contains { $0.ritual == ritual.id && $0.status == .kept } }.count
                #expect(row[2] == ritual.cadence.description && row[6] == String(kept))
            }
        }
    }
}
