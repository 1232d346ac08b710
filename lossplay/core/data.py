"""Data sets: house prices and the classification sets, scaled and split.

Every generator takes an explicit numpy Generator and returns raw features X (n, d) and
targets: prices (float) or class indices (int). `make_dataset` adds feature scaling and the
train / validation / test split. Prices are in units of 10,000 so that they stay in the tens or hundreds.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .csvdata import CsvDataError
from .multilabel_csv import read_own_csv

REGRESSION_KINDS = ("house",)
CLASSIFICATION_KINDS = ("pass_fail", "blobs", "moons", "circles", "xor")
MULTILABEL_KINDS = ("multilabel",)
DATA_KINDS = REGRESSION_KINDS + CLASSIFICATION_KINDS + MULTILABEL_KINDS

HOUSE_FEATURES = ("size (m²)", "rooms", "distance to station (km)")


DataError = CsvDataError  # a data setting that cannot be honoured; one line for a person


@dataclass(frozen=True)
class Dataset:
    kind: str
    X: np.ndarray  # (n, d), after scaling
    y: np.ndarray  # (n,): prices, or class indices 0..C-1; (n, L) of 0/1 for multi-label data
    is_val: np.ndarray  # (n,) bool
    feature_names: tuple[str, ...]
    target_name: str
    n_classes: int  # 0 for regression
    is_test: np.ndarray | None = None  # (n,) bool; None: no test split
    n_labels: int = 0  # yes/no labels per sample of multi-label data (n_classes is then 2), else 0

    def __post_init__(self) -> None:
        if self.is_test is None:
            object.__setattr__(self, "is_test", np.zeros(len(self.y), bool))

    @property
    def regression(self) -> bool:
        return self.n_classes == 0

    @property
    def is_train(self) -> np.ndarray:
        return ~(self.is_val | self.is_test)

    @property
    def split_names(self) -> np.ndarray:
        """(n,) "train", "val" or "test", as data.csv's split column."""
        return np.where(self.is_val, "val", np.where(self.is_test, "test", "train"))

    @property
    def X_train(self) -> np.ndarray:
        return self.X[self.is_train]

    @property
    def y_train(self) -> np.ndarray:
        return self.y[self.is_train]

    @property
    def X_val(self) -> np.ndarray:
        return self.X[self.is_val]

    @property
    def y_val(self) -> np.ndarray:
        return self.y[self.is_val]


def make_house_prices(rng: np.random.Generator, n: int, features: int, noise: float,
                      outliers: int) -> tuple[np.ndarray, np.ndarray]:
    """price = 5 + 0.35 size + 0.5 rooms − 2.5 distance + noise, in 10,000s.

    Rooms follow the size and add little once the size is known (lesson: L1 drops them);
    `noise` is the price noise's standard deviation over 25 (the
    default 0.2 gives 5); outliers get a price 80 to 160 higher, as a mis-typed listing.
    """
    size = rng.uniform(30.0, 180.0, n)
    rooms = np.clip(np.round(size / 35.0 + rng.normal(0.0, 0.7, n)), 1, 7)
    distance = rng.uniform(0.2, 8.0, n)
    price = 5.0 + 0.35 * size + 0.5 * rooms - 2.5 * distance + rng.normal(0.0, 25.0 * noise, n)
    far_off = rng.choice(n, size=min(outliers, n), replace=False)
    price[far_off] += rng.uniform(80.0, 160.0, far_off.size)
    X = np.column_stack([size, rooms, distance])[:, :features]
    return X, price


