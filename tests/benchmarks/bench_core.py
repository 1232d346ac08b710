"""Core speed, as ratios against a baseline run side by side in this process.

    python tests/benchmarks/bench_core.py [--full]

Landscape (201 x 201): lossplay's evaluate_landscape, min and median of three, beside
issue 9's goals, against brute-force numpy broadcasting over the grid (every grid point
x every sample). The baseline is timed on a few grid rows and scaled to the whole grid
(each line says so; --full times all of it); the fast values are compared with the
baseline's on those rows. The mse family's Gram matrix and least-squares fit are computed
once per data set and reused by every landscape of it: timed apart, on the line. Training: `train` against a bare
hand-written numpy loop doing the same full-batch GD update and keeping the same history,
and the default scenario with and without its validation split.
Nothing here is asserted; the machine is shared, so read the ratios, not the seconds.
"""
from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from lossplay.core import Scenario, build_problem, train
from lossplay.core.landscape import evaluate_landscape, make_plane, points_to_frame

CASES = [
    # (data settings, loss, numbers of samples)
    (dict(data="house"), "mse", (10_000, 1_000_000)),
    (dict(data="house"), "half_mse", (10_000, 1_000_000)),
    (dict(data="house"), "sse", (10_000, 1_000_000)),
    (dict(data="house"), "rmse", (10_000, 1_000_000)),
    (dict(data="house", outliers=20), "mae", (10_000, 100_000)),
    (dict(data="house", outliers=20), "huber", (10_000, 100_000)),
    (dict(data="pass_fail"), "zero_one", (10_000, 100_000)),
    (dict(data="pass_fail"), "logistic", (10_000, 100_000)),
    (dict(data="pass_fail"), "exponential", (10_000, 100_000)),
    (dict(data="moons"), "exponential", (10_000, 100_000)),  # a principal plane: b takes n values, a full product
    (dict(data="pass_fail"), "hinge", (10_000, 100_000)),
    (dict(data="pass_fail"), "squared_hinge", (10_000, 100_000)),
    (dict(data="pass_fail"), "bce", (10_000, 100_000)),
    (dict(data="blobs", classes=3), "cross_entropy", (10_000, 100_000)),
    (dict(data="blobs", classes=3), "sparse_cross_entropy", (10_000, 100_000)),
    (dict(data="blobs", classes=3), "multiclass_hinge", (10_000, 100_000)),
    (dict(data="blobs", classes=3), "kl_div", (10_000, 100_000)),
    (dict(data="xor", model="mlp"), "logistic", (10_000,)),
]
# Issue 9's goals, seconds: every loss of the linear models <= 0.1 s at 10,000 samples and
# <= 1 s at 100,000; the MLP on XOR <= 1 s at 10,000; the mse family the same at any size.
GOALS = {10_000: 0.1, 100_000: 1.0, 1_000_000: 0.1}
MLP_GOAL = 1.0


def brute_force(problem, plane, rows):
    """The objective at every grid point of `rows`, by plain broadcasting."""
    objective, model = problem.objective, problem.objective.model
    out = np.empty((len(rows), len(plane.alphas)))
    for r, j in enumerate(rows):
        thetas = plane.center + plane.alphas[:, None] * plane.d1 + plane.betas[j] * plane.d2
        with np.errstate(over="ignore"):
            raw = model.raw_many(thetas, objective.X)
            out[r] = objective.loss.value(raw, objective.y, objective.delta)
    return out


def timed(fn, repeat=3):
    """(min, median) seconds of `repeat` calls, and the last result."""
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times), result


