import HearthDomain
import Testing

/// profile.md is shared: two edits made from the same version merge partner by partner.
@Suite("Profile: three-way merge by record")
struct ProfileMergeTests {
    private let base = Profile(partners: [Partner(id: "zoe", name: "Zoë", primaryLanguage: .words, secondaryLanguage: .time),
                                          Partner(id: "misaki", name: "美咲", primaryLanguage: .service)])

    private func editing(_ profile: Profile, _ id: String, _ change: (inout Partner) -> Void) -> Profile {
        var profile = profile
        if let index = profile.partners.firstIndex(where: { $0.id == id }) { change(&profile.partners[index]) }
        return profile
    }

    @Test func editsOfDifferentPartnersBothSurvive() throws {
        let ours = editing(base, "zoe") { $0.primaryLanguage = .gifts }
        let theirs = editing(base, "misaki") { $0.secondaryLanguage = .touch }
        let merged = try #require(ours.merged(base: base, theirs: theirs))
        #expect(merged.partner(id: "zoe")?.primaryLanguage == .gifts)
        #expect(merged.partner(id: "zoe")?.secondaryLanguage == .time)
        #expect(merged.partner(id: "misaki")?.secondaryLanguage == .touch)
        #expect(merged.partners.map(\.id) == ["zoe", "misaki"])
    }

    @Test func differentEditsOfOnePartnerConflict() {
        let ours = editing(base, "zoe") { $0.primaryLanguage = .gifts }
        let theirs = editing(base, "zoe") { $0.primaryLanguage = .touch }
        #expect(ours.merged(base: base, theirs: theirs) == nil)
        #expect(ours.merged(base: base, theirs: ours) == ours, "the same edit on both sides is no conflict")
    }

    @Test func aPartnerRemovedThereAndChangedHereConflictsButAddedTypesMerge() {
        var theirs = base
        theirs.partners.removeLast()
        let ours = editing(base, "misaki") { $0.primaryLanguage = .time }
        #expect(ours.merged(base: base, theirs: theirs) == nil)
        var withType = base
        withType.extraTypes = [IntimacyType(id: "sexual", name: "Sexual")]
        let merged = ours.merged(base: base, theirs: withType)
        #expect(merged?.extraTypes.map(\.id) == ["sexual"] && merged?.partner(id: "misaki")?.primaryLanguage == .time)
    }
}
