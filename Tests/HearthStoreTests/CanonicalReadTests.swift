import HearthDomain
import Testing
@testable import HearthStore

/// The one-pass reader for files as Hearth writes them must agree with the full parser on every
/// file it accepts, and must hand everything else to the full parser rather than guess.
@Suite(.scratchFolders)
struct CanonicalReadTests {
    /// What the full parser makes of a file, or nil when it reports an error.
    static func fullRead(_ bytes: [UInt8]) -> CheckIn? {
        bytes.withUnsafeBufferPointer { buffer in
            (try? Document(buffer)).flatMap { try? CheckInFile.decode($0, shared: .coreTypes) }
        }
    }

    static func canonicalRead(_ bytes: [UInt8]) -> CheckIn? {
        bytes.withUnsafeBufferPointer { CheckInFile.decodeCanonical($0, shared: .coreTypes) }
    }

    /// Both readers without prose, which must agree too: the same values with the words left out.
    static func bothWithoutProse(_ bytes: [UInt8]) -> (fast: CheckIn?, full: CheckIn?) {
        bytes.withUnsafeBufferPointer { buffer in
            (CheckInFile.decodeCanonical(buffer, shared: .coreTypes, prose: false),
             (try? Document(buffer)).flatMap { try? CheckInFile.decode($0, shared: .coreTypes, prose: false) })
        }
    }

    static let demo = DemoJournal.make(weeks: 120, endingAt: Week(year: 2026, number: 47)!, seed: 3)

    @Test func everyDemoCheckInTakesTheFastPathAndReadsTheSame() throws {
        #expect(Self.demo.checkIns.count > 200)
        for checkIn in Self.demo.checkIns {
            let bytes = CheckInFile.encode(checkIn)
            let fast = try #require(Self.canonicalRead(bytes), "not read as canonical: \(checkIn.week) \(checkIn.partner)")
            #expect(fast == Self.fullRead(bytes))
            #expect(fast == checkIn)
        }
    }

    @Test func theFullCheckInAndTrickyTextReadTheSameBothWays() throws {
        var values = TrickyValues(seed: 11)
        let checkIns = [Fixtures.fullCheckIn] + (0..<1_500).map { index in
            values.checkIn(week: Week(year: 2026, number: 1 + index % 52)!, partner: "alex", partners: ["alex", "sam", "no"])
        }
        for checkIn in checkIns {
            let bytes = CheckInFile.encode(checkIn)
            let fast = try #require(Self.canonicalRead(bytes), "not read as canonical: \(String(decoding: bytes, as: UTF8.self))")
            // Not always `checkIn` itself: both readers trim blank lines around prose, as they should.
            #expect(fast == Self.fullRead(bytes), "\(String(decoding: bytes, as: UTF8.self))")
            let withoutProse = Self.bothWithoutProse(bytes)
            #expect(withoutProse.fast != nil && withoutProse.fast == withoutProse.full)
            #expect(withoutProse.fast?.ratings == fast.ratings && withoutProse.fast?.rituals.map(\.ritual) == fast.rituals.map(\.ritual))
            #expect(withoutProse.fast?.moments.allSatisfy { $0.text.isEmpty && $0.landed.isEmpty } == true)
        }
        #expect(Self.canonicalRead(CheckInFile.encode(Fixtures.fullCheckIn)) == Fixtures.fullCheckIn)
    }

    @Test("hand-edited forms go to the full parser", arguments: [
        "---\r\nhearth: 1\r\nweek: 2026-W47\r\npartner: alex\r\n---\r\n",
        "\u{FEFF}---\nhearth: 1\nweek: 2026-W47\npartner: alex\n---\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: alex # me\n---\n",
        "---\nhearth: 1\npartner: alex\nweek: 2026-W47\n---\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: alex\nmood: sunny\n---\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: alex\nratings:\n  emotional: 4\n  emotional: 5\n---\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: alex\nratings:\n  emotional: null\n---\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: 'alex'\n---\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: null\n---\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: alex\n\n---\n",
        "---\nhearth: 1\nweek: 2026-w47\npartner: alex\n---\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: alex\nwarning_signs: [less-affection,alone-together]\n---\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: alex\n---\n\n## Notes\n\nOne\n\n## notes\n\nTwo\n",
        "---\nhearth: 1\nweek: 2026-W47\npartner: alex\nanswers:\n  money: \"a\\\n  b\"\n---\n",
    ])
    func handEditedFormsAreLeftToTheFullParser(_ text: String) {
        #expect(Self.canonicalRead(Array(text.utf8)) == nil)
    }

