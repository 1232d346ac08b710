"""The Probabilities view's numbers: p, q, H(p), H(p, q) and both KL divergences against
formulas written out here with the math module."""
import math

import numpy as np
import pytest

from lossplay.core import Scenario, build_problem
from lossplay.core.probabilities import (applies, neg_log_curve, sample_probabilities,
                                         true_class_probabilities)


def softmax(row):
    e = [math.exp(v - max(row)) for v in row]
    return [v / sum(e) for v in e]


@pytest.mark.parametrize("smoothing", [0.0, 0.15])
@pytest.mark.parametrize("loss", ["cross_entropy", "sparse_cross_entropy", "kl_div"])
def test_one_samples_distributions_and_numbers(loss, smoothing):
    problem = build_problem(Scenario(data="blobs", classes=3, loss=loss, label_smoothing=smoothing))
    theta = np.random.default_rng(2).normal(0.0, 1.0, problem.model.size)
    X, labels = problem.dataset.X[problem.dataset.is_train], problem.dataset.y[problem.dataset.is_train]
    for index in (0, 7, 33):
        row = (X[index] @ theta[:6].reshape(2, 3) + theta[6:]).tolist()
        q = softmax(row)
        p = [smoothing / 3 + (1 - smoothing if k == labels[index] else 0.0) for k in range(3)]
        got = sample_probabilities(problem, theta, index)
        assert got.label == labels[index]
        np.testing.assert_allclose(got.q, q, rtol=1e-12)
        np.testing.assert_allclose(got.p, p, rtol=1e-12)
        entropy = -sum(pk * math.log(pk) for pk in p if pk > 0)
        cross = -sum(pk * math.log(qk) for pk, qk in zip(p, q))
        assert got.entropy == pytest.approx(entropy, abs=1e-12)
        assert got.cross_entropy == pytest.approx(cross, rel=1e-12)
        assert got.kl_pq == pytest.approx(sum(pk * math.log(pk / qk) for pk, qk in zip(p, q) if pk > 0), abs=1e-12)
        assert got.cross_entropy == pytest.approx(got.entropy + got.kl_pq, rel=1e-12)
        if smoothing:
            assert got.kl_qp == pytest.approx(sum(qk * math.log(qk / pk) for pk, qk in zip(p, q)), rel=1e-10)
        else:
            assert got.kl_qp == math.inf and got.entropy == 0.0  # q > 0 where p = 0: not symmetric


def test_the_mean_charge_on_the_curve_is_the_training_loss():
    problem = build_problem(Scenario(data="pass_fail", loss="logistic", noise=0.6))
    theta = np.array([1.3, -0.4])
    shown = true_class_probabilities(problem, theta)
    X, y = problem.objective.X[:, 0], problem.objective.y  # y in -1/+1
    logistic = sum(math.log(1 + math.exp(-t * (1.3 * x - 0.4))) for x, t in zip(X, y)) / len(y)
    assert np.mean(shown.neg_log) == pytest.approx(logistic, rel=1e-12)
    np.testing.assert_allclose(shown.q_true, np.exp(-shown.neg_log))
    q, curve = neg_log_curve()
    assert q[-1] == 1.0 and curve[-1] == 0.0 and curve[0] > 6.0 and np.all(np.diff(curve) < 0)


def test_no_probabilities_for_losses_that_are_not_a_likelihood():
    for settings in (dict(data="blobs", classes=3, loss="multiclass_hinge"), dict(data="moons", loss="hinge"),
                     dict(data="house")):
        problem = build_problem(Scenario(**settings))
        assert not applies(problem)
        assert sample_probabilities(problem, problem.start, 0) is None


def test_multilabel_numbers_are_each_labels_own_bce_and_their_mean_is_the_loss():
    problem = build_problem(Scenario(data="multilabel", labels=3))
    theta = np.random.default_rng(5).normal(0.0, 1.5, problem.model.size)
    X, Y = problem.dataset.X[problem.dataset.is_train], problem.dataset.y[problem.dataset.is_train]
    charges = []
    for label in range(3):
        for index in (0, 11):
            z = float(X[index] @ theta[:6].reshape(2, 3)[:, label] + theta[6 + label])
            on = 1 / (1 + math.exp(-z))
            got = sample_probabilities(problem, theta, index, label)
            assert got.of_label == label and got.label == Y[index, label]
            np.testing.assert_allclose(got.q, [1 - on, on], rtol=1e-12)
            np.testing.assert_array_equal(got.p, np.eye(2)[int(Y[index, label])])
            assert got.cross_entropy == pytest.approx(-math.log(on if Y[index, label] else 1 - on), rel=1e-12)
        charges.append(true_class_probabilities(problem, theta, label).neg_log)
    # bce over every (sample, label) pair is the mean of the three labels' charges (DESIGN)
    assert np.mean(charges) == pytest.approx(problem.objective.value_and_grad(theta)[0], rel=1e-12)
