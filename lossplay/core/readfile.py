"""Reading a person's file safely: only a regular file, and never more than a bound.

A FIFO or a device (/dev/zero, /dev/urandom) would hang or read until memory runs out;
`stat` says what a path is before anything is opened, and the read stops one byte past
the bound whatever the size claimed (a file can grow while it is read)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .messages import ScenarioError


def regular_file_size(path: str | Path, what: str, error: type[ScenarioError] = ScenarioError) -> int:
    """The size of `path` in bytes, or `error` when it is missing or not a regular file."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise error("{what} does not exist", what=what) from None
    except (OSError, ValueError) as e:  # ValueError: a NUL byte in the path
        raise error("cannot read {what}: {reason}", what=what, reason=getattr(e, "strerror", None) or e) from None
    if stat.S_ISDIR(info.st_mode):
        raise error("{what} is a folder, not a file", what=what)
    if not stat.S_ISREG(info.st_mode):
        raise error("{what} is not a regular file (a device, pipe or socket); lossplay reads only files", what=what)
    return info.st_size


def read_regular_file(path: str | Path, what: str, max_bytes: int, error: type[ScenarioError] = ScenarioError,
                      head: bool = False) -> bytes:
    """The bytes of `path` (with `head`, only its first `max_bytes`), or `error` naming
    `what` and why it cannot be read."""
    size = regular_file_size(path, what, error)
    if size > max_bytes and not head:
        raise error("{what} is too big: {size} bytes, and lossplay reads up to {most} bytes", what=what,
                    size=f"{size:,}", most=f"{max_bytes:,}")
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as e:
        raise error("cannot read {what}: {reason}", what=what, reason=e.strerror or e) from None
    if len(data) > max_bytes:
        if head:
            return data[:max_bytes]
        raise error("{what} is too big: lossplay reads up to {most} bytes", what=what, most=f"{max_bytes:,}")
    return data


def read_regular_text(path: str | Path, what: str, max_bytes: int, error: type[ScenarioError] = ScenarioError,
                      encoding: str = "utf-8") -> str:
    data = read_regular_file(path, what, max_bytes, error)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise error("cannot read {what}: it is not {encoding} text (byte {position})", what=what,
                    encoding="UTF-8", position=e.start + 1) from None
