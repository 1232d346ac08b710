"""The data loss at a tensor grid of plane points, summed over the samples block by block.

On the plane theta = center + alpha d1 + beta d2 a linear model's raw outputs are affine
per sample, raw = r0 + alpha p + beta q, and so are an MLP's hidden pre-activations; an
MLP's output weights are affine per grid point. So every (grid point, sample) pair costs a
few elementwise passes. They run on blocks of about BLOCK pairs, which stay in the cache
and are reused: temporaries the size of a grid row times every sample cost page faults
and memory bandwidth instead, several times the arithmetic.

Two loss families of linear models are written out in their stable closed forms, their
part linear in raw summed once per grid point instead of per sample:

* softplus losses (logistic on -1/+1 labels, bce on 0/1 labels): softplus(-m) with the
  margin m = s raw, s = y or 2y - 1, and softplus(-m) = max(-m, 0) + log1p(exp(-|m|));
* softmax losses (cross-entropy, sparse cross-entropy, KL divergence): per sample
  w lse(raw) - t . raw + const, with the targets t (sum w) and const of each.

Their exponentials exp(c + alpha a + beta b) are products exp(c + alpha a) exp(beta b)
wherever neither factor can leave float64's normal range: a product per grid point and
sample instead of an exponential (cross-entropy at 10,000 samples 30% less CPU).

Any other loss (and sparse cross-entropy with label smoothing, a loss of its own) takes
the raw outputs of the block and its own formula.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import numpy as np

from .losses import LOSSES
from .models import LinearModel
from .objective import Objective

BLOCK = 1 << 15  # (grid point, sample) pairs per block: 256 kB per float64 temporary
# Below this, exp(x) and a sum of a few of them stay finite: the plain formulas are used,
# with fewer passes than the shifted ones.
_EXP_SAFE = 700.0
# Where both parts of an exponent x + y are within this, exp(x + y) = exp(x) exp(y) with
# neither factor (nor their product) overflowing or leaving the normal range: the
# exponentials are taken once per (alpha, sample) and per (beta, sample) instead of per
# (alpha, beta, sample), and each grid point costs a product.
_FACTOR_SAFE = 340.0


def _factor(x: np.ndarray) -> np.ndarray | None:
    """exp(x) when every |x| is within _FACTOR_SAFE, else None."""
    return np.exp(x) if x.size and np.abs(x).max() <= _FACTOR_SAFE else None


def _fits(betas: np.ndarray, along: np.ndarray) -> bool:
    """Every |beta along| within _FACTOR_SAFE."""
    return bool(along.size and np.abs(betas).max() * np.abs(along).max() <= _FACTOR_SAFE)


_blas = None


def find_blas():
    """threadpoolctl's controller of the BLAS libraries, found once (~50 ms; limiting is
    then cheap), or False without threadpoolctl. Finding them calls back into Python from
    C (ctypes): a program that turns signals into exceptions finds them first, holding
    its signals (lossplay.interrupts)."""
    global _blas
    if _blas is None:
        try:
            from threadpoolctl import ThreadpoolController
        except ImportError:
            _blas = False
        else:
            _blas = ThreadpoolController()
    return _blas


@contextmanager
def one_blas_thread():
    """BLAS on one thread inside: the landscape's products are small or already shared
    over the cores by its own threads, and OpenBLAS's spinning threads on a busy machine
    make them several times slower (a 201 x n by n x 201 product: 5x). Without
    threadpoolctl, as it is."""
    blas = find_blas()
    if not blas:
        yield
        return
    with blas.limit(limits=1, user_api="blas"):
        yield


class Scratch:
    """Named work arrays reused from block to block: fresh temporaries of a block's size
    are page-faulted in anew each time, which costs more than the arithmetic on them."""

    def __init__(self):
        self._arrays: dict[str, np.ndarray] = {}

    def __call__(self, name: str, shape: tuple[int, ...], dtype=np.float64) -> np.ndarray:
        size = int(np.prod(shape))
        array = self._arrays.get(name)
        if array is None or array.size < size or array.dtype != dtype:
            array = self._arrays[name] = np.empty(size, dtype)
        return array[:size].reshape(shape)


def grid_evaluator(objective: Objective, plane, workers: int | None = None) -> Callable[[np.ndarray, np.ndarray], np.ndarray]:
    """evaluate(alphas, betas) -> (len(betas), len(alphas)): the data loss at
    plane.point(alpha, beta) for every pair of the two axes."""
    model, X = objective.model, objective.X
    n = len(X)
    if isinstance(model, LinearModel):
        r0, p, q = (_as_columns(model.raw(v, X)) for v in (plane.center, plane.d1, plane.d2))
        form = _closed_form(objective, r0, p, q)
        block = form if form is not None else _LinearBlock(objective, r0, p, q)
    else:
        block = _MLPBlock(objective, plane)
    workers = workers or os.cpu_count() or 1

    def evaluate(alphas: np.ndarray, betas: np.ndarray) -> np.ndarray:
        A, G2 = len(alphas), len(betas)
        per_sample = A * block.width
        size = int(min(n, max(256, BLOCK // per_sample)))
        rows = max(1, BLOCK // (per_sample * size))
        starts = list(range(0, n, size))
        shares = [starts[i::workers] for i in range(min(workers, len(starts)))]

        def work(share: list[int]) -> np.ndarray:
            total = np.zeros((G2, A))
            with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
                for start in share:
                    samples = slice(start, min(start + size, n))
                    prepared = block.prepare(alphas, samples)
                    for r in range(0, G2, rows):
                        total[r:r + rows] += block.sums(prepared, betas[r:r + rows], samples)
            return total

        if len(shares) == 1:
            return work(shares[0]) / block.count
        with ThreadPoolExecutor(len(shares)) as pool:
            return sum(pool.map(work, shares)) / block.count

    return evaluate


def _as_columns(raw: np.ndarray) -> np.ndarray:
    return raw[:, None] if raw.ndim == 1 else raw


class _LinearBlock:
    """Any loss of a linear model: raw on the block, then the loss's own formula."""

    def __init__(self, objective: Objective, r0, p, q):
        self.objective, self.r0, self.p, self.q = objective, r0, p, q
        self.width = r0.shape[1]
        self.single = objective.model.outputs == 1
        self.count = len(objective.y)  # the loss is a mean: its block means are weighted by the block size

    def prepare(self, alphas, samples):
        return self.r0[samples] + alphas[:, None, None] * self.p[samples]  # (A, B, k)

    def sums(self, at_beta0, betas, samples):
        raw = at_beta0 + betas[:, None, None, None] * self.q[samples]  # (R, A, B, k)
        if self.single:
            raw = raw[..., 0]
        objective = self.objective
        means = objective.loss.value(raw, objective.y[samples], objective.delta)
        return means * (samples.stop - samples.start)


