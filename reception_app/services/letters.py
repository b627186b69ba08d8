"""Issue 19's printed letters through the services (``desk.letters``): the thụ lý / không thụ lý notices, the
Quyết định thụ lý tố cáo, the 07-XLĐ guidance for a petition with several contents, the denouncer's 07-TCD
protection request and the Sổ theo dõi xử lý đơn. No Qt.

Each document goes through :class:`~reception_app.services.documents.DocumentService`'s building blocks: the
identity decision (``who``: masked, a supervisor's reveal token, or the identity the citizen presents again at
the desk), the templates of the rule set in force on the case's received date with the form numbers of the
document's own date (``templates_at``), and ``issue`` / ``issue_for`` (number allocated in the recording
transaction, copies chosen, rendered, recorded and audited as ``document_printed``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from reception_app.models.case import CaseDetail, ReporterIdentity
from reception_app.models.enums import CaseKind, Channel, Decision, HandlingAction, Result, Role
from reception_app.models.errors import FieldError, KnownError, ValidationError
from reception_app.models.handling import default_checklists
from reception_app.models.masking import MaskPolicy
from reception_app.models.recipients import DocumentKind, IdentitySource, RecipientRole
from reception_app.models.validation import clean_text
from reception_app.printing.acceptance import (
    build_acceptance_decision,
    build_acceptance_notice,
    build_rejection_notice,
    rejection_grounds,
)
from reception_app.printing.document import PrintDocument
from reception_app.printing.mail_book import MailBookRow, build_mail_book
from reception_app.printing.multi_content import build_multi_content_guidance
from reception_app.printing.protection_documents import build_protection_request
from reception_app.printing.templates import Templates, templates_for
from reception_app.services.context import SessionContext
from reception_app.services.documents import IssuedDocument, NoReporter, templates_at
from reception_app.storage import documents as doc_repo
from reception_app.storage import protection as protection_repo

if TYPE_CHECKING:
    from reception_app.models.protection import ProtectionDetails
    from reception_app.services.cases import CaseService
    from reception_app.services.documents import DocumentService
    from reception_app.services.handling import CaseHandling
    from reception_app.services.identity import IdentityService

MAX_PARTS = 20


def _text(value: object, *, multiline: bool = False) -> str:
    return clean_text(value, multiline=multiline) if isinstance(value, str) else ""


def _invalid(field: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field, message)])


def case_rejection_grounds(case: CaseDetail) -> dict[str, str]:
    """The không thụ lý grounds (key → wording) for the case's kind under the rule set of its received date."""
    return dict(rejection_grounds(case.kind, templates_for(case.received_at.date())))


