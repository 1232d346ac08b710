"""Own multi-label data: a CSV file whose targets are several 0/1 columns (`--target a,b,c`).

The file is read and checked as any own data is (csvdata.read_csv_data with the first
target), then the other target columns are taken out of the features: each must hold
only 0 and 1. The targets become y (n, L) of 0/1, one column per label, in the order named.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

from .csvdata import CsvData, CsvDataError, read_csv_data


def target_names(target: str | None) -> list[str]:
    """The columns named by `target`: one name, or several separated by commas."""
    return [name.strip() for name in (target or "").split(",")]


def read_multilabel_csv(path: str | Path, target: str, numeric_only: bool = False) -> CsvData:
    names = target_names(target)
    if any(not name for name in names):
        raise CsvDataError("the target columns '{target}' include an empty name", target=target)
    if len(set(names)) != len(names):
        raise CsvDataError("the target columns '{target}' name a column twice", target=target)
    first = read_csv_data(path, names[0], numeric_only)
    if first.regression or first.class_names != ("0", "1"):
        raise CsvDataError("a multi-label target column holds only 0 and 1; '{column}' does not", column=names[0])
    features = list(first.feature_names)
    labels = [first.y.astype(np.intp)]
    for name in names[1:]:
        if name not in features:
            raise CsvDataError("there is no numeric column '{target}' to use as a label", target=name)
        column = first.X[:, features.index(name)]
        if not np.isin(column, (0.0, 1.0)).all():
            raise CsvDataError("a multi-label target column holds only 0 and 1; '{column}' does not", column=name)
        labels.append(column.astype(np.intp))
    keep = [i for i, f in enumerate(features) if f not in names]
    if not keep:
        raise CsvDataError("{file} has no feature column left beside the target columns", file=Path(path).name)
    return CsvData(first.X[:, keep], np.column_stack(labels), tuple(features[i] for i in keep), ", ".join(names),
                   ("0", "1"))


def read_own_csv(path: str | Path, target: str | None = None, numeric_only: bool = False) -> CsvData:
    """A person's CSV file with one target column, or several separated by commas (a,b,c:
    multi-label data)."""
    if target is not None and "," in target:
        return read_multilabel_csv(path, target, numeric_only)
    return read_csv_data(path, target, numeric_only)