class _MLPBlock:
    """Any loss of the MLP: raw = sum_j tanh(pre_j) W2_j + b2, with pre_j affine per sample
    and W2, b2 affine per grid point."""

    def __init__(self, objective: Objective, plane):
        self.objective = objective
        model, X = objective.model, objective.X
        parts = [model.split(v) for v in (plane.center, plane.d1, plane.d2)]
        # pre-activations (3, n, h) and output weights (3, h, k), biases (3, k): value at the
        # center, change along d1, along d2
        self.pre = np.stack([X @ W1 + b1 for W1, _, b1, _ in parts])
        self.W2 = np.stack([W2 for _, W2, _, _ in parts])
        self.b2 = np.stack([b2 for _, _, _, b2 in parts])
        self.width = model.outputs * (model.hidden + 1)
        self.outputs = model.outputs
        self.count = len(objective.y)

    def prepare(self, alphas, samples):
        pre0 = self.pre[0, samples] + alphas[:, None, None] * self.pre[1, samples]  # (A, B, h)
        return np.ascontiguousarray(np.moveaxis(pre0, 2, 0)), alphas  # (h, A, B)

    def sums(self, prepared, betas, samples):
        pre0, alphas = prepared
        h, A, B = pre0.shape
        R, k = len(betas), self.outputs
        weights = self.W2[0] + alphas[:, None, None] * self.W2[1]  # (A, h, k) at beta 0
        weights = weights[None] + betas[:, None, None, None] * self.W2[2]  # (R, A, h, k)
        bias = self.b2[0] + alphas[:, None] * self.b2[1] + betas[:, None, None] * self.b2[2]  # (R, A, k)
        raw = np.empty((k, R, A, B))
        raw[:] = np.moveaxis(bias, 2, 0)[..., None]
        unit, term = np.empty((R, A, B)), np.empty((R, A, B))
        along = self.pre[2, samples]  # (B, h)
        for j in range(h):
            np.add(pre0[j], betas[:, None, None] * along[:, j], out=unit)
            np.tanh(unit, out=unit)
            for o in range(k):
                np.multiply(unit, weights[:, :, j, o, None], out=term)
                raw[o] += term
        raw = raw[0] if k == 1 else np.moveaxis(raw, 0, -1)
        objective = self.objective
        return objective.loss.value(raw, objective.y[samples], objective.delta) * B


