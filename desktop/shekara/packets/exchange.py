"""The `exchange` packet body: what one Party's central authority sends the other's (Art. 3-10).

One exchange packet is one covering letter (a notice with its registration number) and what it
covers: facts (record versions, minimized), corrections and destruction notices for facts sent
before (Art. 10.3), requests (Art. 8), answers to the partner's requests, refusals (Art. 9),
Art. 10.2 consents granted, follow-up questions on a request of either Party (Art. 8.6;
format 1.2), withdrawals of the sender's own requests (format 1.2), and `receipts` — which of
the partner's exchange packets this sender holds, as ranges (a cumulative acknowledgement
riding on every letter, so no separate ack kind is needed between the Parties).
docs/exchange.md describes the flows; this module is the manifest's codec, and like
`payload.py` it checks structure and caps only: record content is checked by
`shekara.domain.validation` when imported, request content by `shekara.domain.request`.

Manifest (canonical JSON; every list may be empty, but a packet says something — at least one
fact, correction, letter or consent, or receipts that changed):

    {"kind": "exchange", "from_party": "KZ", "to_party": "LT",
     "letter": {"registration_number": "HQ-KZ/2026/000012", "issued_on": "2026-12-05",
                "signed_by": {"full_name": "…", "position": "…", "rank": "…"}},
     "facts": [{"id", "version", "article", "registration_number", "record": {…},
                "withheld_persons"}],
     "corrections": [{"id", "version", "action", "reason"}],
     "requests": [{"id", "version", "registration_number", "request": {…}}],
     "answers": [{"id", "request_id", "registration_number", "issued_on", "partial", "text",
                  "translations", "facts": [{"id", "version"}]}],
     "refusals": [{"id", "request_id", "registration_number", "issued_on", "ground", "scope",
                   "reason", "translations"}],
     "consents": [{"id", "registration_number", "issued_on", "item": {"id", "version"},
                   "third_party", "purpose"}],
     "follow_ups": [{"id", "request_id", "registration_number", "issued_on", "text",
                     "translations"}],                   // format 1.2, only when not empty
     "request_withdrawals": [{"request_id", "issued_on", "reason",
                              "translations"}],          // format 1.2, only when not empty
     "receipts": {"through": 0, "gaps": [[first, last], …], "held": [[first, last], …]},
     "rotation": {<a shekara-rotation statement>}}      // optional

`follow_ups` and `request_withdrawals` came with format 1.2 (docs/packet-format.md 7.5): a
writer puts them in only when a letter carries one, and then seals the packet as 1.2
(`format_minor`), so every other letter stays 1.1 for a 1.1 reader. A reader refuses them in a
packet whose preamble says 1.1 (`decode_exchange(..., minor=1)`). Which Party's request a
follow-up names is not written: the id is one the receiver knows, as its own request or as one
it received, and that says it.

`rotation` (optional) carries the sender's key rotation statement (packets/enrollment.py) in the
last letter it signs with the old key: the receiver checks it against the key that signed the
packet and then trusts the new key (docs/exchange.md, "Rotation inside a letter").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from shekara.domain.codes import CODE_LISTS, PARTY_ALPHA3
from shekara.domain.request import REFUSAL_REASONS
from shekara.domain.strictjson import MAX_DEPTH as MAX_RECORD_DEPTH
from shekara.packets.enrollment import ROTATION_FORMAT
from shekara.packets.fields import (
    UUID_PATTERN,
    integer,
    iso_date,
    lst,
    obj,
    refuse,
    text,
)
from shekara.packets.payload import RecordRef, frame_manifest, split_body

KIND = "exchange"
# The packet format minor that brought `follow_ups` and `request_withdrawals`; letters without
# them are written as 1.1 (FORMAT_MINOR_BASE).
FORMAT_MINOR_BASE = 1
FORMAT_MINOR_FOLLOW_UPS = 2
ITEMS_OF_1_2 = ("follow_ups", "request_withdrawals")
ARTICLES = ("4", "6.1.1", "6.1.2", "6.1.3")
CORRECTION_ACTIONS = ("withdrawn", "destroyed")  # a newer version travels as a fact instead
REFUSAL_SCOPES = ("whole", "part")
# `<installation code>/<year>/<6 digits>`: the journal of the sending installation.
REGISTRATION_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9-]{1,31}/[0-9]{4}/[0-9]{6}\Z")
REASON_PATTERN = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*\Z")

# Caps (docs/packet-format.md 7.5). Far above one letter's worth; they bound memory only.
MAX_FACTS = 10_000
MAX_CORRECTIONS = 10_000
MAX_LETTERS = 1_000  # requests, answers, refusals, consents, follow-ups, withdrawals, each
MAX_RANGES = 1_000
MAX_TEXT = 20_000  # a free-text field of a letter (answers, refusal reasons), in characters
MAX_SHORT_TEXT = 500  # names, positions, third parties
MAX_SEQ = 2**53
# manifest → facts list → a fact → its record, which nests like a `record add` input
MAX_EXCHANGE_DEPTH = MAX_RECORD_DEPTH + 3
_MSGID = "packet.bad_body"


@dataclass(frozen=True)
class Signatory:
    """Who signed the covering letter, as printed (Art. 8.4: the responsible official)."""

    full_name: str
    position: str
    rank: str


@dataclass(frozen=True)
class Letter:
    registration_number: str
    issued_on: str  # YYYY-MM-DD
    signed_by: Signatory


@dataclass(frozen=True)
class SharedFact:
    id: str
    version: int
    article: str  # one of ARTICLES
    registration_number: str | None  # the record's own number in the sender's journal
    record: dict[str, Any]  # the minimized interchange form (docs/exchange.md, "What leaves")
    withheld_persons: int  # persons of the record not sent (witnesses, own citizens)


@dataclass(frozen=True)
class Correction:
    id: str
    version: int  # the version sent before that this corrects
    action: str  # withdrawn | destroyed
    reason: str  # a code, never free text


@dataclass(frozen=True)
class SharedRequest:
    id: str
    version: int
    registration_number: str
    request: dict[str, Any]  # as `shekara request add` takes it


ItemRef = RecordRef  # a record version named by id and version (as in acks)


@dataclass(frozen=True)
class Answer:
    id: str
    request_id: str  # the partner's request this answers
    registration_number: str
    issued_on: str
    partial: bool
    text: str
    translations: dict[str, Any]  # Art. 14: {"ru": {"text": "…"}}
    facts: list[ItemRef]  # facts sent in the same packet (or before) that answer it


@dataclass(frozen=True)
class Refusal:
    id: str
    request_id: str  # the partner's request refused
    registration_number: str
    issued_on: str
    ground: str  # an Art. 9 ground (domain.request.REFUSAL_REASONS)
    scope: str  # whole | part
    reason: str
    translations: dict[str, Any]


@dataclass(frozen=True)
class Consent:
    id: str
    registration_number: str
    issued_on: str
    item: ItemRef  # a fact the *sender* provided earlier
    third_party: str
    purpose: str


@dataclass(frozen=True)
class FollowUp:
    """An Art. 8.6 question for additional information on a request of either Party (1.2)."""

    id: str
    request_id: str  # the sender's own request, or one the sender received from the reader
    registration_number: str
    issued_on: str
    text: str
    translations: dict[str, Any]  # Art. 14: {"ru": {"text": "…"}}


@dataclass(frozen=True)
class RequestWithdrawal:
    """The sender takes back a request of its own that it sent before (1.2)."""

    request_id: str
    issued_on: str
    reason: str
    translations: dict[str, Any]  # Art. 14: {"ru": {"reason": "…"}}


@dataclass(frozen=True)
class Receipts:
    """Which of the partner's exchange packets the sender holds (cumulative)."""

    through: int  # every packet with seq <= through is imported
    gaps: tuple[tuple[int, int], ...] = ()  # missing, as inclusive ranges, ascending
    held: tuple[tuple[int, int], ...] = ()  # received, held until the gaps are filled


