"""The window trains in a process of its own (on a thread where processes are not
forked): the same numbers as a run in this process, started only when needed, and gone
with the window."""
import numpy as np
import pytest

from lossplay.app import worker_processes
from lossplay.app.workers import LandscapeBuilder, TrainingWorker
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


@pytest.fixture(params=["process", "thread"])
def where(request, monkeypatch):
    """Each test once with the work in processes, once on threads (macOS, Windows)."""
    if request.param == "thread":
        monkeypatch.setattr(worker_processes, "FORKS", False)
    return request.param


def test_a_race_played_in_the_process_gives_the_numbers_of_runs_made_here(qtbot, process_ended, where):
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
    qtbot.waitUntil(lambda: worker.pid is not None or where == "thread")
    assert where == "thread" or not process_ended(worker.pid)
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
    if where == "process":
        qtbot.waitUntil(lambda: process_ended(worker.pid), timeout=30000)


def test_pause_in_the_process_says_halted_after_every_step_it_sent(qtbot, where):
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


def test_landscapes_come_newest_first_and_a_failure_comes_back_as_its_message(qtbot, where):
    from lossplay.core import ScenarioError

    delivered = []
    builder = LandscapeBuilder(lambda generation, result: delivered.append((generation, result)))
    for generation, samples in enumerate([200, 300, 400], start=1):
        builder.request(generation, Scenario(samples=samples), None)
    qtbot.waitUntil(lambda: bool(delivered) and delivered[-1][0] == 3, timeout=30000)
    assert all(generation in (1, 2, 3) for generation, _ in delivered)
    scene = delivered[-1][1]
    assert scene.problem.scenario.samples == 400
    # The scene's landscape is the problem's objective on the plane's grid (spot checks).
    plane = scene.plane
    for i, j in ((0, 0), (100, 37), (200, 200)):
        theta = plane.point(plane.alphas[j], plane.betas[i])
        assert scene.values[i, j] == pytest.approx(scene.problem.objective.value_and_grad(theta)[0], rel=1e-6)
    builder.request(4, Scenario(model="linear", data="xor", loss="mse", lr=-1.0), None)
    qtbot.waitUntil(lambda: delivered[-1][0] == 4, timeout=30000)
    assert isinstance(delivered[-1][1], ScenarioError) and "lr" in str(delivered[-1][1])
    builder.close()


def test_a_training_process_that_dies_leaves_the_run_paused_and_play_goes_on_exactly(qtbot, open_window):
    import os
    import signal

    from lossplay.app.window import PAUSED, RUNNING

    # Adam on mini-batches: going on exactly needs its moments and the batch order back.
    win = open_window(Scenario(steps=1_000_000, optimizer="adam", lr=0.05, batch_size=8))
    win.speed.setCurrentIndex(win.speed.findData(0.0))
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.controller.trainer.pid is not None and len(win.history) > 100, timeout=30000)
    os.kill(win.controller.trainer.pid, signal.SIGKILL)  # as the out-of-memory killer would
    qtbot.waitUntil(lambda: win.state.status == PAUSED, timeout=30000)
    killed_at = len(win.history) - 1
    assert f"process ended at step {killed_at}" in win.status_line.text()
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.state.status == RUNNING and len(win.history) > killed_at + 300, timeout=30000)
    win.play_action.trigger()
    qtbot.waitUntil(lambda: win.state.status == PAUSED and win.controller.worker_idle, timeout=30000)
    h = win.history
    expected = Run(win.controller.problem, lr=0.05, optimizer="adam", batch_size=8).advance(len(h) - 1).thetas
    np.testing.assert_array_equal(h.steps, np.arange(len(h)))  # every row once, in order
    np.testing.assert_allclose(h.thetas, expected, rtol=0, atol=1e-12)
