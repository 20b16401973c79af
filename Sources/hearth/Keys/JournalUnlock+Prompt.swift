import HearthSeal

/// The terminal side of unlocking: who still has to be unlocked for a command, and asking their passphrase.
///
/// With two partners and none named (`--partner`), the prompt first asks whose passphrase it will be: each
/// partner's key opens the shared files, so either will do, and trying one passphrase against both keys would
/// cost a second scrypt (about a second) on every typo.
extension JournalUnlock {
    /// The partners a prompt still has to unlock for `need` (empty when nothing more is needed).
    func missing(_ need: Need, in keyring: Keyring, partners: [String]) throws -> [String] {
        let unlocked = keyring.unlockedPartners
        switch need {
        case .nothing:
            return []
        case .anyPartner(let preferred):
            guard unlocked.isEmpty else { return [] }
            return [try chooseOne(preferred, partners: partners)]
        case .partner(let text):
            guard let partner = Self.partnerID(text, among: partners) else {
                // A name whose id cannot be told without the profile: any partner opens it, then the command checks.
                return try missing(.anyPartner(preferring: nil), in: keyring, partners: partners)
            }
            return unlocked.contains(partner) ? [] : [partner]
        case .everyPartner:
            return partners.filter { !unlocked.contains($0) }
        }
    }

    /// The partner a prompt unlocks when any will do: the one named, the only one, or the one the user picks.
    private func chooseOne(_ preferred: String?, partners: [String]) throws -> String {
        if let preferred, let partner = Self.partnerID(preferred, among: partners) { return partner }
        if partners.count == 1 { return partners[0] }
        guard TerminalPrompt.isAvailable else { throw lockedFailure() }
        let list = partners.joined(separator: ", ")
        guard let answer = TerminalPrompt.line("This journal is encrypted. Unlock as which partner? (\(list)): "),
              let partner = Self.partnerID(answer, among: partners) else {
            throw CommandFailure("no such partner with a key here; nothing was opened", hint: "answer one of: \(list)")
        }
        return partner
    }

    /// Asks `partner`'s passphrase on the terminal and unlocks with it.
    func prompt(_ keyring: inout Keyring, partner: String, files: [String: [UInt8]], partners: [String]) throws {
        guard TerminalPrompt.isAvailable else { throw lockedFailure(partner: partner) }
        guard var passphrase = TerminalPrompt.secret("Passphrase for \(partner): ") else {
            throw CommandFailure("no passphrase typed; nothing was opened or changed")
        }
        defer { passphrase = "" }
        try Self.open(&keyring, partner: partner, passphrase: passphrase, files: files, source: "as typed")
    }

    /// Why a command cannot go on without a terminal: the journal is locked and nothing unlocks it.
    func lockedFailure(partner: String? = nil) -> CommandFailure {
        let whose = partner.map { "\($0)'s key" } ?? "a partner's key"
        return CommandFailure("the journal in \(store.root) is encrypted and \(whose) is not unlocked; nothing was read",
                              hint: "give --passphrase-file PARTNER=FILE, --identity FILE (or HEARTH_IDENTITY), or run this in a terminal to be asked")
    }
}
