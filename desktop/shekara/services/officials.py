"""The officers' printed profiles and the installation's printed names (issue 11): set by a
supervisor, audited (codes of what changed, never the text), read by the documents."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from shekara.domain.officials import ALL_FIELDS, OfficialProfile, check_official_text
from shekara.errors import NotFound
from shekara.vault import officials as repo
from shekara.vault.vault import Vault, now_utc

# Installation settings that documents print (the state language, and Russian).
NAME_SETTINGS = ("unit_name", "unit_name_ru", "authority_name", "authority_name_ru")


@dataclass(frozen=True)
class InstallationNames:
    values: Mapping[str, str]

    def get(self, name: str, lang: str) -> str:
        """`unit_name` or `authority_name` as a document in `lang` prints it."""
        if lang == "ru" and self.values.get(f"{name}_ru"):
            return self.values[f"{name}_ru"]
        return self.values.get(name, "")


class OfficialsService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def profile(self, login: str) -> OfficialProfile:
        return repo.get_profile(self.vault.conn, login)

    def profiles(self) -> dict[str, OfficialProfile]:
        return repo.profiles(self.vault.conn)

    def set_profile(self, login: str, changes: Mapping[str, str | None]) -> OfficialProfile:
        """Change the given fields (None: leave as it is; "": clear) of an officer's profile."""
        self.vault.require_supervisor()
        if login not in {o.login for o in self.vault.officers()}:
            raise NotFound("officer.not_found", "no officer {login}", login=login)
        checked = {field: check_official_text(value, field)
                   for field, value in changes.items()
                   if value is not None and field in ALL_FIELDS}
        if checked:
            with self.vault.audited("officer.edit", detail={"login": login,
                                                            "fields": sorted(checked)}) as conn:
                repo.set_profile(conn, login, checked, now_utc())
        return self.profile(login)

    def names(self) -> InstallationNames:
        return InstallationNames({key: self.vault.setting(key) for key in NAME_SETTINGS})
