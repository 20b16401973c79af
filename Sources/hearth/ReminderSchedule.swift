import HearthDomain

/// The crontab line and systemd units of `hearth remind`, as text to paste or pipe into place.
struct ReminderSchedule {
    /// A time of day on a 24-hour clock.
    struct Time {
        let hour: Int
        let minute: Int

        /// `19:00`, `7:30`.
        init?(_ text: String) {
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
                  parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
                  let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
            self.hour = hour
            self.minute = minute
        }

        var text: String { (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)" }
    }

    let weekday: Weekday
    let time: Time
    /// Absolute paths: cron and systemd run with almost no PATH and their own working folder.
    let hearth: String
    let journal: String

    /// What both schedulers run: the check, with the journal named, in POSIX shell.
    var checkCommand: String { "\(Self.quote(hearth)) remind --check --dir \(Self.quote(journal))" }

    /// cron mails whatever a job prints, so the line prints only when someone has not checked in.
    var crontabLine: String {
        let command = "out=$(\(checkCommand)) || echo \"$out\""
        // In a crontab an unescaped % ends the command; paths may hold one.
        return "\(time.minute) \(time.hour) * * \(weekday.rawValue % 7) " + command.replacingAll("%", with: "\\%")
    }

    /// The unit the timer starts: a desktop notification when someone has not checked in.
    var service: String {
        let command = "out=$(\(checkCommand)) || notify-send Hearth \"$out\""
        return """
            [Unit]
            Description=Hearth: has everyone checked in this week?

            [Service]
            Type=oneshot
            ExecStart=/bin/sh -c \(Self.systemdQuote(command))

            """
    }

    var timer: String {
        """
        [Unit]
        Description=\(weekday.displayName) \(time.text): time to check in with Hearth

        [Timer]
        OnCalendar=\(weekday.shortName) *-*-* \(time.text):00
        Persistent=true

        [Install]
        WantedBy=timers.target

        """
    }

    /// Everything, with where each piece goes.
    var instructions: String {
        let dir = " --dir " + Self.quote(journal)
        return """
            # \(weekday.displayName) at \(time.text): time to check in. Two ways to be reminded; pick one.
            #
            # 1. cron: run `crontab -e` and add the line below (or: (crontab -l; hearth remind --cron\(dir)) | crontab -).
            #    cron mails what the check prints, which it does only when someone has not checked in yet.
            \(crontabLine)
            #
            # 2. systemd (a desktop notification through notify-send): save the two units, then enable the timer:
            #    hearth remind --service\(dir) > ~/.config/systemd/user/hearth-remind.service
            #    hearth remind --timer\(dir) > ~/.config/systemd/user/hearth-remind.timer
            #    systemctl --user daemon-reload && systemctl --user enable --now hearth-remind.timer
            #
            # ~/.config/systemd/user/hearth-remind.service
            \(service)
            # ~/.config/systemd/user/hearth-remind.timer
            \(timer)
            """
    }

    /// A word for a POSIX shell: in single quotes, each single quote written as '\''.
    static func quote(_ text: String) -> String {
        let safe = !text.isEmpty && text.unicodeScalars.allSatisfy {
            ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) || "/._-+".unicodeScalars.contains($0)
        }
        return safe ? text : "'" + text.replacingAll("'", with: "'\\''") + "'"
    }

    /// One systemd word in double quotes: its own escapes for backslash and quote, `$$` for a dollar the
    /// shell should see, `%%` for a percent sign (else a specifier).
    static func systemdQuote(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "$": result += "$$"
            case "%": result += "%%"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self { if character == target { result += replacement } else { result.append(character) } }
        return result
    }
}
