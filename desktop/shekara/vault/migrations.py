"""The schema ladder: numbered steps, each applied in one transaction with its version bump.

`PRAGMA user_version` holds the schema version. A vault written by a newer Shekara (a higher
version than LATEST) is refused rather than guessed at. Steps are plain SQL frozen at release:
they never import live code, so an old vault always upgrades the same way. Each released schema
has a golden vault in tests/golden/ that the tests open and upgrade.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from shekara.errors import VaultError
from shekara.vault.connection import Connection, Transaction

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE officers (
    login TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor')),
    added_at TEXT NOT NULL,
    added_by TEXT,
    removed_at TEXT
);

-- One row per record: the head version and what the list and its filters need.
CREATE TABLE records (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    head_version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    occurred_on TEXT NOT NULL,
    checkpoint TEXT,
    citizenships TEXT NOT NULL DEFAULT '',
    qualifies INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX records_by_occurred ON records (occurred_at DESC, rowid DESC);
CREATE INDEX records_by_kind ON records (kind, occurred_at DESC);
CREATE INDEX records_by_status ON records (status, occurred_at DESC);

CREATE TABLE record_versions (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('draft', 'approved', 'withdrawn')),
    data TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    approved_by TEXT,
    approved_at TEXT,
    reason TEXT,
    legal_hold INTEGER NOT NULL DEFAULT 0,
    retain_until TEXT,
    review_on TEXT,
    -- 1 while an approved or withdrawn version waits to travel to HQ in a packet.
    pending_send INTEGER NOT NULL DEFAULT 0,
    exported_seq INTEGER,
    exported_at TEXT,
    acknowledged_at TEXT,
    PRIMARY KEY (id, version)
);
CREATE INDEX versions_pending ON record_versions (pending_send) WHERE pending_send = 1;

CREATE TABLE tombstones (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    purged_on TEXT NOT NULL,
    pending_send INTEGER NOT NULL DEFAULT 1,
    exported_seq INTEGER,
    PRIMARY KEY (id, version)
);

CREATE TABLE attachments (
    sha256 TEXT PRIMARY KEY,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    officer TEXT NOT NULL,
    action TEXT NOT NULL,
    record_id TEXT,
    version INTEGER,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
-- Append-only: the database itself refuses to change or remove an audit entry.
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;

-- Contentless full-text index over normalised search keys (domain/search_key.py);
-- its rowid is records.rowid.
CREATE VIRTUAL TABLE search USING fts5(
    names, documents, places, things, text,
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2'
);
"""


def _step_1(conn: Connection) -> None:
    for statement in _split(SCHEMA_V1):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    """Split a schema script into statements (triggers keep their inner semicolons)."""
    out: list[str] = []
    buf: list[str] = []
    for line in script.splitlines():
        if line.strip().startswith("--") or not line.strip():
            continue
        buf.append(line)
        joined = "\n".join(buf)
        inside_trigger = "BEGIN" in joined and "END;" not in joined
        if joined.rstrip().endswith(";") and not inside_trigger:
            out.append(joined)
            buf = []
    return out


