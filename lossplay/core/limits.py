"""The range of every number a scenario may hold, and how much a run may ask for.

One table for the command line, scenario and session files and the window: a value
outside it is refused where it enters, with the allowed range in the message, never
clamped. The window's controls take their ranges from `RANGES`, so that a session
opens with exactly its own numbers.
"""
from __future__ import annotations

import math
from typing import Any

from .messages import ScenarioError, shown

# setting: (lowest, highest), both allowed. Floats are refused when not finite.
RANGES: dict[str, tuple[float, float]] = {
    "samples": (2, 1_000_000),
    "features": (1, 3),
    "classes": (2, 5),
    "labels": (2, 5),
    "noise": (0.0, 100.0),
    "outliers": (0, 1_000_000),
    "val_fraction": (0.0, 0.99),
    "test_fraction": (0.0, 0.99),
    "seed": (0, 2**31 - 1),  # fits the window's spin box (a C int)
    "hidden": (1, 1000),
    "huber_delta": (1e-6, 1e6),
    "margin": (1e-6, 1e6),
    "label_smoothing": (0.0, 0.99),
    "lam": (0.0, 1e6),
    "lr": (1e-12, 1e6),
    "batch_size": (1, 1_000_000),
    "steps": (0, 1_000_000),
}
START_LIMIT = 1e6  # largest magnitude of a starting parameter
GRID_RANGE = (2, 1001)  # landscape points per axis
FPS_RANGE = (0.1, 100.0)  # a GIF frame lasts at most 655 s and at least 10 ms
# Samples times hidden units: the MLP's activations for every sample are one (n, hidden)
# array; 10 million float64 values are 80 MB, and a step holds a few of them.
MLP_ELEMENTS = 10_000_000
# An MLP's run evaluates about samples x hidden units x (steps + landscape points) hidden
# units: some 5 ns each in the landscape, 30-100 ns in a training step. The landscape of
# a loss with kinks (or the exponential) takes every grid point, a smooth loss's
# interpolant about 65 x 65 at most. Bounded so that no accepted run computes for
# minutes without a sign of progress (at 10,000 samples x 1,000 hidden units, the old
# bound, a run took 3 minutes and more): at this one a few seconds to a few tens.
MLP_WORK = 1_000_000_000
POINTWISE_LOSSES = ("hinge", "squared_hinge", "zero_one", "mae", "huber", "multiclass_hinge", "exponential")
INTERPOLANT_POINTS = 65 * 65


def _number(value: Any) -> str:
    """A limit or a value as a person reads it: 1,000,000, 0.99, 1e-12."""
    if isinstance(value, int):
        return f"{value:,}" if abs(value) < 10**24 else shown(value)
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e16:
        return f"{int(value):,}"
    return f"{value:g}"


def check_range(name: str, value: Any) -> None:
    """Refuse `value` for setting `name` when it is not finite or outside RANGES."""
    check_between(name, value, *RANGES[name])


def check_between(name: str, value: Any, lo: float, hi: float) -> None:
    if isinstance(value, float) and not math.isfinite(value):
        raise ScenarioError("{name} must be a finite number, got {value}", name=name, value=shown(value))
    if not lo <= value <= hi:
        raise ScenarioError("{name} must be between {lo} and {hi}, got {value}", name=name, lo=_number(lo),
                            hi=_number(hi), value=_number(value))


def check_limits(scenario) -> None:
    """Every number of `scenario` in its range, and a run that fits in memory."""
    for name in RANGES:
        value = getattr(scenario, name, None)
        if value is None or (name == "batch_size" and value == "all"):
            continue
        check_range(name, value)
    if scenario.start is not None and not all(math.isfinite(v) and abs(v) <= START_LIMIT for v in scenario.start):
        raise ScenarioError("start values must be finite numbers between -{most} and {most}", most=_number(START_LIMIT))
    if scenario.model == "mlp" and not str(scenario.data).startswith("csv:"):
        check_model_fits("mlp", scenario.samples, scenario.hidden, scenario.steps, scenario.loss)


def check_model_fits(model: str, samples: int, hidden: int, steps: int = 0, loss: str | None = None,
                     grid: int = 201) -> None:
    """An MLP that fits in memory and finishes in seconds (MLP_ELEMENTS, MLP_WORK)."""
    if model != "mlp":
        return
    if samples * hidden > MLP_ELEMENTS:
        raise ScenarioError("an mlp with {hidden} hidden units on {samples} samples does not fit: lossplay takes "
                            "samples × hidden units up to {most}", hidden=_number(hidden),
                            samples=_number(samples), most=_number(MLP_ELEMENTS))
    points = grid * grid if loss in POINTWISE_LOSSES else min(grid * grid, INTERPOLANT_POINTS)
    if samples * hidden * (steps + points) > MLP_WORK:
        raise ScenarioError("an mlp with {hidden} hidden units on {samples} samples would compute for minutes: "
                            "lossplay takes samples × hidden units × (steps + {points} landscape points) up to "
                            "{most}; use fewer samples, hidden units or steps", hidden=_number(hidden),
                            samples=_number(samples), points=_number(points), most=_number(MLP_WORK))


def check_grid(grid: int, name: str = "--grid") -> None:
    """Landscape points per axis."""
    check_between(name, grid, *GRID_RANGE)


def check_fps(fps: float, name: str = "--fps") -> None:
    """Frames per second of an animation."""
    check_between(name, fps, *FPS_RANGE)
