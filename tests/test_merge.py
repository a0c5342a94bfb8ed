"""The merge stage (issue 5): identities across scripts, near-duplicate documents, one event across reports."""

from __future__ import annotations

import pytest
import xxhash

from diplograph.cli import main as cli
from diplograph.export import export
from diplograph.extract.names import fold
from diplograph.merge.events import cluster, merged_row
from diplograph.merge.neardup import K, copy_groups, near_duplicates, sketch
from diplograph.resolve.identity import PeopleIndex, names_agree
from diplograph.services import merge
from tests.conftest import read_jsonl

XINHUA = """习近平同德国总统通电话
2024-03-06 21:00 来源：新华社
新华社北京3月6日电 国家主席习近平6日晚应约同德国总统施泰因迈尔通电话。双方同意加强合作。
"""
CNA = """習近平與德國總統通電話
2024-03-07 08:10 中央社
（中央社台北7日電）中國國家主席習近平6日晚間與德國總統史坦麥爾通電話，雙方談及經貿合作。
"""
OTHER = """王毅会见法国外长
2024-03-06 18:00 来源：新华社
新华社北京3月6日电 外交部长王毅6日在北京会见法国外长塞雪。
"""


def _frame(doc: str, kind: str, day: str, *people: tuple[str, str, str]) -> dict:
    return {"frame_id": f"{doc}-{kind}-{day}", "doc_id": doc, "type": kind, "status": "held", "date": day,
            "date_from": "text", "source": doc, "spans": {}, "evidence": "", "topics": [],
            "participants": [{"name": {"zh-Hans": n}, "affiliation": a, "office": o, "title": "", "kind": "person",
                              "initiator": False, "spans": {}} for n, a, o in people]}


def test_names_fold_across_scripts_and_transliterations():
    assert fold("習近平") == fold("习近平") and fold("Viktor  Orbán") == "viktororban"
    assert names_agree(fold("瓦德福"), fold("瓦德富爾"), "DEU") and names_agree("特朗普", "川普", "USA")
    assert names_agree("biden", "拜登", "USA")  # different scripts: nothing to compare
    assert not names_agree("李强", "李希", "CHN")  # native Han names must match


@pytest.mark.parametrize(("x", "y", "side", "same"), [
    ("奥蒂诺", "歐提諾", "KEN", True),  # Beijing's and Taipei's characters for the same sounds
    ("布林肯", "布林根", "USA", True),
    ("施密特", "史密德", "DEU", True),  # one character shared, the others read alike
    ("奥蒂诺", "穆萨尼", "KEN", False),  # another name
    ("奥蒂诺", "欧提诺斯", "KEN", False),  # another length: not read syllable by syllable
    ("蒂诺", "提諾", "KEN", True),  # two characters: one in common is half
    ("张晓明", "章小鸣", "CHN", False),  # a native Han name is written one way
])
def test_han_transliterations_that_read_alike_name_one_person(x, y, side, same):
    assert names_agree(fold(x), fold(y), side) is same


def test_people_resolve_by_name_or_by_office_on_the_day():
    people = PeopleIndex([
        ["Xi Jinping", "CHN", "head_of_state", "2013-03-14", "", "习近平", "習近平", "Q1"],
        ["Li Keqiang", "CHN", "head_of_government", "2013-03-15", "2023-03-11", "李克强", "", "Q2"],
        ["Li Qiang", "CHN", "head_of_government", "2023-03-11", "", "", "", "Q3"],
    ])
    assert people.resolve(["習近平"], "CHN", "head_of_state", "2024-01-01") == ("Q1", "by_name")
    assert people.resolve(["李强"], "CHN", "head_of_government", "2024-01-01") == ("Q3", "by_office_on_date")
    assert people.resolve(["李克强"], "CHN", "head_of_government", "2024-01-01") == ("Q2", "by_name")
    assert people.resolve(["王毅"], "CHN", "head_of_state", "2024-01-01") is None  # not the holder's name
    assert people.resolve([], "CHN", "head_of_government", "2024-01") is None  # no day, no office guess


def test_near_duplicates_link_copies_to_one_document():
    story = "新华社北京3月6日电 国家主席习近平6日晚应约同德国总统施泰因迈尔通电话。双方同意加强各领域合作。" * 3
    sketches = {f"copy{i}": sketch(story + ("编辑：张三" if i % 2 else "")) for i in range(6)}
    sketches["other"] = sketch("The ministers met in Geneva and talked about trade for two hours on Monday.")
    links = near_duplicates(sketches)
    assert len(links) < 15  # fewer than all pairs of six copies: each is compared with a bucket's first member
    groups = copy_groups(links)
    assert set(groups.values()) == {"copy0"} and "other" not in groups


@pytest.mark.parametrize("text", [
    "",
    "外长会见",  # shorter than a shingle: the whole text is its one shingle
    "外长会见来访",  # one character past a shingle
    "The envoys met twice in Lima and twice in Quito. " * 40,  # long, with repeated shingles
    "双方同意加强海洋合作。" * 3 + "The talks went on for two hours and ended with a joint note on fisheries.",
])
def test_sketch_is_the_smallest_halves_of_every_shingle(text):
    """The sketch, whatever the way its shingles are cut, is its definition: the K smallest of the 63-bit halves
    of the xxh3 hashes of every 5-character shingle (white space dropped), ascending."""
    flat = "".join(text.split())
    shingles = {flat[i:i + 5] for i in range(max(1, len(flat) - 4))} if flat else set()
    halves = sorted({xxhash.xxh3_64_intdigest(s.encode("utf-32-le")) >> 1 for s in shingles})
    assert sketch(text) == tuple(halves[:K])