# Step 2: packets (issue 3). Posts keep their own signing chain, an outbox and HQ's pinned key;
# HQ keeps its enrolled posts' keys, what arrived from each post (imported, held, forked),
# refusals and post events. Records from posts live in the same records tables, marked by
# `origin` (NULL: made here; else the post code), so list, search and show work at HQ unchanged.
SCHEMA_V2 = """
ALTER TABLE records ADD COLUMN origin TEXT;
ALTER TABLE record_versions ADD COLUMN origin TEXT;
CREATE INDEX versions_by_origin ON record_versions (origin, id, version) WHERE origin IS NOT NULL;

-- Other installations' public keys: at HQ its enrolled posts, at a post the pinned HQ key.
CREATE TABLE peer_keys (
    key_id TEXT PRIMARY KEY,
    code TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('post', 'hq')),
    public TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('active', 'rotated', 'revoked')),
    last_seq INTEGER,
    added_at TEXT NOT NULL,
    changed_at TEXT
);
CREATE INDEX peer_keys_by_code ON peer_keys (code, state);

-- The packets this installation signs, per kind: the last sequence number and packet hash.
CREATE TABLE packet_chains (
    kind TEXT PRIMARY KEY,
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);

-- The packets this installation accepted from another, per sender and kind (acks, refdata).
CREATE TABLE received_chains (
    sender TEXT NOT NULL,
    kind TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    PRIMARY KEY (sender, kind)
);

-- Post: every records packet from the moment it is built until HQ acknowledges it.
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('writing', 'written')),
    file_name TEXT NOT NULL,
    records INTEGER NOT NULL,
    tombstones INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    written_at TEXT,
    packet BLOB NOT NULL
);

-- HQ: every records packet that arrived from a post and was not refused.
CREATE TABLE hq_inbox (
    post TEXT NOT NULL,
    seq INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('imported', 'held', 'fork')),
    prev_hash TEXT,
    audit_seq INTEGER,
    audit_hash TEXT,
    records INTEGER NOT NULL DEFAULT 0,
    reason TEXT,
    received_at TEXT NOT NULL,
    applied_at TEXT,
    packet BLOB,
    PRIMARY KEY (post, seq, sha256)
);

-- HQ: packets refused although their signature verified (the ack reports them).
CREATE TABLE hq_refusals (
    post TEXT NOT NULL,
    seq INTEGER,
    sha256 TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (sha256, reason)
);

-- HQ: what a post's packets revealed (audit chain breaks, forks).
CREATE TABLE hq_post_events (
    id INTEGER PRIMARY KEY,
    post TEXT NOT NULL,
    event TEXT NOT NULL,
    seq INTEGER,
    detail TEXT NOT NULL,
    at TEXT NOT NULL
);

-- HQ: record versions that arrived again in a later packet (the ack lists them).
CREATE TABLE hq_duplicates (
    post TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (post, id, version)
);

-- Reference data imported from HQ (post) or issued by HQ; the highest version is in force.
CREATE TABLE reference_data (
    version INTEGER PRIMARY KEY,
    files TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source TEXT NOT NULL,
    added_at TEXT NOT NULL
);
"""


def _step_2(conn: Connection) -> None:
    for statement in _split(SCHEMA_V2):
        conn.execute(statement)


def _step_3(conn: Connection) -> None:
    """Autosaved drafts: what an officer is typing, kept as it is (not yet valid) so a killed
    program or a power cut loses seconds, not a record. Inside the encrypted database like
    everything else."""
    conn.execute(
        "CREATE TABLE autosave (key TEXT PRIMARY KEY, officer TEXT NOT NULL, kind TEXT,"
        " record_id TEXT, base_version INTEGER, data TEXT NOT NULL, saved_at TEXT NOT NULL)")
    conn.execute("CREATE INDEX autosave_by_officer ON autosave (officer, saved_at)")


# Step 4: Art. 8 requests and Art. 9 refusals (issue 5). A request keeps every version whole (the
# validated object as JSON, like record versions) and one head row for the list; a refusal is
# recorded against one request version. Both are printed with a QR code carrying their hash.
SCHEMA_V4 = """
CREATE TABLE requests (
    id TEXT PRIMARY KEY,
    head_version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'refused', 'refused_in_part')),
    to_authority TEXT NOT NULL,
    from_authority TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    dated_on TEXT NOT NULL,
    deadline TEXT,
    urgent INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX requests_by_date ON requests (dated_on DESC, created_at DESC);

CREATE TABLE request_versions (
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (id, version)
);

CREATE TABLE request_refusals (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    request_version INTEGER NOT NULL,
    data TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX refusals_by_request ON request_refusals (request_id, created_at);
"""


def _step_4(conn: Connection) -> None:
    for statement in _split(SCHEMA_V4):
        conn.execute(statement)


