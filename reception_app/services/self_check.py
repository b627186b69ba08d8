"""``reception-app --self-check``: prove an installed bundle has everything it needs (no Qt here).

Run by the IT officer after installing, and by ``make bundle-test`` on the frozen build. Each check prints
one line: ``[ OK ]``, ``[WARN]`` (worth knowing, not a failure) or ``[FAIL]``. The process exits 0 only when
no line is a failure.

The database checks run on a **throwaway temporary folder** with an in-memory device secret and **cheap
Argon2id parameters** (``TEST_KDF``): they prove that SQLCipher, the vault crypto and identity sealing work
in this build, fast. They never open, create or touch the real data folder or the OS keyring, and the
temporary folder is deleted at the end. The canary identity is made up; it never leaves the temp folder.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from reception_app import __version__
from reception_app.models.case import CaseDraft, ReceivedDocument, ReporterDraft, ReporterIdentity
from reception_app.models.clock import Clock
from reception_app.models.enums import CaseKind, Channel, DocumentState, Gender, IdKind, Sector
from reception_app.models.masking import MaskPolicy
from reception_app.resources import resource_path, resources_root
from reception_app.services import AgencySettings, Desk, NewUser
from reception_app.storage.crypto import TEST_KDF
from reception_app.storage.keyring_secret import MemorySecretStore

OK = "[ OK ]"
WARN = "[WARN]"
FAIL = "[FAIL]"

# Made-up identity; its bytes must not appear in any file of the encrypted database.
CANARY_NAME = "Zqxwylvh Selfcheck Ợẫ"
CANARY_ID = "079199123456"
_CANARY_BYTES = (CANARY_NAME.encode("utf-8"), CANARY_ID.encode("utf-8"), b"Zqxwylvh", b"Selfcheck")
_SQLITE_HEADER = b"SQLite format 3\x00"
_FONT_FILE = "LiberationSerif-Regular.ttf"

_ADMIN = NewUser("selfcheck_admin", "Tự Kiểm Tra Quản Trị", "selfcheck-admin-pass-1")
_SUPERVISOR = NewUser("selfcheck_lead", "Tự Kiểm Tra Lãnh Đạo", "selfcheck-lead-pass-1")
_AGENCY = AgencySettings("UBND TỈNH TỰ KIỂM TRA", "THANH TRA TỈNH", "Hà Nội", "TTr")


def passed(lines: list[str]) -> bool:
    """True when no line of a self-check report is a failure (warnings pass)."""
    return not any(line.startswith(FAIL) for line in lines)


def _canary_draft() -> CaseDraft:
    identity = ReporterIdentity(
        full_name=CANARY_NAME,
        id_kind=IdKind.CCCD,
        id_number=CANARY_ID,
        id_issued_on=date(2021, 5, 4),
        id_issued_by="Cục Cảnh sát QLHC về TTXH",
        birth_date=date(1990, 1, 2),
        gender=Gender.FEMALE,
        address="Số 1 đường Tự Kiểm Tra",
        phone="0900000000",
    )
    return CaseDraft(
        kind=CaseKind.DENUNCIATION,
        channel=Channel.WALK_IN,
        sector=Sector.CORRUPTION,
        subject="Hồ sơ tự kiểm tra sau khi cài đặt",
        content="Nội dung tự kiểm tra: không phải hồ sơ thật.",
        accused="Không có",
        reporters=(ReporterDraft(identity, is_representative=True),),
        documents=(ReceivedDocument("Đơn tự kiểm tra", 1, DocumentState.ORIGINAL),),
        received_at=Clock().now().replace(microsecond=0),
    )


def _raw_files_sealed(folder: Path) -> str:
    """Every database file (db, -wal, -shm) is ciphertext: no SQLite header, no canary bytes."""
    files = sorted(p for p in folder.glob("reception.db*") if p.is_file())
    if not files:
        raise AssertionError("no database file was written")
    for f in files:
        data = f.read_bytes()
        if f.name == "reception.db" and data.startswith(_SQLITE_HEADER):
            raise AssertionError(f"{f.name} starts with a plain 'SQLite format 3' header")
        if any(n in data for n in _CANARY_BYTES):
            raise AssertionError(f"{f.name} holds the canary identity in plain text")
    return f"database files are encrypted, canary not found in plain text ({', '.join(f.name for f in files)})"


def sample_receipt_pdf() -> bytes:
    """A masked receipt for a made-up case, rendered with the bundled fonts (used by the Qt check too)."""
    from reception_app.models.case import CaseDetail, ReporterView
    from reception_app.models.enums import CaseStatus
    from reception_app.printing import AgencyHeader, build_receipt
    from reception_app.printing.pdf import render_pdf

    now = Clock().now().replace(microsecond=0, tzinfo=None)
    case = CaseDetail(
        id=1,
        uid="00000000-0000-4000-8000-000000000001",
        number=f"{now.year}-00001",
        received_at=now,
        kind=CaseKind.DENUNCIATION,
        channel=Channel.WALK_IN,
        sector=Sector.CORRUPTION,
        subject="Hồ sơ tự kiểm tra sau khi cài đặt",
        content="Nội dung tự kiểm tra: không phải hồ sơ thật.",
        accused="Không có",
        accused_position="",
        province_code="",
        ward_code="",
        location="",
        group_size=1,
        status=CaseStatus.RECEIVED,
        due_on=now.date(),
        officer="selfcheck",
        created_at=now,
        version=1,
        reporters=(ReporterView(1, f"{CaseKind.DENUNCIATION.reporter_prefix}-{now.year}-00001-1", True),),
        documents=(ReceivedDocument("Đơn tự kiểm tra", 1, DocumentState.ORIGINAL),),
    )
    header = AgencyHeader(
        parent_agency=_AGENCY.parent_agency,
        agency_name=_AGENCY.agency_name,
        place_name=_AGENCY.place_name,
        doc_symbol=_AGENCY.doc_symbol,
        signer_title="CHÁNH THANH TRA",
        signer_name="Tự Kiểm Tra",
    )
    doc = build_receipt(
        case,
        MaskPolicy.MASKED,
        header,
        1,
        verification_code="SELFCHECK",
        printed_by="selfcheck",
        printed_at=now,
    )
    return render_pdf(doc)


def _check_pdf() -> str:
    from reportlab.pdfbase import pdfmetrics

    from reception_app.printing.fonts import REGULAR, register_fonts

    expected = resource_path("fonts", _FONT_FILE)
    if not expected.is_file():
        raise AssertionError(f"bundled font missing: {expected}")
    pdf = sample_receipt_pdf()
    if not pdf.startswith(b"%PDF"):
        raise AssertionError("receipt is not a PDF")
    register_fonts()
    used = Path(getattr(pdfmetrics.getFont(REGULAR).face, "filename", ""))
    if used.resolve() != expected.resolve():
        raise AssertionError(f"reportlab font comes from {used}, not the bundled {expected}")
    if b"LiberationSerif" not in pdf:
        raise AssertionError("the receipt does not embed Liberation Serif")
    return f"receipt PDF built ({len(pdf) // 1024} KiB) with the bundled font {expected.name}"


def _check_templates() -> str:
    from reception_app.printing.templates import load_templates_file

    path = resource_path("templates", "documents.json")
    templates = load_templates_file(path)
    if "receipt" not in templates.documents:
        raise AssertionError(f"{path.name} has no receipt template")
    return f"document templates load ({len(templates.documents)} documents in {path.name})"


TRANSLATION_QM = ("i18n", "reception_app_vi.qm")


def _check_rules() -> str:
    from reception_app.models.deadlines import default_rules

    rules = default_rules()
    return f"deadline rules load ({len(rules.rules)} rules, Vietnamese holidays included)"


def _check_translations() -> tuple[str, str]:
    """The Vietnamese interface (the default) needs the compiled ``reception_app_vi.qm``; built by make."""
    path = resource_path(*TRANSLATION_QM)
    if not path.is_file():
        return FAIL, f"{path} is missing (run make, which builds it from the .ts with pyside6-lrelease)"
    size = path.stat().st_size
    if size == 0:
        return FAIL, f"{path} is empty"
    return OK, f"Vietnamese translation bundled ({path.name}, {size} bytes)"


class _Report:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def run(self, name: str, check: Callable[[], str]) -> bool:
        try:
            detail = check()
        except Exception as exc:  # a self-check reports every failure and carries on
            self.lines.append(f"{FAIL} {name}: {type(exc).__name__}: {exc}")
            return False
        self.lines.append(f"{OK} {name}: {detail}")
        return True


def _database_checks(report: _Report, folder: Path) -> None:
    desk = Desk(folder, secret_store=MemorySecretStore(), kdf=TEST_KDF, floor=TEST_KDF)
    state: dict[str, str] = {}

    def setup() -> str:
        code = desk.auth.setup(_AGENCY, _ADMIN, _SUPERVISOR)
        if not code:
            raise AssertionError("no recovery code returned")
        return "vault and encrypted database created, agency + admin + supervisor set up (cheap test KDF)"

    def create() -> str:
        desk.auth.login(_ADMIN.username, _ADMIN.password)
        saved = desk.cases.create_case(_canary_draft())
        state["uid"] = saved.uid
        detail = desk.cases.get_case(saved.uid)
        if any(r.identity is not None for r in detail.reporters):
            raise AssertionError("a saved identity came back unmasked without a reveal")
        return f"case {saved.number} saved with a sealed reporter identity, masked on read"

    def reveal() -> str:
        grant = desk.identity.reveal(
            state["uid"], _SUPERVISOR.username, _SUPERVISOR.password, "Tự kiểm tra sau khi cài đặt"
        )
        identity = grant.reporters[0].identity
        desk.identity.end_reveal(grant.token, "closed")
        if identity is None or identity.full_name != CANARY_NAME or identity.id_number != CANARY_ID:
            raise AssertionError("the revealed identity differs from the one saved")
        return "supervisor reveal opens the identity intact"

    if not report.run("database setup", setup):
        return
    try:
        if report.run("sealed case", create):
            report.run("raw database file", lambda: _raw_files_sealed(folder))
            report.run("identity reveal", reveal)
            report.run("audit chain", lambda: _audit_ok(desk))
    finally:
        desk.close()


def _audit_ok(desk: Desk) -> str:
    result = desk.audit.verify()
    if not result.ok:
        raise AssertionError(result.text())
    return "hash chain and checkpoint signatures verify"


def run_self_check() -> list[str]:
    """Run the non-Qt checks; one line per check. See :func:`passed`."""
    report = _Report()
    report.lines.append(f"{OK} version: reception-app {__version__}, resources in {resources_root()}")
    folder = Path(tempfile.mkdtemp(prefix="reception_app_selfcheck_"))
    try:
        _database_checks(report, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        report.lines.append(f"{FAIL} cleanup: temporary folder {folder} could not be removed")
    else:
        report.lines.append(f"{OK} cleanup: temporary database folder removed")
    report.run("receipt PDF", _check_pdf)
    report.run("document templates", _check_templates)
    report.run("deadline rules", _check_rules)
    try:
        level, text = _check_translations()
    except Exception as exc:
        level, text = FAIL, f"{type(exc).__name__}: {exc}"
    report.lines.append(f"{level} translations: {text}")
    return report.lines
