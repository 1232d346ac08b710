"""The run controller: carries out what the state's changes cost, with the threads that
build landscapes and train, and keeps the GUI thread's copy of every racer's history."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from ..core import Problem, ScenarioError
from ..core.messages import UserMessage, translated
from ..core.stability import critical_lr
from ..core.schedules import parse_schedule
from ..core.status import run_status
from ..i18n import tr
from ..plots.scene import Scene
from .history_buffer import HistoryBuffer
from .state import COMPUTING, ENDED, PAUSED, READY, RUNNING, Change, Cost, WindowState
from .workers import LandscapeBuilder, TrainingWorker

DEBOUNCE_MS = 150  # typing in a box fires many small changes: rebuild once they settle
ARRIVAL_TURN_MS = 3


class RunController(QObject):
    landscape_changed = Signal()  # a new landscape is in; the rest of its scene follows a turn later
    scene_changed = Signal()  # the new scene's problem is in, for the data views and a new run
    scene_widened = Signal()  # the same landscape over a larger region, under the same run
    run_started = Signal()  # fresh, one-row histories of a new run
    steps_added = Signal()  # the histories grew, or their last row was restated
    failed = Signal(str)  # the scenario cannot be built: why, in the current language

    _scene_built = Signal(int, object)

    def __init__(self, state: WindowState, parent: QObject) -> None:
        super().__init__(parent)
        self.state = state
        self.scene: Scene | None = None
        self.problem: Problem | None = None  # the scene's problem with the run settings in force
        self.histories: list[HistoryBuffer] = []
        self.note: tuple[str, dict] | None = None  # "applies from step k" after a change while paused
        self._generation = 0
        self._reframe_generation = -1  # the request that widens the landscape under a running path
        self.base_plane = None  # the plane the scene was first framed on, before any widening
        self._run_id = 0
        self._pending = Cost.NOTHING
        self._play_when_ready = False
        self.ghost = None  # the tail a branch left behind: steps, thetas, losses
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._build_scene)
        # A new scene arrives over three turns of the event loop (the landscape, the data
        # views, the new run), so that each is painted before the next is set up: taken
        # together, they held the GUI thread for over 50 ms at 10,000 samples. A timer, not
        # a queued call: a queued call would run before the paint the last turn posted.
        self._arrival: list = []
        self._arrival_timer = QTimer(self, singleShot=True, interval=ARRIVAL_TURN_MS)
        self._arrival_timer.timeout.connect(self._arrive)

        self.trainer = TrainingWorker(self)
        self.trainer.steps_ready.connect(self._on_steps)
        self.trainer.restated.connect(self._on_restated)
        self.trainer.stopped.connect(self._on_stopped)
        self.trainer.halted.connect(self._on_halted)
        self.trainer.lost.connect(self._on_training_lost)
        self.worker_idle = True  # no step is on its way: the worker was paused, or the run ended
        self.trainer.set_speed(state.speed)
        # The builder's thread emits; Qt queues it to this object's (the GUI) thread.
        self._scene_built.connect(self._on_scene)
        self._builder = LandscapeBuilder(self._scene_built.emit)
        state.observe(self._on_change)
        self._pending = Cost.DATA
        self._build_scene()

    @property
    def history(self) -> HistoryBuffer | None:
        """The scenario's own run (the first racer)."""
        return self.histories[0] if self.histories else None

    def shutdown(self) -> None:
        self._debounce.stop()
        self._arrival_timer.stop()
        self._builder.close()
        self.trainer.shutdown()

    # --- what a change costs -------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if "speed" in change.fields:
            self.trainer.set_speed(self.state.speed)
        if change.cost >= Cost.LANDSCAPE:
            self._pending = max(self._pending, change.cost)
            self.trainer.pause()
            self.state.set_status(COMPUTING)
            self._debounce.start()
        elif change.cost == Cost.RUN and self._pending < Cost.LANDSCAPE and not self._arrival:
            self._update_critical()
            self.new_run()
        elif change.cost == Cost.CONTINUE:
            self._continue_with(change)

    def _continue_with(self, change: Change) -> None:
        """A new rate or rule for the paused run, from its next update (or, back on the
        timeline, from the step after the one shown: Play then branches there)."""
        s, replaying = self.state.scenario, self.state.replay_row is not None
        step = (self.state.replay_row if replaying else self.state.step) + 1
        if "lr" in change.fields:
            if not replaying:
                self.trainer.set_lr(s.lr)
            self.note = ("learning rate {lr} applies from step {step}", {"lr": f"{s.lr:g}", "step": step})
        if "optimizer" in change.fields:
            if not replaying:
                self.trainer.set_optimizer(s.optimizer)
            self._update_critical()
            self.note = ("{optimizer} applies from step {step}", {"optimizer": s.optimizer, "step": step})

    def _build_scene(self) -> None:
        self._generation += 1
        self._builder.request(self._generation, self.state.scenario, self.state.axes)

    def reframe(self, plane) -> None:
        """The same landscape over `plane`, a larger region, while the run goes on."""
        if self.scene is None or self.reframing or self._pending >= Cost.LANDSCAPE:
            return
        self._generation += 1
        self._reframe_generation = self._generation
        self._builder.request(self._generation, self.state.scenario, self.state.axes, plane)

    @property
    def reframing(self) -> bool:
        return self._reframe_generation == self._generation

    def _on_scene(self, generation: int, result) -> None:
        if generation != self._generation or self._debounce.isActive():
            return  # a newer request is on its way
        if generation == self._reframe_generation:
            self._reframe_generation = -1
            if not isinstance(result, Exception):
                self.scene = result
                self.scene_widened.emit()
            return
        self._pending = Cost.NOTHING
        self._arrival = []
        if isinstance(result, Exception):
            self.scene = self.problem = None
            self.histories = []
            self.state.set_status(READY)
            self.failed.emit(translated(result, tr) if isinstance(result, UserMessage) else str(result))
            return
        self.scene, self.base_plane = result, result.plane
        self.histories = []  # the old run is not drawn on the new landscape
        self._update_critical()
        self._arrival = [self.scene_changed.emit, self._first_run]
        self._arrival_timer.start()
        self.landscape_changed.emit()

    def _arrive(self) -> None:
        if self._pending >= Cost.LANDSCAPE or self.scene is None:
            self._arrival = []  # changed again meanwhile: a newer scene is on its way
            return
        self._arrival.pop(0)()
        if self._arrival:
            self._arrival_timer.start()

    def _first_run(self) -> None:
        self.new_run()
        if self._play_when_ready:
            self.play()

    def _update_critical(self) -> None:
        if self.scene is not None:
            s = self.state.scenario
            self.state.set_critical_lr(critical_lr(self.scene.problem.objective, s.optimizer, s.batch_size))

    # --- the run --------------------------------------------------------------------------------

    def new_run(self) -> None:
        """A fresh run of the current scene with the run settings in force."""
        if self.scene is None:
            return
        self.trainer.pause()
        try:
            self.problem = self.scene.problem.with_run_settings(self.state.scenario)
        except ScenarioError as e:
            self.state.set_status(READY)
            self.failed.emit(translated(e, tr))
            return
        self.note = None
        self.ghost = None
        size = len(self.problem.start)
        self.histories = [HistoryBuffer(size) for _ in range(1 + len(self.state.racers))]
        # After the old run is gone: the views redraw on this, and must not draw the old
        # run's weights on the new scene (another data set may have another number of them).
        self.state.set_replay_row(None)
        self._run_id += 1
        self.trainer.load(self._run_id, self.problem, self._racer_settings())
        self.state.set_status(READY, step=0)
        self.run_started.emit()

    def _branch_here(self) -> bool:
        """Going on from an earlier step on the timeline: the run from there is replaced
        by a new branch with the settings now in force; the old tail stays as a ghost."""
        row = self.state.replay_row
        h = self.history
        if row is None or h is None or row >= len(h) - 1:
            return False
        plan = self._plan_to(row)
        self.ghost = h.copy_rows(row)
        objective = self.problem.objective
        with np.errstate(over="ignore", invalid="ignore"):
            grads = np.array([objective.value_and_grad(h.thetas[max(row - 1, 0)])[1],
                              objective.value_and_grad(h.thetas[row])[1]])
        for buffer in self.histories:
            buffer.truncate(row + 1, grads)
        self._run_id += 1
        s = self.state.scenario
        self.trainer.branch(self._run_id, plan, (s.lr, s.optimizer))
        self.state.set_replay_row(None)
        self.state.set_status(PAUSED, step=row)
        self.run_started.emit()
        self.note = ("a new branch from step {step}", {"step": row})
        return True

    def _plan_to(self, row: int) -> list[tuple[int, float, str]]:
        """The first racer's updates up to `row` as they were made, in stretches of one
        base rate and rule: what brings a new loop to exactly that row."""
        h, schedule = self.history, parse_schedule(self.state.scenario.schedule)
        plan: list[tuple[int, float, str]] = []
        for t in range(row):  # the update leaving row t
            base, key = float(h.lrs[t]) / schedule.factor(t), h.optimizer_at(t)
            if plan and plan[-1][1:] == (base, key):
                plan[-1] = (plan[-1][0] + 1, base, key)
            else:
                plan.append((1, base, key))
        return plan

    def _racer_settings(self) -> list[tuple[float, str, int | str]]:
        return [(r.lr, r.optimizer, r.batch_size) for r in [self.state.own_racer()] + list(self.state.racers)]

    def _on_training_lost(self) -> None:
        """The training process ended unasked (killed, out of memory): the run so far
        stays, paused at its last step, and a new process is brought to that step to go on."""
        if not self.histories or self.state.status in ENDED:
            return  # nothing was being computed; the next run starts a new process
        row = len(self.history) - 1
        s = self.state.scenario
        self.trainer.resume(self._run_id, self.problem, self._racer_settings(), self._plan_to(row),
                            (s.lr, s.optimizer))
        self._play_when_ready = False
        self.note = ("the training's process ended at step {step}; Play goes on from there", {"step": row})
        self.state.set_status(PAUSED if row else READY, step=row)

    def play(self) -> None:
        self._branch_here()
        status = self.state.status
        self._play_when_ready = status == COMPUTING  # Play pressed while the landscape is computed
        if status in ENDED:
            self.new_run()
        if self.state.status in (READY, PAUSED) and self.histories:
            self.state.set_replay_row(None)  # back to the newest step, and on from there
            self.note = None
            self.state.set_status(RUNNING)
            self.worker_idle = False
            self.trainer.play()

    def pause(self) -> None:
        self._play_when_ready = False
        self.trainer.pause()
        if self.state.status == RUNNING:
            self.state.set_status(PAUSED)


    def step(self) -> None:
        """One recorded step forward on the timeline, or at its end one new update."""
        row = self.state.replay_row
        if row is not None and self.history is not None and self.state.status != RUNNING:
            self.state.set_replay_row(row + 1 if row + 1 < len(self.history) - 1 else None)
            return
        if self.state.status in (READY, PAUSED, RUNNING) and self.histories:
            self.note = None
            self.state.set_status(PAUSED)
            self.trainer.step_once()

    def back(self) -> None:
        """One recorded step back on the timeline (while not running)."""
        h = self.history
        if h is None or len(h) < 2 or self.state.status == RUNNING:
            return
        row = len(h) - 1 if self.state.replay_row is None else self.state.replay_row
        self.state.set_replay_row(max(row - 1, 0))

    def toggle(self) -> None:
        if self.state.status == RUNNING or self._play_when_ready:
            self.pause()
        else:
            self.play()

    def _on_steps(self, run_id: int, chunks) -> None:
        if run_id != self._run_id or not self.histories:
            return  # from a run that was replaced meanwhile
        for buffer, chunk in zip(self.histories, chunks):
            buffer.append(chunk)
        self.state.step = int(self.histories[0].steps[-1])
        self.steps_added.emit()

    def _on_halted(self, run_id: int) -> None:
        if run_id == self._run_id and self.state.status != RUNNING:
            self.worker_idle = True

    def _on_restated(self, run_id: int, row) -> None:
        if run_id == self._run_id and self.histories:
            self.histories[0].replace_last(row)
            self.steps_added.emit()

    def _on_stopped(self, run_id: int, loop_status: str) -> None:
        if run_id != self._run_id or not self.histories:
            return
        h = self.histories[0]
        self.worker_idle = True
        self.state.set_status(run_status(loop_status, h.grad_norms, self.state.scenario.loss))

    def racer_status(self, index: int) -> str:
        """converged, finished, diverged or running, by DESIGN.md's one rule."""
        h = self.histories[index]
        return run_status(h.status, h.grad_norms, self.state.scenario.loss)
