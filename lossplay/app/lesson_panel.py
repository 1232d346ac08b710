"""The Lessons menu and the panel that shows a lesson: what to look at, and its
variants one click apart."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QDockWidget, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.lessons import Lesson, load_lessons
from ..i18n import bind, on_retranslate, tr


class LessonPanel(QDockWidget):
    def __init__(self, window) -> None:
        super().__init__(window)
        bind(self.setWindowTitle, "Lesson")
        self.setObjectName("lesson")
        self.window_ = window
        self.lessons = load_lessons()
        self.lesson: Lesson | None = None
        body = QWidget()
        # Text on the left, the variants beside it: under the views, the dock takes
        # little height and none of the landscape's width.
        columns = QHBoxLayout(body)
        words = QVBoxLayout()
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        bind(self.title.setAccessibleName, "Lesson title")
        self.text = QLabel()
        self.text.setWordWrap(True)
        bind(self.text.setAccessibleName, "Lesson text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words.addWidget(self.title)
        words.addWidget(self.text)
        words.addStretch(1)
        self.variant_column = QVBoxLayout()
        self.variant_column.addStretch(1)  # the variant buttons go above it
        columns.addLayout(words, 1)
        columns.addLayout(self.variant_column)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self.buttons.idClicked.connect(self.show_variant)
        self.setWidget(body)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.hide()

        menu = window.menuBar().addMenu("")
        bind(menu.setTitle, "&Lessons")
        for i, lesson in enumerate(self.lessons, 1):
            action = menu.addAction("")
            bind(lambda t, a=action, i=i: a.setText(f"{i}. {t}"), lesson.title, owner=action)
            bind(action.setStatusTip, lesson.text)
            action.triggered.connect(lambda checked=False, l=lesson: self.open(l))
        on_retranslate(self._show_texts, owner=self)

    def _show_texts(self) -> None:
        if self.lesson is None:
            return
        self.title.setText(tr(self.lesson.title))
        self.text.setText(tr(self.lesson.text))
        for i, variant in enumerate(self.lesson.variants):
            button = self.buttons.button(i)
            button.setText(tr(variant.label))
            button.setAccessibleName(tr(variant.label))
            button.setToolTip(tr("Set up: {variant}").format(variant=tr(variant.label)))

    def open(self, lesson: Lesson) -> None:
        self.lesson = lesson
        for button in self.buttons.buttons():
            self.buttons.removeButton(button)
            button.deleteLater()
        for i, variant in enumerate(lesson.variants):
            button = QPushButton()
            button.setCheckable(True)
            self.buttons.addButton(button, i)
            self.variant_column.insertWidget(i, button)
        self._show_texts()
        self.show()
        self._fit_height()
        for name in lesson.overlays:
            self.window_.overlay_action(name).setChecked(True)
        self.show_variant(0)

    def _fit_height(self) -> None:
        """As tall as its text needs at the dock's width, and no taller: the views keep the rest."""
        buttons = max((b.sizeHint().width() for b in self.buttons.buttons()), default=0)
        text_width = self.window_.width() - buttons - 60
        words = self.title.sizeHint().height() + self.text.heightForWidth(text_width)
        column = sum(b.sizeHint().height() + 6 for b in self.buttons.buttons())
        needed = max(words, column) + 40  # the dock's title bar and margins
        self.window_.resizeDocks([self], [min(needed, self.window_.height() // 3)], Qt.Orientation.Vertical)

    def show_variant(self, index: int) -> None:
        if self.lesson is None:
            return
        self.buttons.button(index).setChecked(True)
        scenario = self.lesson.scenario_for(index)  # the whole scenario: nothing of the last lesson stays
        self.window_.load_scenario(scenario, axes=self.lesson.axes_for(scenario))
