"""Lessons: a scenario, a few variants one click apart, and what to look at.

Each lesson is a JSON file in resources/lessons/. A variant changes settings of the
lesson's scenario; `lr_of_critical` sets the learning rate as a multiple of the
critical one, so "just above" stays just above whatever the data.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from ..paths import resource_path
from .problem import build_problem
from .scenario import Scenario, ScenarioError


@dataclass(frozen=True)
class Variant:
    label: str
    changes: dict
    lr_of_critical: float | None = None


@dataclass(frozen=True)
class Lesson:
    name: str
    title: str
    text: str
    scenario: Scenario
    variants: tuple[Variant, ...]
    plane: tuple[str, str] | None = None  # the landscape's plane, by parameter names; None: the run's own
    overlays: tuple[str, ...] = ()  # teaching overlays the lesson turns on: "curvature", "arrows", "constraint"

    def axes_for(self, scenario: Scenario) -> tuple[int, int] | None:
        """The lesson's plane as parameter indices of `scenario`'s model."""
        if self.plane is None:
            return None
        names = build_problem(scenario).param_names
        return names.index(self.plane[0]), names.index(self.plane[1])

    def scenario_for(self, variant: int = 0) -> Scenario:
        """The lesson's scenario with variant `variant` (0-based) applied."""
        v = self.variants[variant]
        scenario = Scenario.from_dict({**self.scenario.to_dict(), **v.changes})
        if v.lr_of_critical is not None:
            critical = build_problem(scenario).critical_lr
            if critical is None:
                raise ScenarioError("lesson {name}: this scenario has no critical learning rate", name=self.name)
            scenario = scenario.replace(lr=float(f"{v.lr_of_critical * critical:.6g}"))
        return scenario


def load_lessons() -> list[Lesson]:
    lessons = []
    for path in sorted(resource_path("lessons").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        variants = tuple(Variant(v["label"], v.get("changes", {}), v.get("lr_of_critical")) for v in doc["variants"])
        plane = tuple(doc["plane"]) if "plane" in doc else None
        lessons.append(Lesson(doc["name"], doc["title"], doc["text"], Scenario.from_dict(doc["scenario"]), variants,
                              plane, tuple(doc.get("overlays", ()))))
    return lessons


def find_lesson(name: str) -> Lesson:
    lessons = load_lessons()
    for lesson in lessons:
        if lesson.name == name:
            return lesson
    raise ScenarioError("unknown lesson '{name}'; choose one of: {names}", name=name, names=', '.join(l.name for l in lessons))
