"""Document number series (no Qt): a number is unique per agency, year and type of document (NĐ 30/2020), so
documents are numbered per the type symbol they print ("Số: 01/TB-TTr"), not per document kind: the thụ lý,
không thụ lý, result, refusal and transfer notices share "TB", the guidance slip and 07-XLĐ "HD", both
decisions "QĐ". The symbol comes from the templates the document is built with (the rule set in force on the
case's received date), so the series and the printed symbol are one.
"""

from __future__ import annotations

from reception_app.models.recipients import DocumentKind
from reception_app.models.rulesets import RuleSetRegistry, registry
from reception_app.printing.templates import Templates, templates_of
from reception_app.storage.documents import counter_name

# Papers that carry no number: the 07-TCD protection request is the citizen's own paper.
UNNUMBERED = frozenset({DocumentKind.PROTECTION_REQUEST})


def number_series(kind: DocumentKind, templates: Templates) -> str:
    """The type symbol ``kind`` prints with ``templates`` ("TB"): the series of its number; '' for none."""
    return "" if kind in UNNUMBERED else templates.document(kind.value).type_symbol


def office_series(reg: RuleSetRegistry | None = None) -> dict[str, tuple[str, ...]]:
    """The counter names ("doc:TB") of every symbol any document prints under any rule set in use (bundled and
    administrator-loaded), the series an office desk keeps leased blocks of; each with the per-kind series that
    printed that symbol before numbers were per symbol ("doc:result_notice", …): the server moves the symbol's
    series past every block leased under them that year, so no number repeats across the switch."""
    reg = reg or registry()
    found: dict[str, set[str]] = {}
    for rs in reg.sets:
        tpl = templates_of(rs, reg)
        for kind in DocumentKind:
            if symbol := number_series(kind, tpl):
                found.setdefault(counter_name(symbol), set()).add(counter_name(kind.value))
    return {name: tuple(sorted(kinds)) for name, kinds in sorted(found.items())}


__all__ = ["UNNUMBERED", "number_series", "office_series"]
