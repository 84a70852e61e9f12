"""Art. 8 requests and Art. 9 refusals: what they hold, and the checks they pass.

A **request** is a written request from a central competent authority of this Party to one of
the other Party's (Art. 8.1, Art. 12). Its fields follow Art. 8.2–8.4:

- `to_authority`: authority code of the OTHER Party (reference data, Art. 12); required.
- `from_authority`: authority code of this Party; required.
- `reference`: the requesting authority's outgoing number; free text, may be empty.
- `dated_on`: date of the request, `YYYY-MM-DD`; not in the future; default today.
- `subject`: the essence of the matter (8.2); required, prose.
- `persons`: persons involved, `[{"record_id": UUID or null, "description": text}]`; each
  entry links a record, describes a person, or both.
- `facts`: facts on which information is sought; required, prose.
- `objects_and_documents`: objects and documents on which information is sought; prose.
- `reasons`: the reasons for the request; required, prose.
- `procedure`: full description of the specific procedure requested; required, prose.
- `deadline`: expected deadline `YYYY-MM-DD` or null (8.2 "where needed"); not before
  `dated_on`.
- `attachments_list`: certified copies attached (8.3), `[{"title": text, "pages": int ≥ 1}]`.
- `urgent`: bool, default false.
- `signed_by`: `{"name", "position"}` of the head of the requesting authority who signs
  (8.4); required.

A **refusal** (Art. 9) is recorded against a request: `reason_code` (one of REFUSAL_REASONS,
the Art. 9 grounds), `scope` (`whole` or `part`, default whole), `explanation` (the reasons
the refusal must give, required), `decided_on` (date, not in the future) and optionally
`signed_by` (`{"name", "position"}`).

Text follows the records' character rules (`text_rules`); dates lie in 1900 … and are not in
the future or at most 50 years ahead; `pages` is at most 2**53 (as a record's numbers).

Validation collects every problem and raises one `ValidationError` with `(path, msgid, text)`
issues (msgids `request.*`, English templates in MESSAGES), like record validation. Messages
never quote a value: it may be personal.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from shekara.domain.codes import other_party
from shekara.domain.field_checks import EARLIEST_YEAR, NUMBER_CAP, YEARS_AHEAD_CAP
from shekara.domain.reference import ReferenceData
from shekara.domain.strictjson import canonical_json
from shekara.domain.text_rules import (
    BIDI,
    CONTROL,
    CONTROL_IN_PROSE,
    INVISIBLE,
    INVISIBLE_IN_PROSE,
    has_visible,
    one_line_spaces,
)
from shekara.errors import ValidationError
from shekara.messages import Issue, Message

REQUEST_FIELDS: tuple[str, ...] = (
    "to_authority", "from_authority", "reference", "dated_on", "subject", "persons", "facts",
    "objects_and_documents", "reasons", "procedure", "deadline", "attachments_list", "urgent",
    "signed_by",
)
# Kept by the vault for a stored request, never accepted from input.
REQUEST_READ_ONLY: tuple[str, ...] = ("id", "version", "status", "created_by", "created_at")
REFUSAL_FIELDS: tuple[str, ...] = ("reason_code", "scope", "explanation", "decided_on",
                                   "signed_by")
# Art. 14: the Russian translation of the prose, `{"ru": {field: text}}`; absent (no key) when
# the request is written in Russian, so a request without one keeps its content hash.
REQUEST_TRANSLATED: tuple[str, ...] = ("subject", "facts", "objects_and_documents", "reasons",
                                       "procedure")
REFUSAL_TRANSLATED: tuple[str, ...] = ("explanation",)
# Art. 9: a request may be refused if executing it would violate human rights, harm
# sovereignty or security, or contradict the requested Party's law or international obligations.
REFUSAL_REASONS: tuple[str, ...] = ("human_rights", "sovereignty", "security", "national_law",
                                    "international_obligations")
REFUSAL_SCOPES: tuple[str, ...] = ("whole", "part")

PROSE_CAP = 20_000
TEXT_CAP = 2_000
NAME_CAP = 200
REFERENCE_CAP = 100
LIST_CAP = 200


MESSAGES: dict[str, str] = {
    "request.not_an_object": "must be a JSON object",
    "request.unknown_field": "is not a field of a request",
    "request.read_only": "is set by the vault and cannot be given",
    "request.wrong_type": "must be {expected}",
    "request.required": "is required",
    "request.too_long": "is longer than {limit} characters",
    "request.too_many": "has more than {limit} entries",
    "request.control_char": "contains a control character",
    "request.bidi_control": "contains a character that reverses the direction of text",
    "request.invisible_char": "contains an invisible character (such as a zero-width space)",
    "request.no_visible_char": "has no visible character",
    "request.unknown_authority": "is not a central competent authority in the reference data",
    "request.wrong_party": "must be an authority of {party}",
    "request.bad_date": "must be a real date written YYYY-MM-DD",
    "request.future_date": "is in the future",
    "request.date_too_early": "is before {year}",
    "request.date_too_late": "is after {year}",
    "request.deadline_before_request": "is before the date of the request",
    "request.not_uuid": "is not a record id: one looks like "
                        "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
    "request.empty_person": "needs a linked record id, a description, or both",
    "request.duplicate": "repeats an earlier entry",
    "request.not_positive": "must be a whole number greater than zero",
    "request.too_large": "must not be larger than {limit}",
    "request.unknown_reason": "must be one of the Art. 9 grounds: {choices}",
    "request.unknown_scope": "must be whole or part",
}
# What `request.wrong_type` says a value must be: parts of that message, translated on their own.
TYPE_PARTS: dict[str, str] = {
    "request.type.object": "an object",
    "request.type.text": "text",
    "request.type.date": "a date",
    "request.type.list": "a list",
    "request.type.boolean": "true or false",
}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class _Checks:
    """Normalises values one at a time and collects the issues."""

    def __init__(self, today: date) -> None:
        self.today = today
        self.issues: list[Issue] = []

    def report(self, path: str, msgid: str, **params: Any) -> None:
        self.issues.append(Issue(path, Message(msgid, MESSAGES[msgid], params)))

    def wrong_type(self, path: str, part: str, msgid: str = "request.wrong_type") -> None:
        self.report(path, msgid, expected=Message(part, TYPE_PARTS[part]))

    def obj(self, value: Any, path: str, fields: tuple[str, ...]) -> dict[str, Any] | None:
        if not isinstance(value, Mapping):
            self.wrong_type(path, "request.type.object",
                            "request.wrong_type" if path else "request.not_an_object")
            return None
        for key in value:
            if key not in fields:
                self.report(_join(path, str(key)), "request.unknown_field")
        return dict(value)

    def translations(self, value: Any, fields: tuple[str, ...]) -> dict[str, Any]:
        """`{"ru": {field: text}}` for the prose `fields`; {} when absent or empty."""
        if value is None or value == {}:
            return {}
        outer = self.obj(value, "translations", ("ru",))
        if not outer or "ru" not in outer:
            return {}
        inner = self.obj(outer["ru"], "translations.ru", fields)
        if inner is None:
            return {}
        texts = {key: self.text(inner[key], f"translations.ru.{key}", cap=PROSE_CAP, prose=True)
                 for key in fields if key in inner}
        texts = {key: text for key, text in texts.items() if text}
        return {"ru": texts} if texts else {}

    def text(self, value: Any, path: str, *, cap: int, prose: bool = False,
             required: bool = False) -> str:
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.wrong_type(path, "request.type.text")
            return ""
        text = unicodedata.normalize("NFC", value)
        if prose:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        else:
            text = one_line_spaces(text)
        text = text.strip()
        if required and not text:
            self.report(path, "request.required")
        if (CONTROL_IN_PROSE if prose else CONTROL).search(text):
            self.report(path, "request.control_char")
        if BIDI.search(text):
            self.report(path, "request.bidi_control")
        if (INVISIBLE_IN_PROSE if prose else INVISIBLE).search(text):
            self.report(path, "request.invisible_char")
        elif text and not has_visible(text):
            self.report(path, "request.no_visible_char")
        if len(text) > cap:
            self.report(path, "request.too_long", limit=cap)
        return text

    def day(self, value: Any, path: str, *, required: bool = False,
            not_future: bool = False) -> str | None:
        if value is None or value == "":
            if required:
                self.report(path, "request.required")
            return None
        if not isinstance(value, str):
            self.wrong_type(path, "request.type.date")
            return None
        text = value.strip()
        try:
            if not _DATE.fullmatch(text):
                raise ValueError(text)
            parsed = date.fromisoformat(text)
        except ValueError:
            self.report(path, "request.bad_date")
            return None
        if not_future and parsed > self.today:
            self.report(path, "request.future_date")
        elif parsed.year > self.today.year + YEARS_AHEAD_CAP:
            self.report(path, "request.date_too_late", year=self.today.year + YEARS_AHEAD_CAP)
        if parsed.year < EARLIEST_YEAR:
            self.report(path, "request.date_too_early", year=EARLIEST_YEAR)
        return parsed.isoformat()

    def entries(self, value: Any, path: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.wrong_type(path, "request.type.list")
            return []
        if len(value) > LIST_CAP:
            self.report(path, "request.too_many", limit=LIST_CAP)
            return list(value[:LIST_CAP])
        return list(value)

    def signer(self, value: Any, path: str, *, required: bool) -> dict[str, str] | None:
        if value is None and not required:
            return None
        if value is None:
            self.report(path, "request.required")
            return None
        fields = self.obj(value, path, ("name", "position"))
        if fields is None:
            return None
        return {"name": self.text(fields.get("name"), _join(path, "name"), cap=NAME_CAP,
                                  required=True),
                "position": self.text(fields.get("position"), _join(path, "position"),
                                      cap=NAME_CAP, required=True)}


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _authority(check: _Checks, ref: ReferenceData, value: Any, path: str,
               party: str) -> str:
    code = check.text(value, path, cap=NAME_CAP, required=True)
    if not code:
        return code
    authority = ref.authorities.get(code)
    if authority is None:
        check.report(path, "request.unknown_authority")
    elif authority.party != party:
        check.report(path, "request.wrong_party", party=party)
    return code


def _persons(check: _Checks, value: Any) -> list[dict[str, Any]]:
    persons: list[dict[str, Any]] = []
    seen: set[str] = set()
    for index, entry in enumerate(check.entries(value, "persons")):
        path = _join("persons", index)
        fields = check.obj(entry, path, ("record_id", "description"))
        if fields is None:
            continue
        record_id: str | None = None
        raw_id = fields.get("record_id")
        if raw_id is not None and raw_id != "":
            if not isinstance(raw_id, str) or not _UUID.fullmatch(raw_id.strip().lower()):
                check.report(_join(path, "record_id"), "request.not_uuid")
            else:
                record_id = str(uuid.UUID(raw_id.strip().lower()))
                if record_id in seen:
                    check.report(_join(path, "record_id"), "request.duplicate")
                seen.add(record_id)
        description = check.text(fields.get("description"), _join(path, "description"),
                                 cap=TEXT_CAP, prose=True)
        if record_id is None and not description and raw_id in (None, ""):
            check.report(path, "request.empty_person")
        persons.append({"record_id": record_id, "description": description})
    return persons


def _attachments(check: _Checks, value: Any) -> list[dict[str, Any]]:
    attachments: list[dict[str, Any]] = []
    for index, entry in enumerate(check.entries(value, "attachments_list")):
        path = _join("attachments_list", index)
        fields = check.obj(entry, path, ("title", "pages"))
        if fields is None:
            continue
        title = check.text(fields.get("title"), _join(path, "title"), cap=TEXT_CAP,
                           required=True)
        pages = fields.get("pages")
        if pages is None:
            check.report(_join(path, "pages"), "request.required")
        elif isinstance(pages, bool) or not isinstance(pages, int) or pages < 1:
            check.report(_join(path, "pages"), "request.not_positive")
        elif pages > NUMBER_CAP:
            check.report(_join(path, "pages"), "request.too_large", limit=NUMBER_CAP)
        attachments.append({"title": title, "pages": pages})
    return attachments


def validate_request(data: Any, ref: ReferenceData, party: str,
                     now: datetime) -> dict[str, Any]:
    """The request in its normalised form (every field of REQUEST_FIELDS, in that order).

    `party` is this installation's Party (the requesting one); `now` is timezone-aware and
    gives "today" for the default date and the future-date checks.
    Raises ValidationError listing every problem.
    """
    check = _Checks(now.date())
    fields = check.obj(data, "", (*REQUEST_FIELDS, *REQUEST_READ_ONLY, "translations"))
    if fields is None:
        raise ValidationError(check.issues)
    for key in REQUEST_READ_ONLY:
        if key in fields:
            check.report(key, "request.read_only")
    dated_on = check.day(fields.get("dated_on"), "dated_on", not_future=True)
    deadline = check.day(fields.get("deadline"), "deadline")
    request_day = dated_on or check.today.isoformat()
    if deadline is not None and deadline < request_day:
        check.report("deadline", "request.deadline_before_request")
    urgent = fields.get("urgent", False)
    if not isinstance(urgent, bool):
        check.wrong_type("urgent", "request.type.boolean")
        urgent = False
    request = {
        "to_authority": _authority(check, ref, fields.get("to_authority"), "to_authority",
                                   other_party(party)),
        "from_authority": _authority(check, ref, fields.get("from_authority"),
                                     "from_authority", party),
        "reference": check.text(fields.get("reference"), "reference", cap=REFERENCE_CAP),
        "dated_on": request_day,
        "subject": check.text(fields.get("subject"), "subject", cap=PROSE_CAP, prose=True,
                              required=True),
        "persons": _persons(check, fields.get("persons")),
        "facts": check.text(fields.get("facts"), "facts", cap=PROSE_CAP, prose=True,
                            required=True),
        "objects_and_documents": check.text(fields.get("objects_and_documents"),
                                            "objects_and_documents", cap=PROSE_CAP,
                                            prose=True),
        "reasons": check.text(fields.get("reasons"), "reasons", cap=PROSE_CAP, prose=True,
                              required=True),
        "procedure": check.text(fields.get("procedure"), "procedure", cap=PROSE_CAP,
                                prose=True, required=True),
        "deadline": deadline,
        "attachments_list": _attachments(check, fields.get("attachments_list")),
        "urgent": urgent,
        "signed_by": check.signer(fields.get("signed_by"), "signed_by", required=True),
    }
    translations = check.translations(fields.get("translations"), REQUEST_TRANSLATED)
    if check.issues:
        raise ValidationError(check.issues)
    if translations:
        request["translations"] = translations
    return request


def validate_refusal(data: Any, *, now: datetime | None = None) -> dict[str, Any]:
    """A refusal in its normalised form (REFUSAL_FIELDS); ValidationError listing problems.

    With `now` (timezone-aware), a `decided_on` after today is refused.
    """
    check = _Checks(now.date() if now is not None else date.max)
    fields = check.obj(data, "", (*REFUSAL_FIELDS, "translations"))
    if fields is None:
        raise ValidationError(check.issues)
    reason = fields.get("reason_code")
    if reason is None:
        check.report("reason_code", "request.required")
    elif reason not in REFUSAL_REASONS:
        check.report("reason_code", "request.unknown_reason", choices=", ".join(REFUSAL_REASONS))
    scope = fields.get("scope", "whole")
    if scope not in REFUSAL_SCOPES:
        check.report("scope", "request.unknown_scope")
    refusal = {
        "reason_code": reason,
        "scope": scope,
        "explanation": check.text(fields.get("explanation"), "explanation", cap=PROSE_CAP,
                                  prose=True, required=True),
        "decided_on": check.day(fields.get("decided_on"), "decided_on", required=True,
                                not_future=now is not None),
        "signed_by": check.signer(fields.get("signed_by"), "signed_by", required=False),
    }
    translations = check.translations(fields.get("translations"), REFUSAL_TRANSLATED)
    if check.issues:
        raise ValidationError(check.issues)
    if translations:
        refusal["translations"] = translations
    return refusal


def missing_translations(value: Mapping[str, Any], fields: tuple[str, ...]) -> list[str]:
    """The prose `fields` of a request or refusal that have text but no Russian translation."""
    russian = (value.get("translations") or {}).get("ru") or {}
    return [name for name in fields if str(value.get(name) or "").strip()
            and not str(russian.get(name) or "").strip()]


def request_content_hash(request: Mapping[str, Any]) -> str:
    """Hex SHA-256 of one stored request version: canonical JSON of `id`, `version` and every
    field of REQUEST_FIELDS (as validate_request returns them), and its `translations` when it
    has one (a request without one hashes as before translations existed).

    Raises ValueError when a field is missing: a partial request must never get a hash.
    """
    fields = ("id", "version", *REQUEST_FIELDS)
    missing = [name for name in fields if name not in request]
    if missing:
        raise ValueError(f"cannot hash a request without {', '.join(missing)}")
    body = {name: request[name] for name in fields}
    if request.get("translations"):
        body["translations"] = request["translations"]
    return hashlib.sha256(canonical_json(body)).hexdigest()


def refusal_content_hash(request: Mapping[str, Any], refusal: Mapping[str, Any]) -> str:
    """Hex SHA-256 of a refusal of one request version: canonical JSON of
    `{"request_id", "request_version", "refusal": {REFUSAL_FIELDS}}`."""
    missing = [name for name in REFUSAL_FIELDS if name not in refusal]
    if missing or "id" not in request or "version" not in request:
        raise ValueError("cannot hash an incomplete refusal")
    fields = (*REFUSAL_FIELDS, "translations") if refusal.get("translations") else REFUSAL_FIELDS
    body = {"request_id": request["id"], "request_version": request["version"],
            "refusal": {name: refusal[name] for name in fields}}
    return hashlib.sha256(canonical_json(body)).hexdigest()
