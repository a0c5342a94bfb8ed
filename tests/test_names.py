"""Name helpers (issue 17): which language key a printed name is filed under, and the keys names are matched on."""

from __future__ import annotations

import pytest

from diplograph.extract.names import fold, name_script, unmarked


@pytest.mark.parametrize(("name", "lang", "key"), [
    ("韋利諾夫", "zh-Hant", "zh-Hant"),
    ("韦利诺夫", "zh-Hans", "zh-Hans"),
    ("Arkady Velinov", "zh-Hant", "en"),  # a Latin name on a Chinese page is no Traditional form
    ("Arkady Velinov", "en", "en"),
])
def test_a_name_is_filed_under_its_own_script(name, lang, key):
    assert name_script(name, lang) == key


@pytest.mark.parametrize(("text", "plain"), [
    ("Tomás Núñez", "Tomas Nunez"),  # accents off, case kept
    ("Ｄａｎａ", "Dana"),  # full-width letters are Latin ones
    ("Dana Voss", "Dana Voss"),  # ASCII as it is
    ("瓦德富爾", "瓦德富爾"),  # Han characters carry no marks
])
def test_unmarked_drops_accents_only(text, plain):
    assert unmarked(text) == plain


@pytest.mark.parametrize(("name", "key"), [
    ("Dana Voss-Kerr", "danavosskerr"),  # ASCII: case, spaces and hyphens out
    ("Zoë O’Marten", "zoeomarten"),  # accents and a curly apostrophe out
    ("米格爾．羅哈斯", "米格尔罗哈斯"),  # Traditional folded to Simplified, the name dot out
    ("Ｌｉ Ｗｅｉ", "liwei"),  # full-width letters fold like ASCII ones
])
def test_fold_makes_one_key_across_scripts_accents_and_widths(name, key):
    assert fold(name) == key
