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
        raise SessionError(f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SessionError("not a lossplay session (no \"format\": \"lossplay-session\")")
    version = document.get("version")
    if version != VERSION:
        raise SessionError(f"session version {version!r} is not one this lossplay reads (it reads version {VERSION})")
    unknown = sorted(set(document) - {"format", "version", "scenario"})
    if unknown:
        raise SessionError(f"unknown session key(s): {', '.join(unknown)}")
    if "scenario" not in document:
        raise SessionError("the session has no scenario")
    try:
        return Scenario.from_dict(document["scenario"])
    except ScenarioError as e:
        raise SessionError(str(e)) from None


def load_session(path: str | Path) -> Scenario:
    path = Path(path)
    text = read_settings_file(path, str(path), SessionError)
    try:
        return parse_session(text)
    except SessionError as e:
        raise SessionError(f"{path.name}: {e}") from None
