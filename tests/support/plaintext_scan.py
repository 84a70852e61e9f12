"""Looking for personal data in plaintext on disk: every file under a folder, read whole, and
every file's *name*, searched for needles (names, a narrative phrase) in each form a program
could have written them in.

`needle_forms` turns each needle into the byte strings to look for: the text in UTF-8 and
UTF-16-LE (Qt and Windows write UTF-16), lower- and upper-case, with the diacritics dropped
("Žvirblytė" → "Zvirblyte"), the search index's skeleton keys ("zvirblite",
shekara.domain.search_key) and percent-encoded UTF-8 (a path inside a file:// URL, as Qt's file
dialog keeps its history and the desktop's recently-used list keeps its entries). Forms shorter
than `MIN_FORM` letters are left out: they would match by chance.

`find_plaintext(root, needles, skip=…)` returns what it found, one `Hit` per file and needle;
`skip` names the files the officer asked to be written in plaintext (a folder named is exempt
for its own name only: what appears inside it is looked at). `find_documents` lists the PDFs,
PostScript files and pictures, whose text no byte search sees.
"""

from __future__ import annotations

import unicodedata
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from shekara.domain.search_key import text_keys

MIN_FORM = 6


@dataclass(frozen=True)
class Hit:
    path: Path
    needle: str
    form: str  # how it was written: "utf-8 lower", "search key", "file name"…

    def __str__(self) -> str:
        return f"{self.needle!r} ({self.form}) in {self.path}"


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def text_forms(needle: str) -> dict[str, str]:
    """The spellings of one needle a program could store: {spelling: what it is}."""
    plain = _ascii(needle)
    keys = text_keys(needle)
    spellings = [(needle, "as typed"), (needle.lower(), "lower"), (needle.upper(), "upper"),
                 (plain, "no diacritics"), (plain.lower(), "no diacritics, lower"),
                 (plain.upper(), "no diacritics, upper"), (" ".join(keys), "search key")]
    for key in keys:
        spellings += [(key, "search key"), (key.upper(), "search key, upper"),
                      (key.capitalize(), "search key, capitalized")]
    forms: dict[str, str] = {}
    for text, what in spellings:
        forms.setdefault(text, what)
    return {text: what for text, what in forms.items() if len(text) >= MIN_FORM}


def needle_forms(needle: str) -> dict[bytes, str]:
    """The byte strings to look for: {bytes: "encoding spelling"}."""
    out: dict[bytes, str] = {}
    for text, what in text_forms(needle).items():
        out.setdefault(text.encode("utf-8"), f"utf-8 {what}")
        out.setdefault(text.encode("utf-16-le"), f"utf-16-le {what}")
        quoted = urllib.parse.quote(text)
        if quoted != text:
            out.setdefault(quoted.encode("ascii"), f"percent-encoded {what}")
            out.setdefault(quoted.lower().encode("ascii"), f"percent-encoded {what}")
    return out


def _skipped(path: Path, skip: list[Path]) -> bool:
    """Only the paths named: a file that appears in a skipped folder is looked at."""
    return path in skip


def find_plaintext(root: Path, needles: Iterable[str], *,
                   skip: Iterable[Path] = ()) -> list[Hit]:
    """Every file under `root` (not in `skip`) whose bytes or name hold a needle."""
    exempt = [s.resolve() for s in skip]
    forms = {needle: needle_forms(needle) for needle in needles}
    names = {needle: [t.lower() for t in text_forms(needle)] for needle in needles}
    hits: list[Hit] = []
    for path in sorted(root.rglob("*")):
        resolved = path.resolve()
        if _skipped(resolved, exempt):
            continue
        name = path.name.lower()  # a folder's own name is checked at its own entry
        for needle, spellings in names.items():
            if any(s in name for s in spellings):
                hits.append(Hit(path, needle, "file name"))
        if not path.is_file() or path.is_symlink():
            continue
        try:
            blob = path.read_bytes()
        except OSError:  # a socket or a file gone meanwhile: nothing to read
            continue
        for needle, encoded in forms.items():
            found = next((what for data, what in encoded.items() if data in blob), None)
            if found is not None:
                hits.append(Hit(path, needle, found))
    return hits


# Documents and pictures keep their text where a byte search cannot see it (a report's fonts
# are subset and its streams compressed; a thumbnail or a printed page is pixels): any such file
# outside what the officer asked for is a leak whatever the needles find.
DOCUMENT_MAGIC = {b"%PDF": "PDF", b"%!PS": "PostScript", b"\x89PNG": "PNG image",
                  b"\xff\xd8\xff": "JPEG image"}


def find_documents(root: Path, *, skip: Iterable[Path] = ()) -> list[Hit]:
    """Every PDF, PostScript file or picture under `root` (not in `skip`)."""
    exempt = [s.resolve() for s in skip]
    hits: list[Hit] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.is_symlink() or _skipped(path.resolve(), exempt):
            continue
        try:
            with path.open("rb") as file:
                head = file.read(8)
        except OSError:
            continue
        kind = next((k for magic, k in DOCUMENT_MAGIC.items() if head.startswith(magic)), None)
        if kind is not None:
            hits.append(Hit(path, "", kind))
    return hits
