/// The one place Hearth's version lives: `hearth --version`, the man page and the report's footer read it.
enum HearthVersion {
    static let current = "0.9.0"
}
