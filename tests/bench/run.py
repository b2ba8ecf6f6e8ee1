#!/usr/bin/env python3
"""tests/bench/run.py [MNEMO] [--runs N] - runs every benchmark under mnemo and python3,
interleaved in the same session, and prints the time ratio mnemo/python3 for each and their
geometric mean. Checks that both print the same checksum. Not a test: timings never fail."""
import math
import os
import subprocess
import sys
import time

here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
runs = 3
if "--runs" in args:
    i = args.index("--runs")
    runs = int(args[i + 1])
    del args[i:i + 2]
mnemo = os.path.abspath(args[0]) if args else os.path.join(here, "..", "..", "build", "mnemo")

def timed(cmd, path):
    t0 = time.perf_counter()
    p = subprocess.run(cmd + [path], capture_output=True, text=True)
    return time.perf_counter() - t0, p.stdout, p.returncode

ratios = []
print(f"{'benchmark':<18}{'python3 s':>10}{'mnemo s':>10}{'ratio':>8}")
for name in sorted(os.listdir(here)):
    if not (name.startswith("b") and name.endswith(".py")):
        continue
    path = os.path.join(here, name)
    best = {"py": math.inf, "mn": math.inf}
    out = {}
    ok = True
    for _ in range(runs):
        for key, cmd in (("py", [sys.executable]), ("mn", [mnemo])):
            t, o, rc = timed(cmd, path)
            best[key] = min(best[key], t)
            out[key] = o
            ok = ok and rc == 0
    same = out["py"] == out["mn"] and ok
    ratio = best["mn"] / best["py"]
    ratios.append(ratio)
    flag = "" if same else "  (OUTPUT DIFFERS)"
    print(f"{name[:-3]:<18}{best['py']:>10.3f}{best['mn']:>10.3f}{ratio:>8.2f}{flag}")
gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
print(f"{'geometric mean':<38}{gm:>8.2f}")
