"""The window's one state: the whole scenario, the race, the speed, the landscape plane
and the run's status. It never imports Qt.

Panels edit it with `edit(...)` and observe it; nothing else reads a widget to learn the
scenario. Every edit is classified once, here, by what it costs (`Cost`): new data, a new
landscape, a new run, or the same run going on from its next update.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from ..core import Scenario
from ..core.problem import losses_for

COMPUTING, READY, RUNNING, PAUSED, CONVERGED, FINISHED, DIVERGED = (
    "computing", "ready", "running", "paused", "converged", "finished", "diverged")
ENDED = (CONVERGED, FINISHED, DIVERGED)
DEFAULT_SPEED = 30.0  # steps per second: a 150-step run takes five seconds
MAX_RACERS = 3  # pinned beside the scenario's own run: four in a race


class Cost(IntEnum):
    """What a change makes the window do, cheapest first."""
    NOTHING = 0  # the speed, or the status itself
    CONTINUE = 1  # the same run goes on with the new setting from its next update
    RUN = 2  # a fresh run on the same landscape
    LANDSCAPE = 3  # the same data, a new objective or plane: the landscape is recomputed
    DATA = 4  # new data: everything is rebuilt


OBJECTIVE_FIELDS = frozenset({"model", "hidden", "loss", "huber_delta", "margin", "label_smoothing", "regularizer",
                              "lam"})
RUN_FIELDS = frozenset({"batch_size", "steps", "start", "schedule"})
LIVE_FIELDS = frozenset({"lr", "optimizer"})  # may apply from the next update of a paused run
SCENARIO_FIELDS = frozenset(f.name for f in dataclasses.fields(Scenario))
# Everything else about a scenario decides its samples: a setting added to Scenario
# later costs new data until it is classified more cheaply here.
DATA_FIELDS = SCENARIO_FIELDS - OBJECTIVE_FIELDS - RUN_FIELDS - LIVE_FIELDS


@dataclass(frozen=True)
class Racer:
    """A run pinned beside the scenario's own: the same data, its own optimizer settings."""
    lr: float
    optimizer: str
    batch_size: int | str


@dataclass(frozen=True)
class DataFacts:
    """What the loss and model choice depend on: a regression target, or how many classes."""
    regression: bool
    classes: int
    target: str | None = None  # own data: the target column
    labels: int = 0  # multi-label data: yes/no labels per sample (any number > 0: bce per label)


@dataclass(frozen=True)
class Change:
    cost: Cost
    fields: frozenset[str]  # the scenario fields and "racers", "speed", "axes", "status" that changed


def own_data_facts(data, target: str | None) -> DataFacts:
    """The facts of a person's file as read (a core CsvData); several target columns
    (a,b,c) make multi-label data, whose scenario names them as `--target` does."""
    labels = data.y.shape[1] if data.y.ndim == 2 else 0
    if labels:
        return DataFacts(False, 2, ",".join(n.strip() for n in target.split(",")), labels)
    return DataFacts(data.regression, len(data.class_names), data.target_name)


BUILT_IN_FACTS = {"house": DataFacts(True, 0), "pass_fail": DataFacts(False, 2), "moons": DataFacts(False, 2),
                  "circles": DataFacts(False, 2), "xor": DataFacts(False, 2),
                  "multilabel": DataFacts(False, 2, labels=3)}


