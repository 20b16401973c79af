import ArgumentParser

/// The `hearth` command: bare `hearth` opens the terminal UI, subcommands script the store.
@main
struct Hearth: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearth",
        abstract: "A private, plain-text journal for a couple's weekly check-in.",
        discussion: """
            Everything stays in readable files in one folder: --dir, else $HEARTH_DIR, \
            else $XDG_DATA_HOME/hearth, else ~/.local/share/hearth. \
            Set HEARTH_TODAY=YYYY-MM-DD to pretend today is another day. \
            Reading commands keep a device-local cache in .hearth/ of the journal folder; \
            HEARTH_NO_INDEX=1 reads every file instead and writes none.
            """,
        version: HearthVersion.current,
        subcommands: [
            UICommand.self, InitCommand.self, CheckInCommand.self, ListCommand.self, ShowCommand.self,
            SearchCommand.self, TrendsCommand.self, DoctorCommand.self, DemoCommand.self,
            RitualCommand.self, MomentCommand.self, ProfileCommand.self,
            ReportCommand.self,
            RemindCommand.self,
            ExportCommand.self, ImportCommand.self,
            SyncCommand.self, ResolveCommand.self, MergeDriverCommand.self,
            EncryptCommand.self, DecryptCommand.self, KeyCommand.self, PassphraseCommand.self,
        ],
        defaultSubcommand: UICommand.self)
}
