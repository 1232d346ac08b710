"""The landscape as a surface in three dimensions, drawn by QPainter: no OpenGL, so it
works on every machine, offscreen and in exports alike.

Heights are what the colour map shows (the loss, or log10 of its excess over the minimum
where the range is wide), scaled into a unit box; the view turns it about the vertical
axis (azimuth) and tilts it (elevation), orthographically, and paints the quads from the
back to the front.
"""
from __future__ import annotations

import numpy as np

MAX_QUADS = 48  # per side: the shape of a bowl needs no more, and it stays quick to turn
HEIGHT = 0.9  # the surface's height against its unit-square floor


def grid_heights(image: np.ndarray, max_quads: int = MAX_QUADS) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rows and columns of `image` (G2, G1) kept for the mesh, and their heights in [0, HEIGHT]."""
    rows = np.unique(np.linspace(0, image.shape[0] - 1, min(image.shape[0], max_quads + 1)).round().astype(int))
    cols = np.unique(np.linspace(0, image.shape[1] - 1, min(image.shape[1], max_quads + 1)).round().astype(int))
    z = image[np.ix_(rows, cols)]
    lo, hi = float(z.min()), float(z.max())
    return rows, cols, HEIGHT * (z - lo) / (hi - lo if hi > lo else 1.0)


def heights_at(image: np.ndarray, alphas: np.ndarray, betas: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """The surface's height (on the scale of `grid_heights`) under plane points `xy` (n, 2),
    bilinear between grid nodes; points off the grid take the height of its edge."""
    lo, hi = float(image.min()), float(image.max())
    scale = HEIGHT / (hi - lo if hi > lo else 1.0)
    fx = np.clip(np.interp(xy[:, 0], alphas, np.arange(len(alphas))), 0, len(alphas) - 1)
    fy = np.clip(np.interp(xy[:, 1], betas, np.arange(len(betas))), 0, len(betas) - 1)
    x0, y0 = np.minimum(fx.astype(int), len(alphas) - 2), np.minimum(fy.astype(int), len(betas) - 2)
    tx, ty = fx - x0, fy - y0
    z = (image[y0, x0] * (1 - tx) * (1 - ty) + image[y0, x0 + 1] * tx * (1 - ty)
         + image[y0 + 1, x0] * (1 - tx) * ty + image[y0 + 1, x0 + 1] * tx * ty)
    return scale * (z - lo)


def rotation(azimuth: float, elevation: float) -> np.ndarray:
    """(3, 3): turn by `azimuth` degrees about the vertical, then tilt the view down by
    `elevation` degrees. Rows: screen right, screen up, towards the viewer."""
    a, e = np.radians(azimuth), np.radians(elevation)
    turn = np.array([[np.cos(a), -np.sin(a), 0.0], [np.sin(a), np.cos(a), 0.0], [0.0, 0.0, 1.0]])
    tilt = np.array([[1.0, 0.0, 0.0], [0.0, np.sin(e), np.cos(e)], [0.0, -np.cos(e), np.sin(e)]])
    return tilt @ turn


def unit_floor(alphas: np.ndarray, betas: np.ndarray, xy: np.ndarray) -> np.ndarray:
    """Plane coordinates to the floor square [-1, 1]²."""
    return np.column_stack([2 * (xy[:, 0] - alphas[0]) / (alphas[-1] - alphas[0]) - 1,
                            2 * (xy[:, 1] - betas[0]) / (betas[-1] - betas[0]) - 1])
