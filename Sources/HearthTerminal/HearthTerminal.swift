// HearthTerminal is the only module that imports CNcurses.
