"""A small, honest passphrase-strength estimate in the spirit of zxcvbn (no dependency).

It counts what an attacker would try first as cheap: words from a short list of the commonest
passwords and words of the region (in Latin and Cyrillic), keyboard rows, runs like "abc" or
"4321", repeated characters and years. Those parts cost a few bits each; every other character
costs ten guesses, as zxcvbn counts brute force (never more than the size of the character
classes used allows: Latin, Cyrillic, Lithuanian letters, digits, symbols). The total is an
estimate of log10(guesses), mapped to a score 0-4 like zxcvbn's. It is a guide for the person
choosing, not a proof: a long sentence of ordinary words scores well here and is also what we
recommend.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

COMMON_WORDS = frozenset({
    # the commonest passwords everywhere
    "password", "passw0rd", "qwerty", "qwertyuiop", "letmein", "welcome", "iloveyou",
    "monkey", "dragon", "football", "baseball", "master", "shadow", "sunshine", "princess",
    "admin", "administrator", "login", "secret", "test", "demo", "guest", "user", "root",
    "abc123", "hello", "freedom", "whatever", "trustno1", "superman", "batman", "love",
    "summer", "winter", "spring", "autumn", "changeme", "default",
    # the work and the places
    "shekara", "border", "customs", "officer", "police", "post", "patrol", "granica",
    "kazakhstan", "qazaqstan", "astana", "almaty", "lithuania", "lietuva", "vilnius", "kaunas",
    "klaipeda", "slaptazodis", "labas", "sveiki", "pasienis", "muitine", "parol", "privet",
    # Cyrillic
    "пароль", "привет", "любовь", "солнце", "россия", "москва", "граница", "таможня",
    "казахстан", "қазақстан", "астана", "алматы", "шекара", "кеден", "құпиясөз", "сәлем",
    "литва", "вильнюс", "секрет", "админ", "офицер", "пост", "йцукен", "фывапролджэ",
    # Lithuanian with its letters
    "slaptažodis", "muitinė", "klaipėda",
})
KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "йцукенгшщзхъ",
                 "фывапролджэ", "ячсмитьбю")
LITHUANIAN = "ąčęėįšųūž"
KAZAKH = "әғқңөұүһі"
MIN_LENGTH = 10
BRUTEFORCE_BITS = math.log2(10)
WORD_BITS = math.log2(len(COMMON_WORDS)) + 1  # which word, and its capitalisation
_YEAR = re.compile(r"(19|20)\d\d")
_REPEATED = re.compile(r"(.+?)\1+")
_WORDS_LONGEST_FIRST = sorted((w for w in COMMON_WORDS if len(w) >= 4), key=len, reverse=True)


@dataclass(frozen=True)
class Strength:
    score: int  # 0 very weak … 4 very strong
    guesses_log10: float
    hints: tuple[str, ...]  # codes: too_short, common_word, keyboard, sequence, repeat, year,
    #                         one_class


def _classes(text: str) -> int:
    size = 0
    if any("a" <= c <= "z" for c in text):
        size += 26
    if any("A" <= c <= "Z" for c in text):
        size += 26
    if any(c.isdigit() for c in text):
        size += 10
    if any(c in LITHUANIAN or c in LITHUANIAN.upper() for c in text):
        size += 18
    if any("\u0400" <= c <= "\u04ff" and c.islower() for c in text):
        size += 33 + len(KAZAKH)
    if any("\u0400" <= c <= "\u04ff" and c.isupper() for c in text):
        size += 33 + len(KAZAKH)
    if any(c == " " for c in text):
        size += 1
    if any(not c.isalnum() and c != " " for c in text):
        size += 33
    return max(size, 10)


def _mark(covered: list[bool], start: int, end: int) -> bool:
    """Mark [start, end) if none of it is covered yet."""
    if any(covered[start:end]):
        return False
    for i in range(start, end):
        covered[i] = True
    return True


def estimate(passphrase: str) -> Strength:
    text = passphrase
    n = len(text)
    if n == 0:
        return Strength(0, 0.0, ("too_short",))
    bits, hints = _bits(text)
    guesses_log10 = bits * math.log10(2)
    if n < MIN_LENGTH:
        hints.insert(0, "too_short")
    if _classes(text) <= 26 and n < 16:
        hints.append("one_class")
    score = (0 if guesses_log10 < 3 else 1 if guesses_log10 < 6 else 2 if guesses_log10 < 8
             else 3 if guesses_log10 < 10 else 4)
    if n < MIN_LENGTH:
        score = min(score, 1)
    return Strength(score, round(guesses_log10, 1), tuple(dict.fromkeys(hints)))


def _bits(text: str) -> tuple[float, list[str]]:
    """log2 of the guesses for `text`, and the hint codes of the cheap parts found."""
    n = len(text)
    lower = text.lower()
    covered = [False] * n
    bits = 0.0
    hints: list[str] = []
    # A repeated block ("20262026", "abcabc") costs its block once, times the repeats.
    for match in _REPEATED.finditer(lower):
        unit = match.group(1)
        if len(match.group(0)) >= 4 and len(unit) >= 2 and \
                _mark(covered, match.start(), match.end()):
            unit_bits, _ = _bits(unit)
            bits += unit_bits + math.log2(len(match.group(0)) // len(unit))
            hints.append("repeat")
    # Common words, longest first, anywhere (also with digits for letters: "p4ssword" is not
    # caught, as zxcvbn's l33t step would; length still has to carry it).
    for word in _WORDS_LONGEST_FIRST:
        start = lower.find(word)
        while start >= 0:
            if _mark(covered, start, start + len(word)):
                bits += WORD_BITS
                hints.append("common_word")
            start = lower.find(word, start + 1)
    for row in KEYBOARD_ROWS:
        for length in range(len(row), 3, -1):
            for offset in range(len(row) - length + 1):
                piece = row[offset:offset + length]
                for candidate in (piece, piece[::-1]):
                    start = lower.find(candidate)
                    if start >= 0 and _mark(covered, start, start + length):
                        bits += math.log2(len(KEYBOARD_ROWS) * len(row) * 2)
                        hints.append("keyboard")
    for match in _YEAR.finditer(text):
        if _mark(covered, match.start(), match.end()):
            bits += math.log2(200)
            hints.append("year")
    i = 0
    while i < n:  # runs of 3+: the same character, or +1/-1 steps ("abc", "4321")
        j = i + 1
        step = ord(text[j]) - ord(text[i]) if j < n else None
        while j < n and step in (0, 1, -1) and ord(text[j]) - ord(text[j - 1]) == step:
            j += 1
        if j - i >= 3 and _mark(covered, i, j):
            bits += math.log2(_classes(text[i]) * (j - i) * 2)
            hints.append("repeat" if step == 0 else "sequence")
            i = j
        else:
            i += 1
    # zxcvbn's brute-force rate: ten guesses per character nothing else explained, whatever the
    # alphabet (people pick letters of words and names far more often than random ones).
    bits += sum(BRUTEFORCE_BITS for c in covered if not c)
    return min(bits, n * math.log2(_classes(text))), hints
