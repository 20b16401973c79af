import HearthDomain

extension MomentsFile {
    /// Reads a moments file written exactly as `encode` writes it, or nil for any other form (see
    /// `CheckInFile.decodeCanonical`).
    static func decodeCanonical(_ text: UnsafeBufferPointer<UInt8>) -> Contents? {
        guard (try? checkText(text)) != nil else { return nil }
        var reader = CanonicalReader(text)
        guard reader.skip("---\nhearth: 1\nweek: "), let week = reader.weekLine(),
              reader.skip("partner: "), let partner = reader.scalarLine() else { return nil }
        var moments: [Moment] = []
        if reader.skip("moments:\n") {
            guard let items = canonicalMoments(&reader) else { return nil }
            moments = items
        }
        guard reader.skip("---\n") else { return nil }
        let body = MarkdownBody(text: text, from: reader.offset)
        return Contents(week: week, partner: partner, moments: moments, preserved: PreservedContent(sections: body.preservedWhole()))
    }

    /// The items of a `moments:` list exactly as `encode(_:into:indent:)` writes them at indent 2, or nil.
    /// Without `prose`, what happened and how it landed are checked but left out.
    static func canonicalMoments(_ reader: inout CanonicalReader, prose: Bool = true) -> [Moment]? {
        var moments: [Moment] = []
        moments.reserveCapacity(reader.countLines(startingWith: "  - "))
        while reader.skip("  - ") {
            // A moment without an id (written before moments had them) is read by `decode`, which derives it.
            guard reader.skip("id: "), let id = reader.scalarLine() else { return nil }
            var date: CivilDate?
            if reader.skip("    date: ") {
                guard let day = reader.dateLine() else { return nil }
                date = day
            }
            guard reader.skip("    from: "), let from = reader.scalarLine(),
                  reader.skip("    to: "), let to = reader.scalarLine(),
                  reader.skip("    language: "), let language = reader.choiceLine(LoveLanguage.self),
                  reader.skip("    text: "), let text = reader.quotedLine(keeping: prose) else { return nil }
            var moment = Moment(id: id, date: date, from: from, to: to, language: language, text: text)
            if reader.skip("    landed: ") {
                guard let landed = reader.quotedLine(keeping: prose) else { return nil }
                moment.landed = landed
            }
            moments.append(moment)
        }
        return moments.isEmpty ? nil : moments
    }
}
