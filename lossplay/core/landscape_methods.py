"""Fast, exact ways to evaluate a data loss on a grid over a plane.

A linear model's raw outputs are affine on the plane: raw(alpha, beta) = r0 + alpha p +
beta q per sample. That makes three losses cheap without any approximation:

* the mse family: a quadratic in (alpha, beta) with six coefficients that are sums over
  samples, so the cost does not depend on the number of samples;
* piecewise-polynomial losses (hinge, squared hinge, 0/1, mae, huber, multiclass hinge):
  along a grid row each term switches pieces at one beta, so the sum is a polynomial in
  beta whose coefficients are running sums; the terms are binned by that beta instead
  of being evaluated at every grid point;
* the exponential loss: exp(-y raw) factorises into a row factor and a column factor, so
  the grid is one matrix product.

Smooth losses and the MLP are interpolated by a tensor Chebyshev series whose degree
grows until its last coefficients are below 1e-13 of the values (as chebfun does),
falling back to evaluating every grid point when the series does not converge.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from numpy.polynomial import chebyshev

# key -> (global polynomial g(z), [(kappa, side, polynomial e(z))]); the term is
# g(z) + sum of e(z) over the pieces whose condition "z side kappa" holds, z as below.
_PIECES = {
    "hinge": ((0, 0, 0), [(1.0, "<=", (1.0, -1.0, 0.0))]),
    "squared_hinge": ((0, 0, 0), [(1.0, "<=", (1.0, -2.0, 1.0))]),
    "zero_one": ((0, 0, 0), [(0.0, "<=", (1.0, 0.0, 0.0))]),
    "mae": ((0, -1, 0), [(0.0, ">", (0.0, 2.0, 0.0))]),  # |r| = −r + 2r [r > 0]
    "multiclass_hinge": ((0, 0, 0), [(0.0, ">", (0.0, 1.0, 0.0))]),
}
PIECEWISE_LOSSES = tuple(_PIECES) + ("huber",)


def _pieces(key: str, delta: float):
    if key != "huber":
        return _PIECES[key]
    # 0.5 r^2 inside [-delta, delta], delta |r| - 0.5 delta^2 outside.
    return ((0.0, 0.0, 0.5), [(delta, ">", (-0.5 * delta * delta, delta, -0.5)),
                              (-delta, "<=", (-0.5 * delta * delta, -delta, -0.5))])


def _poly_sums(c, a, b, alphas, betas, poly) -> np.ndarray:
    """sum_t g(c_t + alpha a_t + beta b_t) on the grid, from the sums of z and z^2."""
    g0, g1, g2 = poly
    n = len(c)
    A, B = alphas[None, :], betas[:, None]
    s1 = c.sum() + A * a.sum() + B * b.sum()
    s2 = (c @ c + 2 * A * (c @ a) + 2 * B * (c @ b) + A * A * (a @ a) + 2 * A * B * (a @ b) + B * B * (b @ b))
    return g0 * n + g1 * s1 + g2 * s2


def piecewise_values(c: np.ndarray, a: np.ndarray, b: np.ndarray, alphas: np.ndarray,
                     betas: np.ndarray, key: str, delta: float, max_elements: int = 2_000_000) -> np.ndarray:
    """(G2, G1) sums over terms t of f(z_t), z_t = c_t + alpha a_t + beta b_t, for a
    piecewise-polynomial f. `betas` must be increasing."""
    poly, pieces = _pieces(key, delta)
    G1, G2 = len(alphas), len(betas)
    total = _poly_sums(c, a, b, alphas, betas, poly) if any(poly) else np.zeros((G2, G1))
    # Chunks of grid rows bound the temporaries and share the cores (numpy's sorting and
    # arithmetic release the GIL).
    workers = os.cpu_count() or 1
    rows_per_chunk = max(1, min(max_elements // max(len(c), 1), -(-G1 // workers)))
    chunks = [slice(s, s + rows_per_chunk) for s in range(0, G1, rows_per_chunk)]

    def work(rows: slice) -> np.ndarray:
        return sum(_piece_sums(c, a, b, alphas[rows], betas, kappa, side, *e) for kappa, side, e in pieces)

    with ThreadPoolExecutor(min(workers, len(chunks))) as pool:
        for rows, part in zip(chunks, pool.map(work, chunks)):
            total[:, rows] += part.T
    return total


def _piece_sums(c, a, b, alphas, betas, kappa, side, e0, e1, e2) -> np.ndarray:
    """(rows, G2): sum of e(z_t) over the terms whose z_t `side` kappa, per grid point.

    Terms are grouped by the sign of b (fixed per term): in a group every term switches
    on at one beta and stays on in the same direction, so one searchsorted and one
    bincount per polynomial coefficient serve the whole group."""
    G2, R = len(betas), len(alphas)
    out = np.zeros((R, G2))
    above = side == ">"
    for group in (b > 0, b < 0, b == 0):
        if not group.any():
            continue
        cg, ag, bg = c[group], a[group], b[group]
        cz = cg[None, :] + alphas[:, None] * ag[None, :]  # z at beta = 0, per row
        if bg[0] == 0:  # z does not depend on beta: on or off along the whole row
            on = (cz > kappa) if above else (cz <= kappa)
            out += np.where(on, e0 + e1 * cz + e2 * cz * cz, 0.0).sum(axis=1)[:, None]
            continue
        rises = bg[0] > 0
        k = np.searchsorted(betas, (kappa - cz) / bg, side="right" if rises else "left")
        index = (np.arange(R)[:, None] * (G2 + 1) + k).ravel()
        # e(cz + beta b) = coef0 + coef1 beta + coef2 beta^2, active for j >= k (forward) or j < k
        coefs = [(0, e0 + e1 * cz + e2 * cz * cz), (1, (e1 + 2 * e2 * cz) * bg), (2, e2 * bg * bg + 0 * cz)]
        forward = rises == above
        for power, coef in coefs:
            if power and not coef.any():
                continue
            binned = np.bincount(index, weights=coef.ravel(), minlength=R * (G2 + 1)).reshape(R, G2 + 1)
            running = np.cumsum(binned, axis=1)[:, :G2] if forward else np.cumsum(binned[:, ::-1], axis=1)[:, ::-1][:, 1:]
            out += running * betas ** power
    return out


def exponential_values(c: np.ndarray, a: np.ndarray, b: np.ndarray, alphas: np.ndarray,
                       betas: np.ndarray) -> np.ndarray | None:
    """(G2, G1) sums of exp(-(c + alpha a + beta b)) as one matrix product, or None when
    the exponents are too wide for float64 (the caller then evaluates point by point)."""
    row = -(c[None, :] + alphas[:, None] * a[None, :])  # (G1, n)
    col = -(betas[:, None] * b[None, :])  # (G2, n)
    if np.abs(row).max() + np.abs(col).max() > 700.0:
        return None
    return np.exp(col) @ np.exp(row).T


def _lobatto(n: int, lo: float, hi: float) -> np.ndarray:
    return 0.5 * (lo + hi) + 0.5 * (hi - lo) * np.cos(np.pi * np.arange(n)[::-1] / (n - 1))


def _to_unit(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return (2.0 * x - (lo + hi)) / (hi - lo)


def chebyshev_values(evaluate: Callable[[np.ndarray, np.ndarray], np.ndarray], alphas: np.ndarray,
                     betas: np.ndarray, tol: float = 1e-13) -> np.ndarray:
    """Interpolate evaluate(alphas, betas) -> (G2, G1) by a tensor Chebyshev series.

    The degree in each direction doubles (17, 33, 65, 129 nodes) until the last four
    coefficients are below tol x max |value|; a direction that needs more nodes than the
    grid has is evaluated on the grid itself.
    """
    axes = [alphas, betas]
    sizes = [17, 17]
    exact = [len(alphas) <= 17, len(betas) <= 17]
    known = None
    while True:
        nodes = [ax if ex else _lobatto(s, ax[0], ax[-1]) for ax, s, ex in zip(axes, sizes, exact)]
        values = _values_reusing(evaluate, nodes[0], nodes[1], known)
        if not np.isfinite(values).all():
            return evaluate(alphas, betas)
        known = (nodes[0], nodes[1], values)
        scale = np.abs(values).max() or 1.0
        coef = values
        for axis, (ax, node, ex) in enumerate(zip(axes, nodes, exact)):
            if ex:
                continue
            V = chebyshev.chebvander(_to_unit(node, ax[0], ax[-1]), len(node) - 1)
            coef = np.moveaxis(np.linalg.solve(V, np.moveaxis(coef, 1 - axis, 0)), 0, 1 - axis)
        converged = True
        for axis in (0, 1):
            if exact[axis]:
                continue
            tail = coef[:, -4:] if axis == 0 else coef[-4:, :]
            if np.abs(tail).max() > tol * scale:
                converged = False
                if 2 * sizes[axis] - 1 > len(axes[axis]) // 1.5:
                    exact[axis] = True
                else:
                    sizes[axis] = 2 * sizes[axis] - 1
        if converged:
            break
    out = coef
    for axis, (ax, ex) in enumerate(zip(axes, exact)):
        if not ex:
            T = chebyshev.chebvander(_to_unit(ax, ax[0], ax[-1]), coef.shape[1 - axis] - 1)
            out = np.moveaxis(T @ np.moveaxis(out, 1 - axis, 0), 0, 1 - axis)
    return out


def _positions(old: np.ndarray, new: np.ndarray) -> np.ndarray | None:
    """Where each of `old` stands in the increasing `new`, or None if one is missing."""
    index = np.minimum(np.searchsorted(new, old), len(new) - 1)
    return index if np.array_equal(new[index], old) else None


def _values_reusing(evaluate, alphas: np.ndarray, betas: np.ndarray, known) -> np.ndarray:
    """evaluate(alphas, betas), evaluating only the points not in `known`: doubling a
    Lobatto grid (n -> 2n - 1 nodes) keeps every old node, to the last bit."""
    if known is None:
        return evaluate(alphas, betas)
    old_alphas, old_betas, old_values = known
    ia, ib = _positions(old_alphas, alphas), _positions(old_betas, betas)
    if ia is None or ib is None:
        return evaluate(alphas, betas)
    out = np.empty((len(betas), len(alphas)))
    out[np.ix_(ib, ia)] = old_values
    new_a = np.setdiff1d(np.arange(len(alphas)), ia)
    new_b = np.setdiff1d(np.arange(len(betas)), ib)
    if len(new_b):
        out[new_b, :] = evaluate(alphas, betas[new_b])
    if len(new_a):
        out[np.ix_(ib, new_a)] = evaluate(alphas[new_a], betas[ib])
    return out