@dataclass(frozen=True)
class ExchangePayload:
    from_party: str
    to_party: str
    letter: Letter
    facts: list[SharedFact] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    requests: list[SharedRequest] = field(default_factory=list)
    answers: list[Answer] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)
    receipts: Receipts = Receipts(0)
    rotation: dict[str, Any] | None = None  # the sender's rotation statement, as a JSON object
    follow_ups: list[FollowUp] = field(default_factory=list)  # format 1.2
    request_withdrawals: list[RequestWithdrawal] = field(default_factory=list)  # format 1.2

    def is_empty(self) -> bool:
        """Nothing but receipts: a sender writes such a packet only when its receipts changed."""
        return not (self.facts or self.corrections or self.requests or self.answers
                    or self.refusals or self.consents or self.rotation or self.follow_ups
                    or self.request_withdrawals)


def format_minor(payload: ExchangePayload) -> int:
    """The lowest format minor that holds the letter: 1.2 only when it carries a 1.2 item."""
    if payload.follow_ups or payload.request_withdrawals:
        return FORMAT_MINOR_FOLLOW_UPS
    return FORMAT_MINOR_BASE


# --- writing -------------------------------------------------------------------------------------
def encode_exchange(payload: ExchangePayload) -> bytes:
    manifest = {
        "kind": KIND, "from_party": payload.from_party, "to_party": payload.to_party,
        "letter": {"registration_number": payload.letter.registration_number,
                   "issued_on": payload.letter.issued_on,
                   "signed_by": {"full_name": payload.letter.signed_by.full_name,
                                 "position": payload.letter.signed_by.position,
                                 "rank": payload.letter.signed_by.rank}},
        "facts": [{"id": f.id, "version": f.version, "article": f.article,
                   "registration_number": f.registration_number, "record": dict(f.record),
                   "withheld_persons": f.withheld_persons} for f in payload.facts],
        "corrections": [{"id": c.id, "version": c.version, "action": c.action,
                         "reason": c.reason} for c in payload.corrections],
        "requests": [{"id": r.id, "version": r.version,
                      "registration_number": r.registration_number, "request": dict(r.request)}
                     for r in payload.requests],
        "answers": [{"id": a.id, "request_id": a.request_id,
                     "registration_number": a.registration_number, "issued_on": a.issued_on,
                     "partial": a.partial, "text": a.text, "translations": dict(a.translations),
                     "facts": [{"id": f.id, "version": f.version} for f in a.facts]}
                    for a in payload.answers],
        "refusals": [{"id": r.id, "request_id": r.request_id,
                      "registration_number": r.registration_number, "issued_on": r.issued_on,
                      "ground": r.ground, "scope": r.scope, "reason": r.reason,
                      "translations": dict(r.translations)} for r in payload.refusals],
        "consents": [{"id": c.id, "registration_number": c.registration_number,
                      "issued_on": c.issued_on,
                      "item": {"id": c.item.id, "version": c.item.version},
                      "third_party": c.third_party, "purpose": c.purpose}
                     for c in payload.consents],
        "receipts": {"through": payload.receipts.through,
                     "gaps": [list(r) for r in payload.receipts.gaps],
                     "held": [list(r) for r in payload.receipts.held]},
    }
    if payload.rotation is not None:
        manifest["rotation"] = dict(payload.rotation)
    if payload.follow_ups:
        manifest["follow_ups"] = [
            {"id": f.id, "request_id": f.request_id,
             "registration_number": f.registration_number, "issued_on": f.issued_on,
             "text": f.text, "translations": dict(f.translations)} for f in payload.follow_ups]
    if payload.request_withdrawals:
        manifest["request_withdrawals"] = [
            {"request_id": w.request_id, "issued_on": w.issued_on, "reason": w.reason,
             "translations": dict(w.translations)} for w in payload.request_withdrawals]
    # write nothing a reader would refuse, in the minor the packet will be sealed as
    check_exchange_manifest(manifest, minor=format_minor(payload))
    return frame_manifest(manifest)


