"""Timing, rows and the results table shared by the benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

RUNS = 7  # measured runs after the warm-up (≥ 5)


def measure(fn: Callable[[], object], *, runs: int = RUNS, warmup: int = 1) -> list[float]:
    """Seconds per call: ``warmup`` unmeasured calls, then ``runs`` measured ones."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


@dataclass
class Row:
    """One line of the results table. ``unit`` is "ms", "MB" or "x" (a ratio); budget None = information."""

    group: str
    operation: str
    median: float | None
    low: float | None = None
    high: float | None = None
    budget: float | None = None
    unit: str = "ms"
    runs: int = 0
    note: str = ""
    verdict: str = field(default="")

    def __post_init__(self) -> None:
        if not self.verdict:
            if self.median is None:
                self.verdict = "not built yet"
            elif self.budget is None:
                self.verdict = "info"
            else:
                self.verdict = "ok" if self.median <= self.budget else "MISSED"


def timed(group: str, operation: str, samples: list[float], budget_s: float | None, note: str = "") -> Row:
    """A row from samples in seconds (shown in ms)."""
    return Row(
        group,
        operation,
        statistics.median(samples) * 1000,
        min(samples) * 1000,
        max(samples) * 1000,
        budget_s * 1000 if budget_s is not None else None,
        "ms",
        len(samples),
        note,
    )


def ratio(group: str, operation: str, cipher: list[float], plain: list[float], *, budget: float, note: str = "") -> Row:
    """SQLCipher / SQLite: median over median; low/high pair the fastest and the slowest runs."""
    return Row(
        group,
        operation,
        statistics.median(cipher) / statistics.median(plain),
        min(cipher) / min(plain),
        max(cipher) / max(plain),
        budget,
        "x",
        min(len(cipher), len(plain)),
        note,
    )


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "MB":
        return f"{value:.0f} MB"
    if value >= 1000:
        return f"{value / 1000:.2f} s"
    if value >= 10:
        return f"{value:.1f} ms"
    return f"{value:.2f} ms"


def table(rows: list[Row], *, markdown: bool = False) -> str:
    head = ("operation", "median", "min", "max", "budget", "verdict")
    body = [
        (
            r.operation + (f" — {r.note}" if r.note and markdown else ""),
            _fmt(r.median, r.unit),
            _fmt(r.low, r.unit),
            _fmt(r.high, r.unit),
            ("≤ " + _fmt(r.budget, r.unit)) if r.budget is not None else "—",
            r.verdict,
        )
        for r in rows
    ]
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        group = None
        for r, cells in zip(rows, body, strict=True):
            if r.group != group:
                group = r.group
                lines.append(f"| **{group}** |" + " |" * (len(head) - 1))
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines)
    width = max(len(c[0]) for c in body) if body else 20
    lines = [f"{head[0]:<{width}}  {head[1]:>9} {head[2]:>9} {head[3]:>9} {head[4]:>11}  {head[5]}"]
    group = None
    for r, cells in zip(rows, body, strict=True):
        if r.group != group:
            group = r.group
            lines.append(f"-- {group} " + "-" * max(0, width + 40 - len(group)))
        note = f"  ({r.note})" if r.note else ""
        line = f"{cells[0]:<{width}}  {cells[1]:>9} {cells[2]:>9} {cells[3]:>9} {cells[4]:>11}  {cells[5]:<8}{note}"
        lines.append(line.rstrip())
    return "\n".join(lines)


def as_dict(row: Row) -> dict[str, object]:
    d = asdict(row)
    for key in ("median", "low", "high", "budget"):
        if isinstance(d[key], float):
            d[key] = round(d[key], 3)
    return d
