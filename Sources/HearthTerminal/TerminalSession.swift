// HearthTerminal is the only module that imports CNcurses.
import CNcurses
import HearthUI
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal in full-screen mode: draws ScreenBuffers, reads keys, and always restores itself.
///
/// This file is the only caller of the shim's signal functions: their state is per source file.
public final class TerminalSession {
    private var screen: OpaquePointer?
    private let palette: Palette
    /// How long a read waits before the loop checks for signals again, in milliseconds.
    private static let pollInterval: Int32 = 200
    /// How long the rest of an escape sequence may take to arrive once it has begun, in milliseconds.
    private static let sequenceWait: Int32 = 60
    /// A key read after an Esc that turned out to be a key of its own (another Esc, an arrow, a paste), or
    /// that cut an escape sequence short: the next read returns it.
    private var readAhead: Read?

    /// Why the UI cannot start, in one line for the user.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Nil when stdin and stdout are terminals; else a one-line reason naming which one is not.
    public static func nonInteractiveReason() -> String? {
        let input = isatty(0) == 1, output = isatty(1) == 1
        if input && output { return nil }
        let which = !input && !output ? "stdin and stdout are" : (!input ? "stdin is" : "stdout is")
        return "the full-screen UI needs a terminal, but \(which) not one; for scripts use the commands in `hearth --help`"
    }

    /// Enters full-screen mode. `monochrome` comes from NO_COLOR; a terminal without colours is monochrome too.
    public init(monochrome: Bool, environment: [String: String]) throws(Failure) {
        // Wide characters need the user's locale before ncurses starts.
        setlocale(LC_ALL, "")
        // A crash ends at once unless the user asked for Swift's backtracer, which waits for a key by default.
        hearth_install_signal_handlers(environment["SWIFT_BACKTRACE"].map { $0.isEmpty ? 0 : 1 } ?? 0)
        // Esc alone should feel instant; 25 ms is still long enough for arrow-key sequences over ssh. Alt keys
        // (Esc and a key sent at once) are told apart by the key already waiting, not by a longer delay.
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        guard let screen = hearth_newterm() else {
            throw Failure(description: "cannot start the terminal UI: TERM='\(environment["TERM"] ?? "")' is unknown here")
        }
        self.screen = screen
        hearth_set_screen_active(1)
        hearth_install_suspend_handler()
        hearth_define_paste_keys()
        hearth_set_bracketed_paste(1)
        cbreak()  // not raw: Ctrl-Z still suspends (ncurses restores and redraws on resume), Ctrl-C signals.
        noecho()
        nonl()
        hearth_disable_flow_control()
        // ncurses restores this saved mode after Ctrl-Z and after an editor: keep flow control off there too.
        def_prog_mode()
        let window = hearth_stdscr()
        keypad(window, true)
        wtimeout(window, Self.pollInterval)
        curs_set(0)
        palette = Palette.make(monochrome: monochrome || !has_colors())
    }

    deinit { close() }

    /// Leaves full-screen mode and puts the terminal back as it was; safe to call more than once.
    public func close() {
        guard let screen else { return }
        hearth_set_screen_active(0)
        hearth_set_bracketed_paste(0)
        endwin()
        delscreen(screen)
        self.screen = nil
    }

