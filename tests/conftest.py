import os

# GUI tests run without a display; set before any Qt module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import tempfile  # noqa: E402

# Recent files and other settings go to a throwaway folder, never the user's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="lossplay-test-config-")
