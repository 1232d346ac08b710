"""`lossplay` opens the window; `lossplay run ... --out DIR` runs a scenario headless."""
from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from . import interrupts
from .cli_language import language_in, words, words_of
from .core.data import DATA_KINDS
from .core.losses import LOSSES
from .core.models import MODEL_KINDS
from .core.optimizers import OPTIMIZERS
from .core.status import run_status
from .core.limits import FPS_RANGE, check_fps, check_grid
from .core.messages import one_line, shown, translated
from .core.scenario import Scenario, ScenarioError


class _Parser(argparse.ArgumentParser):
    """Bad input ends with one line and exit status 2, never a usage dump or traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own words (its gettext message id), in the language chosen (cli_language)
        self.exit(2, argparse._("%(prog)s: error: %(message)s\n") % {"prog": self.prog, "message": one_line(message)})


def _refused(template: str, **values) -> argparse.ArgumentTypeError:
    """argparse's error for a value, in the command line's language."""
    return argparse.ArgumentTypeError(words(template).format(**values))


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        digits = text.strip().lstrip("+-")
        if digits.isdigit():  # Python reads integers of up to 4,300 digits
            raise _refused("must be a whole number, got a number of {count:,} digits", count=len(digits)) from None
        raise _refused("must be a whole number, got '{value}'", value=shown(text)) from None


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise _refused("must be a number, got '{value}'", value=shown(text)) from None


def _batch_size(text: str) -> int | str:
    if text == "all":
        return "all"
    try:
        return int(text)
    except ValueError:
        raise _refused("must be 'all' or a whole number, got '{value}'", value=shown(text)) from None


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise _refused("must be WIDTHxHEIGHT such as 800x600, got '{value}'", value=shown(text)) from None
    if not (64 <= width <= 7680 and 64 <= height <= 4320):
        raise _refused("must be between 64x64 and 7680x4320, got '{value}'", value=shown(text))
    return width, height


def _start(text: str) -> tuple[float, ...]:
    try:
        return tuple(float(v) for v in text.split(","))
    except ValueError:
        raise _refused("must be numbers separated by commas, got '{value}'", value=shown(text)) from None


def _folder(text: str) -> str:
    if not text:
        raise _refused("needs a folder name (--out= is empty)")
    if not text.strip():  # a folder named ' ' is a typo, and invisible in a file manager
        raise _refused("needs a folder name, not only blank space ('{value}')", value=shown(text))
    return text


def run_parser() -> argparse.ArgumentParser:
    """The parser of `lossplay run`, its words in the command line's language (cli_language)."""
    def h(template: str, **values) -> str:
        return words(template).format(**values)

    p = _Parser(prog="lossplay run", description=h("Run a scenario without a window and write its numbers."))
    add = p.add_argument
    add("--scenario", metavar="FILE", help=h("start from this scenario JSON file; the flags below override it"))
    add("--lesson", metavar="NAME", help=h("start from a lesson's scenario (`lossplay lessons` lists them)"))
    add("--variant", type=_whole, default=1, metavar="N", help=h("which of the lesson's variants, from 1 (default 1)"))
    add("--data", metavar="KIND", help=h("data set: {kinds}, or csv:PATH for your own (default house)",
                                         kinds=", ".join(DATA_KINDS)))
    add("--target", metavar="COLUMN", help=h("the target column of csv:PATH data (default: the last column); several "
                                             "0/1 columns separated by commas (--target a,b,c) make multi-label data"))
    add("--numeric-only", action="store_true", default=None, help=h(
        "csv:PATH data: leave out the feature columns that are not all numbers (text, or a missing value) instead of "
        "refusing the file"))
    add("--features", type=_whole, help=h("house-price features: 1 size, 2 + rooms, 3 + distance (default 1)"))
    add("--classes", type=_whole, help=h("number of classes for blobs, 2 to 5 (default 2)"))
    add("--labels", type=_whole, help=h("yes/no labels per sample of multilabel data, 2 to 5 (default 3)"))
    add("--samples", type=_whole, help=h("number of samples, training and validation together (default 200)"))
    add("--noise", type=_number, help=h("noise level, 0 for none (default 0.2)"))
    add("--outliers", type=_whole, help=h("house prices made far off, to show what mse does with them (default 0)"))
    add("--scale", metavar="standard|none", help=h("feature scaling from the training split (default standard)"))
    add("--val-fraction", type=_number, help=h("fraction of samples held out for validation (default 0.2)"))
    add("--test-fraction", type=_number, help=h("fraction of samples held out as a test set: never trained on, scored "
                                                "once at the end in summary.json's metrics (default 0)"))
    add("--seed", type=_whole, help=h("seed of the data, the start of the MLP and the mini-batches (default 0)"))
    add("--model", metavar="|".join(MODEL_KINDS), help=h("model (default: linear, or multiclass for 3+ classes)"))
    add("--hidden", type=_whole, help=h("hidden units of the mlp (default 4)"))
    add("--loss", metavar="KEY", help=h("loss: {keys} (default {defaults})", keys=", ".join(LOSSES),
                                        defaults="mse / logistic / cross_entropy"))
    add("--huber-delta", type=_number, help=h("delta of the huber loss (default 1)"))
    add("--margin", type=_number, help=h("margin (delta) of the multiclass_hinge loss, > 0 (default 1)"))
    add("--label-smoothing", type=_number, metavar="E", help=h(
        "cross_entropy, sparse_cross_entropy and kl_div: targets (1 - E) one-hot + E / classes, 0 <= E < 1 (default 0)"))
    reg = p.add_mutually_exclusive_group()
    reg.add_argument("--l1", type=_number, metavar="L", help=h("add L * sum|w| to the objective"))
    reg.add_argument("--l2", type=_number, metavar="L", help=h("add L * sum w^2 to the objective"))
    add("--optimizer", metavar="KEY", help=h("optimizer: {keys} (default sgd)", keys=", ".join(OPTIMIZERS)))
    add("--lr", type=_number, help=h("learning rate (default 0.03)"))
    add("--schedule", metavar="SPEC", help=h(
        "learning-rate schedule, stepped after every update: constant, step:S:G (times G every S steps), exp:G (times "
        "G every step), cosine:T (cosine to 0 over T steps), warmup:K (linear from lr/K to lr over K steps) (default "
        "constant)"))
    add("--batch-size", type=_batch_size, metavar="all|N", help=h("all = batch GD, 1 = SGD, N = mini-batch (default all)"))
    add("--steps", type=_whole, help=h("number of updates (default 150)"))
    add("--start", type=_start, metavar="V1,V2,...", help=h(
        "initial parameters in order (write --start=-1,2 for a negative first value)"))
    add("--grid", type=_whole, default=201, help=h("landscape resolution per axis (default 201)"))
    add("--plane", default="pca", metavar="pca|P1,P2", help=h(
        "landscape plane for 3+ parameters: the run's principal directions (pca), or two parameters by name, e.g. "
        "w1,b (default pca)"))
    add("--animate", choices=["gif", "mp4"], help=h("also write run.gif or run.mp4: the path growing on the landscape"))
    add("--fps", type=_number, default=20.0, help=h(
        "frames per second of the animation, one frame per step, {low} to {high} (default 20)",
        low=f"{FPS_RANGE[0]:g}", high=f"{FPS_RANGE[1]:g}"))
    add("--captions", action="store_true", help=h(
        "a line under each figure: optimizer, learning rate, steps, final loss and result (animations always have one)"))
    add("--size", type=_size, default=(800, 600), metavar="WxH", help=h(
        "size of the plots and the animation (default 800x600)"))
    add("--theme", choices=["light", "dark", "contrast"], default="light", help=h(
        "colours of the plots and the animation: light, dark or contrast (high contrast, white on black) "
        "(default light)"))
    add("--lang", choices=["en", "ko"], default="en", help=h("language of the messages: en (English) or ko (Korean)"))
    add("--out", required=True, type=_folder, metavar="DIR", help=h(
        "directory for the numbers (summary.json, history.csv, data.csv, landscape.npz) and the plots (landscape, "
        "loss, data as .png and .svg)"))
    return p


