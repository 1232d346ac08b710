"""`lossplay run --test-fraction`: a test split in data.csv, scored in summary.json."""
import csv
import json

import pytest

from lossplay.cli import main


def test_test_fraction_writes_a_test_split_scored_once(tmp_path):
    out = tmp_path / "out"
    assert main(["run", "--data", "blobs", "--classes", "3", "--test-fraction", "0.25", "--steps", "10",
                 "--out", str(out)]) == 0
    splits = [r["split"] for r in csv.DictReader((out / "data.csv").open())]
    assert (splits.count("train"), splits.count("val"), splits.count("test")) == (110, 40, 50)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["scenario"]["test_fraction"] == 0.25
    assert set(summary["metrics"]) == {"train", "val", "test"}
    confusion = summary["metrics"]["test"]["confusion"]
    assert len(confusion) == 3 and sum(map(sum, confusion)) == 50


@pytest.mark.parametrize("args,message", [
    (["--test-fraction", "1"], "test_fraction must be between 0 and 0.99, got 1"),
    (["--val-fraction", "0.6", "--test-fraction", "0.4"], "the validation and test splits leave no training samples"),
])
def test_bad_test_fractions_are_refused_in_one_line(tmp_path, capsys, args, message):
    with pytest.raises(SystemExit) as exit_info:
        main(["run", *args, "--out", str(tmp_path / "out")])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err == f"lossplay run: error: {message}\n"
    assert not (tmp_path / "out").exists()
