"""Optimizers as pure functions of explicit state, with torch.optim's update rules.

`init(theta) -> state` and `update(theta, grad, state, lr) -> (theta, state)`; state is
a tuple of fresh arrays that `update` never mutates, so a snapshot can be handed to
another thread. The learning rate is an argument of each update because the window
may change it between two steps.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

State = tuple


@dataclass(frozen=True)
class Optimizer:
    key: str
    description: str
    init: Callable[[np.ndarray], State]
    update: Callable[[np.ndarray, np.ndarray, State, float], tuple[np.ndarray, State]]
    momentum: float = 0.0  # heavy-ball coefficient, for the critical learning rate


def _no_state(theta):
    return ()


def _sgd(theta, grad, state, lr):
    return theta - lr * grad, state


def _momentum_init(theta):
    return (None,)


def _heavy_ball(mu: float, nesterov: bool):
    # torch.optim.SGD with dampening 0: buf = g on the first step, then mu * buf + g.
    def update(theta, grad, state, lr):
        (buf,) = state
        buf = grad.copy() if buf is None else mu * buf + grad
        step = grad + mu * buf if nesterov else buf
        return theta - lr * step, (buf,)
    return update


def _adagrad_init(theta):
    return (np.zeros_like(theta),)


def _adagrad(theta, grad, state, lr, eps=1e-10):
    (sum_sq,) = state
    sum_sq = sum_sq + grad * grad
    return theta - lr * (grad / (np.sqrt(sum_sq) + eps)), (sum_sq,)


def _rmsprop_init(theta):
    return (np.zeros_like(theta),)


def _rmsprop(theta, grad, state, lr, alpha=0.99, eps=1e-8):
    (square_avg,) = state
    square_avg = alpha * square_avg + (1.0 - alpha) * grad * grad
    return theta - lr * (grad / (np.sqrt(square_avg) + eps)), (square_avg,)


def _adam_init(theta):
    return (0, np.zeros_like(theta), np.zeros_like(theta))


def _adam_step(theta, grad, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    t, m, v = state
    t += 1
    m = beta1 * m + (1.0 - beta1) * grad
    v = beta2 * v + (1.0 - beta2) * grad * grad
    # The same order of operations as torch.optim.Adam (bias corrections folded in).
    step_size = lr / (1.0 - beta1 ** t)
    denom = np.sqrt(v) / np.sqrt(1.0 - beta2 ** t) + eps
    return theta - step_size * (m / denom), (t, m, v)


def _adamw(theta, grad, state, lr, weight_decay=0.01):
    return _adam_step(theta * (1.0 - lr * weight_decay), grad, state, lr)


OPTIMIZERS: dict[str, Optimizer] = {
    opt.key: opt
    for opt in [
        Optimizer("sgd", "θ ← θ − η g", _no_state, _sgd),
        Optimizer("momentum", "v ← 0.9 v + g;  θ ← θ − η v", _momentum_init, _heavy_ball(0.9, False), 0.9),
        Optimizer("nesterov", "v ← 0.9 v + g;  θ ← θ − η (g + 0.9 v)", _momentum_init, _heavy_ball(0.9, True), 0.9),
        Optimizer("adagrad", "s ← s + g²;  θ ← θ − η g / (√s + ε)", _adagrad_init, _adagrad),
        Optimizer("rmsprop", "s ← 0.99 s + 0.01 g²;  θ ← θ − η g / (√s + ε)", _rmsprop_init, _rmsprop),
        Optimizer("adam", "m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − η m̂ / (√v̂ + ε)", _adam_init, _adam_step),
        Optimizer("adamw", "θ ← θ (1 − 0.01 η), then the Adam step", _adam_init, _adamw),
    ]
}
