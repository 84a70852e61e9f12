"""Printed names for the demo: the demo officers' profiles and the installation's names.

Documents print who made, approved and signs a record from these (issue 11), never logins;
without them every demo document showed blank signature blocks and no letterhead, which is not
what a post that has set itself up prints. Invented people; the unit is marked as a demo in
both languages, so a demo document is never mistaken for a real one.
"""

from __future__ import annotations

from collections.abc import Mapping

from shekara.services.officials import OfficialsService
from shekara.vault.vault import Vault

# login -> full name, rank, position (state language), then their Russian forms
_Profile = tuple[str, str, str, str, str, str]

PROFILES: Mapping[str, Mapping[str, _Profile]] = {
    "KZ": {
        "demo.supervisor": ("Сүлейменова Айгерім Бекқызы", "подполковник", "ауысым бастығы",
                            "Сулейменова Айгерим Бековна", "подполковник", "начальник смены"),
        "demo.officer": ("Нұрланов Ерлан Бақытұлы", "капитан", "аға инспектор",
                         "Нурланов Ерлан Бакытович", "капитан", "старший инспектор"),
        "demo.second": ("Ахметов Дәурен Серікұлы", "майор", "ауысым бастығының орынбасары",
                        "Ахметов Даурен Серикович", "майор", "заместитель начальника смены"),
    },
    "LT": {
        "demo.supervisor": ("Tomas Kazlauskas", "vidaus tarnybos majoras", "pamainos vadovas",
                            "Томас Казлаускас", "майор внутренней службы", "начальник смены"),
        "demo.officer": ("Mantas Petrauskas", "vidaus tarnybos leitenantas",
                         "vyresnysis specialistas", "Мантас Петраускас",
                         "лейтенант внутренней службы", "старший специалист"),
        "demo.second": ("Rūta Jankauskienė", "vidaus tarnybos kapitonė",
                        "pamainos vadovo pavaduotoja", "Рута Янкаускене",
                        "капитан внутренней службы", "заместитель начальника смены"),
    },
}

INSTALLATION: Mapping[str, Mapping[str, str]] = {
    "KZ": {"authority_name": "ҚР ҰҚК Шекара қызметі",
           "authority_name_ru": "Пограничная служба КНБ РК",
           "unit_name": "«Құрманғазы» өткізу пункті (демо)",
           "unit_name_ru": "Пункт пропуска «Курмангазы» (демо)"},
    "LT": {"authority_name": "Valstybės sienos apsaugos tarnyba prie Lietuvos Respublikos vidaus"
                             " reikalų ministerijos",
           "authority_name_ru": "Служба охраны государственной границы при МВД Литовской "
                                "Республики",
           "unit_name": "Medininkų užkarda (demonstracinė)",
           "unit_name_ru": "Застава «Мядининкай» (демо)"},
}


def set_demo_officials(vault: Vault, party: str) -> None:
    """Give the demo officers their printed profiles and the demo post its printed names, the
    way a supervisor does (audited); `vault` is open as a supervisor."""
    officials = OfficialsService(vault)
    for login, fields in PROFILES[party].items():
        officials.set_profile(login, dict(zip(
            ("full_name", "rank", "position", "full_name_ru", "rank_ru", "position_ru"),
            fields, strict=True)))
    officials.set_names(INSTALLATION[party])
