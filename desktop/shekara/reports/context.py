"""What every printed document needs to know about where and by whom it is printed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from shekara.domain.codes import CODE_LISTS
from shekara.domain.officials import OfficialProfile
from shekara.reports.bilingual import document_languages


@dataclass(frozen=True)
class ReportContext:
    """The post printing, the officer printing, when, and in which language setting.

    `lang` is the --lang of the command: kk (Kazakh + Russian), lt (Lithuanian + Russian),
    ru or en. An unknown one raises InputError (report.unknown_language).
    """

    party: str  # "KZ" | "LT": the Party this installation belongs to
    post_code: str
    post_name: str
    officer: str  # login of the officer printing (the audit log's; documents print names)
    printed_at: datetime  # timezone-aware; printed as local date and time
    lang: str
    # Printed profiles by login (the officer printing, and a record's author and approver):
    # documents print names, ranks and positions, never logins (issue 11).
    profiles: Mapping[str, OfficialProfile] = field(default_factory=dict)
    # The installation's unit_name, authority_name and their _ru forms (settings).
    installation: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.party not in CODE_LISTS["party"]:
            raise ValueError(f"party must be KZ or LT, not {self.party!r}")
        if self.printed_at.tzinfo is None:
            raise ValueError("printed_at must be timezone-aware")
        document_languages(self.lang)
