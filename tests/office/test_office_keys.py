"""Office keys (issue 21): a supervisor on desk B reveals an identity recorded on desk A, and the reveal is in A's
and the office's audit trail; the manifest pinned at join, sealing refused outside it, the signed office chain."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from reception_app.models.errors import KnownError
from reception_app.services.office_keys import KEY_OUTSIDE, MANIFEST_BAD, OfficeKeyRefused
from reception_app.storage import office_keys as keys_repo
from reception_app.storage.audit import AuditLog
from reception_app.storage.crypto import TEST_KDF
from reception_app.storage.database import Database
from reception_app.storage.office import K_ANCHORED
from reception_app.storage.settings import get_setting
from tests.factories import CANARY_ID, CANARY_NAME, OFFICER, SUPERVISOR, draft, set_up_world
from tests.office.conftest import Office, OfficeDesk, make_office_desk
from tests.office.test_office_basic import _assert_no_canaries

PASSPHRASE = "office-key-package-passphrase"
REASON = "Xác minh theo yêu cầu Canaryreason của thủ trưởng"


@dataclass(frozen=True)
class OfficeKeys:
    manifest: str
    package: bytes

    @property
    def fingerprint(self) -> str:
        return keys_repo.parse_manifest(self.manifest).fingerprint


def _office_keys(name: str = "Thanh tra tỉnh Đắk Lắk") -> OfficeKeys:
    manifest, package = keys_repo.make_office_keys(name, "2026-03-01T08:00:00+00:00", PASSPHRASE, TEST_KDF)
    return OfficeKeys(manifest, package)


def _db(d: OfficeDesk) -> Database:
    return d.desk.ctx.require()[1]


def _login_supervisor(d: OfficeDesk) -> None:
    d.desk.auth.logout()
    d.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)


def keyed_desk(office: Office, tmp: Path, code: str, keys: OfficeKeys) -> OfficeDesk:
    """A desk joined to the office whose supervisor adopted the office keys (the rotation re-seals everything)."""
    d = make_office_desk(office, tmp, code)
    _login_supervisor(d)
    recovery = d.desk.office_keys.adopt(keys.manifest, keys.package, PASSPHRASE, SUPERVISOR.password, keys.fingerprint)
    assert recovery  # the desk's own key was replaced: a new recovery code, shown once
    d.desk.rotation.confirm_recovery_code()
    d.login_officer()  # officers move to the office key at their next login
    return d


def _actions(d: OfficeDesk, action: str) -> list[dict[str, object]]:
    return [
        {"case_uid": e.case_uid, "actor": e.actor, **e.details}
        for e in AuditLog(_db(d)).entries()
        if e.action == action
    ]


@pytest.fixture
def keys() -> OfficeKeys:
    return _office_keys()


def test_a_supervisor_on_b_reveals_a_case_recorded_on_a_and_both_trails_show_it(
    office: Office, tmp_path: Path, keys: OfficeKeys
) -> None:
    a = make_office_desk(office, tmp_path, "A")
    before = a.desk.cases.create_case(draft(subject="Trước khi nhận khóa văn phòng"))  # sealed to A's own key
    _login_supervisor(a)
    a.desk.office_keys.adopt(keys.manifest, keys.package, PASSPHRASE, SUPERVISOR.password, keys.fingerprint)
    a.desk.rotation.confirm_recovery_code()
    a.login_officer()
    b = keyed_desk(office, tmp_path, "B", keys)
    assert a.sync.sync_once().online
    assert b.sync.sync_once().online
    office.cluster.stop("immediate")
    saved = a.desk.cases.create_case(draft(subject="Tố cáo ghi khi máy chủ tắt"))
    assert not a.sync.sync_once().online
    office.cluster.start()
    assert a.sync.sync_once().pushed == 1
    assert b.sync.sync_once().pulled == 1

    # The pre-join case was re-sealed to the office key on A: A's supervisor opens it with the office key.
    _login_supervisor(a)
    assert a.desk.identity.reveal(before.uid, SUPERVISOR.username, SUPERVISOR.password, REASON).reporters
    a.login_officer()

    grant = b.desk.identity.reveal(saved.uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert [r.identity.full_name for r in grant.reporters] == [CANARY_NAME]
    assert grant.reporters[0].identity.id_number == CANARY_ID
    assert [e["case_uid"] for e in _actions(b, "reveal_granted")] == [saved.uid]  # B's trail, as today
    b.sync.sync_once()

    with psycopg.connect(**office.admin) as conn:  # type: ignore[arg-type]
        rows = conn.execute(
            "SELECT desk, codes FROM office.events WHERE kind = 'identity_revealed' AND case_uid = %s", (saved.uid,)
        ).fetchall()
    assert [(d, c["origin_desk"], c["revealed_on"], c["supervisor"]) for d, c in rows] == [
        ("B", "A", "B", SUPERVISOR.username)
    ]
    a.sync.sync_once()
    recorded = _actions(a, "office_reveal_recorded")
    assert [(e["case_uid"], e["office_desk"], e["supervisor"], e["reason"]) for e in recorded] == [
        (saved.uid, "B", SUPERVISOR.username, REASON)
    ]
    a.sync.sync_once()
    assert len(_actions(a, "office_reveal_recorded")) == 1  # noted once
    assert AuditLog(_db(a)).verify(a.desk.ctx.require()[2].audit_public).ok
    dump = _assert_no_canaries(office)
    assert "Canaryreason" not in dump  # the reason travels encrypted under the content key
    assert "identity_revealed" in dump


def test_the_office_chain_is_signed_at_login_and_a_tampered_head_is_a_loud_alarm(
    office: Office, tmp_path: Path, keys: OfficeKeys
) -> None:
    a = keyed_desk(office, tmp_path, "A", keys)
    b = keyed_desk(office, tmp_path, "B", keys)
    a.desk.cases.create_case(draft())
    a.sync.sync_once()
    b.sync.sync_once()
    _login_supervisor(a)  # signs A's view of the office head
    report = a.desk.security.security_report
    assert report is not None
    assert not report.alarm, report.text()
    assert _actions(a, "office_head_signed")
    a.sync.sync_once()
    b.sync.sync_once()
    _login_supervisor(b)
    report = b.desk.security.security_report
    assert report is not None
    assert not report.alarm, report.text()
    b.sync.sync_once()
    a.sync.sync_once()
    with psycopg.connect(**office.admin) as conn:  # type: ignore[arg-type]
        assert conn.execute("SELECT count(*) FROM office.chain_heads").fetchone() == (2,)
        # the server's administrator forges a signature, and rewrites a code of A's anchored history
        conn.execute("UPDATE office.chain_heads SET signature = decode(repeat('00', 64), 'hex') WHERE desk = 'A'")
        conn.execute(
            "UPDATE office.events SET codes = codes || '{\"sector\": \"forged\"}' WHERE desk = 'A' AND seq = 1"
        )
    c = keyed_desk(office, tmp_path, "C", keys)
    c.sync.sync_once()
    _login_supervisor(c)
    report = c.desk.security.security_report
    assert report is not None
    assert report.alarm
    assert {f.code for f in report.findings} == {"office_chain"}
    text = report.text()
    assert "chữ ký sai" in text
    assert "bàn A đến số" in text
    alarms = _actions(c, "security_alarm")
    assert alarms
    assert "office_chain" in alarms[-1]["codes"]


def test_an_edited_anchored_history_is_an_alarm_at_the_supervisor_login(
    office: Office, tmp_path: Path, keys: OfficeKeys
) -> None:
    a = keyed_desk(office, tmp_path, "A", keys)
    a.desk.cases.create_case(draft())
    a.sync.sync_once()
    anchored = int(get_setting(_db(a), K_ANCHORED))
    a.login_officer()  # the recorded head moves past the anchor
    db = _db(a)
    db.execute("DROP TRIGGER audit_log_no_update")  # an insider with the DB key rewrites anchored history
    db.execute("UPDATE audit_log SET hash = 'forged' WHERE seq = ?", (anchored,))
    _login_supervisor(a)
    report = a.desk.security.security_report
    assert report is not None
    assert "office_anchor" in {f.code for f in report.findings}
    assert str(anchored) in report.text()


def test_a_swapped_manifest_and_a_key_outside_the_manifest_are_refused(
    office: Office, tmp_path: Path, keys: OfficeKeys
) -> None:
    a = keyed_desk(office, tmp_path, "A", keys)
    a.desk.cases.create_case(draft())  # the office key: accepted
    db = _db(a)
    other = _office_keys("Văn phòng giả")
    db.execute("UPDATE settings SET value = ? WHERE key = ?", (other.manifest, keys_repo.K_MANIFEST))
    with pytest.raises(OfficeKeyRefused) as refused:
        a.desk.cases.create_case(draft())
    assert refused.value.text() == MANIFEST_BAD
    db.execute("UPDATE settings SET value = ? WHERE key = ?", (keys.manifest, keys_repo.K_MANIFEST))
    a.desk.cases.create_case(draft())

    # A desk whose identity key is not the manifest's (pinned, never adopted): nothing is sealed.
    b = make_office_desk(office, tmp_path, "B")
    _login_supervisor(b)
    _, db_b, sup = b.desk.ctx.require()
    assert sup.audit_private is not None
    with db_b.atomic():
        keys_repo.pin_manifest(
            db_b, b.desk.ctx.vault.install_id, keys_repo.parse_manifest(keys.manifest), sup.audit_private
        )
    b.login_officer()
    with pytest.raises(OfficeKeyRefused) as refused:
        b.desk.cases.create_case(draft())
    assert refused.value.text() == KEY_OUTSIDE
    _login_supervisor(b)
    report = b.desk.security.security_report
    assert report is not None
    assert "office_key" in {f.code for f in report.findings}
    with pytest.raises(KnownError):  # no desk-only rotation to a random key on an office desk
        b.desk.rotation.start(SUPERVISOR.password)


def test_adopting_checks_the_fingerprint_and_the_passphrase(office: Office, tmp_path: Path, keys: OfficeKeys) -> None:
    a = make_office_desk(office, tmp_path, "A")
    _login_supervisor(a)
    adopt = a.desk.office_keys.adopt
    with pytest.raises(KnownError, match="không khớp phiếu"):
        adopt(keys.manifest, keys.package, PASSPHRASE, SUPERVISOR.password, "0000 0000 0000 0000 0000")
    with pytest.raises(KnownError, match="Sai mật khẩu"):
        adopt(keys.manifest, keys.package, "wrong passphrase", SUPERVISOR.password, keys.fingerprint)
    edited = json.loads(keys.manifest)
    edited["identity_public"] = "11" * 32
    with pytest.raises(KnownError, match="Chữ ký"):
        adopt(json.dumps(edited), keys.package, PASSPHRASE, SUPERVISOR.password, keys.fingerprint)
    assert a.desk.office_keys.fingerprint() is None
    a.login_officer()
    with pytest.raises(KnownError):  # officers may not pin office keys
        a.desk.office_keys.adopt(keys.manifest, keys.package, PASSPHRASE, OFFICER.password, keys.fingerprint)


def test_keys_init_writes_a_signed_manifest_a_locked_package_and_a_join_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from reception_app.app import main

    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASSPHRASE)
    folder = tmp_path / "office-ca"
    assert main(["office", "keys-init", "--dir", str(folder), "--office", "Thanh tra tỉnh"]) == 0
    manifest = keys_repo.parse_manifest((folder / "office-manifest.json").read_text("utf-8"))
    assert manifest.fingerprint in capsys.readouterr().out
    assert manifest.fingerprint in (folder / "join-form.txt").read_text("utf-8")
    package = (folder / "office-keys.pkg").read_bytes()
    assert (folder / "office-keys.pkg").stat().st_mode & 0o077 == 0
    assert b"private" not in package
    id_private, _ = keys_repo.open_key_package(package, PASSPHRASE, manifest)
    assert len(id_private) == 32
    assert main(["office", "keys-init", "--dir", str(folder), "--office", "x"]) == 2  # never overwrites

    from reception_app.services import office_admin

    world = set_up_world(tmp_path / "desk")
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    code = office_admin.adopt_from_files(
        world.desk,
        manifest=folder / "office-manifest.json",
        key_package=folder / "office-keys.pkg",
        passphrase=PASSPHRASE,
        password=SUPERVISOR.password,
        fingerprint=manifest.fingerprint.replace(" ", "-").lower(),  # typed from the form, any spacing
    )
    assert code
    assert world.desk.ctx.require()[2].identity_public == manifest.identity_public
    assert world.desk.office_keys.fingerprint() == manifest.fingerprint


def test_an_interrupted_adoption_resumes_and_re_seals_what_was_saved_meanwhile(
    office: Office, tmp_path: Path, keys: OfficeKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reception_app.services.identity import unreadable_items
    from reception_app.services.security import sealed_since

    a = make_office_desk(office, tmp_path, "A")
    first = a.desk.cases.create_case(draft())
    _login_supervisor(a)
    with monkeypatch.context() as m:
        m.setattr(a.desk.rotation, "finish", lambda password: (_ for _ in ()).throw(RuntimeError("power cut")))
        with pytest.raises(RuntimeError):
            a.desk.office_keys.adopt(keys.manifest, keys.package, PASSPHRASE, SUPERVISOR.password, keys.fingerprint)
    a.login_officer()
    meanwhile = a.desk.cases.create_case(draft())  # sealed to the desk's key: the running adoption re-seals it
    _login_supervisor(a)
    report = a.desk.security.security_report
    assert report is not None
    assert "office_key" not in {f.code for f in report.findings}
    assert a.desk.office_keys.adopt(keys.manifest, keys.package, PASSPHRASE, SUPERVISOR.password, keys.fingerprint)
    a.desk.rotation.confirm_recovery_code()
    manifest = keys_repo.parse_manifest(keys.manifest)
    office_private, _ = keys_repo.open_key_package(keys.package, PASSPHRASE, manifest)
    zero = dict.fromkeys(("reporters", "attachments", "protection", "retaliation"), 0)
    checked, bad, _ = unreadable_items(office_private, sealed_since(_db(a), zero))
    assert (checked, bad) == (2, 0)
    for uid in (first.uid, meanwhile.uid):
        assert a.desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON).reporters
