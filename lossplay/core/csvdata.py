"""A person's own data from a CSV file: a header, numeric feature columns and a target.

The target is regression values when it is numeric, and class labels when it holds
text or only the values 0/1 or -1/+1. Every refusal names the problem, and the line
where there is one; nothing is changed until a file is accepted. Only a regular file is
read, and never more than MAX_BYTES of it. Columns are separated by commas, or by
semicolons, tabs or spaces when line 1 shows that instead.
"""
from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .messages import ScenarioError
from .readfile import read_regular_file, regular_file_size

MAX_BYTES = 20_000_000
MAX_ROWS = 100_000
MAX_FEATURES = 50
MAX_CLASSES = 10
MAX_FIELD = 10_000  # characters in one value; a longer one is not a number or a label
MAX_MAGNITUDE = 1e15  # beyond it squares and sums lose every digit that matters
MISSING = frozenset({"", "na", "n/a", "nan", "null", "none", "?"})  # spreadsheet and pandas spellings
SHOWN_COLUMNS = 6


class CsvDataError(ScenarioError):
    """A CSV file that cannot be used; the message is one line for a person."""


class TextColumnsError(CsvDataError):
    """Feature columns that hold text. `text` names them, `left_out` every column that
    numeric_only would leave out (text, or with a missing value): the window offers that."""

    text: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()


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


def _delimiter(first_line: str) -> str | None:
    """Commas, else what line 1 is separated by: semicolons, tabs, or runs of spaces (None)."""
    for delimiter in (",", ";", "\t"):
        if delimiter in first_line:
            return delimiter
    return None if len(first_line.split()) > 1 else ","


def _rows(text: str, name: str) -> list[list[str]]:
    first_line = text.split("\n", 1)[0]
    delimiter = _delimiter(first_line)
    if delimiter is None:  # whitespace-separated columns, as numpy.savetxt and many tools write them
        return [line.split() for line in text.splitlines()]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for row in reader:
            if any(len(cell) > MAX_FIELD for cell in row):
                raise CsvDataError("line {line}: a value is longer than {most} characters", line=reader.line_num,
                                   most=f"{MAX_FIELD:,}")
            rows.append(row)
    except csv.Error as e:  # the csv module's own limit (131,072), or a quote that never closes
        if "field limit" in str(e):
            raise CsvDataError("line {line}: a value is longer than {most} characters", line=reader.line_num,
                               most=f"{MAX_FIELD:,}") from None
        raise CsvDataError("{file} line {line} cannot be read as CSV: {reason}", file=name, line=reader.line_num,
                           reason=str(e)) from None
    return rows


def _text(path: Path, max_bytes: int, head: bool = False) -> str:
    data = read_regular_file(path, str(path), max_bytes, CsvDataError, head=head)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if head and e.start > len(data) - 4:  # a character cut at the end of the head
            return data[: e.start].decode("utf-8-sig")
        raise CsvDataError("cannot read {file}: it is not UTF-8 text (byte {position})", file=path.name,
                           position=e.start + 1) from None


def read_csv_data_header(path: str | Path) -> list[str]:
    """The column names on line 1, to choose the target from."""
    path = Path(path)
    text = _text(path, 1_000_000, head=True)
    header = [h.strip() for h in (_rows(text.split("\n", 1)[0], path.name) or [[]])[0]]
    if not header or not any(header):
        raise CsvDataError("{file} is empty", file=path.name)
    return header


def _column_kinds(body: list[tuple[int, list[str]]], columns: list[int]) -> tuple[list[int], list[int]]:
    """(text columns, columns with a missing value): a text column holds more words than
    numbers; a stray word in a column of numbers is a typo, reported by its line."""
    text, missing = [], []
    for col in columns:
        cells = [row[col].strip() for _, row in body]
        present = [c for c in cells if c.lower() not in MISSING]
        words = sum(_number(c) is None for c in present)
        if present and 2 * words > len(present):
            text.append(col)
        elif len(present) < len(cells):
            missing.append(col)
    return text, missing


