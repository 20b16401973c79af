/// One value of the front matter, stored flat in an array and linked by index, so a whole
/// front matter costs one allocation and values are decoded from the file bytes only on demand.
struct FrontMatterNode {
    enum Kind: UInt8 { case scalar, mapping, sequence }
    enum Style: UInt8 { case plain, doubleQuoted, singleQuoted, null }

    var kind: Kind
    var style: Style = .plain
    /// For quoted scalars: whether there is an escape to undo.
    var hasEscapes = false
    /// The key this value sits under (byte range, quotes excluded); empty when in a sequence or the root.
    var keyStart = -1
    var keyEnd = -1
    var keyQuoted = false
    /// Scalars: the text inside any quotes. Containers: where their first content starts.
    var start: Int
    var end: Int
    /// Where the entry's text begins (its key, or its value in a sequence) and ends, for keeping it verbatim.
    var entryStart: Int
    var entryEnd: Int
    var firstChild = -1
    var nextSibling = -1

    init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
        self.entryStart = start
        self.entryEnd = end
    }
}
