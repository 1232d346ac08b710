"""The processes that compute for the windows: training runs and landscapes.

Each window has a process for its runs and one for its landscapes, so that computing and
drawing each have a core and never take turns for one interpreter: on threads, training
at full speed got a third of a core while the window drew 60 frames a second, and a
landscape for 10,000 samples held up the window's frames. The processes are forked from a
zygote made once per application (`python -m lossplay.app.worker_processes FD`) that has
numpy and lossplay's core imported, so that a window's first Play starts at once. A
window talks to each through a `multiprocessing` connection; a process first sends its
pid, and a None message ends it. Nothing here imports Qt.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import traceback
from multiprocessing import Pipe
from multiprocessing.connection import Connection

from ..core import ScenarioError
from ..plots.scene import build_scene
from .training_loop import serve_training

TRAINING, LANDSCAPES = b"t", b"l"
# Training at full speed takes all the CPU it is given: drawing comes first, so that on a
# busy machine the window keeps its frames. Landscapes, which a person waits for, do not
# step back (at 10 they took seconds on a machine busy with other work).
TRAINING_NICENESS = 5
# Forking a process with numpy imported, and passing it a socket, are safe and tested on
# Linux; elsewhere (macOS's Accelerate is not fork-safe, Windows has no fork) the same
# work runs on threads of the window's process, as it did before.
FORKS = sys.platform == "linux" and os.environ.get("LOSSPLAY_WORKER_THREADS") != "1"

_zygote: tuple[subprocess.Popen, socket.socket] | None = None


def serve_landscapes(conn: Connection) -> None:
    """Scenes for requests (generation, scenario, axes, frame), the newest only: of the
    requests that came in while one was built, only the last is built. None ends it."""
    while True:
        request = conn.recv()
        while request is not None and conn.poll(0):
            request = conn.recv()
        if request is None:
            return
        generation, scenario, axes, frame = request
        try:
            result = build_scene(scenario, frame, axes)
        except ScenarioError as e:
            result = e
        except Exception as e:  # a bug: say so rather than leave the window waiting
            traceback.print_exc()
            result = RuntimeError(f"{type(e).__name__}: {e}")
        conn.send((generation, result))


def _serve(kind: bytes, conn: Connection, pid: int | None) -> None:
    try:
        conn.send(pid)
        SERVE[kind](conn)
    except (EOFError, OSError):  # the window closed, or its process ended
        pass
    finally:
        conn.close()


SERVE = {TRAINING: serve_training, LANDSCAPES: serve_landscapes}


def zygote(requests: socket.socket) -> None:
    """Forks a process for each request (a kind and one end of a socket pair) until the
    application ends (its end of `requests` closes)."""
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # ended processes leave no zombie
    while True:
        try:
            kind, fds, _, _ = socket.recv_fds(requests, 1, 1)
        except OSError:
            return
        if not kind:
            return
        for fd in fds:
            if os.fork() == 0:
                requests.close()
                if kind == TRAINING:
                    os.nice(TRAINING_NICENESS)
                try:
                    _serve(kind, Connection(fd), os.getpid())
                finally:
                    os._exit(0)
            os.close(fd)


def start_zygote() -> None:
    """The application's zygote, unless it is running (or work runs on threads here).
    Called as early as the window's start allows, so that it has imported what it needs
    by the first landscape."""
    global _zygote
    if not FORKS or (_zygote is not None and _zygote[0].poll() is None):
        return
    ours, theirs = socket.socketpair()
    env = dict(os.environ)
    # One core computes, the other draws: a second BLAS thread would only compete.
    env.setdefault("OPENBLAS_NUM_THREADS", "1")
    # The same lossplay as this process's, wherever it was imported from.
    here = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [here, env.get("PYTHONPATH")]))
    process = subprocess.Popen([sys.executable, "-m", "lossplay.app.worker_processes", str(theirs.fileno())],
                               pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, env=env)
    theirs.close()
    _zygote = process, ours


def start_process(kind: bytes) -> tuple[Connection, Connection]:
    """A new process of `kind` (a thread, where processes are not forked) and the
    window's two ends of its connection: one to read from, one to write to, each to be
    closed only by the thread that uses it (a number closed under another thread could be
    a new window's socket by the time that thread used it). The first message read is
    the process's pid (None for a thread)."""
    if not FORKS:
        commands_in, commands_out = Pipe(duplex=False)  # (the end that receives, the end that sends)
        events_in, events_out = Pipe(duplex=False)
        threading.Thread(target=_serve, args=(kind, _Duplex(commands_in, events_out), None), daemon=True,
                         name=f"lossplay-{kind.decode()}").start()
        return events_in, commands_out
    start_zygote()
    window_end, process_end = socket.socketpair()
    socket.send_fds(_zygote[1], [kind], [process_end.fileno()])
    process_end.close()
    reading = Connection(window_end.detach())
    return reading, Connection(os.dup(reading.fileno()))


class _Duplex:
    """Two one-way pipes as one connection, for the worker's side of a thread."""

    def __init__(self, incoming: Connection, outgoing: Connection) -> None:
        self.recv, self.poll, self.send = incoming.recv, incoming.poll, outgoing.send
        self._ends = (incoming, outgoing)

    def close(self) -> None:
        for end in self._ends:
            end.close()


if __name__ == "__main__":
    zygote(socket.socket(fileno=int(sys.argv[1])))
