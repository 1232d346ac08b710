"""Work that runs off the GUI thread: the training loop and the landscape.

Both are QObjects living in their own QThread; the GUI thread talks to them only
through queued signals and receives immutable results (History chunks, Scenes).
"""
from __future__ import annotations

import time
import traceback

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..core import History, Problem, Run, ScenarioError
from ..core.training import RUNNING
from ..plots.scene import build_scene

FRAME_INTERVAL_MS = 16  # at most ~60 batches of steps a second reach the GUI
MAX_SPEED = 0.0  # steps per second meaning "as fast as possible"
COMPUTE_BUDGET_S = 0.014  # per frame at full speed
# At full speed the worker waits for the GUI to show a batch before computing the next:
# the two threads then never compete for the interpreter, which would slow both far
# more than taking turns. If no frame is shown (a hidden window), it goes on after this.
SHOWN_TIMEOUT_MS = 40


class TrainingWorker(QObject):
    """Steps a Run at the chosen speed and sends the GUI batches of steps."""

    steps_ready = Signal(int, object)  # run id, History
    stopped = Signal(int, str)  # run id, the run's status when it can go no further

    def __init__(self) -> None:
        super().__init__()
        self._run: Run | None = None
        self._run_id = 0
        self._waiting_for_frame = False
        self._speed = 30.0
        self._owed = 0.0
        self._last = 0.0
        self._timer = QTimer(self)  # a child: it moves to the worker's thread with it
        self._timer.timeout.connect(self._tick)

    @Slot(int, object, float, str)
    def load(self, run_id: int, problem: Problem, lr: float, optimizer: str) -> None:
        """A fresh run from the problem's start; sends its row 0 at once. Chunks carry
        the run id so the GUI can drop any still queued from the run this replaces."""
        self._timer.stop()
        self._run, self._run_id = Run(problem, lr=lr, optimizer=optimizer), run_id
        self._emit(self._run.advance(0))

    @Slot()
    def play(self) -> None:
        if self._run is None or self._run.status != RUNNING:
            return
        self._owed, self._last = 1.0, time.perf_counter()
        self._timer.start(self._interval_ms())

    @Slot()
    def frame_shown(self) -> None:
        """The GUI has painted the last batch: compute the next one now."""
        if self._waiting_for_frame and self._timer.isActive():
            self._waiting_for_frame = False
            self._timer.start(0)

    @Slot()
    def pause(self) -> None:
        self._timer.stop()

    @Slot()
    def step_once(self) -> None:
        if self._run is not None and self._run.status == RUNNING:
            self._timer.stop()
            self._emit(self._run.advance(1))

    @Slot(float)
    def set_lr(self, lr: float) -> None:
        if self._run is not None:
            self._run.lr = lr

    @Slot(str)
    def set_optimizer(self, key: str) -> None:
        if self._run is not None:
            self._run.set_optimizer(key)

    @Slot(float)
    def set_speed(self, steps_per_second: float) -> None:
        self._speed = steps_per_second
        if self._timer.isActive():
            self._timer.start(self._interval_ms())

    @Slot()
    def shutdown(self) -> None:
        self._timer.stop()
        self._run = None

    def _interval_ms(self) -> int:
        if self._speed == MAX_SPEED:
            return 0
        return max(FRAME_INTERVAL_MS, int(1000.0 / self._speed))

    def _tick(self) -> None:
        run = self._run
        if run is None or run.status != RUNNING:
            self._timer.stop()
            return
        now = time.perf_counter()
        self._waiting_for_frame = False
        if self._speed == MAX_SPEED:
            chunks, deadline, batch = [], now + COMPUTE_BUDGET_S, 16
            while run.status == RUNNING and time.perf_counter() < deadline:
                chunks.append(run.advance(batch))
                batch = min(batch * 2, 512)
            self._emit(History.concat(chunks))
            if run.status == RUNNING:
                self._waiting_for_frame = True
                self._timer.start(SHOWN_TIMEOUT_MS)
            return
        self._owed += (now - self._last) * self._speed
        self._last = now
        count = int(self._owed)
        if count:
            self._owed -= count
            self._emit(run.advance(count))

    def _emit(self, chunk: History) -> None:
        self.steps_ready.emit(self._run_id, chunk)
        if chunk.status != RUNNING:
            self._timer.stop()
            self.stopped.emit(self._run_id, chunk.status)


class SceneWorker(QObject):
    """Builds Scenes (problem, plane, landscape, isolines) one request at a time."""

    ready = Signal(int, object)  # generation, Scene
    failed = Signal(int, str)  # generation, a message for a person

    @Slot(int, object, object, object)
    def build(self, generation: int, scenario, frame, axes) -> None:
        try:
            self.ready.emit(generation, build_scene(scenario, frame, axes))
        except ScenarioError as e:
            self.failed.emit(generation, str(e))
        except Exception as e:  # a bug: say so rather than leave the window waiting
            traceback.print_exc()
            self.failed.emit(generation, f"could not build this scenario: {e}")
