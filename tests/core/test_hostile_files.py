"""Scenario, session and CSV files as people (and hostile people) have them (issue 9)."""
import json
import os

import numpy as np
import pytest

from lossplay.core import Scenario, ScenarioError, build_problem
from lossplay.core.csvdata import CsvDataError, read_csv_data, read_csv_data_header
from lossplay.core.limits import RANGES
from lossplay.core.session import SessionError, load_session, parse_session, session_json


def session_text(**scenario):
    return json.dumps({"format": "lossplay-session", "version": 1, "scenario": scenario})


SESSIONS = {
    # the window died on these at start-up (QSpinBox.setValue) or clamped them silently
    "negative seed": ({"seed": -1}, "seed must be between 0 and 2,147,483,647, got -1"),
    "seed 1e30": ({"seed": 1e30}, "setting 'seed' must be a whole number, got 1e+30"),
    "seed 10**30": ({"seed": 10**30}, "seed must be between 0 and 2,147,483,647, got 100… (31 digits)"),
    "samples 10**30": ({"samples": 10**30}, "samples must be between 2 and 1,000,000, got 100… (31 digits)"),
    "batch size 1e12": ({"batch_size": 10**12}, "batch_size must be between 1 and 1,000,000, got 1,000,000,000,000"),
    "hidden beyond the range": ({"hidden": 5000}, "hidden must be between 1 and 1,000, got 5,000"),
    "steps beyond the range": ({"steps": 2_000_000}, "steps must be between 0 and 1,000,000, got 2,000,000"),
    "noise nan": ({"noise": float("nan")}, "noise must be a finite number, got nan"),
    "val fraction 1": ({"val_fraction": 1.0}, "val_fraction must be between 0 and 0.99, got 1"),
}


@pytest.mark.parametrize("scenario,message", [pytest.param(s, m, id=k) for k, (s, m) in SESSIONS.items()])
def test_session_values_out_of_range_are_refused(tmp_path, scenario, message):
    path = tmp_path / "s.lossplay.json"
    path.write_text(session_text(**scenario))
    with pytest.raises(SessionError) as info:
        load_session(path)
    assert str(info.value) == f"s.lossplay.json: {message}"


def test_race_values_out_of_range_are_refused():
    def race(**entry):
        run = {"lr": 0.1, "optimizer": "sgd", "batch_size": "all", **entry}
        return json.dumps({"format": "lossplay-session", "version": 1, "scenario": {}, "race": [run]})

    with pytest.raises(SessionError) as info:
        parse_session(race(lr=1e9))
    assert str(info.value) == "a run in the race: lr must be between 1e-12 and 1,000,000, got 1,000,000,000"
    with pytest.raises(SessionError) as info:
        parse_session(race(lr=10**400))
    assert str(info.value) == "a run in the race has learning rate inf; it must be a positive number"
    with pytest.raises(SessionError) as info:
        parse_session(race(batch_size=10**12))
    assert str(info.value) == "a run in the race: batch_size must be between 1 and 1,000,000, got 1,000,000,000,000"


def test_a_session_at_the_edges_of_every_range_opens_unchanged():
    edges = {name: hi for name, (lo, hi) in RANGES.items() if name not in ("samples", "outliers", "batch_size")}
    # a linear model: an MLP of 1,000 hidden units trained for 1,000,000 steps is refused for its work
    edges.update(samples=1000, outliers=1000, batch_size=1000, model="linear", data="xor")
    session = parse_session(session_text(**edges))
    for name, value in edges.items():
        assert getattr(session.scenario, name) == value
    assert parse_session(session_json(session.scenario)).scenario == session.scenario
    with pytest.raises(SessionError, match="would compute for minutes"):
        parse_session(session_text(**dict(edges, model="mlp")))


def test_every_range_admits_its_ends_and_refuses_just_beyond():
    for name, (lo, hi) in RANGES.items():
        for value in (lo, hi):
            Scenario.from_dict({name: value, "samples": 1_000_000} if name == "outliers" else {name: value})
        beyond = hi * 2 if hi else 1
        with pytest.raises(ScenarioError, match=f"^{name} must be between"):
            Scenario.from_dict({name: beyond})
        if lo > 0:
            with pytest.raises(ScenarioError, match=f"^{name} must be between"):
                Scenario.from_dict({name: lo / 2 if isinstance(lo, float) else lo - 1})


