"""Realistic benchmark data: N cases in a real data folder, written through the storage layer.

``python -m bench.generate --cases 20000`` builds (or reuses) ``bench/.cache/data-v<version>-<N>/``, a data
folder made by ``desk.auth.setup`` with the PRODUCTION Argon2id parameters, so logging in costs what it costs at
a desk. The device secret is kept like the demo data folder's (``services/demo.py``): the 0600 file
``device_secret`` inside the folder (``FileSecretStore``), so any process can open it:

    python -m reception_app --data-dir bench/.cache/data-v1-1000000          # when no OS keyring is usable
    python -m reception_app --demo --data-dir bench/.cache/data-v1-1000000   # always (the demo path)

Accounts are the demo accounts (``DEMO_ACCOUNTS``). Cases carry Vietnamese text of 50–400 words, real
post-2025 provinces and wards (``vietnam_provinces``), 1–3 reporters whose identities are SEALED exactly as
``desk.cases.create_case`` seals them, received documents, visits (the logbook) and one audit row per case (the
real hash chain). Text and sealing run in a process pool; one writer inserts with ``storage.cases.insert_case``
in transactions of ``CHUNK`` cases.
"""

from __future__ import annotations

import argparse
import bisect
import contextlib
import itertools
import json
import math
import os
import random
import shutil
import sys
import time
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from bench import vntext as vt
from reception_app.models.case import (
    IDENTITY_SCHEMA_VERSION,
    CaseDraft,
    ReceivedDocument,
    ReporterDraft,
    ReporterIdentity,
)
from reception_app.models.deadlines import RECEPTION_ANSWER_WORKING_DAYS, add_working_days
from reception_app.models.enums import CaseKind, CaseStatus, Channel, Gender, IdKind, Sector
from reception_app.services import Desk, NewUser
from reception_app.services.demo import DEMO_ACCOUNTS, DEMO_AGENCY
from reception_app.storage import cases as case_repo
from reception_app.storage import crypto
from reception_app.storage.audit import AuditLog
from reception_app.storage.database import Database, open_database
from reception_app.storage.keyring_secret import FileSecretStore

GENERATOR_VERSION = 2
DEFAULT_CASES = 1_000_000
CHUNK = 2000  # cases per worker task and per write transaction
SEED = 20260101
CACHE = Path(__file__).with_name(".cache")
ACCOUNTS = {role: (user, password) for user, password, role in DEMO_ACCOUNTS}
VN = timezone(timedelta(hours=7))
START = date(2021, 12, 1)  # five years of intake, ending just before the benchmark machine's "today"
END = date(2026, 11, 20)
AGENCY_PROVINCE = "66"  # Đắk Lắk, as in the demo agency
OFFICERS = (("canbo", 70), ("lanhdao", 18), ("quantri", 12))
# Searches the benchmark runs, chosen from the generator's own vocabulary (counts are in the metadata).
RARE_QUERY = "Komatsu"
NAME_QUERY = "Hoàng Minh Tuấn"
COMMON_QUERY = "đất"


@dataclass(frozen=True)
class Dataset:
    data_dir: Path
    cases: int
    meta: dict[str, Any]

    @property
    def admin(self) -> tuple[str, str]:
        return ACCOUNTS["admin"]

    @property
    def supervisor(self) -> tuple[str, str]:
        return ACCOUNTS["supervisor"]

    @property
    def officer(self) -> tuple[str, str]:
        return ACCOUNTS["officer"]

    def desk(self) -> Desk:
        return Desk(self.data_dir, secret_store=FileSecretStore(self.data_dir))


def dataset_dir(cases: int, cache: Path | None = None) -> Path:
    return (cache or CACHE) / f"data-v{GENERATOR_VERSION}-{cases}"


def default_cases() -> int:
    return int(os.environ.get("BENCH_CASES", DEFAULT_CASES))


# --- worker side: text, identities, sealing --------------------------------------------------------------


def _weighted(pairs: Sequence[tuple[Any, int]]) -> tuple[list[Any], list[int]]:
    values = [v for v, _ in pairs]
    cum = list(itertools.accumulate(w for _, w in pairs))
    return values, cum


def _pick(rng: random.Random, table: tuple[list[Any], list[int]]) -> Any:
    values, cum = table
    return values[bisect.bisect_right(cum, rng.random() * cum[-1])]


