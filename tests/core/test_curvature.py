"""Curvature: lambda_max against numpy.linalg.eigvalsh of the Hessian written out here,
sharpness against a finite-difference Hessian of the objective written out here, and
None where DESIGN.md says null."""
import numpy as np
import pytest

from lossplay.core import Scenario, build_problem, train
from lossplay.core.curvature import curvature_summary, hessian, last_finite_row, sharpness


def design(X):
    return np.column_stack([X, np.ones(len(X))])


@pytest.mark.parametrize("loss,scale", [("mse", lambda n: 2.0 / n), ("half_mse", lambda n: 1.0 / n),
                                        ("sse", lambda n: 2.0)], ids=["mse", "half_mse", "sse"])
@pytest.mark.parametrize("features,l2", [(1, 0.0), (2, 0.0), (3, 0.7)])
def test_lambda_max_is_the_top_eigenvalue_of_the_constant_hessian(loss, scale, features, l2):
    scenario = Scenario(features=features, loss=loss, steps=5, lr=1e-4, outliers=3)
    if l2:
        scenario = scenario.replace(regularizer="l2", lam=l2)
    problem = build_problem(scenario)
    X = problem.objective.X
    H = scale(len(X)) * design(X).T @ design(X) + np.diag([2.0 * l2] * features + [0.0])
    expected = np.linalg.eigvalsh(H)[-1]
    summary = curvature_summary(problem, train(problem))
    assert summary["lambda_max"] == pytest.approx(expected, rel=1e-12)
    assert summary["sharpness"] == pytest.approx(expected, rel=1e-10)  # constant Hessian


@pytest.mark.parametrize("changes", [dict(optimizer="adam"), dict(batch_size=8), dict(data="pass_fail"),
                                     dict(regularizer="l1", lam=0.1), dict(model="mlp")],
                         ids=["adam", "mini-batch", "logistic", "l1", "mlp"])
def test_lambda_max_is_null_where_there_is_no_critical_rate(changes):
    problem = build_problem(Scenario(steps=3, **changes))
    assert problem.critical_lr is None
    assert curvature_summary(problem, train(problem))["lambda_max"] is None


# The objectives written out independently of lossplay's losses and models.
def linear_raw(theta, X, outputs):
    W = theta[:X.shape[1] * outputs].reshape(X.shape[1], outputs)
    raw = X @ W + theta[X.shape[1] * outputs:]
    return raw[:, 0] if outputs == 1 else raw


def mlp_raw(theta, X, hidden, outputs):
    d = X.shape[1]
    i = 0
    W1 = theta[i:i + d * hidden].reshape(d, hidden); i += d * hidden
    W2 = theta[i:i + hidden * outputs].reshape(hidden, outputs); i += hidden * outputs
    b1 = theta[i:i + hidden]; i += hidden
    b2 = theta[i:i + outputs]
    raw = np.tanh(X @ W1 + b1) @ W2 + b2
    return raw[:, 0] if outputs == 1 else raw


def log_softmax(raw):
    shifted = raw - raw.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


LOSS_FORMULAS = {
    "mse": lambda raw, y: np.mean((raw - y) ** 2),
    "sse": lambda raw, y: np.sum((raw - y) ** 2),
    "rmse": lambda raw, y: np.sqrt(np.mean((raw - y) ** 2)),
    "huber": lambda raw, y: np.mean(np.where(np.abs(raw - y) <= 1.0, 0.5 * (raw - y) ** 2, np.abs(raw - y) - 0.5)),
    "logistic": lambda raw, y: np.mean(np.log1p(np.exp(-y * raw))),
    "exponential": lambda raw, y: np.mean(np.exp(-y * raw)),
    "squared_hinge": lambda raw, y: np.mean(np.maximum(0.0, 1.0 - y * raw) ** 2),
    "bce": lambda raw, y: np.mean(-(y * np.log(1 / (1 + np.exp(-raw))) + (1 - y) * np.log(1 - 1 / (1 + np.exp(-raw))))),
    "cross_entropy": lambda raw, y: np.mean(-(y * log_softmax(raw)).sum(axis=1)),
    "sparse_cross_entropy": lambda raw, y: np.mean(-log_softmax(raw)[np.arange(len(y)), y]),
    "kl_div": lambda raw, y: np.mean((y * (np.log(np.where(y > 0, y, 1.0)) - log_softmax(raw))).sum(axis=1)),
}


def second_differences(f, theta, h):
    """H_ij from the objective's values at theta ± h e_i ± h e_j (error O(h²))."""
    k = len(theta)
    E = np.eye(k) * h
    H = np.empty((k, k))
    for i in range(k):
        for j in range(i, k):
            H[i, j] = H[j, i] = (f(theta + E[i] + E[j]) - f(theta + E[i] - E[j]) - f(theta - E[i] + E[j])
                                 + f(theta - E[i] - E[j])) / (4 * h * h)
    return H


def fd_hessian(f, theta, h=1e-3):
    """Second differences at h and h/2, Richardson-extrapolated (error O(h⁴))."""
    return (4.0 * second_differences(f, theta, h / 2) - second_differences(f, theta, h)) / 3.0


