"""Fast, exact ways to evaluate a data loss on a grid over a plane.

A linear model's raw outputs are affine on the plane: raw(alpha, beta) = r0 + alpha p +
beta q per sample. That makes three losses cheap without any approximation:

* the mse family: a quadratic in (alpha, beta) with six coefficients that are sums over
  samples, so the cost does not depend on the number of samples;
* piecewise-polynomial losses (hinge, squared hinge, 0/1, mae, huber, multiclass hinge):
  along a grid row each term switches pieces at one beta, so the sum is a polynomial in
  beta whose coefficients are running sums; the terms are binned by that beta (found by
  arithmetic on the evenly spaced grid) instead of being evaluated at every grid point;
* the exponential loss: exp(-y raw) factorises into a row factor and a column factor, so
  the grid is one matrix product.

Smooth losses and the MLP are interpolated by a tensor Chebyshev series whose degree
grows until its last coefficients are below 1e-10 of the smallest value (as chebfun
does), falling back to evaluating every grid point when the series does not converge;
landscape_sums evaluates the nodes.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from queue import SimpleQueue

import numpy as np
from numpy.polynomial import chebyshev

from .landscape_sums import Scratch

# Piecewise sums work on blocks of _ROWS grid rows x _TERMS terms, reused
# (landscape_sums.Scratch); most terms of a block are usually left out or summed in
# closed form, so that the arrays binned are a fraction of that (see _piece_sums).
_ROWS, _TERMS = 32, 8192

# key -> (global polynomial g(z), [(kappa, side, (f0, f1, f2))]); the term is g(z) plus,
# for each piece whose condition "z side kappa" holds, f0 + f1 u + f2 u^2 with u = z - kappa
# (the piece's polynomial about its own switch point: f0 = 0 where the loss is continuous).
_PIECES = {
    "hinge": ((0, 0, 0), [(1.0, "<=", (0.0, -1.0, 0.0))]),  # 1 - z = -u
    "squared_hinge": ((0, 0, 0), [(1.0, "<=", (0.0, 0.0, 1.0))]),  # (1 - z)^2 = u^2
    "zero_one": ((0, 0, 0), [(0.0, "<=", (1.0, 0.0, 0.0))]),
    "mae": ((0, -1, 0), [(0.0, ">", (0.0, 2.0, 0.0))]),  # |r| = −r + 2r [r > 0]
    "multiclass_hinge": ((0, 0, 0), [(0.0, ">", (0.0, 1.0, 0.0))]),
}
PIECEWISE_LOSSES = tuple(_PIECES) + ("huber",)


def _pieces(key: str, delta: float):
    if key != "huber":
        return _PIECES[key]
    # 0.5 z^2 everywhere, less 0.5 (z - delta)^2 above delta and 0.5 (z + delta)^2 below -delta:
    # delta |z| - 0.5 delta^2 outside [-delta, delta].
    return ((0.0, 0.0, 0.5), [(delta, ">", (0.0, 0.0, -0.5)), (-delta, "<=", (0.0, 0.0, -0.5))])


def _poly_sums(c, a, b, alphas, betas, poly) -> np.ndarray:
    """sum_t g(c_t + alpha a_t + beta b_t) on the grid, from the sums of z and z^2."""
    g0, g1, g2 = poly
    n = len(c)
    A, B = alphas[None, :], betas[:, None]
    s1 = c.sum() + A * a.sum() + B * b.sum()
    s2 = (c @ c + 2 * A * (c @ a) + 2 * B * (c @ b) + A * A * (a @ a) + 2 * A * B * (a @ b) + B * B * (b @ b))
    return g0 * n + g1 * s1 + g2 * s2


def piecewise_values(c: np.ndarray, a: np.ndarray, b: np.ndarray, alphas: np.ndarray,
                     betas: np.ndarray, key: str, delta: float, workers: int | None = None) -> np.ndarray:
    """(G2, G1) sums over terms t of f(z_t), z_t = c_t + alpha a_t + beta b_t, for a
    piecewise-polynomial f. `betas` must be increasing."""
    poly, pieces = _pieces(key, delta)
    G1, G2 = len(alphas), len(betas)
    total = _poly_sums(c, a, b, alphas, betas, poly) if any(poly) else np.zeros((G2, G1))
    groups = [(c[g], a[g], b[g]) for g in (b > 0, b < 0, b == 0) if g.any()]
    # The blocks of grid rows share the cores (numpy releases the GIL).
    chunks = [slice(s, s + _ROWS) for s in range(0, G1, _ROWS)]
    grid = _even_grid(betas)

    workers = min(workers or os.cpu_count() or 1, len(chunks))
    scratches = SimpleQueue()  # one set of work arrays per thread, reused by all its chunks
    for _ in range(workers):
        scratches.put(Scratch())

    def work(rows: slice) -> np.ndarray:
        scratch = scratches.get()
        with np.errstate(over="ignore", invalid="ignore"):
            part = sum(_piece_sums(group, alphas[rows], betas, grid, pieces, scratch) for group in groups)
        scratches.put(scratch)
        return part

    with ThreadPoolExecutor(workers) as pool:
        for rows, part in zip(chunks, pool.map(work, chunks)):
            total[:, rows] += part.T
    return total


# What a piece's sum over its terms is made of: with d = (z - kappa at beta = 0) and u = d +
# beta b, f0 + f1 u + f2 u^2 = (f0 + f1 d + f2 d^2) + beta (f1 b + 2 f2 d b) + beta^2 f2 b^2,
# so per bin the sums of 1, d, b, d^2, d b, b^2 (those the piece uses), each entering the
# grid point as (coefficient index, power of beta, factor).
def _monomials(f0: float, f1: float, f2: float) -> list[tuple[str, int, float]]:
    out = [("1", 0, f0)] if f0 else []
    if f1:
        out += [("d", 0, f1), ("b", 1, f1)]
    if f2:
        out += [("dd", 0, f2), ("db", 1, 2.0 * f2), ("bb", 2, f2)]
    return out


def _piece_sums(group, alphas, betas, grid, pieces, scratch: Scratch) -> np.ndarray:
    """(rows, G2): per grid point, the sum over the pieces (kappa, side, f) and the terms
    of `group` whose z_t `side` kappa of the piece's polynomial.

    The terms of a group share the sign of b: each switches on at one beta and stays on in
    the same direction, so the running sums of its polynomial's coefficients, binned by
    the first node where it is on, give every grid point of the row. The coefficients are
    taken about the piece's own switch point, where a continuous piece is 0: only the sums
    that are not are binned (huber: d^2, d b and b^2 per piece).

    Most terms switch outside the grid on every row of a block (far samples, outliers):
    on at every node of those rows or at none. The switch moves monotonically with alpha,
    and so does its node index, computed by the same monotone floating-point operations,
    so the block's smallest and largest alpha tell: a term off at every node is left out,
    one on at every node enters by its moments (closed form, O(terms)), and only the rest
    are binned per row. Each block of terms works in the same `scratch` arrays (fresh
    temporaries this size cost page faults)."""
    c, a, b = group
    G2, R = len(betas), len(alphas)
    if b[0] == 0:  # z does not depend on beta: on or off along the whole row
        total = 0.0
        for kappa, side, (f0, f1, f2) in pieces:
            u = c[None, :] - kappa + alphas[:, None] * a[None, :]
            on = (u > 0) if side == ">" else (u <= 0)
            total = total + np.where(on, f0 + f1 * u + f2 * u * u, 0.0).sum(axis=1)
        return np.repeat(total[:, None], G2, axis=1)
    rises = b[0] > 0
    plans = [(kappa, rises == (side == ">"), f, _monomials(*f)) for kappa, side, f in pieces]
    binned = [{name: np.zeros(R * (G2 + 1)) for name, *_ in monomials} for *_, monomials in plans]
    moments = [np.zeros(len(_MOMENTS)) for _ in plans]  # of the terms on at every node
    offsets = np.arange(R)[:, None] * (G2 + 1)
    size = R * (G2 + 1)
    ends = np.array([[alphas.min()], [alphas.max()]])  # d is affine in alpha: extreme at these
    # the moments are taken about the middle of the block (less cancellation than about 0)
    middle, beta_mid = 0.5 * (ends[0, 0] + ends[1, 0]), 0.5 * (betas[0] + betas[-1])
    slope_all = -1.0 / (b * grid[1]) if grid is not None else None
    # Out of floats (never in a landscape that is drawn): every term binned, as it comes.
    classify = bool(np.isfinite(c).all() and np.isfinite(a).all() and np.isfinite(b).all()
                    and (slope_all is None or np.isfinite(slope_all).all()))

    def node_index(d, bt, slope, ties):
        """searchsorted(betas, -d / b): the first node where a rising term is above its switch."""
        if ties or grid is None:
            # A term on a node exactly where it switches is on or off as searchsorted says;
            # that matters only where the piece jumps there (0/1 loss): elsewhere it is 0.
            switch = np.divide(d, -bt, out=scratch("switch", d.shape))
            return _switch_index(betas, switch, "right" if rises else "left", grid, scratch, ties)
        return _position_index(d, slope, 1.0 - grid[0] / grid[1], G2, scratch)

    for start in range(0, len(c), _TERMS):
        terms = slice(start, start + _TERMS)
        for (kappa, forward, f, monomials), sums, moment in zip(plans, binned, moments):
            e, at, bt = c[terms] - kappa, a[terms], b[terms]  # d = z - kappa at beta 0 = e + alpha a
            slope = slope_all[terms] if slope_all is not None else None
            if classify:
                k_ends = node_index(ends * at + e, bt, slope, f[0] != 0)
                lo, hi = np.minimum(k_ends[0], k_ends[1]), np.maximum(k_ends[0], k_ends[1])
                pick = np.flatnonzero((lo < G2) & (hi > 0))
                if len(pick) < 0.8 * len(e):  # else binning them all costs less than picking
                    always = (hi == 0) if forward else (lo == G2)
                    if always.any():
                        moment += _moments(e[always] + middle * at[always] + beta_mid * bt[always], at[always],
                                           bt[always])
                    if not len(pick):
                        continue
                    e, at, bt = e[pick], at[pick], bt[pick]
                    slope = slope[pick] if slope is not None else None
            shape = (R, len(e))
            d = np.multiply(alphas[:, None], at, out=scratch("d", shape))
            d += e
            k = node_index(d, bt, slope, f[0] != 0)
            k += offsets
            index = k.ravel()
            for name, *_ in monomials:
                if name == "1":
                    sums[name] += np.bincount(index, minlength=size)
                    continue
                if name == "d":
                    weights = d
                elif name == "b":
                    weights = scratch("b", shape)
                    np.copyto(weights, bt)
                elif name == "dd":
                    weights = np.square(d, out=scratch("w", shape))
                elif name == "db":
                    weights = np.multiply(d, bt, out=scratch("w", shape))
                else:
                    weights = scratch("w", shape)
                    np.copyto(weights, bt * bt)
                sums[name] += np.bincount(index, weights=weights.ravel(), minlength=size)
    out = np.zeros((R, G2))
    for (_, forward, f, monomials), sums, moment in zip(plans, binned, moments):
        for name, power, factor in monomials:
            counts = sums[name].reshape(R, G2 + 1)
            running = np.cumsum(counts, axis=1)[:, :G2] if forward else np.cumsum(counts[:, ::-1], axis=1)[:, ::-1][:, 1:]
            out += factor * running * betas ** power
        if moment.any():
            out += _always_on(moment, f, alphas - middle, betas - beta_mid)
    return out


# Sums over a set of terms (e, a, b), from which the sums of 1, d, b, d^2, d b, b^2 follow
# on any row alpha (d = e + alpha a).
_MOMENTS = ("1", "e", "a", "b", "ee", "ea", "aa", "eb", "ab", "bb")


def _moments(e: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.array([len(e), e.sum(), a.sum(), b.sum(), e @ e, e @ a, a @ a, e @ b, a @ b, b @ b])


def _always_on(moment: np.ndarray, f, alphas: np.ndarray, betas: np.ndarray) -> np.ndarray:
    """(rows, G2): the piece f0 + f1 u + f2 u^2, u = d + beta b, summed over terms on at every node."""
    n, se, sa, sb, see, sea, saa, seb, sab, sbb = moment
    f0, f1, f2 = f
    A, B = alphas[:, None], betas[None, :]
    sd, sdd, sdb = se + A * sa, see + 2 * A * sea + A * A * saa, seb + A * sab
    return f0 * n + f1 * (sd + B * sb) + f2 * (sdd + 2 * B * sdb + B * B * sbb)


def _position_index(d: np.ndarray, slope: np.ndarray, offset: float, G2: int, scratch: Scratch) -> np.ndarray:
    """searchsorted(betas, -d / b) on an evenly spaced grid, up to rounding at a node
    (where the pieces that come here are 0): floor of the switch's position d * slope +
    offset, counted in steps from the node before the first, clipped to [0, G2] first so
    that far or infinite switches cannot overflow the cast (truncation is floor there)."""
    position = np.multiply(d, slope, out=scratch("position", d.shape))
    position += offset
    if np.isnan(position.sum()):
        position[np.isnan(position)] = G2  # where searchsorted puts nan
    np.clip(position, 0.0, G2, out=position)
    k = scratch("k", d.shape, np.intp)
    np.copyto(k, position, casting="unsafe")
    return k


def _even_grid(betas: np.ndarray) -> tuple[float, float, np.ndarray] | None:
    """(first node, step, the nodes followed by inf) of an evenly spaced grid, else None."""
    G2 = len(betas)
    step = (betas[-1] - betas[0]) / (G2 - 1) if G2 > 1 else 0.0
    if not (step > 0 and np.allclose(np.diff(betas), step, rtol=1e-9, atol=0.0)):
        return None
    return float(betas[0]), float(step), np.append(betas, np.inf)


def _switch_index(betas: np.ndarray, switch: np.ndarray, side: str, grid, scratch: Scratch,
                  ties: bool = True) -> np.ndarray:
    """np.searchsorted(betas, switch, side), by arithmetic where the grid is evenly spaced
    (`grid` from _even_grid): a binary search costs ~30-80 ns a value on unsorted values,
    this a few. Without `ties`, a switch within rounding of a node may land on either side
    of it."""
    if grid is None:
        return np.searchsorted(betas, switch, side=side)
    first, step, following = grid
    G2 = len(betas)
    # floor((s - beta_0) / step) + 1 nodes lie at or below s. With `ties`, taken 1e-6 of a
    # step low, the count can only be one short, never one over (the arithmetic and
    # linspace's nodes are off by rounding, far less): one comparison with the next node
    # then settles it, as searchsorted would, also for a switch exactly on a node (a
    # symmetric grid has b = 0 on it). Clipped first so that far or infinite switches
    # cannot overflow the cast (truncation is floor there).
    position = np.subtract(switch, first - step + (1e-6 * step if ties else 0.0), out=scratch("position", switch.shape))
    position /= step
    np.clip(position, 0.0, G2 - 1 if ties else G2, out=position)  # with ties, the comparison adds the last
    if np.isnan(position.sum()):
        position[np.isnan(position)] = G2  # where searchsorted puts nan
    k = scratch("k", switch.shape, np.intp)
    np.copyto(k, position, casting="unsafe")
    if ties:
        at_k = following.take(k, out=scratch("next", switch.shape), mode="clip")  # betas[k], inf past the last; "clip" writes out unbuffered
        compare = np.less_equal if side == "right" else np.less
        k += compare(at_k, switch, out=scratch("short", switch.shape, bool))
    return k


def exponential_values(c: np.ndarray, a: np.ndarray, b: np.ndarray, alphas: np.ndarray,
                       betas: np.ndarray) -> np.ndarray | None:
    """(G2, G1) sums of exp(-(c + alpha a + beta b)) = exp(-beta b) @ exp(-(c + alpha a)).T,
    a matrix product over the terms, or None when the exponents are too wide for float64
    (the caller then evaluates point by point).

    When b takes a few values only (the (w, b) plane of a margin loss: b = y = ±1), the
    terms are first summed per value of b, and the product is over those few."""
    def widest(base, slope, axis):  # an affine exponent is widest at an end of the axis
        return float(np.maximum(np.abs(base + axis[0] * slope), np.abs(base + axis[-1] * slope)).max())

    if widest(c, a, alphas) + widest(0.0, b, betas) > 700.0:
        return None
    values, inverse = np.unique(b, return_inverse=True)
    few = len(values) <= 64
    total = np.zeros((len(values) if few else len(betas), len(alphas)))
    for start in range(0, len(c), _TERMS):
        terms = slice(start, start + _TERMS)
        rows = np.exp(-(c[terms] + alphas[:, None] * a[terms]))  # (G1, T)
        if few:
            total += (inverse[terms, None] == np.arange(len(values))).T @ rows.T
        else:
            total += np.exp(-(betas[:, None] * b[terms])) @ rows.T
    return np.exp(-(betas[:, None] * values)) @ total if few else total


def _lobatto(n: int, lo: float, hi: float) -> np.ndarray:
    return 0.5 * (lo + hi) + 0.5 * (hi - lo) * np.cos(np.pi * np.arange(n)[::-1] / (n - 1))


def _to_unit(x: np.ndarray, lo: float, hi: float) -> np.ndarray:
    return (2.0 * x - (lo + hi)) / (hi - lo)


def chebyshev_values(evaluate: Callable[[np.ndarray, np.ndarray], np.ndarray], alphas: np.ndarray,
                     betas: np.ndarray, tol: float = 1e-10) -> np.ndarray:
    """Interpolate evaluate(alphas, betas) -> (G2, G1) by a tensor Chebyshev series.

    The degree in each direction doubles (17, 33, 65, 129 nodes) until the last four
    coefficients are below tol x the smallest |value| at the nodes (so that every value,
    the smallest too, is exact to about that relative error; issue 9 asks 1e-6), or below
    1e-15 x the largest, where rounding noise starts; a direction that needs more nodes
    than the grid has is evaluated on the grid itself.
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
        magnitude = np.abs(values)
        limit = max(tol * magnitude.min(), 1e-15 * magnitude.max())
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
            if np.abs(tail).max() > limit:
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
