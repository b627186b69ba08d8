"""Attack 2, continued (issue 16): disclosures, account changes and each day's first login carry a signature.

A disclosure in a document is signed by the ephemeral key its reveal grant delegated to (the delegation itself is
signed by the supervisor's audit key inside the checkpointed ``reveal_granted``); account changes and the day's
first login by the acting user's personal key, certified by the audit key. Each test performs the insider's
tampering with the app's own code and expects ``audit verify`` to fail with a named Vietnamese cause.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from reception_app.models.enums import Channel
from reception_app.storage import attestations, crypto
from reception_app.storage.audit import AuditLog
from tests.factories import ADMIN, OFFICER, SUPERVISOR, DeskWorld, draft, set_up_world
from tests.security.insider import officer_keys, raw_db

REASON = "Chuyển đơn tố cáo theo quy định"
BASIS = "Văn bản đồng ý của người tố cáo ngày 20/11/2026"
BODY = "Công an huyện Ea Kar"


@pytest.fixture
def world(data_dir: Path) -> DeskWorld:
    """Setup, the admin creates the officer; the officer records a denunciation and discloses it with a grant."""
    w = set_up_world(data_dir)
    w.desk.auth.login(OFFICER.username, OFFICER.password)
    uid = w.desk.cases.create_case(draft(channel=Channel.POST)).uid
    grant = w.desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    w.desk.documents.issue_transfer_slip(uid, BODY, reveal_token=grant.token, disclosure_basis=BASIS)
    w.desk.identity.end_reveal(grant.token, "closed")
    w.desk.auth.logout()
    return w


def _verify_as_supervisor(world: DeskWorld) -> tuple[bool, str]:
    world.desk.auth.login(SUPERVISOR.username, SUPERVISOR.password)
    report = world.desk.audit.verify()
    world.desk.auth.logout()
    return report.ok, report.problem


def _seq_of(world: DeskWorld, action: str, *, actor: str | None = None) -> int:
    conn = raw_db(world)
    sql, params = "SELECT max(seq) FROM audit_log WHERE action = ?", [action]
    if actor is not None:
        sql, params = sql + " AND actor = ?", [action, actor]
    seq = int(conn.execute(sql, params).fetchone()[0])
    conn.close()
    return seq


def _sign_as(private: bytes, kind: str, key_ref: str, seq: int, digest: str) -> str:
    # The app's own message format (the insider can read the code).
    return base64.b64encode(
        crypto.sign(private, f"reception_app attest v1|{kind}|{key_ref}|{seq}|{digest}".encode())
    ).decode()


def test_untouched_desk_verifies_and_every_signature_is_in_place(world: DeskWorld) -> None:
    ok, problem = _verify_as_supervisor(world)
    assert ok, problem
    disclosed = _seq_of(world, "identity_disclosed")
    created = _seq_of(world, "user_created", actor=ADMIN.username)
    conn = raw_db(world)
    kinds = dict(conn.execute("SELECT seq, kind FROM audit_attestations").fetchall())
    certified = {r[0] for r in conn.execute("SELECT username FROM user_keys WHERE certificate != ''")}
    conn.close()
    assert kinds[disclosed] == "grant"
    assert kinds[created] == "user"  # the admin (no audit key) signed the officer's creation with their own key
    assert {ADMIN.username, SUPERVISOR.username, OFFICER.username} <= certified  # the officer's at the supervisor login


def test_the_grant_key_lives_only_in_the_grant(data_dir: Path) -> None:
    w = set_up_world(data_dir)
    w.desk.auth.login(OFFICER.username, OFFICER.password)
    uid = w.desk.cases.create_case(draft(channel=Channel.POST)).uid
    grant = w.desk.identity.reveal(uid, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert grant.delegate is not None
    assert grant.delegate[1].hex() not in repr(grant)
    assert w.desk.ctx.grant_signer(uid) == grant.delegate
    w.desk.identity.end_reveal(grant.token, "closed")
    assert w.desk.ctx.grant_signer(uid) is None
    w.desk.auth.logout()


def test_deleting_the_disclosure_signature_fails(world: DeskWorld) -> None:
    seq = _seq_of(world, "identity_disclosed")
    conn = raw_db(world)
    conn.execute("DELETE FROM audit_attestations WHERE seq = ?", (seq,))
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "công bố danh tính" in problem
    assert "thiếu chữ ký" in problem


def test_signing_the_disclosure_with_another_key_fails(world: DeskWorld) -> None:
    seq = _seq_of(world, "identity_disclosed")
    own_private, _ = crypto.new_signing_keypair()
    conn = raw_db(world)
    key_ref, digest = conn.execute("SELECT key_ref, hash FROM audit_attestations WHERE seq = ?", (seq,)).fetchone()
    conn.execute(
        "UPDATE audit_attestations SET signature = ? WHERE seq = ?",
        (_sign_as(own_private, "grant", key_ref, seq, digest), seq),
    )
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "không do khóa được ủy quyền" in problem


def test_a_delegation_used_for_another_case_fails(world: DeskWorld) -> None:
    """Even holding a live grant's key (their own session's memory), the officer cannot sign for another case."""
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    first = desk.cases.create_case(draft(channel=Channel.POST)).uid
    other = desk.cases.create_case(draft(channel=Channel.POST, subject="Hồ sơ khác")).uid
    grant = desk.identity.reveal(first, SUPERVISOR.username, SUPERVISOR.password, REASON)
    assert grant.delegate is not None
    _, db, _ = desk.ctx.require()
    with db.atomic():
        AuditLog(db).append(
            at=desk.ctx.clock(), actor=OFFICER.username, action="identity_disclosed", case_uid=other, details={}
        )
        attestations.attest(
            db, at=desk.ctx.clock(), kind="grant", key_ref=str(grant.delegate[0]), private=grant.delegate[1]
        )
    desk.auth.logout()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "thuộc hồ sơ khác" in problem


def test_a_disclosure_without_any_grant_fails(world: DeskWorld) -> None:
    """The insider appends a disclosure entry with the app's code in their own session: it has no grant key."""
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    uid = desk.cases.create_case(draft(channel=Channel.POST)).uid
    _, db, _ = desk.ctx.require()
    with db.atomic():
        desk.ctx.audit("identity_disclosed", case_uid=uid, doc_kind="transfer_slip")
    desk.auth.logout()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "công bố danh tính" in problem


