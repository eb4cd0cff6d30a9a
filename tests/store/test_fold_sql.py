"""The store's fold() in SQL agrees with the Python fold, letter for letter.

On SQLite the SQL function is the Python one, registered on each connection;
on PostgreSQL (--db-backend=postgresql) it is SQL the schema owns
(store/postgres.py), so this is where the two are held together.
"""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import text

from ocgboard.store.engine import fold

NAMES = [
    # Latin, with the letters Unicode does not decompose
    "Đorđe Đorđević", "Łukasz Wiśniewski", "Ștefan Drăgulescu", "Siobhán Ó Súilleabháin",
    "Søren Kierkegaard", "Æthelstan", "Œdipe", "Straße", "STRASSE", "Yıldız İnönü",
    "Guðrún Þórsdóttir", "Ħamrun", "Paŀlàs", "Nguyễn Thị Minh Khai", "François Müller",
    "ẞ capital sharp s", "Ångström", "Ñuñoa", "Dvořák", "Łódź",
    # Greek, Cyrillic, Armenian, Georgian
    "Ὀδυσσεύς", "ΣΩΚΡΑΤΗΣ Σωκράτης", "Ёлкин Йошкар-Ола", "Їжак Ґанок", "Երևան", "თბილისი",
    # Hebrew and Arabic with their marks, Devanagari, Bengali, Thai
    "שָׁלוֹם", "مُحَمَّد", "देवनागरी क़िला", "বাংলা", "ภาษาไทย",
    # Chinese, Japanese (kana with voicing marks), Korean
    "北京市", "ガギグゲゴ ぱぴぷ", "한국어 서울",
    # compatibility forms NFKD unfolds
    "ﬁnance ﬂoor", "Ⅻ", "①②", "ｆｕｌｌｗｉｄｔｈ", "ſtraße", "x²",
    # wildcards and quotes pass through
    "O'Brien 100% _x_", "",
]


def sql_fold(store, values: list[str]) -> list[str | None]:
    with store.engine.connect() as conn:
        return [conn.execute(text("SELECT fold(:v)"), {"v": v}).scalar() for v in values]


def test_sql_fold_is_the_python_fold_on_names_in_many_scripts(store):
    assert sql_fold(store, NAMES) == [fold(name) for name in NAMES]


def test_sql_fold_of_null_is_null(store):
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT fold(NULL)")).scalar() is None


def _every_letter() -> list[str]:
    """Every Latin, Greek and Cyrillic letter past ASCII, and Latin Extended Additional
    (Vietnamese), capital and small."""
    return [chr(cp) for cp in [*range(0x00C0, 0x0530), *range(0x1E00, 0x1F00)]
            if unicodedata.category(chr(cp)).startswith("L")]


@pytest.mark.parametrize("chunk", range(4))
def test_sql_fold_agrees_letter_by_letter(store, chunk):
    letters = _every_letter()[chunk::4]
    assert sql_fold(store, letters) == [fold(ch) for ch in letters]
