"""Arabic-script words are folded alike in the index and in what readers type."""

import pytest

from portal.core.search_text import fold_for_search


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("الطعام", "طعام"),  # the article
        ("والمدرسة", "مدرسه"),  # "and the", and ta marbuta
        ("بالعربية", "عربیه"),  # "with the", and Arabic yeh as Persian yeh
        ("أمان", "امان"),  # hamza on alef
        ("إقامة", "اقامه"),
        ("مُساعَدة", "مساعده"),  # vowel marks
        ("مســاعدة", "مساعده"),  # tatweel
        ("كتاب", "کتاب"),  # Arabic kaf as Persian keheh (Dari, Pashto, Urdu keyboards)
        ("ال", "ال"),  # too short to be a prefix
        ("الم", "الم"),
        ("Food bank 24/7", "Food bank 24/7"),  # other scripts as they are
        ("Лікар", "Лікар"),
    ],
)
def test_fold_for_search(typed, folded):
    assert fold_for_search(typed) == folded
