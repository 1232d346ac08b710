"""A scenario: the plain, serialisable description of one run, and its JSON form."""
from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .data import DATA_KINDS
from .messages import ScenarioError
from .losses import LOSSES
from .models import MODEL_KINDS
from .optimizers import OPTIMIZERS
from .regularizers import REGULARIZERS


@dataclass(frozen=True)
class Scenario:
    # data
    data: str = "house"
    samples: int = 200
    features: int = 1
    classes: int = 2
    noise: float = 0.2
    outliers: int = 0
    scale: str = "standard"
    val_fraction: float = 0.2
    seed: int = 0
    target: str | None = None  # the target column of csv:PATH data (default: the last)
    # model and objective; None picks the default for the data (DESIGN.md)
    model: str | None = None
    hidden: int = 4
    loss: str | None = None
    huber_delta: float = 1.0
    regularizer: str = "none"
    lam: float = 0.0
    # optimisation
    optimizer: str = "sgd"
    lr: float = 0.03
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
        try:
            d = json.loads(text)
        except json.JSONDecodeError as e:
            raise ScenarioError("not valid JSON (line {lineno}, column {colno}: {msg})", lineno=e.lineno, colno=e.colno, msg=e.msg) from None
        return cls.from_dict(d)

    @classmethod
    def load(cls, path: str | Path) -> "Scenario":
        path = Path(path)
        text = read_settings_file(path, f"scenario file {path}", ScenarioError)
        try:
            return cls.from_json(text)
        except ScenarioError as e:
            raise e.within("scenario file {path}", path=path) from None

    def validated(self) -> "Scenario":
        """Check every setting that can be checked without building the data."""
        def choose(what: str, value: Any, options: Any) -> None:
            if value not in options:
                raise ScenarioError("unknown {what} '{value}'; choose one of: {options}", what=what, value=value, options=', '.join(options))

        if not (self.data in DATA_KINDS or str(self.data).startswith("csv:")):
            choose("data kind", self.data, DATA_KINDS)
        if self.model is not None:
            choose("model", self.model, MODEL_KINDS)
        if self.loss is not None:
            choose("loss", self.loss, list(LOSSES))
        choose("optimizer", self.optimizer, list(OPTIMIZERS))
        choose("regularizer", self.regularizer, REGULARIZERS)
        if not (math.isfinite(self.lr) and self.lr > 0.0):
            raise ScenarioError("learning rate must be a positive number, got {lr}", lr=self.lr)
        if self.steps < 0:
            raise ScenarioError("steps must be 0 or more, got {steps}", steps=self.steps)
        if self.batch_size != "all" and (not isinstance(self.batch_size, int) or self.batch_size < 1):
            raise ScenarioError("batch size must be 'all' or a whole number of at least 1, got {batch_size}", batch_size=self.batch_size)
        if self.lam < 0.0 or not math.isfinite(self.lam):
            raise ScenarioError("regularization strength must be 0 or more, got {lam}", lam=self.lam)
        if not self.huber_delta > 0.0:
            raise ScenarioError("huber delta must be positive, got {huber_delta}", huber_delta=self.huber_delta)
        if self.hidden < 1:
            raise ScenarioError("the hidden layer needs at least 1 unit, got {hidden}", hidden=self.hidden)
        if self.start is not None and not all(math.isfinite(v) for v in self.start):
            raise ScenarioError("start values must be finite numbers")
        return self


def read_settings_file(path: Path, what: str, error: type[ScenarioError]) -> str:
    """The text of a small JSON file, or `error` saying why there is none."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error("{what} does not exist", what=what) from None
    except (OSError, UnicodeDecodeError) as e:
        raise error("cannot read {what}: {reason}", what=what, reason=getattr(e, 'strerror', None) or e) from None
    if not text.strip():
        raise error("{what} is empty", what=what)
    return text


_INT_FIELDS = {"samples", "features", "classes", "outliers", "seed", "hidden", "steps"}
_FLOAT_FIELDS = {"noise", "val_fraction", "huber_delta", "lam", "lr"}


def _coerce(name: str, value: Any) -> Any:
    """Type-check one JSON value; nothing in a scenario is ever evaluated."""
    def bad(template: str) -> ScenarioError:
        return ScenarioError(template, name=name, value=json.dumps(value))

    if name in _INT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, int):
            raise bad("setting '{name}' must be a whole number, got {value}")
        return value
    if name in _FLOAT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise bad("setting '{name}' must be a number, got {value}")
        return float(value)
    if name == "batch_size":
        if value == "all" or (isinstance(value, int) and not isinstance(value, bool)):
            return value
        raise bad("setting '{name}' must be 'all' or a whole number, got {value}")
    if name == "start":
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in value):
            raise bad("setting '{name}' must be a list of numbers or null, got {value}")
        return tuple(float(v) for v in value)
    if name in ("model", "loss", "target"):
        if value is None or isinstance(value, str):
            return value
        raise bad("setting '{name}' must be a name or null, got {value}")
    if not isinstance(value, str):
        raise bad("setting '{name}' must be a name, got {value}")
    return value
