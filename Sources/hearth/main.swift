print("hearth: the terminal UI is not built yet; see `hearth --help` once the commands land.")
