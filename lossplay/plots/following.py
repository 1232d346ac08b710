"""Animations that follow the weights: the landscape starts around the start and the
minimum, where the first steps are, and widens (and is evaluated again) each time the
path leaves it, as the window does; the isolines and colours keep showing the bowl.
"""
from __future__ import annotations

from bisect import bisect_right

import numpy as np

from ..core.landscape import Plane, evaluate_landscape, widened_plane
from .scene import Scene, scene_from

MAX_WIDENING = 1e6  # beyond this many times the first region, the path leaves the picture
HEADROOM = 0.5  # a widening leaves this share of the span spare, so that it is not needed every frame


def _region(plane: Plane, lo: np.ndarray, hi: np.ndarray) -> Plane:
    return Plane(plane.center, plane.d1, plane.d2, np.linspace(lo[0], hi[0], len(plane.alphas)),
                 np.linspace(lo[1], hi[1], len(plane.betas)), plane.labels)


def _span(plane: Plane) -> float:
    return max(plane.alphas[-1] - plane.alphas[0], plane.betas[-1] - plane.betas[0])


def _inside(plane: Plane, xy: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return ((xy[:, 0] >= plane.alphas[0]) & (xy[:, 0] <= plane.alphas[-1])
                & (xy[:, 1] >= plane.betas[0]) & (xy[:, 1] <= plane.betas[-1]))


class FollowingScenes:
    """The scene each frame of an animation of `history` shows (`scene_for(rows)`),
    starting from the region of the start and the minimum within `scene`'s plane."""

    def __init__(self, scene: Scene, history) -> None:
        self._base_scene = scene
        self.path = scene.plane.project(history.thetas)
        anchors = [scene.start_xy] + ([scene.minimum_xy] if scene.minimum_xy is not None else [])
        first = np.vstack(anchors + [self.path[:2]])
        first = first[np.isfinite(first).all(axis=1)]
        lo, hi = first.min(axis=0), first.max(axis=0)
        pad = 0.25 * np.maximum(hi - lo, 1e-3 * max(_span(scene.plane), 1e-12))
        base = _region(scene.plane, lo - pad, hi + pad)
        # A landscape framed on the whole of a run that went far: start where it started.
        narrower = _span(scene.plane) > 4.0 * _span(base)
        self._base_span = min(_span(base), _span(scene.plane))
        first_scene = scene_from(scene.problem, base, evaluate_landscape(scene.problem.objective, base)) \
            if narrower else scene
        # Each rung wider than the one before, from the row whose point first leaves the last.
        self._ladder, self._from_rows = [first_scene], [0]
        finite = np.isfinite(self.path).all(axis=1)
        row = 0
        while True:
            plane = self._ladder[-1].plane
            outside = finite[row:] & ~_inside(plane, self.path[row:])
            if not outside.any():
                break
            row += int(np.argmax(outside))
            wider = widened_plane(plane, self.path[: row + 1][finite[: row + 1]], margin=HEADROOM)
            if _span(wider) > MAX_WIDENING * self._base_span:
                break  # the weights are beyond any landscape that can be drawn
            with np.errstate(over="ignore", invalid="ignore"):
                self._ladder.append(scene_from(scene.problem, wider,
                                               evaluate_landscape(scene.problem.objective, wider)))
            self._from_rows.append(row + 1)

    @property
    def scene(self) -> Scene:
        """The scene of the first frame."""
        return self._ladder[0]

    def scene_for(self, rows: int) -> Scene:
        """The scene for a frame of the first `rows` rows: the first that holds them all."""
        return self._ladder[bisect_right(self._from_rows, rows) - 1]
