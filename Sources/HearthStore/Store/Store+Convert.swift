import HearthDomain
import HearthSeal

extension Store {
    /// Turns every journal file into `form` in place, under the writer lock: each file's new form is written
    /// whole (atomically, through the door) before its old form is removed, so a run killed at any moment
    /// leaves every file readable in one form or both, and running it again finishes the job (a file found in
    /// both forms keeps the new one when it opens to the same bytes, else the new one is written again).
    /// Needs the store's keyring: sealing needs the public keys, opening the unlocked identities. A file that
    /// cannot be converted (a sealed file no key given opens, a damaged one) is left as it is and named in
    /// the result; a write that fails stops the run.
    @discardableResult
    public func convert(to form: JournalForm) throws(StoreError) -> JournalConversion {
        guard let keyring else {
            throw .io(root, "converting the journal needs its keys: the public keys to encrypt, every partner's key to decrypt")
        }
        let lock = try acquireLock()
        defer { fileSystem.unlock(lock) }
        Self.reached(.afterLock)
        let journal = try resolvedRoot()
        keepUp(journal: journal, lock: lock)
        // Every file changes form, so the device-local index goes first: a plain journal's holds its plaintext.
        removeIndexFiles(journal: journal)
        // A kill leaves temporaries behind: the mark tells the next writer to sweep them.
        try? fileSystem.markLock(lock, saving: true)
        defer { try? fileSystem.markLock(lock, saving: false) }
        let converter = JournalConverter(
            sealed: JournalFiles(fileSystem: fileSystem, root: root, keyring: keyring, seals: true),
            plain: JournalFiles(fileSystem: fileSystem, root: root, keyring: keyring, seals: false), journal: journal)
        var conversion = JournalConversion()
        for path in journalDataPaths(journal: journal) {
            guard var kind = JournalFileKind(path: path) else { continue }
            // A draft's private reflection is named like a draft; it is sealed to its writer like a check-in's.
            if kind == .draft, path.hasSuffix(JournalFileKind.privateSuffix) { kind = .privateReflection }
            let file = JournalFile(kind: kind, path: journal + "/" + path)
            do throws(ConversionStop) {
                let done = form == .sealed ? try converter.seal(file, path: path) : try converter.open(file)
                if done { conversion.converted.append(path) }
            } catch {
                switch error {
                case .skipped(let failure): conversion.problems.append(Self.problem(reading: failure, path: path, kind: kind))
                case .unsplittable(let why):
                    conversion.problems.append(StoreProblem(path: path, message: why,
                                                            hint: "fix the file (see `hearth doctor`), then run this again"))
                case .unreadable(let problem):
                    conversion.problems.append(StoreProblem(
                        path: problem.path, line: problem.line, column: problem.column,
                        message: problem.message + "; left in plain text, since its private reflection cannot be split off "
                            + "from what every partner reads", hint: "fix it, then run `hearth encrypt` again"))
                case .failed(let why): throw .io(path, why + "; run this again to finish")
                }
            }
        }
        return conversion
    }

    /// The journal data files in every folder a save can write to, by their plain names, sorted; a file in both
    /// forms is listed once. Links and folders in a file's place are left out (doctor names them).
    func journalDataPaths(journal: String) -> [String] {
        var paths: Set<String> = []
        for folder in writableFolders(journal: journal) {
            let listed = (try? fileSystem.listDirectory(at: folder.isEmpty ? journal : journal + "/" + folder)) ?? nil
            for entry in listed ?? [] where !entry.isDirectory && !entry.isLink && !entry.name.hasPrefix(".") {
                let name = Keyring.plainPath(ofSealed: entry.name) ?? entry.name
                let path = folder.isEmpty ? name : folder + "/" + name
                if JournalFileKind(path: path)?.isJournalData == true { paths.insert(path) }
            }
        }
        return paths.sorted()
    }
}