# --- reading -------------------------------------------------------------------------------------
def decode_exchange(data: bytes, *, minor: int = FORMAT_MINOR_FOLLOW_UPS) -> ExchangePayload:
    """The letter of a packet whose preamble says format 1.`minor` (the reader passes it: the
    1.2 lists are refused in a 1.1 packet)."""
    manifest, blobs = split_body(data, max_depth=MAX_EXCHANGE_DEPTH)
    if len(blobs):
        refuse(_MSGID, "bytes follow the manifest (an exchange packet carries no attachments)")
    return check_exchange_manifest(manifest, minor=minor)


def check_exchange_manifest(manifest: Any, *,
                            minor: int = FORMAT_MINOR_FOLLOW_UPS) -> ExchangePayload:
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        refuse(_MSGID, "the manifest is not an exchange manifest")
    # Unknown fields are refused whatever the minor: a letter's items must all be applied, so a
    # reader never skips one it does not know (docs/packet-format.md 5).
    obj(manifest, "manifest", _MSGID, required=(
        "kind", "from_party", "to_party", "letter", "facts", "corrections", "requests",
        "answers", "refusals", "consents", "receipts"), optional=("rotation", *ITEMS_OF_1_2))
    if minor < FORMAT_MINOR_FOLLOW_UPS:
        for key in ITEMS_OF_1_2:
            if key in manifest:
                refuse(_MSGID, f"{key} is a format 1.2 field, in a packet of format 1.{minor}")
    parties = tuple(PARTY_ALPHA3)
    from_party = text(manifest["from_party"], "from_party", _MSGID, choices=parties)
    to_party = text(manifest["to_party"], "to_party", _MSGID, choices=parties)
    if from_party == to_party:
        refuse(_MSGID, "an exchange goes between the two Parties")
    return ExchangePayload(
        from_party=from_party, to_party=to_party, letter=_letter(manifest["letter"]),
        facts=_facts(manifest["facts"]), corrections=_corrections(manifest["corrections"]),
        requests=_requests(manifest["requests"]), answers=_answers(manifest["answers"]),
        refusals=_refusals(manifest["refusals"]), consents=_consents(manifest["consents"]),
        receipts=_receipts(manifest["receipts"]),
        rotation=_rotation(manifest.get("rotation")),
        follow_ups=_follow_ups(manifest.get("follow_ups", [])),
        request_withdrawals=_withdrawals(manifest.get("request_withdrawals", [])))