def _named(header: list[str], columns: list[int]) -> str:
    names = [f"'{header[c]}'" for c in columns[:SHOWN_COLUMNS]]
    more = len(columns) - SHOWN_COLUMNS
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def read_csv_data(path: str | Path, target: str | None = None, numeric_only: bool = False) -> CsvData:
    """Read and check `path`; `target` names the target column (default: the last).
    `numeric_only` leaves out the feature columns that are not all numbers (text, or a
    missing value) instead of refusing the file."""
    path = Path(path)
    size = regular_file_size(path, str(path), CsvDataError)
    if size > MAX_BYTES:
        raise CsvDataError("{file} is {size:.0f} MB; lossplay reads data files up to {max_mb} MB and {max_rows:,} rows", file=path.name, size=size / 1e6, max_mb=MAX_BYTES // 1_000_000, max_rows=MAX_ROWS)
    text = _text(path, MAX_BYTES)
    if not text.strip():
        raise CsvDataError("{file} is empty", file=path.name)
    rows = _rows(text, path.name)
    header = [h.strip() for h in rows[0]]
    if all(_number(h) is not None for h in header if h):
        raise CsvDataError("{file} has no header: line 1 should name the columns, e.g. size,rooms,price", file=path.name)
    if len(header) < 2:
        raise CsvDataError("{file} needs at least two columns: one or more features and a target", file=path.name)
    if any(not h for h in header):
        raise CsvDataError("line 1: column {number} has no name", number=header.index('') + 1)
    if len(set(header)) != len(header):
        raise CsvDataError("line 1: column names must differ")
    if target is not None and not target.strip():
        raise CsvDataError("the target column has an empty name; the columns are: {columns}", columns=', '.join(header))
    target = target or header[-1]
    if target not in header:
        raise CsvDataError("there is no column '{target}'; the columns are: {columns}", target=target, columns=', '.join(header))
    body = [(i + 2, row) for i, row in enumerate(rows[1:]) if any(cell.strip() for cell in row)]
    if len(body) < 2:
        raise CsvDataError("{file} has too few data rows ({count}); at least 2 are needed", file=path.name, count=len(body))
    if len(body) > MAX_ROWS:
        raise CsvDataError("{file} has {count:,} rows; lossplay reads data files up to {max_rows:,} rows", file=path.name, count=len(body), max_rows=MAX_ROWS)
    for line, row in body:
        if len(row) != len(header):
            raise CsvDataError("line {line} has {count} values; the header has {columns} columns", line=line, count=len(row), columns=len(header))
    t_col = header.index(target)
    f_cols = [c for c in range(len(header)) if c != t_col]
    text_cols, missing_cols = _column_kinds(body, f_cols)
    if numeric_only:
        f_cols = [c for c in f_cols if c not in text_cols and c not in missing_cols]
        if not f_cols:
            raise CsvDataError("{file} has no feature column that is all numbers", file=path.name)
    elif text_cols:
        error = TextColumnsError("{file}: the feature columns {columns} hold text, and lossplay needs numbers; remove "
                                 "them or leave them out with --numeric-only", file=path.name,
                                 columns=_named(header, text_cols))
        error.text = tuple(header[c] for c in text_cols)
        error.left_out = tuple(header[c] for c in f_cols if c in text_cols or c in missing_cols)
        raise error
    if len(f_cols) > MAX_FEATURES:
        raise CsvDataError("{file} has {count} feature columns; lossplay takes at most {most}", file=path.name, count=len(f_cols), most=MAX_FEATURES)
    features = [header[c] for c in f_cols]
    X = np.empty((len(body), len(f_cols)))
    targets = []
    for r, (line, row) in enumerate(body):
        for c, col in enumerate(f_cols):
            cell = row[col].strip()
            if cell.lower() in MISSING:
                raise CsvDataError("line {line}: the value of '{column}' is missing", line=line, column=header[col])
            value = _number(cell)
            if value is None:
                raise CsvDataError("line {line}: '{cell}' in column '{column}' is not a number", line=line, cell=cell, column=header[col])
            if abs(value) > MAX_MAGNITUDE:
                raise CsvDataError("line {line}: {cell} in column '{column}' is too large; lossplay reads numbers up to 1e15 in size", line=line, cell=cell, column=header[col])
            X[r, c] = value
        cell = row[t_col].strip()
        if cell.lower() in MISSING:
            raise CsvDataError("line {line}: the target '{target}' is missing", line=line, target=target)
        targets.append(cell)

    numbers = [_number(t) for t in targets]
    for (line, _), value, cell in zip(body, numbers, targets):
        if value is not None and abs(value) > MAX_MAGNITUDE:
            raise CsvDataError("line {line}: {cell} in column '{column}' is too large; lossplay reads numbers up to 1e15 in size", line=line, cell=cell, column=target)
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