def _step_5(conn: Connection) -> None:
    """The search index gains prefix indexes for 2- and 3-letter prefixes: typing "Li" or "Ков"
    no longer merges hundreds of token lists. The index is contentless, so it cannot rebuild
    itself: the step empties it and flags it stale; the record service rebuilds it from the
    stored records on the next unlock (search keys are live code, which steps never import)."""
    conn.execute("DROP TABLE search")
    conn.execute("CREATE VIRTUAL TABLE search USING fts5(names, documents, places, things, text,"
                 " content='', contentless_delete=1, prefix='2 3',"
                 " tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO meta (key, value) VALUES ('search_index_stale', '1')"
                 " ON CONFLICT(key) DO UPDATE SET value = '1'")


SCHEMA_REQUEST_REGISTER = """
CREATE TABLE requests_register (
    id TEXT PRIMARY KEY,
    head_version INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'sent', 'received', 'answered',
                                           'partly_answered', 'refused', 'partly_refused',
                                           'withdrawn')),
    to_authority TEXT NOT NULL,
    from_authority TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    dated_on TEXT NOT NULL,
    deadline TEXT,
    due_on TEXT,
    urgent INTEGER NOT NULL DEFAULT 0,
    registration_number TEXT UNIQUE,
    their_number TEXT,
    received_on TEXT,
    approved_by TEXT,
    approved_at TEXT,
    sent_at TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO requests_register (id, head_version, direction, status, to_authority,
    from_authority, reference, dated_on, deadline, due_on, urgent, created_by, created_at,
    updated_at)
    SELECT id, head_version, 'out',
           CASE status WHEN 'open' THEN 'sent' WHEN 'refused' THEN 'refused'
                ELSE 'partly_refused' END,
           to_authority, from_authority, reference, dated_on, deadline,
           COALESCE(deadline, date(dated_on, '+30 days')), urgent, created_by, created_at,
           updated_at
    FROM requests;
DROP TABLE requests;
ALTER TABLE requests_register RENAME TO requests;
CREATE INDEX requests_by_date ON requests (dated_on DESC, created_at DESC);
CREATE INDEX requests_open ON requests (status, due_on);

ALTER TABLE request_refusals ADD COLUMN direction TEXT NOT NULL DEFAULT 'in'
    CHECK (direction IN ('out', 'in'));
ALTER TABLE request_refusals ADD COLUMN registration_number TEXT;
ALTER TABLE request_refusals ADD COLUMN sent_at TEXT;

CREATE TABLE request_messages (
    id TEXT PRIMARY KEY,
    request_id TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
    kind TEXT NOT NULL CHECK (kind IN ('question', 'answer')),
    data TEXT NOT NULL,
    registration_number TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX messages_by_request ON request_messages (request_id, created_at);
"""


def _step_request_register(conn: Connection) -> None:
    """Requests both ways (issue 9, Art. 8-9): a direction, the register's statuses, due dates,
    registration numbers, our own refusals beside the partner's, and a thread of follow-up
    questions and answers. Requests stored before were this installation's own, printed and
    sent on paper: they become `out` and `sent` (or refused as recorded), due 30 days after
    their date unless they named a deadline; refusals recorded against them came from the
    other Party (`in`). Applied once: a vault whose tables already have the register's columns
    (its version number was lowered by hand) is left as it is."""
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(requests)")}
    if "direction" in columns:
        return
    for statement in _split(SCHEMA_REQUEST_REGISTER):
        conn.execute(statement)


def _step_6(conn: Connection) -> None:
    """Search keys changed (ё, Kazakh passport forms, Lithuanian names in Russian spelling:
    docs/search.md): the index is rebuilt on the next unlock."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('search_index_stale', '1')")


def _step_officer_profiles(conn: Connection) -> None:
    """Documents print names, ranks and positions, never logins (issue 11): a printed profile
    per officer, in the state language and in Russian where it differs."""
    conn.execute("CREATE TABLE IF NOT EXISTS officer_profiles (login TEXT PRIMARY KEY,"
                 " full_name TEXT NOT NULL DEFAULT '', rank TEXT NOT NULL DEFAULT '',"
                 " position TEXT NOT NULL DEFAULT '', full_name_ru TEXT NOT NULL DEFAULT '',"
                 " rank_ru TEXT NOT NULL DEFAULT '', position_ru TEXT NOT NULL DEFAULT '',"
                 " changed_at TEXT NOT NULL)")


def _step_requalify(conn: Connection) -> None:
    """The Agreement relevance rule was corrected (issue 9 §1: a witness never makes a record
    qualify; a forged KAZ or LTU document always does). `records.qualifies` is derived by live
    code, which steps never import: the step flags it stale and the record service re-derives
    every record's flag from its head version on the next unlock."""
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('qualification_stale', '1')")


