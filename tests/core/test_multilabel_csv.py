"""Own multi-label data: several 0/1 target columns named with --target a,b,c."""
import csv
import json

import numpy as np
import pytest
from sklearn import metrics as skm

from lossplay.cli import main
from lossplay.core import Scenario, ScenarioError, build_problem


def write(path, header, rows):
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def tagged_file(tmp_path, n=60):
    rng = np.random.default_rng(1)
    X = rng.normal(0.0, 1.0, (n, 2))
    rows = [[f"{a:.6f}", int(a > 0), f"{b:.6f}", int(b > 0), int(a + b > 0)] for a, b in X]
    return write(tmp_path / "tags.csv", ["a", "sunny", "b", "warm", "nice"], rows), X


def test_several_target_columns_make_multilabel_data(tmp_path):
    path, X = tagged_file(tmp_path)
    problem = build_problem(Scenario(data=f"csv:{path}", target="sunny,warm,nice", val_fraction=0.0, scale="none"))
    ds = problem.dataset
    assert ds.n_labels == 3 and ds.feature_names == ("a", "b")
    np.testing.assert_allclose(ds.X, np.round(X, 6))
    np.testing.assert_array_equal(ds.y, np.column_stack([X[:, 0] > 0, X[:, 1] > 0, X.sum(axis=1) > 0]).astype(int))
    assert problem.scenario.loss == "bce" and problem.model.outputs == 3


def test_lossplay_run_learns_own_labels(tmp_path):
    path, _ = tagged_file(tmp_path, 200)
    out = tmp_path / "out"
    assert main(["run", "--data", f"csv:{path}", "--target", "sunny,warm,nice", "--lr", "2", "--steps", "300",
                 "--out", str(out)]) == 0
    rows = list(csv.DictReader((out / "data.csv").open()))
    assert list(rows[0]) == ["x1", "x2", "y1", "y2", "y3", "split"]
    summary = json.loads((out / "summary.json").read_text())
    history = list(csv.DictReader((out / "history.csv").open()))
    theta = np.array([float(history[-1][name]) for name in summary["param_names"]])
    train = [r for r in rows if r["split"] == "train"]
    Xs = np.array([[float(r["x1"]), float(r["x2"])] for r in train])
    truth = np.array([[int(r[f"y{j}"]) for j in (1, 2, 3)] for r in train])
    predicted = (Xs @ theta[:6].reshape(2, 3) + theta[6:] > 0).astype(int)
    assert summary["metrics"]["train"]["hamming_loss"] == pytest.approx(skm.hamming_loss(truth, predicted))
    assert summary["metrics"]["train"]["hamming_loss"] < 0.05


@pytest.mark.parametrize("target,message", [
    ("sunny,a", "a multi-label target column holds only 0 and 1; 'a' does not"),
    ("a,sunny", "a multi-label target column holds only 0 and 1; 'a' does not"),
    ("sunny,rainy", "there is no numeric column 'rainy' to use as a label"),
    ("sunny,,warm", "the target columns 'sunny,,warm' include an empty name"),
    ("sunny,sunny", "the target columns 'sunny,sunny' name a column twice"),
])
def test_bad_target_lists_are_refused_in_one_line(tmp_path, target, message):
    path, _ = tagged_file(tmp_path)
    with pytest.raises(ScenarioError) as error:
        build_problem(Scenario(data=f"csv:{path}", target=target))
    assert str(error.value) == message
