"""The landscape of the mse family costs nothing per sample (issue 9): it comes from the
Gram matrix of [X, 1] and the least-squares fit, computed once per objective."""
import numpy as np
import pytest

from lossplay.core import Scenario, build_problem, train
from lossplay.core.landscape import evaluate_landscape, make_plane, points_to_frame


def brute_force(objective, plane, key):
    """Every grid point from the residuals themselves."""
    Xb = np.column_stack([objective.X, np.ones(len(objective.X))])
    out = np.empty((len(plane.betas), len(plane.alphas)))
    for j, beta in enumerate(plane.betas):
        thetas = plane.center + plane.alphas[:, None] * plane.d1 + beta * plane.d2  # (G1, k)
        r = thetas @ Xb.T - objective.y  # (G1, n)
        sse = (r * r).sum(axis=1)
        n = len(objective.y)
        out[j] = {"mse": sse / n, "half_mse": 0.5 * sse / n, "sse": sse, "rmse": np.sqrt(sse / n)}[key]
    return out


@pytest.mark.parametrize("key", ["mse", "half_mse", "sse", "rmse"])
@pytest.mark.parametrize("settings", [dict(features=1), dict(features=3, noise=0.0), dict(features=2, outliers=5),
                                      dict(features=1, scale="none")],
                         ids=["one feature", "three features, no noise", "outliers", "unscaled"])
def test_mse_family_from_the_gram_matrix_equals_the_residuals(key, settings, monkeypatch):
    problem = build_problem(Scenario(loss=key, samples=500, steps=50, lr=0.01, **settings))
    history = train(problem)
    plane = make_plane(problem.param_names, points_to_frame(problem.start, history.thetas, history.losses,
                                                            problem.exact_minimum), history.thetas, grid=41)
    objective = problem.objective
    reference = brute_force(objective, plane, key)
    assert objective.least_squares is not None  # computed once here; the landscape must not look at a sample
    monkeypatch.setattr(type(objective.model), "raw", lambda *a: pytest.fail("a pass over the samples"))
    values = evaluate_landscape(objective, plane)
    scale = reference.max()
    np.testing.assert_allclose(values, reference, rtol=1e-9, atol=1e-12 * scale)
