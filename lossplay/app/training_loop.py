"""The window's training loop, free of Qt, and how it serves in a process of its own
(see worker_processes.py). Commands go in as (name, args), events come out as tuples:

    ("steps", run_id, [History per racer])
    ("restated", run_id, the first racer's last row with its new rate or rule)
    ("halted", run_id)                 paused; every step computed so far has been sent
    ("stopped", run_id, status)        the first racer's status once every racer stopped

Until the window first plays, steps or branches, the same loop runs in the window's own
process (nothing there costs more than a run's first row); the process then starts by
doing again what the loop did there.
"""
from __future__ import annotations

import time
from multiprocessing.connection import Connection

from ..core import History, Problem, Run
from ..core.training import RUNNING

MAX_SPEED = 0.0  # steps per second meaning "as fast as possible"
# At full speed, batches of half a frame: one is in for every frame the window draws,
# even on a busy machine.
BATCH_S = 1 / 120
MIN_INTERVAL_S = 0.016  # at a chosen speed, at most ~60 batches a second


class TrainingLoop:
    """Steps the runs of a race (one run, or up to four on the same problem) together at
    the chosen speed. Each command returns the events it caused."""

    def __init__(self) -> None:
        self.runs: list[Run] = []
        self.run_id = 0
        self.speed = 30.0
        self.playing = False
        self._steps_per_s = 2000.0  # learnt from the first batches
        self._owed = 0.0
        self._last = 0.0

    def load(self, run_id: int, problem: Problem, racers: list[tuple[float, str, int | str]]) -> list:
        """Fresh runs from the problem's start, one per (lr, optimizer, batch size), and
        their row 0. All racers share the seed, so equal batch sizes draw the same batches."""
        self.playing = False
        self.runs = [Run(problem, lr=lr, optimizer=opt, batch_size=batch) for lr, opt, batch in racers]
        self.run_id = run_id
        return self._sent([run.advance(0) for run in self.runs])

    def branch(self, run_id: int, plan: list[tuple[int, float, str]], new: tuple[float, str]) -> list:
        """The runs again from their start to an earlier row, as they went (`plan`: the
        first racer's updates in stretches of one base rate and rule; the others kept
        theirs), so that their optimizer state is exactly that row's; then the first racer
        goes on with the rate and rule `new`. Restates that row, and nothing else."""
        self.playing = False
        problem = self.runs[0].problem
        rows = sum(count for count, _, _ in plan)
        settings = [(run.lr, run.optimizer.key, run.batch_size) for run in self.runs]
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
        self.runs, self.run_id = [first] + others, run_id
        first.lr = new[0]
        if new[1] != first.optimizer.key:
            first.set_optimizer(new[1])
        return [("restated", run_id, first.last_row()), ("halted", run_id)]

    @property
    def running(self) -> bool:
        return any(run.status == RUNNING for run in self.runs)

    def play(self) -> list:
        if self.running:
            self.playing = True
            self._owed, self._last = 1.0, time.perf_counter()
        return []

    def pause(self) -> list:
        self.playing = False
        return [("halted", self.run_id)]

    def step_once(self) -> list:
        if not self.running:
            return []
        self.playing = False
        return self._sent([run.advance(1) for run in self.runs])

    def set_lr(self, lr: float) -> list:
        """The first racer follows the panel; the others keep their own settings."""
        if not self.runs:
            return []
        self.runs[0].lr = lr
        return [("restated", self.run_id, self.runs[0].last_row())]

    def set_optimizer(self, key: str) -> list:
        if not self.runs:
            return []
        self.runs[0].set_optimizer(key)
        return [("restated", self.run_id, self.runs[0].last_row())]

    def set_speed(self, steps_per_second: float) -> list:
        self.speed = steps_per_second
        return []

    def wait(self) -> float | None:
        """Seconds until the next batch is due; None while paused."""
        if not self.playing:
            return None
        if self.speed == MAX_SPEED:
            return 0.0
        interval = max(MIN_INTERVAL_S, 1.0 / self.speed)
        return max(0.0, self._last + interval - time.perf_counter())

    def tick(self) -> list:
        """The next batch of steps."""
        if not self.running:
            self.playing = False
            return []
        now = time.perf_counter()
        if self.speed == MAX_SPEED:
            # As many steps as a batch takes at the speed measured so far, in one call per run.
            count = max(1, int(self._steps_per_s * BATCH_S))
            chunks = [run.advance(count) for run in self.runs]
            made = max(len(chunks[0]) - 1, 1)
            self._steps_per_s = 0.5 * self._steps_per_s + 0.5 * made / max(time.perf_counter() - now, 1e-6)
            return self._sent(chunks)
        self._owed += (now - self._last) * self.speed
        self._last = now
        count = int(self._owed)
        if not count:
            return []
        self._owed -= count
        return self._sent([run.advance(count) for run in self.runs])

    def _sent(self, chunks: list[History]) -> list:
        events = [("steps", self.run_id, chunks)]
        if not self.running:
            self.playing = False
            events.append(("stopped", self.run_id, self.runs[0].status))
        return events


def serve_training(conn: Connection) -> None:
    """The training process (see worker_processes.py): first the commands the loop had in
    the window's process, done again without a word, then commands until the window goes
    away (the connection closes) or sends None."""
    loop = TrainingLoop()
    for name, args in conn.recv():
        getattr(loop, name)(*args)
    while True:
        if conn.poll(loop.wait()):
            command = conn.recv()
            if command is None:
                return
            name, args = command
            events = getattr(loop, name)(*args)
        else:
            events = loop.tick()
        for event in events:
            conn.send(event)
