// libFuzzer entry point over the store's decoders: an input whose first byte is below `IndexTarget.count` goes to
// the index's decoders (see IndexFuzzing.swift), which no text file starts with; any other is handed to each file
// kind's reader (front matter, check-in, both check-in readers, moments, profile, rituals, agenda, drafts) and to
// the checks a load runs after decoding. Any crash, hang or runaway memory use here is a bug: a hand-edited
// or damaged file must come back as a `file:line:col` problem. Built and run by scripts/fuzz-store.sh.
@testable import HearthStore
import HearthDomain

@_cdecl("LLVMFuzzerTestOneInput")
public func storeFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    if let first = bytes.first, let target = IndexTarget(rawValue: first) {
        decodeIndex(target, UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[1...])))
    } else {
        decodeEveryKind(bytes)
    }
    return 0
}

private func decodeEveryKind(_ bytes: UnsafeBufferPointer<UInt8>) {
    let shared = SharedWords.coreTypes
    let canonical = CheckInFile.decodeCanonical(bytes, shared: shared)
    _ = CheckInFile.decodeCanonical(bytes, shared: shared, prose: false)
    _ = MomentsFile.decodeCanonical(bytes)
    guard let document = try? Document(bytes) else {
        // The one-pass reader must never accept what the full parser refuses.
        precondition(canonical == nil, "the canonical reader accepted a file the parser refuses")
        report(bytes)
        return
    }
    let profile = Profile(partners: [Partner(id: "zoe", name: "Zoë"), Partner(id: "misaki", name: "美咲")])
    let context = CheckContext(profile: profile)
    if let checkIn = try? CheckInFile.decode(document, shared: shared) {
        // Where both readers read a file they agree value for value.
        if let canonical { precondition(canonical == checkIn, "the two check-in readers disagree") }
        _ = checkIn.validate(against: profile).map { context.error(for: $0, in: document) }
    } else {
        precondition(canonical == nil, "the canonical reader accepted a check-in the full reader refuses")
    }
    _ = try? CheckInFile.decode(document, shared: shared, prose: false)
    if let moments = try? MomentsFile.decode(document) {
        _ = context.problems(moments: moments.moments, week: moments.week, partner: moments.partner)
            .map { context.error(for: $0, in: document) }
    }
    if let decoded = try? ProfileFile.decode(document) {
        _ = Store.check(profile: decoded, in: document)
        _ = ProfileFile.encode(decoded)
    }
    _ = try? RitualsFile.decode(document)
    _ = try? AgendaFile.decode(document)
    if let draft = try? CheckInFile.decode(document) { _ = Store.draft(from: draft) }
    report(bytes)
}

/// Turning an error into `file:line:col` must work for any offset the parser gives.
private func report(_ bytes: UnsafeBufferPointer<UInt8>) {
    do throws(SyntaxError) {
        _ = try Document(bytes)
    } catch {
        _ = Store.problem(error, in: bytes, path: "fuzz.md").description
    }
}
