"""Storage of the officers' printed profiles (schema step 8). Every SQL statement about them."""

from __future__ import annotations

from collections.abc import Mapping

from shekara.domain.officials import ALL_FIELDS, OfficialProfile
from shekara.vault.connection import Connection

_COLUMNS = ", ".join(ALL_FIELDS)


def get_profile(conn: Connection, login: str) -> OfficialProfile:
    """The officer's profile; every field "" when none was given."""
    row = conn.execute(f"SELECT {_COLUMNS} FROM officer_profiles WHERE login = ?",
                       (login,)).fetchone()
    values = {field: str(row[i]) if row is not None else ""
              for i, field in enumerate(ALL_FIELDS)}
    return OfficialProfile(login, values)


def profiles(conn: Connection) -> dict[str, OfficialProfile]:
    rows = conn.execute(f"SELECT login, {_COLUMNS} FROM officer_profiles").fetchall()
    return {str(r[0]): OfficialProfile(str(r[0]), {f: str(r[i + 1])
                                                   for i, f in enumerate(ALL_FIELDS)})
            for r in rows}


def set_profile(conn: Connection, login: str, changes: Mapping[str, str], at: str) -> None:
    """Change the given fields of a profile (creating it), leaving the others as they were."""
    unknown = set(changes) - set(ALL_FIELDS)
    if unknown:
        raise ValueError(f"unknown profile fields {sorted(unknown)}")
    conn.execute("INSERT INTO officer_profiles (login, changed_at) VALUES (?, ?)"
                 " ON CONFLICT(login) DO NOTHING", (login, at))
    for field, value in changes.items():
        conn.execute(f"UPDATE officer_profiles SET {field} = ?, changed_at = ? WHERE login = ?",
                     (value, at, login))