def test_a_session_that_is_a_fifo_or_device_is_refused(tmp_path):
    pipe = tmp_path / "s.lossplay.json"
    os.mkfifo(pipe)
    with pytest.raises(SessionError, match="is not a regular file"):
        load_session(pipe)
    with pytest.raises(SessionError, match="is not a regular file"):
        load_session("/dev/zero")


def test_a_huge_settings_file_is_refused_by_its_size(tmp_path):
    path = tmp_path / "s.json"
    path.write_text('{"lr": 0.1' + " " * 2_000_000 + "}")
    with pytest.raises(ScenarioError, match=r"is too big: 2,000,011 bytes, and lossplay reads up to 1,000,000 bytes"):
        Scenario.load(path)


# --- CSV files -------------------------------------------------------------------------

def write(tmp_path, text, name="data.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_not_read(path):
    with pytest.raises(CsvDataError) as info:
        read_csv_data(path)
    assert str(info.value) == f"{path} is not a regular file (a device, pipe or socket); lossplay reads only files"
    with pytest.raises(CsvDataError, match="not a regular file"):
        read_csv_data_header(path)


def test_a_fifo_is_not_opened(tmp_path):
    pipe = tmp_path / "d.csv"
    os.mkfifo(pipe)  # opening it for reading would wait for a writer forever
    with pytest.raises(CsvDataError, match="not a regular file"):
        read_csv_data(pipe)
    with pytest.raises(CsvDataError, match="not a regular file"):
        read_csv_data_header(pipe)


def test_a_value_longer_than_the_field_limit(tmp_path):
    path = write(tmp_path, "a,y\n1,2\n" + "x" * 200_000 + ",3\n")
    with pytest.raises(CsvDataError) as info:
        read_csv_data(path)
    assert str(info.value) == "line 3: a value is longer than 10,000 characters"


def test_a_quote_that_never_closes(tmp_path):
    path = write(tmp_path, 'a,y\n1,2\n"3,4\n' + "5,6\n" * 40_000)
    with pytest.raises(CsvDataError) as info:
        read_csv_data(path)
    assert "\n" not in str(info.value) and "line" in str(info.value)


def test_numbers_near_the_float_limit_are_refused(tmp_path):
    with pytest.raises(CsvDataError) as info:
        read_csv_data(write(tmp_path, "a,y\n1,2\n2,1e306\n3,4\n"))
    assert str(info.value) == "line 3: 1e306 in column 'y' is too large; lossplay reads numbers up to 1e15 in size"
    with pytest.raises(CsvDataError, match="line 2: -2e20 in column 'a' is too large"):
        read_csv_data(write(tmp_path, "a,y\n-2e20,2\n2,1\n3,4\n"))


def test_not_utf8(tmp_path):
    path = tmp_path / "d.csv"
    path.write_bytes(b"a,y\n1,2\n\xff\xfe,3\n")
    with pytest.raises(CsvDataError) as info:
        read_csv_data(path)
    assert str(info.value) == "cannot read d.csv: it is not UTF-8 text (byte 9)"


KAGGLE = ("Id,MSSubClass,MSZoning,LotFrontage,LotArea,Street,Alley,LotShape,SalePrice\n"
          "1,60,RL,65,8450,Pave,NA,Reg,208500\n"
          "2,20,RL,80,9600,Pave,NA,Reg,181500\n"
          "3,60,RL,68,11250,Pave,NA,IR1,223500\n"
          "4,70,RL,NA,9550,Pave,NA,IR1,140000\n"
          "5,60,RL,84,14260,Pave,Grvl,IR1,250000\n")


def test_a_kaggle_house_file_names_its_text_columns_and_the_way_on(tmp_path):
    path = write(tmp_path, KAGGLE, "train.csv")
    with pytest.raises(CsvDataError) as info:
        read_csv_data(path)
    assert str(info.value) == ("train.csv: the feature columns 'MSZoning', 'Street', 'Alley', 'LotShape' hold text, "
                               "and lossplay needs numbers; remove them or leave them out with --numeric-only")


def test_numeric_only_leaves_out_text_and_gapped_columns(tmp_path):
    data = read_csv_data(write(tmp_path, KAGGLE, "train.csv"), numeric_only=True)
    assert data.feature_names == ("Id", "MSSubClass", "LotArea") and data.target_name == "SalePrice"
    np.testing.assert_array_equal(data.X[:, 2], [8450, 9600, 11250, 9550, 14260])
    np.testing.assert_array_equal(data.y, [208500, 181500, 223500, 140000, 250000])


def test_many_text_columns_are_counted_not_all_listed(tmp_path):
    header = ",".join(f"t{i}" for i in range(10)) + ",y"
    rows = ["".join(f"w{i}," for i in range(10)) + f"{k}" for k in range(3)]
    with pytest.raises(CsvDataError, match="'t0', 't1', 't2', 't3', 't4', 't5' and 4 more hold text"):
        read_csv_data(write(tmp_path, "\n".join([header, *rows]) + "\n"))


def test_a_stray_word_in_a_number_column_is_a_typo_on_its_line(tmp_path):
    with pytest.raises(CsvDataError, match="^line 4: 'tree' in column 'a' is not a number$"):
        read_csv_data(write(tmp_path, "a,y\n1,2\n2,3\ntree,4\n5,5\n"))


@pytest.mark.parametrize("text", ["size rooms price\n50 2 30\n80  3 45.5\n120\t4 60\n",
                                  "size\trooms\tprice\n50\t2\t30\n80\t3\t45.5\n120\t4\t60\n",
                                  "size;rooms;price\n50;2;30\n80;3;45.5\n120;4;60\n"],
                         ids=["spaces", "tabs", "semicolons"])
def test_whitespace_tab_and_semicolon_separated_files(tmp_path, text):
    path = write(tmp_path, text)
    assert read_csv_data_header(path) == ["size", "rooms", "price"]
    data = read_csv_data(path)
    assert data.feature_names == ("size", "rooms")
    np.testing.assert_array_equal(data.X, [[50, 2], [80, 3], [120, 4]])
    np.testing.assert_array_equal(data.y, [30, 45.5, 60])


def test_numeric_only_through_the_scenario(tmp_path):
    path = write(tmp_path, KAGGLE, "train.csv")
    problem = build_problem(Scenario(data=f"csv:{path}", numeric_only=True, val_fraction=0.0, steps=3))
    assert problem.dataset.feature_names == ("Id", "MSSubClass", "LotArea")
    assert Scenario.from_json(problem.scenario.to_json()).numeric_only is True
    with pytest.raises(ScenarioError, match="'numeric_only' must be true or false, got \"yes\""):
        Scenario.from_dict({"numeric_only": "yes"})


@pytest.mark.parametrize("scale", [1e200, 1e300])
def test_the_exact_minimum_near_the_float_limit_is_unknown_not_a_crash(scale):
    """Files are refused beyond 1e15, but the objective must not crash on what overflows
    (X^T X is inf here, and LAPACK's SVD does not converge on it)."""
    from lossplay.core.losses import LOSSES
    from lossplay.core.models import LinearModel
    from lossplay.core.objective import Objective

    X = np.array([[scale], [-scale], [0.5 * scale]])
    objective = Objective(LinearModel(1, 1), LOSSES["mse"], X, np.array([1.0, 2.0, 3.0]))
    assert objective.is_quadratic and objective.exact_minimum() is None
    # and an ordinary one is still the least-squares solution numpy gives
    X = np.array([[1.0], [2.0], [4.0]])
    y = np.array([1.0, 2.0, 2.5])
    expected, *_ = np.linalg.lstsq(np.column_stack([X, np.ones(3)]), y, rcond=None)
    np.testing.assert_allclose(Objective(LinearModel(1, 1), LOSSES["mse"], X, y).exact_minimum(), expected, rtol=1e-12)


@pytest.mark.parametrize("loss,points", [("logistic", 65 * 65), ("hinge", 201 * 201), (None, 65 * 65)])
def test_an_mlp_is_bounded_by_its_work_where_it_enters(loss, points):
    """samples x hidden x (steps + landscape points) <= MLP_WORK: accepted at the bound, refused past it."""
    from lossplay.core.limits import MLP_WORK

    hidden, steps = 5, 150
    samples = MLP_WORK // (hidden * (steps + points))
    Scenario(data="xor", model="mlp", loss=loss, samples=samples, hidden=hidden, steps=steps).validated()
    with pytest.raises(ScenarioError, match="would compute for minutes"):
        Scenario(data="xor", model="mlp", loss=loss, samples=samples + 1, hidden=hidden, steps=steps).validated()
    with pytest.raises(ScenarioError, match="would compute for minutes"):
        Scenario(data="xor", model="mlp", loss=loss, samples=samples, hidden=hidden, steps=steps + 1).validated()
