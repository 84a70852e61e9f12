"""The schema ladder: newer vaults refused, golden vaults of every released schema open."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from shekara.errors import VaultError
from shekara.vault import audit, migrations
from shekara.vault.migrations import LATEST, schema_version
from shekara.vault.vault import Vault

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
GOLDEN_PASSPHRASE = "golden-vault-passphrase"


def test_new_vault_is_at_the_latest_schema(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    try:
        assert schema_version(vault.conn) == LATEST
    finally:
        vault.lock()


def test_vault_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    vault.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    vault.lock()
    with pytest.raises(VaultError, match="newer Shekara"):
        Vault.open(tmp_path / "v", "a.b", "long-enough-pass")


@pytest.mark.parametrize("golden", sorted(p.name for p in GOLDEN.glob("vault-v*")))
def test_golden_vault_opens_and_upgrades(tmp_path: Path, golden: str) -> None:
    """Each released schema's vault (made by tools/make_golden_vault.py) opens in this program."""
    copy = tmp_path / golden
    shutil.copytree(GOLDEN / golden, copy)
    vault = Vault.open(copy, "golden.supervisor", GOLDEN_PASSPHRASE)
    try:
        assert schema_version(vault.conn) == LATEST
        assert audit.verify(vault.conn).ok
        count = vault.conn.execute("SELECT count(*) FROM records").fetchone()[0]
        assert count == int((GOLDEN / golden / "RECORDS").read_text())
    finally:
        vault.lock()


# Schemas that shipped in a release; tools/make_golden_vault.py adds a golden vault for each.
RELEASED_SCHEMAS = {1}


def test_there_is_a_golden_vault_for_every_released_schema() -> None:
    golden = {int(p.name.removeprefix("vault-v")) for p in GOLDEN.glob("vault-v*")}
    assert golden == RELEASED_SCHEMAS
    assert max(RELEASED_SCHEMAS) <= LATEST


def test_changed_search_keys_mark_the_index_stale_and_unlock_rebuilds_it(tmp_path: Path) -> None:
    """Step 6: the keys changed (issue 15), so a vault of schema 5 rebuilds its index once."""
    from shekara.services.session import Session

    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    session = Session(vault)
    record_id = session.records.add([{
        "kind": "border_violation", "occurred_at": "2026-10-02",
        "place": {"checkpoint": None, "description": "sector 14", "lat": 43.2, "lon": 76.9},
        "narrative": "Crossed on foot.", "direction": "entry", "section": "green",
        "method": "on_foot", "detected_by": "patrol", "outcome": "detained", "case_number": "",
        "persons": [{"role": "violator", "surname": "Ёлкин", "given_names": "Пётр",
                     "patronymic": "", "birth_date": "1990", "sex": "M",
                     "citizenship": ["RUS"], "documents": []}]}])[0]
    # The index as the old keys wrote it (ё only as e), at schema 5.
    rowid = vault.conn.execute("SELECT rowid FROM records WHERE id = ?", (record_id,)).fetchone()[0]
    vault.conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
    vault.conn.execute("INSERT INTO search (rowid, names) VALUES (?, 'elkin petr')", (rowid,))
    vault.set_setting("search_index_stale", "0")
    vault.conn.execute("PRAGMA user_version = 5")
    assert session.records.search("Yolkin") == []
    session.close()

    vault = Vault.open(tmp_path / "v", "a.b", "long-enough-pass")
    assert schema_version(vault.conn) == LATEST
    assert vault.setting("search_index_stale") == "1"
    session = Session(vault)
    try:
        assert vault.setting("search_index_stale") == "0"
        assert [r.id for r in session.records.search("Yolkin")] == [record_id]
    finally:
        session.close()