_FLAG_TO_FIELD = {
    "data": "data", "target": "target", "numeric_only": "numeric_only", "features": "features", "classes": "classes", "samples": "samples", "noise": "noise",
    "outliers": "outliers", "scale": "scale", "val_fraction": "val_fraction", "seed": "seed",
    "test_fraction": "test_fraction", "labels": "labels", "margin": "margin", "label_smoothing": "label_smoothing",
    "model": "model", "hidden": "hidden", "loss": "loss", "huber_delta": "huber_delta",
    "optimizer": "optimizer", "lr": "lr", "schedule": "schedule", "batch_size": "batch_size", "steps": "steps", "start": "start",
}


def scenario_from_args(args: argparse.Namespace) -> Scenario:
    if args.lesson and args.scenario:
        raise ScenarioError("give --lesson or --scenario, not both")
    if args.lesson:
        from .core.lessons import find_lesson

        lesson = find_lesson(args.lesson)
        if not 1 <= args.variant <= len(lesson.variants):
            raise ScenarioError("lesson {name} has variants 1 to {count}, got {variant}", name=lesson.name, count=len(lesson.variants), variant=args.variant)
        base = lesson.scenario_for(args.variant - 1)
        if lesson.plane and args.plane == "pca":  # the lesson's own plane unless one is asked for
            args.plane = ",".join(lesson.plane)
    else:
        base = Scenario.load(args.scenario) if args.scenario else Scenario()
    changes = {field: getattr(args, flag) for flag, field in _FLAG_TO_FIELD.items()
               if getattr(args, flag) is not None}
    if args.l1 is not None:
        changes.update(regularizer="l1", lam=args.l1)
    elif args.l2 is not None:
        changes.update(regularizer="l2", lam=args.l2)
    return base.replace(**changes).validated()


