/// One value of the front matter, stored flat in an array and linked by index, so a whole
/// front matter costs one allocation and values are decoded from the file bytes only on demand.
///
/// Offsets are kept as 32-bit numbers (a front matter is never gigabytes long), which halves the
/// node and the memory a parse touches.
struct FrontMatterNode {
    enum Kind: UInt8 { case scalar, mapping, sequence }
    enum Style: UInt8 { case plain, doubleQuoted, singleQuoted, null }

    var kind: Kind
    var style: Style = .plain
    /// For quoted scalars: whether there is an escape to undo.
    var hasEscapes = false
    var keyQuoted = false
    private var offsets: (keyStart: Int32, keyEnd: Int32, start: Int32, end: Int32, entryStart: Int32, entryEnd: Int32,
                          firstChild: Int32, nextSibling: Int32)

    init(kind: Kind, start: Int, end: Int) {
        self.kind = kind
        offsets = (-1, -1, Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end),
                   Int32(truncatingIfNeeded: start), Int32(truncatingIfNeeded: end), -1, -1)
    }

    /// The key this value sits under (byte range, quotes excluded); -1 when in a sequence or the root.
    var keyStart: Int {
        get { Int(offsets.keyStart) }
        set { offsets.keyStart = Int32(truncatingIfNeeded: newValue) }
    }
    var keyEnd: Int {
        get { Int(offsets.keyEnd) }
        set { offsets.keyEnd = Int32(truncatingIfNeeded: newValue) }
    }
    /// Scalars: the text inside any quotes. Containers: where their first content starts.
    var start: Int {
        get { Int(offsets.start) }
        set { offsets.start = Int32(truncatingIfNeeded: newValue) }
    }
    var end: Int {
        get { Int(offsets.end) }
        set { offsets.end = Int32(truncatingIfNeeded: newValue) }
    }
    /// Where the entry's text begins (its key, or its value in a sequence) and ends, for keeping it verbatim.
    var entryStart: Int {
        get { Int(offsets.entryStart) }
        set { offsets.entryStart = Int32(truncatingIfNeeded: newValue) }
    }
    var entryEnd: Int {
        get { Int(offsets.entryEnd) }
        set { offsets.entryEnd = Int32(truncatingIfNeeded: newValue) }
    }
    var firstChild: Int {
        get { Int(offsets.firstChild) }
        set { offsets.firstChild = Int32(truncatingIfNeeded: newValue) }
    }
    var nextSibling: Int {
        get { Int(offsets.nextSibling) }
        set { offsets.nextSibling = Int32(truncatingIfNeeded: newValue) }
    }
}
