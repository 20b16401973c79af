#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Questions asked on the controlling terminal (`/dev/tty`), not on stdin or stdout, so a passphrase prompt
/// works while output is piped and never lands in a file.
enum TerminalPrompt {
    /// Whether a prompt can be asked: stdin is a terminal (a script's pipe or /dev/null never is).
    static var isAvailable: Bool { isatty(0) == 1 }

    /// Asks for a secret with echo off, restoring the terminal's settings afterwards (Ctrl-C included: the
    /// handler puts them back before the process ends). Nil when there is no terminal or input ends.
    static func secret(_ question: String) -> String? {
        ask(question, echo: false)
    }

    /// Asks for an ordinary answer, echoed as typed; nil when there is no terminal or input ends.
    static func line(_ question: String) -> String? {
        ask(question, echo: true)
    }

    private static func ask(_ question: String, echo: Bool) -> String? {
        let descriptor = open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        say(question, to: descriptor)
        var saved = termios()
        let canSilence = tcgetattr(descriptor, &saved) == 0
        if !echo && canSilence {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            silent.c_lflag |= tcflag_t(ICANON)
            EchoGuard.arm(descriptor: descriptor, settings: saved)
            _ = tcsetattr(descriptor, TCSAFLUSH, &silent)
        }
        let answer = readLine(from: descriptor)
        if !echo && canSilence {
            _ = tcsetattr(descriptor, TCSAFLUSH, &saved)
            EchoGuard.disarm()
            // The Enter typed was not echoed: end the prompt's line ourselves.
            say("\n", to: descriptor)
        }
        return answer
    }

    /// One line as typed, without its newline; nil at end of input before any character.
    private static func readLine(from descriptor: Int32) -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == 0x0A { break }
            bytes.append(byte)
        }
        if bytes.last == 0x0D { bytes.removeLast() }
        defer { for index in bytes.indices { bytes[index] = 0 } }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func say(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { buffer in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let count = write(descriptor, base + written, buffer.count - written)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return }
                written += count
            }
        }
    }
}
