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


ZH_BARE = """赵乐际同冰岛议长举行会谈
2023年05月06日 21:30 来源：新华社
新华社北京5月6日电 欢迎仪式后，赵乐际同比尔吉尔举行会谈。双方就深化合作交换意见。
"""
ZH_TITLE_NOUN = """新华社北京5月6日电 国家主席习近平6日出席亚太经合组织领导人非正式会议并会见智利总统博里奇。
"""
ZH_INVITE_AND_DURING = """新华社北京5月6日电 外交部长王毅6日应约同法国外长科隆纳通电话。王毅在通话中邀请法国总理博尔内访问中国。
"""
EN_POSSESSIVE = """---
source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2023/03/14/readout/
published_time: 2023-03-14 18:02:00-04:00
title: Readout of President Biden's Meeting with Prime Minister Halvorsen of Norway
---

President Joseph R. Biden, Jr. met today with Prime Minister Kari Halvorsen of Norway. The President extended an
invitation for the Prime Minister to meet with him again in Washington.
"""


def test_untitled_names_around_a_trigger_are_the_parties(ingest_files, db):
    ingest_files({"bare.txt": ZH_BARE})
    [e] = _events(db, "bare.txt")
    parties = _parties(e)
    assert set(parties) == {"CHN", "ISL"}
    assert parties["ISL"]["name"]["zh-Hans"] == "比尔吉尔"  # the headline's title finds its holder in the lead
    assert parties["CHN"]["name"]["zh-Hans"] == "赵乐际"
    assert parties["CHN"]["office"] == parties["ISL"]["office"]  # talks pair counterparts


def test_a_title_that_qualifies_a_meeting_names_nobody(ingest_files, db):
    ingest_files({"noun.txt": ZH_TITLE_NOUN})
    [e] = _events(db, "noun.txt")
    names = {n for p in e["participants"] for n in p["name"].values()}
    assert names == {"习近平", "博里奇"}


def test_an_invitation_during_a_call_is_not_another_event(ingest_files, db):
    ingest_files({"invite.txt": ZH_INVITE_AND_DURING})
    [e] = _events(db, "invite.txt")
    assert e["type"] == "phone_call" and set(_parties(e)) == {"CHN", "FRA"}


def test_headline_and_lead_with_other_name_forms_are_one_meeting(ingest_files, db):
    ingest_files({"readout.md": EN_POSSESSIVE})
    [e] = _events(db, "readout.md")
    assert set(_parties(e)) == {"USA", "NOR"}
    assert "Meeting" not in " ".join(n for p in e["participants"] for n in p["name"].values())


ZH_TWO_TITLES = """外长同法国外长通电话
新华社北京5月6日电 5月6日，外长应约同法国外长通电话。双方表示愿加强合作。
"""
ZH_NO_YEAR = """国务院总理同新加坡总理举行会谈
9月12日 20:15
新华社北京电 国务院总理同新加坡总理举行会谈，双方同意深化合作。
"""


def test_a_bare_title_beside_another_sides_holder_is_a_second_person(ingest_files, db):
    ingest_files({"two.txt": ZH_TWO_TITLES})
    [e] = _events(db, "two.txt")
    parties = _parties(e)
    assert set(parties) == {"CHN", "FRA"} and parties["FRA"]["initiator"]
    assert parties["CHN"]["name"] == {"zh-Hans": "外长"}


def test_a_publication_time_without_year_gives_no_date(ingest_files, db):
    ingest_files({"noyear.txt": ZH_NO_YEAR})
    [e] = _events(db, "noyear.txt")
    assert e["date"] is None and e["date_from"] == "published"


def test_what_can_be_a_name_after_a_title():
    from diplograph.extract.gazetteer import load_gazetteer
    from diplograph.extract.names import plausible_name

    gaz = load_gazetteer()
    for name, aff in (("特朗普", "USA"), ("图伊马莱阿利法诺", "WSM"), ("李强", "CHN"), ("高市早苗", "JPN")):
        assert plausible_name(name, aff, gaz), name
    for name, aff in (("非正式会议", "CHN"), ("战略引领下", "EGY"), ("亲切问候", "UGA"), ("执意", "JPN")):
        assert not plausible_name(name, aff, gaz), name


