import numpy as np
import pytest

from lossplay.core import Scenario, ScenarioError, build_problem
from lossplay.core.data import make_dataset


def test_scenario_round_trips_through_json():
    s = Scenario(data="blobs", classes=4, model="mlp", hidden=6, loss="multiclass_hinge", regularizer="l2",
                 lam=0.01, optimizer="adam", lr=0.002, batch_size=16, steps=77, seed=9, start=None)
    assert Scenario.from_json(s.to_json()) == s
    t = Scenario(start=(1.5, -2.0), batch_size="all")
    assert Scenario.from_json(t.to_json()) == t


def test_scenario_refuses_wrong_types_and_keys():
    with pytest.raises(ScenarioError, match="whole number"):
        Scenario.from_dict({"steps": 1.5})
    with pytest.raises(ScenarioError, match="unknown scenario setting"):
        Scenario.from_dict({"__import__": "os"})
    with pytest.raises(ScenarioError, match="a whole number"):
        Scenario.from_dict({"seed": True})


@pytest.mark.parametrize("kind,classes", [("house", 0), ("pass_fail", 2), ("blobs", 5), ("moons", 2), ("circles", 2), ("xor", 2)])
def test_data_kinds(kind, classes):
    ds = make_dataset(kind, rng=np.random.default_rng(0), samples=100, classes=max(classes, 2), val_fraction=0.25)
    assert ds.X.dtype == np.float64 and len(ds.X) == len(ds.y) == 100
    assert ds.is_val.sum() == 25
    if classes:
        assert sorted(set(ds.y.tolist())) == list(range(classes))
    np.testing.assert_allclose(ds.X_train.mean(axis=0), 0.0, atol=1e-12)
    np.testing.assert_allclose(ds.X_train.std(axis=0), 1.0)


def test_house_prices_readable_scale_and_outliers():
    clean = make_dataset("house", rng=np.random.default_rng(1), samples=300, features=3, scale="none")
    assert 10 < np.median(clean.y) < 200
    assert clean.X[:, 0].min() >= 30 and clean.X[:, 0].max() <= 180
    dirty = make_dataset("house", rng=np.random.default_rng(1), samples=300, features=3, scale="none", outliers=5)
    assert np.sum(dirty.y - clean.y > 50) == 5


def test_xor_is_not_linearly_separable_but_blobs_are():
    from lossplay.core import train
    blobs = train(build_problem(Scenario(data="blobs", noise=0.0, loss="hinge", lr=0.5, steps=300)))
    xor = train(build_problem(Scenario(data="xor", loss="hinge", lr=0.5, steps=300)))
    assert blobs.losses[-1] < 0.05 < 0.5 < xor.losses[-1]