_SURNAMES = _weighted(vt.SURNAMES)
_KINDS = _weighted(vt.KINDS)
_SECTORS = {k: _weighted(v) for k, v in vt.SECTORS.items()}
_CHANNELS = _weighted(vt.CHANNELS)
_DOC_STATES = _weighted(vt.DOC_STATES)
_OFFICERS = _weighted(OFFICERS)
_SUBJECT_PREFIX = {
    CaseKind.COMPLAINT: ("Khiếu nại", "Đề nghị", "Tranh chấp"),
    CaseKind.DENUNCIATION: ("Tố cáo",),
    CaseKind.PETITION: ("Phản ánh", "Kiến nghị", "Đề nghị"),
    CaseKind.MIXED: ("Khiếu nại", "Tố cáo", "Đơn"),
    CaseKind.ANONYMOUS_TIP: ("Thông tin", "Tố cáo"),
}


@cache
def _subjects(kind: CaseKind, sector: Sector) -> tuple[str, ...]:
    """Subjects of the sector that read right for the kind (a denunciation starts "Tố cáo ...")."""
    fitting = tuple(s for s in vt.SUBJECTS[sector] if s.startswith(_SUBJECT_PREFIX[kind]))
    return fitting or vt.SUBJECTS[sector]


@dataclass
class _WorkerState:
    identity_public: bytes
    total: int
    provinces: list[tuple[str, str]]  # (code, name)
    province_names: dict[str, str]
    wards: dict[str, list[tuple[str, str]]]  # province code → [(ward code, name)]
    days: list[date]  # working days from START to END


_STATE: dict[str, _WorkerState] = {}  # the worker process's state, set by the pool initializer


def _load_places() -> tuple[list[tuple[str, str]], dict[str, list[tuple[str, str]]]]:
    import vietnam_provinces as vp

    provinces = [(f"{int(p.code):02d}", " ".join(p.name.split())) for p in vp.Province.iter_all()]
    wards: dict[str, list[tuple[str, str]]] = {}
    for w in vp.Ward.iter_all():
        wards.setdefault(f"{int(w.province_code):02d}", []).append((f"{int(w.code):05d}", " ".join(w.name.split())))
    return provinces, wards


def _init_worker(identity_public: bytes, total: int) -> None:
    provinces, wards = _load_places()
    days = [START + timedelta(days=i) for i in range((END - START).days + 1)]
    workdays = [d for d in days if d.weekday() < 5]
    _STATE["s"] = _WorkerState(identity_public, total, provinces, dict(provinces), wards, workdays)


@lru_cache(maxsize=4096)
def _due(day: date) -> date:
    return add_working_days(day, RECEPTION_ANSWER_WORKING_DAYS)


def _received_at(state: _WorkerState, i: int) -> datetime:
    """Monotonic in ``i``: spread evenly over the working days, 07:30–17:00 local time."""
    pos = i * len(state.days) / state.total
    day = state.days[min(int(pos), len(state.days) - 1)]
    minutes = 450 + int((pos - int(pos)) * 570)
    local = datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, (i * 37) % 60, tzinfo=VN)
    return local.astimezone(UTC)


def _person_name(rng: random.Random, gender: Gender) -> str:
    if rng.random() < 0.03:
        return rng.choice(vt.HIGHLAND)
    surname = _pick(rng, _SURNAMES)
    if gender is Gender.FEMALE:
        return f"{surname} {rng.choice(vt.MIDDLE_FEMALE)} {rng.choice(vt.GIVEN_FEMALE)}"
    return f"{surname} {rng.choice(vt.MIDDLE_MALE)} {rng.choice(vt.GIVEN_MALE)}"


def _place(rng: random.Random, state: _WorkerState, local: float = 0.9) -> tuple[str, str, str, str]:
    code = AGENCY_PROVINCE if rng.random() < local else rng.choice(state.provinces)[0]
    pname = state.province_names[code]
    wcode, wname = rng.choice(state.wards[code])
    return code, pname, wcode, wname


