"""Hostile and mistaken input to `lossplay run` (issue 9): one line, status 2, nothing written.

Each case gives the exact message: the problem, and the allowed range where there is one."""
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from lossplay.cli import main

BIG = "9" * 5000


def refused(tmp_path, capsys, *args):
    """Run in this process; the message line (without the prefix), after checking that
    the status is 2, the message one line and that no output folder (or part) is left."""
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as exit_info:
        main(["run", *args, "--out", str(out)])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("lossplay run: error: "), err
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir() if p.name != "in") == []
    return err[len("lossplay run: error: "):-1]


NON_FINITE = {
    "noise nan": (["--noise", "nan"], "noise must be a finite number, got nan"),
    "noise inf": (["--noise", "inf"], "noise must be a finite number, got inf"),
    "noise too large": (["--noise", "1e9"], "noise must be between 0 and 100, got 1,000,000,000"),
    "start far out": (["--start=1e300,0"], "start values must be finite numbers between -1,000,000 and 1,000,000"),
    "start nan": (["--start=0,nan"], "start values must be finite numbers between -1,000,000 and 1,000,000"),
    "lam near the float limit": (["--l2", "1e308"], "lam must be between 0 and 1,000,000, got 1e+308"),
    "l1 negative": (["--l1=-1"], "lam must be between 0 and 1,000,000, got -1"),
    "lr inf": (["--lr", "inf"], "lr must be a finite number, got inf"),
    "lr zero": (["--lr", "0"], "lr must be between 1e-12 and 1,000,000, got 0"),
    "huber delta nan": (["--huber-delta", "nan"], "huber_delta must be a finite number, got nan"),
    "validation fraction 1": (["--val-fraction", "1"], "val_fraction must be between 0 and 0.99, got 1"),
    "validation fraction -inf": (["--val-fraction=-inf"], "val_fraction must be a finite number, got -inf"),
}

INTEGERS = {
    "negative seed": (["--seed=-1"], "seed must be between 0 and 2,147,483,647, got -1"),
    "seed past a C int": (["--seed", "2147483648"], "seed must be between 0 and 2,147,483,647, got 2,147,483,648"),
    "5000-digit seed": (["--seed", BIG], "argument --seed: must be a whole number, got a number of 5,000 digits"),
    "30-digit samples": (["--samples", "1" + "0" * 30], "samples must be between 2 and 1,000,000, got 100… (31 digits)"),
    "negative steps": (["--steps=-1"], "steps must be between 0 and 1,000,000, got -1"),
    "batch size 1e12": (["--batch-size", "1000000000000"], "batch_size must be between 1 and 1,000,000, got 1,000,000,000,000"),
    "samples as a float": (["--samples", "1e9"], "argument --samples: must be a whole number, got '1e9'"),
    "outliers negative": (["--outliers=-3"], "outliers must be between 0 and 1,000,000, got -3"),
}

CANNOT_FIT = {
    "grid 20000": (["--grid", "20000"], "--grid must be between 2 and 1,001, got 20,000"),
    "grid 1": (["--grid", "1"], "--grid must be between 2 and 1,001, got 1"),
    "a billion samples": (["--samples", "1000000000"], "samples must be between 2 and 1,000,000, got 1,000,000,000"),
    "hidden 100000": (["--model", "mlp", "--hidden", "100000"], "hidden must be between 1 and 1,000, got 100,000"),
    "a wide mlp on many samples": (["--data", "xor", "--model", "mlp", "--hidden", "1000", "--samples", "100000"],
                                   "an mlp with 1,000 hidden units on 100,000 samples does not fit: lossplay takes "
                                   "samples × hidden units up to 10,000,000"),
    "an mlp that would take minutes": (["--data", "xor", "--model", "mlp", "--samples", "10000", "--loss", "hinge"],
                                       "an mlp with 4 hidden units on 10,000 samples would compute for minutes: "
                                       "lossplay takes samples × hidden units × (steps + 40,401 landscape points) up to "
                                       "1,000,000,000; use fewer samples, hidden units or steps"),
    "an mlp on a finer grid": (["--data", "xor", "--model", "mlp", "--samples", "5000", "--loss", "hinge",
                                "--grid", "401"],
                               "an mlp with 4 hidden units on 5,000 samples would compute for minutes: lossplay takes "
                               "samples × hidden units × (steps + 160,801 landscape points) up to 1,000,000,000; use "
                               "fewer samples, hidden units or steps"),
}

