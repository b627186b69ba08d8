"""Document wording as data: ``resources/templates/documents.json`` (ARCHITECTURE.md §7).

Titles, legal citations, form numbers, copy counts and sentences live in the JSON file so an administrator
can follow a change in the law without a release. Code only fills ``{slot}`` placeholders. A value may be
given per case kind (``{"TC": ..., "default": ...}``); :meth:`DocumentTemplate.text` and friends pick the
variant for a kind and fall back to ``default``.

Placeholders are plain names only (no ``{a.b}``, ``{a[0]}``, conversions or format specs): an edited
template cannot reach into Python objects. A missing slot raises :class:`TemplateError`.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from reception_app.models.enums import CaseKind
from reception_app.models.rulesets import RuleSet, RuleSetError, RuleSetRegistry, deep_merge, registry, ruleset_for
from reception_app.resources import resource_path

T = TypeVar("T")
DEFAULT = "default"
_FORMATTER = string.Formatter()


class TemplateError(ValueError):
    """The template file is malformed, or a template names a slot that was not supplied."""


def placeholders(template: str) -> tuple[str, ...]:
    """The slot names a template uses, in order. Rejects anything but plain ``{name}`` fields."""
    names: list[str] = []
    try:
        parsed = list(_FORMATTER.parse(template))
    except ValueError as exc:
        raise TemplateError(f"bad template {template!r}: {exc}") from exc
    for _literal, field, spec, conversion in parsed:
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            raise TemplateError(f"only plain {{name}} slots are allowed, got {{{field}}} in {template!r}")
        names.append(field)
    return tuple(names)


def fill(template: str, slots: Mapping[str, str]) -> str:
    """Fill ``{name}`` slots. Values are inserted verbatim (they are never parsed as templates)."""
    out: list[str] = []
    for literal, field, _spec, _conversion in _FORMATTER.parse(template):
        out.append(literal)
        if field is None:
            continue
        if not field.isidentifier():
            raise TemplateError(f"only plain {{name}} slots are allowed, got {{{field}}}")
        if field not in slots:
            raise TemplateError(f"template slot {{{field}}} has no value")
        out.append(slots[field])
    return "".join(out)


@dataclass(frozen=True)
class Citation:
    """A legal text cited in a 'Căn cứ …' line, with its source tag (V/R/T/M) and caveat."""

    key: str
    text: str
    tag: str
    note: str


@dataclass(frozen=True)
class SignatureTemplate:
    title: str
    note: str
    name: str


@dataclass(frozen=True)
class CopyTemplate:
    """One copy of a document: its addressee role (``models.recipients.RecipientRole`` value), its label, and
    the slot that must be non-empty for the copy to exist (``when``: e.g. "superior")."""

    role: str
    label: str
    when: str = ""


@dataclass(frozen=True)
class LogbookColumn:
    title: str
    width: float


@dataclass(frozen=True)
class KindWords:
    """Nouns and phrases that change with the case kind ('đơn tố cáo', 'người tố cáo', …)."""

    petition: str
    person: str
    verb: str
    about: str
    law_phrase: str
    upper: str
    logbook_code: str

    def slots(self) -> dict[str, str]:
        return {
            "petition": self.petition,
            "person": self.person,
            "verb": self.verb,
            "about": self.about,
            "law_phrase": self.law_phrase,
            "upper": self.upper,
            "logbook_code": self.logbook_code,
        }


def _pick(variants: Mapping[str, T], kind: CaseKind | None, what: str) -> T:
    if kind is not None and kind.value in variants:
        return variants[kind.value]
    if DEFAULT in variants:
        return variants[DEFAULT]
    raise TemplateError(f"{what}: no variant for {kind} and no default")


@dataclass(frozen=True)
class DocumentTemplate:
    """One document's data. Per-kind values are resolved with the accessors."""

    key: str
    titles: Mapping[str, str]
    subtitles: Mapping[str, str]
    type_symbol: str
    form_labels: Mapping[str, str]
    copies_by_kind: Mapping[str, int]
    copy_labels_by_kind: Mapping[str, tuple[str, ...]]
    legal_basis_by_kind: Mapping[str, tuple[str, ...]]
    recipients_by_kind: Mapping[str, tuple[str, ...]]
    signatures_by_kind: Mapping[str, tuple[SignatureTemplate, ...]]
    texts: Mapping[str, Mapping[str, str]]
    extra_lists: Mapping[str, tuple[str, ...]]
    extra_texts: Mapping[str, str]
    grounds: Mapping[str, str]
    columns: tuple[LogbookColumn, ...]
    landscape: bool
    identity_fields: tuple[str, ...] = ()
    logbook_name_fields: tuple[str, ...] = ()
    logbook_id_fields: tuple[str, ...] = ()
    copy_plan_by_kind: Mapping[str, tuple[CopyTemplate, ...]] = dc_field(default_factory=dict)
    notice_grounds: tuple[str, ...] = ()

    def copy_plan(self, kind: CaseKind | None = None) -> tuple[CopyTemplate, ...]:
        """The copies (one per addressee) of this document for ``kind``; empty when the data gives none."""
        if not self.copy_plan_by_kind:
            return ()
        return _pick(self.copy_plan_by_kind, kind, f"{self.key}.copy_plan")

    def title(self, kind: CaseKind | None = None) -> str:
        return _pick(self.titles, kind, f"{self.key}.title")

    def subtitle(self, kind: CaseKind | None = None) -> str:
        return _pick(self.subtitles, kind, f"{self.key}.subtitle")

    def form_label(self, kind: CaseKind | None = None) -> str:
        return _pick(self.form_labels, kind, f"{self.key}.form_label")

    def copies(self, kind: CaseKind | None = None) -> int:
        return _pick(self.copies_by_kind, kind, f"{self.key}.copies")

    def copy_labels(self, kind: CaseKind | None = None) -> tuple[str, ...]:
        return _pick(self.copy_labels_by_kind, kind, f"{self.key}.copy_labels")

    def legal_basis(self, kind: CaseKind | None = None) -> tuple[str, ...]:
        return _pick(self.legal_basis_by_kind, kind, f"{self.key}.legal_basis")

    def recipients(self, kind: CaseKind | None = None) -> tuple[str, ...]:
        return _pick(self.recipients_by_kind, kind, f"{self.key}.recipients")

    def signatures(self, kind: CaseKind | None = None) -> tuple[SignatureTemplate, ...]:
        return _pick(self.signatures_by_kind, kind, f"{self.key}.signatures")

    def text(self, key: str, kind: CaseKind | None = None) -> str:
        if key not in self.texts:
            raise TemplateError(f"{self.key}.text.{key} is missing")
        return _pick(self.texts[key], kind, f"{self.key}.text.{key}")

    def extra_list(self, key: str) -> tuple[str, ...]:
        if key not in self.extra_lists:
            raise TemplateError(f"{self.key}.{key} is missing")
        return self.extra_lists[key]

    def extra_text(self, key: str) -> str:
        if key not in self.extra_texts:
            raise TemplateError(f"{self.key}.{key} is missing")
        return self.extra_texts[key]


