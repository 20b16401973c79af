import HearthDomain

/// The setup form's encryption: a choice, then each partner's new passphrase typed twice into masked fields.
/// The passphrases leave the form in the effect that makes the keys, and are dropped from it then.
extension SetupForm {
    /// The masked field under the focus, if a passphrase has it.
    var focusedSecret: WritableKeyPath<SetupForm, SecretField>? {
        switch focus {
        case .passphrase(let index): \.passphrases[index]
        case .confirmation(let index): \.confirmations[index]
        default: nil
        }
    }

    /// Turns encryption on or off; off drops any passphrase typed.
    mutating func toggleEncryption() {
        encrypt.toggle()
        if !encrypt { forgetPassphrases() }
    }

    /// Drops every passphrase typed (sent, or the form is left).
    mutating func forgetPassphrases() {
        for index in entries.indices {
            passphrases[index].clear()
            confirmations[index].clear()
        }
    }

    /// Each partner's new passphrase, in the profile's order, or why they cannot be used yet: one is empty, or
    /// its repetition differs (then both are cleared to be typed again).
    mutating func newPassphrases(for profile: Profile) -> Result<[Passphrase], SetupProblem> {
        for (index, partner) in profile.partners.enumerated() {
            if passphrases[index].isEmpty {
                return .failure(SetupProblem(field: .passphrase(index), message: "Type a passphrase for \(partner.name)."))
            }
            if passphrases[index] != confirmations[index] {
                passphrases[index].clear()
                confirmations[index].clear()
                return .failure(SetupProblem(field: .passphrase(index),
                                             message: "The two passphrases for \(partner.name) differ; type it twice again."))
            }
        }
        return .success(profile.partners.indices.map { passphrases[$0].passphrase })
    }
}