ENCODERS = {
    "fps inf": (["--animate", "mp4", "--fps", "inf"], "--fps must be a finite number, got inf"),
    "fps 0.001": (["--animate", "gif", "--fps", "0.001"], "--fps must be between 0.1 and 100, got 0.001"),
    "fps nan": (["--animate", "gif", "--fps", "nan"], "--fps must be a finite number, got nan"),
    "fps 1e6": (["--animate", "mp4", "--fps", "1e6"], "--fps must be between 0.1 and 100, got 1,000,000"),
}

MISTAKES = {
    "empty target": (["--data", "house", "--target="], "the target column has an empty name; name one of the file's columns"),
    "loss with newlines": (["--loss", "a\nb\nc"], "unknown loss 'a\\nb\\nc'; choose one of: " + ", ".join(
        __import__("lossplay.core.losses", fromlist=["LOSSES"]).LOSSES)),
    "data with a carriage return": (["--data", "house\r"], "unknown data kind 'house\\r'; choose one of: house, "
                                    "pass_fail, blobs, moons, circles, xor, multilabel"),
    "size with a newline": (["--size", "8\n00x600"], "argument --size: must be WIDTHxHEIGHT such as 800x600, got '8\\n00x600'"),
}


def _cases(*tables):
    return [pytest.param(args, message, id=name) for table in tables for name, (args, message) in table.items()]


@pytest.mark.parametrize("args,message", _cases(NON_FINITE, INTEGERS, CANNOT_FIT, ENCODERS, MISTAKES))
def test_refused_with_one_line_and_nothing_written(tmp_path, capsys, args, message):
    assert refused(tmp_path, capsys, *args) == message


SCENARIO_FILES = {
    "NaN noise": ('{"noise": NaN}', "noise must be a finite number, got nan"),
    "Infinity lam": ('{"lam": Infinity}', "lam must be a finite number, got inf"),
    "lam 1e308": ('{"lam": 1e308}', "lam must be between 0 and 1,000,000, got 1e+308"),
    "negative seed": ('{"seed": -1}', "seed must be between 0 and 2,147,483,647, got -1"),
    "seed 1e30 as a float": ('{"seed": 1e30}', "setting 'seed' must be a whole number, got 1e+30"),
    "samples 10**30": ('{"samples": 1' + "0" * 30 + "}", "samples must be between 2 and 1,000,000, got 100… (31 digits)"),
    "batch size 1e12": ('{"batch_size": 1000000000000}', "batch_size must be between 1 and 1,000,000, got 1,000,000,000,000"),
    "5000-digit integer": ('{"seed": ' + BIG + "}", "the JSON holds a number too long to read"),
    "integer past the float range": ('{"lr": 1' + "0" * 400 + "}", "lr must be a finite number, got 100… (401 digits)"),
    "deeply nested": ("[" * 100_000 + "]" * 100_000, "the JSON is nested too deeply"),
    "newlines in a value": ('{"optimizer": "sgd\\nrm -rf /\\nok"}', "unknown optimizer 'sgd\\nrm -rf /\\nok'; choose one "
                            "of: sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw"),
    "newlines in a key": ('{"a\\nb": 1}', "unknown scenario setting(s): a\\nb"),
    "huge start list": ('{"start": [' + ",".join(["1e300"] * 3) + "]}",
                        "start values must be finite numbers between -1,000,000 and 1,000,000"),
}


@pytest.mark.parametrize("text,message", [pytest.param(t, m, id=k) for k, (t, m) in SCENARIO_FILES.items()])
def test_scenario_file_values_refused_where_they_enter(tmp_path, capsys, text, message):
    path = tmp_path / "in" / "s.json"
    path.parent.mkdir()
    path.write_text(text)
    assert refused(tmp_path, capsys, "--scenario", str(path)) == f"scenario file {path}: {message}"