EN_SPOKESPERSON = """---
title: Statement by Press Secretary Jen Psaki on the Visit of President Halvorsen of Norway
published_time: 2023-06-01 10:00:00-04:00
source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2023/06/01/statement/
---

President Joe Biden will welcome President Kari Halvorsen of Norway to the White House on June 12.
"""


def test_a_spokesperson_tells_of_an_event_and_is_no_party(ingest_files, db):
    ingest_files({"statement.md": EN_SPOKESPERSON})
    events = _events(db, "statement.md")
    assert events
    names = {n for e in events for p in e["participants"] for n in p["name"].values()}
    assert "Jen Psaki" not in names and {"USA", "NOR"} <= {p["affiliation"] for p in events[0]["participants"]}


ZH_SPOKEN_OF = """李强同尼泊尔总理举行会谈
2024-12-03 20:00 来源：新华社
新华社北京12月3日电 国务院总理李强3日同尼泊尔总理奥利举行会谈。
李强表示，中尼是传统友邻。习近平主席同总理先生举行会晤，为两国关系作出新的规划。
"""


def test_a_meeting_someone_speaks_of_is_not_news(ingest_files, db):
    ingest_files({"spoken.txt": ZH_SPOKEN_OF})
    [e] = _events(db, "spoken.txt")
    assert e["type"] == "talks" and {n for p in e["participants"] for n in p["name"].values()} >= {"李强", "奥利"}


def test_an_interaction_as_the_time_of_something_else_is_background(ingest_files, db):
    ingest_files({"before.txt": """习近平李在明会谈前 北韩称无核化是白日梦
2025-11-01 10:00 来源：中央社
（中央社台北1日电）北韩外务省今天发表谈话，批评南韩政府。
""", "former.txt": """习近平会见美国前总统卡特
2019-01-10 20:00 来源：新华社
新华社北京1月10日电 国家主席习近平10日在人民大会堂会见美国前总统卡特。
"""})
    assert _events(db, "before.txt") == []
    [e] = _events(db, "former.txt")  # 前总统 is a former president, not "before"
    assert {p["affiliation"] for p in e["participants"]} == {"CHN", "USA"}


def test_a_headline_setting_is_not_a_side_when_the_lead_names_who_met(ingest_files, db):
    ingest_files({"visit.txt": """习近平抵达阿斯塔纳出席上海合作组织峰会并对哈萨克斯坦进行国事访问
2024-07-02 20:00 来源：新华社
新华社阿斯塔纳7月2日电 国家主席习近平2日乘专机抵达阿斯塔纳，应哈萨克斯坦总统托卡耶夫邀请，对哈萨克斯坦进行国事访问。
"""})
    [e] = _events(db, "visit.txt")
    assert e["type"] == "visit" and {p["affiliation"] for p in e["participants"]} == {"CHN", "KAZ"}


def test_officials_after_x_lv_are_x_s_people(ingest_files, db):
    ingest_files({"welcome.txt": """习近平抵达阿斯塔纳对哈萨克斯坦进行国事访问
2024-07-02 20:00 来源：新华社
新华社阿斯塔纳7月2日电 国家主席习近平2日抵达阿斯塔纳，应哈萨克斯坦总统托卡耶夫邀请，对哈萨克斯坦进行国事访问。
专机抵达机场时，哈萨克斯坦总统托卡耶夫率政府第一副总理斯克利亚尔、总统外事顾问卡济汉等高级官员热情迎接。
"""})
    events = _events(db, "welcome.txt")
    assert len(events) == 1  # the welcome is not a second interaction between Kazakh officials and a guessed side
    names = {n: p["affiliation"] for e in events for p in e["participants"] for n in p["name"].values()}
    assert names.get("托卡耶夫") == "KAZ" and "总统" not in names


def test_a_deputy_minister_belongs_to_the_named_country_and_holds_no_ministers_office(ingest_files, db):
    ingest_files({"deputy.html": """<html><head><title>官员会见美农产代表团</title></head><body>
<p>（中央社台北5日电）中国商务部副部长李成钢昨天在北京会见美国大豆等农产品贸易代表团时说，双方应加强合作。</p>
<p>中央社 2025/11/05</p></body></html>"""})
    events = _events(db, "deputy.html")
    assert len(events) == 1  # the headline's 美农产代表团 and the lead's longer name are one delegation
    chn = [p for e in events for p in e["participants"] if "李成钢" in p["name"].values()]
    assert chn and all(p["affiliation"] == "CHN" and p["office"] == "other" for p in chn)
    assert all("会见" not in n for e in events for p in e["participants"] for n in p["name"].values())


