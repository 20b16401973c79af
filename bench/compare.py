#!/usr/bin/env python3
"""Times whole commands interleaved (A, B, A, B, ...), so that a machine whose speed drifts
treats them alike; prints each one's median and its ratio to the first.

Usage: compare.py RUNS 'COMMAND A' 'COMMAND B' ...
Example: compare.py 60 '/tmp/base/hearth list --dir bench/out/20y' '.build/release/hearth list --dir bench/out/20y'
"""
import os, shlex, statistics, subprocess, sys, time

def main():
    runs = int(sys.argv[1])
    commands = sys.argv[2:]
    argvs = [shlex.split(command) for command in commands]
    walls = [[] for _ in argvs]
    for round in range(runs + 2):  # the first two rounds warm the page cache and are not counted
        for index, argv in enumerate(argvs):
            start = time.perf_counter()
            proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, _ = os.wait4(proc.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                sys.exit(f"compare: {commands[index]} failed")
            if round >= 2:
                walls[index].append((time.perf_counter() - start) * 1000)
    first = statistics.median(walls[0])
    for command, samples in zip(commands, walls):
        median = statistics.median(samples)
        print(f"median {median:6.1f} ms  min {min(samples):6.1f}  ratio {median / first:4.2f}  {command}")

main()
