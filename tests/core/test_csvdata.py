"""A person's own CSV data: accepted files, and a message for each bad one."""
import numpy as np
import pytest

from lossplay.core import Scenario, build_problem, train
from lossplay.core import csvdata
from lossplay.core.csvdata import CsvDataError, read_csv_data


def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_regression_file(tmp_path):
    path = write(tmp_path, "size,rooms,price\n50,2,30\n80,3,45.5\n120,4,60\n")
    data = read_csv_data(path)
    assert data.regression and data.feature_names == ("size", "rooms") and data.target_name == "price"
    np.testing.assert_array_equal(data.X, [[50, 2], [80, 3], [120, 4]])
    np.testing.assert_array_equal(data.y, [30, 45.5, 60])


def test_classification_by_labels_and_a_chosen_target(tmp_path):
    path = write(tmp_path, "label,a,b\ncat,1,2\ndog,2,3\ncat,3,1\nbird,0,0\n")
    data = read_csv_data(path, target="label")
    assert data.class_names == ("bird", "cat", "dog")
    assert data.y.tolist() == [1, 2, 1, 0]
    assert data.feature_names == ("a", "b")


def test_plus_minus_one_targets_are_binary_labels(tmp_path):
    data = read_csv_data(write(tmp_path, "x,y\n1,-1\n2,1\n3,1\n"))
    assert data.class_names == ("-1", "1") and data.y.tolist() == [0, 1, 1]


def test_lossplay_trains_on_it(tmp_path):
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 10, 60)
    lines = ["hours,passed"] + [f"{v},{int(v > 5)}" for v in x]
    path = write(tmp_path, "\n".join(lines) + "\n")
    problem = build_problem(Scenario(data=f"csv:{path}", val_fraction=0.0, lr=0.5, steps=100))
    assert problem.scenario.loss == "logistic" and problem.dataset.feature_names == ("hours",)
    history = train(problem)
    assert history.losses[-1] < 0.5 * history.losses[0]


BAD = {
    "missing file": (None, "does not exist"),
    "empty file": ("", "is empty"),
    "no header": ("1,2,3\n4,5,6\n", "has no header"),
    "non-numeric value": ("a,b,y\n1,2,3\n4,five,6\n", "line 3: 'five' in column 'b' is not a number"),
    "missing value": ("a,b,y\n1,2,3\n4,,6\n", "line 3: the value of 'b' is missing"),
    "missing target": ("a,y\n1,2\n4,\n", "line 3: the target 'y' is missing"),
    "ragged row": ("a,b,y\n1,2,3\n4,5\n", "line 3 has 2 values; the header has 3 columns"),
    "single class": ("a,y\n1,cat\n2,cat\n3,cat\n", "single class ('cat')"),
    "more than ten classes": ("a,y\n" + "".join(f"{i},c{i}\n" for i in range(11)), "11 classes; lossplay takes at most 10"),
    "fewer than two rows": ("a,y\n1,2\n", "has too few data rows (1); at least 2 are needed"),
    "unknown target": ("a,y\n1,2\n2,3\n", "there is no column 'price'"),
}


@pytest.mark.parametrize("content,message", list(BAD.values()), ids=list(BAD))
def test_bad_files_name_the_problem(tmp_path, content, message):
    path = tmp_path / "missing.csv" if content is None else write(tmp_path, content)
    target = "price" if "price" in message else None
    with pytest.raises(CsvDataError) as info:
        read_csv_data(path, target)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_too_large_a_file_says_the_limit(tmp_path, monkeypatch):
    path = write(tmp_path, "a,y\n" + "1,2\n" * 50)
    monkeypatch.setattr(csvdata, "MAX_BYTES", 100)
    with pytest.raises(CsvDataError, match="up to 0 MB and 100,000 rows"):
        read_csv_data(path)
    monkeypatch.setattr(csvdata, "MAX_BYTES", 10_000)
    monkeypatch.setattr(csvdata, "MAX_ROWS", 10)
    with pytest.raises(CsvDataError, match="50 rows; lossplay reads data files up to 10 rows"):
        read_csv_data(path)


def test_scenario_with_a_bad_file_is_refused_in_one_line(tmp_path):
    from lossplay.core import ScenarioError

    path = write(tmp_path, "a,y\n1,cat\n2,cat\n")
    with pytest.raises(ScenarioError, match="single class"):
        build_problem(Scenario(data=f"csv:{path}"))
