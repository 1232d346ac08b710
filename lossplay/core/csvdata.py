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

MAX_BYTES = 20_000_000
MAX_ROWS = 100_000
MAX_FEATURES = 50
MAX_CLASSES = 10


class CsvDataError(ValueError):
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
        raise CsvDataError(f"{path} does not exist") from None
    except (OSError, UnicodeDecodeError) as e:
        raise CsvDataError(f"cannot read {path}: {getattr(e, 'strerror', None) or e}") from None
    header = [h.strip() for h in header]
    if not header or not any(header):
        raise CsvDataError(f"{Path(path).name} is empty")
    return header


def read_csv_data(path: str | Path, target: str | None = None) -> CsvData:
    """Read and check `path`; `target` names the target column (default: the last)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CsvDataError(f"{path} does not exist") from None
    except OSError as e:
        raise CsvDataError(f"cannot read {path}: {e.strerror or e}") from None
    if size > MAX_BYTES:
        raise CsvDataError(f"{path.name} is {size / 1e6:.0f} MB; lossplay reads data files up to "
                           f"{MAX_BYTES // 1_000_000} MB and {MAX_ROWS:,} rows")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise CsvDataError(f"cannot read {path.name}: {getattr(e, 'strerror', None) or e}") from None
    if not text.strip():
        raise CsvDataError(f"{path.name} is empty")
    rows = list(csv.reader(text.splitlines()))
    header = [h.strip() for h in rows[0]]
    if all(_number(h) is not None for h in header if h):
        raise CsvDataError(f"{path.name} has no header: line 1 should name the columns, e.g. size,rooms,price")
    if len(header) < 2:
        raise CsvDataError(f"{path.name} needs at least two columns: one or more features and a target")
    if any(not h for h in header):
        raise CsvDataError(f"line 1: column {header.index('') + 1} has no name")
    if len(set(header)) != len(header):
        raise CsvDataError("line 1: column names must differ")
    target = target or header[-1]
    if target not in header:
        raise CsvDataError(f"there is no column '{target}'; the columns are: {', '.join(header)}")
    body = [(i + 2, row) for i, row in enumerate(rows[1:]) if any(cell.strip() for cell in row)]
    if len(body) < 2:
        raise CsvDataError(f"{path.name} has {len(body)} data row{'s' if len(body) != 1 else ''}; at least 2 are needed")
    if len(body) > MAX_ROWS:
        raise CsvDataError(f"{path.name} has {len(body):,} rows; lossplay reads data files up to {MAX_ROWS:,} rows")
    features = [h for h in header if h != target]
    if len(features) > MAX_FEATURES:
        raise CsvDataError(f"{path.name} has {len(features)} feature columns; lossplay takes at most {MAX_FEATURES}")
    t_col = header.index(target)
    f_cols = [header.index(f) for f in features]
    X = np.empty((len(body), len(features)))
    targets = []
    for r, (line, row) in enumerate(body):
        if len(row) != len(header):
            raise CsvDataError(f"line {line} has {len(row)} values; the header has {len(header)} columns")
        for c, col in enumerate(f_cols):
            cell = row[col].strip()
            if not cell:
                raise CsvDataError(f"line {line}: the value of '{header[col]}' is missing")
            value = _number(cell)
            if value is None:
                raise CsvDataError(f"line {line}: '{cell}' in column '{header[col]}' is not a number")
            X[r, c] = value
        cell = row[t_col].strip()
        if not cell:
            raise CsvDataError(f"line {line}: the target '{target}' is missing")
        targets.append(cell)

    numbers = [_number(t) for t in targets]
    labels = sorted(set(targets))
    binary_numbers = all(v is not None for v in numbers) and {float(v) for v in numbers} in ({0.0, 1.0}, {-1.0, 1.0})
    if all(v is not None for v in numbers) and not binary_numbers:
        return CsvData(X, np.array(numbers, dtype=np.float64), tuple(features), target, ())
    if len(labels) < 2:
        raise CsvDataError(f"the target '{target}' has a single class ('{labels[0]}'); a classifier needs two or more")
    if len(labels) > MAX_CLASSES:
        raise CsvDataError(f"the target '{target}' has {len(labels)} classes; lossplay takes at most {MAX_CLASSES}")
    if binary_numbers:  # -1/+1 or 0/1: the positive class is 1
        labels = sorted(labels, key=float)
    index = {label: i for i, label in enumerate(labels)}
    return CsvData(X, np.array([index[t] for t in targets], dtype=np.intp), tuple(features), target, tuple(labels))
