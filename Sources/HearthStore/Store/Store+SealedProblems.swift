import HearthSeal

/// What doctor says about an encrypted journal beyond what a load reports: files an interrupted encrypt or
/// decrypt left in both forms, plain files in an encrypted journal, and private reflections that do not open.
/// Never writes.
extension Store {
    /// One problem per file left in both forms, per plain file of an encrypted journal, and per private
    /// reflection this keyring should open but cannot (another partner's is expected not to open).
    public func sealingProblems() -> [StoreProblem] {
        guard let journal = try? resolvedRoot() else { return [] }
        let sealedJournal = keyring != nil || isSealed
        var problems: [StoreProblem] = []
        for folder in writableFolders(journal: journal) {
            let listed = (try? fileSystem.listDirectory(at: folder.isEmpty ? journal : journal + "/" + folder)) ?? nil
            let names = Set((listed ?? []).filter { !$0.isDirectory && !$0.name.hasPrefix(".") }.map(\.name))
            for name in names.sorted() {
                let plainName = Keyring.plainPath(ofSealed: name) ?? name
                let path = folder.isEmpty ? plainName : folder + "/" + plainName
                guard let kind = JournalFileKind(path: path), kind.isJournalData else { continue }
                if name == plainName, names.contains(Keyring.sealedPath(name)) {
                    problems.append(StoreProblem(
                        path: path, message: "is there both in plain text and encrypted (\(Keyring.sealedPath(name))), left by an interrupted encrypt or decrypt",
                        hint: "run `hearth encrypt` (or `hearth decrypt`) again to finish"))
                } else if name == plainName, sealedJournal {
                    problems.append(plainFileProblem(path, kind: kind, journal: journal))
                } else if name != plainName, kind == .privateReflection, let problem = privateReflectionProblem(path, kind: kind) {
                    problems.append(problem)
                }
            }
        }
        return problems
    }

    /// A plain file in an encrypted journal. A check-in or draft that does not parse is one `encrypt` leaves
    /// plain on purpose (its private reflection cannot be split off): named with the line to fix.
    private func plainFileProblem(_ path: String, kind: JournalFileKind, journal: String) -> StoreProblem {
        let file = JournalFile(kind: kind, path: journal + "/" + path)
        if kind.holdsReflection, let bytes = try? files.withBytes(of: file, sealed: false, { Array($0) }),
           case .failure(let problem) = JournalConverter.parsedCheckIn(in: bytes, path: path) {
            return StoreProblem(path: path, line: problem.line, column: problem.column,
                                message: "is plain text in an encrypted journal: `hearth encrypt` leaves it so until it reads "
                                    + "as a check-in (\(problem.message)), since its private reflection cannot be split off",
                                hint: "fix it, then run `hearth encrypt` again")
        }
        return StoreProblem(path: path, message: "is plain text in an encrypted journal",
                            hint: "run `hearth encrypt` again to finish encrypting the journal")
    }

    /// Why a private reflection that this keyring should open does not; nil when it opens, or is another's.
    private func privateReflectionProblem(_ path: String, kind: JournalFileKind) -> StoreProblem? {
        guard let keyring, let partner = JournalFileKind.partner(ofPrivateReflection: Self.name(of: path)),
              keyring.unlockedPartners.contains(partner) else { return nil }
        do throws(FileSystemError) {
            _ = try files.withBytes(of: JournalFile(kind: kind, path: absolute(path)), sealed: true) { _ in () }
            return nil
        } catch {
            return Self.problem(reading: error, path: path, kind: kind)
        }
    }
}
