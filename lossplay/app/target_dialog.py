"""Which column(s) of a person's CSV file the model predicts: one column (regression or
classes), or several 0/1 columns, each a yes/no label of its own (multi-label data, as
`lossplay run --target a,b,c`)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..i18n import tr


class TargetDialog(QDialog):
    def __init__(self, parent: QWidget | None, columns: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Target column"))
        self.setMinimumWidth(380)  # the question in three lines, not five
        column = QVBoxLayout(self)
        question = QLabel(tr("Which column should the model predict? Tick several columns of 0 and 1 for "
                             "multi-label data: each becomes a yes/no label with its own sigmoid."))
        question.setWordWrap(True)
        column.addWidget(question)
        self.columns = QListWidget()
        self.columns.setAccessibleName(tr("Target columns"))
        for i, name in enumerate(columns):
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if i == len(columns) - 1 else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        column.addWidget(self.columns, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.columns.itemChanged.connect(self._allow)
        self._allow()

    def chosen(self) -> list[str]:
        """The ticked columns, in the file's order."""
        items = (self.columns.item(i) for i in range(self.columns.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def target(self) -> str:
        """As `--target` takes it: one column's name, or several joined by commas."""
        return ",".join(self.chosen())

    def _allow(self, *_) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))
