"""ReportContext refuses what would make a document lie about where and when it was printed."""

from __future__ import annotations

from datetime import datetime

import pytest

from shekara.errors import InputError
from shekara.reports.context import ReportContext
from tests.reports.conftest import ALMATY


def context(**changes: object) -> ReportContext:
    values: dict[str, object] = {"party": "KZ", "post_code": "KZ-ALA-01", "post_name": "Post",
                                 "officer": "officer1",
                                 "printed_at": datetime(2026, 11, 21, 9, 0, tzinfo=ALMATY),
                                 "lang": "kk"}
    values.update(changes)
    return ReportContext(**values)  # type: ignore[arg-type]


def test_a_good_context() -> None:
    assert context().lang == "kk"


def test_unknown_language_is_the_users_input_error() -> None:
    with pytest.raises(InputError) as caught:
        context(lang="de")
    assert caught.value.msgid == "report.unknown_language"


def test_party_and_time_zone_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        context(party="RU")
    with pytest.raises(ValueError):
        context(printed_at=datetime(2026, 11, 21, 9, 0))