def make_pass_fail(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """Hours studied (0 to 10) -> passed (1) or not; `noise` widens the overlap."""
    hours = rng.uniform(0.0, 10.0, n)
    p_pass = 1.0 / (1.0 + np.exp(-(hours - 5.0) / (0.1 + 2.5 * noise)))
    return hours[:, None], (rng.random(n) < p_pass).astype(np.intp)


def make_blobs(rng: np.random.Generator, n: int, classes: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian blobs around evenly spaced centres on a circle of radius 3."""
    labels = np.arange(n) % classes
    angle = 2.0 * np.pi * np.arange(classes) / classes + np.pi / 4
    centres = 3.0 * np.column_stack([np.cos(angle), np.sin(angle)])
    X = centres[labels] + rng.normal(0.0, 0.3 + 2.0 * noise, (n, 2))
    return X, labels.astype(np.intp)


def make_moons(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    labels = np.arange(n) % 2
    t = rng.uniform(0.0, np.pi, n)
    X = np.where(labels[:, None] == 0,
                 np.column_stack([np.cos(t), np.sin(t)]),
                 np.column_stack([1.0 - np.cos(t), 0.5 - np.sin(t)]))
    return X + rng.normal(0.0, noise * 0.5, (n, 2)), labels.astype(np.intp)


def make_circles(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    labels = np.arange(n) % 2
    t = rng.uniform(0.0, 2.0 * np.pi, n)
    radius = np.where(labels == 0, 1.0, 0.45)
    X = radius[:, None] * np.column_stack([np.cos(t), np.sin(t)])
    return X + rng.normal(0.0, noise * 0.4, (n, 2)), labels.astype(np.intp)


def make_xor(rng: np.random.Generator, n: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    signs = rng.choice([-1.0, 1.0], size=(n, 2))
    X = signs * rng.uniform(0.2, 1.0, (n, 2)) + rng.normal(0.0, noise * 0.3, (n, 2))
    return X, (signs[:, 0] != signs[:, 1]).astype(np.intp)


def make_multilabel(rng: np.random.Generator, n: int, labels: int, noise: float) -> tuple[np.ndarray, np.ndarray]:
    """Two features; label j is on beyond a line through the origin facing the angle
    pi j / labels, so the lines cross and several labels are often on at once. `noise`
    blurs the lines. Returns X (n, 2) and y (n, labels) of 0/1."""
    X = rng.normal(0.0, 1.0, (n, 2))
    angle = np.pi * np.arange(labels) / labels + 0.3
    facing = np.column_stack([np.cos(angle), np.sin(angle)])
    score = X @ facing.T + rng.normal(0.0, noise, (n, labels))
    return X, (score > 0.0).astype(np.intp)


def make_dataset(kind: str, *, rng: np.random.Generator, samples: int, features: int = 1,
                 classes: int = 2, noise: float = 0.2, outliers: int = 0, scale: str = "standard",
                 val_fraction: float = 0.2, target: str | None = None, numeric_only: bool = False,
                 test_fraction: float = 0.0, labels: int = 3) -> Dataset:
    """Generate (or read, for csv:PATH), split (a seeded shuffle) and scale with the
    training split's statistics. A CSV file gives all its rows: `samples` is ignored.

    One permutation of the samples gives the validation split its first
    round(val_fraction * n) and the test split the next round(test_fraction * n), so a
    test split leaves the validation split of the same seed as it was."""
    if kind.startswith("csv:"):
        own = read_own_csv(kind[4:], target, numeric_only)  # several 0/1 target columns: multi-label data
        samples = len(own.y)
    if samples < 2:
        raise DataError("samples must be at least 2, got {samples}", samples=samples)
    if not 0.0 <= val_fraction < 1.0:
        raise DataError("validation fraction must be in [0, 1), got {val_fraction}", val_fraction=val_fraction)
    if not 0.0 <= test_fraction < 1.0:
        raise DataError("test fraction must be in [0, 1), got {test_fraction}", test_fraction=test_fraction)
    if noise < 0.0:
        raise DataError("noise must be 0 or more, got {noise}", noise=noise)
    if outliers < 0 or outliers > samples:
        raise DataError("outliers must be between 0 and the number of samples, got {outliers}", outliers=outliers)
    if scale not in ("standard", "none"):
        raise DataError("unknown feature scaling '{scale}'; use standard or none", scale=scale)
    if kind.startswith("csv:"):
        X, y = own.X, own.y
        names, target_name, n_classes = own.feature_names, own.target_name, len(own.class_names)
    elif kind == "house":
        if not 1 <= features <= 3:
            raise DataError("house prices have 1 to 3 features, got {features}", features=features)
        X, y = make_house_prices(rng, samples, features, noise, outliers)
        names, target_name, n_classes = HOUSE_FEATURES[:features], "price (10,000s)", 0
    elif kind == "multilabel":
        if not 2 <= labels <= 5:
            raise DataError("multi-label data has 2 to 5 labels, got {labels}", labels=labels)
        X, y = make_multilabel(rng, samples, labels, noise)
        names, target_name, n_classes = ("x1", "x2"), "labels", 2
    elif kind in CLASSIFICATION_KINDS:
        if kind == "blobs":
            if not 2 <= classes <= 5:
                raise DataError("blobs have 2 to 5 classes, got {classes}", classes=classes)
            X, y = make_blobs(rng, samples, classes, noise)
        else:
            X, y = {"pass_fail": make_pass_fail, "moons": make_moons, "circles": make_circles,
                    "xor": make_xor}[kind](rng, samples, noise)
        n_classes = classes if kind == "blobs" else 2
        names = ("hours studied",) if kind == "pass_fail" else ("x1", "x2")
        target_name = "passed" if kind == "pass_fail" else "class"
    else:
        raise DataError("unknown data kind '{kind}'; choose one of: {kinds}", kind=kind, kinds=', '.join(DATA_KINDS))

    n_val = int(round(val_fraction * samples))
    n_test = int(round(test_fraction * samples))
    if samples - n_val < 1:
        raise DataError("the validation split leaves no training samples")
    if samples - n_val - n_test < 1:
        raise DataError("the validation and test splits leave no training samples")
    is_val, is_test = np.zeros(samples, bool), np.zeros(samples, bool)
    order = rng.permutation(samples)
    is_val[order[:n_val]] = True
    is_test[order[n_val:n_val + n_test]] = True
    is_train = ~(is_val | is_test)
    if scale == "standard":
        mean = X[is_train].mean(axis=0)
        std = X[is_train].std(axis=0)
        X = (X - mean) / np.where(std > 0.0, std, 1.0)
    return Dataset(kind, np.ascontiguousarray(X, dtype=np.float64), y, is_val, tuple(names), target_name, n_classes,
                   is_test, y.shape[1] if y.ndim == 2 else 0)
