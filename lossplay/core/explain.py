"""Why a run diverged (or oscillates at the critical rate), in words and numbers.

Each explanation is a message template and its values, so that the window can show it in
any language. Quadratic objectives with full-batch gradient descent or momentum get the
exact bound 2/lambda_max (or momentum's) and the factor by which every step multiplies
the distance to the minimum along the steepest direction; other losses get the
sharpness at the last finite point; adaptive optimizers are said not to follow the bound.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .curvature import last_finite_row, sharpness
from .optimizers import OPTIMIZERS
from .stability import critical_lr, distance_factors, principal_curvatures

AT_CRITICAL = 1e-6  # relative: a rate typed to six digits is "at" the critical one


@dataclass(frozen=True)
class Explanation:
    template: str
    values: dict


def _g(x: float) -> str:
    return f"{x:.4g}"


def _steepest_factor(problem, lr: float, optimizer: str) -> float:
    eigenvalues, _ = principal_curvatures(problem.objective)
    return float(np.max(distance_factors(lr, eigenvalues, optimizer)))


def explain_divergence(problem, history, lr: float, optimizer: str) -> Explanation:
    """Why the run of `problem` whose rows are `history` diverged, with the rate `lr` and
    rule `optimizer` of its last update."""
    step = int(history.diverged_at_step)
    critical = critical_lr(problem.objective, optimizer, problem.scenario.batch_size)
    if critical is not None:
        values = {"step": step, "lr": f"{lr:g}", "critical": _g(critical),
                  "factor": _g(_steepest_factor(problem, lr, optimizer))}
        if OPTIMIZERS[optimizer].momentum:
            return Explanation("diverged at step {step}: learning rate {lr} is above momentum's bound "
                               "2(1 + μ)/λmax = {critical}; in the steepest direction the distance to the "
                               "minimum grows {factor} times each step", values)
        return Explanation("diverged at step {step}: learning rate {lr} is above 2/λmax = {critical}; each step "
                           "multiplies the distance to the minimum along the steepest direction by {factor}", values)
    if optimizer in ("adagrad", "rmsprop", "adam", "adamw"):
        return Explanation("diverged at step {step}: {optimizer} scales each step by its own running averages, "
                           "so its steps do not follow the bound 2/λmax of gradient descent; try a smaller "
                           "learning rate than {lr}", {"step": step, "optimizer": optimizer, "lr": f"{lr:g}"})
    row = last_finite_row(history)
    sharp = None if row is None else sharpness(problem.objective, history.thetas[row])
    if sharp is not None and sharp > 0:
        return Explanation("diverged at step {step}: where the weights last were, the loss curves with sharpness "
                           "λmax = {sharpness}, so steps above 2/λmax = {bound} overshoot; the learning rate "
                           "was {lr}", {"step": step, "sharpness": _g(sharp), "bound": _g(2.0 / sharp),
                                        "lr": f"{lr:g}"})
    return Explanation("diverged at step {step}: the loss grew past a million times its start with learning "
                       "rate {lr}", {"step": step, "lr": f"{lr:g}"})


def explain_critical(problem, lr: float, optimizer: str) -> Explanation | None:
    """At exactly the critical rate the run neither converges nor diverges: say so."""
    critical = critical_lr(problem.objective, optimizer, problem.scenario.batch_size)
    if critical is None or abs(lr / critical - 1.0) > AT_CRITICAL:
        return None
    return Explanation("learning rate {lr} is exactly the critical one: along the steepest direction each step "
                       "multiplies the distance to the minimum by 1, so the weights jump back and forth across "
                       "the valley forever and the loss stays where it is", {"lr": f"{lr:g}"})
