import Foundation

/// The real Chromium, headless, with name resolution blocked and a net log of every request it makes.
struct HeadlessChromium {
    /// `/usr/bin/chromium` or `chromium` on PATH; nil when neither is there (CI installs it).
    static let path: String? = {
        let candidates = ["/usr/bin/chromium"] + (ProcessInfo.processInfo.environment["PATH"] ?? "")
            .split(separator: ":").map { "\($0)/chromium" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static let missing = "chromium is not installed: the report's browser tests need it (apt-get install chromium; .ci/run installs it)"

    let folder: URL

    struct Run {
        let stdout: String
        let netLog: String
    }

    /// Runs chromium on `page` with `arguments`; every run has its own profile and net log.
    func run(_ page: URL, _ arguments: [String], name: String) throws -> Run {
        guard let path = Self.path else { throw HearthCLI.Failure(Self.missing) }
        let netLog = folder.appendingPathComponent("\(name).netlog.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
            // Nothing may leave the machine: every host name fails to resolve, and the net log shows any attempt.
            "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=\(netLog.path)",
            "--user-data-dir=\(folder.appendingPathComponent("profile-\(name)").path)",
        ] + arguments + [page.absoluteString]
        process.environment = ["HOME": folder.path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw HearthCLI.Failure("chromium exited \(process.terminationStatus)") }
        let log = (try? String(contentsOf: netLog, encoding: .utf8)) ?? ""
        return Run(stdout: String(decoding: data, as: UTF8.self), netLog: log)
    }

    /// The requests the page itself started (Chromium's own background fetches have no origin and are
    /// left out) to anything but a local file: each such URL would be a request to the network.
    static func pageRequests(in netLog: String) throws -> [String] {
        guard let log = try JSONSerialization.jsonObject(with: Data(netLog.utf8)) as? [String: Any],
              let constants = log["constants"] as? [String: Any],
              let types = constants["logEventTypes"] as? [String: Int], let start = types["URL_REQUEST_START_JOB"],
              let events = log["events"] as? [[String: Any]] else { throw HearthCLI.Failure("unreadable net log") }
        return events.compactMap { event in
            guard event["type"] as? Int == start, let params = event["params"] as? [String: Any],
                  let url = params["url"] as? String, let initiator = params["initiator"] as? String,
                  initiator != "not an origin" else { return nil }
            return ["file:", "data:", "about:", "blob:"].contains { url.hasPrefix($0) } ? nil : url
        }
    }

    /// Width and height in points of a PDF's first page, and its number of pages.
    static func pdfPages(_ file: URL) throws -> (width: Double, height: Double, count: Int) {
        let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
        guard let box = text.range(of: "/MediaBox [") else { throw HearthCLI.Failure("no page in the PDF") }
        let numbers = text[box.upperBound...].prefix { $0 != "]" }.split(separator: " ").compactMap { Double($0) }
        let counts = text.components(separatedBy: "/Count ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        guard numbers.count == 4 else { throw HearthCLI.Failure("unreadable MediaBox") }
        return (numbers[2], numbers[3], counts.max() ?? 0)
    }

    /// A copy of `page` with a script that measures each chart as laid out and writes the numbers into
    /// the page, for `--dump-dom` to read: the report itself has no script.
    static func probe(of page: URL, into folder: URL) throws -> URL {
        let html = try String(contentsOf: page, encoding: .utf8)
        let script = """
            <script>
            const charts = [...document.querySelectorAll('svg')].map(svg => {
              const box = svg.getBoundingClientRect();
              const drawn = [...svg.querySelectorAll('path,circle,rect,line')].filter(shape => {
                const b = shape.getBBox(); return b.width > 0 || b.height > 0; }).length;
              return {x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height, drawn};
            });
            const result = {charts, width: innerWidth, scrollWidth: document.documentElement.scrollWidth,
              height: document.documentElement.scrollHeight, scripts: document.scripts.length};
            const out = document.createElement('pre'); out.id = 'probe';
            out.textContent = 'PROBE' + JSON.stringify(result) + 'PROBE'; document.body.append(out);
            </script>
            """
        let copy = folder.appendingPathComponent("probe-" + page.lastPathComponent)
        try html.replacingOccurrences(of: "</body>", with: script + "</body>").write(to: copy, atomically: true, encoding: .utf8)
        return copy
    }

    /// What the probe script wrote, from a `--dump-dom` of the probe page.
    struct Layout: Decodable {
        struct Chart: Decodable {
            let x, y, width, height: Double
            let drawn: Int
        }

        let charts: [Chart]
        let width: Double
        let scrollWidth: Double
        let height: Double
        let scripts: Int

        init(dom: String) throws {
            let parts = dom.components(separatedBy: "PROBE")
            guard parts.count >= 3, let data = parts[parts.count - 2].data(using: .utf8) else {
                throw HearthCLI.Failure("no probe output in the DOM dump")
            }
            self = try JSONDecoder().decode(Layout.self, from: data)
        }
    }
}