def _step_journal(conn: Connection) -> None:
    """The journal of registration numbers (issue 11): records get theirs when they are next
    approved; numbers are never reused. The table's shape is written out here, not imported,
    so the step stays what it was when later code changes."""
    conn.execute("CREATE TABLE IF NOT EXISTS journal (registration_number TEXT PRIMARY KEY,"
                 " year INTEGER NOT NULL, number INTEGER NOT NULL, kind TEXT NOT NULL,"
                 " ref_id TEXT NOT NULL, issued_at TEXT NOT NULL, UNIQUE (year, number),"
                 " UNIQUE (kind, ref_id))")
    for action in ("UPDATE", "DELETE"):  # append-only, as the audit log
        conn.execute(f"CREATE TRIGGER IF NOT EXISTS journal_no_{action.lower()} BEFORE "
                     f"{action} ON journal BEGIN SELECT RAISE(ABORT, 'the journal only "
                     "grows'); END")


def _step_received(conn: Connection) -> None:
    """What the other Party's central authority sends (issue 9 §5), kept apart from this HQ's
    own records: the partner's exchange packets (imported, held until a gap is filled, or
    quarantined as forks) and the refusals logged against them; the facts received, under the
    sender's markings and numbers, with their own search index; Art. 10.2 consents recorded
    against them. Shapes written out here, not imported, so the step stays what it was."""
    conn.execute("CREATE TABLE IF NOT EXISTS exchange_inbox (partner TEXT NOT NULL,"
                 " seq INTEGER NOT NULL, sha256 TEXT NOT NULL, state TEXT NOT NULL CHECK"
                 " (state IN ('imported', 'held', 'fork')), prev_hash TEXT, letter TEXT,"
                 " reason TEXT, received_at TEXT NOT NULL, applied_at TEXT, packet BLOB,"
                 " PRIMARY KEY (partner, seq, sha256))")
    conn.execute("CREATE TABLE IF NOT EXISTS exchange_refusals (partner TEXT NOT NULL,"
                 " seq INTEGER, sha256 TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS received_facts (rowid INTEGER PRIMARY KEY,"
                 " id TEXT NOT NULL, version INTEGER NOT NULL, partner TEXT NOT NULL,"
                 " kind TEXT NOT NULL, article TEXT NOT NULL, registration_number TEXT,"
                 " letter_number TEXT NOT NULL, packet_seq INTEGER NOT NULL,"
                 " withheld_persons INTEGER NOT NULL, state TEXT NOT NULL CHECK (state IN"
                 " ('current', 'superseded', 'withdrawn', 'destroyed')), occurred_at TEXT NOT"
                 " NULL, citizenships TEXT NOT NULL, title TEXT NOT NULL, data TEXT NOT NULL,"
                 " content_sha256 TEXT NOT NULL, correction TEXT, received_at TEXT NOT NULL,"
                 " corrected_at TEXT, UNIQUE (id, version))")
    conn.execute("CREATE INDEX IF NOT EXISTS received_by_date ON received_facts"
                 " (occurred_at DESC)")
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS received_search USING fts5(names,"
                 " documents, places, things, text, content='', contentless_delete=1,"
                 " prefix='2 3', tokenize='unicode61 remove_diacritics 2')")
    conn.execute("CREATE TABLE IF NOT EXISTS received_consents (id TEXT PRIMARY KEY,"
                 " fact_id TEXT NOT NULL, fact_version INTEGER, registration_number TEXT NOT"
                 " NULL, issued_on TEXT, third_party TEXT NOT NULL, purpose TEXT NOT NULL,"
                 " source TEXT NOT NULL CHECK (source IN ('packet', 'paper')), document_name"
                 " TEXT, document_sha256 TEXT, document BLOB, recorded_by TEXT NOT NULL,"
                 " recorded_at TEXT NOT NULL)")


