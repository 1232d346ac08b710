"""Models on one flat float64 parameter vector theta (DESIGN.md: weights, then biases).

Each model maps theta and X (n, d) to raw outputs, (n,) for one output or (n, k), and
back-propagates d(objective)/d(raw) to d(objective)/d(theta) by the chain rule.
`raw_many` evaluates a stack of parameter vectors (P, size) at once for the landscape.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

MODEL_KINDS = ("linear", "multiclass", "mlp")


@dataclass(frozen=True)
class LinearModel:
    """raw = X W + b with W of shape (features, outputs); theta = [W row-major, b]."""

    features: int
    outputs: int

    @property
    def size(self) -> int:
        return (self.features + 1) * self.outputs

    @property
    def param_names(self) -> list[str]:
        d, k = self.features, self.outputs
        if k == 1:
            weights = ["w"] if d == 1 else [f"w{i + 1}" for i in range(d)]
            return weights + ["b"]
        return [f"w{i + 1}_{j + 1}" for i in range(d) for j in range(k)] + [f"b{j + 1}" for j in range(k)]

    @property
    def weight_mask(self) -> np.ndarray:
        return np.arange(self.size) < self.features * self.outputs

    def initial_theta(self, rng: np.random.Generator) -> np.ndarray:
        """Zeros: every linear run starts from the origin of the weight space."""
        return np.zeros(self.size)

    def split(self, thetas: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(..., size) -> W (..., features, outputs) and b (..., outputs)."""
        n_w = self.features * self.outputs
        W = thetas[..., :n_w].reshape(thetas.shape[:-1] + (self.features, self.outputs))
        return W, thetas[..., n_w:]

    def raw(self, theta: np.ndarray, X: np.ndarray) -> np.ndarray:
        W, b = self.split(theta)
        out = X @ W + b
        return out[:, 0] if self.outputs == 1 else out

    def raw_many(self, thetas: np.ndarray, X: np.ndarray) -> np.ndarray:
        """(P, size) -> (P, n) or (P, n, k)."""
        W, b = self.split(thetas)
        out = np.einsum("nd,pdk->pnk", X, W) + b[:, None, :]
        return out[..., 0] if self.outputs == 1 else out

    def backprop(self, theta: np.ndarray, X: np.ndarray, grad_raw: np.ndarray) -> np.ndarray:
        G = grad_raw.reshape(X.shape[0], self.outputs)
        return np.concatenate([(X.T @ G).ravel(), G.sum(axis=0)])


@dataclass(frozen=True)
class MLPModel:
    """raw = tanh(X W1 + b1) W2 + b2; theta = [W1, W2 row-major, b1, b2].

    Parameter names say what each one connects: `h2.x1` is the weight from input x1 to
    hidden unit 2, `out.h2` from hidden unit 2 to the output, `h2.b` and `out.b` biases.
    """

    features: int
    hidden: int
    outputs: int

    @property
    def _shapes(self) -> list[tuple[int, ...]]:
        return [(self.features, self.hidden), (self.hidden, self.outputs), (self.hidden,), (self.outputs,)]

    @property
    def size(self) -> int:
        return sum(int(np.prod(s)) for s in self._shapes)

    @property
    def param_names(self) -> list[str]:
        d, h, k = self.features, self.hidden, self.outputs
        out = ["out"] if k == 1 else [f"out{o + 1}" for o in range(k)]
        return ([f"h{j + 1}.x{i + 1}" for i in range(d) for j in range(h)]
                + [f"{out[o]}.h{j + 1}" for j in range(h) for o in range(k)]
                + [f"h{j + 1}.b" for j in range(h)] + [f"{out[o]}.b" for o in range(k)])

    @property
    def weight_mask(self) -> np.ndarray:
        return np.arange(self.size) < (self.features + self.outputs) * self.hidden

    def initial_theta(self, rng: np.random.Generator) -> np.ndarray:
        """Small random weights (std 1/sqrt(fan-in)) from the seed; zero biases."""
        W1 = rng.normal(0.0, 1.0 / np.sqrt(self.features), (self.features, self.hidden))
        W2 = rng.normal(0.0, 1.0 / np.sqrt(self.hidden), (self.hidden, self.outputs))
        return np.concatenate([W1.ravel(), W2.ravel(), np.zeros(self.hidden + self.outputs)])

    def split(self, thetas: np.ndarray) -> list[np.ndarray]:
        """(..., size) -> [W1, W2, b1, b2], each with the leading axes of thetas."""
        parts, start = [], 0
        for shape in self._shapes:
            stop = start + int(np.prod(shape))
            parts.append(thetas[..., start:stop].reshape(thetas.shape[:-1] + shape))
            start = stop
        return parts

    def raw(self, theta: np.ndarray, X: np.ndarray) -> np.ndarray:
        W1, W2, b1, b2 = self.split(theta)
        out = np.tanh(X @ W1 + b1) @ W2 + b2
        return out[:, 0] if self.outputs == 1 else out

    def raw_many(self, thetas: np.ndarray, X: np.ndarray) -> np.ndarray:
        W1, W2, b1, b2 = self.split(thetas)
        hidden = np.tanh(np.einsum("nd,pdh->pnh", X, W1) + b1[:, None, :])
        out = np.einsum("pnh,pho->pno", hidden, W2) + b2[:, None, :]
        return out[..., 0] if self.outputs == 1 else out

    def backprop(self, theta: np.ndarray, X: np.ndarray, grad_raw: np.ndarray) -> np.ndarray:
        W1, W2, b1, b2 = self.split(theta)
        hidden = np.tanh(X @ W1 + b1)
        G = grad_raw.reshape(X.shape[0], self.outputs)
        G_hidden = (G @ W2.T) * (1.0 - hidden * hidden)
        return np.concatenate([(X.T @ G_hidden).ravel(), (hidden.T @ G).ravel(),
                               G_hidden.sum(axis=0), G.sum(axis=0)])


Model = LinearModel | MLPModel


def make_model(kind: str, features: int, outputs: int, hidden: int = 4) -> Model:
    if kind in ("linear", "multiclass"):
        return LinearModel(features, outputs)
    if kind == "mlp":
        return MLPModel(features, hidden, outputs)
    raise ValueError(f"unknown model '{kind}'; choose one of: {', '.join(MODEL_KINDS)}")
