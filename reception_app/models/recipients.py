"""Who each printed copy is addressed to, and whether that copy may carry the reporter's identity. Pure.

A printed document is a set of copies (*bản*, *liên*); each copy is addressed to one :class:`Recipient` with
a :class:`RecipientRole`. Whether a copy may show identity is decided by **one** function,
:func:`identity_allowed`, from the document kind, the case kind, the copy's role, where the identity came
from (:class:`IdentitySource`) and whether a supervisor recorded the reporter's written consent or a legal
basis for disclosure. Every builder in ``printing`` and every use case in ``services.documents`` asks it.

The law behind the rule (DOMAIN-VN §3.3, §2.4):

- Luật Tố cáo Điều 8.3 forbids revealing the name, address, handwriting or anything else that identifies the
  denouncer; Điều 47.2 excepts what the denouncer discloses themself; Điều 56 lets the body remove
  identifiers from the papers it passes on and keep them under the secrecy regime. So for a denunciation (and
  an anonymous tip or a mixed petition, which may hold one) only the denouncer's own copy and the case file's
  copy may name them; copies to other bodies or to a superior never do, unless a supervisor records the
  denouncer's written consent or a legal basis (and then only with the supervisor's reveal).
- A complaint or a petition (kiến nghị, phản ánh) is not secret from the bodies that handle it.
- The books (sổ tiếp công dân, sổ theo dõi xử lý đơn) are always masked: a reveal unlocks one case, not a period.
- An identity the citizen presents again at the desk fills only the citizen's own copy: it is what they
  showed, not the sealed record, and it serves them, not the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reception_app.models.enums import CaseKind


class DocumentKind(StrEnum):
    """The documents the desk prints (ARCHITECTURE.md §7). Values are the template keys."""

    RECEIPT = "receipt"
    TRANSFER_SLIP = "transfer_slip"
    TRANSFER_NOTICE = "transfer_notice"
    GUIDANCE_SLIP = "guidance_slip"
    APPOINTMENT_SLIP = "appointment_slip"
    ACCEPTANCE_PROPOSAL = "acceptance_proposal"
    REFUSAL_NOTICE = "refusal_notice"
    RESULT_NOTICE = "result_notice"  # Thông báo kết quả xử lý đơn (Luật TCD Điều 28.1; issue 19)
    RECEPTION_RECORD = "reception_record"  # Biên bản tiếp công dân (oral statement, read back; issue 19)
    RETURN_LETTER = "return_letter"  # 04-XLĐ trả lại đơn chuyển không đúng thẩm quyền
    CHASE_LETTER = "chase_letter"  # văn bản đôn đốc a body overdue on a transferred case
    LOWER_LEVEL_REQUEST = "lower_level_request"  # 09-TCD yêu cầu cấp dưới giải quyết
    PROTECTION_DECISION = "protection_decision"  # Quyết định áp dụng biện pháp bảo vệ (Luật Tố cáo Điều 52)
    ACCEPTANCE_NOTICE = "acceptance_notice"  # Thông báo thụ lý (khiếu nại: Luật KN Điều 27; tố cáo: NĐ 31 Mẫu 05)
    REJECTION_NOTICE = "rejection_notice"  # Thông báo không thụ lý (Luật KN Điều 11; Luật Tố cáo Điều 29)
    ACCEPTANCE_DECISION = "acceptance_decision"  # Quyết định thụ lý tố cáo (NĐ 31/2019 Mẫu 04)
    MULTI_CONTENT_GUIDANCE = "multi_content_guidance"  # 07-XLĐ hướng dẫn đơn có nhiều nội dung
    PROTECTION_REQUEST = "protection_request"  # 07-TCD đơn đề nghị áp dụng biện pháp bảo vệ (Luật Tố cáo Điều 50)
    LOGBOOK = "logbook"
    MAIL_BOOK = "mail_book"  # Sổ theo dõi xử lý đơn (petitions not brought to the desk; TT 07/2014 Điều 3.2)


class RecipientRole(StrEnum):
    """The role of the person or body a copy is addressed to."""

    CITIZEN = "citizen"  # the reporter themself (người khiếu nại / tố cáo / kiến nghị, phản ánh)
    BODY = "body"  # the receiving or competent body (cơ quan nhận chuyển, cơ quan có thẩm quyền)
    SUPERIOR = "superior"  # the superior body (để báo cáo)
    FILE = "file"  # the case file / archive (Lưu: VT, hồ sơ), kept under the secrecy regime
    OFFICER = "officer"  # the receiving officer's own copy (cán bộ tiếp nhận giữ)

    @property
    def label(self) -> str:
        return _ROLE_LABELS[self]


_ROLE_LABELS = {
    RecipientRole.CITIZEN: "Người đến (bản giao công dân)",
    RecipientRole.BODY: "Cơ quan nhận / có thẩm quyền",
    RecipientRole.SUPERIOR: "Cơ quan cấp trên",
    RecipientRole.FILE: "Lưu hồ sơ",
    RecipientRole.OFFICER: "Cán bộ tiếp nhận giữ",
}


class IdentitySource(StrEnum):
    """Where the identity on a print comes from (audited as ``identity_source``)."""

    NONE = "none"  # nothing: every copy is masked
    INTAKE = "intake"  # typed by the officer at intake, before sealing (first print by that officer)
    PRESENTED = "presented"  # presented again by the citizen at the desk (typed or read from the ID card)
    REVEAL = "reveal"  # a supervisor's audited reveal of the sealed record


# Kinds whose reporter identity never reaches another body without a recorded consent or legal basis.
# A mixed petition may contain a denunciation, so it is treated the same way.
PROTECTED_KINDS = frozenset({CaseKind.DENUNCIATION, CaseKind.ANONYMOUS_TIP, CaseKind.MIXED})

# Documents that never show identity on any copy (the books: a reveal unlocks one case, not a period).
MASKED_DOCUMENTS = frozenset({DocumentKind.LOGBOOK, DocumentKind.MAIL_BOOK})


@dataclass(frozen=True)
class Recipient:
    """One copy's addressee.

    Attributes:
        role: what the addressee is (decides identity, with :func:`identity_allowed`).
        label: the copy's label printed at the top of its first page ("Bản gửi người tố cáo").
        name: the addressee as printed in a list ("Ủy ban nhân dân huyện Ea Kar"); never an identity — the
            citizen's copy is named by its role, never by the citizen's name.
    """

    role: RecipientRole
    label: str
    name: str = ""


def identity_allowed(
    document: DocumentKind,
    case_kind: CaseKind,
    role: RecipientRole,
    source: IdentitySource,
    *,
    disclosure_recorded: bool = False,
) -> bool:
    """Whether the copy of ``document`` addressed to ``role`` may print the reporter's identity.

    Args:
        document: the document kind.
        case_kind: the case kind.
        role: the copy's addressee role.
        source: where the identity would come from; :attr:`IdentitySource.NONE` never shows any.
        disclosure_recorded: a supervisor recorded the reporter's written consent or a legal basis for
            disclosing the identity to another body (counts only with a supervisor's reveal).

    Returns:
        True when the copy may show the identity it is given.
    """
    if source is IdentitySource.NONE or document in MASKED_DOCUMENTS:
        return False
    if source is IdentitySource.PRESENTED:
        return role is RecipientRole.CITIZEN
    if role in (RecipientRole.CITIZEN, RecipientRole.FILE):
        return True
    if case_kind not in PROTECTED_KINDS:
        return True
    if role is RecipientRole.OFFICER:
        return False
    return disclosure_recorded and source is IdentitySource.REVEAL


__all__ = [
    "MASKED_DOCUMENTS",
    "PROTECTED_KINDS",
    "DocumentKind",
    "IdentitySource",
    "Recipient",
    "RecipientRole",
    "identity_allowed",
]
