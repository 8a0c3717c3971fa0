"""Arabic-script words folded the same way in the search index and in what readers type.

Full-text engines match whole words. In Arabic, "the" (ال) is written joined to its noun, often
with "and", "with", "like" or "so" before it (وال، بال، كال، فال): a reader
typing طعام (food) would not find بنك الطعام (the food bank). Readers also type the same letter
in several forms (أ إ آ ٱ for alef, ة/ه, ى/ي, Persian ی and ک against Arabic ي and ك, as
Dari, Pashto and Urdu readers on an Arabic keyboard do) and with or without vowel marks.

``fold_for_search`` removes vowel marks and the elongation stroke, writes each letter in one
form and takes those prefixes off words of three letters or more. Pages index their folded text
(``BasePage.search_folded_text``) beside their own, and searches fold what was typed, so both
meet whichever form either used. Text in other scripts is left as it is.
"""

from __future__ import annotations

import re

# Vowel marks (harakat, tanwin, shadda, sukun, superscript alef) and the tatweel stroke.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ی",
        "ي": "ی",
        "ك": "ک",
    }
)
# Longest first: "وال" before "ال". (Kaf is already folded to ک here.)
_PREFIXES = ("وال", "بال", "کال", "فال", "ال")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def _fold_word(word: str) -> str:
    if not _ARABIC_LETTER.search(word):
        return word
    word = _MARKS.sub("", word).translate(_LETTERS)
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix) :]
    return word


def fold_for_search(text: str) -> str:
    """``text`` with its Arabic-script words folded (see the module's docstring)."""
    return " ".join(_fold_word(word) for word in text.split())
