import Foundation
import HearthDomain
import Testing
@testable import HearthExchange

@Suite("Independent parsers: Python's json and jsonschema, and Python's csv")
struct SchemaAndCSVTests {
    static let schema = Python.repository.appendingPathComponent("docs/export.schema.json").path

    /// Validates each line on stdin (one JSON document each) against the committed schema; prints, per
    /// line, `ok` or the first error. One Python for all documents: starting it is the slow part.
    static let validate = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        for line in sys.stdin:
            errors = sorted(validator.iter_errors(json.loads(line)), key=lambda e: list(e.path))
            print("ok" if not errors else "/".join(map(str, errors[0].path)) + ": " + errors[0].message)
        """

    static func journals() -> [Journal] {
        let end = Week(year: 2026, number: 47) ?? Week(containing: CivilDate(daysSinceEpoch: 0))
        var random = RandomJournal(seed: 5)
        return [DemoJournal.make(weeks: 60, endingAt: end, seed: 3)] + (0..<20).map { _ in random.journal() }
    }

    @Test func everyExportMeetsTheCommittedSchema() throws {
        let documents = Self.journals().flatMap { journal in
            [true, false].map { JournalJSON.text(ExportSelection(includePrivate: $0).apply(to: journal), includePrivate: $0) }
        }
        let verdicts = try Python.run(Self.validate, [Self.schema], input: documents.joined()).split(separator: "\n")
        #expect(verdicts.count == documents.count)
        #expect(verdicts.allSatisfy { $0 == "ok" }, "\(verdicts.filter { $0 != "ok" })")
    }

    @Test func theSchemaRefusesWhatImportRefuses() throws {
        let text = JournalJSON.text(ImportErrorTests.journal, includePrivate: true)
        let bad = text.replacingFirst(#""emotional":4"#, with: #""emotional":9"#)
        #expect(try Python.run(Self.validate, [Self.schema], input: bad).hasPrefix("checkins/0/ratings/emotional: 9"))
        #expect(throws: ImportFailure.self) { try JournalReader.read(Array(bad.utf8)) }
    }

    /// Reads a JSON array of CSV texts from stdin and prints each back as rows, as Python's csv module sees it.
    static let readCSV = """
        import csv, io, json, sys
        texts = json.loads(sys.stdin.buffer.read().decode("utf-8"))
        print(json.dumps([list(csv.reader(io.StringIO(text, newline=""))) for text in texts]))
        """

    /// Each table's rows; one Python for all of them.
    static func rows(_ texts: [String]) throws -> [[[String]]] {
        let input = JSON.array(texts.map(JSON.string)).rendered()
        return try JSONDecoder().decode([[[String]]].self, from: Data(try Python.run(readCSV, input: input).utf8))
    }

    @Test func checkInRowsCarryEveryRatingAndTheAwkwardText() throws {
        let journals = Self.journals()
        let tables = try Self.rows(journals.map { CSVExport.text($0, table: .checkins) })
        #expect(tables.count == journals.count)
        for (journal, rows) in zip(journals, tables) {
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
        let journals = Self.journals()
        let tables = try Self.rows(journals.flatMap { [CSVExport.text($0, table: .moments), CSVExport.text($0, table: .rituals)] })
        #expect(tables.count == 2 * journals.count)
        for (index, journal) in journals.enumerated() {
            let moments = tables[2 * index], rituals = tables[2 * index + 1]
            #expect(moments.count == 1 + journal.moments.count + journal.checkIns.reduce(0) { $0 + $1.moments.count })
            #expect(moments.dropFirst().map { $0[6] } == journal.checkIns.flatMap { $0.moments.map(\.text) } + journal.moments.map(\.text))
            #expect(rituals.dropFirst().map { $0[0] } == journal.rituals.map(\.id))
            for (row, ritual) in zip(rituals.dropFirst(), journal.rituals) {
                let kept = journal.checkIns.filter { $0.rituals.contains { $0.ritual == ritual.id && $0.status == .kept } }.count
                #expect(row[2] == ritual.cadence.description && row[6] == String(kept))
            }
        }
    }
}
