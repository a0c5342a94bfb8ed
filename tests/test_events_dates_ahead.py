"""Issue 18, date kinds on wire copy (sentences and people invented for these tests): a weekday said of a
plan is the coming one, a sentence may open with `On Tuesday,`, a plan for next month is dated by that month,
a visit whose arrival is told as done has begun, the day of a saying gives way to the interaction's, the end
of a stated number of days dates the first of them, wire copy's bare weekday (`met X Monday`) is read, a day
told from the one before it (`A day earlier`, 前一天) is counted from that one, and talks the clause says are
expected to take place are planned."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.extract.dates import find_dates
from diplograph.extract.event_date import DateChoice, coming_weekday
from diplograph.extract.event_frame import Frame, named
from diplograph.extract.event_join import join_page_frames
from diplograph.extract.event_passes import local_days
from diplograph.extract.events import EventExtractor
from diplograph.extract.gazetteer import load_gazetteer
from diplograph.extract.mention import Mention
from diplograph.services import build_pipeline, process_record

pytestmark = pytest.mark.issue(18)
MONDAY = date(2024, 5, 6)


def _reader(page: str, source: str, fmt: str):
    """Run one invented page, its body put into `page`'s `{body}`, through the whole pipeline."""
    pipeline = build_pipeline(load_settings(env={}))
    return lambda body: process_record(
        RawRecord(source=source, data=page.replace("{body}", body).encode(), fmt=fmt), pipeline)


@pytest.fixture(scope="module")
def read_en():
    return _reader("---\ntitle: Ministers\npublished_time: 2024-05-06 18:00:00\n---\n\n{body}\n", "page.md",
                   "frontmatter")


def test_a_sentence_opening_with_a_weekday_is_dated():
    [span] = find_dates("On Thursday, the envoys met.", MONDAY)
    assert span.attrs["value"] == "2024-05-02"


@pytest.mark.parametrize("body,status,day", [
    ("German Chancellor Karl Brenner will hold talks with Japanese Prime Minister Ichiro Tanaka on Thursday.", "planned",
     "2024-05-09"),
    ("On Thursday, German Chancellor Karl Brenner will hold talks with Japanese Prime Minister Ichiro Tanaka.", "planned",
     "2024-05-09"),
    ("German Chancellor Karl Brenner held talks with Japanese Prime Minister Ichiro Tanaka on Thursday.", "held", "2024-05-02"),
])
def test_a_weekday_of_a_plan_is_the_coming_one(read_en, body, status, day):
    assert [(e["status"], e["date"]) for e in read_en(body).events] == [(status, day)]


@pytest.mark.parametrize("text,expected", [
    ("Brenner said on Thursday he will meet Tanaka.", "2024-05-02"),  # the day of the saying
    ("On Thursday, Brenner told reporters he will meet Tanaka.", "2024-05-02"),
    ("Brenner will meet Tanaka next Thursday.", "2024-05-09"),
    ("Brenner will meet Tanaka on Monday.", "2024-05-06"),  # the report's own day
])
def test_only_the_weekday_of_the_planned_act_looks_ahead(text, expected):
    [span] = find_dates(text, MONDAY)
    choice = DateChoice(span.attrs["value"], "text", (span.start, span.end), 4, counted=True)
    assert coming_weekday(text, choice, text.index("will"), MONDAY).value == expected


@pytest.fixture(scope="module")
def read_zh():
    return _reader("财长访华\n2024-05-06 10:00 来源：新华社\n{body}\n", "page.txt", "text")


def test_a_sentence_without_a_date_is_read_in_its_paragraphs_day(read_zh):
    # 具体来说 opens the paragraph as a turn of phrase, not a speaker; 下午 is the afternoon of the 8th
    doc = read_zh("新华社北京5月6日电 美国财政部长白山福6日在北京同中国商务部长王林举行会谈，双方就两国经贸关系、"
                  "产业政策和金融合作等问题深入交换意见，并同意保持密切沟通，为两国务实合作创造良好条件。\n"
                  "具体来说，8日上午，白山福将与经济学家座谈。下午，白山福将与李林副总理举行会晤。")
    meetings = [(e["status"], e["date"], {p["affiliation"] for p in e["participants"]})
                for e in doc.events if e["type"] == "meeting"]
    assert meetings == [("planned", "2024-05-08", {"USA", "CHN"})]


