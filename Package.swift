// swift-tools-version:6.0
import PackageDescription

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
        // The executable's one call of a variadic C function (prctl), to keep an unlocked journal out of core dumps.
        .systemLibrary(name: "CProcess", path: "CProcess"),
        .target(name: "HearthDomain"),
        .target(name: "HearthStore", dependencies: ["HearthDomain", "CThreads", "HearthSeal"]),
        .target(name: "HearthUI", dependencies: ["HearthDomain"]),
        .target(name: "HearthTerminal", dependencies: ["HearthUI", "CNcurses"]),
        .target(name: "HearthReport", dependencies: ["HearthDomain"]),
        // Exports and import: pure writers and readers of the journal's values (JSON, CSV, Markdown, iCalendar).
        .target(name: "HearthExchange", dependencies: ["HearthDomain"]),
        // age v1 files (encryption at rest): only the framing is ours, the cryptography is swift-crypto's.
        .target(name: "HearthSeal", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"), .product(name: "CryptoExtras", package: "swift-crypto")]),
        .executableTarget(
            name: "hearth",
            dependencies: [
                "HearthDomain", "HearthStore", "HearthUI", "HearthTerminal",
                "HearthReport", "HearthExchange", "HearthSeal", "CProcess",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
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