def _closed_form(objective: Objective, r0, p, q):
    """The block for a loss with a closed form here, else None. The formula itself (not
    the key) decides: a loss with another formula under the same key is not taken."""
    value, y = objective.loss.value, objective.y
    key = next((k for k in ("logistic", "bce", "cross_entropy", "sparse_cross_entropy", "kl_div")
                if value is LOSSES[k].value), None)
    if key in ("logistic", "bce"):
        signs = y if key == "logistic" else 2.0 * y - 1.0
        if y.ndim == 1:
            signs = signs[:, None]
        if np.all(np.abs(signs) == 1.0):
            return _SoftplusBlock(signs, r0, p, q)
    if key in ("cross_entropy", "sparse_cross_entropy", "kl_div") and r0.shape[1] > 1:
        if key == "sparse_cross_entropy":
            weights, targets, const = np.ones(len(y)), np.eye(r0.shape[1])[y], 0.0
        else:
            weights, targets = y.sum(axis=1), y
            positive = y > 0.0
            const = float(np.sum(y[positive] * np.log(y[positive]))) if key == "kl_div" else 0.0
        return _SoftmaxBlock(weights, targets, const, r0, p, q)
    return None


class _SoftplusBlock:
    """sum_t softplus(-m_t), margins m = signs raw = c + alpha a + beta b per term."""

    def __init__(self, signs, r0, p, q):
        self.c, self.a, self.b = -signs * r0, -signs * p, -signs * q  # -m = c + alpha a + beta b, (n, L)
        self.width = r0.shape[1]
        self.count = r0.size  # a mean over every (sample, label) pair

    def prepare(self, alphas, samples):
        at_beta0 = self.c[samples].ravel() + alphas[:, None] * self.a[samples].ravel()  # (A, terms)
        return at_beta0, _factor(at_beta0)

    def sums(self, prepared, betas, samples):
        at_beta0, factor = prepared
        along = self.b[samples].ravel()
        if factor is not None and _fits(betas, along):  # log1p(exp(z)), exp(z) a product
            z = factor * np.exp(betas[:, None] * along)[:, None, :]
            np.log1p(z, out=z)
            return z.sum(axis=-1)
        z = at_beta0 + betas[:, None, None] * along  # -m, (R, A, terms)
        if z.max() < _EXP_SAFE:  # log1p(exp(z)): exact, and exp cannot overflow
            np.exp(z, out=z)
            np.log1p(z, out=z)
            return z.sum(axis=-1)
        positive_part = np.maximum(z, 0.0).sum(axis=-1)  # softplus(z) = max(z, 0) + log1p(exp(-|z|))
        np.abs(z, out=z)
        np.negative(z, out=z)
        np.exp(z, out=z)
        np.log1p(z, out=z)
        return z.sum(axis=-1) + positive_part