def _identity(rng: random.Random, state: _WorkerState, received: date) -> ReporterIdentity:
    gender = Gender.FEMALE if rng.random() < 0.42 else Gender.MALE
    birth = date(rng.randint(1945, received.year - 18), rng.randint(1, 12), rng.randint(1, 28))
    pcode, pname, wcode, wname = _place(rng, state)
    century = 0 if birth.year < 2000 else 2
    number = f"0{pcode}{century + (gender is Gender.FEMALE)}{birth.year % 100:02d}{rng.randint(0, 999_999):06d}"
    issued = max(date(birth.year + 14, birth.month, birth.day), received - timedelta(days=rng.randint(20, 3000)))
    address = f"Số {rng.randint(1, 320)} {rng.choice(vt.STREETS)}, {rng.choice(vt.HAMLETS)}, {wname}, {pname}"
    return ReporterIdentity(
        full_name=_person_name(rng, gender),
        id_kind=IdKind.CCCD,
        id_number=number,
        id_issued_on=issued,
        id_issued_by=rng.choice(vt.ISSUERS),
        birth_date=birth,
        gender=gender,
        province_code=pcode,
        ward_code=wcode,
        address=address,
        phone=f"0{rng.choice('3579')}{rng.randint(10_000_000, 99_999_999)}",
        email=f"nguoidan{rng.randint(100, 99999)}@gmail.com" if rng.random() < 0.15 else "",
    )


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format_map(slots) if "{" in template else template


def _content(rng: random.Random, kind: CaseKind, sector: Sector, slots: dict[str, str]) -> str:
    target = max(50, min(400, int(rng.lognormvariate(math.log(130), 0.55))))
    sentences = [_fill(rng.choice(vt.OPENINGS[kind]), slots)]
    words = len(sentences[0].split())
    body = vt.BODY[sector]
    closing = _fill(rng.choice(vt.CLOSINGS), slots)
    budget = target - len(closing.split())
    if rng.random() < vt.RARE_PROBABILITY:
        sentences.append(f"Sự việc có liên quan đến {rng.choice(vt.RARE_PHRASES)} tại {slots['hamlet']}.")
    while words < budget:
        pool = body if rng.random() < 0.65 else vt.GENERIC
        s = _fill(rng.choice(pool), slots)
        sentences.append(s)
        words += len(s.split())
    sentences.append(closing)
    # Paragraphs of three to five sentences, as officers type them.
    paras, i = [], 0
    while i < len(sentences):
        n = rng.randint(3, 5)
        paras.append(" ".join(sentences[i : i + n]))
        i += n
    return "\n".join(paras)


def _status(rng: random.Random, received: date) -> tuple[CaseStatus, date | None]:
    age = (END - received).days
    r = rng.random()
    if age > 180:
        status = (
            CaseStatus.RESOLVED
            if r < 0.62
            else CaseStatus.CLOSED
            if r < 0.82
            else CaseStatus.PROCESSED
            if r < 0.92
            else CaseStatus.IN_PROGRESS
        )
    elif age > 30:
        status = (
            CaseStatus.RESOLVED
            if r < 0.3
            else CaseStatus.PROCESSED
            if r < 0.6
            else CaseStatus.IN_PROGRESS
            if r < 0.9
            else CaseStatus.RECEIVED
        )
    else:
        status = CaseStatus.RECEIVED if r < 0.6 else CaseStatus.PROCESSED if r < 0.9 else CaseStatus.IN_PROGRESS
    resolved = None
    if status in (CaseStatus.RESOLVED, CaseStatus.CLOSED):
        resolved = min(END, received + timedelta(days=rng.randint(10, min(120, max(10, age)))))
    return status, resolved


@dataclass(frozen=True)
class GenCase:
    """One generated case as the writer needs it. Identities are already sealed."""

    draft: CaseDraft  # reporters=() here: the identities travel only sealed
    uid: str
    sealed: tuple[tuple[int, bytes, bool], ...]  # (seq, sealed identity, is_representative)
    due_on: date
    officer: str
    status: str
    resolved_on: str | None
    has_originals: int
    repeat_count: int
    visits: tuple[tuple[str, int, int, int, str], ...]  # (visited_at, people, is_group, first_time, outcome)
    rare: bool


