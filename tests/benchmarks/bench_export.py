"""Animation export speed: a 200-frame 800x600 GIF of a run, lossplay against matplotlib
(contourf + the path, FuncAnimation + PillowWriter) drawing the same frames in the same
process. Needs matplotlib (`pip install '.[bench]'`). Nothing is asserted.

    python tests/benchmarks/bench_export.py
"""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from lossplay.core import Scenario  # noqa: E402
from lossplay.core.runfiles import run_scenario  # noqa: E402
from lossplay.plots.export import write_animation  # noqa: E402
from lossplay.plots.scene import scene_from  # noqa: E402
from lossplay.plots.theme import configure_pyqtgraph  # noqa: E402

FRAMES = 200


def matplotlib_gif(result, path: Path) -> float:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.animation import FuncAnimation, PillowWriter

    plane, values, history = result.plane, result.landscape, result.history
    xy = plane.project(history.thetas)
    t = time.perf_counter()
    fig, ax = plt.subplots(figsize=(8, 6), dpi=100)
    ax.contourf(plane.alphas, plane.betas, np.log10(values - values.min() + 1e-4 * np.ptp(values)), levels=40,
                cmap="viridis")
    line, = ax.plot([], [], "w-o", markersize=3)
    ax.set_xlabel(plane.labels[0])
    ax.set_ylabel(plane.labels[1])

    def draw(k):
        line.set_data(xy[: k + 1, 0], xy[: k + 1, 1])
        return (line,)

    FuncAnimation(fig, draw, frames=len(xy)).save(str(path), writer=PillowWriter(fps=20))
    plt.close(fig)
    return time.perf_counter() - t


def main() -> None:
    QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    result = run_scenario(Scenario(steps=FRAMES - 1, lr=0.02))
    scene = scene_from(result.problem, result.plane, result.landscape)
    with tempfile.TemporaryDirectory() as out:
        t = time.perf_counter()
        frames = write_animation(scene, result.history, Path(out) / "run.gif", 20, 800, 600, with_loss=False)
        ours = time.perf_counter() - t
        theirs = matplotlib_gif(result, Path(out) / "mpl.gif")
    print(f"{frames}-frame 800x600 GIF (landscape with the growing path)")
    print(f"  lossplay    {ours:6.2f} s  (target <= 20 s)")
    print(f"  matplotlib  {theirs:6.2f} s  -> lossplay takes {ours / theirs:.2f}x matplotlib's time")


if __name__ == "__main__":
    main()