def test_the_request_register_step_keeps_old_requests_as_sent(tmp_path: Path) -> None:
    """Step 7: requests stored before were the installation's own, sent on paper."""
    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="KZ", post_code="HQ-KZ",
                            officer="a.b", passphrase="long-enough-pass")
    conn = vault.conn
    # The schema-6 shape of a request and a refusal, as step 4 made them.
    conn.execute("DROP TABLE request_messages")
    conn.execute("DROP TABLE requests")
    conn.execute("CREATE TABLE requests (id TEXT PRIMARY KEY, head_version INTEGER NOT NULL,"
                 " status TEXT NOT NULL, to_authority TEXT NOT NULL, from_authority TEXT NOT"
                 " NULL, reference TEXT NOT NULL DEFAULT '', dated_on TEXT NOT NULL, deadline"
                 " TEXT, urgent INTEGER NOT NULL DEFAULT 0, created_by TEXT NOT NULL,"
                 " created_at TEXT NOT NULL, updated_at TEXT NOT NULL)")
    conn.execute("ALTER TABLE request_refusals DROP COLUMN sent_at")
    conn.execute("ALTER TABLE request_refusals DROP COLUMN registration_number")
    conn.execute("ALTER TABLE request_refusals DROP COLUMN direction")
    for rid, status, deadline in (("r-open", "open", None), ("r-part", "refused_in_part",
                                                              "2026-03-01")):
        conn.execute("INSERT INTO requests VALUES (?, 1, ?, 'LT-VSAT', 'KZ-KNB-PS', '',"
                     " '2026-01-10', ?, 0, 'a.b', 't', 't')", (rid, status, deadline))
    conn.execute("INSERT INTO request_refusals (id, request_id, request_version, data,"
                 " content_hash, created_by, created_at) VALUES ('f', 'r-part', 1, '{}', 'h',"
                 " 'a.b', 't')")
    conn.execute("PRAGMA user_version = 6")
    vault.lock()

    vault = Vault.open(tmp_path / "v", "a.b", "long-enough-pass")
    rows = {r[0]: r[1:] for r in vault.conn.execute(
        "SELECT id, direction, status, due_on FROM requests")}
    assert rows == {"r-open": ("out", "sent", "2026-02-09"),
                    "r-part": ("out", "partly_refused", "2026-03-01")}
    assert vault.conn.execute("SELECT direction FROM request_refusals").fetchone()[0] == "in"
    assert vault.conn.execute("SELECT count(*) FROM request_messages").fetchone()[0] == 0
    vault.lock()


def test_step_9_re_derives_agreement_relevance_on_the_next_unlock(tmp_path: Path) -> None:
    """Issue 9 §1: records stored under the old rule (a witness of the other Party made a
    record qualify) are re-derived from their head version when the vault is next opened."""
    from shekara.services.session import Session
    from tests.cli.conftest import border_record

    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    witness_only = border_record("Petrov", "Ivan", "RUS")
    witness_only["persons"].append({**witness_only["persons"][0], "role": "witness",
                                    "citizenship": ["LTU"]})
    with Session(vault) as session:
        [rid, lit] = session.records.add([witness_only, border_record("Ли", "Ан", "LTU")])
        # What the old rule stored, in a vault still at schema 8.
        vault.conn.execute("UPDATE records SET qualifies = 1")
        vault.conn.execute("PRAGMA user_version = 8")
    with Session(Vault.open(tmp_path / "v", "a.b", "long-enough-pass")) as session:
        assert schema_version(session.vault.conn) == LATEST
        assert session.vault.setting("qualification_stale") == "0"
        flags = dict(session.vault.conn.execute("SELECT id, qualifies FROM records"))
        assert flags == {rid: 0, lit: 1}


