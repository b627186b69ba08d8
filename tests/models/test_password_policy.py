"""Password policy (issue 18): ≥ 12 characters, a zxcvbn score, Vietnamese reasons, supervisors stricter."""

from __future__ import annotations

import pytest

from reception_app.models.password_policy import (
    MIN_SCORE_OFFICER,
    MIN_SCORE_SUPERVISOR,
    assess_password,
    extra_words,
)

OFFICE = ("UBND TỈNH ĐẮK LẮK", "THANH TRA TỈNH", "Đắk Lắk")


@pytest.mark.parametrize(
    "password",
    ["1234567890", "matkhau123", "matkhau123456", "123456789012", "qwertyuiop12", "Matkhau@2025!", "tiepcongdan2025"],
)
def test_weak_passwords_are_refused_for_a_supervisor_in_vietnamese(password: str) -> None:
    result = assess_password(password, username="lanhdao", supervisor=True, names=("Lê Lãnh Đạo", *OFFICE))
    assert not result.acceptable
    assert result.message
    assert "Mật khẩu" in result.message  # Vietnamese, with diacritics
    assert not any(word in result.message for word in ("password", "common", "Add another"))


def test_too_short_is_the_first_reason() -> None:
    result = assess_password("Xk7#pq", username="canbo")
    assert result.reasons[0] == "Mật khẩu phải có ít nhất 12 ký tự."


def test_the_username_itself_is_refused() -> None:
    result = assess_password("Nguyen.Van-Anh1", username="nguyen.van-anh1")
    assert not result.acceptable


def test_names_and_office_are_dictionary_words() -> None:
    plain = assess_password("daklakthanhtra", username="x.y")
    with_office = assess_password("daklakthanhtra", username="x.y", names=OFFICE)
    assert with_office.score <= plain.score
    assert not with_office.acceptable
    assert any("tên cơ quan" in reason for reason in with_office.reasons)


def test_a_keyboard_run_is_explained() -> None:
    result = assess_password("asdfghjkl;12", username="canbo")
    assert any("bàn phím" in reason for reason in result.reasons)


def test_a_passphrase_is_accepted_for_everyone() -> None:
    for supervisor in (False, True):
        result = assess_password("cây-bàng đỏ lá-mùa đông 1987", username="lanhdao", supervisor=supervisor)
        assert result.acceptable, result.reasons
        assert result.score == 4


def test_supervisor_is_stricter_than_officer() -> None:
    # Score 3 passes for an officer and not for a supervisor.
    password = "banglang1984"
    officer = assess_password(password, username="canbo")
    supervisor = assess_password(password, username="lanhdao", supervisor=True)
    assert officer.score == supervisor.score == MIN_SCORE_OFFICER
    assert officer.acceptable
    assert not supervisor.acceptable
    assert supervisor.required == MIN_SCORE_SUPERVISOR
    assert "lãnh đạo" in supervisor.message


def test_extra_words_fold_and_split() -> None:
    assert extra_words("Nguyễn Văn Đức") == ["nguyenvanduc", "nguyen", "van", "duc"]
