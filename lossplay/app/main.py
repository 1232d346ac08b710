"""`lossplay`: open the playground window."""
from __future__ import annotations

import argparse
import ctypes.util
import os
import sys

from ..cli_language import words
from ..core import Scenario, ScenarioError
from ..core.messages import one_line, translated
from ..core.session import load_session

XCB_LIBRARIES = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1",
                 "xkbcommon-x11": "libxkbcommon-x11-0"}


def display_problem() -> tuple[str, dict] | None:
    """Why Qt could not open a window here (a template and its values), said before Qt
    aborts the process over it."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return ("no display to open the window on; start lossplay in a desktop session, or use "
                "`lossplay run ... --out DIR` for the numbers and plots without a window", {})
    missing = [package for library, package in XCB_LIBRARIES.items() if ctypes.util.find_library(library) is None]
    if missing:
        return ("Qt needs system libraries that are missing: on Debian or Ubuntu run `sudo apt install {packages}`, "
                "then start lossplay again", {"packages": " ".join(missing)})
    return None


def _refuse(parser: argparse.ArgumentParser, message: str) -> None:
    """One line and exit status 2, in argparse's words of the language chosen."""
    parser.exit(2, argparse._("%(prog)s: error: %(message)s\n") % {"prog": parser.prog, "message": one_line(message)})


def launch(argv: list[str]) -> int:
    """The window, its command line read in the language `words` speaks (cli_language:
    `lossplay` sets it from --lang, else the language last chosen, else the system's)."""
    parser = argparse.ArgumentParser(prog="lossplay", description=words(
        "A playground for loss functions and gradient descent. `lossplay run --help` runs a scenario without a "
        "window."))
    parser.add_argument("session", nargs="?", metavar="SESSION", help=words("open this session file (.lossplay.json)"))
    parser.add_argument("--scenario", metavar="FILE", help=words("open with this scenario JSON file"))
    parser.add_argument("--lang", choices=["en", "ko"], help=words(
        "language of the window: en (English) or ko (Korean); default: the last one chosen, else the system's"))
    args = parser.parse_args(argv)
    try:
        session = load_session(args.session) if args.session else None
        scenario = session.scenario if session else Scenario.load(args.scenario) if args.scenario else None
    except ScenarioError as e:
        _refuse(parser, translated(e, words))
    problem = display_problem()
    if problem:
        _refuse(parser, words(problem[0]).format(**problem[1]))

    # The processes that compute for the window come from this one; it imports numpy and
    # lossplay's core while this process imports Qt.
    from .worker_processes import start_zygote
    start_zygote()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ..i18n import set_language, system_language
    from ..plots.theme import configure_pyqtgraph
    from .window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("lossplay")
    app.setOrganizationName("lossplay")
    app.setApplicationDisplayName("lossplay")
    configure_pyqtgraph()
    set_language(args.lang or QSettings("lossplay", "lossplay").value("language") or system_language())
    window = MainWindow(scenario, tuple(session.race) if session is not None else ())
    app.setWindowIcon(window.windowIcon())
    window.show()
    return app.exec()
