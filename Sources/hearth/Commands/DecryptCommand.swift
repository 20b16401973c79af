import ArgumentParser
import HearthSeal
import HearthStore

/// `hearth decrypt`: every sealed file back to plain text, then the journal's public keys removed.
struct DecryptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decrypt", abstract: "Turn an encrypted journal back into plain files.",
        discussion: """
            Needs every partner unlocked (each one's passphrase, --passphrase-file or --identity): a private \
            reflection opens with its writer's key alone. Each file is written whole in plain text before its \
            sealed form is removed; then the public keys (keys/<id>.pub) go, and with them encryption of new \
            files. The sealed keys (keys/<id>.age) stay: they open copies made while the journal was encrypted \
            (backups, a sync history); delete the keys folder once those are gone. Stopped half way, run it again.
            """)

    @OptionGroup var store: StoreOptions

    func run() throws {
        let context = try CommandContext(options: store, unlocking: .everyPartner)
        // A decrypt stopped after its last step (the public keys gone) has nothing left to do: run again, it
        // says so and succeeds, as a resumed `encrypt` does.
        if context.keyring == nil, context.store.sealedFiles().isEmpty,
           context.store.loadKeyFiles().files.keys.contains(where: { $0.hasSuffix(".age") }) {
            print("The journal in \(context.store.root) is plain text already: nothing left to decrypt.")
            return
        }
        let keyring = try context.requireKeyring(for: "decrypt")
        try context.store.convertFiles(to: .plain)
        for partner in keyring.recipients.keys.sorted() {
            do {
                try context.store.removeKeyFile(KeyFolder.recipientPath(partner))
            } catch {
                throw CommandFailure("\(error)", hint: "run `hearth decrypt` again to finish")
            }
        }
        print("Decrypted the journal in \(context.store.root): its files are plain text again.")
        StandardError.write("hearth: keys/*.age are kept for copies made while it was encrypted; delete the folder keys/ when you no longer need them\n")
    }
}
