"""Everything the views need for one scenario, computed off the GUI thread.

A `Scene` is immutable: the problem, the plane, the landscape and what is drawn of it
(the colour image and the isolines), so it can be built on a worker thread and handed
to the GUI thread whole.
"""
from __future__ import annotations

from dataclasses import dataclass

import contourpy
import numpy as np

from ..core import Problem, Scenario, build_problem, train
from ..core.landscape import Plane, evaluate_landscape, make_plane, points_to_frame
from ..core.regularizers import penalty

ISOLINES = 14
PREVIEW_STEP_LIMIT = 2000


@dataclass(frozen=True)
class Scene:
    problem: Problem
    plane: Plane
    values: np.ndarray  # (G2, G1) training objective
    image: np.ndarray  # what the colour map shows: log10 of the excess over the minimum
    colour_ticks: list[tuple[float, str]]  # positions on the colour bar, labelled in loss values
    levels: np.ndarray  # objective values of the isolines
    isolines: np.ndarray  # (m, 2) plane coordinates, NaN rows separate the lines
    start_xy: np.ndarray  # (2,)
    minimum_xy: np.ndarray | None  # (2,) where the exact minimum is known
    penalty: np.ndarray | None  # (G2, G1) the regularization term alone, where there is one

    @property
    def scenario(self) -> Scenario:
        return self.problem.scenario


def _is_wide(lo: float, hi: float) -> bool:
    """A range worth a log scale: more than a factor of 3 between floor and top."""
    return not (lo > 0.0 and hi / lo < 3.0)


def isoline_levels(values: np.ndarray, count: int = ISOLINES) -> np.ndarray:
    """Levels that show the bowl: log-spaced above the minimum where the range is wide."""
    finite = values[np.isfinite(values)]
    if not finite.size:  # nowhere finite (a start far out, an overflowing loss): no isolines
        return np.empty(0)
    lo, hi = float(finite.min()), float(np.percentile(finite, 98))
    if hi <= lo:
        return np.array([lo])
    if _is_wide(lo, hi):
        return lo + (hi - lo) * np.geomspace(2e-3, 1.0, count)
    return np.linspace(lo, hi, count + 2)[1:-1]



_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
_POWERS = set("⁰¹²³⁴⁵⁶⁷⁸⁹")


def power_label(mantissa: float, exponent: int) -> str:
    """mantissa·10ⁿ as people write it: 10⁶, 2·10⁶, 1.5·10⁻⁴."""
    power = "10" + str(int(exponent)).translate(_SUPERSCRIPT)
    text = f"{mantissa:.3g}"
    return power if text == "1" else "-" + power if text == "-1" else f"{text}·{power}"


def loss_label(value: float, digits: int = 10) -> str:
    """A loss value as people write it: 0.25, 1500, or 2·10⁷ when very large or small."""
    if value == 0 or 1e-3 <= abs(value) < 1e6:
        return f"{value:.{digits}g}"
    mantissa, exponent = f"{value:.{min(digits, 3)}e}".split("e")
    return power_label(float(mantissa), int(exponent))


def loss_labels(values: list[float]) -> list[str]:
    """The labels of one axis in one style: where any of them needs a power of ten or
    has five digits, every value from 1000 up is written with one (10³, 10⁴, 10⁶ as on
    the loss chart's log axis, never 10000 beside 10⁶)."""
    plain = [loss_label(v) for v in values]
    if not any(set(text) & _POWERS for text in plain) and not any(abs(v) >= 1e4 for v in values):
        return plain
    labels = []
    for value, text in zip(values, plain):
        if abs(value) >= 1e3 and text.replace(".", "").isdigit():
            exponent = int(np.floor(np.log10(abs(value)) + 1e-9))
            text = power_label(value / 10.0 ** exponent, exponent)
        labels.append(text)
    return labels


def round_loss(value: float, excess: float) -> float:
    """The roundest loss value (a multiple of 1, 2 or 5 times a power of ten) within a
    quarter of `excess` of `value`: 1051.3 with an excess of 1000 above the minimum
    becomes 1000, 52.3 with an excess of 1 becomes 52.5."""
    for exponent in range(int(np.floor(np.log10(abs(value) + excess))) + 1, -16, -1):
        for step in (5.0, 2.0, 1.0):
            size = step * 10.0 ** exponent
            rounded = round(value / size) * size
            if abs(rounded - value) <= 0.25 * excess:
                return rounded
    return value


