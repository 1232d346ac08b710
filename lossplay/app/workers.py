"""Work that runs off the GUI thread: the training loop and the landscape.

The training worker is a QObject living in its own QThread; the GUI thread talks to it
only through queued signals. Both hand the GUI thread immutable results (History
chunks, Scenes).
"""
from __future__ import annotations

import threading
import time
import traceback

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..core import History, Problem, Run, ScenarioError
from ..core.training import RUNNING
from ..plots.scene import build_scene

FRAME_INTERVAL_MS = 16  # at most ~60 batches of steps a second reach the GUI
MAX_SPEED = 0.0  # steps per second meaning "as fast as possible"
FRAME_S = 1 / 60  # at full speed, a frame: the worker computes, then the GUI draws and paints
MIN_BUDGET_S, MAX_BUDGET_S = 0.006, 0.014  # the worker's share of a frame, whatever the GUI takes
# At full speed the worker waits for the GUI to show a batch before computing the next:
# the two threads then never compete for the interpreter, which would slow both far
# more than taking turns. If no frame is shown (a hidden window), it goes on after this.
SHOWN_TIMEOUT_MS = 40


class TrainingWorker(QObject):
    """Steps the runs of a race (one run, or up to four on the same problem) together at
    the chosen speed, and sends the GUI batches of steps: one History per run."""

    steps_ready = Signal(int, object)  # run id, [History per racer]
    restated = Signal(int, object)  # run id, the first racer's last row with its new rate or rule
    halted = Signal(int)  # run id: paused, every step computed so far has been sent
    stopped = Signal(int, str)  # run id, the first racer's status once every racer has stopped

    def __init__(self) -> None:
        super().__init__()
        self._runs: list[Run] = []
        self._run_id = 0
        self._waiting_for_frame = False
        self._budget = MAX_BUDGET_S
        self._steps_per_s = 2000.0  # learnt from the first batches
        self._sent_at = 0.0
        self._speed = 30.0
        self._owed = 0.0
        self._last = 0.0
        self._timer = QTimer(self)  # a child: it moves to the worker's thread with it
        self._timer.timeout.connect(self._tick)

    @Slot(int, object, object)
    def load(self, run_id: int, problem: Problem, racers: list[tuple[float, str, int | str]]) -> None:
        """Fresh runs from the problem's start, one per (lr, optimizer, batch size); sends
        their row 0 at once. Chunks carry the run id so the GUI can drop any still queued
        from the runs these replace. All racers share the seed, so equal batch sizes draw
        the same mini-batches."""
        self._timer.stop()
        self._runs = [Run(problem, lr=lr, optimizer=opt, batch_size=batch) for lr, opt, batch in racers]
        self._run_id = run_id
        self._emit([run.advance(0) for run in self._runs])

    @Slot(int, object, object)
    def branch(self, run_id: int, plan: list[tuple[int, float, str]], new: tuple[float, str]) -> None:
        """The runs again from their start to an earlier row, as they went (`plan`: the
        first racer's updates in stretches of one base rate and rule; the others kept
        theirs), so that their optimizer state is exactly that row's; then the first racer
        goes on with the rate and rule `new`. Sends that row restated, and nothing else."""
        self._timer.stop()
        problem = self._runs[0].problem
        rows = sum(count for count, _, _ in plan)
        settings = [(run.lr, run.optimizer.key, run.batch_size) for run in self._runs]
        first = Run(problem, lr=plan[0][1] if plan else new[0], optimizer=plan[0][2] if plan else new[1],
                    batch_size=settings[0][2] or "all")
        for count, lr, key in plan:
            first.lr = lr
            if key != first.optimizer.key:
                first.set_optimizer(key)
            first.advance(count)
        if not plan:
            first.advance(0)
        others = [Run(problem, lr=lr, optimizer=key, batch_size=batch or "all") for lr, key, batch in settings[1:]]
        for run in others:
            run.advance(rows)
        self._runs, self._run_id = [first] + others, run_id
        first.lr = new[0]
        if new[1] != first.optimizer.key:
            first.set_optimizer(new[1])
        self.restated.emit(run_id, first.last_row())
        self.halted.emit(run_id)

    @property
    def _running(self) -> bool:
        return any(run.status == RUNNING for run in self._runs)

    @Slot()
    def play(self) -> None:
        if not self._running:
            return
        self._owed, self._last = 1.0, time.perf_counter()
        self._timer.start(self._interval_ms())

    @Slot()
    def frame_shown(self) -> None:
        """The GUI has painted the last batch: compute the next one now."""
        if self._waiting_for_frame and self._timer.isActive():
            self._waiting_for_frame = False
            # What the GUI took to show the batch is what the frame has left for computing.
            gui = time.perf_counter() - self._sent_at
            self._budget = min(MAX_BUDGET_S, max(MIN_BUDGET_S, FRAME_S - gui))
            self._timer.start(0)

    @Slot()
    def pause(self) -> None:
        self._timer.stop()
        self.halted.emit(self._run_id)

    @Slot()
    def step_once(self) -> None:
        if self._running:
            self._timer.stop()
            self._emit([run.advance(1) for run in self._runs])

    @Slot(float)
    def set_lr(self, lr: float) -> None:
        """The first racer follows the panel; the others keep their own settings."""
        if self._runs:
            self._runs[0].lr = lr
            self.restated.emit(self._run_id, self._runs[0].last_row())

    @Slot(str)
    def set_optimizer(self, key: str) -> None:
        if self._runs:
            self._runs[0].set_optimizer(key)
            self.restated.emit(self._run_id, self._runs[0].last_row())

    @Slot(float)
    def set_speed(self, steps_per_second: float) -> None:
        self._speed = steps_per_second
        if self._timer.isActive():
            self._timer.start(self._interval_ms())

    @Slot()
    def shutdown(self) -> None:
        self._timer.stop()
        self._runs = []

    def _interval_ms(self) -> int:
        if self._speed == MAX_SPEED:
            return 0
        return max(FRAME_INTERVAL_MS, int(1000.0 / self._speed))

    def _tick(self) -> None:
        if not self._running:
            self._timer.stop()
            return
        now = time.perf_counter()
        self._waiting_for_frame = False
        if self._speed == MAX_SPEED:
            # As many steps as fit the budget at the speed measured so far, in one call per run.
            count = max(1, int(self._steps_per_s * self._budget))
            chunks = [run.advance(count) for run in self._runs]
            took = time.perf_counter() - now
            made = max(len(chunks[0]) - 1, 1)
            self._steps_per_s = 0.5 * self._steps_per_s + 0.5 * made / max(took, 1e-6)
            self._emit(chunks)
            if self._running:
                self._waiting_for_frame = True
                self._sent_at = time.perf_counter()
                self._timer.start(SHOWN_TIMEOUT_MS)
            return
        self._owed += (now - self._last) * self._speed
        self._last = now
        count = int(self._owed)
        if count:
            self._owed -= count
            self._emit([run.advance(count) for run in self._runs])

    def _emit(self, chunks: list[History]) -> None:
        self.steps_ready.emit(self._run_id, chunks)
        if not self._running:
            self._timer.stop()
            self.stopped.emit(self._run_id, self._runs[0].status)


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