class _SoftmaxBlock:
    """sum_i w_i lse(raw_i) - t_i . raw_i + const_i, measured from each sample's reference
    class r (its largest target): with d_ik = raw_ik - raw_ir for k != r and w_i = sum_k
    t_ik, the sample's loss is w_i lse(0, d_i) - sum_k t_ik d_ik + const_i. With one-hot
    targets the linear part is zero, so nothing cancels; the lse is shifted by the
    maximum of 0 and the d_ik, so nothing overflows."""

    def __init__(self, weights, targets, const, r0, p, q):
        n, C = targets.shape
        self.weights = weights
        self.ones = bool(np.all(weights == 1.0))
        rows = np.arange(n)[:, None]
        reference = np.argmax(targets, axis=1)[:, None]
        others = np.arange(C - 1)[None, :] + (np.arange(C - 1)[None, :] >= reference)  # (n, C - 1)
        self.diffs = [np.ascontiguousarray((v[rows, others] - v[rows, reference]).T) for v in (r0, p, q)]  # (C - 1, n)
        off = targets[rows, others]
        # -sum_k t_ik d_ik per sample: at the center, along d1, along d2
        self.linear = None if not off.any() else np.stack([-(off * d.T).sum(axis=1) for d in self.diffs], axis=1)
        self.const = const / n
        self.width = C - 1
        self.count = n

    def prepare(self, alphas, samples):
        c, a = self.diffs[0][:, samples], self.diffs[1][:, samples]
        at_beta0 = c[:, None, :] + alphas[:, None] * a[:, None, :]  # (C - 1, A, B)
        lin = np.zeros(3) if self.linear is None else self.linear[samples].sum(axis=0)
        return at_beta0, _factor(at_beta0), lin[0] + alphas * lin[1], lin[2]

    def sums(self, prepared, betas, samples):
        at_beta0, factor, lin0, lin_beta = prepared
        along = self.diffs[2][:, samples]
        if factor is not None and _fits(betas, along):  # lse(0, d) = log1p(sum exp(d)), exp(d) a product
            total, term = None, None
            for k in range(self.width):
                along_k = np.exp(betas[:, None] * along[k])[:, None, :]  # (R, 1, B)
                if total is None:
                    total = factor[k] * along_k  # (R, A, B)
                    term = np.empty_like(total)
                else:
                    total += np.multiply(factor[k], along_k, out=term)
            np.log1p(total, out=total)
            return self._finish(total, betas, samples, lin0, lin_beta)
        d = [np.add(at_beta0[k], betas[:, None, None] * along[k]) for k in range(self.width)]  # (R, A, B) each
        if max(dk.max() for dk in d) < _EXP_SAFE:  # lse(0, d) = log1p(sum exp(d)): no exp can overflow
            total = np.exp(d[0], out=d[0])
            for dk in d[1:]:
                total += np.exp(dk, out=dk)
            np.log1p(total, out=total)
        else:
            top = d[0].copy()
            for dk in d[1:]:
                np.maximum(top, dk, out=top)
            np.maximum(top, 0.0, out=top)
            total = np.exp(np.negative(top))
            for dk in d:
                dk -= top
                np.exp(dk, out=dk)
                total += dk
            np.log(total, out=total)
            total += top
        return self._finish(total, betas, samples, lin0, lin_beta)

    def _finish(self, total, betas, samples, lin0, lin_beta):
        """The block's sums from the samples' lse(0, d) at each grid point."""
        if not self.ones:  # soft targets (not a BLAS product: its threads crawl on a busy machine)
            total *= self.weights[samples]
        lse = total.sum(axis=-1)
        B = samples.stop - samples.start
        return lse + lin0 + betas[:, None] * lin_beta + self.const * B
