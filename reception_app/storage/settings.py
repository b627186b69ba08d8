"""Key/value settings and users tables."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reception_app.models.enums import Role
from reception_app.storage.database import Database


def get_setting(db: Database, key: str, default: str = "") -> str:
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return default if value is None else str(value)


def set_setting(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


@dataclass(frozen=True)
class UserRow:
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool


def _roles(text: str) -> frozenset[Role]:
    return frozenset(Role(r) for r in text.split(",") if r)


def get_user(db: Database, username: str) -> UserRow | None:
    r = db.query_one("SELECT * FROM users WHERE username = ?", (username,))
    return None if r is None else UserRow(r["username"], r["full_name"], _roles(r["roles"]), bool(r["active"]))


def list_users(db: Database) -> list[UserRow]:
    return [
        UserRow(r["username"], r["full_name"], _roles(r["roles"]), bool(r["active"]))
        for r in db.query("SELECT * FROM users ORDER BY username")
    ]


def insert_user(
    db: Database, *, username: str, full_name: str, roles: frozenset[Role], now: datetime, created_by: str
) -> None:
    db.execute(
        "INSERT INTO users (username, full_name, roles, active, created_at, created_by) VALUES (?, ?, ?, 1, ?, ?)",
        (username, full_name, ",".join(sorted(r.value for r in roles)), now.isoformat(timespec="seconds"), created_by),
    )


def update_user(
    db: Database, username: str, *, roles: frozenset[Role] | None = None, active: bool | None = None
) -> None:
    if roles is not None:
        db.execute(
            "UPDATE users SET roles = ? WHERE username = ?", (",".join(sorted(r.value for r in roles)), username)
        )
    if active is not None:
        db.execute("UPDATE users SET active = ? WHERE username = ?", (int(active), username))