def _accused(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.2:
        return rng.choice(vt.ORGANISATIONS), ""
    gender = Gender.FEMALE if rng.random() < 0.3 else Gender.MALE
    title = "Bà" if gender is Gender.FEMALE else "Ông"
    return f"{title} {_person_name(rng, gender)}", rng.choice(vt.POSITIONS)


def _one(rng: random.Random, state: _WorkerState, i: int) -> GenCase:
    received_at = _received_at(state, i)
    kind: CaseKind = _pick(rng, _KINDS)
    sector: Sector = _pick(rng, _SECTORS[kind])
    channel: Channel = Channel.MAILBOX if kind is CaseKind.ANONYMOUS_TIP else _pick(rng, _CHANNELS)
    pcode, pname, wcode, wname = _place(rng, state, local=0.93)
    accused, position = (
        _accused(rng) if kind in (CaseKind.DENUNCIATION, CaseKind.ANONYMOUS_TIP, CaseKind.MIXED) else ("", "")
    )
    slots = {
        "ward": wname,
        "province": pname,
        "hamlet": rng.choice(vt.HAMLETS),
        "accused": accused or "cán bộ phụ trách",
        "position": position or "cán bộ",
        "project": rng.choice(vt.PROJECTS),
        "org": rng.choice(vt.ORGANISATIONS),
        "area": str(rng.randint(80, 3000)),
        "area2": str(rng.randint(40, 1500)),
        "small": str(rng.randint(2, 60)),
        "price": f"{rng.randint(60, 900)}.000",
        "money": str(rng.randint(3, 300)),
        "plot": str(rng.randint(1, 900)),
        "sheet": str(rng.randint(1, 80)),
        "year": str(rng.randint(1985, 2015)),
        "year2": str(rng.randint(2016, 2025)),
        "month": str(rng.randint(1, 12)),
        "months": str(rng.randint(3, 24)),
        "times": str(rng.randint(2, 6)),
        "date": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2019, 2025)}",
    }
    slots["decision"] = rng.choice(vt.DECISIONS).format(n=rng.randint(12, 4800))
    content = _content(rng, kind, sector, slots)
    rare = "Sự việc có liên quan đến" in content
    group = 1
    if kind is not CaseKind.ANONYMOUS_TIP and rng.random() < 0.04:
        group = rng.randint(5, 60)  # đoàn đông người
    reporters: list[ReporterDraft] = []
    if kind is not CaseKind.ANONYMOUS_TIP:
        count = 1 if rng.random() < 0.72 else 2 if rng.random() < 0.7 else 3
        reporters = [
            ReporterDraft(_identity(rng, state, received_at.date()), is_representative=group >= 5) for _ in range(count)
        ]
    names = vt.RECEIVED_DOCS[kind]
    docs = tuple(
        ReceivedDocument(name, rng.randint(1, 12), _pick(rng, _DOC_STATES))
        for name in rng.sample(names, rng.randint(0, min(4, len(names))))
    )
    draft = CaseDraft(
        kind=kind,
        channel=channel,
        sector=sector,
        subject=rng.choice(_subjects(kind, sector)),
        content=content,
        accused=accused,
        accused_position=position,
        province_code=pcode,
        ward_code=wcode,
        location=f"{rng.choice(vt.HAMLETS)}, {wname}, {pname}",
        group_size=group,
        documents=docs,
        received_at=received_at,
    )
    uid = uuid.UUID(int=rng.getrandbits(128), version=4).hex
    sealed = tuple(
        (
            seq,
            crypto.seal(
                state.identity_public,
                crypto.pad_json(r.identity.to_canonical_json()),
                crypto.seal_ad(uid, seq, IDENTITY_SCHEMA_VERSION),
            ),
            r.is_representative,
        )
        for seq, r in enumerate(reporters, start=1)
    )
    status, resolved = _status(rng, received_at.date())
    repeat = 0 if rng.random() < 0.8 else rng.randint(1, 4)
    visits: list[tuple[str, int, int, int, str]] = []
    officer = _pick(rng, _OFFICERS)
    if channel is Channel.WALK_IN:
        visits.append(
            (
                received_at.isoformat(timespec="seconds"),
                group,
                int(group >= 5),
                int(repeat == 0),
                rng.choice(vt.VISIT_OUTCOMES),
            )
        )
        if rng.random() < 0.1:
            later = received_at + timedelta(days=rng.randint(7, 60))
            visits.append(
                (later.isoformat(timespec="seconds"), group, int(group >= 5), 0, rng.choice(vt.VISIT_OUTCOMES))
            )
    return GenCase(
        draft,
        uid,
        sealed,
        _due(received_at.date()),
        officer,
        status.value,
        resolved.isoformat() if resolved else None,
        int(any(d.state.value == "ban_chinh" for d in docs)),
        repeat,
        tuple(visits),
        rare,
    )