def colour_scale_ticks(lo: float, hi: float, floor: float) -> list[tuple[float, str]]:
    """Ticks of a colour bar that shows log10(loss - lo + floor): the minimum `lo` at the
    bottom, then one round loss value per power of ten of the excess over it, placed
    where that loss value really is on the scale."""
    positions, values = [float(np.log10(floor))], [float(f"{lo:.3g}")]
    for exponent in range(int(np.ceil(np.log10(floor) + 0.5)), int(np.floor(np.log10(hi - lo + floor))) + 1):
        value = round_loss(lo + 10.0 ** exponent, 10.0 ** exponent)
        if value > lo:
            positions.append(float(np.log10(value - lo + floor)))
            values.append(value)
    return list(zip(positions, loss_labels(values)))


def colour_image(values: np.ndarray) -> tuple[np.ndarray, list[tuple[float, str]]]:
    """The colour map's input, with colour-bar ticks labelled in loss values: log10 of
    the excess over the minimum where the range is wide (so the floor of the bowl stays
    visible), the values themselves where not (and no ticks: the axis chooses round
    ones itself)."""
    finite = np.isfinite(values)
    if not finite.any():
        return np.zeros(values.shape), [(0.0, "inf")]
    lo, hi = float(values[finite].min()), float(values[finite].max())
    filled = np.where(finite, values, hi)
    if not _is_wide(lo, hi):
        return filled, []
    floor = max((hi - lo) * 1e-4, 1e-300)
    return np.log10(filled - lo + floor), colour_scale_ticks(lo, hi, floor)


def constraint_line(scene: Scene, theta: np.ndarray) -> np.ndarray:
    """The set of the plane where the regularization term equals its value at `theta`
    (a diamond for L1, a circle for L2 on a plane of two weights), NaN-separated."""
    if scene.penalty is None or not np.isfinite(theta).all():
        return np.empty((0, 2))
    weights = theta[scene.problem.model.weight_mask]
    level = float(penalty(scene.problem.objective.regularizer, 1.0, weights))
    return trace_isolines(scene.penalty, np.array([level]), scene.plane)


def trace_isolines(values: np.ndarray, levels: np.ndarray, plane: Plane) -> np.ndarray:
    """The lines where `values` (G2, G1) on `plane` cross each of `levels`, in plane
    coordinates, one after another with a NaN row between two lines (contourpy's
    marching squares: milliseconds where a pure-Python tracer takes a third of a second)."""
    if not len(levels) or not np.isfinite(values).any():
        return np.empty((0, 2))
    safe = np.where(np.isfinite(values), values, np.nanmax(np.where(np.isfinite(values), values, np.nan)))
    lines = contourpy.contour_generator(plane.alphas, plane.betas, safe, line_type=contourpy.LineType.Separate)
    pieces = []
    for level in levels:
        for line in lines.lines(float(level)):
            pieces += [line, np.full((1, 2), np.nan)]
    return np.vstack(pieces) if pieces else np.empty((0, 2))


def build_scene(scenario: Scenario, frame: Plane | None = None, axes: tuple[int, int] | None = None) -> Scene:
    """Build the problem, frame the run (start, exact minimum and a preview of the run
    itself) and evaluate the landscape; `frame` keeps an earlier plane instead, `axes`
    puts the plane along two parameters."""
    problem = build_problem(scenario)
    if frame is None:
        preview = train(build_problem(scenario.replace(steps=min(scenario.steps, PREVIEW_STEP_LIMIT))))
        points = points_to_frame(problem.start, preview.thetas, preview.losses, problem.exact_minimum)
        frame = make_plane(problem.param_names, points, preview.thetas, axes=axes)
    return scene_from(problem, frame, evaluate_landscape(problem.objective, frame))


def scene_from(problem: Problem, plane: Plane, values: np.ndarray) -> Scene:
    """What is drawn of a landscape already evaluated."""
    levels = isoline_levels(values)
    minimum = problem.exact_minimum
    image, ticks = colour_image(values)
    objective = problem.objective
    penalty_grid = None
    if objective.regularizer != "none":
        A, B = np.meshgrid(plane.alphas, plane.betas)
        thetas = plane.center + A[..., None] * plane.d1 + B[..., None] * plane.d2
        penalty_grid = penalty(objective.regularizer, 1.0, thetas[..., problem.model.weight_mask])
    return Scene(problem, plane, values, image, ticks, levels, trace_isolines(values, levels, plane),
                 plane.project(problem.start)[0], None if minimum is None else plane.project(minimum)[0],
                 penalty_grid)
