"""The window trains in a process of its own: the same numbers as a run in this process,
started only when needed, and gone with the window."""
import os

import numpy as np

from lossplay.app.workers import TrainingWorker
from lossplay.core import Run, Scenario, build_problem


class Events:
    def __init__(self, worker: TrainingWorker) -> None:
        self.chunks, self.restated, self.halted, self.stopped = [], [], [], []
        worker.steps_ready.connect(lambda run_id, chunks: self.chunks.append((run_id, chunks)))
        worker.restated.connect(lambda run_id, row: self.restated.append((run_id, row)))
        worker.halted.connect(self.halted.append)
        worker.stopped.connect(lambda run_id, status: self.stopped.append((run_id, status)))

    def thetas(self, racer: int) -> np.ndarray:
        return np.vstack([chunks[racer].thetas for _, chunks in self.chunks])


def test_a_race_played_in_the_process_gives_the_numbers_of_runs_made_here(qtbot):
    problem = build_problem(Scenario(steps=400, model="mlp", data="xor", loss="bce", hidden=3))
    racers = [(0.05, "momentum", 8), (0.02, "adam", "all")]
    worker = TrainingWorker()
    events = Events(worker)
    worker.set_speed(0.0)
    worker.load(7, problem, racers)
    worker.set_lr(0.08)  # before the process exists: it must do this again there
    qtbot.waitUntil(lambda: len(events.restated) == 1)
    assert worker.pid is None  # no process yet: nothing has been played or stepped
    worker.step_once()
    worker.play()
    qtbot.waitUntil(lambda: bool(events.stopped), timeout=60000)
    assert worker.pid is not None and _alive(worker.pid)
    assert {run_id for run_id, _ in events.chunks} == {7} and events.stopped[0][0] == 7

    first = Run(problem, lr=0.05, optimizer="momentum", batch_size=8)
    row0 = first.advance(0).thetas
    first.lr = 0.08
    expected_first = np.vstack([row0, first.advance(400).thetas])
    expected_second = Run(problem, lr=0.02, optimizer="adam", batch_size="all").advance(400).thetas
    steps = np.concatenate([chunks[0].steps for _, chunks in events.chunks])
    np.testing.assert_array_equal(steps, np.arange(401))  # every row once, in order
    np.testing.assert_allclose(events.thetas(0), expected_first, rtol=0, atol=1e-12)
    np.testing.assert_allclose(events.thetas(1), expected_second[:len(events.thetas(1))], rtol=0, atol=1e-12)
    assert len(events.thetas(1)) == 401
    worker.shutdown()
    qtbot.waitUntil(lambda: not _alive(worker.pid), timeout=30000)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_pause_in_the_process_says_halted_after_every_step_it_sent(qtbot):
    problem = build_problem(Scenario(steps=1_000_000))
    worker = TrainingWorker()
    events = Events(worker)
    worker.set_speed(0.0)
    worker.load(1, problem, [(0.01, "sgd", "all")])
    worker.play()
    qtbot.waitUntil(lambda: len(events.chunks) > 3, timeout=30000)
    worker.pause()
    qtbot.waitUntil(lambda: bool(events.halted), timeout=30000)
    sent = len(events.chunks)
    worker.step_once()
    qtbot.waitUntil(lambda: len(events.chunks) == sent + 1, timeout=30000)
    last = events.chunks[-1][1][0]
    assert len(last.steps) == 1  # one new step: nothing ran on after the pause
    assert not events.stopped
    worker.shutdown()
