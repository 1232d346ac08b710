"""A new scene reaches the window over three turns of the event loop (the landscape, then
the data views, then the new run), so that no single turn holds the GUI thread long
(issue 8). These tests pin the order and what a change made between the turns does."""
from lossplay.app.window import READY


def record_arrival(window):
    """(event, facts) for each step of a scene's arrival, in the order they came."""
    c, seen = window.controller, []
    c.landscape_changed.connect(lambda: seen.append(("landscape", c.scene, c.history)))
    c.scene_changed.connect(lambda: seen.append(("data views", c.scene, window.data_view._scene)))
    c.run_started.connect(lambda: seen.append(("run", c.scene, window.data_view._scene)))
    return seen


def wait_for(qtbot, window, **scenario):
    qtbot.waitUntil(lambda: window.state.status == READY and window.history is not None and len(window.history) == 1
                    and all(getattr(window.controller.problem.scenario, k) == v for k, v in scenario.items()),
                    timeout=30000)


def test_the_landscape_comes_first_and_the_old_run_is_never_drawn_on_it(qtbot, window):
    seen = record_arrival(window)
    # Another model: the old run's 2 weights do not even fit the new scene's MLP.
    window.state.edit(data="moons", model="mlp")
    wait_for(qtbot, window, data="moons", model="mlp")
    assert [event for event, *_ in seen] == ["landscape", "data views", "run"]
    (_, scene, history), (_, scene2, shown), (_, scene3, shown3) = seen
    assert history is None  # the old run was dropped with the old scene
    assert scene is scene2 is scene3 is window.controller.scene
    assert shown is scene and shown3 is scene  # the data view had the scene before the run began
    assert window.landscape.scene_shown is scene
    hidden = window.controller.problem.scenario.hidden
    assert len(window.history.thetas[0]) == 2 * hidden + hidden + hidden + 1  # W1, b1, w2, b2


def test_a_rate_typed_while_the_scene_arrives_starts_one_run_after_the_data_views(qtbot, window):
    seen = record_arrival(window)
    typed = []

    def type_a_rate():
        if not typed:  # as a person typing between two turns of the event loop
            typed.append(window.state.edit(lr=0.02))
    window.controller.landscape_changed.connect(type_a_rate)
    window.state.edit(samples=300)
    wait_for(qtbot, window, samples=300, lr=0.02)
    assert typed[0] is not None
    assert [event for event, *_ in seen] == ["landscape", "data views", "run"]
    assert seen[-1][2] is window.controller.scene


def test_new_data_chosen_while_the_scene_arrives_drops_the_rest_of_the_old_one(qtbot, window):
    seen = record_arrival(window)
    window.controller.landscape_changed.connect(
        lambda: window.state.edit(samples=400) if window.controller.scene.problem.dataset.X.shape[0] == 300 else None)
    window.state.edit(samples=300)
    wait_for(qtbot, window, samples=400)
    assert [event for event, scene, _ in seen if scene.problem.dataset.X.shape[0] == 300] == ["landscape"]
    assert [event for event, scene, _ in seen if scene is window.controller.scene] == \
        ["landscape", "data views", "run"]
    assert window.data_view._scene is window.controller.scene
    assert len(window.data_view.points_train.getData()[0]) + len(window.data_view.points_val.getData()[0]) == 400