def _step_sent(conn: Connection) -> None:
    """What this HQ sends the other Party (issue 9 §3–4): the notice in preparation, the letters
    written and the append-only disclosure register (vault/exchange_store.py). Shapes written
    out here, not imported, so the step stays what it was."""
    conn.execute("CREATE TABLE IF NOT EXISTS share_queue (record_id TEXT PRIMARY KEY,"
                 " version INTEGER NOT NULL, action TEXT NOT NULL CHECK (action IN ('fact',"
                 " 'withdrawn', 'destroyed')), article TEXT NOT NULL, include TEXT NOT NULL,"
                 " added_by TEXT NOT NULL, added_at TEXT NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS share_approvals (digest TEXT PRIMARY KEY,"
                 " approved_by TEXT NOT NULL, approved_at TEXT NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS exchange_letters (seq INTEGER PRIMARY KEY,"
                 " partner TEXT NOT NULL, registration_number TEXT NOT NULL UNIQUE,"
                 " sha256 TEXT NOT NULL, packet BLOB NOT NULL, issued_at TEXT NOT NULL,"
                 " approved_by TEXT NOT NULL, sent_by TEXT NOT NULL, written_at TEXT,"
                 " counts TEXT NOT NULL)")
    conn.execute("CREATE TABLE IF NOT EXISTS disclosures (rowid INTEGER PRIMARY KEY,"
                 " record_id TEXT NOT NULL, version INTEGER NOT NULL, action TEXT NOT NULL,"
                 " article TEXT NOT NULL, persons TEXT NOT NULL, withheld INTEGER NOT NULL,"
                 " letter_seq INTEGER NOT NULL, letter_number TEXT NOT NULL, record_number TEXT,"
                 " packet_sha256 TEXT NOT NULL, sent_at TEXT NOT NULL, markings TEXT NOT NULL,"
                 " context TEXT)")
    conn.execute("CREATE INDEX IF NOT EXISTS disclosures_by_record ON disclosures"
                 " (record_id, version)")
    conn.execute("CREATE TABLE IF NOT EXISTS exchange_sent_items (kind TEXT NOT NULL,"
                 " item_id TEXT NOT NULL, letter_seq INTEGER NOT NULL,"
                 " PRIMARY KEY (kind, item_id))")
    # The register is append-only, as the audit log is: a disclosure once made stays on record.
    conn.execute("CREATE TRIGGER IF NOT EXISTS disclosures_no_update BEFORE UPDATE ON"
                 " disclosures BEGIN SELECT RAISE(ABORT, 'the disclosure register is"
                 " append-only'); END")
    conn.execute("CREATE TRIGGER IF NOT EXISTS disclosures_no_delete BEFORE DELETE ON"
                 " disclosures BEGIN SELECT RAISE(ABORT, 'the disclosure register is"
                 " append-only'); END")


def _step_post_numbers(conn: Connection) -> None:
    """At HQ, the registration number each post's journal gave a record (issue 11), kept beside
    the record, one per record, never reused: records packets carry it since format 1.1."""
    conn.execute("CREATE TABLE IF NOT EXISTS post_numbers (record_id TEXT PRIMARY KEY,"
                 " registration_number TEXT NOT NULL UNIQUE)")


