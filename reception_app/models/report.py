"""Periodic statistics (DOMAIN-VN §6.1): the period helpers and the report a supervisor files.

Pure data: computed by ``services.reports``, exported by ``services.reports`` (XLSX) and
``printing.report_pdf`` (PDF). Nothing here ever holds identity: only counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from reception_app.models.enums import CaseKind, CaseStatus, Channel, Decision, Jurisdiction, Sector


@dataclass(frozen=True)
class Period:
    """Inclusive date range with its printed name."""

    start: date
    end: date
    label: str

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("period ends before it starts")


def month(year: int, number: int) -> Period:
    first = date(year, number, 1)
    nxt = date(year + (number == 12), number % 12 + 1, 1)
    return Period(first, nxt - timedelta(days=1), f"Tháng {number:02d}/{year}")


def quarter(year: int, number: int) -> Period:
    start = date(year, 3 * number - 2, 1)
    end = month(year, 3 * number).end
    return Period(start, end, f"Quý {['I', 'II', 'III', 'IV'][number - 1]} năm {year}")


def year(value: int) -> Period:
    return Period(date(value, 1, 1), date(value, 12, 31), f"Năm {value}")


def reporting_period(value: int, months: int) -> Period:
    """NĐ 09/2019 cut-off [M]: from the 15th of the month before the period to the 14th of its last month.

    ``months``: 3 (quý I), 6 (6 tháng), 9 (9 tháng) or 12 (năm).
    """
    if months not in (3, 6, 9, 12):
        raise ValueError("months must be 3, 6, 9 or 12")
    start = date(value - 1, 12, 15)
    end = date(value, months, 14)
    names = {3: "Quý I", 6: "6 tháng đầu năm", 9: "9 tháng", 12: "Năm"}
    return Period(start, end, f"{names[months]} {value} (kỳ báo cáo)")


@dataclass(frozen=True)
class Deadlines:
    """Statutory steps of the cases received in the period."""

    closed_on_time: int = 0
    closed_late: int = 0
    open_overdue: int = 0
    open_in_time: int = 0


@dataclass(frozen=True)
class Reception:
    """The reception logbook side: visits (lượt), people and days on which citizens were received."""

    visits: int = 0
    people: int = 0
    days: int = 0
    group_visits: int = 0  # đoàn đông người (≥ 5 people)
    group_people: int = 0


@dataclass(frozen=True)
class StatisticsReport:
    period: Period
    total: int
    by_kind: dict[CaseKind, int] = field(default_factory=dict)
    by_sector: dict[Sector, int] = field(default_factory=dict)
    by_channel: dict[Channel, int] = field(default_factory=dict)
    by_decision: dict[Decision, int] = field(default_factory=dict)
    by_status: dict[CaseStatus, int] = field(default_factory=dict)
    by_jurisdiction: dict[Jurisdiction, int] = field(default_factory=dict)
    groups: int = 0  # cases from a group of ≥ 5 people
    group_people: int = 0
    deadlines: Deadlines = Deadlines()
    reception: Reception = Reception()
    kind_by_sector: dict[tuple[CaseKind, Sector], int] = field(default_factory=dict)

    def sections(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """The report as titled (label, count) tables in print order (labels in Vietnamese)."""

        def rows(counts: dict, labels: list) -> list[tuple[str, int]]:  # type: ignore[type-arg]
            return [(item.label, counts.get(item, 0)) for item in labels]

        return [
            ("Theo loại đơn", rows(self.by_kind, list(CaseKind))),
            ("Theo lĩnh vực", rows(self.by_sector, list(Sector))),
            ("Theo hình thức tiếp nhận", rows(self.by_channel, list(Channel))),
            ("Theo hướng xử lý", rows(self.by_decision, list(Decision))),
            ("Theo tình trạng", rows(self.by_status, list(CaseStatus))),
            ("Theo thẩm quyền", rows(self.by_jurisdiction, list(Jurisdiction))),
            (
                "Thời hạn giải quyết",
                [
                    ("Đã xong, đúng hạn", self.deadlines.closed_on_time),
                    ("Đã xong, quá hạn", self.deadlines.closed_late),
                    ("Chưa xong, đã quá hạn", self.deadlines.open_overdue),
                    ("Chưa xong, còn hạn", self.deadlines.open_in_time),
                ],
            ),
            (
                "Tiếp công dân",
                [
                    ("Số lượt tiếp", self.reception.visits),
                    ("Số người được tiếp", self.reception.people),
                    ("Số ngày tiếp", self.reception.days),
                    ("Số đoàn đông người", self.reception.group_visits),
                    ("Số người trong các đoàn", self.reception.group_people),
                ],
            ),
        ]
