"""`lossplay run`: the files as DESIGN.md specifies, and one-line errors with status 2."""
import csv
import json
import subprocess
import sys

import numpy as np
import pytest

from lossplay.cli import main


def lossplay_run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "lossplay", "run", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def test_default_run_writes_every_file(tmp_path):
    result = lossplay_run("--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == [
        "data.csv", "data.png", "data.svg", "history.csv", "landscape.npz", "landscape.png", "landscape.svg",
        "loss.png", "loss.svg", "summary.json"]

    summary = json.loads((out / "summary.json").read_text())
    assert summary["status"] == "finished" and summary["diverged_at_step"] is None
    assert summary["param_names"] == ["w", "b"]
    assert summary["scenario"]["data"] == "house" and summary["scenario"]["loss"] == "mse"
    assert summary["steps_run"] == summary["scenario"]["steps"]

    rows = list(csv.DictReader((out / "history.csv").open()))
    assert list(rows[0]) == ["step", "loss", "val_loss", "grad_norm", "lr", "w", "b"]
    assert [int(r["step"]) for r in rows] == list(range(summary["steps_run"] + 1))
    assert float(rows[-1]["loss"]) == summary["final_loss"]

    data = list(csv.DictReader((out / "data.csv").open()))
    assert list(data[0]) == ["x1", "y", "split"]
    assert {r["split"] for r in data} == {"train", "val"}
    train_rows = [r for r in data if r["split"] == "train"]
    x = np.array([float(r["x1"]) for r in train_rows])
    y = np.array([float(r["y"]) for r in train_rows])
    assert abs(x.mean()) < 1e-12 and x.std() == pytest.approx(1.0)  # standardised on the training split

    # history's loss at every row is mse on the training rows of data.csv
    for r in rows[:: 37]:
        w, b = float(r["w"]), float(r["b"])
        assert float(r["loss"]) == pytest.approx(np.mean((w * x + b - y) ** 2), rel=1e-12)

    npz = np.load(out / "landscape.npz")
    assert sorted(npz.files) == ["alphas", "betas", "center", "d1", "d2", "values"]
    assert npz["values"].shape == (len(npz["betas"]), len(npz["alphas"])) == (201, 201)
    j, i = 120, 40
    theta = npz["center"] + npz["alphas"][i] * npz["d1"] + npz["betas"][j] * npz["d2"]
    assert npz["values"][j, i] == pytest.approx(np.mean((theta[0] * x + theta[1] - y) ** 2), rel=1e-9)


def test_critical_learning_rate_from_the_written_data_separates_convergence_from_divergence(tmp_path):
    assert main(["run", "--steps", "0", "--out", str(tmp_path / "probe")]) == 0
    rows = [r for r in csv.DictReader((tmp_path / "probe" / "data.csv").open()) if r["split"] == "train"]
    Xb = np.array([[float(r["x1"]), 1.0] for r in rows])
    y = np.array([float(r["y"]) for r in rows])
    critical = 2.0 / np.linalg.eigvalsh(2.0 / len(y) * Xb.T @ Xb).max()
    solution, *_ = np.linalg.lstsq(Xb, y, rcond=None)

    assert main(["run", "--lr", repr(float(1.1 * critical)), "--steps", "3000", "--out", str(tmp_path / "above")]) == 0
    summary = json.loads((tmp_path / "above" / "summary.json").read_text())
    history = list(csv.DictReader((tmp_path / "above" / "history.csv").open()))
    assert summary["status"] == "diverged"
    assert summary["diverged_at_step"] == int(history[-1]["step"]) == summary["steps_run"]
    assert summary["critical_lr"] == pytest.approx(critical, rel=1e-10)

    assert main(["run", "--lr", repr(float(0.9 * critical)), "--steps", "3000", "--out", str(tmp_path / "below")]) == 0
    summary = json.loads((tmp_path / "below" / "summary.json").read_text())
    rows = list(csv.DictReader((tmp_path / "below" / "history.csv").open()))
    last = rows[-1]
    # DESIGN.md's rule: converged once the gradient norm is at most 1e-6 x max(1, the initial one).
    assert float(last["grad_norm"]) <= 1e-6 * max(1.0, float(rows[0]["grad_norm"]))
    assert summary["status"] == "converged" and summary["diverged_at_step"] is None
    np.testing.assert_allclose([float(last["w"]), float(last["b"])], solution, rtol=1e-6)


def test_flags_override_the_scenario_file(tmp_path):
    scenario = tmp_path / "s.json"
    scenario.write_text(json.dumps({"data": "pass_fail", "steps": 7, "lr": 0.5}))
    assert main(["run", "--scenario", str(scenario), "--steps", "4", "--out", str(tmp_path / "o")]) == 0
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert summary["scenario"]["data"] == "pass_fail" and summary["scenario"]["lr"] == 0.5
    assert summary["steps_run"] == 4 and summary["scenario"]["loss"] == "logistic"


def test_classification_labels_in_the_loss_encoding(tmp_path):
    assert main(["run", "--data", "pass_fail", "--loss", "hinge", "--steps", "3", "--out", str(tmp_path / "a")]) == 0
    assert {r["y"] for r in csv.DictReader((tmp_path / "a" / "data.csv").open())} == {"-1", "1"}
    assert main(["run", "--data", "pass_fail", "--loss", "bce", "--steps", "3", "--out", str(tmp_path / "b")]) == 0
    assert {r["y"] for r in csv.DictReader((tmp_path / "b" / "data.csv").open())} == {"0", "1"}
    assert main(["run", "--data", "blobs", "--classes", "4", "--steps", "3", "--out", str(tmp_path / "c")]) == 0
    assert {r["y"] for r in csv.DictReader((tmp_path / "c" / "data.csv").open())} == {"0", "1", "2", "3"}


