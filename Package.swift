// swift-tools-version:6.0
import PackageDescription
#if canImport(Glibc)
import Glibc
#endif

// Our own modules get their generic types' metadata by direct calls rather than by mangled name: a type named
// by its mangled name is demangled, and its conformances looked up by scanning every conformance record of the
// binary (about 5,000), the first time each is used; that was a fifth of `hearth list` on an empty journal.
let directMetadata: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])]

// The release executable is linked by the toolchain's lld, exporting no symbols (13,000 did, and the Swift
// runtime's start-up `dladdr` walks them all), and where this machine's glibc reads them (2.36 and later) with
// packed relative relocations (DT_RELR: 11 KB instead of 1.3 MB of relocation records for the loader to read).
// Still position independent (ASLR). See README "Start-up and list's own work".
let releaseLink: [LinkerSetting] = [.unsafeFlags(
    ["-use-ld=lld", "-Xlinker", "--no-export-dynamic"] + (glibcReadsPackedRelocations ? ["-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"] : [])
        + staticArchiveFolders.map { "-L" + packageFolder + "Link/" + $0 },
    .when(platforms: [.linux], configuration: .release))]

// ...and with libstdc++ and ncurses from their static archives when these are installed (see the linker scripts
// in Link/): the loader then maps three libraries fewer and resolves about 4,600 fewer symbols at every start,
// 0.3 ms of a 8 ms `hearth list`. Without the archives the link is the usual dynamic one.
var staticArchiveFolders: [String] {
    var folders: [String] = []
    if let compilerLibraries = newestGCCFolder, exists(compilerLibraries + "/libstdc++.a") { folders.append("static-libstdc++") }
    if ["libncursesw.a", "libtinfo.a"].allSatisfy({ exists("/usr/lib/x86_64-linux-gnu/" + $0) }) { folders.append("static-ncurses") }
    return folders
}

/// The folder of this manifest, ending in "/".
var packageFolder: String { String(#filePath.dropLast("Package.swift".count)) }

/// The GCC library folder clang links C++ from: the newest version installed for this machine's triple.
var newestGCCFolder: String? {
    let parent = "/usr/lib/gcc/x86_64-linux-gnu"
    #if canImport(Glibc)
    guard let folder = opendir(parent) else { return nil }
    defer { closedir(folder) }
    var newest: (version: Int, name: String)?
    while let entry = readdir(folder) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        guard let version = Int(name.split(separator: ".").first ?? ""), exists(parent + "/" + name + "/crtbegin.o") else { continue }
        if version > newest?.version ?? -1 { newest = (version, name) }
    }
    return newest.map { parent + "/" + $0.name }
    #else
    return nil
    #endif
}

func exists(_ path: String) -> Bool {
    #if canImport(Glibc)
    return access(path, F_OK) == 0
    #else
    return false
    #endif
}

/// Whether the glibc of the machine building (and so running) Hearth is 2.36 or later.
var glibcReadsPackedRelocations: Bool {
    #if canImport(Glibc)
    var text = [CChar](repeating: 0, count: 64)
    guard confstr(Int32(_CS_GNU_LIBC_VERSION), &text, text.count) > 0 else { return false }
    // "glibc 2.36"
    let version = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let numbers = version.split(separator: " ").last?.split(separator: ".").compactMap { Int($0) } ?? []
    return numbers.count >= 2 && (numbers[0], numbers[1]) >= (2, 36)
    #else
    return false
    #endif
}

let package = Package(
    name: "Hearth",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hearth", targets: ["hearth"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        // ncursesw; no pkgConfig: SwiftPM would drop its -D_XOPEN_SOURCE flag with a warning, and the
        // shim enables the wide-character API itself. Debian's libncursesw pulls in libtinfo.
        .systemLibrary(
            name: "CNcurses", path: "CNcurses",
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]),
        // Thread pinning for parallel loads (header only; see its comment for the measured reason).
        .systemLibrary(name: "CThreads", path: "CThreads"),
        // Read leases, so that the index can be mapped without another process cutting it under us.
        .systemLibrary(name: "CLease", path: "CLease"),
        // The executable's one call of a variadic C function (prctl), to keep an unlocked journal out of core dumps.
        .systemLibrary(name: "CProcess", path: "CProcess"),
        .target(name: "HearthDomain", swiftSettings: directMetadata),
        .target(name: "HearthStore", dependencies: ["HearthDomain", "CThreads", "CLease", "HearthSeal"], swiftSettings: directMetadata),
        .target(name: "HearthUI", dependencies: ["HearthDomain"], swiftSettings: directMetadata),
        .target(name: "HearthTerminal", dependencies: ["HearthUI", "CNcurses"], swiftSettings: directMetadata),
        .target(name: "HearthReport", dependencies: ["HearthDomain"], swiftSettings: directMetadata),
        // Exports and import: pure writers and readers of the journal's values (JSON, CSV, Markdown, iCalendar).
        .target(name: "HearthExchange", dependencies: ["HearthDomain"], swiftSettings: directMetadata),
        // age v1 files (encryption at rest): only the framing is ours, the cryptography is swift-crypto's.
        .target(name: "HearthSeal", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"), .product(name: "CryptoExtras", package: "swift-crypto")],
            swiftSettings: directMetadata),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "HearthDomain", "HearthStore", "HearthUI", "HearthTerminal",
                "HearthReport", "HearthExchange", "HearthSeal", "CProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: directMetadata, linkerSettings: releaseLink),
        // What several test targets share: the HEARTH_BENCH switch, a file system that logs what it reads.
        .target(name: "HearthTestSupport", dependencies: ["HearthStore"], path: "Tests/HearthTestSupport"),
        .testTarget(name: "HearthDomainTests", dependencies: ["HearthDomain", "HearthTestSupport"]),
        .testTarget(name: "HearthStoreTests", dependencies: ["HearthStore", "HearthDomain", "HearthSeal", "CThreads", "HearthTestSupport"]),
        .testTarget(name: "HearthReportTests", dependencies: ["HearthReport", "HearthDomain"]),
        .testTarget(name: "HearthExchangeTests", dependencies: ["HearthExchange", "HearthStore", "HearthDomain", "HearthTestSupport"]),
        .testTarget(name: "HearthSealTests", dependencies: ["HearthSeal", "HearthTestSupport"]),
        .testTarget(name: "HearthUITests", dependencies: ["HearthUI", "HearthDomain", "HearthTestSupport"], exclude: ["Screens"]),
        // Key decoding without a terminal, and the keystroke fuzz over update and the app's real store access.
        .testTarget(name: "KeystrokeTests",
                    dependencies: ["hearth", "HearthTerminal", "HearthUI", "HearthStore", "HearthDomain", "HearthTestSupport"]),
        // Depending on the executable makes `swift test` build the real binary next to the tests.
        .testTarget(name: "EndToEndTests", dependencies: ["hearth", "HearthDomain", "HearthTestSupport"]),
    ]
)
