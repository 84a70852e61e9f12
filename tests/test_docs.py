"""The user guides and the README against the program they describe.

- Every `shekara …` command line they quote (in a code block, or as inline code) parses with the
  real argument parser, `shekara.cli.build_parser()`. Placeholders in capitals (ID, FILE, DIR…)
  are replaced by sample values first, so a typed option (`--resend SEQ`) is really checked; a
  line with a placeholder no sample can fill (`…`, `<post>`, `[--dry-run]`) is skipped, and each
  file must still have enough commands that parse, so skipping cannot empty the test.
- Every screenshot and every local link they point to exists; screenshots live in
  docs/screenshots/.
- In the guides, **bold** is kept for text the program shows (menus, buttons, messages, code
  labels), and every bold span is such a text: in the English guides an English source string of
  the program, in the Russian guide its Russian translation (i18n/shekara_ru.ts). So a guide
  cannot cite a button that does not exist, or keep an old wording after the screen changed.
- The Russian officer guide is a translation of the English one: the same commands, the same
  screenshots, the same sections.
"""

from __future__ import annotations

import ast
import json
import re
import shlex
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from shekara.cli import build_parser
from shekara.errors import ShekaraError

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SCREENSHOTS = DOCS / "screenshots"
OFFICER_EN = DOCS / "user-guide-officer.md"
OFFICER_RU = DOCS / "user-guide-officer.ru.md"
OFFICER_KK = DOCS / "user-guide-officer.kk.md"
OFFICER_LT = DOCS / "user-guide-officer.lt.md"
HQ_EN = DOCS / "user-guide-hq.md"
# The officer guide's translations, by the language whose screen texts they cite.
OFFICER_TRANSLATIONS = {OFFICER_RU: "ru", OFFICER_KK: "kk", OFFICER_LT: "lt"}
GUIDES = (OFFICER_EN, HQ_EN, *OFFICER_TRANSLATIONS)
README = ROOT / "README.md"
# How many commands each file must quote (and parse) at least: a broken extractor that finds
# nothing fails here instead of passing quietly.
MIN_COMMANDS = {OFFICER_EN: 15, HQ_EN: 30, README: 5} | dict.fromkeys(OFFICER_TRANSLATIONS, 15)

# Placeholders the guides use, and a value of the right type for each.
SAMPLES = {
    "ID": "bf8ac8c3-ada6-48a7-a2d9-1eab14b3133f",
    "REQUEST_ID": "33d1e901-6895-483d-8267-e618567cc5b2",
    "REFUSAL_ID": "2b725a1e-11e9-48a0-8e28-98564364dc8b",
    "FILE": "record.json",
    "FILE.json": "record.json",
    "FILE.pdf": "out.pdf",
    "PDF": "out.pdf",
    "PACKET_FILE": "shekara-KZ-NUR-ZHOLY-records-000004.shk",
    "DIR": "/media/stick",
    "FOLDER": "/media/stick/refdata",
    "CODE": "KZ-NUR-ZHOLY",
    "LOGIN": "nurlan.k",
    "SEQ": "3",
    "N": "2",
    "TEXT": "SHK1:P:KZ-NUR-ZHOLY:3:ABCD",
    "YYYY-MM-DD": "2026-11-30",
}
# A token still holding one of these after substitution is a placeholder we cannot fill: an
# ellipsis, <…>, [optional], {a,b}, or a word in capitals (COMMAND) that is not a real value:
# a Party (KZ, LT) or a three-letter country code (LTU).
UNFILLABLE = re.compile(r"…|\.\.\.|[<>\[\]{}]|^(?!(?:KZ|LT|[A-Z]{3})$)[A-Z][A-Z_]+$")
# Free text after an option (`--reason "…"`) is any text.
FREE_TEXT = "a sample reason"
ENV_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
SHELL_OPERATORS = {"|", "||", "&&", ";", "&"}
SHELL_KEYWORDS = {"do", "then", "else", "if", "while", "until", "!", "time", "exec"}
REDIRECTIONS = {">", ">>", "<"}
FENCE = re.compile(r"^\s*(```|~~~)")
INLINE_CODE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")


@dataclass(frozen=True)
class Quoted:
    """One command line as a guide quotes it, and where."""

    path: Path
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.text}"


