"""The measures a model is judged by, as opposed to the loss it is trained on.

DESIGN.md (Splits and metrics) fixes the keys; each one is defined as scikit-learn's
function of the same name (zero_division 0), written out here in numpy:

- regression: `rmse`, `mae`, `r2` (r2 is 1 for a perfect fit of a constant target, 0
  for an imperfect one, and null with fewer than two samples, as `r2_score`);
- binary: `accuracy`, `precision`, `recall`, `f1` of the positive class (1), and
  `confusion` [[tn, fp], [fn, tp]];
- multiclass: `accuracy`, `macro_f1` (over the classes that occur in the truth or the
  prediction, as `f1_score(average="macro")`) and `confusion` (C x C, rows the truth);
- multi-label: `subset_accuracy`, `hamming_loss`, `macro_f1` (over every label).

A binary prediction is positive where raw > 0 (or, with one output per class, where
class 1 has the larger output); a multiclass prediction is the argmax, the lowest index
on ties; a label of a multi-label prediction is on where its raw > 0. A number that is
not finite is None (null in summary.json), and so is every score where the model's
outputs are not finite (a diverged run has no predictions to score).
"""
from __future__ import annotations

import math

import numpy as np

from .problem import Problem

SPLITS = ("train", "val", "test")
REGRESSION_KEYS = ("rmse", "mae", "r2")
BINARY_KEYS = ("accuracy", "precision", "recall", "f1")
MULTICLASS_KEYS = ("accuracy", "macro_f1")
MULTILABEL_KEYS = ("subset_accuracy", "hamming_loss", "macro_f1")


def _finite(x: float) -> float | None:
    return float(x) if math.isfinite(x) else None


def _ratio(num: float, den: float) -> float:
    """num / den, or 0 where den is 0 (scikit-learn's zero_division=0)."""
    return num / den if den else 0.0


def regression_metrics(y: np.ndarray, predicted: np.ndarray) -> dict:
    residual = predicted - y
    with np.errstate(over="ignore", invalid="ignore"):
        rmse = math.sqrt(float(np.mean(residual * residual)))
        mae = float(np.mean(np.abs(residual)))
        ss_res = float(residual @ residual)
        ss_tot = float(np.sum((y - y.mean()) ** 2))
    if len(y) < 2 or not math.isfinite(ss_res):
        r2 = math.nan
    elif ss_tot == 0.0:
        r2 = 1.0 if ss_res == 0.0 else 0.0
    else:
        r2 = 1.0 - ss_res / ss_tot
    return {"rmse": _finite(rmse), "mae": _finite(mae), "r2": _finite(r2)}


def confusion_matrix(truth: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
    """(C, C) counts: row = true class, column = predicted class."""
    return np.bincount(truth * classes + predicted, minlength=classes * classes).reshape(classes, classes)


def binary_metrics(truth: np.ndarray, predicted: np.ndarray) -> dict:
    (tn, fp), (fn, tp) = confusion_matrix(truth, predicted, 2).tolist()
    return {"accuracy": _ratio(tp + tn, len(truth)), "precision": _ratio(tp, tp + fp),
            "recall": _ratio(tp, tp + fn), "f1": _ratio(2 * tp, 2 * tp + fp + fn),
            "confusion": [[tn, fp], [fn, tp]]}


def multiclass_metrics(truth: np.ndarray, predicted: np.ndarray, classes: int) -> dict:
    confusion = confusion_matrix(truth, predicted, classes)
    tp = np.diag(confusion)
    true_count, predicted_count = confusion.sum(axis=1), confusion.sum(axis=0)
    present = (true_count + predicted_count) > 0
    f1 = [_ratio(2 * tp[k], true_count[k] + predicted_count[k]) for k in range(classes) if present[k]]
    return {"accuracy": _ratio(int(tp.sum()), len(truth)), "macro_f1": float(np.mean(f1)),
            "confusion": confusion.tolist()}


def multilabel_metrics(truth: np.ndarray, predicted: np.ndarray) -> dict:
    """truth, predicted: (n, L) of 0/1."""
    tp = np.sum((truth == 1) & (predicted == 1), axis=0)
    wrong = np.sum(truth != predicted, axis=0)  # fp + fn, per label
    f1 = [_ratio(2 * int(tp[j]), 2 * int(tp[j]) + int(wrong[j])) for j in range(truth.shape[1])]
    return {"subset_accuracy": _ratio(int(np.all(truth == predicted, axis=1).sum()), len(truth)),
            "hamming_loss": float(wrong.sum()) / truth.size, "macro_f1": float(np.mean(f1))}


def no_scores(kind: str, classes: int) -> dict:
    """Every key of `kind` as None: the scores of outputs that are not finite."""
    keys = {"regression": REGRESSION_KEYS, "binary": BINARY_KEYS + ("confusion",),
            "multiclass": MULTICLASS_KEYS + ("confusion",), "multilabel": MULTILABEL_KEYS}[kind]
    return dict.fromkeys(keys)


def task_kind(problem: Problem) -> str:
    """"regression", "binary", "multiclass" or "multilabel": which keys the metrics have."""
    ds = problem.dataset
    if ds.n_labels:
        return "multilabel"
    if ds.regression:
        return "regression"
    return "binary" if ds.n_classes == 2 else "multiclass"


def predictions(raw: np.ndarray, kind: str) -> np.ndarray:
    """Class indices (binary, multiclass) or 0/1 labels (multilabel) from raw outputs."""
    if kind == "multilabel":
        return (raw > 0.0).astype(np.intp)
    if raw.ndim == 2:
        return raw.argmax(axis=1)
    return (raw > 0.0).astype(np.intp)


def score(problem: Problem, theta: np.ndarray, mask: np.ndarray) -> dict | None:
    """The metrics of the model at `theta` on the samples of `mask`; None for no samples."""
    if not mask.any():
        return None
    ds, kind = problem.dataset, task_kind(problem)
    with np.errstate(over="ignore", invalid="ignore"):
        raw = problem.model.raw(np.asarray(theta, dtype=np.float64), ds.X[mask])
    if kind == "regression":
        return regression_metrics(ds.y[mask].astype(np.float64), raw)
    if not np.isfinite(raw).all():
        return no_scores(kind, ds.n_classes)
    predicted, truth = predictions(raw, kind), ds.y[mask]
    if kind == "multilabel":
        return multilabel_metrics(truth, predicted)
    if kind == "binary":
        return binary_metrics(truth, predicted)
    return multiclass_metrics(truth, predicted, ds.n_classes)


def split_mask(problem: Problem, split: str) -> np.ndarray:
    ds = problem.dataset
    return {"train": ds.is_train, "val": ds.is_val, "test": ds.is_test}[split]


def all_metrics(problem: Problem, theta: np.ndarray) -> dict:
    """{"train": ..., "val": ... or None, "test": ... or None} at `theta` (summary.json)."""
    return {split: score(problem, theta, split_mask(problem, split)) for split in SPLITS}
