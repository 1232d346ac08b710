"""MP4 through the ffmpeg that imageio-ffmpeg ships, with what ffmpeg says kept to itself.

imageio-ffmpeg lets ffmpeg write to the terminal and turns a failure into a ten-line
dump of its command line. Here ffmpeg's messages go to a temporary file, and a failure
is one line: the last thing ffmpeg said (or why it could not be started); the caller
names the file."""
from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from ..core.staging import OutputError

_CRF = 15  # the quality imageio-ffmpeg's quality=7 gives: no visible loss on flat plots


def _last_line(log) -> str:
    log.seek(0)
    lines = [line.strip() for line in log.read().decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def ffmpeg_command(exe: str, path: Path, size: tuple[int, int], fps: float) -> list[str]:
    width, height = size
    return [exe, "-y", "-f", "rawvideo", "-vcodec", "rawvideo", "-s", f"{width}x{height}", "-pix_fmt", "rgb24",
            "-r", f"{fps:.6g}", "-i", "-", "-an", "-vcodec", "libx264", "-pix_fmt", "yuv420p", "-crf", str(_CRF),
            "-v", "error", "-f", "mp4", str(path)]


def write_mp4(path: Path, frames: Iterable[np.ndarray], size: tuple[int, int], fps: float,
              tick: Callable[[int], None]) -> None:
    """Encode RGB `frames` (height, width, 3) of `size` (width, height) to `path`;
    `tick(done)` after each frame may raise to cancel (ffmpeg is then stopped)."""
    import imageio_ffmpeg

    try:
        exe = imageio_ffmpeg.get_ffmpeg_exe()
    except RuntimeError:
        raise OutputError("no ffmpeg was found to encode MP4; write a GIF instead") from None
    with tempfile.TemporaryFile() as log:
        try:
            process = subprocess.Popen(ffmpeg_command(exe, path, size, fps), stdin=subprocess.PIPE,
                                       stdout=subprocess.DEVNULL, stderr=log)
        except OSError as e:
            raise OutputError("ffmpeg could not be started ({reason})", reason=e.strerror or e) from None
        finished = cut_short = False
        try:
            for done, pixels in enumerate(frames, 1):
                try:
                    process.stdin.write(np.ascontiguousarray(pixels, dtype=np.uint8).tobytes())
                except OSError:  # ffmpeg has stopped reading: it says why below
                    cut_short = True
                    break
                tick(done)
            try:
                process.stdin.close()
            except OSError:
                pass
            process.wait()
            finished = True
        finally:
            if not finished:
                process.kill()
                process.wait()
        if process.returncode != 0 or cut_short:
            said = _last_line(log) or f"exit status {process.returncode}"
            raise OutputError("ffmpeg failed: {reason}", reason=said)
