"""Core speed, as ratios against a baseline run side by side in this process.

    python tests/benchmarks/bench_core.py [--full]

Landscape (201 x 201): lossplay's evaluate_landscape against brute-force numpy
broadcasting over the grid (every grid point x every sample). The baseline is timed on
a band of grid rows and scaled to the whole grid (--full times all of it); the fast
values are compared with the baseline's on that band. Training: `train` against a bare
hand-written numpy loop doing the same full-batch GD update and keeping the same history.
Nothing here is asserted; the machine is shared, so read the ratios, not the seconds.
"""
from __future__ import annotations

import argparse
import time

import numpy as np

from lossplay.core import Scenario, build_problem, train
from lossplay.core.landscape import evaluate_landscape, make_plane, points_to_frame

CASES = [
    # (data settings, loss, samples)
    (dict(data="house"), "mse", 1_000_000),
    (dict(data="house"), "half_mse", 1_000_000),
    (dict(data="house"), "sse", 1_000_000),
    (dict(data="house"), "rmse", 1_000_000),
    (dict(data="house", outliers=20), "mae", 10_000),
    (dict(data="house", outliers=20), "huber", 10_000),
    (dict(data="pass_fail"), "zero_one", 10_000),
    (dict(data="pass_fail"), "logistic", 10_000),
    (dict(data="pass_fail"), "exponential", 10_000),
    (dict(data="pass_fail"), "hinge", 10_000),
    (dict(data="pass_fail"), "squared_hinge", 10_000),
    (dict(data="pass_fail"), "bce", 10_000),
    (dict(data="blobs", classes=3), "cross_entropy", 10_000),
    (dict(data="blobs", classes=3), "sparse_cross_entropy", 10_000),
    (dict(data="blobs", classes=3), "multiclass_hinge", 10_000),
    (dict(data="blobs", classes=3), "kl_div", 10_000),
    (dict(data="xor", model="mlp"), "logistic", 10_000),
]


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


def best_of(fn, repeat=3):
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def bench_landscape(full: bool) -> None:
    print("Landscape 201 x 201: fast vs brute-force broadcasting")
    print(f"{'loss':22s} {'data':10s} {'samples':>9s} {'fast':>9s} {'baseline':>10s} {'speed-up':>9s} {'max rel err':>12s}")
    for settings, key, n in CASES:
        problem = build_problem(Scenario(samples=n, val_fraction=0.0, loss=key, steps=100, lr=0.1, **settings))
        history = train(problem)
        points = points_to_frame(problem.start, history.thetas, history.losses, problem.exact_minimum)
        plane = make_plane(problem.param_names, points, history.thetas)
        fast_time, values = best_of(lambda: evaluate_landscape(problem.objective, plane))
        band = range(201) if full else range(0, 201, 201 // (2 if n > 100_000 else 10))
        t = time.perf_counter()
        reference = brute_force(problem, plane, list(band))
        base_time = (time.perf_counter() - t) * 201 / len(band)
        err = np.max(np.abs(values[list(band)] - reference) / np.maximum(np.abs(reference), 1e-300))
        label = settings["data"] + ("/mlp" if settings.get("model") == "mlp" else "")
        print(f"{key:22s} {label:10s} {n:9d} {fast_time * 1e3:7.1f}ms {base_time:9.2f}s "
              f"{base_time / fast_time:8.0f}x {err:12.1e}")


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
    base_time, (thetas, _, _) = best_of(lambda: bare_gd_loop(X, y, problem.start.copy(), 0.03, steps))
    ours_time, history = best_of(lambda: train(problem))
    assert np.allclose(history.thetas, thetas, rtol=1e-9)
    print("\nTraining: full-batch GD, 1,000 samples, mse, 20,000 steps")
    print(f"  bare numpy loop {steps / base_time:9.0f} steps/s")
    print(f"  lossplay train  {steps / ours_time:9.0f} steps/s   = {base_time / ours_time:.0%} of the bare loop (target >= 80%)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="time the baseline on the whole grid (slow)")
    args = parser.parse_args()
    bench_landscape(args.full)
    bench_training()
