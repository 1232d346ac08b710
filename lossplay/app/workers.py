"""Work that runs off the GUI thread: training (in a process of its own) and the
landscape (on a thread). Both hand the GUI thread immutable results (History chunks,
Scenes)."""
from __future__ import annotations

import os
import queue
import socket
import subprocess
import sys
import threading
import traceback
from multiprocessing.connection import Connection

from PySide6.QtCore import QObject, Qt, Signal

from ..core import Problem, ScenarioError
from ..plots.scene import build_scene
from .training_loop import TrainingLoop

_zygote: tuple[subprocess.Popen, socket.socket] | None = None


def start_zygote() -> None:
    """The application's zygote (see training_loop.py), unless it is running: started
    with the first run, so that it is ready by the first Play."""
    global _zygote
    if _zygote is None or _zygote[0].poll() is not None:
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        # One core trains, the other draws: a second BLAS thread would only compete.
        env.setdefault("OPENBLAS_NUM_THREADS", "1")
        # The same lossplay as this process's, wherever it was imported from.
        here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [here, env.get("PYTHONPATH")]))
        process = subprocess.Popen([sys.executable, "-m", "lossplay.app.training_loop", str(theirs.fileno())],
                                   pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, env=env)
        theirs.close()
        _zygote = process, ours


def start_training_process() -> socket.socket:
    """A new training process and the window's end of its socket."""
    start_zygote()
    window_end, process_end = socket.socketpair()
    socket.send_fds(_zygote[1], [b"t"], [process_end.fileno()])
    process_end.close()
    return window_end


class TrainingWorker(QObject):
    """The window's side of its training loop (see training_loop.py): commands in, the
    loop's events out as signals on the GUI thread. The loop runs here until the first
    Play, Step or branch, then in a process of its own, which is sent the commands the
    loop had here to do again."""

    steps_ready = Signal(int, object)  # run id, [History per racer]
    restated = Signal(int, object)  # run id, the first racer's last row with its new rate or rule
    halted = Signal(int)  # run id: paused, every step computed so far has been sent
    stopped = Signal(int, str)  # run id, the first racer's status once every racer has stopped
    _event = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loop: TrainingLoop | None = TrainingLoop()
        self._done_here: list[tuple[str, tuple]] = []  # the commands the loop has had here, since its last load
        self._socket: socket.socket | None = None
        self._pid: int | None = None
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()  # to the process, in order
        # Queued even from this thread, so that no event reaches the controller while it
        # is still in the middle of the command that caused it.
        self._event.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)

    def load(self, run_id: int, problem: Problem, racers: list) -> None:
        start_zygote()
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

    @property
    def pid(self) -> int | None:
        """The training process's, once it has started."""
        return self._pid

    def shutdown(self) -> None:
        """Ends the training process at once (nothing of it is kept): it sees its
        connection close, and so does the reading thread."""
        if self._socket is not None:
            self._outbox.put(None)
            try:
                self._socket.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def _command(self, name: str, *args, here: bool = True) -> None:
        if self._loop is not None and here:
            self._done_here = ([] if name == "load" else self._done_here) + [(name, args)]
            for event in getattr(self._loop, name)(*args):
                self._event.emit(event)
            return
        if self._loop is not None:
            self._start_process()
        self._outbox.put((name, args))

    def _start_process(self) -> None:
        self._socket = start_training_process()
        conn = Connection(os.dup(self._socket.fileno()))
        # The process does again what the loop did here (runs hold closures, which do not
        # pickle); nothing here took a step, so this costs no more than the first rows.
        self._outbox.put(self._done_here)
        self._loop, self._done_here = None, []
        # Sending can wait (a big problem, a process still starting): never on the GUI thread.
        threading.Thread(target=self._write, args=(conn,), name="lossplay-training-writer", daemon=True).start()
        threading.Thread(target=self._read, args=(conn,), name="lossplay-training-reader", daemon=True).start()

    def _write(self, conn: Connection) -> None:
        while (message := self._outbox.get()) is not None:
            try:
                conn.send(message)
            except OSError:  # the process ended
                return

    def _read(self, conn: Connection) -> None:
        """On its own thread: every event the process sends, until it ends."""
        try:
            self._pid = conn.recv()
            while True:
                event = conn.recv()
                try:
                    self._event.emit(event)
                except RuntimeError:  # the window went away; the process is being ended
                    return
        except (EOFError, OSError):
            return
        finally:
            conn.close()

    def _dispatch(self, event: tuple) -> None:
        kind, run_id, *rest = event
        {"steps": self.steps_ready, "restated": self.restated, "halted": self.halted,
         "stopped": self.stopped}[kind].emit(run_id, *rest)


class LandscapeBuilder:
    """Builds Scenes (problem, plane, landscape, isolines) on a daemon thread, the newest
    request only: a request made while one is being built replaces any still waiting.

    A plain thread rather than a QThread, so that closing the window never waits for a
    landscape half computed: the thread finishes it and its result goes nowhere.
    """

    def __init__(self, deliver) -> None:
        self._deliver = deliver  # deliver(generation, Scene or Exception), called on the builder's thread
        self._wanted: tuple | None = None
        self._wake = threading.Condition()
        self._closed = False
        threading.Thread(target=self._loop, name="lossplay-landscape", daemon=True).start()

    def request(self, generation: int, scenario, axes, frame=None) -> None:
        """A scene of `scenario`; on `frame` (a Plane) if given, else framing its run."""
        with self._wake:
            self._wanted = (generation, scenario, axes, frame)
            self._wake.notify()

    def close(self) -> None:
        with self._wake:
            self._closed = True
            self._wake.notify()

    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._wanted is None and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                (generation, scenario, axes, frame), self._wanted = self._wanted, None
            try:
                result = build_scene(scenario, frame, axes)
            except ScenarioError as e:
                result = e
            except Exception as e:  # a bug: say so rather than leave the window waiting
                traceback.print_exc()
                result = e
            with self._wake:
                if self._closed:
                    return
            try:
                self._deliver(generation, result)
            except RuntimeError:  # the window went away meanwhile
                return
