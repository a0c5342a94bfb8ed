"""Each event decision on sentences written for these tests: initiator phrases, status, date ranking, trigger
forms, one event per interaction, and the reasons kept for frames left out (issue 18)."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.extract.dates import find_dates
from diplograph.extract.event_date import RANKS, DateChoice, DateMention, local_day, rank_date
from diplograph.extract.event_frame import Sentence, day_of, ending_in, starting_in
from diplograph.extract.gazetteer import Hit
from diplograph.merge.events import merged_date
from diplograph.services import build_pipeline, process_record


@pytest.fixture(scope="module")
def read():
    """A document through the real pipeline (headline, source line, body), with its events and dropped frames."""
    pipeline = build_pipeline(load_settings(env={}))

    def run(text: str, name: str = "page.txt"):
        fmt = "frontmatter" if text.startswith("---") else "text"
        return process_record(RawRecord(source=name, data=text.encode(), fmt=fmt), pipeline)

    return run


def zh(title: str, body: str, day: str = "2024-05-06") -> str:
    return f"{title}\n{day} 10:00 来源：新华社\n{body}\n"


def en(title: str, body: str, day: str = "2024-05-06") -> str:
    return f"---\ntitle: {title}\npublished_time: {day} 18:00:00\n---\n\n{body}\n"


def _initiators(doc) -> set[str]:
    return {p["affiliation"] for e in doc.events for p in e["participants"] if p["initiator"]}


@pytest.mark.parametrize("text,expected", [
    (en("Talks in Moscow", "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergey "
        "Lavrov in Moscow on Monday at the Russian side's initiative."), {"RUS"}),
    (en("Talks in Paris", "French President Emmanuel Macron held talks with Chinese Premier Li Qiang in Paris on "
        "Monday, at the latter's initiative."), {"CHN"}),
    (en("Meeting in Berlin", "German Chancellor Olaf Scholz met Japanese Prime Minister Fumio Kishida in Berlin on "
        "Monday at Kishida's invitation."), {"JPN"}),
    (en("Call", "The phone call between Russian President Vladimir Putin and Turkish President Recep Tayyip "
        "Erdogan on Monday was held at the Turkish side's initiative."), {"TUR"}),
    (zh("中法元首通电话", "国家主席习近平6日同法国总统马克龙通电话。此次通话是由法方发起的。"), {"FRA"}),
    (zh("两国外长通电话", "外交部长王毅6日同韩国外长赵兑烈通电话，通话由韩方提议。"), {"KOR"}),
    (zh("俄总统致电", "俄罗斯总统普京6日主动致电国家主席习近平，两国元首通话约一小时。"), {"RUS"}),
    (zh("新西兰总理访华", "新西兰总理希普金斯6日抵达北京开始访问。此访是应国务院总理李强的邀请进行的。"), {"CHN"}),
])
def test_initiator_phrases_over_the_parties(read, text, expected):
    doc = read(text)
    assert doc.events, doc.dropped
    assert _initiators(doc) == expected


def test_zhidian_told_with_a_call_is_the_call_itself(read):
    doc = read(zh("俄总统致电", "俄罗斯总统普京6日主动致电国家主席习近平，两国元首通话约一小时。"))
    assert [e["type"] for e in doc.events] == ["phone_call"]


@pytest.mark.parametrize("text,reason", [
    (zh("总统盼会晤", "韩国总统6日表示，希望本周能与美国总统会晤。"), "hypothetical"),
    (en("Hopes", "The Prime Minister of Japan said he looks forward to meeting with the President of France soon."),
     "hypothetical"),
    (zh("欢迎再次访华", "国家主席习近平6日表示，欢迎法国总统马克龙再次访华。"), "hypothetical"),
    (zh("外长通话", "外交部长王毅6日同韩国外长赵兑烈通电话。王毅表示，此前两国外长曾举行会谈。"), "background"),
])
def test_hoped_and_recalled_interactions_are_dropped_with_their_reason(read, text, reason):
    doc = read(text)
    assert reason in {d["reason"] for d in doc.dropped}


@pytest.mark.parametrize("text,status,day", [
    (en("Statement on the visit", "President Joe Biden looks forward to welcoming Israeli President Isaac Herzog "
        "to the White House on May 20, 2024."), "planned", "2024-05-20"),
    (zh("外交部宣布", "外交部发言人6日宣布，法国总统马克龙将于5月10日至12日对中国进行国事访问。"), "planned", "2024-05-10"),
    (zh("结束访问", "国家主席习近平6日结束对法国的国事访问。"), "held", "2024-05-06"),
])
def test_announced_and_dated_plans_are_planned(read, text, status, day):
    doc = read(text)
    assert [(e["status"], e["date"]) for e in doc.events][:1] == [(status, day)]


@pytest.mark.parametrize("text,kind", [
    (zh("座谈", "国务院总理李强6日在北京同德国总理朔尔茨座谈。"), "meeting"),
    (zh("視像峰會", "國家主席習近平6日與美國總統拜登舉行視像峰會。"), "video_call"),
    (en("Call", "President Joe Biden had spoken by phone with Prime Minister Narendra Modi of India on Monday."),
     "phone_call"),
])
def test_trigger_forms(read, text, kind):
    assert [e["type"] for e in read(text).events] == [kind]


def test_each_partner_of_an_enumeration_is_its_own_event(read):
    doc = read(zh("会见", "国家副主席韩正6日在北京分别会见越南副总理陈红河、老挝副总理宋赛、柬埔寨副首相孙占托。"))
    assert sorted(p["affiliation"] for e in doc.events for p in e["participants"] if p["affiliation"] != "CHN") \
        == ["KHM", "LAO", "VNM"]
    assert len(doc.events) == 3


def test_an_interaction_the_headline_gives_as_a_time_is_background_in_the_body(read):
    doc = read(zh("中韩领导人会谈前 朝鲜发射导弹", "朝鲜5日发射两枚导弹。\n当天，中国和韩国领导人在首尔举行会谈。"))
    assert doc.events == [] and {d["reason"] for d in doc.dropped} == {"background"}


def test_the_initiator_told_when_the_page_speaks_of_its_call_again(read):
    doc = read(en("Call", "President Joe Biden spoke by phone with French President Emmanuel Macron on Monday.\n"
                  "The leaders discussed trade.\nThe phone call was requested by the French side, officials said."))
    assert _initiators(doc) == {"FRA"}


def test_a_datelines_day_is_not_the_interactions(read):
    doc = read(zh("两国防长会晤", "（本社记者华盛顿6日专电）美国国防部长与中国国防部长5日在吉隆坡会晤。"))
    assert [e["date"] for e in doc.events] == ["2024-05-05"]


def test_the_day_after_an_interaction_dates_what_followed(read):
    doc = read(zh("日本首相会见中国国家主席次日发文", "日本首相高市早苗5日在庆州会见国家主席习近平。"))
    assert {e["date"] for e in doc.events} == {"2024-05-05"}
    assert {e["status"] for e in doc.events} == {"held"}


def test_an_announcement_in_another_clause_plans_nothing(read):
    doc = read(zh("官员会见代表团", "中国今天宣布10日起停止加征关税前夕，商务部副部长李成钢昨天在北京会见美国农产品贸易代表团。"))
    assert [e["status"] for e in doc.events] == ["held"]


def test_a_visit_to_a_city_and_country_takes_the_country_as_host(read):
    doc = read(en("Visit", "U.S. National Security Advisor Jake Sullivan traveled to Cairo, Egypt on May 5 to consult on "
                  "regional security."))
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in doc.events] == [["EGY", "USA"]]


def test_a_month_ahead_of_the_report_is_a_plan(read):
    doc = read(zh("国务卿：主席9月访美未变", "美国国务卿5日表示，国家主席习近平9月访问美国的安排没有改变。"))
    assert [(e["status"], e["date"]) for e in doc.events] == [("planned", "2024-09")]


def test_a_meeting_told_as_paving_the_way_is_speculation(read):
    doc = read(zh("外长访俄", "朝鲜外务相崔善姬5日抵达莫斯科，疑为金正恩会晤普京铺路。"))
    assert "hypothetical" in {d["reason"] for d in doc.dropped}
    assert all(e["type"] != "meeting" for e in doc.events)


def test_a_summit_someone_has_a_chance_to_attend_is_speculation(read):
    doc = read(zh("外长：总统或出席峰会", "马耳他外长卡尔多瓦5日表示，马耳他总统维拉有机会出席今年在菲律宾举行的东盟峰会。"))
    assert "hypothetical" in {d["reason"] for d in doc.dropped}
    assert all(e["type"] != "summit" for e in doc.events)


def test_a_delegation_gives_way_to_the_leader_the_page_names_for_it(read):
    doc = read(zh("外长会见比利时代表团", "马耳他外长卡尔多瓦5日在瓦莱塔会见比利时农产品贸易代表团。"
                  "这一比利时农产品贸易代表团是由比利时乳品出口协会执行长范德林（Jan Vandelin）率领，共24人。"))
    assert [sorted((next(iter(p["name"].values())), p["affiliation"]) for p in e["participants"])
            for e in doc.events] == [[("卡尔多瓦", "MLT"), ("范德林", "BEL")]]


def test_an_organisation_before_a_gatherings_noun_that_opens_with_a_title_is_its_party(read):
    doc = read(zh("防长出席东盟会议", "马耳他国防部长卡尔多瓦5日在吉隆坡出席东盟防长会议。"))
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in doc.events] == [["ASEAN", "MLT"]]


def test_english_time_told_after_the_trigger_makes_background(read):
    doc = read(en("Meeting", "Austrian Chancellor Anna Berger met with Polish President Marek Nowicki on "
                  "Tuesday.\nShe has met with Czech Prime Minister Pavel Dvorak in recent months."))
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in doc.events] == [["AUT", "POL"]]


def test_a_two_letter_family_name_joins_its_full_form(read):
    doc = read(en("Talks with President of China Xi Jinping", "President of Russia Vladimir Putin held talks with "
                  "President of China Xi Jinping on Monday.\nPresident Putin told President Xi he was glad to "
                  "hold talks with him."))
    assert len(doc.events) == 1


def test_a_conjunction_after_a_japanese_surname_joins_the_next_party(read):
    """木原与澳防长: 与 ends the two-character surname (a longer Japanese name is sought only past 由, 将…),
    so headline and lead tell one meeting of 木原 and 马尔斯."""
    doc = read(zh("日防卫相木原与澳防长马尔斯举行会谈",
                  "日本防卫相木原稔6日在东京与澳大利亚国防部长马尔斯举行会谈。木原与马尔斯确认了加强合作的重要性。"))
    names = [sorted(n for p in e["participants"] for n in p["name"].values()) for e in doc.events]
    assert len(doc.events) == 1 and not any("木原与澳" in n for ns in names for n in ns), names


def test_a_meeting_nobody_confirmed_is_no_event(read):
    """没有确认…会晤: the meeting was never agreed, so a postponed trip tells no cancelled meeting."""
    doc = read(zh("英外交大臣推迟访华", "英国外交大臣拉米原定于本月底访华，但推迟了行程，称中方没有确认与外交部长王毅的会晤。"))
    assert not doc.events and "hypothetical" in {d["reason"] for d in doc.dropped}


def test_a_generals_title_is_no_future(read):
    doc = read(zh("两军会谈", "美国和中国军方将领5日举行安全会谈。"))
    assert [e["status"] for e in doc.events] == ["held"]


def test_talks_and_a_call_of_one_day_with_different_people_stay_two(read):
    doc = read(zh("美中军事会谈", "美国和中国军方将领5日举行会谈，讨论危机沟通。\n"
                  "同日，国家主席习近平同美国总统拜登通电话。"))
    assert sorted(e["type"] for e in doc.events) == ["phone_call", "talks"]


def test_headline_and_lead_of_one_call_are_one_event_dated_by_the_lead(read):
    doc = read(zh("习近平同法国总统马克龙通电话", "国家主席习近平5日晚同法国总统马克龙通电话。"))
    assert [(e["date"], e["date_from"]) for e in doc.events] == [("2024-05-05", "text")]


def _mentions(text: str, ref: date) -> list[DateMention]:
    return [DateMention(s.start, s.end, s.attrs["value"], s.attrs["kind"]) for s in find_dates(text, ref)]


@pytest.mark.parametrize("text,trigger_word,ref,expected,rank", [
    # 当天 takes the day told before it, not the report's day
    ("外交部发言人6日说，两国外长当天通电话。", "通电话", date(2024, 5, 7), "2024-05-06", RANKS["clause"]),
    # 隔天 counts from the day told before it
    ("两国元首30日举行会谈后，两国防长隔天举行会谈。", "会谈。", date(2025, 11, 2), "2025-10-31", RANKS["clause"]),
    # a relative day in the trigger's clause beats a calendar date that dates the saying
    ("发言人7日说，两国元首昨天通电话。", "通电话", date(2024, 5, 7), "2024-05-06", RANKS["clause"]),
    # a weekday printed with its calendar date gives way to the date (the reference day may be wrong)
    ("On Monday, March 4, 2024, the two leaders spoke by phone.", "spoke by phone", date(2024, 3, 20),
     "2024-03-04", RANKS["sentence"]),
    # a date after 当地时间 is taken as written
    ("当地时间5日，两国外长在华盛顿举行会谈。", "会谈", date(2024, 5, 6), "2024-05-05", RANKS["sentence"]),
])
def test_date_ranking(text, trigger_word, ref, expected, rank):
    at = text.index(trigger_word)
    choice = rank_date(text, Sentence(0, len(text)), (at, at + len(trigger_word)), _mentions(text, ref), None,
                       ref.isoformat())
    assert (choice.value, choice.source, choice.rank) == (expected, "text", rank)


def test_without_a_date_in_the_text_the_fallback_is_marked_and_ranked_lowest():
    text = "两国外长举行会谈。"
    choice = rank_date(text, Sentence(0, len(text)), (6, 8), [], None, "2024-05-06", from_dateline=True)
    assert (choice.value, choice.source, choice.rank) == ("2024-05-06", "published", RANKS["dateline"])
    assert rank_date(text, Sentence(0, len(text)), (6, 8), [], None, "2024-05-06").rank == RANKS["published"]


@pytest.mark.parametrize("text,value", [
    ("美國總統廿六日在白宮接見印度總理。", "2024-05-26"),
    ("兩國外長十一月三十日舉行會談。", "2023-11-30"),
    ("代表团于15至17日对朝鲜进行正式访问。", "2024-05-15"),
    ("外長昨（27）日抵達東京訪問。", "2024-05-27"),
    ("兩國將領26日展開會談。", "2024-05-26"),
    ("The ministers met in Hanoi on Sunday, Dec. 3, 2023.", "2023-12-03"),
    ("talks are set for Sept. 9 in Geneva", "2024-09-09"),
])
def test_han_numeral_days_and_day_spans(text, value):
    assert find_dates(text, date(2024, 5, 28))[-1].attrs["value"] == value


def test_the_merged_event_takes_the_most_specific_reports_date():
    rows = [{"status": "held", "date": "2024-05-07", "date_from": "lead", "date_rank": RANKS["lead"]},
            {"status": "held", "date": "2024-05-06", "date_from": "text", "date_rank": RANKS["clause"]},
            {"status": "planned", "date": "2024-05-01", "date_from": "text", "date_rank": RANKS["clause"] + 1},
            {"status": "held", "date": "2024-05-08", "date_from": "published", "date_rank": RANKS["dateline"]}]
    assert merged_date(rows)["date"] == "2024-05-06"
    assert merged_date([rows[3]]) is None


@pytest.mark.parametrize("published,offsets,expected", [
    ("2024-05-06T02:45:00", [0.0, -5.0], "2024-05-05"),  # 02:45 in Taipei: still the 5th in London and Washington
    ("2024-05-06T14:00:00", [0.0, -5.0], "2024-05-06"),  # the afternoon: the same day there
    ("2024-05-06T02:45:00", [8.0, -5.0], "2024-05-06"),  # the parties' days disagree: left as read
    ("2024-05-06", [0.0, -5.0], "2024-05-06"),  # no hour printed
])
def test_a_counted_day_is_the_day_where_the_parties_are(published, offsets, expected):
    today = DateChoice("2024-05-06", "text", (0, 2), RANKS["clause"], counted=True)
    assert local_day(today, published, 8.0, offsets, "今天").value == expected
    calendar = today._replace(counted=False)  # a calendar date is taken as written
    assert local_day(calendar, published, 8.0, offsets, "6日").value == "2024-05-06"


def _sides(doc) -> list[list[str]]:
    return sorted(sorted(p["affiliation"] for p in e["participants"]) for e in doc.events)


def test_each_of_several_officials_listed_as_the_subject_met_the_partner(read):
    """甲国总统A、总理B分别会见C: two meetings, one with each (issue 17)."""
    doc = read(zh("埃及总统、总理会见中国外长",
                  "埃及总统塔哈尔、总理马赫兰6日在开罗分别会见到访的中国外交部长王立。"))
    assert sorted((e["participants"][0]["name"].get("zh-Hans"), len(e["participants"])) for e in doc.events) \
        == [("塔哈尔", 2), ("马赫兰", 2)]


def test_a_visit_to_states_listed_together_is_a_visit_to_each(read):
    doc = read(zh("中国文化交流团访问法国 荷兰 葡萄牙", "6日至12日，中国文化交流团先后访问法国、荷兰和葡萄牙。"))
    assert _sides(doc) == [["CHN", "FRA"], ["CHN", "NLD"], ["CHN", "PRT"]]


def test_a_lead_narrower_than_its_headline_gives_its_date_too(read):
    """The headline names two states' ministers met on two days; the lead tells one meeting and its day."""
    doc = read(zh("日防卫相会晤澳新两国防长", "（本社记者吉隆坡6日电）日本防卫相山田一郎5日在吉隆坡与新西兰国防部长"
                  "柯林顿会晤。"))
    assert [(e["date"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events] == [
        ("2024-05-05", ["JPN", "NZL"])]


def test_states_holding_a_leaders_meeting_are_there_through_their_leaders(read):
    doc = read(zh("三国首脑会谈", "法国、德国、荷兰6日在布鲁塞尔举行三国首脑会谈。"))
    assert sorted((p["affiliation"], p["office"]) for e in doc.events for p in e["participants"]) == [
        ("DEU", "head_of_government"), ("FRA", "head_of_state"), ("NLD", "head_of_government")]


def test_a_span_takes_its_share_of_the_hits_by_bisection():
    hits = [Hit(a, b, (), frozenset()) for a, b in ((0, 3), (5, 9), (9, 12), (20, 25))]
    assert [h.start for h in starting_in(hits, 5, 20)] == [5, 9]  # start in [5, 20)
    assert [h.start for h in starting_in(hits, 6)] == [9, 20]  # to the end
    assert [h.end for h in ending_in(hits, 3, 12)] == [3, 9, 12]  # end in [3, 12]
    assert starting_in(hits, 26) == [] and ending_in(hits, 13, 19) == []


@pytest.mark.parametrize(("value", "day"), [
    ("2025-11-30", date(2025, 11, 30)),
    ("2025-11", None),  # a month
    ("2025", None),  # a year
    ("20251130", None),  # no dashes: no value the stage writes
    ("2025-11-3x", None),
    ("", None),
    (None, None),
])
def test_day_of_reads_only_a_whole_day_value(value, day):
    assert day_of(value) == day