def _rotation(value: Any) -> dict[str, Any] | None:
    """Structure only: the importer checks the statement's signatures against the packet's
    signer (`enrollment.read_rotation`)."""
    if value is None:
        return None
    statement = obj(value, "rotation", _MSGID, required=("format",), allow_unknown=True)
    if statement["format"] != ROTATION_FORMAT:
        refuse(_MSGID, "rotation is not a key rotation statement")
    return dict(statement)


def _short(value: Any, where: str, *, max_len: int = MAX_SHORT_TEXT) -> str:
    return text(value, where, _MSGID, max_len=max_len)


def _regno(value: Any, where: str) -> str:
    return text(value, where, _MSGID, pattern=REGISTRATION_PATTERN)


def _uuid(value: Any, where: str) -> str:
    return text(value, where, _MSGID, pattern=UUID_PATTERN)


def _ref(value: Any, where: str) -> ItemRef:
    obj(value, where, _MSGID, required=("id", "version"))
    return ItemRef(_uuid(value["id"], f"{where}.id"),
                   integer(value["version"], f"{where}.version", _MSGID, minimum=1))


def _unique(keys: Sequence[Any], where: str) -> None:
    if len(set(keys)) != len(keys):
        refuse(_MSGID, f"{where} lists an item twice")


def _translations(value: Any, where: str, fields: tuple[str, ...]) -> dict[str, Any]:
    """Art. 14: `{"ru": {field: text}}` for a letter's free text; {} when written in Russian."""
    outer = obj(value, where, _MSGID, required=(), optional=("ru",))
    if "ru" not in outer:
        return {}
    inner = obj(outer["ru"], f"{where}.ru", _MSGID, required=(), optional=fields)
    return {"ru": {key: _short(inner[key], f"{where}.ru.{key}", max_len=MAX_TEXT)
                   for key in fields if key in inner}}


def _letter(value: Any) -> Letter:
    obj(value, "letter", _MSGID, required=("registration_number", "issued_on", "signed_by"))
    signed = obj(value["signed_by"], "letter.signed_by", _MSGID,
                 required=("full_name", "position", "rank"))
    return Letter(_regno(value["registration_number"], "letter.registration_number"),
                  iso_date(value["issued_on"], "letter.issued_on", _MSGID),
                  Signatory(*(_short(signed[k], f"letter.signed_by.{k}")
                              for k in ("full_name", "position", "rank"))))


def _facts(value: Any) -> list[SharedFact]:
    facts: list[SharedFact] = []
    for i, item in enumerate(lst(value, "facts", _MSGID, max_items=MAX_FACTS)):
        where = f"facts[{i}]"
        obj(item, where, _MSGID, required=("id", "version", "article", "registration_number",
                                           "record", "withheld_persons"))
        ref = _ref({"id": item["id"], "version": item["version"]}, where)
        record = obj(item["record"], f"{where}.record", _MSGID,
                     required=("id", "version", "kind"), allow_unknown=True)
        if (record["id"], record["version"]) != (ref.id, ref.version):
            refuse(_MSGID, f"{where}.record is not the version the fact names")
        text(record["kind"], f"{where}.record.kind", _MSGID, choices=CODE_LISTS["kind"])
        number = item["registration_number"]
        facts.append(SharedFact(
            ref.id, ref.version, text(item["article"], f"{where}.article", _MSGID,
                                      choices=ARTICLES),
            None if number is None else _regno(number, f"{where}.registration_number"),
            dict(record), integer(item["withheld_persons"], f"{where}.withheld_persons",
                                  _MSGID, maximum=10_000)))
    _unique([(f.id, f.version) for f in facts], "facts")
    return facts


