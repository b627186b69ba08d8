"""The one dialog base: a form with a message beside each field, an error line, OK / Cancel, and a busy state
while one task runs on the DB thread.

The dialog stays open while the task runs; success closes it (:meth:`FormDialog._succeed`); a refusal
(``IllegalMove``, ``PermissionDenied``, any ``KnownError``) is shown in the error line in Vietnamese and a
``ValidationError`` lands beside its field, so the user can correct and retry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPushButton, QVBoxLayout, QWidget

from reception_app.models.errors import FieldError, ValidationError
from reception_app.ui.common.errors import error_text
from reception_app.ui.common.widgets import MessageLabel, PlainTextLabel

if TYPE_CHECKING:
    from reception_app.ui.common.tasks import Runner

Task = Callable[[], object]


class FormDialog(QDialog):
    """Fields (:meth:`add_field`), the error line :attr:`message_label`, OK / Cancel and the busy state.

    OK checks :meth:`field_errors` (shown beside the fields), then calls the task maker (GUI thread: it reads
    the fields) and runs the task it returns on the runner (DB thread: it must not touch widgets).

    Args:
        title: window title (never user text).
        parent: Qt parent.
        runner: the DB-thread task runner (may be given later with the task: :meth:`_set_task`).
        intro: a plain-text line above the form.
        hint: a greyed plain-text note under the form.
        min_width: the dialog's minimum width.
        ok_text: the text of an OK button of our own (None: the standard OK button).
    """

    accepts_without_task = False
    """OK on a dialog without a task: accept it (a plain input dialog) or do nothing."""
    log_as = "dialog task failed"
    """How an unexpected failure is named in the log (with the exception's type only)."""

    def __init__(
        self,
        title: str,
        parent: QWidget | None = None,
        *,
        runner: Runner | None = None,
        intro: str = "",
        hint: str = "",
        min_width: int = 480,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._runner = runner
        self._make_task: Callable[[], Task] | None = None
        self._field_check: Callable[[], dict[str, str]] = dict
        self._busy = False
        self.field_messages: dict[str, MessageLabel] = {}
        self.first_field: QWidget | None = None
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.message_label = MessageLabel(self)  # errors not tied to one field
        if ok_text is not None:
            self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
            self.ok_button: QPushButton = self.buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
            self.ok_button.setDefault(True)
        else:
            self.buttons = QDialogButtonBox(
                QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
            )
            self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.layout_ = QVBoxLayout(self)
        if intro:
            self.intro_label = PlainTextLabel(intro, self, word_wrap=True)
            self.layout_.addWidget(self.intro_label)
        self.layout_.addLayout(self.form)
        if hint:
            note = PlainTextLabel(hint, self, word_wrap=True)
            note.setEnabled(False)
            self.layout_.addWidget(note)
        self.layout_.addWidget(self.message_label)
        self.layout_.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(min_width)

    # --- for subclasses --------------------------------------------------------------------------------

    def add_field(self, name: str, label: str, widget: QWidget, *, extra: QWidget | None = None) -> None:
        """A row: ``widget`` (and ``extra``) with a hidden message underneath; ``name`` = the service's field."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if extra is not None:
            column.addWidget(extra)
        box.setFocusProxy(widget)  # the label's mnemonic (its buddy is the box) focuses the input
        message = MessageLabel(box)
        column.addWidget(message)
        self.field_messages[name] = message
        self.form.addRow(label, box)
        if self.first_field is None:
            self.first_field = widget

    def field_errors(self) -> dict[str, str]:
        """Problems with the current input, by field name (empty: valid)."""
        return self._field_check()

    def _set_task(self, make_task: Callable[[], Task], check: Callable[[], dict[str, str]] | None = None) -> None:
        self._make_task = make_task
        if check is not None:
            self._field_check = check

    def _fallback_text(self) -> str:
        """Shown for an unexpected error (details go to the log as the exception's type only)."""
        return ""

    def _field_label(self, error: FieldError) -> MessageLabel | None:
        """The message beside the field a service error names (None: shown in the error line)."""
        return self.field_messages.get(error.field)

    def _succeed(self, result: object) -> None:
        """The task succeeded: close (subclasses emit their signal too)."""
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)

    # --- public ------------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.first_field is not None:  # typing goes straight into the first field
            self.first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def field_message(self, name: str) -> str:
        """The message shown beside field ``name`` ("" when none)."""
        return self.field_messages[name].text() if name in self.field_messages else ""

    def is_busy(self) -> bool:
        """Whether the task is running."""
        return self._busy

    def submit(self) -> None:
        """Press OK."""
        self._on_buttons_accepted()

    def validate(self) -> bool:
        """Show each field's problem beside it; True when there is none."""
        errors = self.field_errors()
        for name, label in self.field_messages.items():
            label.show_message(errors.get(name, ""))
        return not errors

    # --- internals -----------------------------------------------------------------------------------------

    @Slot()
    def _on_buttons_accepted(self) -> None:
        if self._busy or (self._make_task is None and not self.accepts_without_task):
            return
        self.message_label.clear_message()
        if not self.validate():
            return
        if self._runner is None or self._make_task is None:
            self.accept()
            return
        self._run_task(self._make_task())

    def _run_task(self, task: Task) -> None:
        assert self._runner is not None  # noqa: S101 - a dialog that runs tasks was given a runner
        self._set_busy(True)
        self._runner.run(task, self._on_task_done, self._on_task_failed, context=self)

    def _on_task_done(self, result: object) -> None:
        self._set_busy(False)
        self._make_task = None  # the task closes over this dialog: break the cycle
        self._succeed(result)

    def _on_task_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message_label.show_message(self._failure_message(exc))

    def _failure_message(self, exc: BaseException) -> str:
        """Show a ``ValidationError``'s messages beside their fields; return what is left for the error line."""
        if not isinstance(exc, ValidationError):
            return error_text(exc, self._fallback_text(), log_as=self.log_as)
        rest = []
        for error in exc.errors:
            label = self._field_label(error)
            if label is None:
                rest.append(error.message)
            else:
                label.show_message(error.message)
        return "\n".join(rest)


class MoveDialog(FormDialog):
    """A :class:`FormDialog` whose OK runs one service call (a handling move, a protection step, a directory
    change) given by :meth:`configure`.

    Args:
        title: window title (never user text).
        runner: the DB-thread task runner.
        parent: Qt parent.
        intro: a plain-text line above the form.
        failure_text: shown for an unexpected error (details go to the log as the exception type only).

    Signals:
        move_done(object): the call succeeded; payload = its result. The dialog has closed.
    """

    move_done = Signal(object)
    log_as = "handling task failed"

    def __init__(
        self, title: str, runner: Runner, parent: QWidget | None = None, *, intro: str = "", failure_text: str = ""
    ) -> None:
        super().__init__(title, parent, runner=runner, intro=intro, min_width=560)
        self._failure_text = failure_text

    def configure(
        self, make_task: Callable[[], Callable[[], object]], check: Callable[[], dict[str, str]] | None = None
    ) -> None:
        """``check()`` returns field problems (GUI thread); ``make_task()`` reads the fields and returns the call
        to run on the DB thread (it must not touch widgets)."""
        self._set_task(make_task, check)

    def _fallback_text(self) -> str:
        return self._failure_text

    def _field_label(self, error: FieldError) -> MessageLabel | None:
        label = self.field_messages.get(error.field)
        return label if label is not None else self.field_messages.get(error.field.split(".")[0])

    def _succeed(self, result: object) -> None:
        self.accept()
        self.move_done.emit(result)