def test_deleting_an_account_change_signature_fails(world: DeskWorld) -> None:
    seq = _seq_of(world, "user_created", actor=ADMIN.username)
    conn = raw_db(world)
    conn.execute("DELETE FROM audit_attestations WHERE seq = ?", (seq,))
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "thay đổi tài khoản (user_created)" in problem


def test_deleting_the_first_login_of_the_day_signature_fails(world: DeskWorld) -> None:
    conn = raw_db(world)
    first_login = conn.execute("SELECT min(seq) FROM audit_log WHERE action = 'login'").fetchone()[0]
    deleted = conn.execute("DELETE FROM audit_attestations WHERE seq = ?", (first_login,)).rowcount
    conn.execute("DELETE FROM audit_checkpoints WHERE seq = ?", (first_login,))
    conn.close()
    assert deleted == 1  # the admin's login of the day: signed by the admin's key
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "đăng nhập đầu ngày" in problem


def test_a_certificate_forged_with_an_officer_made_key_fails(world: DeskWorld) -> None:
    """The officer certifies a key of their own as the admin's with an audit key they made, and re-signs."""
    seq = _seq_of(world, "user_created", actor=ADMIN.username)
    fake_audit_private, _ = crypto.new_signing_keypair()
    own_private, own_public = crypto.new_signing_keypair()
    cert = crypto.sign(fake_audit_private, attestations.certificate_message(ADMIN.username, own_public))
    conn = raw_db(world)
    digest = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()[0]
    conn.execute(
        "INSERT INTO user_keys (username, public, certificate, certified_by, certified_at) VALUES (?, ?, ?, ?, ?)",
        (ADMIN.username, own_public.hex(), base64.b64encode(cert).decode(), SUPERVISOR.username, "2026-01-01"),
    )
    conn.execute(
        "UPDATE audit_attestations SET signature = ? WHERE seq = ?",
        (_sign_as(own_private, "user", ADMIN.username, seq, digest), seq),
    )
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "giả mạo" in problem
    assert ADMIN.username in problem


def test_a_key_only_written_into_the_table_is_never_certified(world: DeskWorld) -> None:
    """The officer registers a key of their own for the admin as 'pending': the supervisor login leaves it
    uncertified (the admin's slot does not show it), and a signature made with it does not count."""
    seq = _seq_of(world, "user_created", actor=ADMIN.username)
    own_private, own_public = crypto.new_signing_keypair()
    conn = raw_db(world)
    digest = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()[0]
    conn.execute("INSERT INTO user_keys (username, public) VALUES (?, ?)", (ADMIN.username, own_public.hex()))
    conn.execute("DELETE FROM user_keys WHERE username = ? AND public != ?", (ADMIN.username, own_public.hex()))
    conn.execute(
        "UPDATE audit_attestations SET signature = ? WHERE seq = ?",
        (_sign_as(own_private, "user", ADMIN.username, seq, digest), seq),
    )
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "chưa được lãnh đạo chứng nhận" in problem
    conn = raw_db(world)
    assert conn.execute("SELECT certificate FROM user_keys WHERE username = ?", (ADMIN.username,)).fetchone()[0] == ""
    conn.close()


