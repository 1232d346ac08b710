"""lossplay: a desktop playground for loss functions and gradient descent."""
__version__ = "0.1.0"


def start() -> int:
    """The `lossplay` command. Ctrl+C while it still imports, before a run's own handling
    of signals begins, ends it quietly with 130, as an interrupted run does, not with a
    traceback from wherever the import was."""
    try:
        from .cli import main
        return main()
    except KeyboardInterrupt:
        return 130
