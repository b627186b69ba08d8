"""Saving an intake (``desk.intake``): the case, its scanned files and the end of the draft, in one call."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reception_app.models.attachments import check_attachment
from reception_app.models.case import CaseDraft
from reception_app.models.errors import KnownError
from reception_app.services.attachments import AttachmentService
from reception_app.services.cases import CaseSaved, CaseService
from reception_app.services.drafts import DraftService


@dataclass(frozen=True)
class IntakeSaved:
    """The saved case and the names of the files that could not be attached to it."""

    saved: CaseSaved
    failed_files: tuple[str, ...]


class IntakeService:
    """``desk.intake``: the intake form's save, the one use case spanning cases, attachments and drafts."""

    def __init__(self, cases: CaseService, attachments: AttachmentService, drafts: DraftService) -> None:
        self.cases = cases
        self.attachments = attachments
        self.drafts = drafts

    def save(self, draft: CaseDraft, files: Sequence[Path] = (), *, identity_in_text: bool = False) -> IntakeSaved:
        """Read and check every file, save the case, attach the files, discard the officer's draft.

        A file that fails its check stops everything before the case is saved; a file that cannot be attached
        after the save (the case exists by then) is named in ``failed_files``.
        """
        blobs: list[tuple[str, bytes]] = []
        for path in files:  # read and check every file before the case is saved
            data = Path(path).read_bytes()
            check_attachment(path.name, data, existing_count=len(blobs), existing_bytes=sum(len(b) for _, b in blobs))
            blobs.append((path.name, data))
        saved = self.cases.create_case(draft, identity_in_text=identity_in_text)
        failed: list[str] = []
        for name, data in blobs:
            try:
                self.attachments.add(saved.uid, name, data)
            except KnownError:
                failed.append(name)
        self.drafts.discard()
        return IntakeSaved(saved, tuple(failed))
