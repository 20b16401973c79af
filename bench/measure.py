#!/usr/bin/env python3
"""Times whole `hearth` processes: median wall time and peak RSS over repeated runs.

Usage: measure.py NAME RUNS -- COMMAND...      (prints one line of results)
       measure.py --first-frame NAME RUNS TEXT -- COMMAND...
The first-frame form runs COMMAND in a pseudo-terminal (80x24) and times until TEXT appears
on the screen it draws, then sends `q`.
"""
import os, pty, select, statistics, struct, subprocess, sys, time, fcntl, termios, signal

def run_once(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"measure: {' '.join(argv)} failed: {err.strip()}")
    return wall, usage.ru_maxrss / 1024.0  # KiB -> MiB

def first_frame_once(argv, text):
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter()
    seen, found = b"", None
    deadline = start + 10
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen += chunk
            if text.encode() in seen:
                found = time.perf_counter() - start
                break
    os.write(fd, b"q")
    for _ in range(100):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.01)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    if found is None:
        sys.exit(f"measure: '{text}' never appeared; last output: {seen[-400:]!r}")
    return found

def main():
    args = sys.argv[1:]
    first_frame = args[0] == "--first-frame"
    if first_frame:
        args = args[1:]
    name, runs = args[0], int(args[1])
    text = args[2] if first_frame else None
    argv = args[args.index("--") + 1:]
    if first_frame:
        first_frame_once(argv, text)  # warm the page cache
        times = [first_frame_once(argv, text) for _ in range(runs)]
        print(f"{name:<44} median {statistics.median(times)*1000:8.1f} ms   (min {min(times)*1000:.1f}, max {max(times)*1000:.1f}, n={runs})")
        return
    run_once(argv)
    results = [run_once(argv) for _ in range(runs)]
    walls = [w for w, _ in results]
    rss = [r for _, r in results]
    print(f"{name:<44} median {statistics.median(walls)*1000:8.1f} ms   peak RSS {statistics.median(rss):6.1f} MiB   (min {min(walls)*1000:.1f}, max {max(walls)*1000:.1f}, n={runs})")

main()
