"""Use cases (no Qt): the :class:`Desk` facade and its value types."""

from reception_app.services.desk import (
    AgencySettings,
    CaseSaved,
    Desk,
    NewUser,
    NotLoggedIn,
    NotSetUp,
    PermissionDenied,
    RevealExpired,
    RevealGrant,
    Session,
    UserInfo,
    check_password_policy,
    clean_username,
)
from reception_app.storage.errors import AccountLocked, DeviceSecretMissing, WrongCredentials
from reception_app.storage.vault import normalize_recovery_code

__all__ = [
    "AccountLocked",
    "DeviceSecretMissing",
    "WrongCredentials",
    "clean_username",
    "normalize_recovery_code",
    "AgencySettings",
    "CaseSaved",
    "Desk",
    "NewUser",
    "NotLoggedIn",
    "NotSetUp",
    "PermissionDenied",
    "RevealExpired",
    "RevealGrant",
    "Session",
    "UserInfo",
    "check_password_policy",
]
