"""Statements, topics and commitments end to end (issue 4): files ingested into a real SQLite file, exported."""

from __future__ import annotations

from diplograph.cli import main as cli
from diplograph.export import export
from diplograph.services import merge
from tests.conftest import read_jsonl

ZH_CALL = """外长同法国外长通电话
2024-05-06 21:30 来源：新华社
新华社北京5月6日电 5月6日晚，外交部长王毅应约同法国外长塞雪通电话。
王毅表示，中法两国关系保持良好发展势头。中方愿同法方加强经贸合作。双方可建立外交部门热线机制。
他强调，中方已经向法方捐赠500万欧元用于抗击疫情。
塞雪表示，法方重视对华关系，欢迎更多中国企业赴法投资。
塞说，法方愿同中方在联合国框架内加强沟通。
外长先生还说，法方期待年内访华。
双方同意保持密切沟通。
"""
EN_READOUT = """---
title: Readout of the Vice President's Call with President Giammattei of Guatemala
published_time: 2021-04-26 18:00:00-04:00
source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2021/04/26/readout/
---

Today, Vice President Kamala Harris spoke with President Alejandro Giammattei of Guatemala by phone. They agreed on the importance of good governance and anti-corruption measures.

In light of the dire situation faced by millions in the region, Vice President Harris announced an additional $310 million in U.S. government support for humanitarian relief. She also stressed the importance of addressing corruption.

The two leaders committed to strengthen bilateral efforts to manage migration.
"""


def _event(tmp_path, db, settings, name):
    merge(db, settings)
    export(db, tmp_path / "out")
    [event] = [e for e in read_jsonl(tmp_path / "out" / "events.jsonl") if e["sources"][0]["source"].endswith(name)]
    return event


def test_chinese_statements_by_speaker_with_surname_pronoun_and_joint(ingest_files, db, settings, tmp_path):
    _, docs = ingest_files({"call.txt": ZH_CALL})
    body = docs["call.txt"]["body"]
    event = _event(tmp_path, db, settings, "call.txt")
    ids = {p["affiliation"]: p["actor_id"] for p in event["participants"]}
    said = [(st["speaker"], body[st["start"]:st["end"]]) for st in event["statements"]]
    assert [s for s, _ in said] == [ids["CHN"], ids["CHN"], ids["FRA"], ids["FRA"], ids["FRA"], "joint"]
    assert said[0][1] == "王毅表示，中法两国关系保持良好发展势头。中方愿同法方加强经贸合作。双方可建立外交部门热线机制。"
    assert said[1][1].startswith("他强调")  # a pronoun: the last speaker
    assert said[3][1].startswith("塞说")  # a family name alone
    assert said[4][1].startswith("外长先生还说")  # a title alone, with an honorific
    assert said[5][1] == "双方同意保持密切沟通。"
    assert all(st["text"] == body[st["start"]:st["end"]] for st in event["statements"])
    assert {"trade_economy", "multilateralism", "public_health"} <= set(event["topics"])
    kinds = {(c["type"], tuple(c["by"])): c for c in event["commitments"]}
    donation = kinds[("donation", ("CHN",))]
    assert (donation["amount"], donation["currency"], donation["to"], donation["delivered"]) == (5_000_000, "EUR",
                                                                                              ["FRA"], True)
    assert kinds[("mechanism", ("CHN", "FRA"))]["to"] == []  # 双方可建立…机制: both sides


def test_statement_topics_are_strings_with_their_cue_words_beside_them(ingest_files, db, settings, tmp_path):
    # SCHEMA.md: a statement's `topics` is a list of topic strings; the evidence goes in `topic_cues`
    ingest_files({"call.txt": ZH_CALL})
    event = _event(tmp_path, db, settings, "call.txt")
    first = event["statements"][0]
    assert first["topics"] == sorted(first["topic_cues"]) and all(isinstance(t, str) for t in first["topics"])
    assert "trade_economy" in first["topics"] and "经贸" in first["topic_cues"]["trade_economy"]
    export(db, tmp_path / "csv", fmt="csv")
    rows = (tmp_path / "csv" / "statements.csv").read_text(encoding="utf-8")
    assert "trade_economy" in rows and "{" not in rows.splitlines()[1]


def test_english_statements_sentence_by_sentence(ingest_files, db, settings, tmp_path):
    _, docs = ingest_files({"readout.md": EN_READOUT})
    body = docs["readout.md"]["body"]
    event = _event(tmp_path, db, settings, "readout.md")
    ids = {p["affiliation"]: p["actor_id"] for p in event["participants"]}
    said = [(st["speaker"], body[st["start"]:st["end"]]) for st in event["statements"]]
    assert said[0] == ("joint", "They agreed on the importance of good governance and anti-corruption measures.")
    assert said[1][0] == ids["USA"] and said[1][1].startswith("In light of") and "She also stressed" in said[1][1]
    assert said[2] == ("joint", "The two leaders committed to strengthen bilateral efforts to manage migration.")
    aid = next(c for c in event["commitments"] if c["type"] == "aid")
    assert (aid["by"], aid["amount"], aid["currency"]) == (["USA"], 310_000_000, "USD")


ACCENTED = """Ministers speak by phone
2024-03-04 10:00

German Foreign Minister Jörg Weiß spoke by telephone today with Chilean Foreign Minister Tomás Rivera.
Rivera said Chile is ready to deepen trade ties with Germany.
Weiß said Germany supports a stronger partnership with Latin America.
"""


def test_a_family_name_alone_names_a_speaker_whose_name_has_accents(ingest_files, db, settings, tmp_path):
    # issue 14: only all-ASCII names gave their words, so `Rivera said` after `Tomás Rivera` named nobody
    _, docs = ingest_files({"accents.txt": ACCENTED})
    body = docs["accents.txt"]["body"]
    event = _event(tmp_path, db, settings, "accents.txt")
    ids = {p["affiliation"]: p["actor_id"] for p in event["participants"]}
    said = {st["speaker"]: body[st["start"]:st["end"]] for st in event["statements"]}
    assert said[ids["CHL"]].startswith("Rivera said Chile") and said[ids["DEU"]].startswith("Weiß said Germany")


def test_show_prints_statements_topics_and_commitments(ingest_files, db, settings, tmp_path, capsys):
    ingest_files({"call.txt": ZH_CALL})
    event = _event(tmp_path, db, settings, "call.txt")
    assert cli(["show", event["event_id"], "--db", db.path]) == 0
    out = capsys.readouterr().out
    assert "王毅 (" in out and "塞雪 (" in out and "joint" in out
    assert "donation by CHN to FRA 5,000,000 EUR (delivered)" in out
    assert "trade_economy (经贸 / 企业 / 投资)" in out  # each cue once, in the order read
    assert cli(["show", "nope", "--db", db.path]) == 1
