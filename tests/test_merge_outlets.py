"""One event per interaction across outlets and scripts (issue 18 item 7, issue 17): sets of reports of one
interaction as different outlets print it (a Beijing readout in Simplified characters, a Taipei or Hong Kong paper
in Traditional characters with its own transliterations, an English wire, a ministry's readout naming titles or
states only, a next-day report, the other side's readout), in mixed formats, ingested through the real pipeline
into SQLite and exported; and sets that must stay apart. The interactions, outlets and invented people are made up
for these tests; real leaders appear where the gazetteer's names in several scripts are the point."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from diplograph.export import export
from diplograph.services import merge
from tests.conftest import read_jsonl

pytestmark = [pytest.mark.issue(17), pytest.mark.issue(18)]

# Xi Jinping phones Emmanuel Macron on Tuesday 13 May 2025 (an invented call): five outlets, five formats
XI_MACRON = {
    "xinhua.txt": """首页 | 时政 | 国际 | 财经 | 评论
习近平同法国总统马克龙通电话

2025-05-13 21:40     来源：新华网

  新华社北京5月13日电 国家主席习近平13日晚同法国总统马克龙通电话。

  习近平指出，中法双方应加强战略沟通。马克龙表示，法方愿深化在航空、农业等领域合作。

责任编辑：王芳
""",
    "taipei.html": """<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>習近平與馬克宏通話 談中歐關係 | 示例時報</title>
<meta property="article:published_time" content="2025-05-14T08:10:00+08:00"></head><body>
<nav><a href="/">首頁</a> <a href="/world">國際</a></nav>
<article><h1>習近平與馬克宏通話 談中歐關係</h1>
<p>（示例社台北14日電）中國國家主席習近平昨天晚間與法國總統馬克宏通電話，雙方就中歐關係交換意見。</p>
<p>馬克宏說，法方願深化與中方在航空與農業領域的合作。</p></article>
<footer>版權所有 示例時報</footer></body></html>
""",
    "wire.md": """---
title: "Xi tells Macron China and France should deepen strategic communication"
date: 2025-05-13T15:02:00Z
---

BEIJING, May 13 (Example Wire) - Chinese President Xi Jinping told French President Emmanuel Macron in a phone call on Tuesday that the two countries should strengthen strategic communication.

Mr. Macron said France was ready to deepen cooperation in aviation. The two leaders agreed to stay in contact.
""",
    "paris.csv": """title,published,body,url
President Macron's call with President Xi Jinping,2025-05-14T10:00:00+02:00,"PARIS, May 14 -- President Emmanuel Macron spoke by telephone yesterday evening with President Xi Jinping of China. The two presidents discussed trade and climate cooperation.",https://example.org/paris/call
""",
    "brief.json": json.dumps([{
        "title": "China and France hold phone talks on trade", "date": "2025-05-14T06:30:00Z",
        "content": "China and France held phone talks on Tuesday on trade and climate, the two governments said.",
        "url": "https://example.org/brief/cn-fr"}]),
}

# two invented foreign ministers meet in Nairobi on Tuesday 10 June 2025: a Simplified and a Traditional
# transliteration that share one character (奥蒂诺 / 歐提諾), readouts naming the two titles only
NAIROBI = {
    "xinhua.txt": """肯尼亚外长同印尼外长举行会谈
2025-06-10 22:15     来源：新华网
  新华社内罗毕6月10日电 肯尼亚外交部长奥蒂诺10日在内罗毕同来访的印度尼西亚外交部长苏班迪举行会谈。
  奥蒂诺表示，肯方愿同印尼加强农业和渔业合作。
""",
    "taipei.md": """---
title: 肯亞與印尼外長會談 聚焦漁業合作
date: 2025-06-11 09:20:00 +08:00
---

（示例社台北11日綜合外電報導）肯亞外交部長歐提諾昨天在奈洛比與到訪的印尼外交部長蘇班迪舉行會談，雙方同意加強漁業合作。
""",
    "wire.html": """<html><head><title>Kenya, Indonesia foreign ministers discuss fisheries | Example Wire</title>
<meta name="date" content="2025-06-10T16:40:00Z"></head><body><article>
<h1>Kenya, Indonesia foreign ministers discuss fisheries</h1>
<p>NAIROBI, June 10 (Example Wire) - Kenyan Foreign Minister Amina Otieno held talks with her Indonesian counterpart Dewi Subandi in Nairobi on Tuesday, focusing on fisheries.</p>
<p>Ms. Otieno said Kenya wanted more Indonesian investment.</p></article></body></html>
""",
    "ministry.txt": """Foreign Ministers of Kenya and Indonesia hold bilateral talks
