"""Landscape values against the objective evaluated point by point."""
import numpy as np
import pytest

from lossplay.core import Scenario, build_problem, train
from lossplay.core.landscape import evaluate_landscape, make_plane, points_to_frame

CASES = (
    [(dict(data="house", loss=k, outliers=3), k) for k in ("mse", "half_mse", "sse", "rmse", "mae", "huber")]
    + [(dict(data="pass_fail", loss=k), k) for k in ("zero_one", "logistic", "exponential", "hinge", "squared_hinge", "bce")]
    + [(dict(data="blobs", classes=3, loss=k), k) for k in ("cross_entropy", "sparse_cross_entropy", "multiclass_hinge", "kl_div")]
    + [(dict(data="house", features=3, loss="huber", regularizer="l1", lam=0.3), "house-3-l1"),
       (dict(data="house", features=2, regularizer="l2", lam=0.3), "house-2-l2"),
       (dict(data="xor", model="mlp", lr=0.3), "mlp-xor"),
       (dict(data="xor", model="mlp", loss="hinge"), "mlp-hinge"),
       (dict(data="moons", model="multiclass", loss="cross_entropy"), "multiclass-2")]
)


@pytest.mark.parametrize("settings", [c[0] for c in CASES], ids=[c[1] for c in CASES])
def test_landscape_equals_objective_point_by_point(settings):
    problem = build_problem(Scenario(samples=150, steps=60, **settings))
    h = train(problem)
    plane = make_plane(problem.param_names, points_to_frame(problem.start, h.thetas, h.losses, problem.exact_minimum),
                       h.thetas, grid=41)
    values = evaluate_landscape(problem.objective, plane)
    assert values.shape == (41, 41)
    rng = np.random.default_rng(0)
    for j, i in zip(rng.integers(0, 41, 25), rng.integers(0, 41, 25)):
        expected = problem.objective.value(plane.center + plane.alphas[i] * plane.d1 + plane.betas[j] * plane.d2)
        assert values[j, i] == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_two_parameters_give_the_exact_w_b_plane():
    problem = build_problem(Scenario())
    h = train(problem)
    plane = make_plane(problem.param_names, points_to_frame(problem.start, h.thetas, h.losses, problem.exact_minimum), h.thetas)
    assert plane.center.tolist() == [0.0, 0.0]
    assert plane.d1.tolist() == [1.0, 0.0] and plane.d2.tolist() == [0.0, 1.0]
    assert plane.labels == ("w", "b")
    lo_w, hi_w, lo_b, hi_b = plane.alphas[0], plane.alphas[-1], plane.betas[0], plane.betas[-1]
    for w, b in [problem.start, problem.exact_minimum]:
        assert lo_w < w < hi_w and lo_b < b < hi_b


def test_plane_through_a_larger_model_contains_the_run():
    problem = build_problem(Scenario(data="blobs", classes=3, steps=40, lr=0.3))
    h = train(problem)
    plane = make_plane(problem.param_names, points_to_frame(problem.start, h.thetas, h.losses, None), h.thetas)
    assert abs(plane.d1 @ plane.d2) < 1e-12
    coords = plane.project(h.thetas)
    rebuilt = plane.center + coords[:, :1] * plane.d1 + coords[:, 1:] * plane.d2
    # A straight-ish path lies close to its two principal directions.
    assert np.max(np.linalg.norm(rebuilt - h.thetas, axis=1)) < 0.05 * np.max(np.linalg.norm(h.thetas - h.thetas[-1], axis=1))
    assert plane.alphas[0] <= coords[:, 0].min() and coords[:, 0].max() <= plane.alphas[-1]


def test_mse_landscape_independent_of_sample_count_is_exact_at_large_n():
    problem = build_problem(Scenario(samples=20000, val_fraction=0.0))
    plane = make_plane(problem.param_names, np.array([[0.0, 0.0], [20.0, 40.0]]))
    values = evaluate_landscape(problem.objective, plane)
    X, y = problem.objective.X[:, 0], problem.objective.y
    for j, i in [(0, 0), (100, 37), (200, 200)]:
        w, b = plane.alphas[i], plane.betas[j]
        assert values[j, i] == pytest.approx(np.mean((w * X + b - y) ** 2), rel=1e-11)
