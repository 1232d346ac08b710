"""The landscape's fast methods (binned piecewise sums, closed forms summed block by block,
the Chebyshev interpolant, the grouped exponential product) against every grid point
computed here from the formulas of DESIGN.md, sample by sample (issue 9: exact to 1e-6
relative; asserted to 1e-7)."""
import numpy as np
import pytest
from scipy.special import log_softmax, xlogy

from lossplay.core import Scenario, build_problem, train
from lossplay.core import landscape_methods, landscape_sums
from lossplay.core.landscape import evaluate_landscape, make_plane, points_to_frame, Plane
from lossplay.core.landscape_methods import _switch_index, _even_grid, piecewise_values
from lossplay.core.landscape_sums import Scratch


def raw_outputs(scenario, model, thetas, X):
    """(G, n) or (G, n, C) raw outputs for a stack of theta (G, k), theta laid out as
    DESIGN.md says: W (features, outputs) row-major, then b; the MLP W1, W2, b1, b2."""
    G, d = len(thetas), X.shape[1]
    C = model.outputs
    if scenario.model == "mlp":
        h = model.hidden
        W1 = thetas[:, :d * h].reshape(G, d, h)
        W2 = thetas[:, d * h:d * h + h * C].reshape(G, h, C)
        b1 = thetas[:, d * h + h * C:d * h + h * C + h]
        b2 = thetas[:, -C:]
        hidden = np.tanh(np.einsum("nd,gdh->gnh", X, W1) + b1[:, None, :])
        raw = np.einsum("gnh,ghc->gnc", hidden, W2) + b2[:, None, :]
    else:
        W = thetas[:, :d * C].reshape(G, d, C)
        raw = np.einsum("nd,gdc->gnc", X, W) + thetas[:, None, d * C:]
    return raw[..., 0] if C == 1 else raw


def data_loss(s, raw, y):
    """The mean loss per grid point, from the table of DESIGN.md."""
    key = s.loss
    if key == "hinge":
        return np.maximum(0, 1 - y * raw).mean(-1)
    if key == "squared_hinge":
        return (np.maximum(0, 1 - y * raw) ** 2).mean(-1)
    if key == "zero_one":
        return (y * raw <= 0).mean(-1)
    if key == "mae":
        return np.abs(raw - y).mean(-1)
    if key == "huber":
        r = np.abs(raw - y)
        return np.where(r <= s.huber_delta, 0.5 * r * r, s.huber_delta * (r - 0.5 * s.huber_delta)).mean(-1)
    if key == "logistic":
        return np.logaddexp(0, -y * raw).mean(-1)
    if key == "exponential":
        return np.exp(-y * raw).mean(-1)
    if key == "bce":
        terms = np.logaddexp(0, raw) - y * raw
        return terms.mean(-1) if y.ndim == 1 else terms.mean(axis=(-2, -1))
    C = raw.shape[-1]
    if key == "multiclass_hinge":
        picked = np.take_along_axis(raw, np.broadcast_to(y[:, None], raw.shape[:-1] + (1,)), -1)
        margins = np.maximum(0, raw - picked + s.margin)
        return (margins.sum(-1) - s.margin).mean(-1)  # the target's own term is exactly the margin
    if key == "sparse_cross_entropy":
        y = (1 - s.label_smoothing) * np.eye(C)[y] + s.label_smoothing / C
    if key == "kl_div":
        return (xlogy(y, y) - y * log_softmax(raw, axis=-1)).sum(-1).mean(-1)
    return -(y * log_softmax(raw, axis=-1)).sum(-1).mean(-1)


def reference(problem, plane):
    s, objective = problem.scenario, problem.objective
    out = np.empty((len(plane.betas), len(plane.alphas)))
    for j, beta in enumerate(plane.betas):
        thetas = plane.center + plane.alphas[:, None] * plane.d1 + beta * plane.d2
        out[j] = data_loss(s, raw_outputs(s, objective.model, thetas, objective.X), objective.y)
    return out