def _corrections(value: Any) -> list[Correction]:
    out: list[Correction] = []
    for i, item in enumerate(lst(value, "corrections", _MSGID, max_items=MAX_CORRECTIONS)):
        where = f"corrections[{i}]"
        obj(item, where, _MSGID, required=("id", "version", "action", "reason"))
        ref = _ref({"id": item["id"], "version": item["version"]}, where)
        out.append(Correction(ref.id, ref.version,
                              text(item["action"], f"{where}.action", _MSGID,
                                   choices=CORRECTION_ACTIONS),
                              text(item["reason"], f"{where}.reason", _MSGID,
                                   pattern=REASON_PATTERN, max_len=80)))
    _unique([(c.id, c.version) for c in out], "corrections")
    return out


def _requests(value: Any) -> list[SharedRequest]:
    out: list[SharedRequest] = []
    for i, item in enumerate(lst(value, "requests", _MSGID, max_items=MAX_LETTERS)):
        where = f"requests[{i}]"
        obj(item, where, _MSGID, required=("id", "version", "registration_number", "request"))
        ref = _ref({"id": item["id"], "version": item["version"]}, where)
        request = obj(item["request"], f"{where}.request", _MSGID, required=(),
                      allow_unknown=True)
        out.append(SharedRequest(ref.id, ref.version,
                                 _regno(item["registration_number"],
                                        f"{where}.registration_number"), dict(request)))
    _unique([r.id for r in out], "requests")
    return out


def _answers(value: Any) -> list[Answer]:
    out: list[Answer] = []
    for i, item in enumerate(lst(value, "answers", _MSGID, max_items=MAX_LETTERS)):
        where = f"answers[{i}]"
        obj(item, where, _MSGID, required=("id", "request_id", "registration_number",
                                           "issued_on", "partial", "text", "translations",
                                           "facts"))
        if not isinstance(item["partial"], bool):
            refuse(_MSGID, f"{where}.partial must be true or false")
        facts = [_ref(f, f"{where}.facts[{j}]")
                 for j, f in enumerate(lst(item["facts"], f"{where}.facts", _MSGID,
                                           max_items=MAX_FACTS))]
        out.append(Answer(_uuid(item["id"], f"{where}.id"),
                          _uuid(item["request_id"], f"{where}.request_id"),
                          _regno(item["registration_number"], f"{where}.registration_number"),
                          iso_date(item["issued_on"], f"{where}.issued_on", _MSGID),
                          item["partial"], _short(item["text"], f"{where}.text",
                                                  max_len=MAX_TEXT),
                          _translations(item["translations"], f"{where}.translations",
                                        ("text",)), facts))
    _unique([a.id for a in out], "answers")
    return out


def _refusals(value: Any) -> list[Refusal]:
    out: list[Refusal] = []
    for i, item in enumerate(lst(value, "refusals", _MSGID, max_items=MAX_LETTERS)):
        where = f"refusals[{i}]"
        obj(item, where, _MSGID, required=("id", "request_id", "registration_number",
                                           "issued_on", "ground", "scope", "reason",
                                           "translations"))
        out.append(Refusal(_uuid(item["id"], f"{where}.id"),
                           _uuid(item["request_id"], f"{where}.request_id"),
                           _regno(item["registration_number"], f"{where}.registration_number"),
                           iso_date(item["issued_on"], f"{where}.issued_on", _MSGID),
                           text(item["ground"], f"{where}.ground", _MSGID,
                                choices=REFUSAL_REASONS),
                           text(item["scope"], f"{where}.scope", _MSGID,
                                choices=REFUSAL_SCOPES),
                           _short(item["reason"], f"{where}.reason", max_len=MAX_TEXT),
                           _translations(item["translations"], f"{where}.translations",
                                         ("reason",))))
    _unique([r.id for r in out], "refusals")
    return out


