"""Name helpers (issue 17): which language key a printed name is filed under."""

from __future__ import annotations

import pytest

from diplograph.extract.names import name_script


@pytest.mark.parametrize(("name", "lang", "key"), [
    ("韋利諾夫", "zh-Hant", "zh-Hant"),
    ("韦利诺夫", "zh-Hans", "zh-Hans"),
    ("Arkady Velinov", "zh-Hant", "en"),  # a Latin name on a Chinese page is no Traditional form
    ("Arkady Velinov", "en", "en"),
])
def test_a_name_is_filed_under_its_own_script(name, lang, key):
    assert name_script(name, lang) == key
