"""`lossplay run --schedule`: the rates in history.csv, and bad schedules refused."""
import csv

import pytest

from lossplay.cli import main


def test_lossplay_run_writes_the_scheduled_rates(tmp_path, capsys):
    assert main(["run", "--schedule", "step:4:0.5", "--lr", "0.2", "--steps", "10", "--out", str(tmp_path)]) == 0
    rows = list(csv.DictReader((tmp_path / "history.csv").open()))
    assert [float(r["lr"]) for r in rows] == [0.2 * 0.5 ** (t // 4) for t in range(11)]


def test_lossplay_run_refuses_a_bad_schedule_with_exit_status_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["run", "--schedule", "cosine:0", "--out", str(tmp_path / "out")])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cosine:0" in err and "T must be a whole number" in err
    assert not (tmp_path / "out").exists()