def test_a_name_before_its_title_is_a_name():
    titled_after = Mention("person", 0, 6, name="李林", name_span=(0, 2), affiliation="CHN", title="副总理",
                           title_span=(2, 5))
    bare_title = Mention("person", 0, 3, name="副总理", name_span=(0, 3), title="副总理", title_span=(0, 3))
    assert named(titled_after) and not named(bare_title)


def test_a_visit_to_several_states_over_days_dates_only_the_first_stop(read_zh):
    doc = read_zh("新华社北京5月6日电 美国国务卿白山福将于5月8日至12日先后访问日本、韩国和菲律宾。")
    visits = [(e["date"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events
              if e["type"] == "visit"]
    assert visits == [("2024-05-08", ["JPN", "USA"]), ("2024-05", ["KOR", "USA"]), ("2024-05", ["PHL", "USA"])]


def test_the_day_of_a_report_dates_no_other_interaction_of_the_page(read_zh):
    doc = read_zh("据某通讯社4日报道，美国国务卿白山福与日本外务大臣田中一郎当天通电话，为即将在8日举行的两国首脑会谈"
                  "做准备，双方就会谈议题深入交换了意见，并表示愿意共同推动会谈取得积极成果。\n"
                  "报道说，美国总统金大同将与日本首相山本太郎签署一份联合声明。")
    told = {e["type"]: e["date"] for e in doc.events}
    assert told["phone_call"] == "2024-05-04" and told["agreement"] == "2024-05-08"


def _call(day: str, affiliations: list[str], start: int, rank: int, counted: bool) -> Frame:
    parties = [Mention("person", start + i, start + i + 1, name=name, name_span=(start + i, start + i + 1),
                       affiliation=a) for i, (a, name) in enumerate(zip(affiliations, ("Brenner", "Tanaka")))]
    return Frame("phone_call", "held", day, "text", (start, start + 1), (start, start + 2), parties,
                 date_rank=rank, counted=counted)


def test_a_counted_day_is_read_where_the_joined_frames_parties_are():
    """The headline names both sides; the lead's `today` (published 02:45 in Taipei) gives the date: the
    joined frame's day is the day before where its parties are."""
    headline = _call("2024-05-06", ["GBR", "USA"], 0, 0, False)
    lead = _call("2024-05-06", ["GBR", "USA"], 10, 4, True)
    [joined] = join_page_frames([headline, lead], "x" * 40)
    extractor = EventExtractor(load_gazetteer(""))
    local_days(SimpleNamespace(published="2024-05-06T02:45:00", home="TWN", text="x" * 40), [joined], extractor.zones)
    assert joined.date == "2024-05-05"


def test_a_plan_told_after_an_interaction_leaves_the_interaction_held(read_en):
    doc = read_en("German Chancellor Karl Brenner says he will visit Japan in June after call with Japanese Prime "
                  "Minister Ichiro Tanaka on Monday.")
    # the visit planned after the call is an interaction of its own, not the call's status
    assert sorted((e["type"], e["status"]) for e in doc.events) == [("phone_call", "held"), ("visit", "planned")]


def test_an_undated_interaction_takes_the_day_a_later_sentence_gives_it(read_en):
    doc = read_en("Talks between envoys from Germany, France and Japan in Geneva ended without a deal, a spokesman "
                  "for the German government said.\nLittle is known about the talks held on Friday beyond the "
                  "agenda.")
    assert [(e["type"], e["date"], e["date_from"]) for e in doc.events] == [("talks", "2024-05-03", "text")]


def test_a_later_sentence_dates_the_interaction_of_its_type_told_last_before_it(read_en):
    doc = read_en("Talks between envoys from Germany, France and Japan in Geneva ended without a deal, a spokesman "
                  "for the German government said.\nLittle is known about the talks held on Friday beyond the "
                  "agenda.\nA radio reporter covered the latest talks between France and Japan held in Geneva.")
    # the second talks come after the sentence that gives the day: it dates only the first
    assert [(e["date"], len(e["participants"])) for e in doc.events] == [("2024-05-03", 3), ("2024-05-06", 2)]


def test_a_visit_poised_to_follow_an_earlier_summit_is_planned_and_not_dated_by_it(read_en):
    doc = read_en("German Chancellor Karl Brenner is poised to fly to Tokyo for a state visit to meet Japanese "
                  "Prime Minister Ichiro Tanaka. The visit will follow his first summit with Tanaka on March 3.")
    # the visit and the meeting it is for are two planned interactions, neither held on March 3
    assert sorted((e["type"], e["status"], e["date"]) for e in doc.events) == [
        ("meeting", "planned", "2024-05-06"), ("visit", "planned", "2024-05-06")]


def test_the_day_of_an_announcement_dates_no_other_interaction_of_the_page(read_zh):
    doc = read_zh("新华社北京5月6日电 外交部发言人6日宣布：两国经济合作委员会会议将于5月8日以视频方式举行。"
                  "国务院副总理李林将同法国经济部长白朗共同主持会议，双方将就经贸合作深入交换意见并签署多项合作文件。")
    assert {e["date"] for e in doc.events} == {"2024-05-08"}


def test_a_journey_for_talks_dates_the_journey_and_plans_the_talks(read_en):
    doc = read_en("German Chancellor Karl Brenner departed for Tokyo on Sunday for summit talks with Japanese Prime "
                  "Minister Ichiro Tanaka.")
    # the journey is the visit, begun that Sunday; the talks it is for lie ahead, undated
    assert sorted((e["type"], e["status"], e["date_from"]) for e in doc.events) == [
        ("talks", "planned", "published"), ("visit", "held", "text")]


@pytest.mark.parametrize("body,kind", [
    ("German Chancellor Karl Brenner held a summit with Japanese Prime Minister Ichiro Tanaka in Tokyo on Sunday.",
     "talks"),
    ("German Chancellor Karl Brenner met Japanese Prime Minister Ichiro Tanaka at the East Asia Summit on Sunday.",
     "meeting"),
])
def test_a_summit_of_two_states_is_their_talks(read_en, body, kind):
    assert [e["type"] for e in read_en(body).events] == [kind]


def test_a_month_told_of_a_plan_before_a_clause_of_what_it_follows_dates_only_the_plan(read_en):
    doc = read_en("Japanese Prime Minister Ichiro Tanaka said he will visit Germany in September, following a phone "
                  "call with German Chancellor Karl Brenner.")
    assert sorted((e["type"], e["status"], e["date"]) for e in doc.events) == [
        ("phone_call", "held", "2024-05-06"), ("visit", "planned", "2024-09")]


def test_a_visit_told_again_with_its_journey_takes_the_coming_day_of_departure_not_of_return(read_en):
    doc = read_en("German Chancellor Karl Brenner will pay a state visit to Japan to meet Japanese Prime Minister "
                  "Ichiro Tanaka next week, his spokesman said Monday.\nBrenner is to depart for Tokyo on Thursday "
                  "and return to Berlin on May 14.")
    assert [(e["status"], e["date"]) for e in doc.events if e["type"] == "visit"] == [("planned", "2024-05-09")]


def _frame(kind: str, day: str, rank: int, start: int, sides: list[tuple[str, str]]) -> Frame:
    parties = [Mention("person", start + i, start + i + 1, name=name, name_span=(start + i, start + i + 1),
                       affiliation=a) for i, (a, name) in enumerate(sides)]
    return Frame(kind, "planned", day, "text" if rank else "published", (start, start + 1), (start, start + 2),
                 parties, date_rank=rank)


def test_a_third_leaders_visit_told_beside_the_summit_does_not_date_the_summit():
    """`The Brenner–Tanaka summit comes as Tokyo readies for French President Morel's visit in June`: the
    visit names a side more and is another act; a later `on Thursday` is the summit's day."""
    leaders = [("DEU", "Brenner"), ("JPN", "Tanaka")]
    headline = _frame("talks", "2024-05-06", 0, 0, leaders)
    visit = _frame("visit", "2024-06", 4, 10, [*leaders, ("FRA", "Morel")])
    told = _frame("talks", "2024-05-09", 3, 20, leaders)
    [joined] = join_page_frames([headline, visit, told], "x" * 40)
    assert (joined.type, joined.date) == ("talks", "2024-05-09")
    [alone] = join_page_frames([_frame("talks", "2024-05-06", 0, 0, leaders), visit], "x" * 40)
    assert alone.date == "2024-05-06"


@pytest.mark.parametrize("body,status,day", [
    # the arrival told as done: the visit has begun, on the day of the arrival
    ("Brazilian President Carlos Mendes will attend the summit on Thursday, in what will be his first visit to Peru, "
     "after crossing the border by car early on Sunday.", "held", "2024-05-05"),
    ("Brazilian President Carlos Mendes, who arrived in Lima on Saturday, will open a trade fair on Thursday during "
     "his state visit to Peru.", "held", "2024-05-04"),
    # the visit has a day of its own ahead: the arrival elsewhere does not begin it
    ("Brazilian President Carlos Mendes will pay a state visit to Peru on Friday, after arriving in Bolivia on "
     "Sunday.", "planned", "2024-05-10"),
    # an arrival still ahead
    ("Brazilian President Carlos Mendes will pay a state visit to Peru, arriving in Lima on Friday.", "planned",
     "2024-05-10"),
])
def test_a_visit_whose_arrival_is_told_as_done_has_begun(read_en, body, status, day):
    assert [(e["status"], e["date"]) for e in read_en(body).events] == [(status, day)]


@pytest.mark.parametrize("body,day", [
    ("法国总统白朗下月将访问巴西，与巴西总统卡多佐举行会谈。", "2024-06"),
    ("法國總統白朗將於下個月訪問巴西，與巴西總統卡多佐舉行會談。", "2024-06"),
])
def test_a_plan_for_next_month_is_dated_by_the_month_not_the_report(read_zh, body, day):
    assert {(e["status"], e["date"]) for e in read_zh(body).events} == {("planned", day)}


def test_a_plan_for_next_month_in_english_is_dated_by_the_month(read_en):
    doc = read_en("French President Paul Blanc will hold talks with Brazilian President Carlos Mendes next month.")
    assert [(e["status"], e["date"]) for e in doc.events] == [("planned", "2024-06")]


@pytest.mark.parametrize("body,day", [
    # the day of the saying gives way to the day the sentence gives the call
    ("French President Paul Blanc said on Friday that he had spoken by phone with Brazilian President Carlos "
     "Mendes on Thursday.", "2024-05-02"),
    ("French President Paul Blanc said Friday he spoke with Brazilian President Carlos Mendes on Thursday.",
     "2024-05-02"),
    # with no other day, the saying's is the best evidence
    ("French President Paul Blanc said on Friday that he had spoken by phone with Brazilian President Carlos Mendes.",
     "2024-05-03"),
])
def test_the_day_of_a_saying_gives_way_to_the_day_of_the_interaction(read_en, body, day):
    assert [e["date"] for e in read_en(body).events] == [day]


@pytest.mark.parametrize("body,day", [
    # the day told is the last of the days stated: the interaction is dated by its first
    ("French President Paul Blanc and Brazilian President Carlos Mendes concluded two days of talks in Paris on "
     "Friday.", "2024-05-02"),
    ("Brazilian President Carlos Mendes wrapped up a three-day state visit to France on Friday.", "2024-05-01"),
    # no number of days, or the first day told: the day as told
    ("French President Paul Blanc and Brazilian President Carlos Mendes concluded their talks in Paris on Friday.",
     "2024-05-03"),
    ("Brazilian President Carlos Mendes began a three-day state visit to France on Friday.", "2024-05-03"),
])
def test_the_end_of_a_stated_number_of_days_dates_the_first(read_en, body, day):
    assert [e["date"] for e in read_en(body).events] == [day]


@pytest.mark.parametrize("body,day", [
    ("法国外长白朗和巴西外长卡多佐5日结束了为期两天的会谈。", "2024-05-04"),
    ("巴西總統卡多佐5日結束對法國為期三天的國事訪問。", "2024-05-03"),
    ("巴西总统卡多佐3日起对法国进行为期三天的国事访问。", "2024-05-03"),
])
def test_the_end_of_a_stated_number_of_days_dates_the_first_in_chinese(read_zh, body, day):
    assert [e["date"] for e in read_zh(body).events] == [day]


@pytest.mark.parametrize("body,status,day", [
    # wire style: the weekday bare after the parties, the coming one for a plan
    ("French President Paul Blanc met Brazilian President Carlos Mendes late Saturday.", "held", "2024-05-04"),
    ("French President Paul Blanc will meet Brazilian President Carlos Mendes Friday in Paris.", "planned",
     "2024-05-10"),
    # a visit told as one to make (the headline's infinitive): planned, from the coming day
    ("French President Paul Blanc to make a three-day state visit to Brazil from Sunday", "planned", "2024-05-12"),
    ("French President Paul Blanc made a state visit to Brazil on Sunday.", "held", "2024-05-05"),
])
def test_a_bare_weekday_and_a_visit_to_make(read_en, body, status, day):
    assert [(e["status"], e["date"]) for e in read_en(body).events] == [(status, day)]


@pytest.mark.parametrize("body,days", [
    # a day before or after the one just told, in English as in Chinese, counted from that day (a weekday too)
    ("French President Paul Blanc met Brazilian President Carlos Mendes in Paris on Saturday. A day earlier, Blanc "
     "held talks with Peruvian President Ana Torres.", {"meeting": "2024-05-04", "talks": "2024-05-03"}),
    ("French President Paul Blanc met Brazilian President Carlos Mendes in Paris on May 2. The following day, Blanc "
     "held talks with Peruvian President Ana Torres.", {"meeting": "2024-05-02", "talks": "2024-05-03"}),
])
def test_a_day_told_from_the_day_before_it(read_en, body, days):
    assert {e["type"]: e["date"] for e in read_en(body).events} == days


@pytest.mark.parametrize("body", [
    "法国总统白朗3日在巴黎会见巴西总统卡多佐。前一天，白朗在利马与秘鲁总统马尔克斯举行会谈。",
    "法國總統白朗3日在巴黎會見巴西總統卡多佐。前一天，白朗在利馬與秘魯總統馬爾克斯舉行會談。",
])
def test_the_day_before_the_one_told_in_chinese(read_zh, body):
    assert {e["type"]: e["date"] for e in read_zh(body).events} == {"meeting": "2024-05-03", "talks": "2024-05-02"}


@pytest.mark.parametrize("body,status,day", [
    # the clause goes on to say the named talks are yet to occur: planned, from the coming day
    ("Talks between French President Paul Blanc and Brazilian President Carlos Mendes are expected to take place on "
     "Friday.", "planned", "2024-05-10"),
    ("Talks between French President Paul Blanc and Brazilian President Carlos Mendes will begin on Friday in Paris.",
     "planned", "2024-05-10"),
    # what the held talks are expected to lead to is no plan of them
    ("French President Paul Blanc held talks with Brazilian President Carlos Mendes on Friday that are expected to "
     "lead to a deal.", "held", "2024-05-03"),
])
def test_talks_the_clause_says_are_yet_to_occur(read_en, body, status, day):
    assert [(e["status"], e["date"]) for e in read_en(body).events] == [(status, day)]