def _gen_chunk(start: int, end: int) -> list[GenCase]:
    rng = random.Random(SEED * 1_000_003 + start)
    return [_one(rng, _STATE["s"], i) for i in range(start, end)]


# --- writer side ----------------------------------------------------------------------------------------


def _write_chunk(db: Database, audit: AuditLog, cases: list[GenCase], stats: dict[str, int]) -> None:
    with db.atomic():
        for c in cases:
            received_at = c.draft.received_at
            assert received_at is not None
            if stats["cases"] % 40 == 0:  # an officer logs in every forty cases or so
                audit.append(at=received_at - timedelta(minutes=3), actor=c.officer, action="login")
            seq = case_repo.next_counter(db, "case", received_at.year)
            number = f"{received_at.year}-{seq:05d}"
            prefix = c.draft.kind.reporter_prefix
            sealed = [
                case_repo.SealedReporter(s, f"{prefix}-{received_at.year}-{seq:05d}-{s}", blob, rep)
                for s, blob, rep in c.sealed
            ]
            case_id = case_repo.insert_case(
                db,
                uid=c.uid,
                number=number,
                draft=c.draft,
                received_at=received_at,
                officer=c.officer,
                now=received_at,
                due_on=c.due_on,
                reporters=sealed,
            )
            db.execute(
                "UPDATE cases SET status = ?, resolved_on = ?, has_originals = ?, repeat_count = ?,"
                " updated_at = coalesce(?, updated_at) WHERE id = ?",
                (
                    c.status,
                    c.resolved_on,
                    c.has_originals,
                    c.repeat_count,
                    f"{c.resolved_on}T09:00:00+00:00" if c.resolved_on else None,
                    case_id,
                ),
            )
            if c.visits:
                db.executemany(
                    "INSERT INTO visits (case_id, visited_at, officer, people, is_group, led_by_head, first_time,"
                    " outcome) VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
                    [
                        (case_id, at, c.officer, people, grp, first, outcome)
                        for at, people, grp, first, outcome in c.visits
                    ],
                )
            audit.append(
                at=received_at,
                actor=c.officer,
                action="case_created",
                case_uid=c.uid,
                details={
                    "number": number,
                    "reporter_codes": [r.reporter_code for r in sealed],
                    "documents": len(c.draft.documents),
                    "warnings": 0,
                },
            )
            stats["cases"] += 1
            stats["reporters"] += len(sealed)
            stats["documents"] += len(c.draft.documents)
            stats["visits"] += len(c.visits)
            stats["rare"] += int(c.rare)


