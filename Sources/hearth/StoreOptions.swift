import ArgumentParser

/// The option every command takes: where the journal lives.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The journal folder.", valueName: "dir"))
    var dir: String?
}

extension StoreOptions {
    init(dir: String?) {
        self.init()
        self.dir = dir
    }
}