2025-06-10 19:00 Source: Ministry of Foreign Affairs
The Foreign Ministers of Kenya and Indonesia held bilateral talks in Nairobi on 10 June 2025. The two ministers reviewed cooperation in fisheries and agriculture.
""",
    "titles.txt": """肯尼亚和印尼两国外长举行会谈
2025-06-11 10:00     来源：示例网
  肯尼亚和印度尼西亚两国外长当地时间10日在内罗毕举行会谈，就渔业和农业合作交换意见。
""",
    "nextday.jsonl": json.dumps({
        "title": "Kenya seeks Indonesian investment after ministers meet", "published": "2025-06-11T07:00:00Z",
        "body": "Kenya's foreign minister Amina Otieno met Indonesian Foreign Minister Dewi Subandi on Tuesday and "
                "asked for more Indonesian investment, officials said on Wednesday.",
        "url": "https://example.org/ke-id"}) + "\n",
}

# Donald Trump phones Vladimir Putin on Monday 8 September 2025 (an invented call): 特朗普 / 川普, 普京 / 普丁 / 蒲亭,
# 当地时间 and 北京时间, the Kremlin's readout with no day but its publication
TRUMP_PUTIN = {
    "xinhua.txt": """特朗普与普京通电话
2025-09-09 08:30     来源：新华网
  新华社华盛顿9月8日电 美国总统特朗普8日同俄罗斯总统普京通电话，双方讨论了乌克兰问题。
""",
    "hongkong.html": """<html lang="zh-HK"><head><meta charset="utf-8"><title>特朗普與普京通電話 - 示例日報</title>
<meta property="article:published_time" content="2025-09-09T07:45:00+08:00"></head><body>
<h1>特朗普與普京通電話 討論烏克蘭局勢</h1>
<p>美國總統特朗普當地時間8日與俄羅斯總統普京通電話，討論烏克蘭局勢。</p></body></html>
""",
    "taipei.txt": """川普與普丁通話2小時 聚焦烏克蘭停火
2025-09-09 06:10 示例社
（示例社華盛頓8日綜合外電報導）美國總統川普今天與俄羅斯總統普丁通電話，討論烏克蘭停火。
""",
    "weekly.txt": """蒲亭與特朗普通話
2025-09-09 09:00 示例週報
俄羅斯總統蒲亭北京時間9日凌晨與美國總統特朗普通電話，雙方就烏克蘭問題交換意見。
""",
    "kremlin.md": """---
title: Telephone conversation with US President Donald Trump
date: 2025-09-08
---

Vladimir Putin had a telephone conversation with President of the United States of America Donald Trump.
""",
    "wire.txt": """Trump, Putin discuss Ukraine in two-hour call
2025-09-08 22:30 Source: Example Wire
WASHINGTON, Sept 8 (Example Wire) - U.S. President Donald Trump spoke by phone with Russian President Vladimir Putin on Monday, the White House said.
""",
}

# Wang Yi and Marco Rubio speak on Thursday 3 July 2025 (an invented call): 卢比奥 in Beijing, 盧比歐 in Taipei,
# 魯比奧 in Hong Kong share one character two by two, and read alike
WANG_RUBIO = {
    "xinhua.txt": """王毅同美国国务卿卢比奥通电话
2025-07-03 20:00     来源：新华网
  新华社北京7月3日电 7月3日，外交部长王毅应约同美国国务卿卢比奥通电话。
""",
    "taipei.txt": """盧比歐與王毅通話 討論貿易
2025-07-04 07:30 示例報
（示例社華盛頓3日綜合外電報導）美國國務卿盧比歐3日與中國外交部長王毅通電話，討論雙邊貿易。
""",
    "hongkong.txt": """魯比奧與王毅通電話
2025-07-04 09:00 示例日報
美國國務卿魯比奧昨日與中國外長王毅通電話，雙方同意保持溝通。
""",
}

# invented presidents: a call on Monday and a meeting on Friday of the same week
CALL_THEN_MEETING = {
    "call.txt": """Chilean, Peruvian presidents speak by phone
2025-09-08 20:00 Source: Example Wire
LIMA, Sept 8 (Example Wire) - Chilean President Andrea Solis spoke by phone with Peruvian President Jorge Quispe on Monday about border trade.
""",
    "call_zh.txt": """智利总统与秘鲁总统通电话
