"""pyqtgraph views shared by the window and the headless exporter."""
