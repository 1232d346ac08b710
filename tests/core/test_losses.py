"""Every loss against a formula written out here, and its gradient against central differences."""
import math

import numpy as np
import pytest

from lossplay.core.losses import LOSSES, encode_targets


def reference_value(key, raw, y, delta=1.0):
    """The DESIGN.md table, one sample at a time with the math module."""
    n = len(raw)
    if key == "mse":
        return sum((r - t) ** 2 for r, t in zip(raw, y)) / n
    if key == "half_mse":
        return 0.5 * sum((r - t) ** 2 for r, t in zip(raw, y)) / n
    if key == "sse":
        return sum((r - t) ** 2 for r, t in zip(raw, y))
    if key == "rmse":
        return math.sqrt(sum((r - t) ** 2 for r, t in zip(raw, y)) / n)
    if key == "mae":
        return sum(abs(r - t) for r, t in zip(raw, y)) / n
    if key == "huber":
        return sum(0.5 * (r - t) ** 2 if abs(r - t) <= delta else delta * (abs(r - t) - 0.5 * delta)
                   for r, t in zip(raw, y)) / n
    if key == "zero_one":
        return sum(1.0 for r, t in zip(raw, y) if t * r <= 0) / n
    if key == "logistic":
        return sum(math.log(1 + math.exp(-t * r)) for r, t in zip(raw, y)) / n
    if key == "exponential":
        return sum(math.exp(-t * r) for r, t in zip(raw, y)) / n
    if key == "hinge":
        return sum(max(0.0, 1 - t * r) for r, t in zip(raw, y)) / n
    if key == "squared_hinge":
        return sum(max(0.0, 1 - t * r) ** 2 for r, t in zip(raw, y)) / n
    if key == "bce":
        s = [1 / (1 + math.exp(-r)) for r in raw]
        return sum(-(t * math.log(p) + (1 - t) * math.log(1 - p)) for p, t in zip(s, y)) / n

    def softmax(row):
        e = [math.exp(v) for v in row]
        return [v / sum(e) for v in e]

    if key in ("cross_entropy", "sparse_cross_entropy"):
        total = 0.0
        for row, t in zip(raw, y):
            p = softmax(row)
            target = t if key == "cross_entropy" else [1.0 if k == t else 0.0 for k in range(len(row))]
            total -= sum(tk * math.log(pk) for tk, pk in zip(target, p))
        return total / n
    if key == "multiclass_hinge":
        return sum(sum(max(0.0, row[j] - row[t] + 1) for j in range(len(row)) if j != t)
                   for row, t in zip(raw, y)) / n
    if key == "kl_div":
        return sum(sum(tk * (math.log(tk) - math.log(pk)) for tk, pk in zip(t, softmax(row)) if tk > 0)
                   for row, t in zip(raw, y)) / n
    raise KeyError(key)


def sample(key, rng, n=7, classes=3):
    loss = LOSSES[key]
    shape = (n, classes) if loss.multi_output else (n,)
    raw = rng.normal(0.0, 1.5, shape)
    if loss.targets == "real":
        y = rng.normal(0.0, 2.0, n)
    elif loss.targets == "one-hot" and key == "kl_div":
        y = rng.dirichlet(np.ones(classes), n)
        y[0] = [0.0, 0.3, 0.7]  # a zero probability exercises 0 log 0 = 0
    else:
        y = encode_targets(rng.integers(0, classes if loss.multi_output else 2, n), loss.targets, classes)
    return raw, y


@pytest.mark.parametrize("key", list(LOSSES))
def test_value_matches_formula(key):
    rng = np.random.default_rng(1)
    for _ in range(3):
        raw, y = sample(key, rng)
        expected = reference_value(key, raw.tolist(), y.tolist())
        assert LOSSES[key].value(raw, y, 1.0) == pytest.approx(expected, rel=1e-12, abs=1e-14)


@pytest.mark.parametrize("key", [k for k in LOSSES if k != "zero_one"])
def test_gradient_matches_central_differences(key):
    rng = np.random.default_rng(2)
    loss = LOSSES[key]
    raw, y = sample(key, rng)
    grad = loss.grad(raw, y, 1.0)
    assert grad.shape == raw.shape
    h = 1e-6
    numeric = np.zeros_like(raw)
    for idx in np.ndindex(raw.shape):
        plus, minus = raw.copy(), raw.copy()
        plus[idx] += h
        minus[idx] -= h
        numeric[idx] = (loss.value(plus, y, 1.0) - loss.value(minus, y, 1.0)) / (2 * h)
    np.testing.assert_allclose(grad, numeric, rtol=1e-5, atol=1e-7)


def test_zero_one_gradient_is_zero():
    raw, y = sample("zero_one", np.random.default_rng(3))
    assert not LOSSES["zero_one"].grad(raw, y, 1.0).any()


def test_stated_subgradients_at_kinks():
    y = np.array([1.0, -1.0])
    assert LOSSES["hinge"].grad(np.array([1.0, -1.0]), y, 1.0).tolist() == [0.0, 0.0]  # hinge kink -> 0
    assert LOSSES["mae"].grad(np.array([2.0, 3.0]), np.array([2.0, 3.0]), 1.0).tolist() == [0.0, 0.0]  # sign(0) = 0
    assert LOSSES["rmse"].grad(np.array([2.0, 3.0]), np.array([2.0, 3.0]), 1.0).tolist() == [0.0, 0.0]


def test_huber_delta_changes_the_value():
    raw, y = np.array([0.0, 5.0]), np.array([0.0, 0.0])
    assert LOSSES["huber"].value(raw, y, 2.0) == pytest.approx(reference_value("huber", [0.0, 5.0], [0.0, 0.0], 2.0))


def test_stable_for_extreme_logits():
    raw = np.array([800.0, -800.0])
    assert np.isfinite(LOSSES["logistic"].value(raw, np.array([-1.0, 1.0]), 1.0))
    assert LOSSES["logistic"].value(raw, np.array([-1.0, 1.0]), 1.0) == pytest.approx(800.0)
    assert LOSSES["bce"].value(raw, np.array([0.0, 1.0]), 1.0) == pytest.approx(800.0)
    big = np.array([[1000.0, 0.0, -1000.0]])
    assert LOSSES["sparse_cross_entropy"].value(big, np.array([2]), 1.0) == pytest.approx(2000.0)


def test_batched_evaluation_keeps_leading_axes():
    rng = np.random.default_rng(4)
    for key, loss in LOSSES.items():
        raw, y = sample(key, rng)
        stacked = np.stack([raw, raw + 0.5])
        values = loss.value(stacked, y, 1.0)
        assert values.shape == (2,)
        assert values[1] == pytest.approx(float(loss.value(raw + 0.5, y, 1.0)), rel=1e-13)
