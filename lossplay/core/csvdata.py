"""A person's own data from a CSV file: a header, numeric feature columns and a target.

The target is regression values when it is numeric, and class labels when it holds
text or only the values 0/1 or -1/+1. Every refusal names the problem, and the line
where there is one; nothing is changed until a file is accepted.
"""
from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .messages import ScenarioError

MAX_BYTES = 20_000_000
MAX_ROWS = 100_000
MAX_FEATURES = 50
MAX_CLASSES = 10


class CsvDataError(ScenarioError):
    """A CSV file that cannot be used; the message is one line for a person."""


@dataclass(frozen=True)
class CsvData:
    X: np.ndarray  # (n, d) raw features
    y: np.ndarray  # (n,): values (regression) or class indices
    feature_names: tuple[str, ...]
    target_name: str
    class_names: tuple[str, ...]  # empty for regression

    @property
    def regression(self) -> bool:
        return not self.class_names


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def read_csv_data_header(path: str | Path) -> list[str]:
    """The column names on line 1, to choose the target from."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f), [])
    except FileNotFoundError:
        raise CsvDataError("{path} does not exist", path=path) from None
    except (OSError, UnicodeDecodeError) as e:
        raise CsvDataError("cannot read {path}: {reason}", path=path, reason=getattr(e, 'strerror', None) or e) from None
    header = [h.strip() for h in header]
    if not header or not any(header):
        raise CsvDataError("{file} is empty", file=Path(path).name)
    return header


def read_csv_data(path: str | Path, target: str | None = None) -> CsvData:
    """Read and check `path`; `target` names the target column (default: the last)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CsvDataError("{path} does not exist", path=path) from None
    except OSError as e:
        raise CsvDataError("cannot read {path}: {reason}", path=path, reason=e.strerror or e) from None
    if size > MAX_BYTES:
        raise CsvDataError("{file} is {size:.0f} MB; lossplay reads data files up to {max_mb} MB and {max_rows:,} rows", file=path.name, size=size / 1e6, max_mb=MAX_BYTES // 1_000_000, max_rows=MAX_ROWS)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise CsvDataError("cannot read {file}: {reason}", file=path.name, reason=getattr(e, 'strerror', None) or e) from None
    if not text.strip():
        raise CsvDataError("{file} is empty", file=path.name)
    rows = list(csv.reader(text.splitlines()))
    header = [h.strip() for h in rows[0]]
    if all(_number(h) is not None for h in header if h):
        raise CsvDataError("{file} has no header: line 1 should name the columns, e.g. size,rooms,price", file=path.name)
    if len(header) < 2:
        raise CsvDataError("{file} needs at least two columns: one or more features and a target", file=path.name)
    if any(not h for h in header):
        raise CsvDataError("line 1: column {number} has no name", number=header.index('') + 1)
    if len(set(header)) != len(header):
        raise CsvDataError("line 1: column names must differ")
    target = target or header[-1]
    if target not in header:
        raise CsvDataError("there is no column '{target}'; the columns are: {columns}", target=target, columns=', '.join(header))
    body = [(i + 2, row) for i, row in enumerate(rows[1:]) if any(cell.strip() for cell in row)]
    if len(body) < 2:
        raise CsvDataError("{file} has too few data rows ({count}); at least 2 are needed", file=path.name, count=len(body))
    if len(body) > MAX_ROWS:
        raise CsvDataError("{file} has {count:,} rows; lossplay reads data files up to {max_rows:,} rows", file=path.name, count=len(body), max_rows=MAX_ROWS)
    features = [h for h in header if h != target]
    if len(features) > MAX_FEATURES:
        raise CsvDataError("{file} has {count} feature columns; lossplay takes at most {most}", file=path.name, count=len(features), most=MAX_FEATURES)
    t_col = header.index(target)
    f_cols = [header.index(f) for f in features]
    X = np.empty((len(body), len(features)))
    targets = []
    for r, (line, row) in enumerate(body):
        if len(row) != len(header):
            raise CsvDataError("line {line} has {count} values; the header has {columns} columns", line=line, count=len(row), columns=len(header))
        for c, col in enumerate(f_cols):
            cell = row[col].strip()
            if not cell:
                raise CsvDataError("line {line}: the value of '{column}' is missing", line=line, column=header[col])
            value = _number(cell)
            if value is None:
                raise CsvDataError("line {line}: '{cell}' in column '{column}' is not a number", line=line, cell=cell, column=header[col])
            X[r, c] = value
        cell = row[t_col].strip()
        if not cell:
            raise CsvDataError("line {line}: the target '{target}' is missing", line=line, target=target)
        targets.append(cell)

    numbers = [_number(t) for t in targets]
    labels = sorted(set(targets))
    binary_numbers = all(v is not None for v in numbers) and {float(v) for v in numbers} in ({0.0, 1.0}, {-1.0, 1.0})
    if all(v is not None for v in numbers) and not binary_numbers:
        return CsvData(X, np.array(numbers, dtype=np.float64), tuple(features), target, ())
    if len(labels) < 2:
        raise CsvDataError("the target '{target}' has a single class ('{label}'); a classifier needs two or more", target=target, label=labels[0])
    if len(labels) > MAX_CLASSES:
        raise CsvDataError("the target '{target}' has {count} classes; lossplay takes at most {most}", target=target, count=len(labels), most=MAX_CLASSES)
    if binary_numbers:  # -1/+1 or 0/1: the positive class is 1
        labels = sorted(labels, key=float)
    index = {label: i for i, label in enumerate(labels)}
    return CsvData(X, np.array([index[t] for t in targets], dtype=np.intp), tuple(features), target, tuple(labels))
