// A test driver for scripts/encrypt-kill-test.sh: converts a journal in place, as `hearth encrypt` and
// `hearth decrypt` do, with plain age identity files instead of passphrases, so a script can kill it at any
// moment without a prompt or a key derivation in the way.
//
// Usage: hearth-convert-driver DIR sealed|plain [IDENTITY_FILE ...]   (recipients from DIR/keys/*.pub)
//        hearth-convert-driver DIR load [IDENTITY_FILE ...]            (times one whole load, in ms)
import Foundation
import HearthSeal
import HearthStore

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("hearth-convert-driver: " + message + "\n").utf8))
    exit(2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, ["sealed", "plain", "load"].contains(arguments[1]) else {
    fail("usage: hearth-convert-driver DIR sealed|plain|load [IDENTITY_FILE ...]")
}
let root = arguments[0]
var keyFiles: [String: [UInt8]] = [:]
for name in (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + KeyFolder.path)) ?? [] {
    keyFiles[name] = FileManager.default.contents(atPath: root + "/" + KeyFolder.path + "/" + name).map(Array.init)
}
var keyring: Keyring
do {
    keyring = try Keyring(keyFolder: keyFiles)
    for path in arguments.dropFirst(2) {
        guard let bytes = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
        try keyring.add(identityFile: Array(bytes), name: path)
    }
} catch {
    fail("\(error)")
}
if arguments[1] == "load" {
    // A journal without public keys is plain: read it without a keyring, as the CLI does.
    let store = Store(root: root, keyring: keyring.recipients.isEmpty ? nil : keyring)
    let start = DispatchTime.now().uptimeNanoseconds
    let loaded = store.load()
    let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    print("\(loaded.journal?.checkIns.count ?? 0) check-ins, \(loaded.problems.count) problems, \(String(format: "%.1f", milliseconds)) ms")
    exit(0)
}
do {
    let result = try Store(root: root, keyring: keyring).convert(to: arguments[1] == "sealed" ? .sealed : .plain)
    print("converted \(result.converted.count) files")
    for problem in result.problems { print(problem) }
    exit(result.problems.isEmpty ? 0 : 1)
} catch {
    fail("\(error)")
}