def _code_lines(path: Path) -> list[Quoted]:
    """Lines of fenced code blocks (continuations joined) and inline code spans."""
    found: list[Quoted] = []
    in_fence = False
    pending = ""
    pending_line = 0
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if FENCE.match(line):
            in_fence = not in_fence
            continue
        if in_fence:
            if pending:
                line = pending + " " + line.strip()
                number = pending_line
            if line.rstrip().endswith("\\"):
                pending, pending_line = line.rstrip()[:-1], number
                continue
            pending = ""
            found.append(Quoted(path, number, line.strip()))
        else:
            found.extend(Quoted(path, number, span.strip())
                         for span in INLINE_CODE.findall(line))
    return found


def _segments(text: str) -> list[list[str]]:
    """The simple commands of a shell line, with redirections and comments removed."""
    lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    lexer.commenters = "#"
    try:
        tokens = list(lexer)
    except ValueError:  # unbalanced quotes: prose in backticks, not a command
        return []
    segments: list[list[str]] = [[]]
    skip_next = False
    for token in tokens:
        if skip_next:
            skip_next = False
        elif token in SHELL_OPERATORS:
            segments.append([])
        elif token in REDIRECTIONS:
            skip_next = True
        else:
            segments[-1].append(token)
    return [s for s in segments if s]


def shekara_argv(text: str) -> list[str] | None:
    """The arguments after `shekara` if `text` runs the shekara command, else None."""
    for tokens in _segments(text):
        while tokens and (ENV_ASSIGNMENT.match(tokens[0]) or tokens[0] in SHELL_KEYWORDS):
            tokens = tokens[1:]
        if tokens and (tokens[0] == "shekara" or tokens[0].endswith("/shekara")):
            return tokens[1:]
    return None


def fill(argv: list[str]) -> list[str] | None:
    """Placeholders replaced by samples; None when one cannot be filled."""
    filled = [FREE_TEXT if token == "…" and i and argv[i - 1].startswith("--")
              else SAMPLES.get(token, token) for i, token in enumerate(argv)]
    if any(UNFILLABLE.search(token) for token in filled):
        return None
    return filled


def quoted_commands(path: Path) -> list[tuple[Quoted, list[str] | None]]:
    out = []
    for quoted in _code_lines(path):
        argv = shekara_argv(quoted.text)
        if argv:  # the bare name (`shekara`) is a mention of the program, not a command line
            out.append((quoted, fill(argv)))
    return out


def _all_commands() -> list[object]:
    return [pytest.param(quoted, argv, id=str(quoted)) for path in (*GUIDES, README)
            for quoted, argv in quoted_commands(path) if argv is not None]


@pytest.mark.parametrize(("quoted", "argv"), _all_commands())
def test_every_quoted_command_parses(quoted: Quoted, argv: list[str]) -> None:
    parser = build_parser()
    try:
        parser.parse_args(argv)
    except SystemExit as stop:  # only --help and --version leave argparse this way
        assert stop.code == 0 and {"--help", "-h", "--version"} & set(argv), str(quoted)
    except ShekaraError as err:
        pytest.fail(f"{quoted}\n  does not parse: {err.text()}")


@pytest.mark.parametrize("path", [*GUIDES, README], ids=lambda p: p.name)
def test_each_file_quotes_enough_commands_that_parse(path: Path) -> None:
    parsed = [argv for _q, argv in quoted_commands(path) if argv is not None]
    assert len(parsed) >= MIN_COMMANDS[path], (path.name, len(parsed))


def test_a_wrong_command_is_caught() -> None:
    """The check above can fail: a misspelt subcommand, a missing argument, a bad option."""
    for argv in (["recrod", "list"], ["export"], ["search", "x", "--colour"],
                 ["export", "--to", "DIR", "--resend", "SEQ"]):
        with pytest.raises(ShekaraError):
            build_parser().parse_args(argv)
    assert fill(["export", "--to", "DIR", "--resend", "SEQ"]) == [
        "export", "--to", "/media/stick", "--resend", "3"]
    assert fill(["retention", "purge", "[--dry-run]"]) is None
    assert fill(["COMMAND", "--help"]) is None
    assert fill(["init", "--party", "KZ", "--reason", "…"]) == [
        "init", "--party", "KZ", "--reason", FREE_TEXT]
    assert shekara_argv("SHEKARA_NEW_PASSPHRASE='…' shekara officer add nurlan.k") == [
        "officer", "add", "nurlan.k"]
    assert shekara_argv("shekara record list --json | jq length > n.txt") == [
        "record", "list", "--json"]
    assert shekara_argv("for f in *.shk; do shekara hq import \"$f\"; done") == [
        "hq", "import", "$f"]
    assert shekara_argv("the shekara command") is None


