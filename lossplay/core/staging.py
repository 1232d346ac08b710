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
    stage = out.parent / f".{out.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part"
    ready = False
    # One try from the first folder made: a Ctrl+C or SIGTERM that lands just after the
    # staging folder is made, before anything is written into it, removes it too.
    try:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            stage.mkdir()
        except OSError as e:
            raise OutputError("cannot create output directory {out_dir}: {reason}", out_dir=out,
                              reason=_reason(e)) from None
        ready = True
        yield stage
        _move_into_place(stage, out)
    except BaseException as e:
        if _discard(stage, made):
            raise KeyboardInterrupt from None
        if ready and isinstance(e, UserMessage):
            raise _naming(e, stage, out) from None
        raise


def _discard(stage: Path, made: list[Path]) -> bool:
    """Remove the staging folder and the folders made for it, to the end even through a
    Ctrl+C in the middle; whether one came."""
    interrupted = False
    while True:
        try:
            shutil.rmtree(stage, ignore_errors=True)
            _remove_empty(made)
            return interrupted
        except KeyboardInterrupt:
            interrupted = True


def _naming(error: UserMessage, stage: Path, out: Path) -> UserMessage:
    """`error` with the hidden staging folder named as the folder the person asked for."""
    def renamed(values: dict) -> dict:
        return {k: v.replace(str(stage), str(out)) if isinstance(v, str) else v for k, v in values.items()}

    prefix = None if error.prefix is None else (error.prefix[0], renamed(error.prefix[1]))
    return type(error)(error.template, prefix=prefix, **renamed(error.values))


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