class LetterService:
    """``desk.letters``: issue 19's notices, decision, guidance, protection request and mail book."""

    def __init__(
        self,
        ctx: SessionContext,
        documents: DocumentService,
        cases: CaseService,
        handling: CaseHandling,
        identity: IdentityService,
    ) -> None:
        self.ctx, self.documents, self.cases, self.handling, self.identity = ctx, documents, cases, handling, identity

    def _last_step(self, case_uid: str, action: HandlingAction) -> tuple[date, str] | None:
        steps = [s for s in self.handling.view(case_uid).steps if s.action is action]
        return (steps[-1].at.date(), steps[-1].decision_number) if steps else None

    def rejection_grounds(self, case_uid: str) -> dict[str, str]:
        """The không thụ lý grounds offered for this case (its kind, its received date's rule set)."""
        return case_rejection_grounds(self.cases.get_case(case_uid))

    def issue_acceptance_notice(
        self,
        case_uid: str,
        *,
        transferred_by: str = "",
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Thông báo thụ lý (complaint: Luật Khiếu nại Điều 27; denunciation: Luật Tố cáo Điều 29.3) for a case
        whose thụ lý was recorded: dated from that step, citing its decision number, with the resolution
        deadline the thụ lý opened.

        Raises:
            NoReporter: nobody to notify. KnownError: the thụ lý is not recorded.
        """
        self.ctx.require()
        case = self.cases.get_case(case_uid)
        if not case.reporters:
            raise NoReporter()
        accepted = self._last_step(case_uid, HandlingAction.ACCEPT)
        if accepted is None:
            raise KnownError("Hồ sơ chưa được thụ lý: ghi bước thụ lý trước khi in thông báo thụ lý.")
        accepted_on, decision_ref = accepted
        open_after = [d.due_on for d in self.handling.view(case_uid).deadlines if d.is_open]
        resolve_by = max(open_after) if open_after else None
        by = _text(transferred_by)
        who = self.documents.who(case, reveal_token, presented)

        return self.documents.issue_case_document(
            DocumentKind.ACCEPTANCE_NOTICE,
            who,
            copies,
            build_acceptance_notice,
            accepted_on=accepted_on,
            decision_ref=decision_ref,
            resolve_by=resolve_by,
            transferred_by=by,
        )

    def issue_rejection_notice(
        self,
        case_uid: str,
        grounds: Sequence[str],
        *,
        details: str = "",
        transferred_by: str = "",
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Thông báo không thụ lý with ``grounds`` (keys of :meth:`rejection_grounds` for the case).

        Raises:
            NoReporter: nobody to notify. ValidationError ``grounds``: none chosen, or one not of this case's
            kind and rule set.
        """
        self.ctx.require()
        case = self.cases.get_case(case_uid)
        known = case_rejection_grounds(case)
        chosen = tuple(dict.fromkeys(g for g in grounds if isinstance(g, str)))
        if not chosen or any(g not in known for g in chosen):
            raise _invalid("grounds", "Vui lòng chọn căn cứ không thụ lý theo quy định áp dụng cho hồ sơ này.")
        if not case.reporters:
            raise NoReporter()
        facts, by = _text(details, multiline=True), _text(transferred_by)
        who = self.documents.who(case, reveal_token, presented)

        return self.documents.issue_case_document(
            DocumentKind.REJECTION_NOTICE,
            who,
            copies,
            build_rejection_notice,
            grounds=chosen,
            details=facts,
            transferred_by=by,
        )

    def issue_acceptance_decision(
        self,
        case_uid: str,
        *,
        verifier: str = "",
        reveal_token: str | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Quyết định thụ lý tố cáo (NĐ 31/2019 Mẫu 04). Supervisor only; denunciations only. The denouncer is
        named only on the secret file copy (with a reveal token); the verifier's and the denounced person's
        copies carry the reporter code.

        Raises:
            PermissionDenied: not a supervisor. ValidationError ``kind``: not a denunciation. NoReporter.
        """
        self.ctx.require(Role.SUPERVISOR)
        case = self.cases.get_case(case_uid)
        if case.kind is not CaseKind.DENUNCIATION:
            raise _invalid("kind", "Quyết định thụ lý chỉ lập cho đơn tố cáo.")
        if not case.reporters:
            raise NoReporter()
        accepted = self._last_step(case_uid, HandlingAction.ACCEPT)
        open_after = [d.due_on for d in self.handling.view(case_uid).deadlines if d.is_open]
        resolve_by = max(open_after) if accepted is not None and open_after else None
        assigned = _text(verifier)
        who = self.documents.who(case, reveal_token, None)

        return self.documents.issue_case_document(
            DocumentKind.ACCEPTANCE_DECISION,
            who,
            copies,
            build_acceptance_decision,
            verifier=assigned,
            resolve_by=resolve_by,
        )

    def issue_multi_content_guidance(
        self,
        case_uid: str,
        parts: Sequence[tuple[str, str]],
        *,
        own_part: str = "",
        superior: str = "",
        reveal_token: str | None = None,
        presented: Sequence[ReporterIdentity] | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Hướng dẫn đơn có nhiều nội dung (07-XLĐ): ``parts`` = (content, competent body) for each content the
        citizen sends elsewhere; ``own_part`` the content this agency keeps.

        Raises:
            NoReporter. ValidationError ``parts``: none, too many, or one without content or body.
        """
        self.ctx.require()
        cleaned = []
        for part in parts if isinstance(parts, (list, tuple)) else ():
            content, body = part if isinstance(part, tuple) and len(part) == 2 else ("", "")
            cleaned.append((_text(content, multiline=True), _text(body)))
        if not cleaned or len(cleaned) > MAX_PARTS or any(not c or not b for c, b in cleaned):
            raise _invalid("parts", "Nhập từng nội dung và cơ quan có thẩm quyền giải quyết nội dung đó.")
        keep, above = _text(own_part, multiline=True), _text(superior)
        case = self.cases.get_case(case_uid)
        if not case.reporters:
            raise NoReporter()
        who = self.documents.who(case, reveal_token, presented)

        return self.documents.issue_case_document(
            DocumentKind.MULTI_CONTENT_GUIDANCE,
            who,
            copies,
            build_multi_content_guidance,
            tuple(cleaned),
            own_part=keep,
            superior=above,
        )

    def issue_protection_request(
        self,
        request_id: int,
        *,
        addressee: str = "",
        reveal_token: str | None = None,
        details: ProtectionDetails | None = None,
        copies: Sequence[RecipientRole] | None = None,
    ) -> IssuedDocument:
        """Đơn đề nghị áp dụng biện pháp bảo vệ (07-TCD), pre-filled from the protection record for the
        denouncer to check and sign. It carries no number (the citizen's paper). ``details`` are the people and
        reasons a supervisor opened with ``desk.protection.reveal`` (the unseal goes through identity.py); they
        print only on copies whose policy shows identity (with a reveal token: the denouncer's and the file's).

        Raises:
            KnownError: no such request. NoReporter. ValidationError ``measures``: the request names none.
        """
        session, db, _ = self.ctx.require(Role.OFFICER, Role.SUPERVISOR)
        found = protection_repo.get_request(db, request_id) if isinstance(request_id, int) else None
        if found is None:
            raise KnownError("Không tìm thấy yêu cầu bảo vệ.")
        protection = found[0]
        if not protection.measures_requested:
            raise _invalid("measures", "Yêu cầu bảo vệ chưa ghi biện pháp đề nghị.")
        case = self.cases.get_case(protection.case_uid)
        if not case.reporters:
            raise NoReporter()
        to = _text(addressee)
        who = self.documents.who(case, reveal_token, None)
        header = self.documents.agency_header()
        labels = {code: item.label for code, item in default_checklists().protection_measures.items()}
        opened = details if who.policy is MaskPolicy.REVEALED else None

        def build(_seq: int, at: datetime) -> PrintDocument:
            return build_protection_request(
                who.case,
                protection,
                who.policy,
                header,
                measure_labels=labels,
                addressee=to,
                details=opened,
                printed_by=session.username,
                printed_at=at,
                source=who.source,
                templates=templates_at(who.case, at),
            )

        return self.documents.issue_for(DocumentKind.PROTECTION_REQUEST, who, build, copies)

    def _mail_row(self, case: CaseDetail) -> MailBookRow:
        view = self.handling.view(case.uid)
        transfers = self.handling.transfers(case.uid)
        handled = transfers[-1].agency_name if transfers else ""
        decision = view.decision.label if view.decision is not Decision.NONE else ""
        issued = doc_repo.issued_for_case(self.ctx.require()[1], case.id)
        result = f"Số {issued[-1].number}" if issued else ""
        resolution = view.result.label if view.result is not Result.NONE else ""
        return MailBookRow(case, handled_by=handled, decision=decision, result=result, resolution=resolution)

    def issue_mail_book(self, date_from: date, date_to: date) -> IssuedDocument:
        """Sổ theo dõi xử lý đơn for the petitions received other than at the desk from ``date_from`` to
        ``date_to`` (inclusive). Always masked (reporter codes only).

        Raises:
            ValidationError: ``date_to`` is before ``date_from``.
        """
        session, db, _ = self.ctx.require()
        if date_to < date_from:
            raise _invalid("date_to", "Ngày kết thúc phải sau ngày bắt đầu.")
        rows: list[MailBookRow] = []
        for row in doc_repo.case_rows_received_between(db, date_from, date_to):
            case = self.cases.get_case(str(row["uid"]))  # masked view
            if case.channel is not Channel.WALK_IN:
                rows.append(self._mail_row(case))
        header = self.documents.agency_header()

        def book_templates(at: datetime) -> Templates:
            return templates_for(at.date())

        def build(seq: int, at: datetime) -> PrintDocument:
            return build_mail_book(
                rows,
                date_from,
                date_to,
                header,
                printed_by=session.username,
                printed_at=at,
                number=seq,
                templates=book_templates(at),
            )

        return self.documents.issue(
            DocumentKind.MAIL_BOOK,
            None,
            build,
            templates=book_templates,
            identity_source=IdentitySource.NONE,
            extra_audit={"count": len(rows), "date_from": date_from.isoformat(), "date_to": date_to.isoformat()},
        )


__all__ = ["LetterService", "case_rejection_grounds"]
