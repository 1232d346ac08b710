"""Ctrl+C and `kill` (SIGTERM) end a headless run as a KeyboardInterrupt, raised only where
lossplay's own Python runs, so that the staged output is always removed.

Python runs a signal's handler in whatever Python code the main thread is in. Raised in
code that C or C++ called, the exception is printed and dropped, or worse: inside a
bounding-box method Qt called while a figure was drawn, the run went on and wrote its
output (exit 0); inside a paint method, the process crashed (a segmentation fault) and
left the staged folder behind. Such sections run `held()` (the figures and animation;
threadpoolctl's first look for the BLAS libraries too, which older versions make
through a ctypes callback): a signal there is noted and raised when the section ends, or
earlier by `check()` from Python code that Python called (an animation's frames).
Once the output is complete (`finishing()`), or once a signal has been raised (the
output is being removed), a signal changes nothing.
"""
from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

SIGNALS = (signal.SIGINT, signal.SIGTERM)

_noted = False  # a signal came while held
_held = 0  # depth of held sections
_finished = False


def _handler(signum, frame) -> None:
    global _noted, _finished
    if _held or _finished:
        _noted = True
        return
    _finished = True  # once: a second signal must not cut short the removal of the output
    raise KeyboardInterrupt


@contextmanager
def interruptible() -> Iterator[None]:
    """SIGINT and SIGTERM as above inside (from the main thread; elsewhere as they are)."""
    global _noted, _held, _finished
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _noted, _held, _finished = False, 0, False
    previous = {s: signal.signal(s, _handler) for s in SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        _noted, _held, _finished = False, 0, False


@contextmanager
def held() -> Iterator[None]:
    """A signal inside is raised when the section ends (unless it ends by an exception)."""
    global _held
    _held += 1
    try:
        yield
    finally:
        _held -= 1
    check()


def check(inside: bool = False) -> None:
    """KeyboardInterrupt if a signal was noted. Only from Python code that Python called:
    `inside` a held section that is where the caller knows it stands."""
    global _noted
    if _noted and not _finished and (inside or not _held):
        _noted = False
        raise KeyboardInterrupt


def finishing() -> None:
    """Everything is written: the files move into place whatever signal comes now."""
    global _finished
    check()
    _finished = True
