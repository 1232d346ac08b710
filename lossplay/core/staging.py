"""An output folder that appears complete or not at all.

Everything is written into a hidden folder beside the destination and moved into place
only when all of it has been written; any failure (bad input found late, a plot that
cannot be drawn, Ctrl+C, a full disk) removes it, and the folders made for it."""
from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .messages import UserMessage


class OutputError(UserMessage, OSError):
    """An output that could not be written; the message is one line for a person."""


def _reason(e: OSError) -> str:
    return e.strerror or str(e)


@contextmanager
def staged_output(out: Path) -> Iterator[Path]:
    """Yield an empty folder to write into; on success its files land in `out`."""
    if not str(out).strip():
        raise OutputError("the output folder has no name")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OutputError("cannot create output directory {out_dir}: {reason}", out_dir=out, reason="a file has that name")
    made = [p for p in [out.parent, *out.parent.parents] if not p.exists()]
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = out.parent / f".{out.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part"
        stage.mkdir()
    except OSError as e:
        _remove_empty(made)
        raise OutputError("cannot create output directory {out_dir}: {reason}", out_dir=out, reason=_reason(e)) from None
    try:
        yield stage
        _move_into_place(stage, out)
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        _remove_empty(made)
        raise


def _move_into_place(stage: Path, out: Path) -> None:
    try:
        if not out.exists():
            os.rename(stage, out)  # the whole folder at once
            return
        for item in stage.iterdir():  # into a folder that is already there: one complete file at a time
            os.replace(item, out / item.name)
        stage.rmdir()
    except OSError as e:
        raise OutputError("cannot write {path}: {reason}", path=out, reason=_reason(e)) from None


def _remove_empty(folders: list[Path]) -> None:
    for folder in folders:  # deepest first
        try:
            folder.rmdir()
        except OSError:
            break
