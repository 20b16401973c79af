import HearthDomain

extension IndexCodec {
    /// A moments file as the index keeps it (week and partner are in its name).
    static func encode(_ contents: MomentsFile.Contents, into writer: inout IndexWriter) {
        writer.count(contents.moments.count)
        for moment in contents.moments {
            encodeFacts(of: moment, into: &writer)
            writer.string(moment.text)
            writer.string(moment.landed)
        }
        encode(contents.preserved.frontMatter, into: &writer)
        encode(contents.preserved.sections, into: &writer)
    }

    /// A moments file back from `encode`.
    static func decodeMoments(_ reader: inout IndexReader, week: Week, partner: String) -> MomentsFile.Contents {
        let count = reader.count()
        var moments: [Moment] = []
        for _ in 0..<count where !reader.failed {
            var moment = decodeFacts(&reader)
            moment.text = reader.string()
            moment.landed = reader.string()
            moments.append(moment)
        }
        let frontMatter = decodeEntries(&reader)
        let sections = decodeEntries(&reader)
        return MomentsFile.Contents(week: week, partner: partner, moments: moments,
                                    preserved: PreservedContent(frontMatter: frontMatter, sections: sections))
    }
}
