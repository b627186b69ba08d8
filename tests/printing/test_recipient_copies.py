"""Identity per recipient copy: the rule, every document × case kind × copy, and the PDF text of every copy.

For each document the desk prints, a denunciation (and every other kind) is printed with a revealed identity;
each copy is rendered on its own and read back with pypdf. A copy addressed to anybody but the reporter (or
the file) must not hold the canary name, ID number or address; the citizen's copy must name the citizen.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime

import pytest

from reception_app.models.enums import CaseKind, Channel, ProtectionStatus, Relation
from reception_app.models.masking import MaskPolicy
from reception_app.models.protection import ProtectedPerson, ProtectionCase, ProtectionDetails, ProtectionMeasure
from reception_app.models.recipients import (
    PROTECTED_KINDS,
    DocumentKind,
    IdentitySource,
    RecipientRole,
    identity_allowed,
)
from reception_app.printing.acceptance import (
    build_acceptance_decision,
    build_acceptance_notice,
    build_rejection_notice,
    rejection_grounds,
)
from reception_app.printing.body_letters import build_body_letter
from reception_app.printing.document import (
    PrintDocument,
    build_acceptance_proposal,
    build_appointment_slip,
    build_guidance_slip,
    build_logbook,
    build_receipt,
    build_refusal_notice,
    build_transfer_notice,
    build_transfer_slip,
    select_copies,
)
from reception_app.printing.mail_book import MailBookRow, build_mail_book
from reception_app.printing.multi_content import build_multi_content_guidance
from reception_app.printing.notices import ResultOutcome, build_result_notice
from reception_app.printing.pdf import render_pdf
from reception_app.printing.protection_documents import build_protection_decision, build_protection_request
from reception_app.printing.records import build_reception_record
from tests.printing.pdftext import extract
from tests.printing.samples import (
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    HEADER,
    PRINTED_AT,
    logbook_rows,
    make_case,
)

REVEALED = MaskPolicy.REVEALED
BOOKS = (DocumentKind.LOGBOOK, DocumentKind.MAIL_BOOK)  # never identity, whatever the policy
IDENTITY_CANARIES = (CANARY_NAME, CANARY_ID, CANARY_ADDRESS)
BODY = "Ủy ban nhân dân xã Ea Tu"
SUPERIOR = "Thanh tra Chính phủ"

# ------------------------------------------------------------------------------------------ the rule


def _expected(doc: DocumentKind, kind: CaseKind, role: RecipientRole, source: IdentitySource, consent: bool) -> bool:
    """The rule written out case by case (independently of the implementation)."""
    if source is IdentitySource.NONE or doc in BOOKS:
        return False
    if source is IdentitySource.PRESENTED:  # fills only the copy handed to the citizen
        return role is RecipientRole.CITIZEN
    if role is RecipientRole.CITIZEN or role is RecipientRole.FILE:
        return True
    protected = kind in (CaseKind.DENUNCIATION, CaseKind.ANONYMOUS_TIP, CaseKind.MIXED)
    if not protected:
        return True
    if role is RecipientRole.OFFICER:
        return False
    return consent and source is IdentitySource.REVEAL  # other bodies: a supervisor's reveal + recorded basis


@pytest.mark.parametrize("doc", list(DocumentKind))
def test_the_rule_for_every_document_kind_role_source(doc: DocumentKind) -> None:
    for kind, role, source, consent in itertools.product(CaseKind, RecipientRole, IdentitySource, (False, True)):
        got = identity_allowed(doc, kind, role, source, disclosure_recorded=consent)
        assert got == _expected(doc, kind, role, source, consent), (doc, kind, role, source, consent)


def test_denunciation_bodies_never_without_consent() -> None:
    for doc, source in itertools.product(DocumentKind, IdentitySource):
        for role in (RecipientRole.BODY, RecipientRole.SUPERIOR, RecipientRole.OFFICER):
            assert not identity_allowed(doc, CaseKind.DENUNCIATION, role, source)


# --------------------------------------------------------------------------------- every builder


Builder = Callable[[CaseKind, MaskPolicy, IdentitySource], PrintDocument]


def _case(kind: CaseKind, **changes: object):  # type: ignore[no-untyped-def]
    return make_case(kind, **changes)


BODY_LETTER_KINDS = (DocumentKind.RETURN_LETTER, DocumentKind.CHASE_LETTER, DocumentKind.LOWER_LEVEL_REQUEST)


def _body_letter(kind: DocumentKind) -> Builder:
    def build(k: CaseKind, p: MaskPolicy, s: IdentitySource) -> PrintDocument:
        return build_body_letter(
            kind,
            _case(k),
            p,
            HEADER,
            5,
            BODY,
            reference="số 12/UBND",
            printed_by="canbo",
            printed_at=PRINTED_AT,
            source=s,
        )

    return build


PROTECTION = ProtectionCase(
    id=1,
    case_uid="u",
    case_number="TC-2027-0007",
    requested_on=date(2027, 1, 4),
    status=ProtectionStatus.ACTIVE,
    measures_requested=("bao_mat_thong_tin",),
    decision_number="05/QĐ-TTr",
    decided_on=date(2027, 1, 5),
    decided_by="lanhdao",
    created_by="canbo",
    measures=(ProtectionMeasure(1, "bao_mat_thong_tin", date(2027, 1, 10), None),),
)


def _protection_decision(k: CaseKind, p: MaskPolicy, s: IdentitySource) -> PrintDocument:
    return build_protection_decision(
        _case(k),
        PROTECTION,
        p,
        HEADER,
        5,
        measure_labels={"bao_mat_thong_tin": "Giữ bí mật thông tin người tố cáo"},
        executing_body="Công an tỉnh Đắk Lắk",
        relatives=2,
        printed_by="canbo",
        printed_at=PRINTED_AT,
        source=s,
    )


# a protected person's name that only a copy allowed to show identity may print
RELATIVE_NAME = "Qvrelative Canarywife Ỹợ"
PROTECTION_DETAILS = ProtectionDetails(
    (
        ProtectedPerson(CANARY_NAME, Relation.DENOUNCER, CANARY_ADDRESS),
        ProtectedPerson(RELATIVE_NAME, Relation.SPOUSE, "Xã Ea Tu"),
    ),
    "Bị đe dọa sau khi gửi đơn.",
)


def _protection_request(k: CaseKind, p: MaskPolicy, s: IdentitySource) -> PrintDocument:
    return build_protection_request(
        _case(k),
        PROTECTION,
        p,
        HEADER,
        measure_labels={"bao_mat_thong_tin": "Giữ bí mật thông tin người tố cáo"},
        details=PROTECTION_DETAILS if p.reveal_identity else None,
        printed_by="canbo",
        printed_at=PRINTED_AT,
        source=s,
    )


def _rejection_notice(k: CaseKind, p: MaskPolicy, s: IdentitySource) -> PrintDocument:
    ground = min(rejection_grounds(k), default="kn_1")  # a kind without grounds: one of another kind (refused)
    return build_rejection_notice(
        _case(k), p, HEADER, 5, grounds=[ground], printed_by="canbo", printed_at=PRINTED_AT, source=s
    )


BUILDERS: dict[DocumentKind, Builder] = {
    DocumentKind.RECEIPT: lambda k, p, s: build_receipt(
        _case(k), p, HEADER, 5, verification_code="7KQ4", printed_by="canbo", printed_at=PRINTED_AT, source=s
    ),
    DocumentKind.TRANSFER_SLIP: lambda k, p, s: build_transfer_slip(
        _case(k, channel=Channel.POST), p, HEADER, 5, BODY, printed_by="canbo", printed_at=PRINTED_AT, source=s
    ),
    DocumentKind.TRANSFER_NOTICE: lambda k, p, s: build_transfer_notice(
        _case(k, channel=Channel.POST), p, HEADER, 5, BODY, printed_by="canbo", printed_at=PRINTED_AT, source=s
    ),
    DocumentKind.GUIDANCE_SLIP: lambda k, p, s: build_guidance_slip(
        _case(k), p, HEADER, 5, BODY, superior=SUPERIOR, printed_by="canbo", printed_at=PRINTED_AT, source=s
    ),
    DocumentKind.APPOINTMENT_SLIP: lambda k, p, s: build_appointment_slip(
        _case(k),
        p,
        HEADER,
        5,
        appointment_at=datetime(2027, 1, 8, 8, 0),
        appointment_place="Phòng tiếp công dân",
        meet_with="Chánh Thanh tra tỉnh",
        printed_by="canbo",
        printed_at=PRINTED_AT,
        source=s,
    ),
    DocumentKind.ACCEPTANCE_PROPOSAL: lambda k, p, s: build_acceptance_proposal(
        _case(k), p, HEADER, 5, "Chánh Thanh tra tỉnh", printed_by="canbo", printed_at=PRINTED_AT, source=s
    ),
    DocumentKind.REFUSAL_NOTICE: lambda k, p, s: build_refusal_notice(
        _case(k), p, HEADER, 5, ground="k3", superior=SUPERIOR, printed_by="canbo", printed_at=PRINTED_AT, source=s
    ),
    DocumentKind.RESULT_NOTICE: lambda k, p, s: build_result_notice(
        _case(k),
        p,
        HEADER,
        5,
        ResultOutcome.TRANSFERRED,
        body=BODY,
        printed_by="canbo",
        printed_at=PRINTED_AT,
        source=s,
    ),
    DocumentKind.RECEPTION_RECORD: lambda k, p, s: build_reception_record(
        _case(k), p, HEADER, 5, printed_by="canbo", printed_at=PRINTED_AT, source=s
    ),
    **{kind: _body_letter(kind) for kind in BODY_LETTER_KINDS},
    DocumentKind.PROTECTION_DECISION: _protection_decision,
    DocumentKind.ACCEPTANCE_NOTICE: lambda k, p, s: build_acceptance_notice(
        _case(k),
        p,
        HEADER,
        5,
        accepted_on=date(2027, 1, 5),
        decision_ref="05/QĐ-TTr",
        transferred_by=BODY,
        printed_by="canbo",
        printed_at=PRINTED_AT,
        source=s,
    ),
    DocumentKind.REJECTION_NOTICE: _rejection_notice,
    DocumentKind.ACCEPTANCE_DECISION: lambda k, p, s: build_acceptance_decision(
        _case(k), p, HEADER, 5, verifier=BODY, printed_by="canbo", printed_at=PRINTED_AT, source=s
    ),
    DocumentKind.MULTI_CONTENT_GUIDANCE: lambda k, p, s: build_multi_content_guidance(
        _case(k),
        p,
        HEADER,
        5,
        [("Khiếu nại về bồi thường đất", BODY), ("Tố cáo cán bộ thuế", "Chi cục Thuế khu vực XIV")],
        superior=SUPERIOR,
        printed_by="canbo",
        printed_at=PRINTED_AT,
        source=s,
    ),
    DocumentKind.PROTECTION_REQUEST: _protection_request,
    DocumentKind.LOGBOOK: lambda k, p, s: build_logbook(
        logbook_rows(), date(2027, 1, 1), date(2027, 1, 31), HEADER, p, printed_by="canbo", printed_at=PRINTED_AT
    ),
    DocumentKind.MAIL_BOOK: lambda k, p, s: build_mail_book(
        [MailBookRow(_case(k, channel=Channel.POST), decision="Chuyển đơn")],
        date(2027, 1, 1),
        date(2027, 1, 31),
        HEADER,
        printed_by="canbo",
        printed_at=PRINTED_AT,
    ),
}
# documents a builder refuses for a case kind (nobody to notify; no thụ lý for that kind)
NOT_FOR: dict[DocumentKind, frozenset[CaseKind]] = {
    **{
        d: frozenset({CaseKind.ANONYMOUS_TIP})
        for d in (
            DocumentKind.TRANSFER_NOTICE,
            DocumentKind.RESULT_NOTICE,
            DocumentKind.RECEPTION_RECORD,
            DocumentKind.PROTECTION_DECISION,
            DocumentKind.ACCEPTANCE_NOTICE,
            DocumentKind.MULTI_CONTENT_GUIDANCE,
            DocumentKind.PROTECTION_REQUEST,
        )
    },
    DocumentKind.REJECTION_NOTICE: frozenset(k for k in CaseKind if not rejection_grounds(k)),
    DocumentKind.ACCEPTANCE_DECISION: frozenset(k for k in CaseKind if k is not CaseKind.DENUNCIATION),
}
KINDS_WITH_A_REPORTER = [k for k in CaseKind if k is not CaseKind.ANONYMOUS_TIP]


def _cases() -> list[tuple[DocumentKind, CaseKind, IdentitySource]]:
    out = []
    for doc, kind, source in itertools.product(DocumentKind, CaseKind, IdentitySource):
        if kind in NOT_FOR.get(doc, frozenset()):
            continue  # the builder refuses it (see test_builders_refuse_what_they_cannot_address)
        out.append((doc, kind, source))
    return out


@pytest.mark.parametrize(("doc_kind", "kind", "source"), _cases())
def test_every_copy_of_every_document_follows_the_rule(
    doc_kind: DocumentKind, kind: CaseKind, source: IdentitySource
) -> None:
    doc = BUILDERS[doc_kind](kind, REVEALED, source)
    assert doc.parts, "every document is a set of addressed copies"
    for part in doc.parts:
        allowed = identity_allowed(doc_kind, kind, part.recipient.role, source) and kind is not CaseKind.ANONYMOUS_TIP
        text = repr(part)
        if doc_kind in BOOKS:
            allowed = False
        assert part.shows_identity == allowed, (part.recipient, source)
        assert (CANARY_NAME in text) == allowed, (part.recipient, source)
        if not allowed:
            assert RELATIVE_NAME not in text, (part.recipient, source)
            for canary in IDENTITY_CANARIES:
                assert canary not in text, (part.recipient, canary)


def test_the_copies_of_each_document() -> None:
    roles = {d: BUILDERS[d](CaseKind.DENUNCIATION, REVEALED, IdentitySource.REVEAL).roles() for d in DocumentKind}
    c, b, s, f, o = (
        RecipientRole.CITIZEN,
        RecipientRole.BODY,
        RecipientRole.SUPERIOR,
        RecipientRole.FILE,
        RecipientRole.OFFICER,
    )
    assert roles == {
        DocumentKind.RECEIPT: (c, f, o),
        DocumentKind.TRANSFER_SLIP: (b, f),
        DocumentKind.TRANSFER_NOTICE: (c, f),
        DocumentKind.GUIDANCE_SLIP: (c, s, b, f),
        DocumentKind.APPOINTMENT_SLIP: (c, f),
        DocumentKind.ACCEPTANCE_PROPOSAL: (f,),
        DocumentKind.REFUSAL_NOTICE: (c, s, f),
        DocumentKind.RESULT_NOTICE: (c, f),
        DocumentKind.RECEPTION_RECORD: (c, f),
        DocumentKind.RETURN_LETTER: (b, f),
        DocumentKind.CHASE_LETTER: (b, f),
        DocumentKind.LOWER_LEVEL_REQUEST: (b, f),
        DocumentKind.PROTECTION_DECISION: (c, b, f),
        DocumentKind.ACCEPTANCE_NOTICE: (c, f),  # a denunciation: the denouncer and the secret file only
        DocumentKind.REJECTION_NOTICE: (c, f),
        DocumentKind.ACCEPTANCE_DECISION: (b, b, f),  # the verifier, the person denounced, the file
        DocumentKind.MULTI_CONTENT_GUIDANCE: (c, s, f),
        DocumentKind.PROTECTION_REQUEST: (c, f),
        DocumentKind.LOGBOOK: (f,),
        DocumentKind.MAIL_BOOK: (f,),
    }


# ------------------------------------------------------------------------------ the PDF of every copy


@pytest.mark.parametrize("doc_kind", list(DocumentKind))
def test_pdf_of_every_denunciation_copy_with_a_reveal(doc_kind: DocumentKind) -> None:
    """The 'done when' of issue 22: a denunciation printed with a revealed identity; no copy addressed to
    anybody other than the denouncer (or the sealed file) holds the canary name, ID or address."""
    doc = BUILDERS[doc_kind](CaseKind.DENUNCIATION, REVEALED, IdentitySource.REVEAL)
    for part in doc.parts:
        text = extract(render_pdf(select_copies(doc, [part.recipient.role]))).text
        assert part.recipient.label in text
        if part.recipient.role in (RecipientRole.CITIZEN, RecipientRole.FILE) and doc_kind not in BOOKS:
            assert CANARY_NAME in text, part.recipient
        else:
            for canary in (*IDENTITY_CANARIES, RELATIVE_NAME):
                assert canary not in text, (part.recipient, canary)
            assert "NTC-2027-0007-1" in text or doc_kind is DocumentKind.LOGBOOK


@pytest.mark.parametrize(
    "doc_kind", [DocumentKind.GUIDANCE_SLIP, DocumentKind.APPOINTMENT_SLIP, DocumentKind.REFUSAL_NOTICE]
)
@pytest.mark.parametrize("kind", KINDS_WITH_A_REPORTER)
def test_citizen_copy_names_the_citizen_from_what_they_presented(doc_kind: DocumentKind, kind: CaseKind) -> None:
    doc = BUILDERS[doc_kind](kind, REVEALED, IdentitySource.PRESENTED)
    citizen = extract(render_pdf(select_copies(doc, [RecipientRole.CITIZEN]))).text
    assert f"Kính gửi: Ông (bà) {CANARY_NAME}" in citizen
    assert "canbo" not in citizen  # no officer login name on the citizen's copy
    for role in doc.roles():
        if role is not RecipientRole.CITIZEN:
            other = extract(render_pdf(select_copies(doc, [role]))).text
            assert CANARY_NAME not in other  # what was presented serves the citizen only


def test_masked_citizen_copy_leaves_a_blank_not_a_code() -> None:
    doc = BUILDERS[DocumentKind.GUIDANCE_SLIP](CaseKind.DENUNCIATION, MaskPolicy.MASKED, IdentitySource.NONE)
    citizen = doc.parts[0]
    assert citizen.recipient.role is RecipientRole.CITIZEN
    assert citizen.recipient_line.startswith("Kính gửi: Ông (bà) ……")
    assert "NTC" not in citizen.recipient_line


def test_protected_kinds_are_the_documented_ones() -> None:
    assert frozenset({CaseKind.DENUNCIATION, CaseKind.ANONYMOUS_TIP, CaseKind.MIXED}) == PROTECTED_KINDS


@pytest.mark.parametrize("doc_kind", sorted(NOT_FOR))
def test_builders_refuse_what_they_cannot_address(doc_kind: DocumentKind) -> None:
    for kind in NOT_FOR[doc_kind]:
        with pytest.raises(ValueError, match="needs|unknown grounds|is for a denunciation"):
            BUILDERS[doc_kind](kind, REVEALED, IdentitySource.REVEAL)
