"""The statistics report's chrome and forms as data: ``resources/templates/report_forms.json``.

The report is an NĐ 30/2020 official document (BÁO CÁO with Số/ký hiệu, Kính gửi, Nơi nhận, signature) that
carries the periodic report forms (biểu mẫu) of DOMAIN-VN §6.1. Form titles, numbers, row labels, notes and
the column tree of the reception form live in the data file, chosen by ``form_set``, so the form of a newer
circular is added there without a code change. Aggregations stay in code, addressed by leaf ids.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reception_app.printing.templates import TemplateError
from reception_app.resources import resource_path


@dataclass(frozen=True)
class ColumnSpec:
    """A node of a form's column tree; a leaf names the figure it shows (``leaf``)."""

    title: str
    leaf: str = ""
    children: tuple[ColumnSpec, ...] = ()


@dataclass(frozen=True)
class FormSpec:
    key: str
    form: str
    title: str
    label_title: str
    rows: Mapping[str, str]
    note: str = ""
    other_decision: str = "Khác"
    columns: tuple[ColumnSpec, ...] = ()

    def row(self, key: str) -> str:
        if key not in self.rows:
            raise TemplateError(f"report form {self.key}: row label {key!r} is missing")
        return self.rows[key]


@dataclass(frozen=True)
class ReportSpec:
    """The report's own wording and the forms of the chosen set."""

    type_symbol: str
    title: str
    subtitle: str
    recipient_default: str
    intro: str
    summary: str
    recipients: tuple[str, ...]
    signature_note: str
    form_set: str
    forms: Mapping[str, FormSpec]

    def form(self, key: str) -> FormSpec:
        try:
            return self.forms[key]
        except KeyError:
            raise TemplateError(f"report form set {self.form_set!r} has no form {key!r}") from None


def _text(raw: Mapping[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise TemplateError(f"{where}.{key}: expected text")
    return value


def _column(raw: Any, where: str) -> ColumnSpec:
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}: expected an object")
    children = tuple(_column(c, f"{where}.children[{i}]") for i, c in enumerate(raw.get("children", [])))
    leaf = _text(raw, "leaf", where, "")
    if bool(leaf) == bool(children):
        raise TemplateError(f"{where}: a column has either a 'leaf' or 'children'")
    return ColumnSpec(_text(raw, "title", where), leaf, children)


def parse_report_forms(raw: Any) -> ReportSpec:
    if not isinstance(raw, dict) or raw.get("schema") != 1:
        raise TemplateError("report forms: expected an object with schema 1")
    rep = raw.get("report")
    if not isinstance(rep, dict):
        raise TemplateError("report forms: 'report' is missing")
    chosen = _text(raw, "form_set", "report_forms")
    sets = raw.get("form_sets", {})
    if not isinstance(sets, dict) or chosen not in sets:
        raise TemplateError(f"report forms: form set {chosen!r} is missing")
    forms: dict[str, FormSpec] = {}
    for key, f in dict(sets[chosen].get("forms", {})).items():
        where = f"form_sets.{chosen}.forms.{key}"
        if not isinstance(f, dict):
            raise TemplateError(f"{where}: expected an object")
        forms[key] = FormSpec(
            key=key,
            form=_text(f, "form", where),
            title=_text(f, "title", where),
            label_title=_text(f, "label_title", where),
            rows={str(k): str(v) for k, v in dict(f.get("rows", {})).items()},
            note=_text(f, "note", where, ""),
            other_decision=_text(f, "other_decision", where, "Khác"),
            columns=tuple(_column(c, f"{where}.columns[{i}]") for i, c in enumerate(f.get("columns", []))),
        )
    recipients = rep.get("recipients", [])
    if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
        raise TemplateError("report.recipients: expected a list of texts")
    return ReportSpec(
        type_symbol=_text(rep, "type_symbol", "report"),
        title=_text(rep, "title", "report"),
        subtitle=_text(rep, "subtitle", "report"),
        recipient_default=_text(rep, "recipient_default", "report"),
        intro=_text(rep, "intro", "report"),
        summary=_text(rep, "summary", "report"),
        recipients=tuple(recipients),
        signature_note=_text(rep, "signature_note", "report"),
        form_set=chosen,
        forms=forms,
    )


def load_report_forms(path: Path) -> ReportSpec:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TemplateError(f"cannot read {path.name}: {exc}") from exc
    return parse_report_forms(raw)


@lru_cache(maxsize=1)
def default_report_forms() -> ReportSpec:
    """The bundled ``resources/templates/report_forms.json`` (loaded once)."""
    return load_report_forms(resource_path("templates", "report_forms.json"))


__all__ = ["ColumnSpec", "FormSpec", "ReportSpec", "default_report_forms", "load_report_forms", "parse_report_forms"]
