"""The divergence explanation's numbers, against the Hessian written out here."""
import numpy as np

from lossplay.core import Scenario, build_problem, train
from lossplay.core.explain import explain_critical, explain_divergence


def mse_hessian(problem):
    X = problem.objective.X
    Xb = np.column_stack([X, np.ones(len(X))])
    return 2.0 / len(X) * Xb.T @ Xb  # of mean((Xb theta - y)^2)


def test_gradient_descent_above_the_critical_rate():
    probe = build_problem(Scenario())
    lam = np.linalg.eigvalsh(mse_hessian(probe))
    lr = 1.05 * 2.0 / lam.max()
    problem = build_problem(Scenario(lr=lr, steps=2000))
    history = train(problem)
    assert history.status == "diverged"
    e = explain_divergence(problem, history, lr, "sgd")
    assert "2/λmax" in e.template and e.values["step"] == history.diverged_at_step
    assert e.values["critical"] == f"{2.0 / lam.max():.4g}"
    assert e.values["factor"] == f"{np.abs(1.0 - lr * lam).max():.4g}" == "1.1"


def test_momentum_uses_its_own_bound_and_growth():
    probe = build_problem(Scenario())
    lam = np.linalg.eigvalsh(mse_hessian(probe))
    lr = 1.2 * 2.0 * 1.9 / lam.max()
    problem = build_problem(Scenario(lr=lr, optimizer="momentum", steps=3000))
    history = train(problem)
    assert history.status == "diverged"
    e = explain_divergence(problem, history, lr, "momentum")
    assert e.values["critical"] == f"{2.0 * 1.9 / lam.max():.4g}"
    # x_{t+1} = (1 + mu - lr lambda) x_t - mu x_{t-1}: the larger root of its characteristic polynomial.
    growth = max(max(abs(np.roots([1.0, -(1.9 - lr * l), 0.9]))) for l in lam)
    assert e.values["factor"] == f"{growth:.4g}"


def test_adam_is_said_not_to_follow_the_bound():
    problem = build_problem(Scenario(optimizer="adam", lr=1e5, steps=300))
    history = train(problem)
    assert history.status == "diverged"
    e = explain_divergence(problem, history, 1e5, "adam")
    assert "do not follow the bound" in e.template and e.values["optimizer"] == "adam"


def test_an_exponential_loss_run_is_explained_by_its_sharpness():
    problem = build_problem(Scenario(data="pass_fail", loss="exponential", lr=50.0, steps=300, start=(2.0, -3.0)))
    history = train(problem)
    assert history.status == "diverged"
    e = explain_divergence(problem, history, 50.0, "sgd")
    theta = history.thetas[np.flatnonzero(np.isfinite(history.losses))[-1]]
    X, y = problem.objective.X, problem.objective.y  # y in -1/+1
    Xb = np.column_stack([X, np.ones(len(X))])
    H = Xb.T @ (Xb * np.exp(-y * (Xb @ theta))[:, None]) / len(X)  # of mean(exp(-y f)), y^2 = 1
    sharp = np.linalg.eigvalsh(H).max()
    assert e.values["sharpness"] == f"{sharp:.4g}" and e.values["bound"] == f"{2.0 / sharp:.4g}"


def test_at_exactly_the_critical_rate_the_run_oscillates():
    probe = build_problem(Scenario())
    critical = 2.0 / np.linalg.eigvalsh(mse_hessian(probe)).max()
    assert explain_critical(probe, float(f"{critical:.6g}"), "sgd") is not None
    assert explain_critical(probe, 0.9 * critical, "sgd") is None
