"""The probabilities the data view shades by: sigmoid of one output, softmax of several,
on the view's grid, against the formulas written out here from DESIGN.md's theta layout."""
import numpy as np
import pytest

from lossplay.core import Scenario
from lossplay.core.fit import data_frame, fit, label_names
from lossplay.core.problem import build_problem


def grid_xy(frame):
    GX, GY = np.meshgrid(frame.grid_x, frame.grid_y)
    return GX, GY


def test_two_classes_shade_by_the_sigmoid_of_the_linear_output():
    problem = build_problem(Scenario(data="moons", loss="logistic").validated())
    frame = data_frame(problem)
    theta = np.array([1.3, -0.7, 0.2])  # w1, w2, b
    GX, GY = grid_xy(frame)
    p = 1.0 / (1.0 + np.exp(-(1.3 * GX - 0.7 * GY + 0.2)))
    probabilities = fit(problem, frame, theta).probabilities
    assert probabilities.shape == (2,) + GX.shape
    np.testing.assert_allclose(probabilities[1], p, rtol=1e-12)
    np.testing.assert_allclose(probabilities[0], 1.0 - p, rtol=1e-10, atol=1e-15)


def test_several_classes_shade_by_the_softmax():
    problem = build_problem(Scenario(data="blobs", classes=3, loss="cross_entropy").validated())
    frame = data_frame(problem)
    rng = np.random.default_rng(4)
    theta = rng.normal(size=9)  # W (2, 3) row-major, then three biases
    W, b = theta[:6].reshape(2, 3), theta[6:]
    GX, GY = grid_xy(frame)
    raw = GX[..., None] * W[0] + GY[..., None] * W[1] + b
    e = np.exp(raw - raw.max(axis=-1, keepdims=True))
    q = e / e.sum(axis=-1, keepdims=True)
    probabilities = fit(problem, frame, theta).probabilities
    np.testing.assert_allclose(np.moveaxis(probabilities, 0, -1), q, rtol=1e-12)
    np.testing.assert_allclose(probabilities.sum(axis=0), 1.0, rtol=1e-12)


def test_huge_outputs_give_probabilities_not_nan():
    problem = build_problem(Scenario(data="moons", loss="logistic").validated())
    probabilities = fit(problem, data_frame(problem), np.array([1e6, 0.0, 0.0])).probabilities
    assert np.isfinite(probabilities).all()
    assert set(np.unique(probabilities)) <= {0.0, 0.5, 1.0}


@pytest.mark.parametrize("data, loss", [("moons", "hinge"), ("moons", "exponential"),
                                        ("blobs", "multiclass_hinge")])
def test_no_probabilities_where_the_loss_reads_no_probabilities(data, loss):
    problem = build_problem(Scenario(data=data, classes=3, loss=loss).validated())
    assert fit(problem, data_frame(problem), problem.start).probabilities is None
    assert fit(problem, data_frame(problem), problem.start).margins is not None  # still its regions


def test_multilabel_shades_the_chosen_label_by_its_own_sigmoid():
    problem = build_problem(Scenario(data="multilabel", labels=3).validated())
    frame = data_frame(problem)
    theta = np.arange(9, dtype=float) / 10 - 0.4  # W (2, 3), then three biases
    W, b = theta[:6].reshape(2, 3), theta[6:]
    GX, GY = grid_xy(frame)
    for label in range(3):
        p = 1.0 / (1.0 + np.exp(-(GX * W[0, label] + GY * W[1, label] + b[label])))
        np.testing.assert_allclose(fit(problem, frame, theta, label).probabilities[1], p, rtol=1e-12)
    assert label_names(problem.dataset) == ("y1", "y2", "y3")  # data.csv's column names


def test_a_point_reads_the_predicted_class_and_its_probability():
    from lossplay.core.readouts import point_readout

    problem = build_problem(Scenario(data="multilabel", labels=3).validated())
    frame = data_frame(problem)
    theta = np.arange(9, dtype=float) / 10 - 0.4
    W, b = theta[:6].reshape(2, 3), theta[6:]
    for x, y in ((0.3, -1.2), (-2.0, 0.5)):
        p = 1.0 / (1.0 + np.exp(-(x * W[0, 2] + y * W[1, 2] + b[2])))
        k, probability = point_readout(problem, frame, theta, x, y, 2)
        assert k == int(p > 0.5) and probability == pytest.approx(max(p, 1 - p), rel=1e-12)
    hinge = build_problem(Scenario(data="moons", loss="hinge").validated())
    assert point_readout(hinge, data_frame(hinge), hinge.start, 0.0, 0.0) is None  # no probabilities to read
