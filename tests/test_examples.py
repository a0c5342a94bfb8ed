"""The bundled examples show every input format and language truthfully: each document gives the event it
tells, with its type, status, date, sides, offices and initiator, as docs/examples.md describes (issue 14)."""

from __future__ import annotations

import pytest

from diplograph.export import export
from diplograph.services import ingest, merge
from diplograph.store import Database
from tests.conftest import EXAMPLES, read_jsonl

# source → (stored format, language, type, status, date, {side: office}, initiator sides)
EXPECTED = {
    "zh-hans-dump.txt": ("text", "zh-Hans", "meeting", "held", "2024-06-18",
                         {"CHN": "foreign_minister", "NOR": "foreign_minister"}, set()),
    "zh-hant-pinyin.txt": ("text", "zh-Hant", "talks", "held", None,  # the page never states the year
                           {"CHN": "head_of_government", "SGP": "head_of_government"}, set()),
    "en-readout.html": ("html", "en", "phone_call", "held", "2023-04-03",
                        {"DEU": "foreign_minister", "CHL": "foreign_minister"}, {"CHL"}),
    "post.md": ("frontmatter", "en", "meeting", "held", "2024-02-20",
                {"SEN": "head_of_state", "PRT": "head_of_government"}, set()),
    "articles.csv#1": ("record", "en", "phone_call", "held", "2022-03-11",
                       {"FIN": "head_of_state", "EST": "head_of_state"}, set()),
    "articles.csv#2": ("record", "zh-Hans", "message", "held", "2024-08-15",
                       {"CHN": "head_of_state", "BRA": "head_of_state"}, set()),
    "articles.jsonl#1": ("record", "en", "talks", "held", "2023-07-12",
                         {"IDN": "foreign_minister", "JPN": "foreign_minister"}, set()),
    "articles.jsonl#2": ("record", "zh-Hant", "talks", "held", "2023-07-13",
                         {"CHN": "foreign_minister", "AUS": "foreign_minister"}, set()),
    "articles.json#1": ("record", "en", "visit", "held", "2023-10-05",
                        {"CAN": "head_of_government", "MEX": "head_of_state"}, {"MEX"}),
    "archive.warc.gz#1": ("warc-html", "zh-Hans", "meeting", "held", "2023-05-09",
                          {"CHN": "other", "ZAF": "foreign_minister"}, set()),
    "saved-page.mhtml": ("html", "zh-Hant", "meeting", "held", "2024-09-12",
                         {"TWN": "foreign_minister", "PRY": "foreign_minister"}, set()),
    "press-release.eml": ("html", "en", "meeting", "held", "2024-05-21",
                          {"FIN": "foreign_minister", "KEN": "foreign_minister"}, set()),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from diplograph.config import load_settings

    folder = tmp_path_factory.mktemp("examples")
    settings = load_settings(env={})
    db = Database(folder / "demo.db")
    summary = ingest([str(EXAMPLES)], db, settings)
    merge(db, settings)
    export(db, folder / "out")
    db.close()
    assert summary.errors == 0
    docs = {d["source"].rsplit("/", 1)[-1]: d for d in read_jsonl(folder / "out" / "documents.jsonl")}
    events = {}
    for e in read_jsonl(folder / "out" / "events.jsonl"):
        for s in e["sources"]:
            events.setdefault(s["source"].rsplit("/", 1)[-1], []).append(e)
    return docs, events


def test_every_example_is_expected_and_every_format_and_language_gives_an_event(exported):
    docs, events = exported
    assert set(docs) == set(EXPECTED) == set(events)
    kinds = {name.split("#")[0].split(".", 1)[1] for name in EXPECTED}
    assert kinds == {"txt", "html", "md", "csv", "jsonl", "json", "warc.gz", "mhtml", "eml"}
    assert {v[1] for v in EXPECTED.values()} == {"zh-Hans", "zh-Hant", "en"}


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_example_gives_its_event(exported, source):
    docs, events = exported
    fmt, lang, kind, status, date, offices, initiators = EXPECTED[source]
    assert (docs[source]["format"], docs[source]["lang"], docs[source]["error"]) == (fmt, lang, None)
    [event] = events[source]
    assert (event["type"], event["status"], event["date"]) == (kind, status, date)
    assert {p["affiliation"]: p["office"] for p in event["participants"]} == offices
    assert {p["affiliation"] for p in event["participants"] if p["initiator"]} == initiators


# statements whose speaker the text makes plain: source → {speaker's side: first words of what they said}
STATEMENTS = {
    "zh-hant-pinyin.txt": {"CHN": "國務院總理表示,中方愿", "SGP": "新加坡總理表示"},
    "post.md": {"SEN": "Diallo said Senegal", "PRT": "Castro said Portugal"},
    "en-readout.html": {"DEU": "Keller said Germany", "CHL": "Rivera said Chile"},
    "archive.warc.gz#1": {"CHN": "国务委员表示", "ZAF": "南非外长表示"},
}


@pytest.mark.parametrize("source", sorted(STATEMENTS))
def test_example_statements_are_credited_to_their_speaker(exported, source):
    docs, events = exported
    [event] = events[source]
    side = {p["actor_id"]: p["affiliation"] for p in event["participants"]}
    body = docs[source]["body"]
    said = {}
    for st in event["statements"]:
        if st["speaker"] in side:
            said.setdefault(side[st["speaker"]], body[st["start"]:st["end"]])
    for speaker, opening in STATEMENTS[source].items():
        assert said.get(speaker, "").startswith(opening), (speaker, said)
