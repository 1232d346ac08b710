"""`lossplay run`: lambda_max and sharpness in summary.json, from the run's own files."""
import csv
import json

import numpy as np
import pytest

from lossplay.cli import main


def read_run(out):
    summary = json.loads((out / "summary.json").read_text())
    history = list(csv.DictReader((out / "history.csv").open()))
    data = [r for r in csv.DictReader((out / "data.csv").open()) if r["split"] == "train"]
    Xb = np.array([[float(r[k]) for k in r if k.startswith("x")] + [1.0] for r in data])
    y = np.array([float(r["y"]) for r in data])
    theta = np.array([float(history[-1][name]) for name in summary["param_names"]])
    return summary, Xb, y, theta


def test_mse_run_reports_the_constant_curvature(tmp_path):
    assert main(["run", "--features", "2", "--steps", "20", "--out", str(tmp_path)]) == 0
    summary, Xb, y, _ = read_run(tmp_path)
    expected = np.linalg.eigvalsh(2.0 / len(y) * Xb.T @ Xb)[-1]
    assert summary["lambda_max"] == pytest.approx(expected, rel=1e-12)
    assert summary["sharpness"] == pytest.approx(expected, rel=1e-10)
    assert summary["critical_lr"] == pytest.approx(2.0 / expected, rel=1e-12)


def test_logistic_run_reports_the_sharpness_at_its_last_row(tmp_path):
    assert main(["run", "--data", "pass_fail", "--lr", "0.5", "--steps", "40", "--out", str(tmp_path)]) == 0
    summary, Xb, y, theta = read_run(tmp_path)
    z = Xb @ theta
    s = 1.0 / (1.0 + np.exp(-z))
    H = Xb.T @ (Xb * (s * (1.0 - s))[:, None]) / len(y)  # d² mean log(1 + exp(-y z)) / d theta²
    assert summary["lambda_max"] is None
    assert summary["sharpness"] == pytest.approx(np.linalg.eigvalsh(H)[-1], rel=1e-10)


def test_hinge_run_has_no_curvature(tmp_path):
    assert main(["run", "--data", "pass_fail", "--loss", "hinge", "--steps", "5", "--out", str(tmp_path)]) == 0
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["lambda_max"] is None and summary["sharpness"] is None