CASES = {
    # the binned sums of piecewise losses; the pass/fail plane is symmetric about w = b = 0,
    # where every margin is 0 and lies exactly on a node
    "hinge": dict(data="pass_fail", loss="hinge"),
    "squared hinge": dict(data="pass_fail", loss="squared_hinge"),
    "zero-one": dict(data="pass_fail", loss="zero_one"),
    "mae": dict(data="house", loss="mae", outliers=5),
    "huber, delta 0.3": dict(data="house", loss="huber", huber_delta=0.3, features=2),
    # most residuals beyond delta on every row (far outliers), or within it (a wide delta)
    "huber, outliers": dict(data="house", loss="huber", outliers=20),
    "huber, delta 40": dict(data="house", loss="huber", huber_delta=40.0, outliers=5),
    "huber, 3 features": dict(data="house", loss="huber", huber_delta=2.0, features=3, outliers=10),
    "multiclass hinge": dict(data="blobs", classes=4, loss="multiclass_hinge", margin=0.5),
    # the closed forms of the softplus and softmax losses
    "logistic": dict(data="pass_fail", loss="logistic"),
    "logistic, 2 features": dict(data="moons", loss="logistic"),
    "bce": dict(data="circles", loss="bce"),
    "bce, multi-label": dict(data="multilabel", loss="bce", labels=3),
    "cross-entropy": dict(data="blobs", classes=3, loss="cross_entropy"),
    "cross-entropy, smoothed": dict(data="blobs", classes=3, loss="cross_entropy", label_smoothing=0.2),
    "sparse cross-entropy": dict(data="blobs", classes=5, loss="sparse_cross_entropy"),
    "sparse cross-entropy, smoothed": dict(data="blobs", classes=3, loss="sparse_cross_entropy", label_smoothing=0.1),
    "kl": dict(data="blobs", classes=3, loss="kl_div", label_smoothing=0.1),
    # the exponential product: b = ±1 on the (w, b) plane, any value on a principal plane
    "exponential": dict(data="pass_fail", loss="exponential"),
    "exponential, 2 features": dict(data="moons", loss="exponential"),
    # the MLP, interpolated and point by point
    "mlp": dict(data="xor", model="mlp", loss="logistic", lr=0.3),
    "mlp, 3 classes": dict(data="blobs", classes=3, model="mlp", loss="cross_entropy", hidden=3),
    "mlp, hinge": dict(data="moons", model="mlp", loss="hinge"),
}


@pytest.mark.parametrize("settings", CASES.values(), ids=CASES.keys())
def test_every_method_equals_the_formulas_at_every_grid_point(settings, monkeypatch):
    # blocks much smaller than the data, so that the sums cross many block boundaries
    monkeypatch.setattr(landscape_methods, "_TERMS", 97)
    monkeypatch.setattr(landscape_methods, "_ROWS", 5)
    monkeypatch.setattr(landscape_sums, "BLOCK", 3000)
    problem = build_problem(Scenario(samples=700, val_fraction=0.0, steps=60, **settings))
    history = train(problem)
    plane = make_plane(problem.param_names, points_to_frame(problem.start, history.thetas, history.losses,
                                                            problem.exact_minimum), history.thetas, grid=61)
    expected = reference(problem, plane)
    np.testing.assert_allclose(evaluate_landscape(problem.objective, plane), expected, rtol=1e-7, atol=1e-13)


def test_the_zero_one_loss_counts_a_margin_of_zero_as_an_error():
    problem = build_problem(Scenario(data="pass_fail", loss="zero_one", samples=300))
    axis = np.linspace(-2.0, 2.0, 41)
    assert axis[20] == 0.0
    plane = Plane(np.zeros(2), np.array([1.0, 0.0]), np.array([0.0, 1.0]), axis, axis, ("w", "b"))
    values = evaluate_landscape(problem.objective, plane)
    assert values[20, 20] == 1.0  # w = b = 0: every y * raw is 0
    np.testing.assert_allclose(values, reference(problem, plane), rtol=0, atol=1e-15)