def _step_scale_indexes(conn: Connection) -> None:
    """Issue 13, measured on a 200,000-record HQ vault: the posts overview counted each post's
    records by a full scan (0.74 s), the checkpoint filter walked the date index (49 ms), a
    citizenship count scanned every list row with LIKE (112 ms), so did a count of the records
    that qualify, and a month's count read every list row of the month; each grows with the
    vault. Indexes for origin, checkpoint, qualification and the two date columns, and a side
    table of (citizenship, record) that triggers keep equal to `records.citizenships`
    (space-separated alpha-3 codes), filled here once."""
    conn.execute("CREATE INDEX IF NOT EXISTS records_by_origin ON records (origin)"
                 " WHERE origin IS NOT NULL")
    conn.execute("CREATE INDEX IF NOT EXISTS records_by_checkpoint ON records"
                 " (checkpoint, occurred_at DESC) WHERE checkpoint IS NOT NULL")
    conn.execute("CREATE INDEX IF NOT EXISTS records_by_qualifies ON records"
                 " (qualifies, occurred_at DESC)")
    # A period's count reads both date columns (RecordFilter.sql): covered, it never reads
    # the list rows (25 ms → 0.1 ms for a month at 100,000 records).
    conn.execute("CREATE INDEX IF NOT EXISTS records_by_day ON records"
                 " (occurred_at, occurred_on)")
    conn.execute("CREATE TABLE IF NOT EXISTS record_citizenships (code TEXT NOT NULL,"
                 " record_rowid INTEGER NOT NULL, PRIMARY KEY (code, record_rowid))"
                 " WITHOUT ROWID")
    codes = ("SELECT value, {row}.rowid FROM json_each('[\"' || replace({row}.citizenships,"
             " ' ', '\",\"') || '\"]') WHERE {row}.citizenships != '' AND value != ''")
    conn.execute("CREATE TRIGGER IF NOT EXISTS record_citizenships_insert AFTER INSERT ON"
                 " records BEGIN INSERT OR IGNORE INTO record_citizenships "
                 + codes.format(row="new") + "; END")
    conn.execute("CREATE TRIGGER IF NOT EXISTS record_citizenships_update AFTER UPDATE OF"
                 " citizenships ON records BEGIN DELETE FROM record_citizenships WHERE"
                 " record_rowid = old.rowid; INSERT OR IGNORE INTO record_citizenships "
                 + codes.format(row="new") + "; END")
    conn.execute("CREATE TRIGGER IF NOT EXISTS record_citizenships_delete AFTER DELETE ON"
                 " records BEGIN DELETE FROM record_citizenships WHERE record_rowid ="
                 " old.rowid; END")
    conn.execute("CREATE INDEX IF NOT EXISTS record_citizenships_by_record ON"
                 " record_citizenships (record_rowid)")
    conn.execute("INSERT OR IGNORE INTO record_citizenships " + codes.format(row="records")
                 .replace("FROM json_each", "FROM records, json_each"))


def _step_record_counts(conn: Connection) -> None:
    """Issue 13 at 1,000,000 records: counting the whole list walked an index of a million
    entries (144 ms; a kind's count 61 ms). A table of counts per (kind, status), kept by
    triggers on `records` in the same transaction as each change, answers the counts the list
    shows without a filter or by kind and status in a few rows; filled here once."""
    conn.execute("CREATE TABLE IF NOT EXISTS record_counts (kind TEXT NOT NULL, status TEXT"
                 " NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, status)) WITHOUT ROWID")
    add = ("INSERT INTO record_counts (kind, status, n) VALUES ({row}.kind, {row}.status, 1)"
           " ON CONFLICT (kind, status) DO UPDATE SET n = n + 1")
    remove = "UPDATE record_counts SET n = n - 1 WHERE kind = old.kind AND status = old.status"
    conn.execute("CREATE TRIGGER IF NOT EXISTS record_counts_insert AFTER INSERT ON records"
                 " BEGIN " + add.format(row="new") + "; END")
    conn.execute("CREATE TRIGGER IF NOT EXISTS record_counts_update AFTER UPDATE OF kind,"
                 " status ON records WHEN old.kind IS NOT new.kind OR old.status IS NOT"
                 " new.status BEGIN " + remove + "; " + add.format(row="new") + "; END")
    conn.execute("CREATE TRIGGER IF NOT EXISTS record_counts_delete AFTER DELETE ON records"
                 " BEGIN " + remove + "; END")
    conn.execute("DELETE FROM record_counts")
    conn.execute("INSERT INTO record_counts (kind, status, n) SELECT kind, status, count(*)"
                 " FROM records GROUP BY kind, status")


def _step_audit_by_action(conn: Connection) -> None:
    """Issue 10: opening a draft asks the audit log whether it was sent back (action and
    record); without an index that read every entry (87 ms at 100,000 records, more each day).
    Action first, so the entries of one action (the send-backs, the audit screen's filter) are
    found through it too; then the record's, in order."""
    conn.execute("CREATE INDEX IF NOT EXISTS audit_by_action ON audit (action, record_id, seq)")