    @Test func momentsFilesReadTheSameBothWays() throws {
        var values = TrickyValues(seed: 17)
        var files: [MomentsFile.Contents] = []
        for moment in Self.demo.moments {
            guard let date = moment.date else { continue }
            files.append(MomentsFile.Contents(week: Week(containing: date), partner: moment.from, moments: [moment], preserved: PreservedContent()))
        }
        for index in 0..<300 {
            let week = Week(year: 2026, number: 1 + index % 52)!
            let moments = values.checkIn(week: week, partner: "alex", partners: ["alex", "sam", "no"]).moments
            files.append(MomentsFile.Contents(week: week, partner: "alex", moments: moments, preserved: PreservedContent()))
        }
        #expect(files.count > 300)
        for contents in files {
            let bytes = MomentsFile.encode(contents)
            let full = try bytes.withUnsafeBufferPointer { try MomentsFile.decode(try Document($0)) }
            let fast = try #require(bytes.withUnsafeBufferPointer { MomentsFile.decodeCanonical($0) },
                                    "not read as canonical: \(String(decoding: bytes, as: UTF8.self))")
            #expect(fast.week == full.week && fast.partner == full.partner && fast.moments == full.moments && fast.preserved == full.preserved)
        }
        let handEdited = "---\nhearth: 1\nweek: 2026-W47\npartner: sam\nmoments:\n  - date: 2026-11-18 # tuesday\n    from: sam\n---\n"
        #expect(Array(handEdited.utf8).withUnsafeBufferPointer { MomentsFile.decodeCanonical($0) } == nil)
    }

    /// Random damage to written files: whatever the fast reader still accepts, the full parser reads the same.
    @Test func damagedFilesAreNeverReadDifferently() {
        var random = SplitMix64(seed: 5)
        let inserts: [[UInt8]] = [[0x20], [0x0A], [0x22], [0x5C], [0x23], [0x3A], [0x2D], [0x0D], [0x78], [0x31], [0x09], Array("  ".utf8),
                                  Array("null".utf8), Array("## ".utf8), Array("---\n".utf8), [0xC3], [0x00],
                                  Array(" # x".utf8), Array(": ".utf8), [0x27], [0x7E], Array("\\u00e9".utf8), Array("- ".utf8)]
        var accepted = 0
        var tried = 0
        for checkIn in Self.demo.checkIns.prefix(150) + [Fixtures.fullCheckIn] {
            let original = CheckInFile.encode(checkIn)
            for _ in 0..<40 {
                var bytes = original
                let position = random.index(bytes.count)
                switch random.index(4) {
                case 0: bytes.remove(at: position)
                case 1: bytes.insert(contentsOf: inserts[random.index(inserts.count)], at: position)
                case 2: bytes[position] = inserts[random.index(inserts.count)][0]
                default:
                    let end = bytes[position...].firstIndex(of: 0x0A) ?? bytes.count - 1
                    let start = bytes[..<position].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                    bytes.insert(contentsOf: bytes[start...end], at: start)
                }
                tried += 1
                let withoutProse = Self.bothWithoutProse(bytes)
                if let fast = withoutProse.fast { #expect(fast == withoutProse.full, "\(String(decoding: bytes, as: UTF8.self))") }
                guard let fast = Self.canonicalRead(bytes) else { continue }
                accepted += 1
                #expect(fast == Self.fullRead(bytes), "\(String(decoding: bytes, as: UTF8.self))")
            }
        }
        // Much damage lands in prose, which both readers take as it is; the rest must fall to the full parser.
        #expect(accepted > tried / 10 && accepted < tried)
    }
}