def _consents(value: Any) -> list[Consent]:
    out: list[Consent] = []
    for i, item in enumerate(lst(value, "consents", _MSGID, max_items=MAX_LETTERS)):
        where = f"consents[{i}]"
        obj(item, where, _MSGID, required=("id", "registration_number", "issued_on", "item",
                                           "third_party", "purpose"))
        out.append(Consent(_uuid(item["id"], f"{where}.id"),
                           _regno(item["registration_number"], f"{where}.registration_number"),
                           iso_date(item["issued_on"], f"{where}.issued_on", _MSGID),
                           _ref(item["item"], f"{where}.item"),
                           _short(item["third_party"], f"{where}.third_party"),
                           _short(item["purpose"], f"{where}.purpose", max_len=MAX_TEXT)))
    _unique([c.id for c in out], "consents")
    return out


def _follow_ups(value: Any) -> list[FollowUp]:
    out: list[FollowUp] = []
    for i, item in enumerate(lst(value, "follow_ups", _MSGID, max_items=MAX_LETTERS)):
        where = f"follow_ups[{i}]"
        obj(item, where, _MSGID, required=("id", "request_id", "registration_number",
                                           "issued_on", "text", "translations"))
        out.append(FollowUp(_uuid(item["id"], f"{where}.id"),
                            _uuid(item["request_id"], f"{where}.request_id"),
                            _regno(item["registration_number"],
                                   f"{where}.registration_number"),
                            iso_date(item["issued_on"], f"{where}.issued_on", _MSGID),
                            _prose(item["text"], f"{where}.text"),
                            _translations(item["translations"], f"{where}.translations",
                                          ("text",))))
    _unique([f.id for f in out], "follow_ups")
    return out


def _withdrawals(value: Any) -> list[RequestWithdrawal]:
    out: list[RequestWithdrawal] = []
    for i, item in enumerate(lst(value, "request_withdrawals", _MSGID,
                                 max_items=MAX_LETTERS)):
        where = f"request_withdrawals[{i}]"
        obj(item, where, _MSGID, required=("request_id", "issued_on", "reason",
                                           "translations"))
        out.append(RequestWithdrawal(_uuid(item["request_id"], f"{where}.request_id"),
                                     iso_date(item["issued_on"], f"{where}.issued_on", _MSGID),
                                     _prose(item["reason"], f"{where}.reason"),
                                     _translations(item["translations"],
                                                   f"{where}.translations", ("reason",))))
    _unique([w.request_id for w in out], "request_withdrawals")  # a request is withdrawn once
    return out


def _prose(value: Any, where: str) -> str:
    """Text a person reads: not blank (a question or a reason says something)."""
    raw = _short(value, where, max_len=MAX_TEXT)
    if not raw.strip():
        refuse(_MSGID, f"{where} must not be blank")
    return raw


def _ranges(value: Any, where: str, above: int) -> tuple[tuple[int, int], ...]:
    """Inclusive [first, last] ranges, ascending, disjoint, not touching, all above `above`."""
    out: list[tuple[int, int]] = []
    for i, item in enumerate(lst(value, where, _MSGID, max_items=MAX_RANGES)):
        pair = lst(item, f"{where}[{i}]", _MSGID, max_items=2)
        if len(pair) != 2:
            refuse(_MSGID, f"{where}[{i}] must be [first, last]")
        first = integer(pair[0], f"{where}[{i}][0]", _MSGID, minimum=above + 1,
                        maximum=MAX_SEQ)
        last = integer(pair[1], f"{where}[{i}][1]", _MSGID, minimum=first, maximum=MAX_SEQ)
        if out and first <= out[-1][1] + 1:
            refuse(_MSGID, f"{where} must be ascending, disjoint ranges")
        out.append((first, last))
    return tuple(out)


def _receipts(value: Any) -> Receipts:
    obj(value, "receipts", _MSGID, required=("through", "gaps", "held"))
    through = integer(value["through"], "receipts.through", _MSGID, maximum=MAX_SEQ)
    gaps = _ranges(value["gaps"], "receipts.gaps", through)
    held = _ranges(value["held"], "receipts.held", through)
    for first, last in held:
        if any(g_first <= last and first <= g_last for g_first, g_last in gaps):
            refuse(_MSGID, "a sequence number is both a gap and held")
    return Receipts(through, gaps, held)


def facts_by_article(payload: ExchangePayload) -> Mapping[str, list[SharedFact]]:
    grouped: dict[str, list[SharedFact]] = {article: [] for article in ARTICLES}
    for fact in payload.facts:
        grouped[fact.article].append(fact)
    return grouped
