"""The Hessian's eigen-directions as they cross the landscape's plane, with what each
step does to the distance to the minimum along them.

A quadratic objective's valley has axes: the eigenvectors v_i of its constant Hessian,
with curvatures lambda_i. Full-batch gradient descent multiplies the distance to the
minimum along v_i by |1 - lr lambda_i| every step (momentum and Nesterov by their own
factors, `stability.distance_factors`), so the run diverges along the directions whose
factor is above 1. Only directions that lie mostly in the plane are drawn: one across it
would show as a short stub of no meaning.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .landscape import Plane
from .stability import critical_lr, distance_factors, principal_curvatures

IN_PLANE = 0.5  # the least length a unit eigenvector keeps when projected onto the plane


@dataclass(frozen=True)
class EigenDirection:
    eigenvalue: float
    direction: np.ndarray  # (2,): the unit eigenvector in plane coordinates
    factor: float | None  # per step, on the distance along it; None where no bound applies


def eigen_directions_on(problem, plane: Plane, lr: float, optimizer: str) -> list[EigenDirection]:
    """The eigen-directions of `problem`'s Hessian that lie mostly in `plane`, steepest
    first (at most two); empty when the Hessian is not constant."""
    curvatures = principal_curvatures(problem.objective)
    if curvatures is None:
        return []
    eigenvalues, vectors = curvatures
    images = plane.project(plane.center + vectors.T) - plane.project(plane.center)  # (k, 2)
    kept = np.linalg.norm(np.outer(images[:, 0], plane.d1) + np.outer(images[:, 1], plane.d2), axis=1)
    bounded = critical_lr(problem.objective, optimizer, problem.scenario.batch_size) is not None
    factors = distance_factors(lr, eigenvalues, optimizer) if bounded else [None] * len(eigenvalues)
    shown = [EigenDirection(float(value), image, None if factor is None else float(factor))
             for value, image, length, factor in zip(eigenvalues, images, kept, factors) if length >= IN_PLANE]
    return shown[:2]
