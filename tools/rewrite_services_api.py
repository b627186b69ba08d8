"""Rewrite call sites from the old ``Desk`` facade API to the per-capability services (issue 15).

    python tools/rewrite_services_api.py [paths...]   # default: reception_app/ui, app.py, office_cli.py,
                                                       # services/{demo,self_check,office_admin}.py, tests, bench

Idempotent: run it again on a rewritten (or merged) tree and nothing changes. It is regex-based, so it only knows
the receivers the project uses for a desk (``desk``, ``self._desk``, ``world.desk``, ``real_desk``, …). Changed files
are then passed through ``ruff format`` and ``ruff check --fix --select I,F401``; review the diff and run the tests.

Old → new, for example::

    desk.create_case(d)              → desk.cases.create_case(d)
    desk.login(u, p)                 → desk.auth.login(u, p)
    desk.verify_audit()              → desk.audit.verify()
    desk._require()                  → desk.ctx.require()
    Protection(desk).request(...)    → desk.protection.request(...)
    issue_receipt(desk, uid)         → desk.documents.issue_receipt(uid)
    save_draft(desk, state)          → desk.drafts.save(state)
    rotation.step(desk, 10)          → desk.rotation.step(10)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# A desk receiver: anything whose last name ends in "desk" (desk, self._desk, world.desk, real_desk, …) or one of
# the few other names tests give a Desk. No "." after it may follow a service name (that is already new API).
RECEIVER = r"(?P<recv>(?<![\w.])(?:[A-Za-z_]\w*\.)*(?:\w*desk|new_machine|fresh|weak|production)|(?<![\w.])world)"

# Desk methods and properties → (service attribute, new name)
METHODS: dict[str, tuple[str, str]] = {
    **{m: ("auth", m) for m in ("setup", "login", "login_with_recovery", "logout", "unlock", "password_words")},
    "device_secret_warning": ("auth", "device_secret_warning"),
    **{m: ("cases", m) for m in ("create_case", "get_case", "case_summary", "list_cases", "search_cases")},
    **{
        m: ("identity", m)
        for m in (
            "reveal",
            "revealed",
            "end_reveal",
            "authorise_supervisor",
            "find_by_id_number",
            "count_by_id_number_approved",
            "reveal_minutes",
            "set_reveal_minutes",
            "ensure_sealing_allowed",
        )
    },
    **{
        m: ("users", m)
        for m in (
            "list_users",
            "full_name_of",
            "create_user",
            "grant_supervisor",
            "reset_password",
            "change_password",
            "deactivate_user",
        )
    },
    "verify_audit": ("audit", "verify"),
    "audit_entries": ("audit", "entries"),
    **{
        m: ("settings", m)
        for m in ("agency", "agency_signer", "update_agency", "idle_lock_minutes", "set_idle_lock_minutes")
    },
    **{
        m: ("security", m)
        for m in (
            "run_security_check",
            "repin_keys",
            "acknowledge_rollback",
            "head_code",
            "check_head_code",
            "rotation_advised",
            "recorded_heads",
            "security_report",
            "rollback",
        )
    },
    "_supervisor_check": ("security", "supervisor_check"),
}

# Private members of the old Desk → the public session context
PRIVATE: dict[str, str] = {
    "_require": "ctx.require",
    "_audit": "ctx.audit",
    "_db": "ctx.db",
    "_keys": "ctx.keys",
    "_clock": "ctx.clock",
    "_store": "ctx.store",
    "_session": "ctx.session",
    "_rollback": "ctx.rollback",
    "_signer": "ctx.signer",
    "_session_failures": "ctx.session_failures",
    "_record_head": "ctx.record_head",
}

# Service classes a widget or test used to construct around a desk → the one the desk built
CONSTRUCTED: dict[str, str] = {
    "Protection": "protection",
    "CaseHandling": "handling",
    "RelatedCases": "related",
    "AgencyDirectory": "agencies",
    "StatisticsService": "statistics",
    "ExportService": "exports",
}

# Free functions taking the desk first → (service attribute, method); "module." prefixes are dropped
FUNCTIONS: dict[str, tuple[str, str]] = {
    "save_draft": ("drafts", "save"),
    "load_draft": ("drafts", "load"),
    "discard_draft": ("drafts", "discard"),
    "rekey_draft": ("drafts", "rekey"),
    "add_attachment": ("attachments", "add"),
    "list_attachments": ("attachments", "for_case"),
    "open_attachment": ("attachments", "open"),
    "agency_header": ("documents", "agency_header"),
    "issued_documents": ("documents", "issued"),
    **{
        f"issue_{n}": ("documents", f"issue_{n}")
        for n in (
            "receipt",
            "transfer_slip",
            "transfer_notice",
            "guidance_slip",
            "appointment_slip",
            "acceptance_proposal",
            "refusal_notice",
            "result_notice",
            "reception_record",
            "body_letter",
            "protection_decision",
            "logbook",
        )
    },
    "prepare_backup": ("backup", "prepare"),
    "create_backup": ("backup", "create"),
    "prepare_scheduled_backup": ("backup", "prepare_scheduled"),
    "finish_scheduled_backup": ("backup", "finish_scheduled"),
    "scheduled_backup": ("backup", "scheduled"),
    "restore_backup": ("backup", "restore"),
    "logbook_entries": ("logbook", "entries"),
    "owed_notices": ("notices", "owed"),
    "join_office": ("office", "join"),
    "open_sync": ("office", "open_sync"),
    "office_desk_code": ("office", "desk_code"),
    "load_ruleset_file": ("rulesets", "load_file"),
    "rotation.progress": ("rotation", "progress"),
    "rotation.start_rotation": ("rotation", "start"),
    "rotation.step": ("rotation", "step"),
    "rotation.finish": ("rotation", "finish"),
    "rotation.confirm_recovery_code": ("rotation", "confirm_recovery_code"),
    "rotation.backups_with_old_key": ("rotation", "backups_with_old_key"),
}
MODULE_PREFIX = r"(?:[A-Za-z_]\w*\.)?"  # documents.issue_receipt(desk, …), docs.issue_receipt(desk, …)
# the desk passed first: desk, self._desk, world.desk, … (the same names as RECEIVER)
ARG = r"(?P<arg>(?:[A-Za-z_]\w*\.)*(?:\w*desk|new_machine|fresh|weak|production)|world)"


def _rewrite_calls(text: str) -> str:
    for old, (svc, new) in METHODS.items():
        text = re.sub(RECEIVER + r"\." + re.escape(old) + r"\b(?!\s*=[^=])", rf"\g<recv>.{svc}.{new}", text)
        # monkeypatch.setattr(desk, "find_by_id_number", …) → setattr(desk.identity, …)
        setattr_old = r"setattr\(" + RECEIVER + r',\s*"' + re.escape(old) + '"'
        text = re.sub(setattr_old, rf'setattr(\g<recv>.{svc}, "{new}"', text)
    for old, new in PRIVATE.items():
        text = re.sub(RECEIVER + r"\." + re.escape(old) + r"\b", rf"\g<recv>.{new}", text)
    text = re.sub(r"\bvault\._(kdf|floor)\b", r"vault.\1", text)  # Vault's KDF parameters are public now
    for cls, attr in CONSTRUCTED.items():
        text = re.sub(r"(?<![\w.])" + cls + r"\(" + ARG + r"\)", rf"\g<arg>.{attr}", text)
    for old, (svc, new) in FUNCTIONS.items():
        name = re.escape(old) if "." in old else MODULE_PREFIX + re.escape(old)
        text = re.sub(r"(?<![\w.])" + name + r"\(\s*" + ARG + r"\s*\)", rf"\g<arg>.{svc}.{new}()", text)
        text = re.sub(r"(?<![\w.])" + name + r"\(\s*" + ARG + r",\s*", rf"\g<arg>.{svc}.{new}(", text)
    return text


# Names that no longer exist (free functions became methods): dropped from import statements.
GONE = {n for n in FUNCTIONS if "." not in n} | {"attachment_ad", "request_ad", "retaliation_ad"}
IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)from (?P<mod>reception_app\.(?:services|storage)(?:\.\w+)?) import "
    r"(?P<names>\([^)]*\)|[^\n]*(?:\\\n[^\n]*)*)",
    re.M,
)


def _clean_imports(text: str) -> str:
    def fix(m: re.Match[str]) -> str:
        raw = m.group("names")
        body = raw.strip("()")
        comment = ""
        if "#" in body and "\n" not in body:
            body, comment = body.split("#", 1)
            comment = "  #" + comment
        parts = [p.strip() for p in re.sub(r"#[^\n]*", "", body).replace("\\\n", " ").split(",")]
        names = [p for p in parts if p]
        kept = [n for n in names if n.split(" as ")[0].strip() not in GONE]
        if kept == names:
            return m.group(0)
        indent = m.group("indent")
        if not kept:
            return f"{indent}pass  # rewrite_services_api: import removed" if indent else ""
        line = f"{indent}from {m.group('mod')} import {', '.join(kept)}{comment}"
        if len(line) <= 120:
            return line
        inner = "".join(f"{indent}    {n},\n" for n in kept)
        return f"{indent}from {m.group('mod')} import (\n{inner}{indent})"

    return IMPORT.sub(fix, text)


# The intake page's save closure (create the case, attach the files, discard the draft) → one service call.
INTAKE_CLOSURE = re.compile(
    r"(?P<indent>[ \t]*)def task\(\) -> SaveResult:\n.*?return SaveResult\(saved, tuple\(failed\)\)\n", re.S
)
SAVE_RESULT_CLASS = re.compile(r"@dataclass\(frozen=True\)\nclass SaveResult:\n(?:    .*\n)+\n*")


def _rewrite_intake(text: str) -> str:
    if "class SaveResult:" not in text:
        return text
    text = INTAKE_CLOSURE.sub(
        lambda m: (
            f"{m['indent']}def task() -> IntakeSaved:\n"
            f"{m['indent']}    return desk.intake.save(draft, files, identity_in_text=bool(keep_identity))\n"
        ),
        text,
    )
    text = SAVE_RESULT_CLASS.sub("", text).replace("SaveResult", "IntakeSaved")
    return re.sub(
        r"^(from reception_app\.ui)", r"from reception_app.services import IntakeSaved\n\1", text, count=1, flags=re.M
    )


# Only services/identity.py and storage/crypto.py say "unseal": prose elsewhere says "open" or "in the clear".
PROSE = (
    ("stored unsealed", "stored in the clear"),
    ("kept unsealed", "kept in the clear"),
    ("Details (unsealed)", "Details (opened)"),
    ("unsealed details", "opened details"),
    ("the unsealed ``ProtectionCase``", "the opened ``ProtectionCase``"),
    ("# unsealed:", "# opened:"),
    ("a written reason unseal one case's identities", "a written reason open one case's identities"),
    ("whose identities to unseal", "whose identities to open"),
    ("to unseal one protection request", "to open one protection request"),
    ("supervisor reveal unseals the identity intact", "supervisor reveal opens the identity intact"),
)


def _rewrite_prose(text: str) -> str:
    for old, new in PROSE:
        text = text.replace(old, new)
    for old, (svc, new) in METHODS.items():  # docstrings: ``Desk.create_case`` → ``desk.cases.create_case``
        text = re.sub(
            r"(?:\breception_app\.services\.desk\.)?\bDesk\." + re.escape(old) + r"\b", f"desk.{svc}.{new}", text
        )
    return text


def _package_names() -> set[str]:
    """The names ``reception_app/services/__init__.py`` exports (its ``__all__``)."""
    init = Path(__file__).resolve().parent.parent / "reception_app" / "services" / "__init__.py"
    match = re.search(r"__all__ = \[(.*?)\]", init.read_text("utf-8"), re.S)
    return set(re.findall(r'"(\w+)"', match.group(1))) if match else set()


SUBMODULE_IMPORT = re.compile(
    r"^(?P<indent>[ \t]*)from reception_app\.services\.\w+ import (?P<names>\([^)]*\)|[^\n(]*)$", re.M
)


def _ui_imports_package(text: str) -> str:
    """In ui/: ``from reception_app.services.x import A, B`` → ``from reception_app.services import A, B`` when the
    package exports every name (import-linter: the UI imports only the services package)."""
    exported = _package_names()

    def fix(m: re.Match[str]) -> str:
        names = [n.strip() for n in re.sub(r"#[^\n]*", "", m.group("names")).strip("()").split(",") if n.strip()]
        if not names or any(n.split(" as ")[0].strip() not in exported for n in names):
            return m.group(0)
        return f"{m.group('indent')}from reception_app.services import {', '.join(names)}"

    return SUBMODULE_IMPORT.sub(fix, text)


def rewrite(text: str, *, app: bool = False) -> str:
    # services.desk is the composition root only: its old re-exports come from the services package now
    text = re.sub(
        r"\bfrom reception_app\.services\.desk(?:_security)? import\b", "from reception_app.services import", text
    )
    text = _clean_imports(_rewrite_intake(_rewrite_calls(text)))
    return _rewrite_prose(_ui_imports_package(text)) if app else text


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [
        Path("reception_app/ui"),
        Path("reception_app/app.py"),
        Path("reception_app/office_cli.py"),
        Path("reception_app/services/demo.py"),  # the service modules that drive a whole Desk
        Path("reception_app/services/self_check.py"),
        Path("reception_app/services/office_admin.py"),
        Path("tests"),
        Path("bench"),
    ]
    changed = 0
    touched: list[Path] = []
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for path in files:
            if path.resolve() == Path(__file__).resolve():
                continue
            old = path.read_text("utf-8")
            new = rewrite(old, app="reception_app" in path.parts)
            if new != old:
                path.write_text(new, "utf-8")
                changed += 1
                touched.append(path)
                print(f"rewrote {path}")
    print(f"{changed} file(s) changed")
    ruff = Path(".venv/bin/ruff") if Path(".venv/bin/ruff").exists() else shutil.which("ruff")
    if touched and ruff:  # longer call sites: re-wrap them, and sort what is left of the imports
        files = [str(p) for p in touched]
        subprocess.run([str(ruff), "format", "--quiet", *files], check=False)  # noqa: S603 - our ruff, our files
        subprocess.run([str(ruff), "check", "--quiet", "--fix", "--select", "I,F401", *files], check=False)  # noqa: S603
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
