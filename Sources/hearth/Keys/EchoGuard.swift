#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal's echo back when Ctrl-C (or a hang-up, or SIGTERM) ends the process during a passphrase
/// prompt: otherwise the shell the user returns to would not show what they type.
enum EchoGuard {
    // Written before the handlers are installed and read only by them: one prompt at a time, on one thread.
    nonisolated(unsafe) private static var descriptor: Int32 = -1
    nonisolated(unsafe) private static var settings = termios()
    nonisolated(unsafe) private static var previous: [(Int32, sighandler_t?)] = []
    private static let numbers = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    /// Restores `settings` on `descriptor` if one of the signals arrives, then lets the signal end the process.
    static func arm(descriptor: Int32, settings: termios) {
        Self.settings = settings
        Self.descriptor = descriptor
        previous = numbers.map { number in
            (number, signal(number) { received in
                _ = tcsetattr(EchoGuard.descriptor, TCSANOW, &EchoGuard.settings)
                _ = signal(received, SIG_DFL)
                _ = raise(received)
            })
        }
    }

    /// The prompt is over: the signals act as they did before it.
    static func disarm() {
        for (number, handler) in previous { _ = signal(number, handler) }
        previous = []
        descriptor = -1
    }
}