class Progress:
    """A one-line progress bar on stderr."""

    def __init__(self, total: int, label: str) -> None:
        self.total, self.label, self.t0, self._last = total, label, time.perf_counter(), 0.0

    def update(self, done: int, *, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now - self._last < 0.5:
            return
        self._last = now
        elapsed = now - self.t0
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = (self.total - done) / rate if rate > 0 else 0.0
        width = 30
        filled = int(width * done / max(self.total, 1))
        sys.stderr.write(
            f"\r{self.label} [{'#' * filled}{'.' * (width - filled)}] {100 * done / max(self.total, 1):5.1f}%"
            f" {done:>9,}/{self.total:,}  {rate:,.0f}/s  ETA {int(eta // 60)}m{int(eta % 60):02d}s "
        )
        sys.stderr.flush()

    def done(self) -> None:
        self.update(self.total, force=True)
        sys.stderr.write("\n")


def _chunks(total: int) -> Iterator[tuple[int, int]]:
    for start in range(0, total, CHUNK):
        yield start, min(total, start + CHUNK)


def build(cases: int, *, workers: int | None = None, quiet: bool = False, cache: Path | None = None) -> Dataset:
    """Build the data folder for ``cases`` cases from scratch (into a .partial folder, renamed at the end)."""
    final = dataset_dir(cases, cache)
    partial = final.with_name(final.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    t0 = time.perf_counter()
    desk = Desk(partial, secret_store=FileSecretStore(partial))  # production Argon2id parameters
    (admin, admin_pw), (sup, sup_pw), (off, off_pw) = ACCOUNTS["admin"], ACCOUNTS["supervisor"], ACCOUNTS["officer"]
    desk.auth.setup(DEMO_AGENCY, NewUser(admin, "Trần Quản Trị", admin_pw), NewUser(sup, "Lê Lãnh Đạo", sup_pw))
    desk.auth.login(admin, admin_pw)
    desk.users.create_user(NewUser(off, "Nguyễn Cán Bộ", off_pw))
    desk.auth.logout()
    keys = desk.vault.verify_password(admin, admin_pw)
    db = open_database(desk.db_path, keys.db_key)
    public = bytes.fromhex(str(db.scalar("SELECT value FROM settings WHERE key = 'identity_public'")))
    audit = AuditLog(db)
    stats = dict.fromkeys(("cases", "reporters", "documents", "visits", "rare"), 0)
    progress = Progress(cases, f"generating {cases:,} cases")
    n_workers = workers or max(1, os.cpu_count() or 1)
    pending: list[Future[list[GenCase]]] = []
    chunks = _chunks(cases)
    with ProcessPoolExecutor(n_workers, initializer=_init_worker, initargs=(public, cases)) as pool:
        for start, end in itertools.islice(chunks, n_workers * 2):
            pending.append(pool.submit(_gen_chunk, start, end))
        while pending:
            batch = pending.pop(0).result()
            nxt = next(chunks, None)
            if nxt is not None:  # bounded look-ahead: the pool never runs far ahead of the writer
                pending.append(pool.submit(_gen_chunk, *nxt))
            _write_chunk(db, audit, batch, stats)
            if not quiet:
                progress.update(stats["cases"])
    if not quiet:
        progress.done()
    db.close()
    seconds = time.perf_counter() - t0
    partial.rename(final)
    db_bytes = (final / "reception.db").stat().st_size
    meta = {
        "generator_version": GENERATOR_VERSION,
        "cases": cases,
        "seconds": round(seconds, 1),
        "db_bytes": db_bytes,
        "workers": n_workers,
        "stats": stats,
        "queries": {"rare": RARE_QUERY, "name": NAME_QUERY, "common": COMMON_QUERY},
        "accounts": {role: {"username": u, "password": p} for role, (u, p) in ACCOUNTS.items()},
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    _meta_path(final).write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
    return Dataset(final, cases, meta)


def _meta_path(folder: Path) -> Path:
    return folder.with_name(folder.name + ".json")


def ensure_dataset(
    cases: int | None = None, *, workers: int | None = None, quiet: bool = False, cache: Path | None = None
) -> Dataset:
    """The cached data folder for ``cases`` cases, built first if missing (the .json is the completion mark)."""
    cases = cases or default_cases()
    folder = dataset_dir(cases, cache)
    meta_file = _meta_path(folder)
    if folder.is_dir() and meta_file.is_file():
        return Dataset(folder, cases, json.loads(meta_file.read_text("utf-8")))
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    return build(cases, workers=workers, quiet=quiet, cache=cache)


def describe(ds: Dataset) -> str:
    m = ds.meta
    lines = [
        f"data folder: {ds.data_dir.resolve()}",
        f"  {m['cases']:,} cases, {m['stats']['reporters']:,} sealed reporters, {m['stats']['visits']:,} visits;"
        f" database {m['db_bytes'] / 2**30:.2f} GiB; generated in {m['seconds']:.0f} s with {m['workers']} workers",
        f"  open it: python -m reception_app --data-dir {ds.data_dir.resolve()}",
        "  accounts:",
    ]
    lines += [f"    {role:<11} {a['username']:<9} {a['password']}" for role, a in m["accounts"].items()]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=default_cases(), help="number of cases (env BENCH_CASES)")
    parser.add_argument("--workers", type=int, default=None, help="generator processes (default: CPU count)")
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    args = parser.parse_args(argv)
    if args.force:
        shutil.rmtree(dataset_dir(args.cases), ignore_errors=True)
        _meta_path(dataset_dir(args.cases)).unlink(missing_ok=True)
    print(describe(ensure_dataset(args.cases, workers=args.workers)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