2025-09-09 09:00     来源：新华网
  新华社利马9月8日电 智利总统索利斯8日同秘鲁总统基斯佩通电话，双方讨论边境贸易。
""",
    "meeting.txt": """Chilean, Peruvian presidents meet in Lima
2025-09-12 20:00 Source: Example Wire
LIMA, Sept 12 (Example Wire) - Chilean President Andrea Solis met Peruvian President Jorge Quispe in Lima on Friday and signed a border trade agreement.
""",
    "meeting_zh.txt": """智利总统与秘鲁总统会晤
2025-09-13 09:00     来源：新华网
  新华社利马9月12日电 智利总统索利斯12日在利马同秘鲁总统基斯佩会晤，双方签署边境贸易协定。
""",
}

# an invented state visit announced, then begun (one visit), the talks during it, and a second visit months later
VISITS = {
    "plan.txt": """Vietnamese president to visit Hungary next week
2025-04-08 12:00 Source: Example Wire
HANOI, April 8 (Example Wire) - Vietnamese President Tran Van Long will pay a state visit to Hungary from April 15 at the invitation of Hungarian President Laszlo Horvath, the foreign ministry said on Tuesday.
""",
    "plan_zh.txt": """越南国家主席将访问匈牙利
2025-04-08 18:00     来源：新华网
  新华社河内4月8日电 越南外交部8日宣布，越南国家主席陈文龙将于4月15日至17日对匈牙利进行国事访问。
""",
    "arrive.txt": """Vietnamese president arrives in Hungary for state visit
2025-04-15 10:00 Source: Example Wire
BUDAPEST, April 15 (Example Wire) - Vietnamese President Tran Van Long arrived in Budapest on Tuesday for a state visit to Hungary at the invitation of Hungarian President Laszlo Horvath.
""",
    "arrive_zh.txt": """越南国家主席抵达布达佩斯开始对匈牙利国事访问
2025-04-15 23:00     来源：新华网
  新华社布达佩斯4月15日电 应匈牙利总统霍瓦特邀请，越南国家主席陈文龙15日抵达布达佩斯，开始对匈牙利进行国事访问。
""",
    "talks.txt": """Vietnamese president holds talks in Budapest
2025-04-15 19:00 Source: Example Wire
BUDAPEST, April 15 (Example Wire) - Vietnamese President Tran Van Long held talks with Hungarian President Laszlo Horvath in Budapest on Tuesday during a state visit.
""",
    "later.txt": """Vietnamese president returns to Hungary
2025-11-20 19:00 Source: Example Wire
BUDAPEST, Nov 20 (Example Wire) - Vietnamese President Tran Van Long began a second state visit to Hungary on Thursday at the invitation of Hungarian President Laszlo Horvath.
""",
}

# invented ministers of the same two states meet their counterparts the same day: foreign and defence; a report
# naming only the states fits both and joins neither
PORTFOLIOS = {
    "fm.txt": """Polish, Czech foreign ministers meet in Warsaw
2025-03-04 19:00 Source: Example Wire
WARSAW, March 4 (Example Wire) - Polish Foreign Minister Adam Nowicki met Czech Foreign Minister Petr Dvorak in Warsaw on Tuesday to discuss energy security.
""",
    "dm.txt": """Polish, Czech defence ministers meet in Warsaw
2025-03-04 20:00 Source: Example Wire
WARSAW, March 4 (Example Wire) - Polish Defence Minister Marek Zielinski met Czech Defence Minister Jana Kralova in Warsaw on Tuesday to discuss air defence.
""",
    "fm_zh.txt": """波兰外长与捷克外长会谈
2025-03-05 08:00     来源：新华网
  新华社华沙3月4日电 波兰外交部长诺维茨基4日在华沙与捷克外交部长德沃夏克举行会谈。
""",
    "dm_zh.txt": """波兰国防部长与捷克国防部长会谈
2025-03-05 08:10     来源：新华网
  新华社华沙3月4日电 波兰国防部长齐林斯基4日在华沙与捷克国防部长克拉洛娃举行会谈。
""",
    "states.txt": """Poland and Czech Republic hold talks