    /// The terminal's size now.
    public var size: Size {
        var rows: Int32 = 0, columns: Int32 = 0
        hearth_getmaxyx(hearth_stdscr(), &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    /// Waits for the next key, resize or stop signal.
    public func nextEvent() -> Event {
        while true {
            let pending = hearth_take_pending_signal()
            if pending != 0 { return .terminate(signal: pending) }
            if let event = takeReadAhead() { return event }
            var character: wint_t = 0
            let status = wget_wch(hearth_stdscr(), &character)
            if status == ERR {
                // A timeout or an interrupted read: look for signals again. But a terminal that went away
                // without a SIGHUP reaching us would return ERR forever: treat it as a hang-up.
                if Self.inputHungUp() { return .terminate(signal: SIGHUP) }
                continue
            }
            if let event = event(Read(status: status, value: UInt32(character))) { return event }
        }
    }

    /// Waits at most `milliseconds` for a key, resize or stop signal; nil when none came in that time, so
    /// the loop can redraw progress while work runs.
    public func nextEvent(waitingAtMost milliseconds: Int32) -> Event? {
        let pending = hearth_take_pending_signal()
        if pending != 0 { return .terminate(signal: pending) }
        if let event = takeReadAhead() { return event }
        guard let read = read(waitingFor: milliseconds) else {
            // A signal cuts the wait short: report it now rather than one wait later.
            let pending = hearth_take_pending_signal()
            if pending != 0 { return .terminate(signal: pending) }
            return Self.inputHungUp() ? .terminate(signal: SIGHUP) : nil
        }
        return event(read)
    }

    /// One `wget_wch` result that was not ERR.
    private struct Read {
        var status: Int32
        var value: UInt32
        var isKeyCode: Bool { status == KEY_CODE_YES }
    }

    /// What one read means; the start of a paste reads the rest of it, and Esc (or an 8-bit introducer) reads
    /// the escape sequence or Alt key it begins (`combiningEscape` is false for a read that was itself kept
    /// back after an Esc). Nil for a read that means nothing: a sequence dropped whole.
    private func event(_ read: Read, combiningEscape: Bool = true) -> Event? {
        if read.isKeyCode, read.value == UInt32(HEARTH_KEY_PASTE_BEGIN) { return .key(readPaste()) }
        if !read.isKeyCode, let sequence = EscapeSequence.read(after: read.value, combiningEscape: combiningEscape,
                                                               next: readInSequence, meaning: meaning) {
            readAhead = sequence.leftover
            return sequence.key.map(Event.key)
        }
        return KeyDecoder.decode(isKeyCode: read.isKeyCode, value: read.value, size: size)
    }

    /// The next read inside an escape sequence: one already waiting, or one arriving within a short wait.
    private func readInSequence(onlyWaiting: Bool) -> Read? {
        read(waitingFor: onlyWaiting ? 0 : Self.sequenceWait)
    }

    /// A read's character, if it is one, and the key it is on its own.
    private func meaning(_ read: Read) -> (character: UInt32?, key: Key?) {
        guard case .key(let key)? = KeyDecoder.decode(isKeyCode: read.isKeyCode, value: read.value, size: size) else {
            return (read.isKeyCode ? nil : read.value, nil)
        }
        return (read.isKeyCode ? nil : read.value, key)
    }

    /// The key kept back after an Esc, as an event of its own; nil when there is none.
    private func takeReadAhead() -> Event? {
        guard let ahead = readAhead else { return nil }
        readAhead = nil
        return event(ahead, combiningEscape: false)
    }

    /// A key already waiting, or nil at once when none is.
    private func readWithoutWaiting() -> Read? { read(waitingFor: 0) }

    /// A key that arrives within `milliseconds`, or nil.
    private func read(waitingFor milliseconds: Int32) -> Read? {
        let window = hearth_stdscr()
        wtimeout(window, milliseconds)
        defer { wtimeout(window, Self.pollInterval) }
        var character: wint_t = 0
        let status = wget_wch(window, &character)
        return status == ERR ? nil : Read(status: status, value: UInt32(character))
    }

    /// Reads pasted text up to the terminal's closing marker; a second with nothing more ends it early.
    private func readPaste() -> Key {
        var paste = PastedText()
        var quietReads = 0
        while quietReads * Int(Self.pollInterval) < 1000 {
            var character: wint_t = 0
            let status = wget_wch(hearth_stdscr(), &character)
            if status == ERR {
                if Self.inputHungUp() { break }
                quietReads += 1
                continue
            }
            quietReads = 0
            if status == KEY_CODE_YES {
                if character == UInt32(HEARTH_KEY_PASTE_END) { break }
                continue
            }
            paste.add(UInt32(character))
        }
        return paste.key
    }

    /// An event that is already waiting (the rest of a paste, keys typed ahead), without waiting; nil when none is.
    public func pendingEvent() -> Event? {
        let pending = hearth_take_pending_signal()
        if pending != 0 { return .terminate(signal: pending) }
        if let event = takeReadAhead() { return event }
        // The rest of a paste may still be on its way: `event` reads it with the usual wait, not none.
        return readWithoutWaiting().flatMap { event($0) }
    }

    /// True when stdin reports hang-up or an error rather than "no key yet".
    private static func inputHungUp() -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) == 1 else { return false }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    /// Leaves full-screen mode while `body` runs another program on this terminal (an editor), then returns to
    /// it; the next draw repaints everything.
    public func suspend<Result>(_ body: () throws -> Result) rethrows -> Result {
        def_prog_mode()
        // A stop signal during the editor finds the terminal already restored: nothing for the handlers to undo.
        hearth_set_screen_active(0)
        hearth_set_bracketed_paste(0)
        endwin()
        defer {
            reset_prog_mode()
            hearth_set_bracketed_paste(1)
            hearth_set_screen_active(1)
            clearok(hearth_stdscr(), true)
        }
        return try body()
    }

    /// Forgets what is on screen so the next draw repaints every cell.
    public func invalidate() {
        clearok(hearth_stdscr(), true)
    }

    /// Copies a buffer to the screen; ncurses sends only the cells that changed.
    public func draw(_ buffer: ScreenBuffer) {
        let window = hearth_stdscr()
        palette.paint(buffer, into: window)
        if let cursor = buffer.cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            curs_set(1)
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }
}