def test_small_losses_keep_their_relative_accuracy():
    """Separable classes: along the trained weights the logistic loss falls by orders of
    magnitude, and the smallest values are as exact, relatively, as the largest."""
    problem = build_problem(Scenario(data="blobs", classes=2, noise=0.05, loss="logistic", samples=400, lr=1.0))
    theta = train(problem).thetas[-1]
    d1 = theta / np.linalg.norm(theta)
    d2 = np.cross(d1, [0.0, 0.0, 1.0])
    plane = Plane(np.zeros(3), d1, d2 / np.linalg.norm(d2), np.linspace(1.0, 25.0, 81), np.linspace(-1.0, 1.0, 81),
                  ("d1", "d2"))
    expected = reference(problem, plane)
    assert expected.max() / expected.min() > 1e4
    np.testing.assert_allclose(evaluate_landscape(problem.objective, plane), expected, rtol=1e-7, atol=0)


@pytest.mark.parametrize("betas", [np.linspace(-3.0, 3.0, 201), np.linspace(0.1, 7.3, 37), np.linspace(-1e-3, 5e-4, 61),
                                   np.array([-2.0, -1.0, 0.5, 0.7, 3.0])],
                         ids=["symmetric", "offset", "small", "uneven"])
@pytest.mark.parametrize("side", ["left", "right"])
def test_switch_index_is_searchsorted(betas, side):
    rng = np.random.default_rng(3)
    span = betas[-1] - betas[0]
    values = np.concatenate([rng.uniform(betas[0] - span, betas[-1] + span, 5000), betas,
                             np.nextafter(betas, np.inf), np.nextafter(betas, -np.inf),
                             [np.inf, -np.inf, np.nan, 1e300, -1e300]]).reshape(1, -1)
    found = _switch_index(betas, values.copy(), side, _even_grid(betas), Scratch())
    np.testing.assert_array_equal(found, np.searchsorted(betas, values, side=side))


@pytest.mark.parametrize("settings", [dict(data="pass_fail", loss="logistic"), dict(data="circles", loss="bce"),
                                      dict(data="blobs", classes=3, loss="cross_entropy"),
                                      dict(data="blobs", classes=3, loss="sparse_cross_entropy")],
                         ids=["logistic", "bce", "cross-entropy", "sparse cross-entropy"])
def test_far_planes_whose_exponentials_would_overflow(settings):
    """Weights of a thousand: raw outputs beyond exp's range, where the closed forms shift."""
    problem = build_problem(Scenario(samples=300, **settings))
    k = len(problem.start)
    rng = np.random.default_rng(5)
    d1, d2 = rng.normal(size=k), rng.normal(size=k)
    plane = Plane(np.zeros(k), d1 / np.linalg.norm(d1), d2 / np.linalg.norm(d2), np.linspace(-1000.0, 1000.0, 61),
                  np.linspace(-400.0, 900.0, 61), ("d1", "d2"))
    expected = reference(problem, plane)
    assert expected.max() > 700.0
    np.testing.assert_allclose(evaluate_landscape(problem.objective, plane), expected, rtol=1e-7, atol=1e-13)


def piecewise_formula(key, z, delta):
    """The piecewise losses of DESIGN.md as functions of their argument z (the residual, the
    margin y raw, or raw_j - raw_y + margin for the multiclass hinge)."""
    if key == "huber":
        return np.where(np.abs(z) <= delta, 0.5 * z * z, delta * (np.abs(z) - 0.5 * delta))
    return {"hinge": lambda: np.maximum(0.0, 1.0 - z), "squared_hinge": lambda: np.maximum(0.0, 1.0 - z) ** 2,
            "zero_one": lambda: (z <= 0).astype(float), "mae": lambda: np.abs(z),
            "multiclass_hinge": lambda: np.maximum(0.0, z)}[key]()


