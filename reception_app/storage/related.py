"""Queries behind related-case suggestions: FTS5 over folded content/accused, ward index, links.

Reads ``cases``, ``cases_fts`` (and its vocabulary) and ``case_links`` only — never ``reporters`` or any
sealed table.
"""

from __future__ import annotations

from typing import Any

from reception_app.storage.database import Database, Row

_COLUMNS = "c.id, c.uid, c.number, c.kind, c.subject, c.content, c.status, c.received_at"


def _vocab(db: Database) -> None:
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.cases_fts_vocab USING fts5vocab(main, cases_fts, row)")


def document_frequencies(db: Database, terms: list[str]) -> dict[str, int]:
    """How many cases contain each folded term (unknown terms are absent)."""
    if not terms:
        return {}
    _vocab(db)
    marks = ",".join("?" * len(terms))
    rows = db.query(f"SELECT term, doc FROM temp.cases_fts_vocab WHERE term IN ({marks})", terms)
    return {str(r["term"]): int(r["doc"]) for r in rows}


def by_accused(db: Database, phrase: str, *, exclude: int | None, limit: int) -> list[Row]:
    return db.query(
        f"SELECT {_COLUMNS} FROM cases_fts JOIN cases c ON c.id = cases_fts.rowid"
        " WHERE cases_fts MATCH ? AND cases_fts.rowid != ? ORDER BY cases_fts.rowid DESC LIMIT ?",
        ("accused : " + phrase, exclude if exclude is not None else -1, limit),
    )


def by_terms(db: Database, terms: list[str], *, exclude: int | None, limit: int) -> list[Row]:
    """Cases matching any of ``terms`` in subject or content, best bm25 first (terms are few and rare)."""
    match = "{subject content} : (" + " OR ".join('"' + t + '"' for t in terms) + ")"
    return db.query(
        f"SELECT {_COLUMNS} FROM cases_fts JOIN cases c ON c.id = cases_fts.rowid"
        " WHERE cases_fts MATCH ? AND cases_fts.rowid != ? ORDER BY rank LIMIT ?",
        (match, exclude if exclude is not None else -1, limit),
    )


def by_ward(db: Database, ward_code: str, *, exclude: int | None, limit: int) -> list[Row]:
    return db.query(
        f"SELECT {_COLUMNS} FROM cases c WHERE c.ward_code = ? AND c.ward_code != '' AND c.id != ?"
        " ORDER BY c.id DESC LIMIT ?",
        (ward_code, exclude if exclude is not None else -1, limit),
    )


def linked(db: Database, case_id: int) -> list[Row]:
    return db.query(
        f"SELECT {_COLUMNS} FROM case_links l JOIN cases c ON c.id = l.other_id WHERE l.case_id = ? ORDER BY c.id DESC",
        (case_id,),
    )


def case_text(db: Database, uid: str) -> Row | None:
    params: Any = (uid,)
    return db.query_one("SELECT id, uid, subject, content, accused, ward_code FROM cases WHERE uid = ?", params)
