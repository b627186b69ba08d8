"""Use cases (no Qt): the :class:`Desk` facade and its value types."""

from reception_app.services.desk import (
    AgencySettings,
    CaseSaved,
    Desk,
    NewUser,
    NotLoggedIn,
    NotSetUp,
    PermissionDenied,
    RevealGrant,
    Session,
    UserInfo,
    check_password_policy,
)

__all__ = [
    "AgencySettings",
    "CaseSaved",
    "Desk",
    "NewUser",
    "NotLoggedIn",
    "NotSetUp",
    "PermissionDenied",
    "RevealGrant",
    "Session",
    "UserInfo",
    "check_password_policy",
]