def test_the_officer_cannot_sign_the_admins_change_with_their_own_certified_key(world: DeskWorld) -> None:
    seq = _seq_of(world, "user_created", actor=ADMIN.username)
    own = officer_keys(world).signing_private
    assert own is not None
    conn = raw_db(world)
    digest = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()[0]
    conn.execute(
        "UPDATE audit_attestations SET key_ref = ?, signature = ? WHERE seq = ?",
        (OFFICER.username, _sign_as(own, "user", OFFICER.username, seq, digest), seq),
    )
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "không phải của mình" in problem


def test_password_change_keeps_the_certified_key_and_a_reset_gets_a_new_one(world: DeskWorld) -> None:
    before = officer_keys(world).signing_private
    desk = world.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    desk.users.change_password(OFFICER.password, "officer-password-2-new")
    assert desk.ctx.vault.verify_password(OFFICER.username, "officer-password-2-new").signing_private == before
    desk.auth.logout()
    desk.auth.login(ADMIN.username, ADMIN.password)
    desk.users.reset_password(OFFICER.username, "officer-password-3-reset")
    desk.auth.logout()
    assert desk.ctx.vault.verify_password(OFFICER.username, "officer-password-3-reset").signing_private != before
    ok, problem = _verify_as_supervisor(world)
    assert ok, problem


def test_an_install_from_before_user_keys_gets_them_at_the_next_login(world: DeskWorld) -> None:
    """A slot without a signing key (older version) gets one at its user's next login, without a new password."""
    from tests.security.insider import read_vault, write_vault

    data = read_vault(world)
    slot = next(s for s in data["slots"] if s.get("username") == OFFICER.username)
    slot["items"].pop("signing_key")
    slot.pop("signing_public")
    write_vault(world, data)
    world.desk.ctx.vault.reload()
    world.desk.auth.login(OFFICER.username, OFFICER.password)
    assert world.desk.ctx.keys is not None
    assert world.desk.ctx.keys.signing_private is not None
    world.desk.auth.logout()
    ok, problem = _verify_as_supervisor(world)
    assert ok, problem


def test_a_delegation_rewritten_to_an_officer_key_fails(world: DeskWorld) -> None:
    """The officer puts their own key in the reveal_granted delegation, re-signs the disclosure with it and
    re-hashes the chain: the supervisor's checkpoint at the grant no longer matches."""
    import json

    from tests.security.insider import rehash_chain

    own_private, own_public = crypto.new_signing_keypair()
    granted = _seq_of(world, "reveal_granted")
    disclosed = _seq_of(world, "identity_disclosed")
    conn = raw_db(world)
    details = json.loads(conn.execute("SELECT details FROM audit_log WHERE seq = ?", (granted,)).fetchone()[0])
    details["delegate_public"] = own_public.hex()
    rehash_chain(conn)  # drops the append-only triggers first
    conn.execute("UPDATE audit_log SET details = ? WHERE seq = ?", (json.dumps(details, sort_keys=True), granted))
    rehash_chain(conn)
    digest = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (disclosed,)).fetchone()[0]
    conn.execute(
        "UPDATE audit_attestations SET hash = ?, signature = ? WHERE seq = ?",
        (digest, _sign_as(own_private, "grant", str(granted), disclosed, digest), disclosed),
    )
    conn.close()
    ok, problem = _verify_as_supervisor(world)
    assert not ok
    assert "điểm ký" in problem  # the chain no longer matches the supervisor's checkpoint at the grant


def test_a_new_users_key_counts_until_the_next_supervisor_check(data_dir: Path) -> None:
    """Before any supervisor logs in, a new officer's key is pending, and what it signs verifies; the next
    supervisor login certifies it (their slot shows it), so it still verifies afterwards."""
    w = set_up_world(data_dir)
    desk = w.desk
    desk.auth.login(OFFICER.username, OFFICER.password)
    desk.users.change_password(OFFICER.password, "officer-password-2-new")  # signed with the pending key
    report = desk.audit.verify()
    assert report.ok, report.problem
    desk.auth.logout()
    ok, problem = _verify_as_supervisor(w)
    assert ok, problem
