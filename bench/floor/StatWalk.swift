// The floor of issue 15's design in Swift: what statwalk.c does on two threads (one a pthread), built as
// hearth is (-O, the static Swift standard library), so its start-up is a Swift program's. Built by bench/floor.
import Glibc

/// The year folders under `root`/checkins and `root`/moments.
func yearFolders(in root: String) -> [String] {
    var folders: [String] = []
    for kind in ["checkins", "moments"] {
        let path = root + "/" + kind
        guard let dir = opendir(path) else { continue }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { folders.append(path + "/" + name) }
        }
        closedir(dir)
    }
    return folders
}

/// How many files of every `step`th folder from `first` could be stat'ed.
func walk(_ folders: [String], first: Int, step: Int) -> Int {
    var count = 0
    for index in stride(from: first, to: folders.count, by: step) {
        let fd = open(folders[index], O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0, let dir = fdopendir(fd) else { continue }
        var status = stat()
        while let entry = readdir(dir) {
            let counted = withUnsafeBytes(of: entry.pointee.d_name) { name -> Bool in
                guard let base = name.baseAddress, name[0] != UInt8(ascii: ".") else { return false }
                return fstatat(fd, base.assumingMemoryBound(to: CChar.self), &status, AT_SYMLINK_NOFOLLOW) == 0
            }
            if counted { count += 1 }
        }
        closedir(dir)
    }
    return count
}

final class Shared: @unchecked Sendable {
    let folders: [String]
    var counted = 0
    init(folders: [String]) { self.folders = folders }
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    fputs("usage: StatWalk JOURNAL\n", stderr)
    exit(2)
}
let shared = Shared(folders: yearFolders(in: arguments[1]))
var thread = pthread_t()
let started = pthread_create(&thread, nil, { raw in
    guard let raw else { return nil }
    let shared = Unmanaged<Shared>.fromOpaque(raw).takeUnretainedValue()
    shared.counted = walk(shared.folders, first: 1, step: 2)
    return nil
}, Unmanaged.passUnretained(shared).toOpaque())
var count = walk(shared.folders, first: 0, step: 2)
if started == 0 {
    pthread_join(thread, nil)
    count += shared.counted
} else {
    count += walk(shared.folders, first: 1, step: 2)
}
print(count)