# --- links and screenshots -------------------------------------------------------------------
LINK = re.compile(r"(!?)\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")


def local_links(path: Path) -> list[tuple[bool, str]]:
    """(is an image, target) of every link to a local file, fragments dropped."""
    text = path.read_text(encoding="utf-8")
    out = []
    for bang, target in LINK.findall(text):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue
        out.append((bang == "!", target.split("#", 1)[0]))
    return out


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_screenshots_and_links_exist(path: Path) -> None:
    missing = [t for _img, t in local_links(path) if not (path.parent / t).is_file()]
    assert not missing, f"{path.name} points to missing files: {missing}"
    for is_image, target in local_links(path):
        if is_image:
            assert (path.parent / target).resolve().parent == SCREENSHOTS, target


def heading_anchors(path: Path) -> set[str]:
    """The anchors GitHub gives the headings: lower case, punctuation dropped, spaces to '-'."""
    text = path.read_text(encoding="utf-8")
    return {re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
            for heading in re.findall(r"^#{1,6} (.+)$", text, re.MULTILINE)}


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_links_to_sections_find_their_heading(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    broken = []
    checked = 0
    for target in re.findall(r"\]\(([^)\s]*#[^)\s]+)\)", text):
        file_part, anchor = target.split("#", 1)
        if re.match(r"^[a-z]+:", file_part):
            continue
        linked = path.parent / file_part if file_part else path
        if anchor not in heading_anchors(linked):
            broken.append(target)
        checked += 1
    assert checked >= 5, "the guide links its sections"
    assert not broken, f"{path.name}: links to missing sections: {broken}"


def test_the_officer_guide_shows_screenshots() -> None:
    images = [t for is_image, t in local_links(OFFICER_EN) if is_image]
    assert len(images) >= 8


def screenshots_of(path: Path) -> set[str]:
    return {Path(t).name for _img, t in local_links(path) if "screenshots/" in t}


# --- the translated guides are translations --------------------------------------------------
@pytest.mark.parametrize("translated", OFFICER_TRANSLATIONS, ids=lambda p: p.name)
def test_a_translated_guide_keeps_the_commands(translated: Path) -> None:
    """The same command lines; only free text given to --reason may be translated."""
    def commands(path: Path) -> list[str]:
        out = []
        for _q, argv in quoted_commands(path):
            if argv is not None:
                out.append(" ".join("<reason>" if i and argv[i - 1] == "--reason" else token
                                    for i, token in enumerate(argv)))
        return out

    assert sorted(set(commands(translated))) == sorted(set(commands(OFFICER_EN)))


@pytest.mark.parametrize("translated", OFFICER_TRANSLATIONS, ids=lambda p: p.name)
def test_a_translated_guide_keeps_the_screenshots_and_sections(translated: Path) -> None:
    assert screenshots_of(translated) == screenshots_of(OFFICER_EN)

    def headings(path: Path) -> list[int]:
        return [len(m.group(1)) for m in re.finditer(r"^(#{1,4}) ", path.read_text(
            encoding="utf-8"), re.MULTILINE)]

    assert headings(translated) == headings(OFFICER_EN)


# --- on-screen text in bold ------------------------------------------------------------------
BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
PLACEHOLDER = re.compile(r"%[1-9n]|\{[a-z_]+\}")
# A text with placeholders is matched only if it has enough letters of its own: "%1 (Art. %2)"
# or "Post %1" would match almost anything.
MIN_LETTERS = 8


def _normal(text: str) -> str:
    """As the screen shows it: no mnemonic '&', one space, first letter in either case and no
    final full stop (errors are shown as sentences; a guide may quote a sentence mid-line)."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    text = " ".join(text.split()).removesuffix(".")
    return text[:1].lower() + text[1:]


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _ts_messages(path: Path) -> tuple[set[str], set[str]]:
    """Sources and translations (every plural form) of a Qt .ts file."""
    sources: set[str] = set()
    translations: set[str] = set()
    for message in ET.parse(path).getroot().iter("message"):
        sources.add(message.findtext("source") or "")
        element = message.find("translation")
        if element is None:
            continue
        forms = element.findall("numerusform")
        translations.update((f.text or "") for f in forms) if forms else translations.add(
            element.text or "")
    return sources, translations


def _python_strings() -> set[str]:
    """String literals of the package (UI texts and error templates before any catalog)."""
    found: set[str] = set()
    for source in (ROOT / "desktop" / "shekara").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def _printed(lang: str) -> set[str]:
    """The wording of the printed documents (seen in the preview and on paper)."""
    from shekara.reports.catalog import CATALOG

    return {entry[lang] for entry in CATALOG.values() if lang in entry}


def _labels(lang: str) -> set[str]:
    labels = json.loads((ROOT / "resources" / "reference" / "labels.json").read_text(
        encoding="utf-8"))
    return {names[lang] for codes in labels.values() for names in codes.values()
            if lang in names}


@cache
def screen_texts(lang: str) -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    """What the program can show in `lang`: exact texts, and patterns for those with
    placeholders (%1, %n, {name} match any text)."""
    from shekara.languages import LANGUAGES

    if lang == "en":
        texts = _ts_messages(ROOT / "i18n" / "shekara_ru.ts")[0] | _python_strings()
    else:
        texts = _ts_messages(ROOT / "i18n" / f"shekara_{lang}.ts")[1]
    texts = (texts | _labels(lang)
             | _printed(lang) | {language.native_name for language in LANGUAGES.values()})
    exact = frozenset(_normal(t) for t in texts if t and not PLACEHOLDER.search(t))
    patterns = tuple(re.compile("^" + ".+?".join(re.escape(_normal(part)) for part in
                                                 PLACEHOLDER.split(t)) + "$", re.DOTALL)
                     for t in texts if t and PLACEHOLDER.search(t)
                     and _letters(PLACEHOLDER.sub("", t)) >= MIN_LETTERS)
    return exact, patterns


def shown(text: str, lang: str) -> bool:
    exact, patterns = screen_texts(lang)
    wanted = _normal(text)
    return wanted in exact or any(p.match(wanted) for p in patterns)


def bold_spans(path: Path) -> list[str]:
    """Bold spans of a guide (they may run over a line break), Markdown escapes undone, menu
    paths ("File > Lock") split into their items."""
    spans: list[str] = []
    for span in BOLD.findall(path.read_text(encoding="utf-8")):
        span = re.sub(r"\\(.)", r"\1", " ".join(span.split()))
        spans.extend(part.strip() for part in span.split(" > "))
    return spans


@pytest.mark.parametrize(("path", "lang"), [(OFFICER_EN, "en"), (HQ_EN, "en"),
                                            *OFFICER_TRANSLATIONS.items()],
                         ids=lambda v: str(v)[-24:])
def test_bold_text_is_text_the_program_shows(path: Path, lang: str) -> None:
    spans = bold_spans(path)
    assert len(spans) >= 20, "the guide cites the screens it describes"
    unknown = sorted({s for s in spans if not shown(s, lang)})
    assert not unknown, f"{path.name}: bold text the program does not show: {unknown}"


def test_the_screen_text_check_can_fail() -> None:
    assert shown("&Export packet to a stick…", "en")
    assert shown("Export packet to a stick…", "en")
    assert shown("Packet 12 is on the stick and was checked.", "en")  # "Packet %1 is …"
    assert shown("Four-eyes rule: you cannot approve a version you wrote", "en")
    assert shown("Выгрузить пакет на флеш-накопитель…", "ru")
    assert not shown("Export packets to a USB drive…", "en")
    assert not shown("Export packet to a stick…", "ru")
    assert shown("Пакетті флеш-жинақтауышқа жазу…", "kk")
    assert not shown("Выгрузить пакет на флеш-накопитель…", "kk")
    assert not shown("Refusals (Art. 9)", "en")  # "%1 (Art. %2)" is too little to match on
    assert not shown("Post office", "en")  # nor is "Post %1"
