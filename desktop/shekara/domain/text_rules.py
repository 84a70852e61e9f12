"""What a free-text field may hold, and how stored text is shown.

Every free-text field of a record (`field_checks.FieldChecker.text`) and of an Art. 8 request
(`request._Checks.text`) follows these rules; docs/record-format.md explains them to users.

Normalised silently, because nothing visible changes:
- NFC (the callers do it first);
- in one-line fields (names, numbers, codes typed as text …) every space separator (Unicode Zs:
  no-break space, en/em/thin spaces, ideographic space …) becomes an ordinary space, so two
  names that look the same compare the same. Prose keeps them (a no-break space between a
  number and its unit is typography).

Refused, each with its own message, because the text would not show what it holds:
- `CONTROL`: control characters (Cc), the line/paragraph separators U+2028/U+2029 and lone
  surrogates. Prose keeps tab and newline.
- `BIDI`: the bidirectional controls U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C. They
  reorder what is shown, so a name, a document number or a sentence can read as something it is
  not ("Trojan Source"). Kazakh, Russian, Lithuanian and English need none of them, and a name
  in Arabic or Hebrew letters is ordered correctly by its letters alone.
- `INVISIBLE` / `INVISIBLE_IN_PROSE`: every other format character (Cf: zero-width space, word
  joiner, soft hyphen, byte order mark, invisible operators, tag characters …) and the blank
  fillers U+034F, U+115F, U+1160, U+3164, U+FFA0, U+2800. They make two equal-looking texts
  differ and let a "name" be made of nothing. Prose may keep the zero-width (non-)joiners
  U+200C/U+200D: Persian and Indic spelling and emoji sequences need them.
- text that is not empty and has no visible character (`has_visible` is false: only spaces
  and combining marks, say) — a surname must be something a person can read.

Refusing rather than stripping: nothing is dropped behind the typist's back, and a record that
left a post with such a character is refused at HQ with the field named, instead of being stored
with a different content hash.

Records stored before these rules may still hold such characters, so everything that shows text
(the record list, every PDF report) passes it through `shown`: each refused character is written
visibly as `‹U+202E›`, so it can neither reorder the line nor hide. (‹ › rather than ⟨ ⟩: the
reports' Noto Sans subset has the former.)
"""

from __future__ import annotations

import re
import unicodedata

BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Zero-width non-joiner and joiner: invisible, yet part of spelling in prose.
_JOINERS = "\u200c\u200d"
# Unicode 15.1's Cf, less the bidi controls and the joiners (tests/domain/test_text_rules.py
# checks the running Python's database has no Cf outside BIDI_CONTROLS, _JOINERS and this).
_FORMAT = ("\u00ad\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u2060-\u2064"
           "\u206a-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
           "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f")
# Letters and symbols that draw nothing: fillers used to fake an "empty but not empty" name.
_BLANK_FILLERS = "\u034f\u115f\u1160\u2800\u3164\uffa0"

CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
CONTROL_IN_PROSE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
BIDI = re.compile(f"[{BIDI_CONTROLS}]")
INVISIBLE = re.compile(f"[{_FORMAT}{_JOINERS}{_BLANK_FILLERS}]")
INVISIBLE_IN_PROSE = re.compile(f"[{_FORMAT}{_BLANK_FILLERS}]")
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Any character a rule above refuses or rewrites, and CR (prose rewrites it): text without one,
# already in NFC, passes every check unchanged but for strip and has_visible (issue 13: most
# fields of most records; one search instead of five).
NEEDS_RULES = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff{BIDI_CONTROLS}"
                         f"{_FORMAT}{_JOINERS}{_BLANK_FILLERS}\u00a0\u1680\u2000-\u200a"
                         f"\u202f\u205f\u3000]")
# What `shown` writes visibly: everything refused in prose (prose is the loosest rule).
_SHOWN_AS_CODE = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{BIDI_CONTROLS}"
                            f"{_FORMAT}{_BLANK_FILLERS}]")


def one_line_spaces(text: str) -> str:
    """Every space separator as an ordinary space (for one-line fields)."""
    return _ODD_SPACE.sub(" ", text)


def has_visible(text: str) -> bool:
    """Whether text holds a letter, digit, punctuation mark or symbol that draws something."""
    if text and unicodedata.category(text[0])[0] in "LNPS" and text[0] not in _BLANK_FILLERS:
        return True  # nearly always: the first character (no generator for the common case)
    return any(unicodedata.category(char)[0] in "LNPS" and char not in _BLANK_FILLERS
               for char in text)


def _code_point(match: re.Match[str]) -> str:
    return f"‹U+{ord(match.group()):04X}›"


def shown(text: str) -> str:
    """Text for display: every control, bidi control and invisible character as ‹U+XXXX›.

    Tab and newline stay (prose layout); so do the zero-width joiners prose may hold.
    """
    if not _SHOWN_AS_CODE.search(text):  # the common case: nothing to do, no copy
        return text
    return _SHOWN_AS_CODE.sub(_code_point, text)
