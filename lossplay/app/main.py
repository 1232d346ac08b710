"""`lossplay`: open the playground window."""
from __future__ import annotations

import argparse
import sys

from ..core import Scenario, ScenarioError
from ..core.session import load_session


def launch(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="lossplay", description="A playground for loss functions and gradient descent. "
                                     "`lossplay run --help` runs a scenario without a window.")
    parser.add_argument("session", nargs="?", metavar="SESSION", help="open this session file (.lossplay.json)")
    parser.add_argument("--scenario", metavar="FILE", help="open with this scenario JSON file")
    args = parser.parse_args(argv)
    try:
        scenario = (load_session(args.session) if args.session
                    else Scenario.load(args.scenario) if args.scenario else None)
    except ScenarioError as e:
        parser.exit(2, f"lossplay: error: {e}\n")

    from PySide6.QtWidgets import QApplication

    from ..plots.theme import configure_pyqtgraph
    from .window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("lossplay")
    app.setOrganizationName("lossplay")
    app.setApplicationDisplayName("lossplay")
    configure_pyqtgraph()
    window = MainWindow(scenario)
    app.setWindowIcon(window.windowIcon())
    window.show()
    return app.exec()
