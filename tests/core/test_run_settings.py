"""A new start, step limit, batch size, rate or rule reuses the problem's data: the run is
the same as building the whole scenario again."""
import numpy as np
import pytest

from lossplay.core import Scenario, ScenarioError, build_problem, train


@pytest.mark.parametrize("changes", [
    {"start": (1.5, -2.0)}, {"steps": 40}, {"batch_size": 16}, {"lr": 0.2, "optimizer": "adam"}, {"start": None},
])
def test_run_settings_without_rebuilding_match_a_fresh_build(changes):
    base = build_problem(Scenario(start=(0.5, 0.5), steps=30))
    scenario = base.scenario.replace(**changes)
    reused, fresh = base.with_run_settings(scenario), build_problem(scenario)
    np.testing.assert_array_equal(reused.start, fresh.start)
    np.testing.assert_array_equal(train(reused).thetas, train(fresh).thetas)


def test_run_settings_are_checked():
    problem = build_problem(Scenario())
    with pytest.raises(ScenarioError, match="start needs 2 values"):
        problem.with_run_settings(problem.scenario.replace(start=(1.0, 2.0, 3.0)))
    with pytest.raises(ScenarioError, match="larger than the 160 training samples"):
        problem.with_run_settings(problem.scenario.replace(batch_size=500))
