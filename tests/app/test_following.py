"""Animations follow the weights: every frame's landscape holds the path so far, starts
around the start and the minimum, and only widens."""
import numpy as np
from PIL import Image

from lossplay.core import build_problem, train
from lossplay.core.lessons import load_lessons
from lossplay.plots.following import FollowingScenes
from lossplay.core.landscape import evaluate_landscape, widened_plane
from lossplay.plots.scene import build_scene, scene_from


def diverging():
    lesson = next(lesson for lesson in load_lessons() if lesson.name == "too-large-learning-rate")
    scenario = lesson.scenario_for(0)
    return build_scene(scenario, axes=(0, 1)), train(build_problem(scenario))


def bounds(scene):
    p = scene.plane
    return p.alphas[0], p.alphas[-1], p.betas[0], p.betas[-1]


def test_each_frame_holds_the_path_so_far_and_the_region_only_grows():
    scene, history = diverging()
    following = FollowingScenes(scene, history)
    path = scene.plane.project(history.thetas)
    spans = []
    for rows in range(1, len(path) + 1):
        a0, a1, b0, b1 = bounds(following.scene_for(rows))
        xy = path[:rows][np.isfinite(path[:rows]).all(axis=1)]
        assert (xy[:, 0] >= a0).all() and (xy[:, 0] <= a1).all() and (xy[:, 1] >= b0).all() and (xy[:, 1] <= b1).all()
        spans.append(max(a1 - a0, b1 - b0))
    assert spans == sorted(spans)
    assert spans[-1] > 100 * spans[0]  # the last frame shows where it went
    assert following.scene_for(5) is following.scene_for(5)  # the same frame, the same landscape


def test_a_landscape_framed_on_the_whole_run_starts_where_the_run_started():
    scene, history = diverging()
    path = scene.plane.project(history.thetas)
    whole = widened_plane(scene.plane, path[np.isfinite(path).all(axis=1)])
    framed = scene_from(scene.problem, whole, evaluate_landscape(scene.problem.objective, whole))
    a0, a1, b0, b1 = bounds(FollowingScenes(framed, history).scene_for(1))
    first = np.vstack([path[:2], scene.start_xy[None], scene.minimum_xy[None]])
    assert max(a1 - a0, b1 - b0) <= 2.0 * np.ptp(first, axis=0).max() < 0.01 * np.ptp(whole.alphas)


def test_the_gif_of_a_diverging_run_keeps_changing_to_its_end(tmp_path):
    from lossplay.cli import main
    assert main(["run", "--lesson", "too-large-learning-rate", "--variant", "1", "--animate", "gif",
                 "--out", str(tmp_path / "run")]) == 0
    with Image.open(tmp_path / "run" / "run.gif") as gif:  # read back by Pillow
        frames = []
        for k in range(gif.n_frames):
            gif.seek(k)
            frames.append(np.asarray(gif.convert("RGB"), dtype=np.int16))
    changed = [np.mean(np.any(a != b, axis=2)) for a, b in zip(frames, frames[1:])]
    steps = len(changed) - 1  # the last frame is held
    late = changed[steps // 2: steps]
    assert min(late) > 0.001  # every frame of the second half still moves: the view follows
