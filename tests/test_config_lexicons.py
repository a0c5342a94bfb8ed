"""Settings are documented and validated; lexicons are clean data; the pipeline checks its wiring."""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError, fields
from importlib import resources

import opencc
import pytest

from diplograph.config import Settings, load_settings
from diplograph.lexicons import read_rows
from diplograph.registry import Pipeline, registered


def test_every_setting_is_documented_in_defaults():
    text = resources.files("diplograph").joinpath("defaults.toml").read_text(encoding="utf-8")
    lines = text.splitlines()
    for f in fields(Settings):
        idx = next(i for i, line in enumerate(lines) if line.startswith(f"{f.name} ="))
        assert lines[idx - 1].startswith("#"), f"{f.name} has no comment above it"


def test_overrides_apply_in_order(tmp_path):
    user = tmp_path / "user.toml"
    user.write_text("batch_size = 7\nlong_line_chars = 70\n")
    s = load_settings(user, env={"DIPLOGRAPH_BATCH_SIZE": "9"}, long_line_chars=None)
    assert s.batch_size == 9 and s.long_line_chars == 70
    assert load_settings(user, env={}, batch_size=3).batch_size == 3
    with pytest.raises(ValueError):
        load_settings(env={"DIPLOGRAPH_BATCH_SIZE": "0"})


def test_settings_are_frozen():
    s = load_settings(env={})
    with pytest.raises(FrozenInstanceError):
        s.batch_size = 1  # type: ignore[misc]


REGEX_LEXICONS = {"boilerplate.tsv", "site_names.tsv"}


@pytest.mark.parametrize("name", [e.name for e in resources.files("diplograph.lexicons").iterdir()
                                  if e.name.endswith(".tsv")])
def test_lexicon_rows_are_unique_and_compile(name):
    rows = read_rows(name)
    assert rows
    keys = [tuple(r) for r in rows]
    assert len(keys) == len(set(keys)), f"duplicate rows in {name}"
    for row in rows:
        assert len(row) >= 2 and all(c.strip() for c in row[:2]), f"bad columns in {name}: {row}"
        if name in REGEX_LEXICONS:
            re.compile(row[1])


# lexicons read in both Chinese scripts: (file, column of the language, column of the words)
BOTH_SCRIPTS = [("cues.tsv", 1, 2), ("speech.tsv", 1, 2), ("topics.tsv", 1, 2), ("initiators.tsv", 1, 2),
                ("commitments.tsv", 1, 2), ("titles.tsv", 0, 1)]


@pytest.mark.parametrize("name,lang,col", BOTH_SCRIPTS)
def test_chinese_rows_come_in_both_scripts(name, lang, col):
    """Traditional-script news is read natively: a row written in Simplified-only characters (会谈) has a row
    that folds to it (會談)."""
    t2s, s2t = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")
    words = {r[col] for r in read_rows(name) if len(r) > col and r[lang] == "zh"}
    folded = {t2s.convert(w) for w in words if t2s.convert(w) != w}  # what each Traditional row folds to
    simplified = {w for w in words if t2s.convert(w) == w and s2t.convert(w) != w}
    assert sorted(simplified - folded) == []


def test_pipeline_refuses_a_step_whose_input_nobody_makes():
    with pytest.raises(ValueError, match="requires"):
        Pipeline(["segment"])
    with pytest.raises(ValueError, match="unknown"):
        Pipeline(["decode", "no-such-step"])


def test_default_pipeline_is_registered():
    import diplograph.components  # noqa: F401

    assert set(load_settings(env={}).pipeline) <= set(registered())