CASES = {
    "mse": dict(features=2, loss="mse", outliers=4, steps=20),
    "sse": dict(samples=40, loss="sse", lr=1e-3, steps=20),
    "rmse": dict(features=2, loss="rmse", steps=20, lr=0.3),
    "huber": dict(outliers=6, loss="huber", steps=40, lr=0.5),  # residuals on both sides of delta
    "huber, l2": dict(outliers=6, loss="huber", steps=40, lr=0.5, regularizer="l2", lam=0.3),
    "logistic": dict(data="pass_fail", loss="logistic", steps=30, lr=0.5),
    "exponential": dict(data="pass_fail", loss="exponential", steps=30, lr=0.2),
    "squared_hinge": dict(data="moons", loss="squared_hinge", steps=30, lr=0.2),
    "bce": dict(data="moons", loss="bce", steps=30, lr=0.5),
    "cross_entropy": dict(data="blobs", classes=3, loss="cross_entropy", steps=30, lr=0.5, noise=0.6),
    "sparse_cross_entropy": dict(data="blobs", classes=4, loss="sparse_cross_entropy", steps=30, lr=0.5, noise=0.6),
    "kl_div": dict(data="blobs", classes=3, loss="kl_div", steps=30, lr=0.5, noise=0.6),
    "mlp, logistic": dict(data="xor", model="mlp", loss="logistic", steps=200, lr=0.5, samples=80),
    "mlp, mse": dict(data="house", features=2, model="mlp", hidden=3, loss="mse", steps=50, lr=0.05, samples=60),
    "mlp, huber, l2": dict(data="house", model="mlp", hidden=3, loss="huber", steps=50, lr=0.05, samples=60,
                           regularizer="l2", lam=0.01),
    "mlp, cross_entropy": dict(data="blobs", classes=3, model="mlp", hidden=3, loss="cross_entropy", steps=100,
                               lr=0.5, samples=60),
}


def objective_by_hand(problem):
    s = problem.scenario
    X, y = problem.objective.X, problem.objective.y
    loss = LOSS_FORMULAS[s.loss]
    outputs = problem.model.outputs
    if s.model == "mlp":
        def raw(theta):
            return mlp_raw(theta, X, s.hidden, outputs)
    else:
        def raw(theta):
            return linear_raw(theta, X, outputs)
    n_weights = int(problem.model.weight_mask.sum())

    def f(theta):
        penalty = s.lam * np.sum(theta[:n_weights] ** 2) if s.regularizer == "l2" else 0.0
        return loss(raw(theta), y) + penalty
    return f


@pytest.mark.parametrize("case", list(CASES))
def test_hessian_and_sharpness_match_finite_differences_of_the_objective(case):
    problem = build_problem(Scenario(**CASES[case]))
    history = train(problem)
    theta = history.thetas[-1]
    f = objective_by_hand(problem)
    assert f(theta) == pytest.approx(history.losses[-1], rel=1e-12)  # the same objective
    h = 1e-3 * max(1.0, np.abs(theta).max())
    if problem.scenario.loss == "huber" and problem.scenario.model != "mlp":
        # Piecewise quadratic: second differences are exact if no residual crosses |r| = delta.
        r = linear_raw(theta, problem.objective.X, 1) - problem.objective.y
        assert (np.abs(r) > 1.0).any() and (np.abs(r) <= 1.0).any()  # both pieces are in use
        gap = np.abs(np.abs(r) - 1.0).min()
        h = min(h, 0.2 * gap / np.abs(design(problem.objective.X)).sum(axis=1).max())
    H_fd = fd_hessian(f, theta, h)
    H = hessian(problem.objective, theta)
    np.testing.assert_allclose(H, H_fd, atol=1e-6 * np.abs(H_fd).max())
    expected = np.linalg.eigvalsh(H_fd)[-1]
    assert sharpness(problem.objective, theta) == pytest.approx(expected, rel=1e-6)
    assert curvature_summary(problem, history)["sharpness"] == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize("changes", [dict(data="pass_fail", loss="zero_one"), dict(outliers=5, loss="mae"),
                                     dict(data="pass_fail", loss="hinge"),
                                     dict(data="blobs", classes=3, loss="multiclass_hinge")],
                         ids=["zero_one", "mae", "hinge", "multiclass_hinge"])
def test_sharpness_is_null_for_piecewise_linear_losses(changes):
    problem = build_problem(Scenario(steps=10, **changes))
    assert curvature_summary(problem, train(problem))["sharpness"] is None


def test_a_diverged_run_is_measured_at_its_last_finite_row():
    # The exponential loss overflows on the first step: row 1 is not finite, row 0 is.
    problem = build_problem(Scenario(data="moons", loss="exponential", lr=1e4, steps=50))
    history = train(problem)
    assert history.status == "diverged" and len(history) == 2 and not np.isfinite(history.losses[-1])
    assert last_finite_row(history) == 0
    expected = np.linalg.eigvalsh(fd_hessian(objective_by_hand(problem), history.thetas[0]))[-1]
    assert curvature_summary(problem, history)["sharpness"] == pytest.approx(expected, rel=1e-6)
    # A run that exceeds 1e6 times its start but stays finite is measured at its last row.
    problem = build_problem(Scenario(data="pass_fail", loss="exponential", lr=10.0, steps=50))
    history = train(problem)
    assert history.status == "diverged" and np.isfinite(history.losses[-1]) and last_finite_row(history) == 2


def test_sharpness_is_null_without_a_finite_row():
    # exp(-y raw) overflows at the start: row 0 is already not finite.
    problem = build_problem(Scenario(data="pass_fail", loss="exponential", start=(-1e6, 0.0), steps=5))
    history = train(problem)
    assert history.status == "diverged" and len(history) == 1 and last_finite_row(history) is None
    assert curvature_summary(problem, history)["sharpness"] is None
