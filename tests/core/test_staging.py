"""The staged output folder (lossplay.core.staging): complete or not there at all."""
import shutil

import pytest

from lossplay.core import staging
from lossplay.core.staging import staged_output


def test_a_failure_removes_the_staged_folder_and_the_folders_made_for_it(tmp_path):
    out = tmp_path / "new" / "deeper" / "out"
    with pytest.raises(ValueError), staged_output(out) as stage:
        (stage / "summary.json").write_text("{}")
        raise ValueError("late")
    assert list(tmp_path.iterdir()) == []


def test_a_ctrl_c_during_the_removal_does_not_stop_it_halfway(tmp_path, monkeypatch):
    out = tmp_path / "new" / "out"
    calls, rmtree = [], shutil.rmtree

    def interrupted_once(path, ignore_errors=False):
        calls.append(path)
        if len(calls) == 1:
            (path / "a.csv").unlink()  # part of the work done, then the signal
            raise KeyboardInterrupt
        rmtree(path, ignore_errors=ignore_errors)

    monkeypatch.setattr(staging.shutil, "rmtree", interrupted_once)
    with pytest.raises(KeyboardInterrupt), staged_output(out) as stage:
        (stage / "a.csv").write_text("x")
        (stage / "b.csv").write_text("y")
        raise ValueError("late")
    assert len(calls) == 2 and list(tmp_path.iterdir()) == []


def test_success_moves_every_file_into_place(tmp_path):
    out = tmp_path / "out"
    with staged_output(out) as stage:
        (stage / "summary.json").write_text("{}")
    assert [p.name for p in tmp_path.iterdir()] == ["out"] and (out / "summary.json").read_text() == "{}"
