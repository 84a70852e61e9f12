"""Issue 13: `index_keys` keys free text one whitespace-separated chunk at a time, memoised per
chunk. It must give exactly the keys of keying the whole text at once (the index built before
the change stays valid): compared here on tricky text and on many random mixtures of letters,
marks, dashes, apostrophes and every kind of space."""

from __future__ import annotations

import random

import pytest

from shekara.domain import search_key
from shekara.domain.search_key import _cached_word_keys, _compounds, index_keys


def whole_text_keys(text: str) -> list[str]:
    """The keys as index_keys gave them before the memo: the whole text at once."""
    keys: list[str] = []
    for words in _compounds(text):
        for word in words:
            keys += _cached_word_keys(word)
        if len(words) > 1:
            keys += _cached_word_keys("".join(words))
    return keys


TRICKY = [
    "", "   ", "Kassym-Jomart Tokayev", "Nur-Sultan – Astana", "Žukauskas\u00a0Tomas",
    "O'Brien d’Artagnan ʼ", "Сүлейменов Нұрлан Әбдірахманұлы", "a\u0301b c\u0301 \u0301d",
    "x¨y ¨z", "ﬁsh ﬂower", "Ｔｏｋｙｏ", "e\u2010mail e\u2011x", "45 06 123456",
    "heroin\u3000cocaine", "foo\u2028bar\u2029baz", "tab\tnew\nline\rcr", "\x1cfs\x1dgs\x1e",
    "Jaqsylyq Jankauskaitė", "Ш-ы Ъ-ь", "word-", "-word", "a--b", "x'-'y", "'quoted'",
]
POOL = ("abcxyzjAZ0189 -–‐'’ʼ¨\u0301\u0308\u00a0\u2003\u3000\u1680\t\nçšžėųĄӘәҰұҚқЁёЖжШщ"
        "ﬁＡ①²\u200b\u3164_.,/")


@pytest.mark.parametrize("text", TRICKY)
def test_chunk_by_chunk_gives_the_keys_of_the_whole_text(text: str) -> None:
    assert index_keys(text) == whole_text_keys(text)


def test_random_mixtures_give_the_same_keys() -> None:
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(POOL) for _ in range(rng.randrange(1, 30)))
        assert index_keys(text) == whole_text_keys(text), repr(text)


def test_locking_forgets_the_memoised_chunks() -> None:
    index_keys("Сүлейменов")
    search_key.document_index_keys("AB 123456")
    search_key.forget_cached_keys()
    assert search_key._chunk_index_keys.cache_info().currsize == 0
    assert search_key._cached_document_keys.cache_info().currsize == 0
