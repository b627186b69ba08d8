"""Input dialog of the result notice (Thông báo kết quả xử lý đơn, Luật TCD Điều 28.1; issue 19)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from reception_app.models.recipients import RecipientRole
from reception_app.models.validation import MAX_NAME
from reception_app.printing.notices import ResultOutcome
from reception_app.ui.documents.document_dialogs import CitizenDocumentDialog, CopyChooser, DocumentRequestDialog


class ResultNoticeDialog(CitizenDocumentDialog):
    """The outcome (accepted, extended, not admissible, transferred), the receiving body when transferred,
    an optional reason, the presented identity and the copies (citizen, file)."""

    def __init__(self, parent: QWidget | None = None, *, reporters: int = 1) -> None:
        super().__init__(
            self.tr("Result notice to the citizen"),
            parent,
            hint=self.tr("Owed within 10 working days of receipt (Law on Citizen Reception, Article 28.1)."),
        )
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.addItem(self.tr("Accepted for resolution"), ResultOutcome.ACCEPTED.value)
        self.outcome_combo.addItem(self.tr("Acceptance review extended for verification"), ResultOutcome.EXTENDED.value)
        self.outcome_combo.addItem(self.tr("Not within jurisdiction or not admissible"), ResultOutcome.REJECTED.value)
        self.outcome_combo.addItem(self.tr("Transferred to the competent body"), ResultOutcome.TRANSFERRED.value)
        self.outcome_combo.setPlaceholderText(self.tr("Choose the outcome…"))
        self.outcome_combo.setCurrentIndex(-1)
        self.body_edit = QLineEdit(self)
        self.body_edit.setMaxLength(MAX_NAME)
        self.body_edit.setPlaceholderText(self.tr("only when transferred"))
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.reason_edit.setPlaceholderText(self.tr("optional"))
        self.add_field("outcome", self.tr("&Outcome:"), self.outcome_combo)
        self.add_field("body", self.tr("Transferred &to:"), self.body_edit)
        self.add_field("reason", self.tr("&Reason:"), self.reason_edit)
        self.add_citizen_widgets((RecipientRole.CITIZEN, RecipientRole.FILE), reporters)
        self.setMinimumWidth(560)

    def outcome(self) -> ResultOutcome | None:
        value = self.outcome_combo.currentData()
        return ResultOutcome(value) if isinstance(value, str) else None

    def select_outcome(self, outcome: ResultOutcome) -> None:
        self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(outcome.value))

    def body(self) -> str:
        return self.body_edit.text().strip()

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def field_errors(self) -> dict[str, str]:
        errors = self.citizen_errors()
        if self.outcome() is None:
            errors["outcome"] = self.tr("Choose the outcome.")
        if self.outcome() is ResultOutcome.TRANSFERRED and not self.body():
            errors["body"] = self.tr("Enter the body the petition was transferred to.")
        return errors


class ReceptionRecordDialog(CitizenDocumentDialog):
    """Biên bản tiếp công dân: the statement read back on screen in a large font (read-only: it is the case
    content, checked by the identity guard at intake), then who chaired, who took part, the conclusion and
    the citizen's opinion; printed in 02 copies (citizen, file) with the signature / fingerprint boxes."""

    READ_BACK_POINT_SIZE = 18

    def __init__(self, statement: str, parent: QWidget | None = None, *, reporters: int = 1) -> None:
        super().__init__(
            self.tr("Reception record"),
            parent,
            hint=self.tr(
                "Read the statement back to the citizen (or let them read it), then print two copies to be "
                "signed or fingerprinted: one for the citizen, one for the file."
            ),
        )
        self.read_back = QPlainTextEdit(self)
        self.read_back.setPlainText(statement)
        self.read_back.setReadOnly(True)
        self.read_back.setTabChangesFocus(True)
        font = self.read_back.font()
        font.setPointSize(self.READ_BACK_POINT_SIZE)
        self.read_back.setFont(font)
        self.read_back.setMinimumHeight(self.read_back.fontMetrics().lineSpacing() * 6 + 12)
        self.chair_edit = QLineEdit(self)
        self.chair_edit.setMaxLength(MAX_NAME)
        self.chair_edit.setPlaceholderText(self.tr("the receiving officer when empty"))
        self.participants_edit = QLineEdit(self)
        self.participants_edit.setMaxLength(MAX_NAME)
        self.participants_edit.setPlaceholderText(self.tr("optional"))
        self.conclusion_edit = QPlainTextEdit(self)
        self.conclusion_edit.setTabChangesFocus(True)
        self.conclusion_edit.setFixedHeight(self.conclusion_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.opinion_edit = QPlainTextEdit(self)
        self.opinion_edit.setTabChangesFocus(True)
        self.opinion_edit.setFixedHeight(self.opinion_edit.fontMetrics().lineSpacing() * 3 + 12)
        self.add_field("statement", self.tr("&Statement (read back):"), self.read_back)
        self.add_field("chair", self.tr("C&haired by:"), self.chair_edit)
        self.add_field("participants", self.tr("Also &present:"), self.participants_edit)
        self.add_field("conclusion", self.tr("&Conclusion:"), self.conclusion_edit)
        self.add_field("opinion", self.tr("Citizen's &opinion:"), self.opinion_edit)
        self.add_citizen_widgets((RecipientRole.CITIZEN, RecipientRole.FILE), reporters)
        self.setMinimumWidth(720)

    def chair(self) -> str:
        return self.chair_edit.text().strip()

    def participants(self) -> str:
        return self.participants_edit.text().strip()

    def conclusion(self) -> str:
        return self.conclusion_edit.toPlainText().strip()

    def opinion(self) -> str:
        return self.opinion_edit.toPlainText().strip()

    def field_errors(self) -> dict[str, str]:
        return self.citizen_errors()


class BodyLetterDialog(DocumentRequestDialog):
    """A letter to another body (trả lại đơn, đôn đốc, yêu cầu cấp dưới giải quyết): the body, the earlier
    letter's reference, and the copies (body, file). The body's copy never names a denouncer."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.body_edit = QLineEdit(self)
        self.body_edit.setMaxLength(MAX_NAME)
        self.body_edit.setPlaceholderText(self.tr("e.g. the commune People's Committee"))
        self.reference_edit = QLineEdit(self)
        self.reference_edit.setMaxLength(MAX_NAME)
        self.reference_edit.setPlaceholderText(self.tr("optional, e.g. no. 12/UBND dated 02/01/2027"))
        self.copy_chooser = CopyChooser((RecipientRole.BODY, RecipientRole.FILE), self)
        self.add_field("body", self.tr("&Body:"), self.body_edit)
        self.add_field("reference", self.tr("&Earlier letter:"), self.reference_edit)
        self.add_field("copies", "", self.copy_chooser)
        self.setMinimumWidth(560)

    def body(self) -> str:
        return self.body_edit.text().strip()

    def reference(self) -> str:
        return self.reference_edit.text().strip()

    def copies(self) -> tuple[RecipientRole, ...]:
        return self.copy_chooser.chosen()

    def field_errors(self) -> dict[str, str]:
        errors = {} if self.body() else {"body": self.tr("Enter the body.")}
        if not self.copies():
            errors["copies"] = self.tr("Choose at least one copy to print.")
        return errors


class ProtectionDecisionPrintDialog(DocumentRequestDialog):
    """The decision on protection measures (Luật Tố cáo Điều 52): the body that carries out the measures
    (optional) and the copies (protected person, executing body, file)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Protection decision"),
            parent,
            hint=self.tr("The executing body's copy shows the denouncer's code only."),
        )
        self.body_edit = QLineEdit(self)
        self.body_edit.setMaxLength(MAX_NAME)
        self.body_edit.setPlaceholderText(self.tr("optional, e.g. the provincial police"))
        self.copy_chooser = CopyChooser((RecipientRole.CITIZEN, RecipientRole.BODY, RecipientRole.FILE), self)
        self.add_field("executing_body", self.tr("E&xecuting body:"), self.body_edit)
        self.add_field("copies", "", self.copy_chooser)
        self.setMinimumWidth(560)

    def executing_body(self) -> str:
        return self.body_edit.text().strip()

    def copies(self) -> tuple[RecipientRole, ...]:
        chosen = self.copy_chooser.chosen()
        return tuple(r for r in chosen if r is not RecipientRole.BODY or self.executing_body())

    def field_errors(self) -> dict[str, str]:
        return {} if self.copies() else {"copies": self.tr("Choose at least one copy to print.")}
