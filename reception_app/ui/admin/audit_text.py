"""Audit entries as sentences people read ("mở khóa danh tính hồ sơ 2026-00301, lý do: …"), not codes.

The action codes, detail keys and outcome codes of the audit log (``services``) are turned into translated
phrases here; an unknown code is shown as is (the log must never hide what happened). Domain values (case
kind, decision, result, status, handling move, role) use their Vietnamese labels from ``models.enums``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from reception_app.models.enums import (
    Admissibility,
    CaseKind,
    CaseStatus,
    Decision,
    HandlingAction,
    Jurisdiction,
    Result,
    Role,
)
from reception_app.models.recipients import RecipientRole

# Bookkeeping keys nobody reads: ids, internal steps, lengths.
HIDDEN_KEYS = frozenset(
    {
        "step_id",
        "move",
        "reason_length",
        "version",
        "agency_id",
        "request_id",
        "report_id",
        "seq",
        "number",
        "user_hash",
        "at_recorded",
        "expires_at",
        "identity_source",
        "measure_id",
        "reason_id",
        "transfer_id",
        "visit_id",
        "query_tokens",
        "recorded_hash",
        "grant_id",  # a reveal's delegation to its grant key (issue 16): checked by audit verify, not read
        "delegate_public",
        "delegate_sig",
        "replaced_hash",
        "head_hash",
        "old_key_id",
    }
)


def _actions() -> dict[str, str]:
    return {
        "login": QCoreApplication.translate("AuditText", "logged in"),
        "login_failed": QCoreApplication.translate("AuditText", "failed to log in"),
        "recovery_login": QCoreApplication.translate("AuditText", "logged in with the recovery code"),
        "logout": QCoreApplication.translate("AuditText", "logged out"),
        "unlock": QCoreApplication.translate("AuditText", "unlocked the desk after the auto-lock"),
        "case_created": QCoreApplication.translate("AuditText", "recorded case"),
        "reveal_requested": QCoreApplication.translate("AuditText", "asked to unlock the identities of case"),
        "reveal_granted": QCoreApplication.translate("AuditText", "unlocked the identities of case"),
        "reveal_denied": QCoreApplication.translate("AuditText", "was refused unlocking the identities of case"),
        "reveal_expired": QCoreApplication.translate("AuditText", "masked again the identities of case"),
        "attachment_open_requested": QCoreApplication.translate(
            "AuditText", "asked to open a sealed attachment of case"
        ),
        "attachment_open_denied": QCoreApplication.translate(
            "AuditText", "was refused opening a sealed attachment of case"
        ),
        "attachment_opened": QCoreApplication.translate("AuditText", "opened a sealed attachment of case"),
        "attachment_added": QCoreApplication.translate("AuditText", "attached a scanned file to case"),
        "protection_reveal_requested": QCoreApplication.translate(
            "AuditText", "asked to see the protected person's identity in case"
        ),
        "protection_reveal_denied": QCoreApplication.translate(
            "AuditText", "was refused the protected person's identity in case"
        ),
        "identity_tamper_detected": QCoreApplication.translate("AuditText", "found altered identity data in case"),
        "identity_duplicate_check": QCoreApplication.translate("AuditText", "ran the identity duplicate check"),
        "document_printed": QCoreApplication.translate("AuditText", "printed a document of case"),
        "disclosure_recorded": QCoreApplication.translate("AuditText", "recorded a disclosure of identity for case"),
        "logbook_exported": QCoreApplication.translate("AuditText", "exported the logbook"),
        "ruleset_loaded": QCoreApplication.translate("AuditText", "loaded a rule and form set"),
        "statistics_exported": QCoreApplication.translate("AuditText", "exported the statistics"),
        "user_created": QCoreApplication.translate("AuditText", "created an account"),
        "user_deactivated": QCoreApplication.translate("AuditText", "deactivated an account"),
        "role_granted": QCoreApplication.translate("AuditText", "granted the supervisor role"),
        "role_change_denied": QCoreApplication.translate("AuditText", "was refused a role change"),
        "password_reset": QCoreApplication.translate("AuditText", "reset a password"),
        "password_changed": QCoreApplication.translate("AuditText", "changed their password"),
        "settings_changed": QCoreApplication.translate("AuditText", "changed the desk settings"),
        "agencies_seeded": QCoreApplication.translate("AuditText", "filled the agency directory"),
        "agency_added": QCoreApplication.translate("AuditText", "added an agency to the directory"),
        "agency_updated": QCoreApplication.translate("AuditText", "changed an agency in the directory"),
        "calendar_day_set": QCoreApplication.translate("AuditText", "set a day of the working calendar"),
        "calendar_day_removed": QCoreApplication.translate("AuditText", "removed a day from the working calendar"),
        "backup_created": QCoreApplication.translate("AuditText", "made an encrypted backup"),
        "backup_restore_started": QCoreApplication.translate("AuditText", "started restoring a backup"),
        "protection_requested": QCoreApplication.translate(
            "AuditText", "recorded a request to protect the denouncer of case"
        ),
        "protection_decided": QCoreApplication.translate("AuditText", "decided on protecting the denouncer of case"),
        "protection_measure_added": QCoreApplication.translate("AuditText", "added a protection measure to case"),
        "protection_measure_done": QCoreApplication.translate("AuditText", "marked a protection measure done for case"),
        "protection_ended": QCoreApplication.translate("AuditText", "ended the protection for case"),
        "retaliation_reported": QCoreApplication.translate("AuditText", "recorded a report of retaliation for case"),
        "retaliation_handled": QCoreApplication.translate(
            "AuditText", "recorded the handling of a retaliation for case"
        ),
        "setup": QCoreApplication.translate("AuditText", "set up the desk"),
        "backup_restored": QCoreApplication.translate("AuditText", "restored a backup"),
        "head_code_checked": QCoreApplication.translate("AuditText", "compared a noted audit head code"),
        "identity_key_rotation_started": QCoreApplication.translate("AuditText", "started replacing the identity key"),
        "identity_key_rotated": QCoreApplication.translate("AuditText", "replaced the identity key"),
        "keys_adopted": QCoreApplication.translate("AuditText", "took over the replaced identity key"),
        "keys_pinned_first_time": QCoreApplication.translate("AuditText", "pinned the desk's public keys"),
        "keys_repinned": QCoreApplication.translate("AuditText", "pinned the desk's public keys again"),
        "user_keys_certified": QCoreApplication.translate("AuditText", "certified users' signing keys"),
        "attestations_started": QCoreApplication.translate(
            "AuditText", "started signing disclosures, account changes and daily logins"
        ),
        "rollback_detected": QCoreApplication.translate("AuditText", "found the data older than recorded (rollback)"),
        "rollback_acknowledged": QCoreApplication.translate("AuditText", "acknowledged a rollback of the data"),
        "security_check": QCoreApplication.translate("AuditText", "checked the desk's keys and sealed data"),
        "security_alarm": QCoreApplication.translate("AuditText", "raised a security alarm"),
        "identity_disclosed": QCoreApplication.translate("AuditText", "disclosed an identity on a document of case"),
        "office_joined": QCoreApplication.translate("AuditText", "joined the office server"),
        "office_keys_pinned": QCoreApplication.translate("AuditText", "pinned the office's key manifest"),
        "office_reveal_recorded": QCoreApplication.translate(
            "AuditText", "(another desk of the office) saw the identities of case"
        ),
        "office_head_signed": QCoreApplication.translate("AuditText", "signed the office audit chain"),
        "office_event_quarantined": QCoreApplication.translate(
            "AuditText", "set aside another desk's event that could not be applied"
        ),
        "office_quarantine_retry": QCoreApplication.translate("AuditText", "asked to retry the events set aside"),
        "office_server_behind": QCoreApplication.translate(
            "AuditText", "found the office server restored from an older backup (changes sent again)"
        ),
        "office_push_resumed": QCoreApplication.translate(
            "AuditText", "resumed sending: the office server holds this desk's own events again"
        ),
        "office_conflict_resolved": QCoreApplication.translate(
            "AuditText", "chose the version kept of a case changed on two desks"
        ),
        "office_protection_resolved": QCoreApplication.translate(
            "AuditText", "chose the version kept of a protection request changed on two desks"
        ),
        "protection_reveal_granted": QCoreApplication.translate(
            "AuditText", "saw the protected person's identity in case"
        ),
        "visit_recorded": QCoreApplication.translate("AuditText", "recorded a return visit for case"),
        "identity_duplicate_check_requested": QCoreApplication.translate(
            "AuditText", "asked for the identity duplicate check"
        ),
        "identity_duplicate_check_denied": QCoreApplication.translate(
            "AuditText", "was refused the identity duplicate check"
        ),
    }


def _keys() -> dict[str, str]:
    return {
        "reason": QCoreApplication.translate("AuditText", "reason"),
        "disclosure_basis": QCoreApplication.translate("AuditText", "legal basis"),
        "outcome": QCoreApplication.translate("AuditText", "outcome"),
        "supervisor": QCoreApplication.translate("AuditText", "supervisor"),
        "approver": QCoreApplication.translate("AuditText", "approved by"),
        "username": QCoreApplication.translate("AuditText", "account"),
        "roles": QCoreApplication.translate("AuditText", "roles"),
        "decision": QCoreApplication.translate("AuditText", "decision"),
        "decision_number": QCoreApplication.translate("AuditText", "decision number"),
        "result": QCoreApplication.translate("AuditText", "result"),
        "kind": QCoreApplication.translate("AuditText", "kind"),
        "from_status": QCoreApplication.translate("AuditText", "from"),
        "to_status": QCoreApplication.translate("AuditText", "to"),
        "doc_kind": QCoreApplication.translate("AuditText", "document"),
        "doc_number": QCoreApplication.translate("AuditText", "document number"),
        "copies": QCoreApplication.translate("AuditText", "copies"),
        "shows_identity": QCoreApplication.translate("AuditText", "identity printed"),
        "reprint": QCoreApplication.translate("AuditText", "reprint"),
        "count": QCoreApplication.translate("AuditText", "count"),
        "fields": QCoreApplication.translate("AuditText", "fields"),
        "minutes": QCoreApplication.translate("AuditText", "minutes"),
        "day": QCoreApplication.translate("AuditText", "day"),
        "day_kind": QCoreApplication.translate("AuditText", "day kind"),
        "size": QCoreApplication.translate("AuditText", "size (bytes)"),
        "reporter_codes": QCoreApplication.translate("AuditText", "reporter codes"),
        "documents": QCoreApplication.translate("AuditText", "papers received"),
        "warnings": QCoreApplication.translate("AuditText", "warnings"),
        "date_from": QCoreApplication.translate("AuditText", "from"),
        "date_to": QCoreApplication.translate("AuditText", "to"),
        "measures": QCoreApplication.translate("AuditText", "measures"),
        "admissible": QCoreApplication.translate("AuditText", "admissible"),
        "jurisdiction": QCoreApplication.translate("AuditText", "jurisdiction"),
        "group": QCoreApplication.translate("AuditText", "group"),
        "repeat_count": QCoreApplication.translate("AuditText", "times filed"),
        "copy_roles": QCoreApplication.translate("AuditText", "copies for"),
        "identity_copies": QCoreApplication.translate("AuditText", "copies naming the citizen"),
        "identity_kept": QCoreApplication.translate("AuditText", "identity left in free text (count)"),
        "identity_replaced": QCoreApplication.translate("AuditText", "identity replaced in free text (count)"),
        "password_change_required": QCoreApplication.translate("AuditText", "password must be changed"),
        "supervisor_hash": QCoreApplication.translate("AuditText", "name typed, not an account (keyed hash)"),
        "head_seq": QCoreApplication.translate("AuditText", "audit head"),
        "replaced_seq": QCoreApplication.translate("AuditText", "replaced audit head"),
        "checked": QCoreApplication.translate("AuditText", "checked"),
        "key_id": QCoreApplication.translate("AuditText", "identity key"),
        "people": QCoreApplication.translate("AuditText", "people"),
        "persons": QCoreApplication.translate("AuditText", "persons"),
        "led_by_head": QCoreApplication.translate("AuditText", "received by the head of the agency"),
        "due_on": QCoreApplication.translate("AuditText", "due on"),
        "status": QCoreApplication.translate("AuditText", "status"),
        "reporters": QCoreApplication.translate("AuditText", "reporters"),
        "rule": QCoreApplication.translate("AuditText", "rule"),
        "recovery": QCoreApplication.translate("AuditText", "with the recovery code"),
        "target": QCoreApplication.translate("AuditText", "target"),
        "seeded": QCoreApplication.translate("AuditText", "added"),
        "codes": QCoreApplication.translate("AuditText", "codes"),
        "other_case": QCoreApplication.translate("AuditText", "other case"),
        "office_desk": QCoreApplication.translate("AuditText", "office desk"),
        "server_seq": QCoreApplication.translate("AuditText", "held by the server up to"),
        "pushed_seq": QCoreApplication.translate("AuditText", "sent by this desk up to"),
        "pulled_seq": QCoreApplication.translate("AuditText", "received by this desk up to"),
        "office_desk_no": QCoreApplication.translate("AuditText", "desk number"),
        "office_host": QCoreApplication.translate("AuditText", "office server"),
    }


def _outcomes() -> dict[str, str]:
    return {
        "no_reason": QCoreApplication.translate("AuditText", "no reason given"),
        "bad_credentials": QCoreApplication.translate("AuditText", "wrong supervisor name or password"),
        "not_supervisor": QCoreApplication.translate("AuditText", "the account is not a supervisor"),
        "expired": QCoreApplication.translate("AuditText", "the time ran out"),
        "closed": QCoreApplication.translate("AuditText", "the case window was closed"),
        "locked": QCoreApplication.translate("AuditText", "the desk locked"),
        "privacy": QCoreApplication.translate("AuditText", "the privacy screen"),
        "logout": QCoreApplication.translate("AuditText", "logged out"),
        "scheduled": QCoreApplication.translate("AuditText", "daily, automatic"),
        "manual": QCoreApplication.translate("AuditText", "by hand"),
        "True": QCoreApplication.translate("AuditText", "yes"),
        "False": QCoreApplication.translate("AuditText", "no"),
        "none": QCoreApplication.translate("AuditText", "none"),
        "other": QCoreApplication.translate("AuditText", "other"),
        "rate_limited": QCoreApplication.translate("AuditText", "too many wrong passwords from this session: paused"),
        "alarm": QCoreApplication.translate("AuditText", "alarm"),
        "match": QCoreApplication.translate("AuditText", "match"),
        "ok": QCoreApplication.translate("AuditText", "in order"),
    }


def _documents() -> dict[str, str]:
    return {
        "receipt": QCoreApplication.translate("AuditText", "receipt"),
        "transfer_slip": QCoreApplication.translate("AuditText", "transfer slip"),
        "guidance_slip": QCoreApplication.translate("AuditText", "guidance slip"),
        "appointment_slip": QCoreApplication.translate("AuditText", "appointment slip"),
        "acceptance_proposal": QCoreApplication.translate("AuditText", "acceptance proposal"),
        "refusal_notice": QCoreApplication.translate("AuditText", "refusal notice"),
        "logbook": QCoreApplication.translate("AuditText", "logbook"),
        "transfer_notice": QCoreApplication.translate("AuditText", "transfer notice to the denouncer"),
        "result_notice": QCoreApplication.translate("AuditText", "notice of the handling result"),
        "reception_record": QCoreApplication.translate("AuditText", "reception record"),
        "return_letter": QCoreApplication.translate("AuditText", "letter returning the petition"),
        "chase_letter": QCoreApplication.translate("AuditText", "reminder letter to a body"),
        "lower_level_request": QCoreApplication.translate("AuditText", "request to a lower level"),
        "protection_decision": QCoreApplication.translate("AuditText", "protection decision"),
        "acceptance_notice": QCoreApplication.translate("AuditText", "acceptance notice"),
        "rejection_notice": QCoreApplication.translate("AuditText", "non-acceptance notice"),
        "acceptance_decision": QCoreApplication.translate("AuditText", "acceptance decision"),
        "multi_content_guidance": QCoreApplication.translate(
            "AuditText", "guidance for a petition with several contents"
        ),
        "protection_request": QCoreApplication.translate("AuditText", "protection request"),
        "mail_book": QCoreApplication.translate("AuditText", "petition handling book"),
        "xlsx": QCoreApplication.translate("AuditText", "Excel workbook"),
    }


def _enum_label(kind: Callable[[str], Any], value: object) -> str | None:
    try:
        return str(kind(str(value)).label)
    except ValueError:
        return None


def value_text(key: str, value: object) -> str:
    """One detail value in words (labels for codes; lists joined)."""
    if isinstance(value, list | tuple):
        return ", ".join(value_text(key, v) for v in value)
    if isinstance(value, bool):
        value = str(value)
    text = str(value)
    enums: dict[str, Callable[[str], Any]] = {
        "decision": Decision,
        "result": Result,
        "kind": CaseKind,
        "from_status": CaseStatus,
        "to_status": CaseStatus,
        "admissible": Admissibility,
        "jurisdiction": Jurisdiction,
    }
    if key in enums and (label := _enum_label(enums[key], text)):
        return label
    if key in ("copy_roles", "identity_copies") and (label := _enum_label(RecipientRole, text)):
        return label
    if key == "roles":
        return ", ".join(_enum_label(Role, r.strip()) or r for r in text.split(","))
    if key == "doc_kind":
        return _documents().get(text, text)
    return _outcomes().get(text, text)


def action_text(action: str) -> str:
    """The verb phrase of an action code; handling moves by their label ("thụ lý"); unknown codes as is."""
    known = _actions().get(action)
    if known is not None:
        return known
    if action.startswith("case_"):
        label = _enum_label(HandlingAction, action.removeprefix("case_"))
        if label:
            return QCoreApplication.translate("AuditText", "%1: case").replace("%1", label)
    return action


def details_text(details: dict[str, Any], *, show_reasons: bool, hidden: str, private: frozenset[str]) -> str:
    """``label: value; …`` in words, bookkeeping keys left out, supervisor-only free text as ``hidden``."""
    labels = _keys()
    parts = []
    for key in sorted(details, key=lambda k: (k not in ("reason", "outcome"), k)):
        if key in HIDDEN_KEYS or details[key] in (None, "", [], ()):
            continue
        value = hidden if (key in private and not show_reasons) else value_text(key, details[key])
        parts.append(f"{labels.get(key, key)}: {value}")
    return "; ".join(parts)


def sentence(action: str, case_number: str, details: str) -> str:
    """ "unlocked the identities of case 2026-00301 — reason: …" (the actor is in its own column)."""
    text = action_text(action)
    text = text[:1].upper() + text[1:]
    if case_number:
        text += f" {case_number}"
    return f"{text} — {details}" if details else text
