"""Office mode: back-fill of what a desk recorded before it joined an office.

At join (:func:`start`, in the join transaction) the desk notes the highest case id and printed-document id it
holds: everything up to them was recorded alone and is not on the server. The sync worker then queues it
(:func:`run`), oldest first, a batch of cases per local transaction: for each case its ``case_created`` (the case
as it is now, with its reporters, documents received, deadlines and visits; its number keeps its original form,
``2026-00042``), a ``case_changed`` with its handling steps and transfers if it was handled, its links, its
printed documents, attachments and protection requests; then the prints that belong to no case (logbooks).

The mark (``office.backfill.case_mark`` / ``doc_mark``) moves in the same transaction as the events it queues,
so a crash loses and repeats nothing. While a pre-join case waits for its back-fill, a change to it queues no
event of its own (:func:`is_pending`, checked by ``storage.office.record_event``): its back-fill carries the case
as it is when it is sent. Intake never waits: each batch is a short transaction like any save.
"""

from __future__ import annotations

from datetime import datetime

from reception_app.storage.database import Database
from reception_app.storage.settings import get_setting, set_setting

K_LAST = "office.backfill.last_case"
K_MARK = "office.backfill.case_mark"
K_LAST_DOC = "office.backfill.last_doc"
K_DOC_MARK = "office.backfill.doc_mark"
BATCH = 100  # cases per local transaction (≈ a few ms each; intake waits at most one batch for the lock)
BATCHES_PER_ROUND = 20  # then the sync round pushes what was queued


def _int(db: Database, key: str) -> int:
    return int(get_setting(db, key, "0") or 0)


def start(db: Database) -> None:
    """Note what was recorded before joining (call inside the join transaction; a second join changes nothing)."""
    if get_setting(db, K_LAST):
        return
    set_setting(db, K_LAST, str(int(db.scalar("SELECT coalesce(max(id), 0) FROM cases"))))
    set_setting(db, K_LAST_DOC, str(int(db.scalar("SELECT coalesce(max(id), 0) FROM documents_issued"))))
    set_setting(db, K_MARK, "0")
    set_setting(db, K_DOC_MARK, "0")


def is_pending(db: Database, case_uid: str | None) -> bool:
    """True for a case recorded before joining whose back-fill has not been queued yet."""
    if case_uid is None:
        return False
    last = _int(db, K_LAST)
    mark = _int(db, K_MARK) if last else 0
    if mark >= last:
        return False
    found = db.scalar(
        "SELECT 1 FROM cases WHERE uid = ? AND origin_desk = '' AND id > ? AND id <= ?", (case_uid, mark, last)
    )
    return bool(found)


def remaining(db: Database) -> int:
    """Cases and case-less prints still to back-fill (the status and the tests read it)."""
    cases = db.scalar(
        "SELECT count(*) FROM cases WHERE id > ? AND id <= ? AND origin_desk = ''", (_int(db, K_MARK), _int(db, K_LAST))
    )
    docs = db.scalar(
        "SELECT count(*) FROM documents_issued WHERE id > ? AND id <= ? AND case_id IS NULL",
        (_int(db, K_DOC_MARK), _int(db, K_LAST_DOC)),
    )
    return int(cases) + int(docs)


def _send_case(db: Database, case_id: int, at: datetime) -> None:
    from reception_app.storage import office as office_repo
    from reception_app.storage import office_kinds as kinds

    row = db.query_one("SELECT uid, version FROM cases WHERE id = ?", (case_id,))
    if row is None:
        return
    uid = str(row["uid"])
    office_repo.record_case_created(db, case_id, uid, at)
    if db.scalar("SELECT 1 FROM handling_steps WHERE case_id = ? LIMIT 1", (case_id,)):
        office_repo.record_case_changed(db, case_id, uid, at, int(row["version"]))
    links = db.query(
        "SELECT c.uid AS other, l.kind, l.created_by, l.created_at FROM case_links l JOIN cases c ON c.id = l.other_id"
        " WHERE l.case_id = ? ORDER BY l.other_id",
        (case_id,),
    )
    for link in links:  # a link to a case still waiting goes with that case's back-fill
        if not is_pending(db, link["other"]):
            payload = kinds.link_payload(uid, link["other"], link["kind"], link["created_by"], link["created_at"])
            office_repo.record_event(db, "case_linked", uid, at, payload)
    docs = db.query("SELECT id FROM documents_issued WHERE case_id = ? AND origin_desk = '' ORDER BY id", (case_id,))
    for doc in docs:
        kinds.record_document(db, int(doc["id"]))
    for att in db.query("SELECT seq FROM attachments WHERE case_id = ? ORDER BY seq", (case_id,)):
        kinds.record_attachment(db, case_id, int(att["seq"]), at)
    for req in db.query(
        "SELECT id FROM protection_requests WHERE case_id = ? AND office_ref = '' ORDER BY id", (case_id,)
    ):
        kinds.record_protection(db, int(req["id"]), at)


def step(db: Database, at: datetime, batch: int | None = None) -> int:
    """Queue the back-fill of the next ``batch`` cases (or case-less prints) in one transaction; 0 when done."""
    from reception_app.storage import office_kinds as kinds

    batch = batch or BATCH

    with db.atomic():
        last, mark = _int(db, K_LAST), _int(db, K_MARK)
        if mark < last:
            ids = [
                int(r["id"])
                for r in db.query(
                    "SELECT id FROM cases WHERE id > ? AND id <= ? AND origin_desk = '' ORDER BY id LIMIT ?",
                    (mark, last, batch),
                )
            ]
            for case_id in ids:
                set_setting(db, K_MARK, str(case_id))  # first: the case is no longer "pending" for its own events
                _send_case(db, case_id, at)
            if ids:
                return len(ids)
            set_setting(db, K_MARK, str(last))
        last_doc, doc_mark = _int(db, K_LAST_DOC), _int(db, K_DOC_MARK)
        if doc_mark >= last_doc:
            return 0
        docs = [
            int(r["id"])
            for r in db.query(
                "SELECT id FROM documents_issued WHERE id > ? AND id <= ? AND case_id IS NULL ORDER BY id LIMIT ?",
                (doc_mark, last_doc, batch),
            )
        ]
        for doc_id in docs:
            kinds.record_document(db, doc_id)
        set_setting(db, K_DOC_MARK, str(docs[-1] if len(docs) == batch else last_doc))
        return len(docs)


def run(db: Database, at: datetime, *, batches: int = BATCHES_PER_ROUND) -> int:
    """Queue up to ``batches`` batches (each its own transaction); returns how many items were queued."""
    total = 0
    for _ in range(batches):
        done = step(db, at)
        if not done:
            break
        total += done
    return total
