"""The server half of the office chain (psycopg): send signed office heads, fetch the ones other desks sent."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from reception_app.storage import office_chain
from reception_app.storage.database import Database
from reception_app.storage.office_chain import SignedHead

FETCH_LIMIT = 500


def send_heads(conn: psycopg.Connection[Any], heads: list[SignedHead]) -> None:
    """Store signed heads through ``office.sign_head`` (the server records the calling desk; retries are no-ops)."""
    with conn.transaction():
        for h in heads:
            data = h.as_json()
            conn.execute(
                "SELECT office.sign_head(%s, %s, %s, %s, %s)",
                (h.signer, Jsonb(data["heads"]), h.digest, h.signature, h.signed_at),
            )


def fetch_heads(conn: psycopg.Connection[Any], after: int) -> list[tuple[int, SignedHead]]:
    rows = conn.execute(
        "SELECT id, desk, signer, heads, digest, signature, signed_at FROM office.chain_heads"
        " WHERE id > %s ORDER BY id LIMIT %s",
        (after, FETCH_LIMIT),
    ).fetchall()
    conn.commit()
    return [
        (
            int(r[0]),
            SignedHead.from_json(
                {
                    "desk": r[1],
                    "signer": r[2],
                    "heads": r[3],
                    "digest": r[4],
                    "signature": bytes(r[5]),
                    "signed_at": r[6],
                }
            ),
        )
        for r in rows
    ]


def sync_heads(conn: psycopg.Connection[Any], db: Database, me: str) -> int:
    """One sync round: chain what is held, send queued signed heads, fetch new ones. Returns heads received."""
    office_chain.advance(db, me)
    queued = office_chain.heads_to_send(db)
    if queued:
        send_heads(conn, queued)
        office_chain.sent(db, len(queued))  # only after the server's COMMIT: a crash re-sends (a no-op)
    received = 0
    while rows := fetch_heads(conn, office_chain.last_received(db)):
        office_chain.store_received(db, rows)
        received += len(rows)
    return received