class WindowState:
    def __init__(self, scenario: Scenario | None = None) -> None:
        self.own_data: dict[str, DataFacts] = {}  # "csv:PATH" -> facts, once the file was read
        self.scenario = self.resolve(scenario or Scenario())
        self.racers: tuple[Racer, ...] = ()
        self.speed = DEFAULT_SPEED
        self.axes: tuple[int, int] | None = None  # the landscape plane: None = the run's principal directions
        self.status = COMPUTING
        self.step = 0  # the last step of the scenario's own run so far
        self.critical_lr: float | None = None  # decided by the core for the scene and optimizer in force
        self.replay_row: int | None = None  # the recorded row every view shows; None: the newest, live
        self._observers: list[Callable[[Change], None]] = []

    # --- observing ---------------------------------------------------------------------------

    def observe(self, observer: Callable[[Change], None]) -> None:
        self._observers.append(observer)

    def _tell(self, change: Change) -> None:
        for observer in list(self._observers):
            observer(change)

    # --- what the data allows -----------------------------------------------------------------

    def facts(self, data: str | None = None, classes: int | None = None) -> DataFacts:
        data = self.scenario.data if data is None else data
        if data in self.own_data:
            return self.own_data[data]
        if data == "blobs":
            return DataFacts(False, self.scenario.classes if classes is None else classes)
        return BUILT_IN_FACTS.get(data, DataFacts(True, 0))

    def loss_choices(self, scenario: Scenario | None = None) -> list[str]:
        s = scenario or self.scenario
        facts = self.facts(s.data, s.classes)
        return losses_for(facts.regression, 0 if facts.regression else facts.classes, s.model or "linear",
                          facts.labels)

    def resolve(self, scenario: Scenario) -> Scenario:
        """The scenario with a model and a loss that fit its data: its own where they fit,
        else DESIGN.md's defaults (as `lossplay run` picks them)."""
        facts = self.facts(scenario.data, scenario.classes)
        classes = 0 if facts.regression else facts.classes
        model = scenario.model or ("multiclass" if not facts.regression and classes > 2 else "linear")
        if not losses_for(facts.regression, classes, model, facts.labels):
            model = "linear" if facts.regression or facts.labels else "multiclass"
        keys = losses_for(facts.regression, classes, model, facts.labels)
        loss = scenario.loss if scenario.loss in keys else next(k for k in ("mse", "logistic", "cross_entropy", "bce")
                                                                  if k in keys)
        own = scenario.data.startswith("csv:")
        target = facts.target if scenario.data in self.own_data else scenario.target if own else None
        return scenario.replace(model=model, loss=loss, target=target)

    # --- changing it -------------------------------------------------------------------------

    def edit(self, **changes: Any) -> Change | None:
        """Change scenario fields, "racers", "speed" or "axes"; returns what changed and
        what it costs, or None when nothing did (a value set to what it was)."""
        unknown = set(changes) - SCENARIO_FIELDS - {"racers", "speed", "axes"}
        if unknown:
            raise KeyError(f"not a setting of the window: {', '.join(sorted(unknown))}")
        scenario_changes = {k: v for k, v in changes.items() if k in SCENARIO_FIELDS}
        if "start" in scenario_changes and scenario_changes["start"] is not None:
            scenario_changes["start"] = tuple(float(v) for v in scenario_changes["start"])
        new = self.resolve(self.scenario.replace(**scenario_changes))
        changed = {f for f in SCENARIO_FIELDS if getattr(new, f) != getattr(self.scenario, f)}
        racers = tuple(changes.get("racers", self.racers))[:MAX_RACERS]
        axes = changes.get("axes", self.axes)
        changed |= {name for name, old, value in (("racers", self.racers, racers), ("speed", self.speed,
                    changes.get("speed", self.speed)), ("axes", self.axes, axes)) if old != value}
        if not changed:
            return None
        cost = self._cost(changed)
        if changed & (DATA_FIELDS | OBJECTIVE_FIELDS):
            # Another model or data: the old start and plane may not even have the right size.
            if "start" not in changes:
                new = new.replace(start=None)
                changed.add("start")
            if "axes" not in changes:
                axes = None
        self.scenario, self.racers, self.axes = new, racers, axes
        self.speed = float(changes.get("speed", self.speed))
        change = Change(cost, frozenset(changed))
        self._tell(change)
        return change

    def _cost(self, changed: set[str]) -> Cost:
        if changed & DATA_FIELDS:
            return Cost.DATA
        if changed & OBJECTIVE_FIELDS or "axes" in changed:
            return Cost.LANDSCAPE
        if changed & RUN_FIELDS or "racers" in changed:
            return Cost.RUN
        if changed & LIVE_FIELDS:
            paused_mid_run = self.status == PAUSED and self.step > 0
            return Cost.CONTINUE if paused_mid_run or self.replay_row is not None else Cost.RUN
        return Cost.NOTHING

    def load(self, scenario: Scenario, racers: tuple[Racer, ...] | list = (),
             axes: tuple[int, int] | None = None) -> Change:
        """Everything from a session or a lesson: its whole scenario from the defaults up
        (nothing of the scenario before it stays), its start, its race and its plane."""
        self.scenario = self.resolve(scenario)
        self.racers = tuple(Racer(*r) if not isinstance(r, Racer) else r for r in racers)[:MAX_RACERS]
        self.axes = axes
        change = Change(Cost.DATA, frozenset(SCENARIO_FIELDS | {"racers", "axes"}))
        self._tell(change)
        return change

    def add_own_data(self, path: str, facts: DataFacts, numeric_only: bool = False) -> Change | None:
        """Offer a person's CSV file (already read and checked) and choose it;
        `numeric_only` leaves out its columns that are not all numbers."""
        self.own_data[f"csv:{path}"] = facts
        return self.edit(data=f"csv:{path}", target=facts.target, numeric_only=numeric_only)

    def set_status(self, status: str, step: int | None = None) -> None:
        if step is not None:
            self.step = step
        if status != self.status:
            self.status = status
            self._tell(Change(Cost.NOTHING, frozenset({"status"})))

    def set_replay_row(self, row: int | None) -> None:
        """Show recorded row `row` of the run in every view (None: follow the run)."""
        if row != self.replay_row:
            self.replay_row = row
            self._tell(Change(Cost.NOTHING, frozenset({"replay_row"})))

    def set_critical_lr(self, critical: float | None) -> None:
        if critical != self.critical_lr:
            self.critical_lr = critical
            self._tell(Change(Cost.NOTHING, frozenset({"critical_lr"})))

    # --- the race ------------------------------------------------------------------------------

    def own_racer(self) -> Racer:
        s = self.scenario
        return Racer(s.lr, s.optimizer, s.batch_size)

    def pin_racer(self) -> Change | None:
        if len(self.racers) >= MAX_RACERS:
            return None
        return self.edit(racers=self.racers + (self.own_racer(),))

    def remove_racer(self, index: int) -> Change | None:
        return self.edit(racers=self.racers[:index] + self.racers[index + 1:])
