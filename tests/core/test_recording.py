"""Long runs in bounded memory (issue 9): history.csv written as the run goes, every row
of it, and a decimated history for the plots that keeps what they and summary.json need."""
import csv
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from lossplay.core import Scenario, build_problem, train
from lossplay.core.recording import Decimator, train_recorded
from lossplay.core.runfiles import history_csv


def test_the_streamed_file_is_the_whole_history_row_for_row(tmp_path):
    problem = build_problem(Scenario(steps=25_000, lr=0.05))  # three chunks of the training loop
    path = tmp_path / "history.csv"
    kept = train_recorded(problem, path, Decimator(head=100, tail=50))
    full = train(problem)
    assert path.read_text() == history_csv(full, problem.param_names, True)
    rows = list(csv.DictReader(path.open()))
    assert len(rows) == 25_001 and rows[-1]["step"] == "25000"
    np.testing.assert_array_equal([float(rows[-1]["w"]), float(rows[-1]["b"])], full.thetas[-1])
    # what the plots keep: the first 100 rows one for one, then at most 50 evenly spaced, and the end
    assert list(kept.steps[:100]) == list(range(100))
    tail = kept.steps[100:]
    assert len(tail) <= 52 and tail[-1] == 25_000 and tail[-2] == 24_999
    stride = np.diff(tail[:-2])
    assert (stride == stride[0]).all() and stride[0] * 50 >= 25_000 - 100
    np.testing.assert_array_equal(kept.thetas, full.thetas[kept.steps])
    np.testing.assert_array_equal(kept.losses, full.losses[kept.steps])
    np.testing.assert_array_equal(kept.grad_norms, full.grad_norms[kept.steps])
    assert kept.status == full.status


def test_a_diverged_run_keeps_its_last_finite_row(tmp_path):
    problem = build_problem(Scenario(steps=100_000, lr=1.02))  # just above the critical rate
    full = train(problem)
    assert full.status == "diverged" and full.diverged_at_step > 100
    kept = train_recorded(problem, None, Decimator(head=10, tail=8))
    assert kept.diverged_at_step == full.diverged_at_step and kept.status == "diverged"
    assert list(kept.steps[-2:]) == [full.diverged_at_step - 1, full.diverged_at_step]
    np.testing.assert_array_equal(kept.thetas[-2:], full.thetas[-2:])
    assert np.isfinite(kept.losses[-2])


def test_without_a_decimator_every_row_is_kept(tmp_path):
    problem = build_problem(Scenario(steps=300, data="pass_fail", loss="hinge", batch_size=8))
    full, recorded = train(problem), train_recorded(problem)
    np.testing.assert_array_equal(recorded.thetas, full.thetas)
    np.testing.assert_array_equal(recorded.steps, full.steps)


MEMORY_CAPPED = textwrap.dedent("""
    import resource, sys, pathlib
    from lossplay.core import Scenario
    from lossplay.core.runfiles import run_scenario, write_outputs
    out = pathlib.Path(sys.argv[1])
    vm = int(open("/proc/self/status").read().split("VmSize:")[1].split()[0]) * 1024
    # the address space this process has after its imports, and 120 MB more
    resource.setrlimit(resource.RLIMIT_AS, (vm + 120_000_000, resource.RLIM_INFINITY))
    result = run_scenario(Scenario(steps=400_000), grid=51, history_to=out / "history.csv")
    write_outputs(result, out)
""")


def test_a_long_run_stays_within_a_memory_cap(tmp_path):
    """400,000 steps: the full history and its CSV text would take 250 MB more."""
    env = dict(os.environ, MALLOC_ARENA_MAX="1", OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    result = subprocess.run([sys.executable, "-c", MEMORY_CAPPED, str(tmp_path)], capture_output=True, text=True,
                            env=env, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    with open(tmp_path / "history.csv") as f:
        assert sum(1 for _ in f) == 400_002


@pytest.mark.parametrize("scenario", [Scenario(steps=120, lr=0.05), Scenario(data="blobs", classes=4, steps=60, batch_size=16),
                                      Scenario(data="xor", model="mlp", hidden=6, steps=40)],
                         ids=["mse", "softmax, mini-batches", "mlp"])
def test_validation_losses_scored_a_chunk_at_a_time_are_each_rows_own(scenario):
    """The validation loss of every row, from the formula, at that row's theta."""
    problem = build_problem(scenario)
    history = train_recorded(problem)
    Xv, yv = problem.val_objective.X, problem.val_objective.y
    for theta, val in zip(history.thetas, history.val_losses):
        if problem.model.__class__.__name__ == "MLPModel":
            k, h = Xv.shape[1], problem.model.hidden
            W1, W2 = theta[:k * h].reshape(k, h), theta[k * h:k * h + h]
            b1, b2 = theta[k * h + h:k * h + 2 * h], theta[-1]
            raw = np.tanh(Xv @ W1 + b1) @ W2 + b2
            expected = np.mean(np.logaddexp(0.0, -yv * raw))  # logistic on -1/+1 labels
        elif problem.model.outputs == 1:
            raw = Xv @ theta[:-1] + theta[-1]
            expected = np.mean((raw - yv) ** 2)
        else:
            C, k = problem.model.outputs, Xv.shape[1]
            raw = Xv @ theta[:k * C].reshape(k, C) + theta[k * C:]
            log_p = raw - np.log(np.exp(raw - raw.max(axis=1, keepdims=True)).sum(axis=1, keepdims=True)) \
                - raw.max(axis=1, keepdims=True)
            expected = -np.mean((yv * log_p).sum(axis=1))  # one-hot targets
        assert val == pytest.approx(expected, rel=1e-12)
