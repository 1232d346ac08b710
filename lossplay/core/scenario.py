"""A scenario: the plain, serialisable description of one run, and its JSON form."""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .data import DATA_KINDS
from .limits import check_limits
from .messages import Phrase, ScenarioError, shown
from .readfile import read_regular_text
from .losses import LOSSES
from .models import MODEL_KINDS
from .optimizers import OPTIMIZERS
from .regularizers import REGULARIZERS
from .schedules import parse_schedule


@dataclass(frozen=True)
class Scenario:
    # data
    data: str = "house"
    samples: int = 200
    features: int = 1
    classes: int = 2
    labels: int = 3  # yes/no labels per sample of the multilabel data
    noise: float = 0.2
    outliers: int = 0
    scale: str = "standard"
    val_fraction: float = 0.2
    test_fraction: float = 0.0  # held out, never trained on, scored once at the end
    seed: int = 0
    target: str | None = None  # the target column of csv:PATH data (default: the last)
    numeric_only: bool = False  # csv:PATH data: leave out feature columns that are not all numbers
    # model and objective; None picks the default for the data (DESIGN.md)
    model: str | None = None
    hidden: int = 4
    loss: str | None = None
    huber_delta: float = 1.0
    margin: float = 1.0  # the delta of multiclass_hinge
    label_smoothing: float = 0.0  # cross_entropy, sparse_cross_entropy, kl_div: (1 − e) one-hot + e / C
    regularizer: str = "none"
    lam: float = 0.0
    # optimisation
    optimizer: str = "sgd"
    lr: float = 0.03
    schedule: str = "constant"  # learning-rate schedule (schedules.py)
    batch_size: int | str = "all"
    steps: int = 150
    start: tuple[float, ...] | None = field(default=None)

    def replace(self, **changes: Any) -> "Scenario":
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["start"] = None if self.start is None else list(self.start)
        return d

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2)

    @classmethod
    def from_dict(cls, d: Any) -> "Scenario":
        if not isinstance(d, dict):
            raise ScenarioError("a scenario must be a JSON object of settings")
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(d) - known)
        if unknown:
            raise ScenarioError("unknown scenario setting(s): {names}", names=', '.join(unknown))
        values = {}
        for name, value in d.items():
            values[name] = _coerce(name, value)
        return cls(**values).validated()

    @classmethod
    def from_json(cls, text: str) -> "Scenario":
        return cls.from_dict(parse_json(text, ScenarioError))

    @classmethod
    def load(cls, path: str | Path) -> "Scenario":
        path = Path(path)
        text = read_settings_file(path, Phrase("scenario file {path}", path=path), ScenarioError)
        try:
            return cls.from_json(text)
        except ScenarioError as e:
            raise e.within("scenario file {path}", path=path) from None

    def validated(self) -> "Scenario":
        """Check every setting that can be checked without building the data."""
        def choose(what: str, value: Any, options: Any) -> None:
            if value not in options:
                raise ScenarioError("unknown {what} '{value}'; choose one of: {options}", what=Phrase(what), value=value,
                                    options=', '.join(options))

        if not (self.data in DATA_KINDS or str(self.data).startswith("csv:")):
            choose("data kind", self.data, DATA_KINDS)
        if self.model is not None:
            choose("model", self.model, MODEL_KINDS)
        if self.loss is not None:
            choose("loss", self.loss, list(LOSSES))
        choose("optimizer", self.optimizer, list(OPTIMIZERS))
        choose("regularizer", self.regularizer, REGULARIZERS)
        if self.batch_size != "all" and (not isinstance(self.batch_size, int) or isinstance(self.batch_size, bool)):
            raise ScenarioError("batch size must be 'all' or a whole number of at least 1, got {batch_size}", batch_size=self.batch_size)
        if self.target is not None and not self.target.strip():
            raise ScenarioError("the target column has an empty name; name one of the file's columns")
        check_limits(self)
        parse_schedule(self.schedule)
        return self


MAX_SETTINGS_BYTES = 1_000_000


def read_settings_file(path: Path, what: str, error: type[ScenarioError]) -> str:
    """The text of a small JSON file, or `error` saying why there is none."""
    text = read_regular_text(path, what, MAX_SETTINGS_BYTES, error)
    if not text.strip():
        raise error("{what} is empty", what=what)
    return text


def parse_json(text: str, error: type[ScenarioError]):
    """JSON as data, or `error` saying where it is broken; never a RecursionError or a
    4,300-digit integer error."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise error("not valid JSON (line {lineno}, column {colno}: {msg})", lineno=e.lineno, colno=e.colno, msg=e.msg) from None
    except RecursionError:
        raise error("the JSON is nested too deeply") from None
    except ValueError:  # Python refuses to read integers of more than 4,300 digits
        raise error("the JSON holds a number too long to read") from None


_INT_FIELDS = {"samples", "features", "classes", "labels", "outliers", "seed", "hidden", "steps"}
_BOOL_FIELDS = {"numeric_only"}
_FLOAT_FIELDS = {"noise", "val_fraction", "test_fraction", "huber_delta", "margin", "label_smoothing", "lam", "lr"}


def _float(name: str, value: int | float) -> float:
    try:
        return float(value)
    except OverflowError:  # an integer beyond the float range
        raise ScenarioError("{name} must be a finite number, got {value}", name=name, value=shown(value)) from None


def _coerce(name: str, value: Any) -> Any:
    """Type-check one JSON value; nothing in a scenario is ever evaluated."""
    def bad(template: str) -> ScenarioError:
        return ScenarioError(template, name=name, value=shown(value) if isinstance(value, int) else json.dumps(value))

    if name in _INT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("setting '{name}' must be a whole number, got {value}")
        return value
    if name in _FLOAT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad("setting '{name}' must be a number, got {value}")
        return _float(name, value)
    if name in _BOOL_FIELDS:
        if not isinstance(value, bool):
            raise bad("setting '{name}' must be true or false, got {value}")
        return value
    if name == "batch_size":
        if value == "all" or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise bad("setting '{name}' must be 'all' or a whole number, got {value}")
    if name == "start":
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            raise bad("setting '{name}' must be a list of numbers or null, got {value}")
        return tuple(_float(name, v) for v in value)
    if name in ("model", "loss", "target"):
        if value is None or isinstance(value, str):
            return value
        raise bad("setting '{name}' must be a name or null, got {value}")
    if not isinstance(value, str):
        raise bad("setting '{name}' must be a name, got {value}")
    return value
