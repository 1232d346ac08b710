"""The headless run's output files (DESIGN.md), each written completely or not at all."""
from __future__ import annotations

import io
import json
import math
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .landscape import GRID, Plane, evaluate_landscape, make_plane, points_to_frame
from .limits import check_model_fits
from .metrics import all_metrics
from .losses import INDEX, ONE_HOT, encode_targets
from .problem import Problem, build_problem
from .recording import Decimator, history_header, history_rows, train_recorded
from .scenario import Scenario
from .status import run_status
from .curvature import curvature_summary
from .staging import OutputError
from .training import History, train


def atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "xb") as f:  # permissions follow the umask, unlike mkstemp's 0600
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def number(x: float) -> str:
    """A float as it reads back exactly: repr, with nan / inf / -inf."""
    return repr(float(x))


def history_csv(history: History, param_names: list[str], has_val: bool) -> str:
    return history_header(param_names) + history_rows(history, has_val)


def data_csv(problem: Problem) -> str:
    ds = problem.dataset
    targets = problem.objective.loss.targets
    if ds.n_labels:
        y_cells = []  # written below, one column per label
    elif ds.regression or targets in (INDEX, ONE_HOT):
        y_cells = [number(v) if ds.regression else str(int(v)) for v in ds.y]
    else:
        y_cells = [str(int(v)) for v in encode_targets(ds.y, targets, ds.n_classes)]
    out = io.StringIO()
    d = ds.X.shape[1]
    if ds.n_labels:  # multi-label: one 0/1 column per label
        y_names = [f"y{j + 1}" for j in range(ds.n_labels)]
        y_cells = [",".join(str(int(v)) for v in row) for row in ds.y]
    else:
        y_names = ["y"]
    out.write(",".join([f"x{i + 1}" for i in range(d)] + y_names + ["split"]) + "\n")
    for row, y, split in zip(ds.X, y_cells, ds.split_names):
        out.write(",".join([number(v) for v in row] + [y, str(split)]) + "\n")
    return out.getvalue()


def _finite_or_none(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)


def summary(problem: Problem, history: History) -> dict:
    minimum = problem.exact_minimum
    return {
        "status": run_status(history.status, history.grad_norms, problem.scenario.loss),
        "diverged_at_step": history.diverged_at_step,
        "steps_run": int(history.steps[-1]),
        "final_loss": _finite_or_none(history.losses[-1]),
        "final_val_loss": _finite_or_none(history.val_losses[-1]) if problem.val_objective else None,
        "critical_lr": _finite_or_none(problem.critical_lr),
        **curvature_summary(problem, history),
        "exact_minimum": None if minimum is None else [float(v) for v in minimum],
        "param_names": problem.param_names,
        "metrics": all_metrics(problem, history.thetas[-1]),
        "scenario": problem.scenario.to_dict(),
    }


@dataclass(frozen=True)
class RunResult:
    problem: Problem
    history: History
    plane: Plane
    landscape: np.ndarray
    history_written: bool = False  # history.csv was written as the run went; `history` is decimated


def run_scenario(scenario: Scenario, grid: int = GRID, axes: tuple[int, int] | None = None,
                 history_to: Path | None = None) -> RunResult:
    """Train and evaluate the landscape. With `history_to`, every row goes to that
    history.csv as the run goes and only a decimated history is kept (recording.py):
    memory stays bounded however many steps the run takes."""
    problem = build_problem(scenario)
    if grid != GRID:  # the scenario's own check counted the default grid's points
        check_model_fits(problem.scenario.model, len(problem.dataset.y), scenario.hidden, scenario.steps,
                         problem.scenario.loss, grid)
    try:
        history = train(problem) if history_to is None else train_recorded(problem, history_to, Decimator())
    except OSError as e:
        raise OutputError("cannot write {path}: {reason}", path=history_to, reason=e.strerror or e) from None
    points = points_to_frame(problem.start, history.thetas, history.losses, problem.exact_minimum)
    plane = make_plane(problem.param_names, points, history.thetas, axes=axes, grid=grid)
    return RunResult(problem, history, plane, evaluate_landscape(problem.objective, plane), history_to is not None)


def write_outputs(result: RunResult, out_dir: Path) -> list[Path]:
    """summary.json, history.csv, data.csv and landscape.npz in `out_dir`."""
    problem, history, plane = result.problem, result.history, result.plane
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError("cannot create output directory {out_dir}: {reason}", out_dir=out_dir, reason=e.strerror or e) from None
    npz = io.BytesIO()
    np.savez(npz, center=plane.center, d1=plane.d1, d2=plane.d2, alphas=plane.alphas,
             betas=plane.betas, values=result.landscape)
    files = {
        "summary.json": (json.dumps(summary(problem, history), indent=2) + "\n").encode(),
        **({} if result.history_written else
           {"history.csv": history_csv(history, problem.param_names, problem.val_objective is not None).encode()}),
        "data.csv": data_csv(problem).encode(),
        "landscape.npz": npz.getvalue(),
    }
    written = []
    for name, data in files.items():
        path = out_dir / name
        try:
            atomic_write(path, data)
        except OSError as e:
            raise OutputError("cannot write {path}: {reason}", path=path, reason=e.strerror or e) from None
        written.append(path)
    return written
