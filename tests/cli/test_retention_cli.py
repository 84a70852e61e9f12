"""retention purge: past retention and acknowledged or withdrawn records go, bytes and all."""

from __future__ import annotations

from datetime import date, timedelta

from shekara.vault.vault import Vault
from tests.cli.conftest import SECOND, SUPERVISOR, SUPERVISOR_PASS, Shekara, border_record
from tests.sqlcipher_pages import decrypt_pages


def _acknowledge(shekara: Shekara, record_id: str) -> None:
    """Stand in for HQ's acknowledgement (packets come with their own issue)."""
    from shekara.vault import records as repo

    vault = Vault.open(shekara.vault, SUPERVISOR, SUPERVISOR_PASS)
    try:
        with vault.transaction() as tx:
            head = repo.head_version(tx, record_id)
            repo.mark_exported(tx, [(record_id, head)], 1, "2026-11-01T00:00:00+00:00")
            repo.mark_acknowledged(tx, [(record_id, head)], "2026-11-02T00:00:00+00:00")
            repo.refresh_status(tx, record_id)
    finally:
        vault.lock()


def test_purge_removes_only_due_records_and_leaves_tombstones(shekara: Shekara) -> None:
    acked, withdrawn, held, fresh_draft = shekara.add(
        border_record("Қасымов", "Ержан", "LTU"),
        border_record("Жукаускас", "Томас", "LTU"),
        border_record("Петров", "Пётр", "LTU",
                      handling={"confidential": True, "third_party": "consent_required",
                                "legal_hold": True, "note": ""}),
        border_record("Draft", "Only", "LTU"))
    for rid in (acked, withdrawn, held):
        shekara.ok("record", "approve", rid, officer=SECOND)
    _acknowledge(shekara, acked)
    _acknowledge(shekara, held)
    shekara.ok("record", "withdraw", withdrawn, "--reason", "entered in error",
               officer=SUPERVISOR)

    far = (date.today() + timedelta(days=365 * 50)).isoformat()
    dry = shekara.ok("retention", "purge", "--dry-run", "--as-of", far, "--json").json()
    assert {p["id"] for p in dry["purged"]} == {acked, withdrawn}
    assert len(shekara.ok("record", "list", "--json").json()) == 4  # dry run changes nothing

    # nothing is due today
    assert shekara.ok("retention", "purge", "--json").json()["purged"] == []
    shekara.refused("retention", "purge", "--as-of", far, officer="nurlan.k", code=4)
    done = shekara.ok("retention", "purge", "--as-of", far, "--json").json()
    assert {p["id"] for p in done["purged"]} == {acked, withdrawn}
    left = {r["id"] for r in shekara.ok("record", "list", "--json").json()}
    assert left == {held, fresh_draft}
    shekara.refused("record", "show", acked, code=5)
    assert shekara.ok("search", "Қасымов", "--json").json() == []
    purges = shekara.ok("audit", "list", "--action", "retention.purge", "--json").json()
    assert {e["record_id"] for e in purges} == {acked, withdrawn}
    shekara.ok("audit", "verify")

    vault = Vault.open(shekara.vault, SUPERVISOR, SUPERVISOR_PASS)
    try:
        from shekara.vault import records as repo

        stones = repo.tombstones(vault.conn)
    finally:
        vault.lock()
    assert {t["id"] for t in stones} == {acked, withdrawn}
    # the purged names are gone from every file of the vault, even decrypted page by page
    _assert_gone_from_database(shekara, ["Қасымов", "Жукаускас", "kasymov", "zukauskas"])


def _assert_gone_from_database(shekara: Shekara, needles: list[str]) -> None:
    """Decrypt every page of the file (free pages too) and look for the names' bytes."""
    vault = Vault.open(shekara.vault, SUPERVISOR, SUPERVISOR_PASS)
    try:
        key = vault.db_key
        live = vault.conn.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        vault.lock()
    plain = decrypt_pages(shekara.vault / "vault.db", key)
    assert live == 2
    assert "Петров".encode() in plain  # the decryption works: a kept record is readable
    wal = shekara.vault / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    for needle in needles:
        assert needle.encode() not in plain, needle