@pytest.mark.parametrize("betas", [np.linspace(-3.0, 3.0, 25), np.array([-3.0, -2.5, -1.0, -0.75, 0.0, 0.5, 2.0, 3.0])],
                         ids=["even", "uneven"])
@pytest.mark.parametrize("alphas", [np.linspace(-2.0, 2.0, 17), np.array([0.5, -2.0, 1.75, 0.0, -0.25, 2.0, -1.5])],
                         ids=["increasing", "unsorted"])
@pytest.mark.parametrize("key, delta", [("huber", 0.25), ("huber", 1.0), ("huber", 1.5), ("huber", 100.0),
                                        ("hinge", 1.0), ("squared_hinge", 1.0), ("zero_one", 1.0), ("mae", 1.0),
                                        ("multiclass_hinge", 1.0)])
def test_piecewise_sums_at_the_breakpoints(key, delta, alphas, betas, monkeypatch):
    """Terms whose z lands exactly on a breakpoint (0, 1, ±delta) at grid nodes, rising,
    falling and flat along beta, and far ones on or off at every node of a row, against
    the formula at every grid point (quarters: every z here is exact in floating point)."""
    monkeypatch.setattr(landscape_methods, "_TERMS", 97)
    monkeypatch.setattr(landscape_methods, "_ROWS", 5)
    rng = np.random.default_rng(11)
    n = 3000
    c = rng.integers(-16, 17, n) / 4.0
    a = rng.integers(-8, 9, n) / 4.0
    b = rng.choice([-2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0], n)
    far = rng.random(n) < 0.3
    c[far] = rng.choice([-1e3, 1e3], far.sum())
    z = c[None, None, :] + alphas[None, :, None] * a + betas[:, None, None] * b  # (G2, G1, n)
    on_breakpoint = np.isin(z, [0.0, 1.0, delta, -delta])
    assert on_breakpoint.any(axis=(0, 1)).sum() > n // 4  # many terms pass a node exactly at a breakpoint
    expected = piecewise_formula(key, z, delta).sum(axis=-1)
    found = piecewise_values(c, a, b, alphas, betas, key, delta)
    np.testing.assert_allclose(found, expected, rtol=1e-12, atol=1e-9)


@pytest.mark.parametrize("settings", [CASES[k] for k in ("logistic", "logistic, 2 features", "bce", "bce, multi-label",
                                                         "cross-entropy", "cross-entropy, smoothed", "kl")],
                         ids=["logistic", "logistic, 2 features", "bce", "bce, multi-label", "cross-entropy",
                              "cross-entropy, smoothed", "kl"])
def test_exponentials_taken_as_products_or_not_block_by_block(settings, monkeypatch):
    """exp(x + y) as exp(x) exp(y) where both parts are small (every block of these planes):
    refused to every other block of samples and every third block of rows, the sums of
    both ways in one landscape are the formulas' too."""
    monkeypatch.setattr(landscape_sums, "BLOCK", 3000)
    problem = build_problem(Scenario(samples=700, val_fraction=0.0, steps=60, **settings))
    history = train(problem)
    plane = make_plane(problem.param_names, points_to_frame(problem.start, history.thetas, history.losses,
                                                            problem.exact_minimum), history.thetas, grid=61)
    calls = {"factor": 0, "fits": 0}
    factor, fits = landscape_sums._factor, landscape_sums._fits

    def every_other_factor(x):
        calls["factor"] += 1
        return factor(x) if calls["factor"] % 2 else None

    def two_fits_in_three(betas, along):
        calls["fits"] += 1
        return fits(betas, along) and calls["fits"] % 3 != 0

    monkeypatch.setattr(landscape_sums, "_factor", every_other_factor)
    monkeypatch.setattr(landscape_sums, "_fits", two_fits_in_three)
    np.testing.assert_allclose(evaluate_landscape(problem.objective, plane), reference(problem, plane), rtol=1e-7,
                               atol=1e-13)
    assert calls["factor"] >= 2 and calls["fits"] >= 3
