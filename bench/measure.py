#!/usr/bin/env python3
"""Times whole `hearth` processes: median wall time and peak RSS over repeated runs.

Usage: measure.py NAME RUNS -- COMMAND...      (prints one line of results)
"""
import os, statistics, subprocess, sys, time

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

def main():
    args = sys.argv[1:]
    name, runs = args[0], int(args[1])
    argv = args[args.index("--") + 1:]
    run_once(argv)
    results = [run_once(argv) for _ in range(runs)]
    walls = [w for w, _ in results]
    rss = [r for _, r in results]
    print(f"{name:<44} median {statistics.median(walls)*1000:8.1f} ms   peak RSS {statistics.median(rss):6.1f} MiB   (min {min(walls)*1000:.1f}, max {max(walls)*1000:.1f}, n={runs})")

main()