def _fifo(path):
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("make,what", [
    (lambda d: "/dev/zero", "a device"), (lambda d: "/dev/urandom", "a device"),
    (lambda d: _fifo(d / "pipe.csv"), "a pipe"), (lambda d: d, "a folder")])
def test_only_regular_files_are_read_as_data(tmp_path, capsys, make, what):
    (tmp_path / "in").mkdir()
    path = make(tmp_path / "in")
    message = refused(tmp_path, capsys, "--data", f"csv:{path}")
    if what == "a folder":
        assert message == f"{path} is a folder, not a file"
    else:
        assert message == f"{path} is not a regular file (a device, pipe or socket); lossplay reads only files"


def test_a_fifo_as_scenario_is_refused_without_waiting(tmp_path):
    (tmp_path / "in").mkdir()
    pipe = _fifo(tmp_path / "in" / "s.json")
    # In a subprocess with a timeout: a regression would block forever on open().
    result = subprocess.run([sys.executable, "-m", "lossplay", "run", "--scenario", str(pipe), "--out",
                             str(tmp_path / "out")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == (f"lossplay run: error: scenario file {pipe} is not a regular file "
                             "(a device, pipe or socket); lossplay reads only files\n")
    assert not (tmp_path / "out").exists()


def test_an_empty_out_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--steps", "1", "--out="])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == "lossplay run: error: argument --out: needs a folder name (--out= is empty)\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("blank,shown", [(" ", " "), ("   ", "   "), ("\t", "\\t"), (" \n ", " \\n ")])
def test_a_blank_out_is_refused_in_one_line(tmp_path, capsys, monkeypatch, blank, shown):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--steps", "1", "--out", blank])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == ("lossplay run: error: argument --out: needs a folder name, "
                                       f"not only blank space ('{shown}')\n")
    assert list(tmp_path.iterdir()) == []


def test_lessons_into_a_closed_pipe_ends_quietly():
    result = subprocess.run(f"'{sys.executable}' -m lossplay lessons | head -1", shell=True, capture_output=True,
                            text=True, timeout=60)
    assert result.stdout.count("\n") == 1 and ":" in result.stdout
    assert result.stderr == ""


# --- staged output: a folder appears complete or not at all --------------------------------

def _failing_after_one_file(exception):
    def write_figures(scene, history, out_dir, *args, **kwargs):
        (out_dir / "landscape.png").write_bytes(b"half")
        raise exception
    return write_figures


@pytest.mark.parametrize("exception,status", [
    (__import__("lossplay.core.staging", fromlist=["OutputError"]).OutputError("cannot write {path}: {reason}",
                                                                                 path="x", reason="disk full"), 2),
    (KeyboardInterrupt(), 130)], ids=["disk full", "ctrl-c"])
def test_a_failure_in_the_plots_leaves_nothing(tmp_path, capsys, monkeypatch, exception, status):
    monkeypatch.setattr("lossplay.plots.export.write_figures", _failing_after_one_file(exception))
    out = tmp_path / "a" / "b" / "out"
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--steps", "3", "--grid", "11", "--out", str(out)])
    assert exit_info.value.code == status
    assert capsys.readouterr().err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []  # not even the folders made for it


def test_a_failure_in_the_numbers_leaves_nothing(tmp_path, monkeypatch):
    def broken(*args):
        raise RuntimeError("a bug")
    monkeypatch.setattr("lossplay.core.runfiles.data_csv", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        main(["run", "--steps", "3", "--grid", "11", "--out", str(tmp_path / "out")])
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_is_kept_until_the_new_files_are_complete(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    monkeypatch.setattr("lossplay.plots.export.write_figures", _failing_after_one_file(KeyboardInterrupt()))
    with pytest.raises(SystemExit):
        main(["run", "--steps", "3", "--grid", "11", "--out", str(out)])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"] and sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    monkeypatch.undo()
    assert main(["run", "--steps", "3", "--grid", "11", "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "data.csv", "data.png", "data.svg", "history.csv", "landscape.npz", "landscape.png", "landscape.svg",
        "loss.png", "loss.svg", "notes.txt", "summary.json"]
    assert (out / "notes.txt").read_text() == "mine" and sorted(p.name for p in tmp_path.iterdir()) == ["out"]


@pytest.mark.parametrize("args", [["--data", "pass_fail", "--loss", "exponential", "--start=-1000000,1000000"],
                                  ["--data", "pass_fail", "--loss", "exponential", "--start=-1000,1000"],
                                  ["--start=1000000,-1000000", "--l2", "1000000"]],
                         ids=["nowhere finite", "overflow on most of the plane", "huge penalty"])
def test_landscapes_without_finite_values_still_write_every_file(tmp_path, args):
    assert main(["run", *args, "--grid", "21", "--out", str(tmp_path / "out")]) == 0
    assert len(list((tmp_path / "out").iterdir())) == 10
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["status"] in ("diverged", "finished", "converged")


# --- shapes the plots did not expect: many classes, a binary target on several features ----

FILES = ["data.csv", "data.png", "data.svg", "history.csv", "landscape.npz", "landscape.png", "landscape.svg",
         "loss.png", "loss.svg", "summary.json"]


def _own_data(path, features, classes, n=240):
    """Classes around a circle in the first two features, the others noise."""
    rng = np.random.default_rng(5)
    label = np.arange(n) % classes
    X = rng.normal(scale=0.3, size=(n, features))
    X[:, 0] += np.cos(2 * np.pi * label / classes)
    X[:, 1] += np.sin(2 * np.pi * label / classes)
    with open(path, "w") as f:
        f.write(",".join(f"f{i}" for i in range(features)) + ",kind\n")
        for row, k in zip(X, label):
            f.write(",".join(repr(float(v)) for v in row) + (f",{k}\n" if classes == 2 else f",class {k}\n"))


@pytest.mark.parametrize("features,classes,model", [(2, 8, None), (3, 10, None), (4, 2, None), (3, 2, "mlp"),
                                                     (5, 6, "mlp")])
def test_many_classes_and_binary_targets_on_several_features_run_with_every_plot(qapp, tmp_path, features, classes,
                                                                                  model):
    from lossplay.core import Scenario
    from lossplay.core.runfiles import run_scenario
    from lossplay.plots.export import make_figure
    from lossplay.plots.scene import scene_from

    path = tmp_path / "own.csv"
    _own_data(path, features, classes)
    args = ["--data", f"csv:{path}", "--steps", "20", "--grid", "21", "--size", "320x240"]
    args += ["--model", model] if model else []
    assert main(["run", *args, "--out", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == FILES
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["status"] == "finished" and summary["steps_run"] == 20
    # every class in a colour of its own on the data view
    result = run_scenario(Scenario(data=f"csv:{path}", steps=20, model=model))
    view = make_figure("data", scene_from(result.problem, result.plane, result.landscape), result.history, 320, 240)
    brushes = list(view.points_train.data["brush"]) + list(view.points_val.data["pen"])
    assert len({b.color().name() for b in brushes}) == classes
    view.deleteLater()
# --- limits known only once a person's file is read; a run ended by `kill` ---------------------

def test_an_mlp_too_large_for_a_persons_file_is_refused_up_front(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "big.csv"
    rng = np.random.default_rng(1)
    np.savetxt(path, rng.normal(size=(20_000, 3)), delimiter=",", header="a,b,price", comments="")
    assert refused(tmp_path, capsys, "--data", f"csv:{path}", "--model", "mlp", "--hidden", "1000") == (
        "an mlp with 1,000 hidden units on 20,000 samples does not fit: lossplay takes samples × hidden units up to "
        "10,000,000")


@pytest.mark.parametrize("lang, words", [("en", "interrupted; no partial file was left"),
                                         ("ko", "중단되었습니다. 쓰다 만 파일은 남기지 않았습니다")])
def test_a_run_ended_by_sigterm_leaves_nothing(tmp_path, lang, words):
    import signal
    import time

    child = subprocess.Popen([sys.executable, "-m", "lossplay", "run", "--steps", "1000000", "--lang", lang, "--out",
                              str(tmp_path / "out")], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Training has begun once the staged history.csv has rows past its header: a million
    # steps are then tens of seconds from the end (polled, never a fixed wait).
    def rows_written() -> bool:
        return any(len(p.read_bytes().splitlines()) > 2 for p in tmp_path.glob(".out.*.part/history.csv"))

    while not rows_written() and child.poll() is None:
        time.sleep(0.05)
    child.send_signal(signal.SIGTERM)
    out, err = child.communicate(timeout=300)
    assert child.returncode == 130
    assert err == f"lossplay run: {words}\n"
    assert list(tmp_path.iterdir()) == []


# SIGTERM (or Ctrl+C) sent from inside a phase of the run, by the run itself: where Qt
# calls pyqtgraph's Python while it draws (the exception went nowhere and the run wrote
# its output, or the process crashed and left its staged folder), in the landscape's
# threads, between an animation's frames, while the BLAS libraries are looked up, and
# once the output is complete and moving into place (nothing changes then).
PHASES = {
    "painting a curve": ("import pyqtgraph as pg; target = pg.PlotCurveItem; name = 'paint'", []),
    "painting the landscape": ("import pyqtgraph as pg; target = pg.ImageItem; name = 'paint'", []),
    "a bounding box": ("import pyqtgraph as pg; target = pg.PlotCurveItem; name = 'boundingRect'", []),
    "landscape threads": ("from lossplay.core import landscape_methods as target; name = '_piece_sums'",
                          ["--loss", "huber"]),
    "an animation's frame": ("from lossplay.plots.animation import _AnimationFrame as target; name = 'frame'",
                             ["--animate", "gif", "--grid", "21"]),
    "finding BLAS": ("import threadpoolctl; target = threadpoolctl.ThreadpoolController; "
                     "name = '_load_libraries'", []),
}
SIGNAL_WITHIN = """
import os, signal, sys
{where}
original = getattr(target, name)
sent = []

def signalling(*args, **kwargs):
    if not sent:
        sent.append(True)
        os.kill(os.getpid(), signal.{signal})
    return original(*args, **kwargs)

setattr(target, name, signalling)
from lossplay.cli import main
status = main(sys.argv[1:])
assert sent, "the phase never came"
sys.exit(status)
"""


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("phase", PHASES.values(), ids=PHASES.keys())
def test_a_signal_in_any_phase_of_a_run_leaves_nothing(tmp_path, phase, signal_name):
    where, flags = phase
    script = tmp_path / "signal_within.py"
    script.write_text(SIGNAL_WITHIN.format(where=where, signal=signal_name))
    (tmp_path / "work").mkdir()
    result = subprocess.run([sys.executable, str(script), "run", "--steps", "300", *flags, "--out",
                             str(tmp_path / "work" / "out")], capture_output=True, text=True, timeout=300)
    assert (result.returncode, result.stderr) == (130, "lossplay run: interrupted; no partial file was left\n")
    assert list((tmp_path / "work").iterdir()) == []


def test_a_signal_once_the_output_is_complete_changes_nothing(tmp_path):
    script = tmp_path / "signal_within.py"
    script.write_text(SIGNAL_WITHIN.format(where="from lossplay.core import staging as target; "
                                                 "name = '_move_into_place'", signal="SIGTERM"))
    out = tmp_path / "work" / "out"
    result = subprocess.run([sys.executable, str(script), "run", "--steps", "300", "--out", str(out)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stderr == ""
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["summary.json", "history.csv", "data.csv", "landscape.npz", "landscape.png", "landscape.svg", "loss.png",
         "loss.svg", "data.png", "data.svg"])


# --- encoders: ffmpeg's failures in one line, ffmpeg's own words kept off the terminal ------

def _fake_ffmpeg(folder, script):
    exe = folder / "ffmpeg"
    exe.write_text("#!/bin/sh\n" + script)
    exe.chmod(0o755)
    return str(exe)


@pytest.mark.parametrize("script,reason", [
    ("echo \"[libx264 @ 0x1] broken\" >&2\necho \"Unknown encoder 'libx264'\" >&2\nexit 1\n",
     "ffmpeg failed: Unknown encoder 'libx264'"),
    ("cat > /dev/null\necho 'Conversion failed!' >&2\nexit 1\n", "ffmpeg failed: Conversion failed!"),
    ("cat > /dev/null\nexit 3\n", "ffmpeg failed: exit status 3"),
    (None, "ffmpeg could not be started (No such file or directory)"),
], ids=["refuses at once", "fails at the end", "fails silently", "missing"])
def test_an_ffmpeg_failure_is_one_line_and_leaves_nothing(tmp_path, capfd, monkeypatch, script, reason):
    (tmp_path / "in").mkdir()
    exe = _fake_ffmpeg(tmp_path / "in", script) if script else str(tmp_path / "in" / "no-ffmpeg")
    monkeypatch.setattr("imageio_ffmpeg.get_ffmpeg_exe", lambda: exe)
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as exit_info:
        main(["run", "--steps", "30", "--grid", "11", "--size", "128x96", "--animate", "mp4", "--out", str(out)])
    assert exit_info.value.code == 2
    captured = capfd.readouterr()  # the file descriptors: what ffmpeg itself printed too
    assert captured.err == f"lossplay run: error: cannot write {out}/run.mp4: {reason}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


@pytest.mark.parametrize("fps", ["0.1", "100"])
def test_animations_at_the_ends_of_the_frame_rate(tmp_path, capfd, fps):
    import imageio_ffmpeg
    from PIL import Image

    from lossplay.plots.animation import HOLD_SECONDS, hold_frames

    for kind in ("mp4", "gif"):
        out = tmp_path / kind
        assert main(["run", "--steps", "9", "--grid", "11", "--size", "320x240", "--animate", kind, "--fps", fps,
                     "--out", str(out)]) == 0
        assert capfd.readouterr().err == ""  # not even Qt's off-screen warnings
        if kind == "mp4":
            reader = imageio_ffmpeg.read_frames(str(out / "run.mp4"))
            meta = next(reader)
            assert meta["fps"] == float(fps) and meta["size"] == (320, 240)
            assert sum(1 for _ in reader) == 10 + hold_frames(float(fps))  # the last frame held
        else:
            with Image.open(out / "run.gif") as gif:
                durations = []
                for i in range(gif.n_frames):  # Pillow merges equal frames, adding up their durations
                    gif.seek(i)
                    durations.append(gif.info["duration"])
            # players show a frame for 20 ms at least; the last one is held
            frame = max(20, round(1000 / float(fps)))
            assert sum(durations) == 9 * frame + max(frame, round(1000 * HOLD_SECONDS))


@pytest.mark.parametrize("args", [[], ["--data", "blobs", "--classes", "3"], ["--data", "multilabel"]],
                         ids=["regression", "three classes", "multi-label"])
def test_the_smallest_animation_is_exactly_the_size_asked(tmp_path, args):
    from PIL import Image

    out = tmp_path / "out"
    assert main(["run", "--steps", "12", "--grid", "21", "--size", "128x96", "--animate", "gif", "--out", str(out),
                 *args]) == 0
    with Image.open(out / "run.gif") as gif:
        assert gif.n_frames > 1
        for i in range(gif.n_frames):
            gif.seek(i)
            assert gif.size == (128, 96) and gif.convert("RGB").size == (128, 96)
    for name in ("landscape", "loss", "data"):
        with Image.open(out / f"{name}.png") as png:
            assert png.size == (128, 96)


SIGNAL_WHILE_IMPORTING = """
import importlib.abc, os, signal, sys

class SignalOnImport(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "lossplay.core":  # still importing: nothing has started
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, SignalOnImport())
from lossplay import start
sys.exit(start())
"""


def test_ctrl_c_while_lossplay_still_imports_ends_it_quietly(tmp_path):
    script = tmp_path / "signal_while_importing.py"
    script.write_text(SIGNAL_WHILE_IMPORTING)
    (tmp_path / "work").mkdir()
    result = subprocess.run([sys.executable, str(script), "run", "--out", str(tmp_path / "work" / "out")],
                            capture_output=True, text=True, timeout=300)
    assert (result.returncode, result.stderr) == (130, "")  # no traceback from the middle of an import
    assert list((tmp_path / "work").iterdir()) == []