def _step_report_facts(conn: Connection) -> None:
    """Issue 13 at 1,000,000 records: a summary of the busiest year (333,917 records) took
    11.8 s — finding each record's version in force through two random lookups, decrypting
    whole versions and parsing them. The list row now carries its head version's report
    facts (the few fields the period reports read, `domain/report_facts.py`), and an index
    ordered by date holds them with what a report filters on: a year's report reads one range
    of that index, never a version. The facts of the records already stored are computed by
    the record service (steps never import domain code): the step flags them stale, and
    until they are filled the reports read the versions themselves, as before."""
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(records)")}
    if "facts" not in columns:  # like every step, safe to run again
        conn.execute("ALTER TABLE records ADD COLUMN facts TEXT")
    conn.execute("CREATE INDEX IF NOT EXISTS records_report ON records (occurred_on,"
                 " checkpoint, status, head_version, id, facts)")
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('report_facts_stale', '1')")


def _step_request_withdrawals(conn: Connection) -> None:
    """A request's thread keeps its withdrawal too (packet format 1.2 carries it to the other
    Party, with its reason): the thread's kinds gain `withdrawal`. SQLite cannot change a
    CHECK, so the table is made again with the same columns and rows; like every step, safe to
    run again (it does nothing once the kind is allowed)."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name ="
                       " 'request_messages'").fetchone()
    if row is None or "'withdrawal'" in str(row[0]):
        return
    conn.execute("CREATE TABLE request_messages_new (id TEXT PRIMARY KEY, request_id TEXT NOT"
                 " NULL, direction TEXT NOT NULL CHECK (direction IN ('out', 'in')), kind TEXT"
                 " NOT NULL CHECK (kind IN ('question', 'answer', 'withdrawal')), data TEXT NOT"
                 " NULL, registration_number TEXT, created_by TEXT NOT NULL, created_at TEXT"
                 " NOT NULL, sent_at TEXT)")
    conn.execute("INSERT INTO request_messages_new (rowid, id, request_id, direction, kind, data,"
                 " registration_number, created_by, created_at, sent_at) SELECT rowid, id,"
                 " request_id, direction, kind, data, registration_number, created_by,"
                 " created_at, sent_at FROM request_messages")
    conn.execute("DROP TABLE request_messages")
    conn.execute("ALTER TABLE request_messages_new RENAME TO request_messages")
    conn.execute("CREATE INDEX IF NOT EXISTS messages_by_request ON request_messages"
                 " (request_id, created_at)")


def _step_request_origin(conn: Connection) -> None:
    """How a request of the partner's reached us: `letter` (it has the partner's own id, so
    the next letter may answer, refuse or question it) or `paper` (registered by hand under an
    id of ours the partner never saw: what answers it goes on paper — in a letter it would make
    the partner refuse the whole letter). Our own requests keep NULL. Requests received before
    this step are told apart by their audit entry: one registered from a letter names it. Like
    every step, safe to run again."""
    columns = {str(row[1]) for row in conn.execute("PRAGMA table_info(requests)")}
    if "received_in" not in columns:
        conn.execute("ALTER TABLE requests ADD COLUMN received_in TEXT"
                     " CHECK (received_in IN ('letter', 'paper'))")
    conn.execute("UPDATE requests SET received_in = CASE WHEN id IN (SELECT record_id FROM audit"
                 " WHERE action = 'request.create' AND json_extract(detail, '$.letter') IS NOT"
                 " NULL) THEN 'letter' ELSE 'paper' END"
                 " WHERE direction = 'in' AND received_in IS NULL")



def _step_request_duplicates(conn: Connection) -> None:
    """A request of the partner's typed in from paper and then received in a letter too is two
    rows; the paper copy can now be closed as `duplicate` (the letter's copy is the one
    answered), so it no longer waits, open and overdue, in the register. SQLite cannot change a
    CHECK: the table is made again from its own definition with the status added, with the
    same columns, rows and indexes. Like every step, safe to run again (it does nothing once
    the status is allowed)."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name ="
                       " 'requests'").fetchone()
    if row is None or "'duplicate'" in str(row[0]):
        return
    made, renamed = re.subn(r'^CREATE TABLE "?requests"?', "CREATE TABLE requests_new",
                            str(row[0]))
    made, added = re.subn(r"'withdrawn'\s*\)", "'withdrawn', 'duplicate')", made)
    if renamed != 1 or added != 1:  # not the register the steps above made
        raise VaultError("vault.unknown_schema", "the vault's request register is not one this "
                         "program made; it was left unchanged")
    conn.execute(made)
    conn.execute("INSERT INTO requests_new SELECT * FROM requests ORDER BY rowid")
    conn.execute("DROP TABLE requests")
    conn.execute("ALTER TABLE requests_new RENAME TO requests")
    conn.execute("CREATE INDEX IF NOT EXISTS requests_by_date ON requests"
                 " (dated_on DESC, created_at DESC)")
    conn.execute("CREATE INDEX IF NOT EXISTS requests_open ON requests (status, due_on)")


