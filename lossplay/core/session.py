"""Session files (.lossplay.json): the scenario and seed of a run, and the runs pinned to
race it, so that opening one reproduces the runs number for number. Plain JSON, read as
data and never executed."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from .optimizers import OPTIMIZERS
from .limits import check_range
from .scenario import Scenario, ScenarioError, parse_json, read_settings_file

FORMAT = "lossplay-session"
VERSION = 1
SUFFIX = ".lossplay.json"
MAX_PINNED = 3  # beside the scenario's own run: four in a race

Racer = tuple[float, str, "int | str"]  # learning rate, optimizer, batch size


class SessionError(ScenarioError):
    """A session file that cannot be opened; the message says what is wrong."""


@dataclass(frozen=True)
class Session:
    scenario: Scenario
    race: tuple[Racer, ...] = ()


def session_json(scenario: Scenario, race: tuple[Racer, ...] | list[Racer] = ()) -> str:
    document = {"format": FORMAT, "version": VERSION, "scenario": scenario.to_dict(),
                "race": [{"lr": lr, "optimizer": optimizer, "batch_size": batch} for lr, optimizer, batch in race]}
    return json.dumps(document, indent=2) + "\n"


def _racer(entry) -> Racer:
    if not isinstance(entry, dict) or set(entry) != {"lr", "optimizer", "batch_size"}:
        raise SessionError("each run in the race needs exactly lr, optimizer and batch_size")
    lr, optimizer, batch = entry["lr"], entry["optimizer"], entry["batch_size"]
    if isinstance(lr, int) and not isinstance(lr, bool) and abs(lr) > 1e300:
        lr = math.inf  # beyond float: refused below as not finite
    if isinstance(lr, bool) or not isinstance(lr, (int, float)) or not (math.isfinite(lr) and lr > 0):
        raise SessionError("a run in the race has learning rate {lr}; it must be a positive number", lr=lr)
    if optimizer not in OPTIMIZERS:
        raise SessionError("a run in the race has unknown optimizer '{optimizer}'", optimizer=optimizer)
    if not (batch == "all" or (isinstance(batch, int) and not isinstance(batch, bool) and batch >= 1)):
        raise SessionError("a run in the race has batch size {batch}; it must be 'all' or a whole number", batch=batch)
    try:
        check_range("lr", float(lr))
        if batch != "all":
            check_range("batch_size", batch)
    except ScenarioError as e:
        raise SessionError(e.template, **e.values).within("a run in the race") from None
    return float(lr), optimizer, batch


def parse_session(text: str) -> Session:
    document = parse_json(text, SessionError)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SessionError("not a lossplay session (no \"format\": \"lossplay-session\")")
    version = document.get("version")
    if version != VERSION:
        raise SessionError("session version {version!r} is not one this lossplay reads (it reads version {VERSION})", version=version, VERSION=VERSION)
    unknown = sorted(set(document) - {"format", "version", "scenario", "race"})
    if unknown:
        raise SessionError("unknown session key(s): {names}", names=', '.join(unknown))
    if "scenario" not in document:
        raise SessionError("the session has no scenario")
    try:
        scenario = Scenario.from_dict(document["scenario"])
    except ScenarioError as e:
        raise SessionError(e.template, prefix=e.prefix, **e.values) from None
    race = document.get("race", [])
    if not isinstance(race, list) or len(race) > MAX_PINNED:
        raise SessionError("the race holds a list of at most {most} runs", most=MAX_PINNED)
    return Session(scenario, tuple(_racer(entry) for entry in race))


def load_session(path: str | Path) -> Session:
    path = Path(path)
    text = read_settings_file(path, str(path), SessionError)
    try:
        return parse_session(text)
    except SessionError as e:
        raise e.within("{file}", file=path.name) from None
