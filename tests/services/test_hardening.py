"""Issue 18 at the service layer: password policy, weak passwords changed at login, reveal_minutes bounds,
typed supervisor names audited as keyed hashes, padded sealed identities, the identity guard on free text."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import sqlcipher3

from reception_app.models.case import ReporterIdentity
from reception_app.models.enums import CaseKind
from reception_app.models.errors import ValidationError
from reception_app.models.fold import fold
from reception_app.models.identity_guard import find_identity, placeholder_for, replace_hits
from reception_app.services import Desk, NewUser
from reception_app.storage import crypto
from reception_app.storage.audit import AuditEntry, AuditLog
from reception_app.storage.crypto import TEST_KDF
from reception_app.storage.errors import WrongCredentials
from reception_app.storage.keyring_secret import MemorySecretStore
from tests.factories import (
    ADMIN,
    AGENCY,
    CANARY_ADDRESS,
    CANARY_ID,
    CANARY_NAME,
    CANARY_PHONE,
    OFFICER,
    SUPERVISOR,
    DeskWorld,
    canary_identity,
    draft,
    set_up_world,
)

# --- password policy --------------------------------------------------------------------------------


@pytest.mark.parametrize("weak", ["1234567890", "matkhau123", "matkhau@2025", "lanhdao12345"])
def test_a_weak_supervisor_password_is_refused_at_setup_with_a_vietnamese_reason(data_dir: Path, weak: str) -> None:
    desk = Desk(data_dir, secret_store=MemorySecretStore(), kdf=TEST_KDF, floor=TEST_KDF)
    with pytest.raises(ValidationError) as refused:
        desk.auth.setup(AGENCY, ADMIN, replace(SUPERVISOR, password=weak))
    (error,) = refused.value.errors
    assert error.field == "supervisor.password"
    assert error.message.startswith("Mật khẩu")
    assert "ký tự" in error.message or "dễ đoán" in error.message
    assert not desk.is_set_up


def test_the_supervisor_needs_more_than_an_officer(data_dir: Path) -> None:
    medium = "banglang1984"  # zxcvbn score 3: enough for an officer, not for a supervisor
    desk = Desk(data_dir, secret_store=MemorySecretStore(), kdf=TEST_KDF, floor=TEST_KDF)
    with pytest.raises(ValidationError) as refused:
        desk.auth.setup(AGENCY, ADMIN, replace(SUPERVISOR, password=medium))
    assert "lãnh đạo" in refused.value.errors[0].message
    desk.auth.setup(AGENCY, replace(ADMIN, password=medium), SUPERVISOR)


def test_officer_passwords_follow_the_policy_too(data_dir: Path) -> None:
    world = set_up_world(data_dir, with_officer=False)
    desk = world.desk
    desk.auth.login(ADMIN.username, ADMIN.password)
    with pytest.raises(ValidationError) as refused:
        desk.users.create_user(NewUser("tiepdan", "Phạm Tiếp Dân", "thanhtra2025"))
    assert "Mật khẩu" in refused.value.errors[0].message
    with pytest.raises(ValidationError):
        desk.users.reset_password(SUPERVISOR.username, "1234567890abc")


def _plant_weak_password(world: DeskWorld, user: NewUser, weak: str, *, supervisor: bool) -> None:
    """A password set before the policy was raised: written straight into the vault slot."""
    keys = world.desk.vault.verify_password(user.username, user.password)
    world.desk.vault.set_user_slot(user.username, weak, keys, supervisor=supervisor)


@pytest.mark.parametrize(("user", "supervisor"), [(OFFICER, False), (SUPERVISOR, True)])
def test_an_existing_weak_password_must_be_changed_at_next_login(
    data_dir: Path, user: NewUser, supervisor: bool
) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    assert not desk.auth.login(user.username, user.password).must_change_password
    desk.auth.logout()
    _plant_weak_password(world, user, "matkhau123", supervisor=supervisor)
    session = desk.auth.login(user.username, "matkhau123")
    assert session.must_change_password
    with pytest.raises(ValidationError):
        desk.users.change_password("matkhau123", "matkhau1234567")
    desk.users.change_password("matkhau123", "cây-bàng đỏ lá-mùa đông 1987")
    assert desk.session is not None
    assert not desk.session.must_change_password
    desk.auth.logout()
    assert not desk.auth.login(user.username, "cây-bàng đỏ lá-mùa đông 1987").must_change_password
    logins = [e.details for e in _entries(desk) if e.action == "login"]
    assert {"password_change_required": True} in logins


def _entries(desk: Desk) -> list[AuditEntry]:
    assert desk.ctx.db is not None
    return AuditLog(desk.ctx.db).entries(limit=1000)


# --- reveal minutes, typed supervisor names, padding --------------------------------------------------


def test_reveal_minutes_are_clamped_at_read_and_write(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    assert desk.identity.reveal_minutes() == 5
    assert desk.identity.set_reveal_minutes(10_000) == 60
    assert desk.identity.reveal_minutes() == 60
    assert desk.identity.set_reveal_minutes(0) == 1
    from reception_app.storage import settings as settings_repo

    assert desk.ctx.db is not None
    for stored, read in (("99999999", 60), ("-5", 5), ("abc", 5), ("0", 1), ("30", 30)):
        settings_repo.set_setting(desk.ctx.db, "reveal_minutes", stored)
        assert desk.identity.reveal_minutes() == read
    settings_repo.set_setting(desk.ctx.db, "reveal_minutes", "999999")
    uid = desk.cases.create_case(draft()).uid
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "Xác minh theo yêu cầu")
    assert (grant.expires_at - desk.clock.now()).total_seconds() <= 60 * 60


def test_an_unknown_name_in_the_supervisor_field_is_audited_as_a_keyed_hash(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft()).uid
    typed = "My-Secret-Password-Typed-In-User"
    with pytest.raises(WrongCredentials):
        desk.identity.reveal(uid, typed, "x", "Xác minh theo yêu cầu")
    with pytest.raises(WrongCredentials):
        desk.identity.reveal(uid, typed, "x", "Xác minh lần hai")
    with pytest.raises(WrongCredentials):
        desk.identity.reveal(uid, SUPERVISOR.username, "not-the-password", "Xác minh theo yêu cầu")
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    entries = [e for e in desk.audit.entries(case_uid=uid, limit=100) if e.action.startswith("reveal_")]
    text = repr([e.details for e in entries]).casefold()
    assert typed.casefold() not in text
    hashes = [e.details["supervisor_hash"] for e in entries if "supervisor_hash" in e.details]
    assert len(hashes) == 4
    assert len(set(hashes)) == 1
    # keyed: not the plain SHA-256 of the name
    import hashlib

    assert hashes[0] not in hashlib.sha256(typed.casefold().encode()).hexdigest()
    assert any(e.details.get("supervisor") == SUPERVISOR.username for e in entries)  # a real account: by name


def _sealed_lengths(world: DeskWorld) -> list[int]:
    keys = world.desk.vault.unlock_recovery(world.recovery_code)
    conn = sqlcipher3.connect(str(world.data_dir / "reception.db"))
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    lengths = [len(row[0]) for row in conn.execute("SELECT sealed_identity FROM reporters")]
    conn.close()
    return lengths


def test_sealed_identities_are_padded_to_one_size(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    short = canary_identity(full_name="Lê A", address="", email="")
    long = canary_identity(full_name="Tôn Nữ Thị Hoàng Phương Thảo Nguyên", address="Số 1" + " đường dài" * 10)
    desk.cases.create_case(draft(identity=short))
    uid = desk.cases.create_case(draft(identity=long)).uid
    lengths = _sealed_lengths(world)
    assert len(set(lengths)) == 1, lengths
    desk.auth.logout()
    desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    grant = desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, "Xác minh theo yêu cầu")
    assert grant.reporters[0].identity == long


def test_unpadded_identities_sealed_earlier_still_unseal() -> None:
    private, public = crypto.new_identity_keypair()
    ident = canary_identity()
    ad = crypto.seal_ad("uid", 1, 1)
    old = crypto.seal(public, ident.to_canonical_json(), ad)
    new = crypto.seal(public, crypto.pad_json(ident.to_canonical_json()), ad)
    assert len(old) < len(new)
    for blob in (old, new):
        assert ReporterIdentity.from_canonical_json(crypto.unseal(private, blob, ad)) == ident
    assert len(crypto.pad_json(b"x" * 513)) == 1024


# --- identity guard -------------------------------------------------------------------------------------

TYPED_IN = f"Ông {CANARY_NAME.upper()}, SĐT {CANARY_PHONE[:4]} {CANARY_PHONE[4:7]} {CANARY_PHONE[7:]}, tố cáo ông K."


def test_identity_in_content_is_refused_until_the_officer_chooses(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    with pytest.raises(ValidationError) as refused:
        desk.cases.create_case(draft(content=TYPED_IN))
    assert [e.field for e in refused.value.errors] == ["content"]
    assert "[người tố cáo]" in refused.value.errors[0].message
    uid = desk.cases.create_case(draft(content=TYPED_IN), identity_in_text=True).uid
    # kept by choice: audited by count only, never found by search
    (created,) = [e for e in _entries(desk) if e.action == "case_created" and e.case_uid == uid]
    assert created.details["identity_kept"] == 2
    assert CANARY_NAME.casefold() not in repr(created.details).casefold()
    assert desk.cases.search_cases(fold(CANARY_NAME)).rows == ()
    assert desk.cases.search_cases(CANARY_PHONE).rows == ()
    assert desk.cases.search_cases("tố cáo ông").rows  # the rest of the content is still searchable


def test_phone_and_id_shapes_never_reach_the_search_index(data_dir: Path) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft(kind=CaseKind.ANONYMOUS_TIP, content="Liên hệ 0911222333, CMND 123456789.")).uid
    assert desk.cases.search_cases("0911222333").rows == ()
    assert desk.cases.search_cases("123456789").rows == ()
    assert desk.cases.get_case(uid).content == "Liên hệ 0911222333, CMND 123456789."


def _plaintext_dump(world: DeskWorld, target: Path) -> bytes:
    keys = world.desk.vault.unlock_recovery(world.recovery_code)
    conn = sqlcipher3.connect(str(world.data_dir / "reception.db"))
    conn.execute(f"PRAGMA key = \"x'{keys.db_key.hex()}'\"")
    conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
    conn.execute("SELECT sqlcipher_export('plain')")
    conn.execute("DETACH DATABASE plain")
    conn.close()
    plain = sqlite3.connect(str(target))
    rows = plain.execute("SELECT content FROM cases").fetchall()
    plain.close()
    assert rows
    return target.read_bytes()


def test_canary_typed_into_free_text_is_gone_from_the_decrypted_db_after_replacement(
    data_dir: Path, tmp_path: Path
) -> None:
    world = set_up_world(data_dir)
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    ident = canary_identity()
    surname, *_, given = CANARY_NAME.split()
    subject = f"Đơn của {fold(CANARY_NAME)}"
    content = (
        f"Tôi là {CANARY_NAME}, CCCD {CANARY_ID}, SĐT {CANARY_PHONE}, ở {CANARY_ADDRESS}. "
        f"Ông {given} ({surname} {given}) bị trả thù."
    )
    placeholder = placeholder_for(CaseKind.DENUNCIATION)
    accepted = draft(
        subject=replace_hits(subject, find_identity(subject, [ident]), placeholder),
        content=replace_hits(content, find_identity(content, [ident]), placeholder),
    )
    desk.cases.create_case(accepted)  # nothing left: saves without the explicit choice
    desk.auth.logout()
    dump = _plaintext_dump(world, tmp_path / "plain.db")
    assert "Tôi là [người tố cáo], CCCD [người tố cáo]".encode() in dump
    for canary in (CANARY_NAME, CANARY_ID, CANARY_PHONE, CANARY_ADDRESS, fold(CANARY_NAME), given, "Canarystreet"):
        for form in {canary, fold(canary), canary.upper(), canary.casefold()}:
            if len(form) < 5:  # the folded given name "oa" occurs by chance in any binary file: not a canary
                continue
            assert form.encode("utf-8") not in dump, form