def bench_landscape(full: bool) -> None:
    print("Landscape 201 x 201: lossplay (min / median of 3) beside the goal, and brute-force numpy broadcasting")
    print(f"{'loss':21s} {'data':9s} {'samples':>9s} {'min':>9s} {'median':>9s} {'goal':>7s} {'baseline':>10s} "
          f"{'speed-up':>9s} {'max rel err':>11s}  baseline timed on")
    for settings, key, sizes in CASES:
        for n in sizes:
            problem = build_problem(Scenario(samples=n, val_fraction=0.0, loss=key, steps=100, lr=0.1, **settings))
            history = train(problem)
            points = points_to_frame(problem.start, history.thetas, history.losses, problem.exact_minimum)
            plane = make_plane(problem.param_names, points, history.thetas)
            once = ""
            if key in ("mse", "half_mse", "sse", "rmse"):  # once per data set, reused by every landscape of it
                t = time.perf_counter()
                problem.objective.least_squares  # noqa: B018 (a cached property)
                once = f"; Gram matrix and fit once per data set: {(time.perf_counter() - t) * 1e3:.0f} ms"
            fast_min, fast_median, values = timed(lambda: evaluate_landscape(problem.objective, plane))
            rows = 201 if full else (2 if n > 100_000 else 5 if n > 10_000 else 10)
            band = list(range(0, 201, max(1, 201 // rows)))[:rows] if not full else list(range(201))
            t = time.perf_counter()
            reference = brute_force(problem, plane, band)
            base_time = (time.perf_counter() - t) * 201 / len(band)
            err = np.max(np.abs(values[band] - reference) / np.maximum(np.abs(reference), 1e-300))
            mlp = settings.get("model") == "mlp"
            label = settings["data"] + ("/mlp" if mlp else "")
            goal = MLP_GOAL if mlp else GOALS[n]
            where = "the whole grid" if len(band) == 201 else f"{len(band)} rows, scaled to 201"
            print(f"{key:21s} {label:9s} {n:9,d} {fast_min * 1e3:7.1f}ms {fast_median * 1e3:7.1f}ms "
                  f"{goal:6.1f}s {base_time:9.2f}s {base_time / fast_min:8.0f}x {err:11.1e}  {where}{once}", flush=True)


def bare_gd_loop(X, y, theta, lr, steps):
    """Full-batch GD on mse for y ~ X w + b, keeping the same history by hand."""
    Xb = np.column_stack([X, np.ones(len(X))])
    thetas, losses, norms = [theta.copy()], [], []
    for _ in range(steps):
        r = Xb @ theta - y
        losses.append(r @ r / len(y))
        g = 2.0 / len(y) * (Xb.T @ r)
        norms.append(np.sqrt(g @ g))
        theta = theta - lr * g
        thetas.append(theta)
    return np.array(thetas), np.array(losses), np.array(norms)


def bench_training() -> None:
    steps = 20_000
    problem = build_problem(Scenario(samples=1000, val_fraction=0.0, steps=steps))
    X, y = problem.objective.X, problem.objective.y
    base_min, base_median, (thetas, _, _) = timed(lambda: bare_gd_loop(X, y, problem.start.copy(), 0.03, steps))
    ours_min, ours_median, history = timed(lambda: train(problem))
    assert np.allclose(history.thetas, thetas, rtol=1e-9)
    print("\nTraining: full-batch GD, 1,000 samples, mse, 20,000 steps (steps/s, best / median of 3)")
    print(f"  bare numpy loop        {steps / base_min:9.0f} / {steps / base_median:9.0f}")
    print(f"  lossplay train         {steps / ours_min:9.0f} / {steps / ours_median:9.0f}   "
          f"= {base_min / ours_min:.0%} of the bare loop (goal >= 80%)")
    # The default scenario holds out 20 % for validation, scored at every step.
    steps = 50_000
    rates = {}
    for fraction in (0.0, 0.2):
        run = build_problem(Scenario(val_fraction=fraction, steps=steps))
        best, median, _ = timed(lambda: train(run))
        rates[fraction] = (steps / best, steps / median)
    print(f"\nThe default scenario, {steps:,} steps (steps/s, best / median of 3)")
    print(f"  without a validation split {rates[0.0][0]:9.0f} / {rates[0.0][1]:9.0f}")
    print(f"  validation split 0.2       {rates[0.2][0]:9.0f} / {rates[0.2][1]:9.0f}   "
          f"= {rates[0.2][0] / rates[0.0][0]:.0%} of the run without (goal >= 80%)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="time the baseline on the whole grid (slow)")
    args = parser.parse_args()
    bench_landscape(args.full)
    bench_training()
