"""The window's side of the processes that compute for it (see worker_processes.py):
training runs and landscapes. Both hand the GUI thread immutable results (History
chunks, Scenes) as signals."""
from __future__ import annotations

import os
import queue
import signal
import threading

from PySide6.QtCore import QObject, Qt, Signal

from ..core import Problem
from ..core.messages import UserMessage
from .training_loop import TrainingLoop
from .worker_processes import LANDSCAPES, TRAINING, start_process


class ProcessLink:
    """A window's connection to one of its processes. Messages go out in order from a
    thread of their own (sending can wait, on a big problem or a process still starting:
    never on the GUI thread); every message that comes in goes to `receive`, called on a
    reading thread, until the process ends or `receive` raises RuntimeError (the window
    is gone)."""

    def __init__(self, kind: bytes, receive, name: str, lost=None) -> None:
        self._reading, self._writing = start_process(kind)
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self.pid: int | None = None  # None too where the work runs on a thread
        self.ended = False
        self._closing = False
        self._lost = lost  # called on the reading thread if the process ends unasked
        threading.Thread(target=self._write, name=f"lossplay-{name}-writer", daemon=True).start()
        threading.Thread(target=self._read, args=(receive,), name=f"lossplay-{name}-reader", daemon=True).start()

    def send(self, message) -> None:
        self._outbox.put(message)

    def close(self) -> None:
        """Ends the process: at once, even in the middle of a landscape (nothing of it is
        kept); else, as a thread does, once it reads its last message."""
        self._closing = True
        self._outbox.put(None)
        if self.pid is not None and not self.ended:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    def _write(self) -> None:
        with self._writing:
            while True:
                message = self._outbox.get()
                try:
                    self._writing.send(message)  # None too: the process's last message
                except OSError:  # the process ended
                    return
                if message is None:
                    return

    def _read(self, receive) -> None:
        with self._reading:
            try:
                self.pid = self._reading.recv()
                while True:
                    receive(self._reading.recv())
            except (EOFError, OSError):
                self.ended = True  # its pid may be another process's from now on
                if self._lost is not None and not self._closing:
                    try:
                        self._lost()
                    except RuntimeError:  # the window is gone
                        pass
            except RuntimeError:  # the window is gone
                pass


class TrainingWorker(QObject):
    """The window's side of its training loop (see training_loop.py): commands in, the
    loop's events out as signals on the GUI thread. The loop runs here until the first
    Play, Step or branch, then in a process of its own, which is sent the commands the
    loop had here to do again."""

    steps_ready = Signal(int, object)  # run id, [History per racer]
    restated = Signal(int, object)  # run id, the first racer's last row with its new rate or rule
    halted = Signal(int)  # run id: paused, every step computed so far has been sent
    stopped = Signal(int, str)  # run id, the first racer's status once every racer has stopped
    lost = Signal()  # the training process ended unasked: the next command runs here again
    _event = Signal(object)
    _process_lost = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop: TrainingLoop | None = TrainingLoop()
        self._done_here: list[tuple[str, tuple]] = []  # the commands the loop has had here, since its last load
        self._link: ProcessLink | None = None
        # Queued even from this thread, so that no event reaches the controller while it
        # is still in the middle of the command that caused it.
        self._event.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._process_lost.connect(self._on_process_lost, Qt.ConnectionType.QueuedConnection)

    def load(self, run_id: int, problem: Problem, racers: list) -> None:
        self._command("load", run_id, problem, racers)

    def branch(self, run_id: int, plan: list, new: tuple[float, str]) -> None:
        self._command("branch", run_id, plan, new, here=False)

    def play(self) -> None:
        self._command("play", here=False)

    def pause(self) -> None:
        self._command("pause")

    def step_once(self) -> None:
        self._command("step_once", here=False)

    def set_lr(self, lr: float) -> None:
        self._command("set_lr", lr)

    def set_optimizer(self, key: str) -> None:
        self._command("set_optimizer", key)

    def set_speed(self, steps_per_second: float) -> None:
        self._command("set_speed", steps_per_second)

    def resume(self, run_id: int, problem: Problem, racers: list, plan: list, new: tuple[float, str]) -> None:
        """After the process ended unasked: a new one, loaded with the run and brought to
        its last row by `plan` (see TrainingLoop.branch), paused there."""
        self._loop, self._done_here = TrainingLoop(), [("load", (run_id, problem, racers))]
        self.branch(run_id, plan, new)

    @property
    def pid(self) -> int | None:
        """The training process's, once it has started."""
        return self._link.pid if self._link is not None else None

    def shutdown(self) -> None:
        if self._link is not None:
            self._link.close()

    def _command(self, name: str, *args, here: bool = True) -> None:
        if self._loop is not None and here:
            self._done_here = ([] if name == "load" else self._done_here) + [(name, args)]
            for event in getattr(self._loop, name)(*args):
                self._event.emit(event)
            return
        if self._loop is not None:
            self._link = ProcessLink(TRAINING, self._event.emit, "training", lost=self._process_lost.emit)
            # The process does again what the loop did here (runs hold closures, which do
            # not pickle); nothing here took a step, so this costs no more than first rows.
            self._link.send(self._done_here)
            self._loop, self._done_here = None, []
        self._link.send((name, args))

    def _on_process_lost(self) -> None:
        if self._link is not None and self._link.ended:  # not a process replaced meanwhile
            self._link, self._loop, self._done_here = None, TrainingLoop(), []
            self.lost.emit()

    def _dispatch(self, event: tuple) -> None:
        kind, run_id, *rest = event
        {"steps": self.steps_ready, "restated": self.restated, "halted": self.halted,
         "stopped": self.stopped}[kind].emit(run_id, *rest)


class LandscapeProcessLost(UserMessage, RuntimeError):
    """The landscape process ended without being asked (killed from outside, or out of
    memory): the window says so instead of computing forever."""


class LandscapeBuilder:
    """Builds Scenes (problem, plane, landscape, isolines) in the window's landscape
    process, the newest request only: of requests made while one is built, only the
    last is built. `deliver(generation, Scene or Exception)` is called on a reading
    thread. A process that ended unasked is replaced at the next request."""

    def __init__(self, deliver) -> None:
        self._deliver = deliver
        self._newest = self._answered = 0  # generations
        self._link = self._start()

    def _start(self) -> ProcessLink:
        return ProcessLink(LANDSCAPES, self._answer, "landscape", lost=self._lost)

    def _answer(self, message: tuple) -> None:
        self._answered = message[0]
        self._deliver(*message)

    def request(self, generation: int, scenario, axes, frame=None) -> None:
        """A scene of `scenario`; on `frame` (a Plane) if given, else framing its run."""
        if self._link.ended:
            self._link = self._start()
        self._newest = generation
        self._link.send((generation, scenario, axes, frame))

    def close(self) -> None:
        self._link.close()

    def _lost(self) -> None:
        if self._newest != self._answered:  # a landscape was being waited for
            self._deliver(self._newest, LandscapeProcessLost(
                "the landscape stopped being computed (its process ended); change any setting to try again"))
