"""Big runs and big data (issue 9): peak memory and the largest SVG of `lossplay run`,
each run in a process of its own, printed beside the goals. Nothing is asserted.

    python tests/benchmarks/bench_scale.py [--repeat N]

Baseline, side by side: the same command on the default scenario (200 samples, 150
steps), which is what Python, numpy, Qt and the figures cost by themselves. Peak memory
is the child's maximum resident set (wait4's ru_maxrss); min and median of N runs.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

MB = 1e6


def own_csv(path: Path, rows: int) -> None:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(rows, 3))
    y = X @ [1.0, 2.0, 3.0] + rng.normal(size=rows)
    np.savetxt(path, np.column_stack([X, y]), delimiter=",", header="a,b,c,price", comments="")


def measure(args: list[str], out: Path) -> tuple[float, float, str, float]:
    """(peak MB, seconds, largest SVG's name, its MB) of one `lossplay run`."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "lossplay", "run", *args, "--out", str(out)], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"lossplay run {' '.join(args)} failed: {child.stderr.read().decode()}")
    svgs = sorted(out.glob("*.svg"), key=lambda p: p.stat().st_size)
    return usage.ru_maxrss * 1024 / MB, seconds, svgs[-1].name, svgs[-1].stat().st_size / MB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv = tmp / "rows.csv"
        own_csv(csv, 100_000)
        cases = [("baseline: default scenario", [], None),
                 ("--steps 1000000", ["--steps", "1000000"], 250),
                 ("--samples 1000000", ["--samples", "1000000"], 1000),
                 ("100,000-row CSV", ["--data", f"csv:{csv}"], None)]
        print(f"{'run':28s} {'peak MB min/median':>20s} {'goal':>8s} {'largest SVG':>22s} {'goal':>6s} {'seconds min/median':>19s}")
        for i, (label, args, goal) in enumerate(cases):
            runs = [measure(args, tmp / f"out{i}-{r}") for r in range(repeat)]
            peaks, seconds = [r[0] for r in runs], [r[1] for r in runs]
            name, size = max((r[2], r[3]) for r in runs)
            print(f"{label:28s} {min(peaks):9.0f} / {statistics.median(peaks):6.0f}   "
                  f"{'<= ' + str(goal) if goal else '':>8s} {name:>14s} {size:5.2f} MB {'<= 5':>6s} "
                  f"{min(seconds):9.1f} / {statistics.median(seconds):6.1f}", flush=True)


if __name__ == "__main__":
    main()