def test_rebuilds_read_the_vault_in_batches_and_miss_no_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stale index and relevance are rebuilt a batch of records at a time (bounded memory
    at any size): with batches of 3, all 8 records are re-indexed and re-derived."""
    from shekara.services.session import Session
    from shekara.vault import records as repo
    from tests.cli.conftest import border_record

    monkeypatch.setattr(repo, "_HEADS_BATCH", 3)
    vault, _ = Vault.create(tmp_path / "v", mode="post", party="KZ", post_code="KZ-1",
                            officer="a.b", passphrase="long-enough-pass")
    names = ["Жукаускас", "Петраускас", "Казлаускас", "Янкаускас", "Стонкус", "Вайткус",
             "Балтрунас", "Мазурас"]
    with Session(vault) as session:
        ids = session.records.add([border_record(n, "Ан", "LTU") for n in names])
        vault.conn.execute("DELETE FROM search")
        vault.conn.execute("UPDATE records SET qualifies = 0")
        vault.set_setting("search_index_stale", "1")
        vault.set_setting("qualification_stale", "1")
    with Session(Vault.open(tmp_path / "v", "a.b", "long-enough-pass")) as session:
        for name, record_id in zip(names, ids, strict=True):
            assert session.records.search(name)[0].id == record_id, name
        assert {q for (q,) in session.vault.conn.execute("SELECT qualifies FROM records")} == {1}


def test_golden_vault_gets_relevance_by_the_current_rule(tmp_path: Path) -> None:
    from shekara.domain.relevance import qualifies
    from shekara.services.session import Session
    from shekara.vault import records as repo

    copy = tmp_path / "golden"
    shutil.copytree(GOLDEN / "vault-v1", copy)
    with Session(Vault.open(copy, "golden.supervisor", GOLDEN_PASSPHRASE)) as session:
        rows = list(repo.head_qualification(session.vault.conn))
        assert rows and all(flag == qualifies(data, session.vault.party)
                            for _, data, flag in rows)
        assert audit.verify(session.vault.conn).ok


def test_a_new_vault_has_nothing_stale(tmp_path: Path) -> None:
    """The steps that flag rebuilds ran on an empty vault: nothing is left to rebuild."""
    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="KZ", post_code="HQ-KZ",
                            officer="a.b", passphrase="long-enough-pass")
    assert vault.setting("search_index_stale") == "0"
    assert vault.setting("qualification_stale") == "0"
    vault.lock()


def test_step_18_lets_a_thread_keep_withdrawals_and_keeps_its_messages(
        tmp_path: Path) -> None:
    """Packet format 1.2: a request's thread gains the `withdrawal` kind; the messages stored
    under schema 17 stay as they were."""
    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="KZ", post_code="HQ-KZ",
                            officer="a.b", passphrase="long-enough-pass")
    conn = vault.conn
    conn.execute("DROP TABLE request_messages")  # the schema-17 shape, as step 7 made it
    conn.execute("CREATE TABLE request_messages (id TEXT PRIMARY KEY, request_id TEXT NOT NULL,"
                 " direction TEXT NOT NULL CHECK (direction IN ('out', 'in')), kind TEXT NOT"
                 " NULL CHECK (kind IN ('question', 'answer')), data TEXT NOT NULL,"
                 " registration_number TEXT, created_by TEXT NOT NULL, created_at TEXT NOT"
                 " NULL, sent_at TEXT)")
    conn.execute("INSERT INTO request_messages VALUES ('m1', 'r1', 'in', 'answer', '{}', 'N',"
                 " 'a.b', 't1', 't2')")
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("INSERT INTO request_messages VALUES ('m2', 'r1', 'out', 'withdrawal',"
                     " '{}', NULL, 'a.b', 't3', NULL)")
    conn.execute("PRAGMA user_version = 17")
    vault.lock()

    vault = Vault.open(tmp_path / "v", "a.b", "long-enough-pass")
    try:
        conn = vault.conn
        assert conn.execute("SELECT * FROM request_messages").fetchall() == [
            ("m1", "r1", "in", "answer", "{}", "N", "a.b", "t1", "t2")]
        conn.execute("INSERT INTO request_messages VALUES ('m2', 'r1', 'out', 'withdrawal',"
                     " '{}', NULL, 'a.b', 't3', NULL)")
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type ="
                                              " 'index' AND tbl_name = 'request_messages'")}
        assert "messages_by_request" in indexes
    finally:
        vault.lock()


def test_step_19_tells_requests_received_in_letters_from_those_registered_from_paper(
        tmp_path: Path) -> None:
    """A request of the partner's registered before step 19 came in a letter when its
    `request.create` audit entry names the letter; otherwise it was typed in from paper. Our
    own requests have no origin."""
    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="KZ", post_code="HQ-KZ",
                            officer="a.b", passphrase="long-enough-pass")
    conn = vault.conn
    conn.execute("ALTER TABLE requests DROP COLUMN received_in")  # the schema-18 shape
    for request_id, direction in (("in-letter", "in"), ("in-paper", "in"), ("ours", "out")):
        conn.execute("INSERT INTO requests (id, head_version, direction, status, to_authority,"
                     " from_authority, dated_on, created_by, created_at, updated_at) VALUES"
                     " (?, 1, ?, ?, 'KZ-KNB-PS', 'LT-VSAT', '2026-11-02', 'a.b', 't', 't')",
                     (request_id, direction, "received" if direction == "in" else "sent"))
    with vault.transaction():
        audit.append(conn, "a.b", "request.create", record_id="in-letter", version=1,
                     detail={"direction": "in", "letter": "HQ-LT/2026/000001"})
        audit.append(conn, "a.b", "request.create", record_id="in-paper", version=1,
                     detail={"direction": "in", "their_number": "HQ-LT/2026/000002"})
        audit.append(conn, "a.b", "request.create", record_id="ours", version=1,
                     detail={"direction": "out"})
    conn.execute("PRAGMA user_version = 18")
    vault.lock()

    vault = Vault.open(tmp_path / "v", "a.b", "long-enough-pass")
    try:
        origin = dict(vault.conn.execute("SELECT id, received_in FROM requests").fetchall())
        assert origin == {"in-letter": "letter", "in-paper": "paper", "ours": None}
        assert audit.verify(vault.conn).ok  # the step reads the audit log, never writes it
    finally:
        vault.lock()


def _requests_sql(conn: Any) -> str:
    return str(conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name ="
                            " 'requests'").fetchone()[0])


def test_step_20_lets_a_paper_copy_be_closed_and_keeps_every_request(tmp_path: Path) -> None:
    """The register's statuses gain `duplicate`; the table is made again from its own
    definition: the same rows in the same order, the same columns and indexes."""
    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="KZ", post_code="HQ-KZ",
                            officer="a.b", passphrase="long-enough-pass")
    conn = vault.conn
    old = _requests_sql(conn).replace(", 'duplicate'", "")  # the schema-19 shape
    assert "'duplicate'" not in old
    conn.execute("DROP TABLE requests")
    conn.execute(old)
    conn.execute("CREATE INDEX requests_by_date ON requests (dated_on DESC, created_at DESC)")
    conn.execute("CREATE INDEX requests_open ON requests (status, due_on)")
    for n, (status, received_in) in enumerate((("received", "paper"), ("sent", None),
                                               ("withdrawn", None), ("answered", "letter"))):
        conn.execute("INSERT INTO requests (id, head_version, direction, status, to_authority,"
                     " from_authority, dated_on, their_number, created_by, created_at,"
                     " updated_at, received_in) VALUES (?, 1, ?, ?, 'KZ-KNB-PS', 'LT-VSAT',"
                     " '2026-11-02', ?, 'a.b', 't', 't', ?)",
                     (f"r{3 - n}", "out" if received_in is None else "in", status,
                      f"HQ-LT/2026/00000{n}", received_in))
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("UPDATE requests SET status = 'duplicate' WHERE id = 'r3'")
    before = conn.execute("SELECT rowid, * FROM requests ORDER BY rowid").fetchall()
    conn.execute("PRAGMA user_version = 19")
    vault.lock()

    vault = Vault.open(tmp_path / "v", "a.b", "long-enough-pass")
    try:
        conn = vault.conn
        assert conn.execute("SELECT rowid, * FROM requests ORDER BY rowid").fetchall() == before
        conn.execute("UPDATE requests SET status = 'duplicate' WHERE id = 'r3'")
        with pytest.raises(Exception, match="CHECK"):
            conn.execute("UPDATE requests SET status = 'lost' WHERE id = 'r3'")
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type ="
                                              " 'index' AND tbl_name = 'requests'")}
        assert {"requests_by_date", "requests_open"} <= indexes
        made = _requests_sql(conn)
        assert made.count("'duplicate'") == 1
        with vault.transaction() as tx:  # again: nothing to do
            migrations._step_request_duplicates(tx)
        assert _requests_sql(conn) == made
    finally:
        vault.lock()


def test_step_20_refuses_a_register_it_did_not_make(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="KZ", post_code="HQ-KZ",
                            officer="a.b", passphrase="long-enough-pass")
    try:
        conn = vault.conn
        conn.execute("DROP TABLE requests")
        conn.execute("CREATE TABLE requests (id TEXT PRIMARY KEY, status TEXT)")
        with pytest.raises(VaultError, match="not one this program made"):
            with vault.transaction() as tx:
                migrations._step_request_duplicates(tx)
        assert _requests_sql(conn) == "CREATE TABLE requests (id TEXT PRIMARY KEY, status TEXT)"
    finally:
        vault.lock()


def _columns(conn: Any, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")]


def test_step_21_keeps_a_forks_reason_as_a_message_and_old_forks_in_english(
        tmp_path: Path) -> None:
    """Quarantined packets of a post and of the partner stored under schema 20 keep their
    English reason and get no message (the screens show the English); the step run again
    changes nothing; a fork quarantined after it keeps its message id and parameters, which
    must be a JSON object."""
    from shekara.services import exchange_stream, hq_held
    from shekara.vault import inbox_store, received_store

    vault, _ = Vault.create(tmp_path / "v", mode="hq", party="KZ", post_code="HQ-KZ",
                            officer="a.b", passphrase="long-enough-pass")
    conn = vault.conn
    for table in ("hq_inbox", "exchange_inbox"):  # the schema-20 shape
        for column in ("reason_msgid", "reason_params"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    post_reason = "a different packet with this sequence number was received before"
    letter_reason = "it does not follow packet 4, the last one imported from HQ-LT"
    conn.execute("INSERT INTO hq_inbox (post, seq, sha256, state, reason, received_at, packet)"
                 " VALUES ('KZ-1', 2, ?, 'fork', ?, 't', x'00')", ("ab" * 32, post_reason))
    conn.execute("INSERT INTO exchange_inbox (partner, seq, sha256, state, reason, received_at,"
                 " packet) VALUES ('HQ-LT', 5, ?, 'fork', ?, 't', x'00')",
                 ("cd" * 32, letter_reason))
    conn.execute("PRAGMA user_version = 20")
    vault.lock()

    vault = Vault.open(tmp_path / "v", "a.b", "long-enough-pass")
    try:
        conn = vault.conn
        for table in ("hq_inbox", "exchange_inbox"):
            assert _columns(conn, table)[-2:] == ["reason_msgid", "reason_params"]
        [post_fork] = hq_held.held_packets(vault)
        assert (post_fork.reason, post_fork.reason_message) == (post_reason, None)
        [stream] = exchange_stream.status(vault)
        [letter_fork] = stream.kept
        assert (letter_fork.reason, letter_fork.reason_message) == (letter_reason, None)
        shapes = {t: _columns(conn, t) for t in ("hq_inbox", "exchange_inbox")}
        with vault.transaction() as tx:  # again: nothing to do
            migrations._step_reason_messages(tx)
        assert {t: _columns(conn, t) for t in shapes} == shapes
        assert hq_held.held_packets(vault) == [post_fork]
        with pytest.raises(Exception, match="CHECK"):
            conn.execute("UPDATE hq_inbox SET reason_params = 'last=4'")
        with vault.transaction() as tx:  # quarantined now: the message is kept beside
            received_store.add_entry(tx, received_store.ExchangeEntry(
                "HQ-LT", 6, "ef" * 32, "held", None, None, None, "t", None), b"\0")
            received_store.quarantine(tx, "HQ-LT", 6, "ef" * 32, "the English",
                                      reason_msgid="exchange.fork_chain",
                                      reason_params={"last": 4, "partner": "HQ-LT"})
            inbox_store.quarantine_inbox(tx, "KZ-1", 2, "ab" * 32, post_reason,
                                         reason_msgid="hq.fork_same_seq", reason_params={})
        kept = {k.seq: k for k in exchange_stream.status(vault)[0].kept}
        assert kept[6].reason == "the English" and kept[6].reason_message is not None
        assert str(kept[6].reason_message) == \
            "it does not follow packet 4, the last one imported from HQ-LT"
        assert kept[5].reason_message is None
        [post_fork] = hq_held.held_packets(vault)
        assert post_fork.reason == post_reason
        assert post_fork.reason_message is not None
        assert post_fork.reason_message.msgid == "hq.fork_same_seq"
        assert conn.execute("SELECT reason_params FROM exchange_inbox WHERE seq = 6"
                            ).fetchone()[0] == '{"last": 4, "partner": "HQ-LT"}'
    finally:
        vault.lock()
