"""The one rule for the words a finished run is described by (DESIGN.md, Run status).

A run stops early only when it diverges. At its step limit it has converged when the
gradient norm of the training objective is at most 1e-6 x max(1, the initial gradient
norm), and has merely finished otherwise. The 0/1 loss reports a zero gradient
everywhere (it is flat almost everywhere), so a zero gradient says nothing about where
its run ended: its runs are "finished", never "converged".
"""
from __future__ import annotations

import numpy as np

CONVERGED, FINISHED, DIVERGED, RUNNING = "converged", "finished", "diverged", "running"
CONVERGENCE_TOLERANCE = 1e-6


GRADIENT_FREE_LOSSES = ("zero_one",)


def run_status(loop_status: str, grad_norms: np.ndarray, loss: str | None = None) -> str:
    """"converged", "finished", "diverged" or "running" for a run of loss `loss` whose
    training loop reports `loop_status` ("running", "finished" or "diverged") and whose
    gradient norms so far are `grad_norms` (row 0 first)."""
    if loop_status != FINISHED or loss in GRADIENT_FREE_LOSSES:
        return loop_status
    initial, last = float(grad_norms[0]), float(grad_norms[-1])
    return CONVERGED if last <= CONVERGENCE_TOLERANCE * max(1.0, initial) else FINISHED