2025-03-04 21:00 Source: Example Brief
Poland and the Czech Republic held talks in Warsaw on Tuesday on energy and defence.
""",
}


def _exported(db, settings, tmp_path: Path, ingest_files, files: dict[str, str]) -> list[dict[str, Any]]:
    """Ingest the files into one SQLite file, merge and export it, and return the events, each with `files`: its
    sources as file names, sorted by date."""
    _, docs = ingest_files(files)
    merge(db, settings)
    names = {row["doc_id"]: name.split("#")[0] for name, row in docs.items()}  # a record of a file: `name#1`
    export(db, tmp_path / "out")
    events = read_jsonl(tmp_path / "out" / "events.jsonl")
    for e in events:
        e["files"] = sorted(names[s["doc_id"]] for s in e["sources"])
    return sorted(events, key=lambda e: (e["date"] or "", e["files"]))


def _names(event: dict[str, Any], side: str) -> set[str]:
    return {n for p in event["participants"] if p["affiliation"] == side for n in p["name"].values()}


def test_a_call_told_by_five_outlets_in_five_formats_is_one_event(db, settings, tmp_path, ingest_files):
    """People in three scripts, the sides as states only, and a readout dated `yesterday evening` under a dateline
    that names no agency (`PARIS, May 14 --`): one call on the 13th, every source kept."""
    [call] = _exported(db, settings, tmp_path, ingest_files, XI_MACRON)
    assert call["files"] == sorted(XI_MACRON) and (call["type"], call["date"]) == ("phone_call", "2025-05-13")
    assert {"习近平", "習近平", "Xi Jinping"} <= _names(call, "CHN")
    assert {"马克龙", "馬克宏", "Emmanuel Macron"} <= _names(call, "FRA")


def test_talks_told_with_two_transliterations_and_titles_only_are_one_event(db, settings, tmp_path, ingest_files):
    """奥蒂诺 and 歐提諾 read alike; a Taipei dateline `綜合外電報導` is no day of the talks (`昨天` is); the
    ministry's `Foreign Ministers of A and B` in capitals and `两国外长` name the same two offices."""
    [talks] = _exported(db, settings, tmp_path, ingest_files, NAIROBI)
    assert talks["files"] == sorted(NAIROBI) and talks["date"] == "2025-06-10"
    assert {"奥蒂诺", "歐提諾", "Amina Otieno"} <= _names(talks, "KEN")
    assert {"苏班迪", "蘇班迪", "Dewi Subandi"} <= _names(talks, "IDN")


def test_a_call_told_in_local_and_beijing_time_with_three_forms_of_each_name_is_one_event(db, settings, tmp_path,
                                                                                        ingest_files):
    [call] = _exported(db, settings, tmp_path, ingest_files, TRUMP_PUTIN)
    assert call["files"] == sorted(TRUMP_PUTIN) and call["date"] == "2025-09-08"
    assert [p.get("wikidata") for p in call["participants"]] == ["Q22686", "Q7747"]


def test_a_name_three_outlets_write_with_other_characters_is_one_person(db, settings, tmp_path, ingest_files):
    [call] = _exported(db, settings, tmp_path, ingest_files, WANG_RUBIO)
    assert call["files"] == sorted(WANG_RUBIO) and call["date"] == "2025-07-03"
    [rubio] = [p for p in call["participants"] if p["affiliation"] == "USA"]
    assert rubio["office"] == "foreign_minister" and {"卢比奥"} <= set(rubio["name"].values())


@pytest.mark.parametrize(("files", "expected"), [
    # a call on Monday and a meeting on Friday: two events, each in both languages
    (CALL_THEN_MEETING, [("phone_call", "2025-09-08", ["call.txt", "call_zh.txt"]),
                         ("meeting", "2025-09-12", ["meeting.txt", "meeting_zh.txt"])]),
    # a visit announced and then begun is one visit, held; the talks during it are their own event; a second
    # visit months later is another
    (VISITS, [("visit", "2025-04-15", ["arrive.txt", "arrive_zh.txt", "plan.txt", "plan_zh.txt"]),
              ("talks", "2025-04-15", ["talks.txt"]),
              ("visit", "2025-11-20", ["later.txt"])]),
    # the foreign and the defence ministers of the same two states the same day; the states alone fit both
    (PORTFOLIOS, [("meeting", "2025-03-04", ["dm.txt", "dm_zh.txt"]), ("meeting", "2025-03-04", ["fm.txt", "fm_zh.txt"]),
                  ("talks", "2025-03-04", ["states.txt"])]),
])
def test_interactions_of_the_same_sides_stay_apart(db, settings, tmp_path, ingest_files, files, expected):
    events = _exported(db, settings, tmp_path, ingest_files, files)
    assert [(e["type"], e["date"], e["files"]) for e in events] == expected
    visits = [e for e in events if e["type"] == "visit"]
    assert all(e["status"] == "held" for e in visits)
