"""The officers' printed profiles and the installation's printed names (issue 11): set by a
supervisor, audited, read by the documents. A profile's audit entry names the fields that
changed, never their text (a person's name); the installation's names are an authority's and a
unit's, not personal data, so their entry (`settings.change`, as for every setting) keeps the
text, as `shekara settings set` always did."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from shekara.domain.officials import ALL_FIELDS, OfficialProfile, check_official_text
from shekara.errors import InputError, NotFound
from shekara.vault import officials as repo
from shekara.vault.vault import Vault, now_utc

# Installation settings that documents print (the state language, and Russian).
NAME_SETTINGS = ("unit_name", "unit_name_ru", "authority_name", "authority_name_ru")
# What the messages call a name (the command line's words since the names were settings).
_NAME_FIELD = "the name"


def check_names(changes: Mapping[str, str | None]) -> dict[str, str]:
    """The installation's names as they would be stored (None: leave as it is; "": clear).

    Each follows `check_official_text` (spaces alone refused; "" clears a name). A refusal's
    message carries the setting's key as `key`, so a window can point at the field.
    """
    checked: dict[str, str] = {}
    for key, value in changes.items():
        if key not in NAME_SETTINGS:
            raise ValueError(f"{key!r} is not one of the installation's printed names")
        if value is None:
            continue
        try:
            checked[key] = check_official_text(value, _NAME_FIELD)
        except InputError as err:
            raise InputError(err.msgid, err.template, **err.params, key=key) from None
    return checked


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

    def set_names(self, changes: Mapping[str, str | None]) -> InstallationNames:
        """Change the installation's printed names (supervisors; `check_names` says what a
        value may be). Every value is checked before anything is written; those that differ
        from what is stored are written in one transaction with one `settings.change` entry
        holding their keys and values. Nothing changed: nothing written, nothing logged."""
        self.vault.require_supervisor()
        checked = check_names(changes)
        stored = self.names().values
        changed = {key: text for key, text in checked.items() if text != stored.get(key, "")}
        if changed:
            with self.vault.audited("settings.change", detail=changed):
                for key, text in changed.items():
                    self.vault.set_setting(key, text)
        return self.names()
