"""Typed storage errors. ``KnownError`` subclasses carry a Vietnamese message the UI shows as is."""

from __future__ import annotations

from datetime import datetime

from reception_app.models.errors import KnownError


class StorageError(KnownError):
    """Base for database problems the user can act on."""


class WrongKey(StorageError):
    def __init__(self) -> None:
        super().__init__("Không mở được cơ sở dữ liệu: khóa không đúng hoặc tệp không phải cơ sở dữ liệu.")


class DatabaseLocked(StorageError):
    def __init__(self) -> None:
        super().__init__("Cơ sở dữ liệu đang bị khóa bởi một chương trình khác. Vui lòng thử lại sau giây lát.")


class DiskFull(StorageError):
    def __init__(self) -> None:
        super().__init__(
            "Ổ đĩa đã đầy: chưa lưu được. Dữ liệu đang nhập vẫn được giữ; hãy giải phóng dung lượng rồi lưu lại."
        )


class DatabaseCorrupt(StorageError):
    def __init__(self) -> None:
        super().__init__("Cơ sở dữ liệu bị hỏng. Không ghi thêm gì; hãy khôi phục từ bản sao lưu.")


class ReadOnlyStorage(StorageError):
    def __init__(self) -> None:
        super().__init__("Không ghi được vào thư mục dữ liệu (chỉ đọc). Dữ liệu đang nhập vẫn được giữ.")


class BugError(Exception):
    """A programming error (bad SQL, constraint we should have checked): goes to the log, not the user."""


class VaultError(KnownError):
    """Base for vault problems."""


class WrongCredentials(VaultError):
    def __init__(self) -> None:
        super().__init__("Tên đăng nhập hoặc mật khẩu không đúng.")


class AccountLocked(VaultError):
    def __init__(self, until: datetime, now: datetime) -> None:
        self.until = until
        minutes = max(1, int((until - now).total_seconds() + 59) // 60)
        super().__init__(f"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau {minutes} phút.")


class DeviceSecretMissing(VaultError):
    def __init__(self) -> None:
        super().__init__(
            "Máy này không có khóa thiết bị của dữ liệu (thư mục dữ liệu được sao chép từ máy khác?). "
            "Hãy đăng nhập bằng mã khôi phục."
        )


class VaultCorrupt(VaultError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("Tệp khóa (vault.json) bị hỏng hoặc không hợp lệ." + (f" ({detail})" if detail else ""))


class WeakKdfParameters(VaultError):
    def __init__(self) -> None:
        super().__init__("Tệp khóa dùng tham số bảo vệ mật khẩu yếu hơn mức tối thiểu; từ chối mở.")


class IdentityTampered(KnownError):
    def __init__(self, case_number: str, seq: int) -> None:
        super().__init__(
            f"Dữ liệu danh tính của hồ sơ {case_number} (người gửi {seq}) đã bị sửa đổi hoặc hoán đổi; "
            "không thể giải mã. Việc này đã được ghi nhận."
        )
