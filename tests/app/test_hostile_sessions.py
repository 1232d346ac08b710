"""Sessions as a hostile or careless person may hand them to the window (issue 9): refused
with a dialog or one line, never a crash; what is accepted opens number for number."""
import json
import subprocess
import sys

import pytest

from lossplay.app.window import READY
from lossplay.core.limits import RANGES




def session_file(tmp_path, **scenario):
    path = tmp_path / "s.lossplay.json"
    path.write_text(json.dumps({"format": "lossplay-session", "version": 1, "scenario": scenario}))
    return path


BAD = {
    "negative seed": ({"seed": -1}, "seed must be between 0 and 2,147,483,647, got -1"),
    "seed 1e30": ({"seed": 1e30}, "setting 'seed' must be a whole number, got 1e+30"),
    "samples 10**30": ({"samples": 10**30}, "samples must be between 2 and 1,000,000, got 100… (31 digits)"),
    "batch size 1e12": ({"batch_size": 10**12}, "batch_size must be between 1 and 1,000,000, got 1,000,000,000,000"),
    "hidden 100000": ({"hidden": 100_000}, "hidden must be between 1 and 1,000, got 100,000"),
}


@pytest.mark.parametrize("scenario,message", [pytest.param(s, m, id=k) for k, (s, m) in BAD.items()])
def test_out_of_range_sessions_are_refused_by_the_open_window(window, tmp_path, warnings, scenario, message):
    before = window.current_scenario()
    assert not window.files.open_session(session_file(tmp_path, **scenario))
    assert warnings[-1] == ("Could not open the session", f"s.lossplay.json: {message}")
    assert window.current_scenario() == before


@pytest.mark.parametrize("scenario,message", [pytest.param(s, m, id=k) for k, (s, m) in BAD.items()][:3])
def test_out_of_range_sessions_at_start_up_end_in_one_line(tmp_path, scenario, message):
    path = session_file(tmp_path, **scenario)
    result = subprocess.run([sys.executable, "-m", "lossplay", str(path)], capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 2
    assert result.stderr == f"lossplay: error: s.lossplay.json: {message}\n"


def test_a_session_at_the_ends_of_the_ranges_opens_number_for_number(qtbot, window, tmp_path):
    edges = dict(seed=RANGES["seed"][1], noise=RANGES["noise"][1], val_fraction=RANGES["val_fraction"][1],
                 lr=RANGES["lr"][1], lam=RANGES["lam"][1], regularizer="l2", samples=1000, steps=RANGES["steps"][1],
                 batch_size=7, huber_delta=RANGES["huber_delta"][0], loss="huber", hidden=RANGES["hidden"][1],
                 model="linear", start=None)  # (an mlp of 1,000 units: a landscape of many seconds)
    assert window.files.open_session(session_file(tmp_path, **edges))
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem is not None
                    and window.controller.problem.scenario.seed == edges["seed"], timeout=60000)
    for name, value in edges.items():
        assert getattr(window.current_scenario(), name) == value, name
        assert getattr(window.controller.problem.scenario, name) == value, name
    assert window.data_panel.seed.value() == edges["seed"]


KAGGLE_CLASSES = ("Id,Zone,Area,Street,Sold\n" + "".join(
    f"{i},{'RL' if i % 3 else 'RM'},{8000 + 97 * i},{'Pave' if i % 4 else 'Grvl'},{'yes' if i % 2 else 'no'}\n"
    for i in range(1, 41)))


def test_a_session_that_leaves_out_text_columns_opens_with_its_classes(qtbot, window, tmp_path):
    data = tmp_path / "houses.csv"
    data.write_text(KAGGLE_CLASSES)
    assert window.files.open_session(session_file(tmp_path, data=f"csv:{data}", numeric_only=True))
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem is not None
                    and window.controller.problem.scenario.data == f"csv:{data}", timeout=30000)
    problem = window.controller.problem
    assert problem.dataset.feature_names == ("Id", "Area") and problem.dataset.n_classes == 2
    assert problem.scenario.loss == "logistic" and problem.scenario.numeric_only
