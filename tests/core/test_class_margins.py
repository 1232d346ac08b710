"""Class margins: how far each class's output is above the largest other one."""
import numpy as np

from lossplay.core.fit import class_margins, predicted_class


def test_margins_against_a_loop():
    rng = np.random.default_rng(3)
    raw = rng.normal(size=(50, 4))
    raw[0, 1] = raw[0, 2]  # a tie
    margins = class_margins(raw)
    assert margins.shape == (4, 50)
    for i in range(50):
        for k in range(4):
            others = [raw[i, j] for j in range(4) if j != k]
            assert margins[k, i] == raw[i, k] - max(others)
    # The predicted class is the one with a positive margin (a tie gives two zeros).
    winners = margins.argmax(axis=0)
    assert np.array_equal(winners, predicted_class(raw))


def test_one_output_is_its_own_margin():
    raw = np.array([-2.0, 0.0, 3.5])
    assert np.array_equal(class_margins(raw), raw[None, :])