def run(argv: list[str]) -> int:
    """`lossplay run`, every word of it in the language its --lang chooses."""
    with words_of(language_in(argv, _long_options(run_parser()))):
        return _run(argv)


def _long_options(parser: argparse.ArgumentParser) -> list[str]:
    return [o for action in parser._actions for o in action.option_strings if o.startswith("--")]


def _run(argv: list[str]) -> int:
    from .core.landscape_sums import find_blas
    from .core.runfiles import OutputError, run_scenario, write_outputs
    from .core.staging import staged_output

    parser = run_parser()  # made in the language chosen: its help headings are words too
    args = parser.parse_args(argv)
    say = _messages(args.lang)
    try:
        check_grid(args.grid)
        if args.animate:
            check_fps(args.fps)
        scenario = scenario_from_args(args)
        axes = _plane_axes(args.plane, scenario)
        with interrupts.interruptible():
            with interrupts.held():
                find_blas()
            with staged_output(Path(args.out)) as stage:
                result = run_scenario(scenario, grid=args.grid, axes=axes, history_to=stage / "history.csv")
                write_outputs(result, stage)
                with interrupts.held():  # Qt calls pyqtgraph's Python while it draws
                    _write_plots(result, stage, args)
                interrupts.finishing()
    except (ScenarioError, OutputError) as e:
        parser.error(translated(e, say))
    except MemoryError:
        parser.error(say("not enough memory for this run; try fewer samples, steps or grid points"))
    except KeyboardInterrupt:
        parser.exit(130, "lossplay run: " + say("interrupted; no partial file was left") + "\n")
    h = result.history
    values = dict(step=h.diverged_at_step, steps=int(h.steps[-1]), loss=f"{h.losses[-1]:.6g}", out=args.out)
    status = run_status(h.status, h.grad_norms, result.problem.scenario.loss)
    template = {"diverged": "diverged at step {step}: {steps} steps, final loss {loss}; wrote {out}",
                "converged": "converged: {steps} steps, final loss {loss}; wrote {out}",
                "finished": "finished: {steps} steps, final loss {loss}; wrote {out}"}[status]
    print(say(template).format(**values))
    return 0


_app = None  # the Qt application behind translated messages, kept alive


def _messages(lang: str):
    """English as written, or Korean from the window's compiled translation."""
    if lang == "en":
        return lambda text: text
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .i18n import set_language, tr

    global _app
    _app = QApplication.instance() or QApplication(["lossplay"])
    set_language(lang)
    return tr


