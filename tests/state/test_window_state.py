"""The window's one state, without Qt: what each change costs, and what it resets."""
import subprocess
import sys

import pytest

from lossplay.core import Scenario
from lossplay.app.state import (COMPUTING, PAUSED, READY, RUNNING, Cost, DataFacts, Racer, WindowState)


@pytest.fixture
def state():
    s = WindowState()
    s.set_status(READY)
    return s


def test_importing_the_state_loads_no_qt():
    code = ("import sys, lossplay.app.state; print(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "[]"


def test_the_default_scenario_is_resolved_like_lossplay_run(state):
    assert (state.scenario.model, state.scenario.loss, state.speed) == ("linear", "mse", 30.0)


@pytest.mark.parametrize("changes, cost", [
    ({"seed": 3}, Cost.DATA), ({"samples": 500}, Cost.DATA), ({"data": "blobs"}, Cost.DATA),
    ({"loss": "mae"}, Cost.LANDSCAPE), ({"model": "mlp"}, Cost.LANDSCAPE), ({"lam": 0.5}, Cost.LANDSCAPE),
    ({"axes": (0, 1)}, Cost.LANDSCAPE),
    ({"steps": 400}, Cost.RUN), ({"batch_size": 32}, Cost.RUN), ({"start": (1.0, 2.0)}, Cost.RUN),
    ({"racers": (Racer(0.1, "adam", "all"),)}, Cost.RUN),
    ({"lr": 0.1}, Cost.RUN), ({"optimizer": "adam"}, Cost.RUN),  # not paused mid-run: a fresh run
    ({"speed": 100.0}, Cost.NOTHING),
])
def test_each_change_costs_what_it_must(state, changes, cost):
    seen = []
    state.observe(seen.append)
    change = state.edit(**changes)
    assert change.cost == cost and seen == [change]


def test_a_rate_or_rule_applies_from_the_next_step_only_when_paused_mid_run(state):
    state.set_status(PAUSED, step=7)
    assert state.edit(lr=0.2).cost == Cost.CONTINUE
    assert state.edit(optimizer="momentum").cost == Cost.CONTINUE
    state.set_status(PAUSED, step=0)  # paused before the first update: nothing to continue
    assert state.edit(lr=0.3).cost == Cost.RUN
    state.set_status(RUNNING, step=40)
    assert state.edit(lr=0.4).cost == Cost.RUN


def test_setting_a_value_to_what_it_is_changes_nothing(state):
    seen = []
    state.observe(seen.append)
    assert state.edit(lr=state.scenario.lr) is None
    assert state.edit(steps=state.scenario.steps, speed=state.speed) is None
    assert seen == []


def test_new_data_or_model_forgets_the_start_and_plane_that_may_not_fit(state):
    state.edit(start=(1.0, 2.0), axes=(0, 1))
    change = state.edit(model="mlp")
    assert state.scenario.start is None and state.axes is None and change.cost == Cost.LANDSCAPE
    state.edit(model="linear", start=(3.0, 4.0))  # a start given with the change is kept
    assert state.scenario.start == (3.0, 4.0)


def test_the_highest_cost_wins_when_changes_come_together(state):
    assert state.edit(steps=300, model="mlp").cost == Cost.LANDSCAPE


def test_data_with_more_classes_switches_to_a_model_and_loss_that_fit(state):
    state.edit(data="blobs", classes=3)
    assert (state.scenario.model, state.scenario.loss) == ("multiclass", "cross_entropy")
    assert set(state.loss_choices()) == {"cross_entropy", "sparse_cross_entropy", "multiclass_hinge", "kl_div"}
    state.edit(data="house")
    assert (state.scenario.model, state.scenario.loss) == ("linear", "mse")


def test_a_loss_that_still_fits_is_kept(state):
    state.edit(loss="huber")
    state.edit(samples=300)
    assert state.scenario.loss == "huber"


def test_loading_sets_the_whole_scenario_from_the_defaults(state):
    state.edit(data="blobs", classes=3, loss="multiclass_hinge", lr=0.7)
    state.load(Scenario(data="blobs", classes=3, lr=0.2), [(0.1, "adam", "all")])
    assert state.scenario.loss == "cross_entropy"  # the default for the data, not the last loss
    assert state.scenario.lr == 0.2 and state.racers == (Racer(0.1, "adam", "all"),)


def test_own_data_facts_choose_the_losses(state):
    state.add_own_data("/tmp/grades.csv", DataFacts(False, 4, "grade"))
    assert state.scenario.data == "csv:/tmp/grades.csv" and state.scenario.target == "grade"
    assert state.scenario.model == "multiclass"
    state.edit(data="house")
    assert state.scenario.target is None


def test_the_race_holds_at_most_three_pinned_runs(state):
    for _ in range(5):
        state.pin_racer()
    assert len(state.racers) == 3
    state.remove_racer(1)
    assert len(state.racers) == 2


def test_status_changes_are_told_once(state):
    seen = []
    state.observe(seen.append)
    state.set_status(COMPUTING)
    state.set_status(COMPUTING)
    assert [c.fields for c in seen] == [frozenset({"status"})]


def test_unknown_settings_are_refused(state):
    with pytest.raises(KeyError):
        state.edit(colour="red")


def test_each_lesson_gives_the_same_scenario_whatever_lesson_was_open_before():
    from lossplay.core.lessons import load_lessons

    lessons = load_lessons()
    alone = {}
    for lesson in lessons:
        fresh = WindowState()
        fresh.load(lesson.scenario_for(0))
        alone[lesson.name] = fresh.scenario
    state = WindowState()
    for before in lessons:
        for lesson in lessons:
            state.load(before.scenario_for(len(before.variants) - 1))
            state.edit(loss=state.loss_choices()[-1], lam=0.3)  # and then the person changed things
            state.load(lesson.scenario_for(0))
            assert state.scenario == alone[lesson.name], (before.name, lesson.name)


def test_back_on_the_timeline_a_new_rate_waits_for_the_branch_even_after_the_run_ended(state):
    state.set_status("diverged", step=78)
    assert state.edit(lr=0.5).cost == Cost.RUN  # at the end of an ended run: a new run
    state.set_replay_row(20)
    assert state.replay_row == 20
    assert state.edit(lr=0.4).cost == Cost.CONTINUE  # from step 21, when Play branches there
    told = []
    state.observe(told.append)
    state.set_replay_row(20)
    state.set_replay_row(None)
    assert [c.fields for c in told] == [frozenset({"replay_row"})]  # told once, when it changed