def _step_reason_messages(conn: Connection) -> None:
    """Why HQ quarantined a post's packet or a partner's letter, as a message the window can
    put in the officer's language: beside the English `reason` (what the command line prints,
    unchanged) the message id and its parameters as a JSON object. Two columns, not one JSON
    holding the template too: the template is the English source text the catalogs translate
    by, kept in the program (services/fork_reasons.py), so a sentence reworded in a later
    release still finds its translation for the packets quarantined before. Rows written
    before this step keep NULL: their English is all there is, and the screens show it as
    they did. Like every step, safe to run again."""
    for table in ("hq_inbox", "exchange_inbox"):
        columns = {str(row[1]) for row in conn.execute(f"PRAGMA table_info({table})")}
        if "reason_msgid" not in columns:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN reason_msgid TEXT")
        if "reason_params" not in columns:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN reason_params TEXT"
                         " CHECK (reason_params IS NULL OR json_valid(reason_params))")


STEPS: list[tuple[int, Callable[[Connection], None]]] = [
    (1, _step_1),
    (2, _step_2),
    (3, _step_3),
    (4, _step_4),
    (5, _step_5),
    (6, _step_6),
    (7, _step_request_register),
    (8, _step_officer_profiles),
    (9, _step_requalify),
    (10, _step_journal),
    (11, _step_received),  # issue 9 §5
    (12, _step_sent),  # issue 9 §3-4
    (13, _step_post_numbers),  # issue 11
    (14, _step_scale_indexes),  # issue 13
    (15, _step_record_counts),  # issue 13, at 1,000,000 records
    (16, _step_audit_by_action),  # issue 10: record open
    (17, _step_report_facts),  # issue 13: reports at 1,000,000 records
    (18, _step_request_withdrawals),  # packet format 1.2: withdrawals travel to the partner
    (19, _step_request_origin),  # a request received on paper is not answered in a letter
    (20, _step_request_duplicates),  # a paper copy closed once its letter copy came
    (21, _step_reason_messages),  # a quarantine's reason shown in the officer's language
]
LATEST = STEPS[-1][0]


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection) -> int:
    """Bring the schema to LATEST; returns the version found before. Refuses newer vaults."""
    found = schema_version(conn)
    if found > LATEST:
        raise VaultError("vault.too_new",
                         "this vault was written by a newer Shekara (schema {found}, this program "
                         "knows up to {latest}); install the newer version",
                         found=found, latest=LATEST)
    for version, step in STEPS:
        if version <= found:
            continue
        with Transaction(conn):
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
    if found == 0:
        # A new vault ran every step, and the steps that changed the search keys or the
        # relevance rule flagged their rebuilds; it holds no record, so nothing is stale (else
        # the first unlock after a large import, as at an HQ, would redo them all).
        with Transaction(conn):
            conn.execute("UPDATE meta SET value = '0' WHERE key IN ('search_index_stale',"
                         " 'qualification_stale', 'report_facts_stale')")
    return found