def _plane_axes(plane: str, scenario: Scenario) -> tuple[int, int] | None:
    if plane == "pca":
        return None
    from .core import build_problem

    names = build_problem(scenario).param_names
    chosen = plane.split(",")
    if len(chosen) != 2 or not all(c in names for c in chosen) or chosen[0] == chosen[1]:
        raise ScenarioError("--plane takes pca or two different parameter names out of: {names}", names=', '.join(names))
    return names.index(chosen[0]), names.index(chosen[1])


def _write_plots(result, out: Path, args: argparse.Namespace) -> None:
    """The figures (and the animation) need Qt, drawn off screen: no display is needed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["lossplay"])  # noqa: F841 (kept alive while drawing)
    with _quiet_offscreen_warnings():
        _draw_plots(result, out, args)


def _draw_plots(result, out: Path, args: argparse.Namespace) -> None:
    from .plots import looks
    from .plots.caption import caption_text, final_status
    from .plots.export import write_animation, write_figures
    from .plots.scene import scene_from
    from .plots.theme import configure_pyqtgraph

    configure_pyqtgraph()
    looks.set_current(args.theme)
    scene = scene_from(result.problem, result.plane, result.landscape)
    width, height = args.size
    status = final_status(result.history, scene.scenario.loss)
    caption = caption_text(scene.scenario, result.history, status=status) if args.captions else None
    write_figures(scene, result.history, out, width, height, caption)
    if args.animate:
        bar = _ProgressBar("rendering run." + args.animate) if sys.stderr.isatty() else None

        def progress(done: int, total: int) -> bool:
            interrupts.check(inside=True)  # called by the animation's Python, between frames
            return bar.update(done, total) if bar else True

        write_animation(scene, result.history, out / f"run.{args.animate}", args.fps, width, height,
                        progress=progress)
        if bar:
            bar.done()


@contextmanager
def _quiet_offscreen_warnings():
    """The off-screen platform says it "does not support propagateSizeHints()" for every
    animation frame's widget: nothing a person can act on, so it is not printed. Only
    while drawing: a Python handler still installed when Qt tears down at exit crashes."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(one_line(message) + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


class _ProgressBar:
    """One line on stderr, redrawn in place."""

    def __init__(self, label: str) -> None:
        self.label = label

    def update(self, done: int, total: int) -> bool:
        filled = int(30 * done / max(total, 1))
        sys.stderr.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total} frames")
        sys.stderr.flush()
        return True

    def done(self) -> None:
        sys.stderr.write("\n")


def lessons(argv: list[str]) -> int:
    """`lossplay lessons`: each lesson's name, title, variants and text."""
    import textwrap

    from .core.lessons import load_lessons

    _Parser(prog="lossplay lessons", description="List the lessons; run one with "
            "`lossplay run --lesson NAME --variant N --out DIR`.").parse_args(argv)
    for lesson in load_lessons():
        print(f"{lesson.name}: {lesson.title}")
        print(textwrap.indent(textwrap.fill(lesson.text, 88), "    "))
        for i, variant in enumerate(lesson.variants, 1):
            print(f"    --variant {i}: {variant.label}")
        print()
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] == "run":
            return run(argv[1:])
        if argv and argv[0] == "lessons":
            return lessons(argv[1:])
    except BrokenPipeError:
        # The reader went away (`lossplay lessons | head -1`): stop quietly, and keep
        # Python from complaining again when it flushes stdout on exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    from .app.main import launch
    with words_of(_window_language(argv)):  # argparse's words, while the window reads its command line
        return launch(argv)


def _window_language(argv: list[str]) -> str:
    """The language `lossplay` (the window) will speak: --lang, else the last one chosen
    in the window, else the system's, as its start does."""
    from PySide6.QtCore import QSettings

    from .i18n import system_language

    chosen = QSettings("lossplay", "lossplay").value("language")
    default = chosen if chosen in ("en", "ko") else system_language()
    return language_in(argv, ["--help", "--scenario", "--lang"], default)


if __name__ == "__main__":
    sys.exit(main())