@dataclass(frozen=True)
class Templates:
    """The whole template file."""

    schema: int
    citations: Mapping[str, Citation]
    common: Mapping[str, str]
    month_zero_pad_upto: int
    kinds: Mapping[str, KindWords]
    documents: Mapping[str, DocumentTemplate]

    def document(self, key: str) -> DocumentTemplate:
        try:
            return self.documents[key]
        except KeyError:
            raise TemplateError(f"no template for document {key!r}") from None

    def words(self, kind: CaseKind) -> KindWords:
        return _pick(self.kinds, kind, "common.kinds")

    def citation_slots(self) -> dict[str, str]:
        return {key: c.text for key, c in self.citations.items()}

    def common_text(self, key: str) -> str:
        if key not in self.common:
            raise TemplateError(f"common.{key} is missing")
        return self.common[key]


# ---------------------------------------------------------------------------------------------- parsing


def _str(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise TemplateError(f"{where}: expected text, got {type(value).__name__}")
    placeholders(value)  # validates the slot syntax early
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise TemplateError(f"{where}: expected a positive whole number")
    return value


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise TemplateError(f"{where}: expected a list of texts")
    return tuple(_str(v, f"{where}[{i}]") for i, v in enumerate(value))


_ROLES = frozenset({"citizen", "body", "superior", "file", "officer"})


def _copy_plan(value: Any, where: str) -> tuple[CopyTemplate, ...]:
    if not isinstance(value, list):
        raise TemplateError(f"{where}: expected a list of copies")
    out: list[CopyTemplate] = []
    for i, item in enumerate(value):
        if not isinstance(item, dict) or item.get("role") not in _ROLES:
            raise TemplateError(f"{where}[{i}]: expected {{role, label}} with role one of {sorted(_ROLES)}")
        out.append(
            CopyTemplate(
                role=str(item["role"]),
                label=_str(item.get("label", ""), f"{where}[{i}].label"),
                when=_str(item.get("when", ""), f"{where}[{i}].when"),
            )
        )
    return tuple(out)


def _signatures(value: Any, where: str) -> tuple[SignatureTemplate, ...]:
    if not isinstance(value, list):
        raise TemplateError(f"{where}: expected a list of signature blocks")
    out: list[SignatureTemplate] = []
    for i, item in enumerate(value):
        if not isinstance(item, dict):
            raise TemplateError(f"{where}[{i}]: expected an object")
        out.append(
            SignatureTemplate(
                title=_str(item.get("title", ""), f"{where}[{i}].title"),
                note=_str(item.get("note", ""), f"{where}[{i}].note"),
                name=_str(item.get("name", ""), f"{where}[{i}].name"),
            )
        )
    return tuple(out)


_KIND_KEYS = frozenset(k.value for k in CaseKind) | {DEFAULT}


def _variants(value: Any, where: str, parse: Any) -> dict[str, Any]:
    """``value`` or ``{"TC": value, "default": value}`` → a dict keyed by kind code / 'default'."""
    if isinstance(value, dict):
        unknown = set(value) - _KIND_KEYS
        if unknown:
            raise TemplateError(f"{where}: unknown case kinds {sorted(unknown)}")
        return {k: parse(v, f"{where}.{k}") for k, v in value.items()}
    return {DEFAULT: parse(value, where)}


def _document(key: str, raw: Any) -> DocumentTemplate:
    where = f"documents.{key}"
    if not isinstance(raw, dict):
        raise TemplateError(f"{where}: expected an object")
    texts_raw = raw.get("text", {})
    if not isinstance(texts_raw, dict):
        raise TemplateError(f"{where}.text: expected an object")
    texts = {k: _variants(v, f"{where}.text.{k}", _str) for k, v in texts_raw.items()}
    grounds_raw = raw.get("grounds", {})
    if not isinstance(grounds_raw, dict):
        raise TemplateError(f"{where}.grounds: expected an object")
    columns_raw = raw.get("columns", [])
    if not isinstance(columns_raw, list):
        raise TemplateError(f"{where}.columns: expected a list")
    columns: list[LogbookColumn] = []
    for i, col in enumerate(columns_raw):
        if not isinstance(col, dict) or not isinstance(col.get("width"), int | float):
            raise TemplateError(f"{where}.columns[{i}]: expected {{title, width}}")
        columns.append(LogbookColumn(_str(col.get("title"), f"{where}.columns[{i}].title"), float(col["width"])))
    extra_lists: dict[str, tuple[str, ...]] = {}
    extra_texts: dict[str, str] = {}
    for k, v in raw.items():
        if k.startswith("recipients_"):
            if isinstance(v, list):
                extra_lists[k] = _str_list(v, f"{where}.{k}")
            else:
                extra_texts[k] = _str(v, f"{where}.{k}")
    doc = DocumentTemplate(
        key=key,
        titles=_variants(raw.get("title"), f"{where}.title", _str),
        subtitles=_variants(raw.get("subtitle", ""), f"{where}.subtitle", _str),
        type_symbol=_str(raw.get("type_symbol", ""), f"{where}.type_symbol"),
        form_labels=_variants(raw.get("form_label", ""), f"{where}.form_label", _str),
        copies_by_kind=_variants(raw.get("copies", 1), f"{where}.copies", _int),
        copy_labels_by_kind=_variants(raw.get("copy_labels", []), f"{where}.copy_labels", _str_list),
        legal_basis_by_kind=_variants(raw.get("legal_basis", []), f"{where}.legal_basis", _str_list),
        recipients_by_kind=_variants(raw.get("recipients", []), f"{where}.recipients", _str_list),
        signatures_by_kind=_variants(raw.get("signatures", []), f"{where}.signatures", _signatures),
        texts=texts,
        extra_lists=extra_lists,
        extra_texts=extra_texts,
        grounds={k: _str(v, f"{where}.grounds.{k}") for k, v in grounds_raw.items()},
        columns=tuple(columns),
        landscape=bool(raw.get("landscape", False)),
        identity_fields=_str_list(raw.get("identity_fields", []), f"{where}.identity_fields"),
        logbook_name_fields=_str_list(raw.get("logbook_name_fields", []), f"{where}.logbook_name_fields"),
        logbook_id_fields=_str_list(raw.get("logbook_id_fields", []), f"{where}.logbook_id_fields"),
        copy_plan_by_kind=_variants(raw["copy_plan"], f"{where}.copy_plan", _copy_plan) if "copy_plan" in raw else {},
        notice_grounds=_str_list(raw.get("notice_grounds", []), f"{where}.notice_grounds"),
    )
    _check_copies(doc, where)
    return doc


def _check_copies(doc: DocumentTemplate, where: str) -> None:
    """The copy count of each kind matches its copy labels and its copy plan (one copy per addressee)."""
    for kind_key, n in doc.copies_by_kind.items():
        labels = doc.copy_labels_by_kind.get(kind_key, doc.copy_labels_by_kind.get(DEFAULT, ()))
        if labels and len(labels) != n:
            raise TemplateError(f"{where}: {n} copies for {kind_key} but {len(labels)} copy labels")
        plan = doc.copy_plan_by_kind.get(kind_key, doc.copy_plan_by_kind.get(DEFAULT, ()))
        if plan and len(plan) != n:
            raise TemplateError(f"{where}: {n} copies for {kind_key} but {len(plan)} copies in copy_plan")


def parse_templates(raw: Any) -> Templates:
    """Validate and type a decoded template file."""
    if not isinstance(raw, dict):
        raise TemplateError("template file: expected an object")
    schema = raw.get("schema")
    if schema != 1:
        raise TemplateError(f"template file: unsupported schema {schema!r}")
    citations: dict[str, Citation] = {}
    for key, c in dict(raw.get("citations", {})).items():
        if not isinstance(c, dict):
            raise TemplateError(f"citations.{key}: expected an object")
        citations[key] = Citation(
            key=key,
            text=_str(c.get("text"), f"citations.{key}.text"),
            tag=_str(c.get("tag", ""), f"citations.{key}.tag"),
            note=_str(c.get("note", ""), f"citations.{key}.note"),
        )
    common_raw = raw.get("common")
    if not isinstance(common_raw, dict):
        raise TemplateError("common: expected an object")
    common = {k: _str(v, f"common.{k}") for k, v in common_raw.items() if isinstance(v, str)}
    pad = common_raw.get("month_zero_pad_upto", 2)
    if isinstance(pad, bool) or not isinstance(pad, int):
        raise TemplateError("common.month_zero_pad_upto: expected a whole number")
    kinds: dict[str, KindWords] = {}
    for key, words in dict(common_raw.get("kinds", {})).items():
        if key not in _KIND_KEYS or not isinstance(words, dict):
            raise TemplateError(f"common.kinds.{key}: unknown kind or not an object")
        try:
            kinds[key] = KindWords(**{f: _str(words[f], f"common.kinds.{key}.{f}") for f in KindWords.__annotations__})
        except KeyError as exc:
            raise TemplateError(f"common.kinds.{key}: missing {exc}") from None
    docs_raw = raw.get("documents")
    if not isinstance(docs_raw, dict):
        raise TemplateError("documents: expected an object")
    documents = {key: _document(key, value) for key, value in docs_raw.items()}
    return Templates(
        schema=schema,
        citations=citations,
        common=common,
        month_zero_pad_upto=pad,
        kinds=kinds,
        documents=documents,
    )


def load_templates_file(path: Path) -> Templates:
    """Load and validate a template file (an administrator's updated copy, or the bundled one)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise TemplateError(f"cannot read {path.name}: {exc}") from exc
    return parse_templates(raw)


@lru_cache(maxsize=1)
def default_templates() -> Templates:
    """The bundled ``resources/templates/documents.json`` (loaded once)."""
    return load_templates_file(resource_path("templates", "documents.json"))


# ------------------------------------------------------------------------------ rule sets by effective date


@lru_cache(maxsize=1)
def _base_raw() -> str:
    return resource_path("templates", "documents.json").read_text(encoding="utf-8")


_BY_SET: dict[tuple[int, int], tuple[RuleSetRegistry, RuleSet, Templates]] = {}


def templates_of(rs: RuleSet, reg: RuleSetRegistry | None = None) -> Templates:
    """The bundled templates with the ``templates`` patches of ``rs`` and the sets before it laid over
    (validated, cached)."""
    reg = reg or registry()
    hit = _BY_SET.get((id(reg), id(rs)))
    if hit is not None and hit[0] is reg and hit[1] is rs:
        return hit[2]
    patch = reg.templates_patch(rs)
    if not patch:
        built = default_templates()
    else:
        try:
            built = parse_templates(deep_merge(json.loads(_base_raw()), patch))
        except (TemplateError, TypeError, KeyError, AttributeError) as exc:
            raise RuleSetError(f"Phần mẫu văn bản (“templates”) của bộ quy tắc không hợp lệ: {exc}") from None
    _BY_SET[(id(reg), id(rs))] = (reg, rs, built)
    return built


def templates_for(received: date, issued: date | None = None) -> Templates:
    """Wording, grounds and 'Căn cứ' lines of the set in force on ``received`` (the case's date); the form
    numbers (``form_label``) of the set in force on ``issued`` (the document's own date) when given."""
    base = templates_of(ruleset_for(received))
    if issued is None:
        return base
    labels = templates_of(ruleset_for(issued))
    if labels is base:
        return base
    docs = {
        key: replace(doc, form_labels=labels.documents[key].form_labels) if key in labels.documents else doc
        for key, doc in base.documents.items()
    }
    return replace(base, documents=docs)