def test_a_japanese_family_name_alone_is_the_person_introduced_before(ingest_files, db):
    ingest_files({"kyodo.txt": """日防卫相会晤澳新两国防长
【共同社吉隆坡11月3日电】日本防卫相小泉进次郎2日在马来西亚与新西兰国防部长柯林斯举行会谈。
在此之前，小泉还与澳大利亚副总理兼国防部长马尔斯举行会谈。双方均关切地区局势。
"""})
    partners = {p["affiliation"] for e in _events(db, "kyodo.txt") for p in e["participants"]}
    assert {"JPN", "NZL", "AUS"} <= partners


def test_english_side_with_words_before_its_title(ingest_files, db):
    ingest_files({"nsc.md": """---
title: Statement by NSC Spokesperson Emily Horne on National Security Advisor Jake Sullivan's Call with Polish National Security Bureau Chief Pawel Soloch
published_time: 2021-11-24 18:00:00-05:00
source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2021/11/24/statement/
---

National Security Advisor Jake Sullivan spoke today with Polish National Security Bureau Chief Pawel Soloch.
"""})
    [e] = _events(db, "nsc.md")
    names = {n: p["affiliation"] for p in e["participants"] for n in p["name"].values()}
    assert names.get("Pawel Soloch") == "POL" and names.get("Jake Sullivan") == "USA" and "Emily Horne" not in names


def test_calls_told_individually_with_the_office_holder_named_before(ingest_files, db):
    ingest_files({"calls.md": """---
title: Readout of Vice President Harris's Calls with European Leaders
published_time: 2022-03-01 19:00:00-05:00
source_url: https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/01/readout/
---

Vice President Kamala Harris today had two separate calls with European leaders.

The Vice President spoke individually with: Prime Minister Kaja Kallas of Estonia; and Prime Minister Krisjanis Karins of Latvia.
"""})
    events = _events(db, "calls.md")
    pairs = {frozenset(p["affiliation"] for p in e["participants"]) for e in events if e["type"] == "phone_call"}
    assert pairs == {frozenset({"USA", "EST"}), frozenset({"USA", "LVA"})}


def test_a_headline_opening_with_the_interaction_leaves_the_outlets_side_implicit(ingest_files, db):
    ingest_files({"kremlin.csv": (
        "link,headline,date,body\n"
        "http://en.kremlin.ru/events/president/news/1,Telephone conversation with President of Tajikistan Emomali Rahmon,"
        "2022-01-03T12:00:00Z,\"During the conversation, Vladimir Putin and President of the Republic of Tajikistan "
        "Emomali Rahmon exchanged warm New Year's greetings.\"\n")})
    [e] = _events(db, "kremlin.csv#1")
    names = {p["affiliation"]: p["name"] for p in e["participants"]}
    assert e["type"] == "phone_call" and set(names) == {"RUS", "TJK"}
    assert names["RUS"] == {"en": "Vladimir Putin"}  # the lead names who stood for the outlet's side


def test_the_body_telling_an_earlier_days_meeting_again_is_background(ingest_files, db):
    ingest_files({"again.txt": """王毅会见法国外长
2024-03-10 21:00 来源：新华社
新华社北京3月10日电 外交部长王毅10日在北京会见法国外长塞雪。双方就中法关系、乌克兰局势、气候变化以及两国在经贸、人文等领域的务实合作深入交换意见，一致同意保持密切沟通。
塞雪表示，法方重视对华关系。
3月5日，国家主席习近平在巴黎同法国总统马克龙举行会谈，两国元首同意加强合作。
"""})
    events = _events(db, "again.txt")
    assert [(e["type"], e["date"]) for e in events] == [("meeting", "2024-03-10")]


def test_talks_only_thought_possible_are_no_event(ingest_files, db):
    ingest_files({"maybe.txt": """国情院：朝美会谈的可能性很大
2025-11-04 10:00 来源：朝鲜日报
韩国国家情报院4日表示，朝鲜领导人金正恩与美国总统特朗普举行会谈的可能性很大。
"""})
    assert _events(db, "maybe.txt") == []


