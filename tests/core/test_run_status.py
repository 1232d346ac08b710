"""One rule for the status words (DESIGN.md, Run status), used by lossplay run too."""
import json
import subprocess
import sys

import numpy as np
import pytest

from lossplay.core import Scenario, build_problem, train
from lossplay.core.status import run_status


@pytest.mark.parametrize("norms, expected", [
    ([5.0, 4.0e-6], "converged"),  # 4e-6 <= 1e-6 * 5
    ([5.0, 6.0e-6], "finished"),
    ([0.5, 9.0e-7], "converged"),  # the initial norm below 1 counts as 1
    ([0.5, 2.0e-6], "finished"),
    ([30.0, 6.4], "finished"),
])
def test_the_rule_at_the_step_limit(norms, expected):
    assert run_status("finished", np.array(norms)) == expected


def test_diverged_and_running_are_kept():
    assert run_status("diverged", np.array([1.0, 0.0])) == "diverged"
    assert run_status("running", np.array([1.0, 0.0])) == "running"


def test_a_zero_one_run_that_never_moved_is_finished():
    history = train(build_problem(Scenario(data="pass_fail", loss="zero_one", steps=20)))
    assert np.all(history.thetas == history.thetas[0]) and history.grad_norms[-1] == 0.0
    assert run_status(history.status, history.grad_norms, "zero_one") == "finished"


def _summary_status(tmp_path, *args):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "lossplay.cli", "run", *args, "--out", str(out)], check=True,
                   capture_output=True)
    return json.loads((out / "summary.json").read_text())["status"]


def test_lossplay_run_writes_the_same_words(tmp_path):
    # The default bowl at lr 0.5 reaches a gradient norm far below 1e-6 in 150 steps; at 0.001 it does not.
    assert _summary_status(tmp_path / "a", "--lr", "0.5", "--steps", "150") == "converged"
    assert _summary_status(tmp_path / "b", "--lr", "0.001", "--steps", "150") == "finished"
    assert _summary_status(tmp_path / "c", "--data", "pass_fail", "--loss", "zero_one", "--steps", "20") == "finished"