def test_frames_of_one_event_cluster_and_contradictions_stay_apart():
    a = _frame("d1", "phone_call", "2024-03-06", ("习近平", "CHN", "head_of_state"), ("施泰因迈尔", "DEU", "head_of_state"))
    b = _frame("d2", "phone_call", "2024-03-07", ("習近平", "CHN", "head_of_state"), ("施泰因麦尔", "DEU", "head_of_state"))
    c = _frame("d3", "phone_call", "2024-03-06", ("习近平", "CHN", "head_of_state"), ("朔尔茨", "DEU", "head_of_government"))
    d = _frame("d4", "meeting", "2024-03-06", ("习近平", "CHN", "head_of_state"), ("施泰因迈尔", "DEU", "head_of_state"))
    e = _frame("d1", "phone_call", "2024-03-06", ("习近平", "CHN", "head_of_state"), ("施泰因迈尔", "DEU", "head_of_state"))
    e["frame_id"] += "-second"
    ids = cluster([a, b, c, d, e], {})
    assert ids[a["frame_id"]] == ids[b["frame_id"]]  # a day apart, another script and transliteration
    assert len({ids[a["frame_id"]], ids[c["frame_id"]], ids[d["frame_id"]], ids[e["frame_id"]]}) == 4
    row = merged_row([a, b], ids[a["frame_id"]])
    assert [r["doc_id"] for r in row["reports"]] == ["d1", "d2"]
    assert {p["affiliation"] for p in row["participants"]} == {"CHN", "DEU"}


def test_reports_in_two_scripts_export_as_one_event(ingest_files, db, settings, tmp_path):
    ingest_files({"xinhua.txt": XINHUA, "cna.txt": CNA, "other.txt": OTHER})
    summary = merge(db, settings)
    assert summary.frames == 3 and summary.events == 2
    export(db, tmp_path / "out")
    events = read_jsonl(tmp_path / "out" / "events.jsonl")
    [call] = [e for e in events if e["type"] == "phone_call"]
    assert sorted(s["source"].rsplit("/", 1)[-1] for s in call["sources"]) == ["cna.txt", "xinhua.txt"]
    xi = next(p for p in call["participants"] if p["affiliation"] == "CHN")
    assert xi["name"] == {"zh-Hans": "习近平", "zh-Hant": "習近平"}
    assert xi["wikidata"] and xi["actor_id"] == xi["wikidata"]
    assert any(p["initiator"] for p in call["participants"] if p["affiliation"] == "DEU")  # 应约: one report says so
    again = merge(db, settings)  # idempotent
    assert (again.events, again.resolved) == (summary.events, summary.resolved)


def test_actors_command_lists_names_per_script(ingest_files, db, settings, capsys):
    ingest_files({"xinhua.txt": XINHUA, "cna.txt": CNA})
    merge(db, settings)
    assert cli(["actors", "--db", db.path]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "习近平" in ln)
    assert "習近平" in line and "(zh-Hant)" in line and "Q" in line
    assert "with a Wikidata id" in out


def test_initiator_comes_from_reports_that_tell_the_event_first():
    def report(doc: str, where: str, start: int, asked: bool) -> dict:
        f = _frame(doc, "meeting", "2024-03-06", ("习近平", "CHN", "head_of_state"), ("岸田文雄", "JPN", "head_of_government"))
        f["spans"] = {"sentence": {"field": where, "start": start, "end": start + 30}}
        f["participants"][1]["initiator"] = asked
        return f

    side_remark = report("d3", "body", 240, True)  # 据报道，习近平昨天应约会见…: deep in a story about something else
    row = merged_row([report("d1", "title", 0, False), report("d2", "body", 0, False), side_remark], "e")
    assert not any(p["initiator"] for p in row["participants"])
    row = merged_row([report("d1", "title", 0, True), report("d2", "body", 0, False), side_remark], "e")
    assert [p["affiliation"] for p in row["participants"] if p["initiator"]] == ["JPN"]


def test_a_report_naming_one_more_side_joins_and_the_minority_side_stays_out():
    xi, steinmeier = ("习近平", "CHN", "head_of_state"), ("施泰因迈尔", "DEU", "head_of_state")
    a = _frame("d1", "phone_call", "2024-03-06", xi, steinmeier)
    b = _frame("d2", "phone_call", "2024-03-06", xi, steinmeier)
    c = _frame("d3", "phone_call", "2024-03-06", xi, steinmeier, ("马克龙", "FRA", "head_of_state"))
    ids = cluster([a, b, c], {})
    assert len(set(ids.values())) == 1
    row = merged_row([a, b, c], ids[a["frame_id"]])
    assert {p["affiliation"] for p in row["participants"]} == {"CHN", "DEU"}