def test_only_a_doubt_in_the_triggers_own_clause_unmakes_the_event(ingest_files, db):
    ingest_files({"doubt.txt": """新华社莫斯科3月4日电 俄罗斯总统新闻秘书佩斯科夫4日表示，俄罗斯总统普京与美国总统特朗普会晤是可能的，但目前没有必要。
""", "need.txt": """新华社巴黎3月4日电 国家主席习近平4日在巴黎同法国总统马克龙举行会谈，双方认为有必要加强沟通。
"""})
    assert _events(db, "doubt.txt") == []
    (event,) = _events(db, "need.txt")
    assert sorted(_parties(event)) == ["CHN", "FRA"]


def test_words_saying_when_a_title_is_held_stay_in_the_chain(ingest_files, db):
    ingest_files({"new_king.txt": """新华社北京5月3日电 国家主席习近平3日向荷兰新任国王威廉·亚历山大致贺电。
"""})
    (event,) = _events(db, "new_king.txt")
    king = _parties(event)["NLD"]
    assert (king["name"]["zh-Hans"], king["office"], king["initiator"]) == ("威廉·亚历山大", "head_of_state", False)
    assert _parties(event)["CHN"]["initiator"]


def test_a_message_to_a_meeting_goes_to_the_chair_the_lead_names(ingest_files, db):
    ingest_files({"to_meeting.txt": """习近平向第37届非洲联盟首脑会议致贺信
2024-02-17 20:00 来源：新华社
新华社北京2月17日电 国家主席习近平17日向非洲联盟首脑会议轮值主席、毛里塔尼亚总统加兹瓦尼致贺信，祝贺第37届非洲联盟首脑会议在亚的斯亚贝巴召开。
"""})
    (event,) = _events(db, "to_meeting.txt")
    assert sorted(_parties(event)) == ["CHN", "MRT"]
    assert _parties(event)["MRT"]["name"]["zh-Hans"] == "加兹瓦尼"


def test_a_seat_of_government_before_a_title_names_its_state():
    from diplograph.extract.actors import find_mentions
    from diplograph.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    text = "白宫发言人莱维特表示，总统将在白宫会见日本首相。"
    cues = gaz.cues.find(text)
    found = {m.name: m.affiliation for m in find_mentions(text, gaz.actors.find(text), cues, gaz, "CHN", None, True)}
    assert found["莱维特"] == "USA"
    assert found["日本首相"] == "JPN"


def test_an_interaction_that_only_dates_what_follows_is_background(ingest_files, db):
    ingest_files({"after.txt": """特朗普离开韩国
2025-11-01 10:00 来源：德国之声
美国总统特朗普在与中国国家主席习近平会晤并达成贸易休战后，于APEC领导人峰会正式开幕前离开韩国。
""", "reached.txt": """美方公布协议
2025-11-02 10:00 来源：德国之声
美国白宫公布中美元首会晤达成的协议详情，包括美国降低对华关税。
""", "whether.txt": """台湾代表会晤美财长
2025-11-01 10:00 来源：德国之声
台湾APEC代表林信义在庆州会晤美国财长贝森特。
林信义未回答媒体关于他是否与习近平会面的提问。
"""})
    assert _events(db, "after.txt") == [] and _events(db, "reached.txt") == []
    (event,) = _events(db, "whether.txt")
    assert sorted(_parties(event)) == ["TWN", "USA"]  # an acronym between a place and its title (台湾APEC代表)


def test_the_eve_of_a_call_only_dates_the_visit_the_sentence_reports(ingest_files, db):
    ingest_files({"eve.txt": """法国外长抵达东京
2025-06-10 10:00 来源：本台
中法元首通话前夕，法国外长巴罗于6月9日抵达日本进行访问，并会晤日本首相石破茂。
"""})
    events = _events(db, "eve.txt")
    assert [e["type"] for e in events] != [] and "phone_call" not in [e["type"] for e in events]
    assert all("CHN" not in _parties(e) for e in events)


def test_an_english_name_is_found_again_only_as_a_whole_word():
    from diplograph.extract.actors import find_mentions
    from diplograph.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    text = ("Secretary of State Marco Rubio met Foreign Minister Wang Yi. Rubio's aides, not O'Rubio or Rubiott, "
            "said Rubio left.")
    found = [(text[m.start:m.end], m.affiliation_from) for m in
             find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, "USA", None, False)]
    learned = [name for name, how in found if how == "learned"]
    assert learned == ["Rubio", "Rubio"]  # Rubio's and the last Rubio; not O'Rubio, not Rubiott
