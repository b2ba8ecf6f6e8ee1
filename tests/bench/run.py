#!/usr/bin/env python3
"""tests/bench/run.py [MNEMO] [--runs N] [--tracemalloc] - runs every benchmark under mnemo and
python3, interleaved in the same session, and prints the time ratio mnemo/python3 for each and their
geometric mean. Checks that both print the same checksum. Not a test: timings never fail.
A benchmark that times one phase itself writes "bench-time: SECONDS" on stderr; that time is
used instead of the whole run's."""
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
tracing = "--tracemalloc" in args
if tracing:
    args.remove("--tracemalloc")
mnemo = os.path.abspath(args[0]) if args else os.path.join(here, "..", "..", "build", "mnemo")

def timed(cmd, path):
    t0 = time.perf_counter()
    p = subprocess.run(cmd + [path], capture_output=True, text=True)
    t = time.perf_counter() - t0
    for line in p.stderr.splitlines():
        if line.startswith("bench-time: "):
            t = float(line.split()[1])
    return t, p.stdout, p.returncode

def run_tracing():
    """--tracemalloc: each benchmark also runs with -X tracemalloc under both interpreters;
    prints each interpreter's slowdown with tracing on and mnemo/python3 with tracing on."""
    cmds = {"py": [sys.executable], "pyt": [sys.executable, "-X", "tracemalloc"],
            "mn": [mnemo], "mnt": [mnemo, "-X", "tracemalloc"]}
    slow = {"py": [], "mn": [], "both": []}
    print(f"{'benchmark':<18}{'py slowdown':>12}{'mn slowdown':>12}{'mn/py traced':>14}")
    for name in sorted(os.listdir(here)):
        if not (name.startswith("b") and name.endswith(".py")):
            continue
        path = os.path.join(here, name)
        best = {k: math.inf for k in cmds}
        for _ in range(runs):
            for key, cmd in cmds.items():
                best[key] = min(best[key], timed(cmd, path)[0])
        row = (best["pyt"] / best["py"], best["mnt"] / best["mn"], best["mnt"] / best["pyt"])
        for key, value in zip(("py", "mn", "both"), row):
            slow[key].append(value)
        print(f"{name[:-3]:<18}{row[0]:>12.2f}{row[1]:>12.2f}{row[2]:>14.2f}")
    gm = [math.exp(sum(math.log(r) for r in slow[k]) / len(slow[k])) for k in ("py", "mn", "both")]
    print(f"{'geometric mean':<18}{gm[0]:>12.2f}{gm[1]:>12.2f}{gm[2]:>14.2f}")
    sys.exit(0)

if tracing:
    run_tracing()
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
