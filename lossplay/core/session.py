"""Session files (.lossplay.json): the scenario and seed of a run, so that opening one
reproduces the run number for number. Plain JSON, read as data and never executed."""
from __future__ import annotations

import json
from pathlib import Path

from .scenario import Scenario, ScenarioError, read_settings_file

FORMAT = "lossplay-session"
VERSION = 1
SUFFIX = ".lossplay.json"


class SessionError(ScenarioError):
    """A session file that cannot be opened; the message says what is wrong."""


def session_json(scenario: Scenario) -> str:
    return json.dumps({"format": FORMAT, "version": VERSION, "scenario": scenario.to_dict()}, indent=2) + "\n"


def parse_session(text: str) -> Scenario:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as e:
        raise SessionError("not valid JSON (line {lineno}, column {colno}: {msg})", lineno=e.lineno, colno=e.colno, msg=e.msg) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SessionError("not a lossplay session (no \"format\": \"lossplay-session\")")
    version = document.get("version")
    if version != VERSION:
        raise SessionError("session version {version!r} is not one this lossplay reads (it reads version {VERSION})", version=version, VERSION=VERSION)
    unknown = sorted(set(document) - {"format", "version", "scenario"})
    if unknown:
        raise SessionError("unknown session key(s): {names}", names=', '.join(unknown))
    if "scenario" not in document:
        raise SessionError("the session has no scenario")
    try:
        return Scenario.from_dict(document["scenario"])
    except ScenarioError as e:
        raise SessionError(e.template, prefix=e.prefix, **e.values) from None


def load_session(path: str | Path) -> Scenario:
    path = Path(path)
    text = read_settings_file(path, str(path), SessionError)
    try:
        return parse_session(text)
    except SessionError as e:
        raise e.within("{file}", file=path.name) from None
