"""Model outputs against written-out formulas; theta-gradients against central differences."""
import numpy as np
import pytest

from lossplay.core.losses import LOSSES, encode_targets
from lossplay.core.models import LinearModel, MLPModel
from lossplay.core.objective import Objective

MODELS = {
    "linear-1": LinearModel(1, 1),
    "linear-3": LinearModel(3, 1),
    "multiclass": LinearModel(2, 3),
    "mlp-binary": MLPModel(2, 4, 1),
    "mlp-3class": MLPModel(2, 3, 3),
}


def test_one_feature_linear_layout_is_w_then_b():
    model = LinearModel(1, 1)
    X = np.array([[2.0], [-1.0]])
    assert model.param_names == ["w", "b"]
    np.testing.assert_array_equal(model.raw(np.array([3.0, 0.5]), X), [6.5, -2.5])


def test_multiclass_layout_is_row_major_weights_then_biases():
    model = LinearModel(2, 3)
    theta = np.arange(9.0)
    W, b = theta[:6].reshape(2, 3), theta[6:]
    X = np.array([[1.0, 2.0]])
    np.testing.assert_allclose(model.raw(theta, X), [[1 * W[0, k] + 2 * W[1, k] + b[k] for k in range(3)]])
    assert model.param_names[:2] == ["w1_1", "w1_2"] and model.param_names[-1] == "b3"


def test_mlp_output_formula():
    model = MLPModel(2, 2, 1)
    W1, W2, b1, b2 = np.array([[1.0, -1.0], [0.5, 2.0]]), np.array([[3.0], [-2.0]]), np.array([0.1, 0.2]), np.array([0.3])
    theta = np.concatenate([W1.ravel(), W2.ravel(), b1, b2])
    x = np.array([0.4, -0.7])
    h = [np.tanh(x[0] * W1[0, j] + x[1] * W1[1, j] + b1[j]) for j in range(2)]
    expected = h[0] * 3.0 + h[1] * -2.0 + 0.3
    assert model.raw(theta, x[None, :])[0] == pytest.approx(expected, rel=1e-14)
    assert model.size == len(model.param_names) == 9


@pytest.mark.parametrize("name", list(MODELS))
def test_theta_gradient_matches_central_differences(name):
    model = MODELS[name]
    rng = np.random.default_rng(5)
    X = rng.normal(size=(11, model.features))
    theta = rng.normal(size=model.size)
    key = "sparse_cross_entropy" if model.outputs > 1 else "logistic"
    labels = rng.integers(0, max(model.outputs, 2), 11)
    y = encode_targets(labels, LOSSES[key].targets, max(model.outputs, 2))
    objective = Objective(model, LOSSES[key], X, y, "l2", 0.1)
    _, grad = objective.value_and_grad(theta)
    h = 1e-6
    numeric = np.array([(objective.value(theta + h * e) - objective.value(theta - h * e)) / (2 * h)
                        for e in np.eye(model.size)])
    np.testing.assert_allclose(grad, numeric, rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize("name", list(MODELS))
def test_raw_many_equals_raw_one_at_a_time(name):
    model = MODELS[name]
    rng = np.random.default_rng(6)
    X = rng.normal(size=(5, model.features))
    thetas = rng.normal(size=(4, model.size))
    stacked = model.raw_many(thetas, X)
    for p in range(4):
        np.testing.assert_allclose(stacked[p], model.raw(thetas[p], X), rtol=1e-13)


def test_regularization_penalises_weights_not_biases():
    model = LinearModel(2, 1)
    X, y = np.zeros((3, 2)), np.zeros(3)
    theta = np.array([1.0, -2.0, 5.0])  # w1, w2, b
    for kind, expected in [("l1", 0.5 * 3.0), ("l2", 0.5 * 5.0)]:
        objective = Objective(model, LOSSES["mse"], X, y, kind, 0.5)
        # raw = b = 5 everywhere, so the data loss is 25.
        assert objective.value(theta) == pytest.approx(25.0 + expected)
    _, grad = Objective(model, LOSSES["mse"], X, y, "l1", 0.5).value_and_grad(theta)
    assert grad[:2].tolist() == [0.5, -0.5]
