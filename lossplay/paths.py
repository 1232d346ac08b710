"""Where the files shipped in resources/ are, installed or in a source checkout."""
from importlib.resources import files
from pathlib import Path

# Run from a source checkout, resources/ sits beside the lossplay package.
_SOURCE_TREE = Path(__file__).resolve().parents[1] / "resources"


def resource_path(name: str) -> Path:
    try:
        return Path(str(files("lossplay.resources") / name))
    except ModuleNotFoundError:
        return _SOURCE_TREE / name
