"""The reception logbook page: cases received in a period (masked), for any logged-in user."""

from __future__ import annotations

import dataclasses

from reception_app.models.errors import FieldError, ValidationError
from reception_app.models.logbook import LogbookFilter, LogbookKey, LogbookPage
from reception_app.services.context import SessionContext
from reception_app.storage import settings as settings_repo
from reception_app.storage.logbook import logbook_page

MAX_PAGE = 1000


class LogbookService:
    """``desk.logbook``: the reception logbook, masked, for any logged-in user."""

    def __init__(self, ctx: SessionContext) -> None:
        self.ctx = ctx

    def entries(self, filters: LogbookFilter, *, after: LogbookKey | None = None, limit: int = 200) -> LogbookPage:
        """One keyset page of the logbook, newest first."""
        _, db, _ = self.ctx.require()
        if filters.date_to < filters.date_from:
            raise ValidationError([FieldError("date_to", "Ngày kết thúc phải sau ngày bắt đầu.")])
        page = logbook_page(db, filters, after=after, limit=max(1, min(limit, MAX_PAGE)))
        names = {u.username: u.full_name for u in settings_repo.list_users(db) if u.full_name}
        rows = tuple(dataclasses.replace(e, officer=names.get(e.officer, e.officer)) for e in page.rows)
        return dataclasses.replace(page, rows=rows)  # the officer's full name, not the login name
