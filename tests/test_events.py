"""Event frames end to end: files written to disk, ingested into a real SQLite file, read back."""

from __future__ import annotations

from diplograph.export.table import event_rows, format_table

ZH_CALL = """习近平同芬兰总统通电话
2023年05月06日 21:30 来源：新华社
新华社北京5月6日电 国家主席习近平6日晚应约同芬兰总统尼尼斯托通电话。
习近平指出，中芬两国友好交往历史悠久。
"""
ZH_MESSAGE = """新华社北京7月2日电 国家主席习近平2日致电卢森堡大公亨利，祝贺卢森堡国庆日。
"""
ZH_SEPARATE = """新华社北京3月4日电 全国人大常委会委员长赵乐际4日在人民大会堂分别会见智利众议长卡斯特罗、秘鲁国会主席拉米雷斯。
"""
ZH_PLANNED = """挪威首相将访华
2023年09月01日 16:02 来源：新华社
新华社北京9月1日电 外交部发言人宣布：应国务院总理李强邀请，挪威首相斯特勒将于9月8日至10日对中国进行正式访问。
"""
ZH_RECALL = """新华社北京9月1日电 外交部发言人表示，此前国家主席习近平曾同法国总统马克龙举行会谈。
"""
ZH_SAME_SIDE = """新华社北京9月1日电 国家主席习近平1日会见国务院总理李强。
"""
EN_READOUT = """---
source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2023/03/14/readout/
published_time: 2023-03-14 18:02:00-04:00
title: Readout of the Vice President's Call with Prime Minister Halvorsen of Norway
---

Vice President Kamala Harris spoke today with Prime Minister Kari Halvorsen of Norway at the request of the
Prime Minister. The leaders discussed energy security and support for Ukraine, and agreed to stay in close touch.
"""


def _events(db, name):
    return [e for e in db.iter_events() if e["source"].endswith(name)]


def _parties(event):
    return {p["affiliation"]: p for p in event["participants"]}


def test_phone_call_with_other_side_asking(ingest_files, db):
    ingest_files({"call.txt": ZH_CALL})
    [e] = _events(db, "call.txt")
    assert (e["type"], e["status"], e["date"], e["date_from"]) == ("phone_call", "held", "2023-05-06", "text")
    parties = _parties(e)
    assert set(parties) == {"CHN", "FIN"}
    assert parties["FIN"]["name"] == {"zh-Hans": "尼尼斯托"} and parties["FIN"]["initiator"]
    assert not parties["CHN"]["initiator"] and parties["CHN"]["office"] == "head_of_state"
    assert e["codes"] == {"cameo": "041", "plover": "CONSULT", "plover_mode": "phone"}


def test_every_field_points_back_to_its_text(ingest_files, db):
    _, docs = ingest_files({"call.txt": ZH_CALL})
    body, title = docs["call.txt"]["body"], docs["call.txt"]["title"] or ""
    [e] = _events(db, "call.txt")
    texts = {"body": body, "title": title}
    for p in e["participants"]:
        name = p["spans"]["name"]
        assert texts[name["field"]][name["start"]:name["end"]] == p["name"]["zh-Hans"]
        tspan = p["spans"]["title"]
        assert texts[tspan["field"]][tspan["start"]:tspan["end"]] == p["title"]
    trig = e["spans"]["trigger"]
    assert texts[trig["field"]][trig["start"]:trig["end"]] == "通电话"


def test_message_sender_initiates(ingest_files, db):
    ingest_files({"msg.txt": ZH_MESSAGE})
    [e] = _events(db, "msg.txt")
    assert e["type"] == "message"
    parties = _parties(e)
    assert parties["CHN"]["initiator"] and not parties["LUX"]["initiator"]


def test_separate_meetings_are_separate_events(ingest_files, db):
    ingest_files({"sep.txt": ZH_SEPARATE})
    events = _events(db, "sep.txt")
    assert sorted(tuple(sorted(_parties(e))) for e in events) == [("CHL", "CHN"), ("CHN", "PER")]
    assert all(e["type"] == "meeting" for e in events)


def test_announced_visit_is_planned_with_inviter(ingest_files, db):
    ingest_files({"plan.txt": ZH_PLANNED})
    [e] = _events(db, "plan.txt")
    assert (e["type"], e["status"], e["date"]) == ("visit", "planned", "2023-09-08")
    assert _parties(e)["CHN"]["initiator"] and e["codes"]["cameo"] == "036"


def test_recalled_and_same_side_interactions_are_not_events(ingest_files, db):
    ingest_files({"recall.txt": ZH_RECALL, "same.txt": ZH_SAME_SIDE})
    assert _events(db, "recall.txt") == [] and _events(db, "same.txt") == []


def test_english_readout(ingest_files, db):
    ingest_files({"readout.md": EN_READOUT})
    [e] = _events(db, "readout.md")
    assert (e["type"], e["date"]) == ("phone_call", "2023-03-14")
    parties = _parties(e)
    assert parties["USA"]["office"] == "deputy_head_of_state" and parties["NOR"]["office"] == "head_of_government"
    assert parties["NOR"]["name"]["en"] == "Kari Halvorsen" and parties["NOR"]["initiator"]


def test_events_table_lists_parties_and_initiator(ingest_files, db):
    ingest_files({"call.txt": ZH_CALL})
    table = format_table(event_rows(db.iter_events()))
    assert "phone_call" in table and "尼尼斯托 [FIN]" in table and "2023-05-06" in table
