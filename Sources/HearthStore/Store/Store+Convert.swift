import HearthSeal

extension Store {
    /// Turns every journal file into `form` in place, under the writer lock: each file's new form is written
    /// whole (atomically, through the door) before its old form is removed, so a run killed at any moment
    /// leaves every file readable in one form or both, and running it again finishes the job. Needs the
    /// store's keyring either way: sealing needs the public keys, opening the unlocked identities.
    @discardableResult
    public func convert(to form: JournalForm) throws(StoreError) -> JournalConversion {
        throw .io(root, "converting is not built yet")
    }
}
