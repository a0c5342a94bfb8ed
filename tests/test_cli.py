"""The command line as a user meets it: every mistake is one clear line on stderr, a non-zero exit and no
file created or changed; listings use plain words; the help explains every command and option (issue 14)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from diplograph.cli import build_parser, main
from tests.conftest import EXAMPLES, ROOT
from tests.test_merge import CNA, OTHER, XINHUA


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its bytes: what a mistake must leave as it was."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def fails_cleanly(capsys, folder: Path, argv: list[str], *words: str) -> str:
    """Run a mistaken command: one stderr line holding `words`, a non-zero exit, nothing stdout, no file touched."""
    before = snapshot(folder)
    code = main(argv)
    out, err = capsys.readouterr()
    assert code != 0
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("diplograph: error: ")
    for word in words:
        assert word in lines[0], lines[0]
    assert snapshot(folder) == before
    return lines[0]


@pytest.fixture
def built(tmp_path, capsys):
    """A database of the bundled examples, made through the command line."""
    path = tmp_path / "demo.db"
    assert main(["ingest", str(EXAMPLES), "--db", str(path), "--quiet"]) == 0
    capsys.readouterr()
    return path


def test_missing_input_path_is_refused_and_nothing_is_stored(tmp_path, capsys):
    fails_cleanly(capsys, tmp_path, ["ingest", str(tmp_path / "typo"), str(EXAMPLES), "--db", str(tmp_path / "x.db")],
                  "no such file or folder", "typo")
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("where, words", [
    ("missing/x.db", ("folder", "does not exist")),
    ("file.txt/x.db", ("folder", "does not exist")),
    ("folder", ("is a folder",)),
    ("notadb.txt", ("not a database",)),
])
def test_database_location_that_cannot_hold_a_database(tmp_path, capsys, where, words):
    (tmp_path / "file.txt").write_text("a file, not a folder")
    (tmp_path / "notadb.txt").write_text("plain text, not SQLite\n" * 20)
    (tmp_path / "folder").mkdir()
    fails_cleanly(capsys, tmp_path, ["ingest", str(EXAMPLES), "--db", str(tmp_path / where)], where, *words)


@pytest.mark.parametrize("command", [["export", "--out", "OUT"], ["events"], ["actors"], ["errors"],
                                     ["show", "abc"], ["serve"]])
def test_reading_commands_never_create_a_database(tmp_path, capsys, command):
    argv = [a.replace("OUT", str(tmp_path / "out")) for a in command] + ["--db", str(tmp_path / "none.db")]
    fails_cleanly(capsys, tmp_path, argv, "no database at", "none.db", "ingest")
    assert list(tmp_path.iterdir()) == []


def test_export_onto_an_existing_file(built, tmp_path, capsys):
    (tmp_path / "out.txt").write_text("keep me")
    fails_cleanly(capsys, tmp_path, ["export", "--db", str(built), "--out", str(tmp_path / "out.txt")],
                  "is a file", "folder")


@pytest.mark.parametrize("text, words", [
    (None, ("no such file",)),
    ("batch_size = 'many'\n", ("batch_size", "whole number")),
    ("batch_size = 0\n", ("batch_size", "positive")),
    ("batchsize = 5\n", ("unknown setting", "batchsize", "batch_size")),
    ("batch_size = \n", ("not valid TOML", "line 1")),
    ("pipeline = ['decode', 'nosuchstep']\n", ("unknown components", "nosuchstep")),
    ("extra_lexicons = 'no/such/folder'\n", ("extra_lexicons", "not a folder")),
    ("spark_driver_memory = 'lots'\n", ("spark_driver_memory", "JVM memory size")),
])
@pytest.mark.parametrize("before_command", [True, False])
def test_configuration_mistakes(tmp_path, capsys, text, words, before_command):
    config = tmp_path / "my.toml"
    if text is not None:
        config.write_text(text)
    args = ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db")]
    argv = ["--config", str(config), *args] if before_command else [*args, "--config", str(config)]
    fails_cleanly(capsys, tmp_path, argv, "my.toml", *words)
    assert not (tmp_path / "x.db").exists()


def test_config_after_the_command_is_read(built, tmp_path, capsys):
    config = tmp_path / "my.toml"
    config.write_text("batch_size = 3\n")
    assert main(["ingest", str(EXAMPLES), "--db", str(built), "--config", str(config)]) == 0
    # a changed setting makes every stored document stale, so all of them are processed again
    assert "(12 processed, 0 unchanged)" in capsys.readouterr().out


def test_environment_variable_mistake_names_the_variable(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DIPLOGRAPH_READ_TIMEOUT", "soon")
    fails_cleanly(capsys, tmp_path, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db")],
                  "DIPLOGRAPH_READ_TIMEOUT", "a number")


@pytest.mark.parametrize("argv, words", [
    (["ingest", "--db", "x.db"], ("PATH",)),
    (["frobnicate"], ("invalid choice", "frobnicate")),
    (["export", "--db", "x.db", "--out", "o", "--format", "xml"], ("--format", "xml")),
    (["events", "--db", "x.db", "--limit", "ten"], ("--limit", "ten")),
])
def test_usage_mistakes_are_one_line_naming_the_help(tmp_path, capsys, argv, words):
    os.chdir(tmp_path)
    line = fails_cleanly(capsys, tmp_path, argv, *words)
    assert "--help" in line


def without(module: str, argv: list[str]) -> subprocess.CompletedProcess:
    """Run the CLI in a process where an optional dependency cannot be imported, as after a plain install."""
    code = f"import sys; sys.modules[{module!r}] = None; from diplograph.cli import main; sys.exit(main({argv!r}))"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_parquet_without_pyarrow_says_how_to_get_it(built, tmp_path):
    proc = without("pyarrow", ["export", "--db", str(built), "--out", str(tmp_path / "out"), "--format", "parquet"])
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == ["diplograph: error: --format parquet needs pyarrow:"
                                        " pip install 'diplograph[parquet]' (or use --format jsonl or csv)"]
    assert not (tmp_path / "out").exists()


def test_spark_engine_without_pyspark_says_how_to_get_it_and_creates_nothing(tmp_path):
    proc = without("pyspark", ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--engine", "spark"])
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("diplograph: error: the Spark engine needs PySpark: pip install 'diplograph[spark]'")
    assert list(tmp_path.iterdir()) == []


def test_a_mistake_in_a_real_process_has_no_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "diplograph.cli", "events", "--db", str(tmp_path / "none.db")],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("diplograph: error: no database at") and proc.stderr.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_events_lists_merged_events_with_ids_that_show_opens(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("xinhua.txt", XINHUA), ("cna.txt", CNA), ("other.txt", OTHER)):
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert main(["ingest", str(folder), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "3 reports of events in the documents → 2 events" in out
    assert main(["events", "--db", db]) == 0
    out = capsys.readouterr().out
    rows = [line.split() for line in out.splitlines() if re.match(r"[0-9a-f]{20}  ", line)]
    assert len(rows) == 2
    assert "2 events, newest first" in out
    assert sorted(row[4] for row in rows) == ["1", "2"]  # reports per event: the call was told twice
    call = next(row for row in rows if row[4] == "2")
    line = " ".join(call)  # 应约: the German side asked for the call; either report's script may name him
    assert "→施泰因迈尔 [DEU]" in line or "→史坦麥爾 [DEU]" in line
    assert main(["show", call[0], "--db", db]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"{call[0]}  phone_call") and "cna.txt" in shown and "xinhua.txt" in shown


def test_failed_documents_are_summarised_and_listed_again(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ok.txt").write_text(OTHER, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "x.db")
    assert main(["ingest", str(folder), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "ingest: 2 documents (2 processed, 0 unchanged), 1 error," in out
    assert f"  failed: {folder}/empty.txt: empty" in out
    assert f"1 document failed; list them again with `diplograph errors --db {db}`" in out
    assert main(["errors", "--db", db]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{folder}/empty.txt: empty") and out[-1] == "1 document could not be processed"


def test_counts_use_the_right_plural(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(OTHER, encoding="utf-8")
    db = str(tmp_path / "x.db")
    assert main(["ingest", str(folder), "--db", db]) == 0
    assert main(["export", "--db", db, "--out", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "ingest: 1 document (1 processed, 0 unchanged), 0 errors" in out
    assert "1 report of events in the documents → 1 event," in out
    assert "export: 1 document, 1 event →" in out


def test_alone_it_prints_the_commands(capsys):
    assert main([]) == 0
    out = capsys.readouterr().out
    for command in ("ingest", "export", "events", "show", "actors", "errors", "serve", "bench"):
        assert f"\n    {command} " in out
    for word in ("WARC", "JSON Lines", "CSV", "front matter", "DIPLOGRAPH_BATCH_SIZE=200", "DIPLOGRAPH_EXTRA_LEXICONS="):
        assert word in out


def test_every_command_and_option_has_help_and_defaults_are_shown(capsys):
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    for name, sub in commands.items():
        assert sub.description, name
        for action in sub._actions:
            assert action.help, f"{name} {action.option_strings or action.dest} has no help"
        text = sub.format_help()
        for action in sub._actions:
            if action.option_strings and action.default not in (None, False, 0, "==SUPPRESS=="):
                assert f"(default: {action.default})" in " ".join(text.split()), f"{name} {action.dest}"
    assert "(default: 8000)" in commands["serve"].format_help()


def test_export_hint_names_the_program_as_it_was_called(built, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", [".venv/bin/diplograph"])
    assert main(["export", "--db", str(built), "--out", str(tmp_path / "out")]) == 0
    assert f"browse them: .venv/bin/diplograph serve --db {built}" in capsys.readouterr().out
