import os

# GUI tests run without a display; set before any Qt module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
