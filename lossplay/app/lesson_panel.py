"""The Lessons menu and the panel that shows a lesson: what to look at, and its
variants one click apart."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QDockWidget, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.lessons import Lesson, load_lessons


class LessonPanel(QDockWidget):
    def __init__(self, window) -> None:
        super().__init__("Lesson", window)
        self.setObjectName("lesson")
        self.window_ = window
        self.lessons = load_lessons()
        self.lesson: Lesson | None = None
        body = QWidget()
        self.layout_ = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.title.setAccessibleName("Lesson title")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName("Lesson text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.text)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        self.buttons.idClicked.connect(self.show_variant)
        self.setWidget(body)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.hide()

        menu = window.menuBar().addMenu("&Lessons")
        for i, lesson in enumerate(self.lessons, 1):
            action = menu.addAction(f"{i}. {lesson.title}")
            action.setStatusTip(lesson.text.split(". ")[0])
            action.triggered.connect(lambda checked=False, l=lesson: self.open(l))

    def open(self, lesson: Lesson) -> None:
        self.lesson = lesson
        self.title.setText(lesson.title)
        self.text.setText(lesson.text)
        for button in self.buttons.buttons():
            self.buttons.removeButton(button)
            button.deleteLater()
        for i, variant in enumerate(lesson.variants):
            button = QPushButton(variant.label)
            button.setCheckable(True)
            button.setAccessibleName(variant.label)
            button.setToolTip(f"Set up: {variant.label}")
            self.buttons.addButton(button, i)
            self.layout_.insertWidget(2 + i, button)
        self.layout_.addStretch(1) if self.layout_.count() == 2 + len(lesson.variants) else None
        self.show()
        self.show_variant(0)

    def show_variant(self, index: int) -> None:
        if self.lesson is None:
            return
        self.buttons.button(index).setChecked(True)
        self.window_.load_scenario(self.lesson.scenario_for(index))