def test_start_and_regularization_flags(tmp_path):
    assert main(["run", "--start=-1.5,2", "--l1", "0.1", "--steps", "2", "--out", str(tmp_path)]) == 0
    rows = list(csv.DictReader((tmp_path / "history.csv").open()))
    assert (float(rows[0]["w"]), float(rows[0]["b"])) == (-1.5, 2.0)
    assert json.loads((tmp_path / "summary.json").read_text())["scenario"]["regularizer"] == "l1"


BAD_INPUTS = {
    "unknown data kind": ["--data", "houses"],
    "unknown loss": ["--loss", "msee"],
    "unknown optimizer": ["--optimizer", "adamm"],
    "loss does not fit": ["--loss", "hinge"],
    "mse on class indices": ["--data", "blobs", "--classes", "3", "--loss", "mse"],
    "lr zero": ["--lr", "0"],
    "lr negative": ["--lr=-0.1"],
    "steps negative": ["--steps=-1"],
    "batch size 0": ["--batch-size", "0"],
    "batch size too large": ["--batch-size", "10000"],
    "missing scenario": ["--scenario", "no-such-file.json"],
}


@pytest.mark.parametrize("args", list(BAD_INPUTS.values()), ids=list(BAD_INPUTS))
def test_bad_input_gives_one_line_and_status_2(tmp_path, args):
    result = lossplay_run(*args, "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lossplay run: error:"), result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("content,problem", [("", "is empty"), ("{\"lr\": 0.1,", "not valid JSON"),
                                              ("[1, 2]", "JSON object"), ("{\"lr\": \"fast\"}", "'lr' must be a number"),
                                              ("{\"speed\": 3}", "unknown scenario setting")])
def test_bad_scenario_file(tmp_path, content, problem):
    path = tmp_path / "s.json"
    path.write_text(content)
    result = lossplay_run("--scenario", str(path), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and problem in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unwritable_output_directory(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = lossplay_run("--out", str(blocker / "out"))
    assert result.returncode == 2 and "cannot create output directory" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_read_only_output_directory_leaves_no_partial_file(tmp_path):
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        result = lossplay_run("--out", str(out))
        if result.returncode == 0:  # running as root, where permissions do not bind
            assert (out / "summary.json").exists()
        else:
            assert result.returncode == 2 and "cannot write" in result.stderr
            assert list(out.iterdir()) == []
    finally:
        out.chmod(0o700)


def test_help_explains_every_option():
    result = lossplay_run("--help")
    assert result.returncode == 0
    for flag in ["--scenario", "--data", "--features", "--classes", "--samples", "--noise", "--outliers", "--scale",
                 "--val-fraction", "--seed", "--model", "--loss", "--l1", "--l2", "--optimizer", "--lr",
                 "--batch-size", "--steps", "--start", "--out"]:
        assert flag in result.stdout


def test_plane_along_two_chosen_parameters(tmp_path):
    assert main(["run", "--features", "3", "--steps", "20", "--plane", "w2,b", "--grid", "21", "--out", str(tmp_path)]) == 0
    npz = np.load(tmp_path / "landscape.npz")
    assert npz["d1"].tolist() == [0.0, 1.0, 0.0, 0.0] and npz["d2"].tolist() == [0.0, 0.0, 0.0, 1.0]
    rows = list(csv.DictReader((tmp_path / "history.csv").open()))
    last = [float(rows[-1][k]) for k in ("w1", "w2", "w3", "b")]
    assert npz["center"][0] == last[0] and npz["center"][2] == last[2]  # the plane passes through the run's end


def test_window_refuses_a_bad_session_file_before_opening(tmp_path):
    path = tmp_path / "s.lossplay.json"
    path.write_text('{"format": "lossplay-session", "version": 2, "scenario": {}}')
    result = subprocess.run([sys.executable, "-m", "lossplay", str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "version 2" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_window_without_a_display_says_what_to_do():
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "lossplay"], capture_output=True, text=True, timeout=60, env=env)
    if sys.platform == "linux":
        assert result.returncode == 2 and "no display" in result.stderr and "lossplay run" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_a_lesson_draws_its_own_plane_unless_another_is_asked_for(tmp_path):
    assert main(["run", "--lesson", "too-large-learning-rate", "--variant", "2", "--steps", "5",
                 "--out", str(tmp_path / "lesson")]) == 0
    plane = np.load(tmp_path / "lesson" / "landscape.npz")
    np.testing.assert_array_equal(plane["d1"], [1.0, 0.0, 0.0])  # w1
    np.testing.assert_array_equal(plane["d2"], [0.0, 1.0, 0.0])  # w2
    assert main(["run", "--lesson", "too-large-learning-rate", "--variant", "2", "--steps", "5", "--plane", "w1,b",
                 "--out", str(tmp_path / "asked")]) == 0
    np.testing.assert_array_equal(np.load(tmp_path / "asked" / "landscape.npz")["d2"], [0.0, 0.0, 1.0])
