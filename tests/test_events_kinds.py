"""Kinds of event misses fixed for issue 18, each on sentences written for these tests (invented people and
days): a byline's characters are no cue words, 昨晚 dates, a `…后，` clause only times the interaction after
it, two acts joined by 并, and talks joined to the statement they issued."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.extract.dates import find_dates
from diplograph.extract.event_background import other_headline
from diplograph.services import build_pipeline, process_record
from tests.conftest import text_page

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def read(pipeline):
    return lambda title, body, day="2024-05-06": text_page(pipeline, title, body, day, "来源：新华社")


def _told(doc) -> list[tuple[str, str | None, set[str]]]:
    return [(e["type"], e["date"], {p["affiliation"] for p in e["participants"]}) for e in doc.events]


def test_a_byline_name_holding_a_recall_word_is_no_recall(read):
    # 继 in the reporter's name (王继明) is not 继…之后 (following)
    doc = read("三国领导人发表声明", "新华社东京5月6日电（记者王继明）美国总统白山福、韩国总统金正元和日本首相"
               "田中一郎5日在峰会期间举行会谈。")
    assert _told(doc) == [("talks", "2024-05-05", {"USA", "KOR", "JPN"})]


@pytest.mark.parametrize("word,day", [("昨晚", "2024-05-05"), ("今晨", "2024-05-06"), ("昨夜", "2024-05-05")])
def test_a_part_of_the_day_counts_from_the_report(word, day):
    [span] = find_dates(f"两人{word}通电话。", date(2024, 5, 6))
    assert span.attrs["value"] == day


def test_an_interaction_ending_a_time_clause_only_times_the_next(read):
    doc = read("两国防长再通话", "据报道，美国国防部长白山福说，他和中国国防部长李林会晤后，两人昨晚再度通话。")
    assert _told(doc) == [("phone_call", "2024-05-05", {"USA", "CHN"})]


def test_a_time_clause_keeps_its_subject_for_what_follows(read):
    doc = read("外长行程", "据报道，美国国务卿白山福先后访问印尼和马来西亚后，原定明天在曼谷与泰国外长金宝会面。")
    parties = {p["affiliation"] for e in doc.events for p in e["participants"]}
    assert "USA" in parties and "THA" in parties


def test_two_acts_joined_by_bing_are_two_events(read):
    doc = read("两国防长会晤", "新华社北京5月6日电 美国国防部长白山福5日和中国国防部长李林会晤并通话。")
    assert sorted(_told(doc)) == [("meeting", "2024-05-05", {"USA", "CHN"}),
                                  ("phone_call", "2024-05-05", {"USA", "CHN"})]


def test_a_call_told_again_joins_the_call_not_the_meeting(read):
    doc = read("两国防长会晤", "新华社北京5月6日电 美国国防部长白山福5日和中国国防部长李林会晤并通话。\n"
               "白山福5日晚和李林再次通电话，讨论两军关系。")
    assert sorted(e["type"] for e in doc.events) == ["meeting", "phone_call"]


def test_talks_joined_to_their_joint_statement_are_an_agreement(read):
    doc = read("三国领导人会谈", "新华社东京5月6日电 美国总统白山福、韩国总统金正元和日本首相田中一郎5日"
               "举行会谈并发表联合声明。")
    assert [t for t, _, _ in _told(doc)] == ["agreement"]


def test_a_statement_expected_after_a_summit_tells_the_summit_ahead(read):
    # the outcome a summit is to produce is no event of its own: the summit still ahead is the news
    doc = read("三国领导人将聚首", "新华社东京5月6日电 据报道，美国总统白山福、韩国总统金正元和日本首相田中一郎"
               "8日在峰会结束后将共同签署联合声明，涉及能源合作。")
    assert [(e["type"], e["status"], e["date"]) for e in doc.events] == [("summit", "planned", "2024-05-08")]
    signed = read("三国领导人签署声明", "新华社东京5月6日电 美国总统白山福、韩国总统金正元和日本首相田中一郎"
                  "5日在峰会上发表了一份联合声明。")
    assert [t for t, _, _ in _told(signed)] == ["agreement"]  # issued at the summit: the agreement is news


def test_a_call_told_again_in_a_later_clause_with_someone_else_is_one_more_call(read):
    doc = read("白山福連番通話", "美國總統白山福分別跟南韓總統金正元和日本首相田中一郎通話商討對策，包括研議追加制裁，"
               "在跟中國國家主席李林通話時，則促對方施壓。")
    assert sorted(p for _, _, sides in _told(doc) for p in sides - {"USA"}) == ["CHN", "JPN", "KOR"]
    again = read("李林會談", "李林同法國總統馬東舉行會談，會談時德國總理施密特也在場。")
    assert [sides for _, _, sides in _told(again)] == [{"CHN", "FRA"}]  # no 跟/與 names a partner of its own


def test_a_part_of_the_day_after_a_name_ends_it(read):
    doc = read("白山福通話", "乙國外長稱美國總統白山福上午與中國國家主席李林通話時，提及能源。")
    assert {p["name"]["zh-Hant"] for e in doc.events for p in e["participants"]} == {"白山福", "李林"}


def test_a_headline_agreement_and_the_talks_the_lead_tells_are_two_events(read):
    # the joint statement of the headline and the talks it came out of: what both sides signed goes with it
    doc = read("白山福马东联合声明 关注航运", "法国总统马东5日在巴黎同到访的美国总统白山福举行会谈。双方在声明中"
               "一致表示，将共同维护航道畅通。白山福在会谈中说：“联合演习将在秋季举行。”")
    assert [(e["type"], [st.get("joint") for st in e["statements"]]) for e in doc.events] == [
        ("agreement", [True]), ("talks", [False])]


def test_talks_and_after_a_comma_the_framework_they_signed_are_an_agreement(read):
    doc = read("三国防长签署协议", "美国国防部长白山福、日本防卫大臣田中一郎和韩国国防部长官金正元5日在首尔举行会谈，"
               "并签署三方合作框架协议。")
    assert [t for t, _, _ in _told(doc)] == ["agreement"]


def test_an_envoy_posted_to_a_state_is_of_the_side_that_sent_him(read):
    # 我驻法国大使: posted to France, sent by the outlet's side; 乌克兰驻华大使 names the sender
    doc = read("大使与总统会面", "据报道，我驻法国大使王山5日与法国总统马东会面，并转交援助物资。")
    assert _told(doc) == [("meeting", "2024-05-05", {"CHN", "FRA"})]
    named = read("大使与外长会面", "乌克兰驻华大使科万5日与中国外长李林会面。")
    assert _told(named) == [("meeting", "2024-05-05", {"UKR", "CHN"})]


def test_a_call_the_headline_puts_before_its_news_is_news_and_a_before_clause_only_times_it(read):
    # 通话后 in the headline: the call came first and is told as held; 在…之前， only times the call
    doc = read("白山福李林通话后 王河启程访华", "美国商务部长王河6日启程访华，将与中方商谈出口管制。在王河启程访华"
               "之前，美国总统白山福5日与中国国家主席李林通电话，双方谈及贸易。")
    assert [(e["type"], [p["name"]["zh-Hans"] for p in e["participants"]]) for e in doc.events] == [
        ("visit", ["王河", "中国"]), ("phone_call", ["白山福", "李林"])]


def test_two_states_top_chiefs_are_their_leaders_of_the_day(read):
    # 法印兩大首長: the two states' leaders, found as the holders of the day
    doc = read("兩大首長首度會面", "據報導，法印兩大首長5日在巴黎會面，雙方同意擴大軍售合作。")
    assert _told(doc) == [("meeting", "2024-05-05", {"FRA", "IND"})]
    assert [p["office"] for p in doc.events[0]["participants"]] == ["head_of_state", "head_of_government"]
    # with people named later in the sentence, the title shared by the two states still gives both sides
    named = read("兩大首長首度會面", "據報導，法印兩大首長5日在巴黎會面，儘管外界預估氣氛緊張，但法國總統馬東和"
                 "印度總理莫南相談甚歡。")
    assert _told(named) == [("meeting", "2024-05-05", {"FRA", "IND"})]


def en(title: str, body: str, day: str = "2024-05-06") -> str:
    return f"---\ntitle: {title}\npublished_time: {day} 18:00:00\n---\n\n{body}\n"


@pytest.fixture(scope="module")
def read_en():
    pipeline = build_pipeline(load_settings(env={}))

    def run(title: str, body: str):
        return process_record(RawRecord(source="page.md", data=en(title, body).encode(), fmt="frontmatter"),
                              pipeline)

    return run


@pytest.mark.parametrize("body,kind", [
    ("French Foreign Minister Paul Marchand is meeting Japanese Foreign Minister Ichiro Tanaka in Paris on Monday.",
     "meeting"),
    ("German Chancellor Karl Brenner telephoned Japanese Prime Minister Ichiro Tanaka on Monday.", "phone_call"),
    ("German Chancellor Karl Brenner sat down with Japanese Prime Minister Ichiro Tanaka on Monday.", "meeting"),
])
def test_english_present_and_plain_verb_triggers(read_en, body, kind):
    doc = read_en("Ministers", body)
    assert [(e["type"], {p["affiliation"] for p in e["participants"]}) for e in doc.events] == [
        (kind, {"FRA" if "French" in body else "DEU", "JPN"})]


@pytest.mark.parametrize("line,expected", [
    ("German Chancellor Karl Brenner Meets Japanese Prime Minister Ichiro Tanaka in Tokyo as Trade Row Deepens", True),
    ("German Chancellor Karl Brenner met Japanese Prime Minister Ichiro Tanaka in Tokyo on Monday.", False),
    ("Brenner and Tanaka met in Tokyo", False),  # a verb in lower case: a sentence
])
def test_a_line_written_as_a_headline_is_another_article(line, expected):
    text = "Body of the story.\n" + line + "\n"
    assert other_headline(text, (19, 19 + len(line))) is expected


@pytest.mark.parametrize("body", [
    "新华社巴黎5月6日电 法国总统马丁和法国总理杜邦6日在巴黎分别会见到访的中国外长王平。",
    "新华社巴黎5月6日电 中国外长王平6日在巴黎分别会见法国总统马丁和法国总理杜邦。",
])
def test_separately_splits_the_enumerated_people_of_one_side(read, body):
    doc = read("会见", body)
    pairs = sorted(tuple(sorted(list(p["name"].values())[0] for p in e["participants"])) for e in doc.events)
    assert pairs == [("杜邦", "王平"), ("王平", "马丁")]


def test_separately_does_not_split_people_outside_the_triggers_clause(read):
    doc = read("会谈", "新华社巴黎5月6日电 法国总统马丁表示，法国总理杜邦6日将与中国外长王平分别举行会谈。")
    assert len(doc.events) == 1


@pytest.mark.parametrize("text,value", [
    ("met in September 2017 and", "2017-09"),
    ("在2022年峰会上", "2022"),
    ("they met in 2022 at", "2022"),
    ("after Thursday's meeting", "2024-05-02"),
])
def test_coarse_and_possessive_dates(text, value):
    [span] = find_dates(text, date(2024, 5, 6))
    assert span.attrs["value"] == value


@pytest.mark.parametrize("text", ["2022年度报告", "80年代", "the 2022 election"])
def test_what_is_no_year_date(text):
    assert find_dates(text, date(2024, 5, 6)) == []


def test_an_interaction_in_an_earlier_year_is_background(read, read_en):
    doc = read("两国关系", "据报道，中国国家主席王平和美国总统白山福在2022年巴厘岛峰会上举行会晤。")
    assert not doc.events and "background" in {d["reason"] for d in doc.dropped}
    doc = read_en("Ties", "When French President Paul Marchand and Japanese Prime Minister Ichiro Tanaka met in "
                  "September 2017, the two leaders discussed trade.")
    assert not doc.events and "background" in {d["reason"] for d in doc.dropped}


def test_who_tells_of_the_talks_is_no_party(read, read_en):
    doc = read("特使谈会谈", "新华社北京5月6日电 美国特使张明5日称，德国总理白山福将与法国总统马丁在巴黎举行会谈。")
    assert [{p["affiliation"] for p in e["participants"]} for e in doc.events] == [{"DEU", "FRA"}]
    doc = read_en("Envoy", "U.S. special envoy John Miller said German Chancellor Karl Brenner will hold talks with "
                  "Japanese Prime Minister Ichiro Tanaka in Tokyo on Monday.")
    assert [{p["affiliation"] for p in e["participants"]} for e in doc.events] == [{"DEU", "JPN"}]


def test_a_speaker_stays_a_party_when_what_they_say_names_one_side(read):
    doc = read("通话", "新华社北京5月6日电 德国总理白山福5日表示，他当天同法国总统马丁通电话。")
    assert [{p["affiliation"] for p in e["participants"]} for e in doc.events] == [{"DEU", "FRA"}]


def test_an_accepted_invitation_reports_the_visit_and_who_invited(read):
    doc = read("总统将访法", "新华社北京5月6日电 德国总理白山福5日接受法国总统马丁的邀请，将于6月10日访问法国。")
    assert [(e["type"], e["status"]) for e in doc.events] == [("visit", "planned")]
    assert {p["affiliation"] for e in doc.events for p in e["participants"] if p["initiator"]} == {"FRA"}
    doc = read("总统获邀访法", "新华社北京5月6日电 法国总统马丁5日邀请德国总理白山福访问法国。")
    assert not doc.events and "invitation" in {d["reason"] for d in doc.dropped}


def _initiators(doc) -> set[str]:
    return {p["affiliation"] for e in doc.events for p in e["participants"] if p["initiator"]}


@pytest.mark.parametrize("body,who", [
    # a later sentence names the interaction again as a noun, with no trigger of its own
    ("German Chancellor Karl Brenner met with Japanese Prime Minister Ichiro Tanaka in Berlin on Monday. The two "
     "discussed trade at length. The meeting at the chancellery was requested by Tanaka, officials said.", "JPN"),
    ("French President Paul Marchand met with Chinese President Xi Jinping in Beijing on Monday, upon Xi's "
     "invitation.", "CHN"),  # a family name of two letters
    ("German Chancellor Karl Brenner spoke by phone with Japanese Prime Minister Ichiro Tanaka on Monday, after "
     "Tanaka reached out.", "JPN"),
    # a passive invitation names who asked after `by`, and reports the visit as agreed (no bare invitation)
    ("Japanese Prime Minister Ichiro Tanaka, who was invited by German Chancellor Karl Brenner, paid a visit to "
     "Germany on Monday.", "DEU"),
    ("Japanese Prime Minister Ichiro Tanaka paid a visit to Germany on Monday, invited by German Chancellor Karl "
     "Brenner.", "DEU"),
    ("Japanese Prime Minister Ichiro Tanaka paid a visit to Germany on Monday following an invitation from German "
     "Chancellor Karl Brenner.", "DEU"),
])
def test_english_initiator_forms(read_en, body, who):
    doc = read_en("Leaders", body)
    assert doc.events and _initiators(doc) == {who}


@pytest.mark.parametrize("text,value", [
    ("習近平昨與法國總統通電話", "2024-05-05"),
    ("they met Thursday afternoon", "2024-05-02"),
])
def test_short_and_part_of_day_relative_dates(text, value):
    [span] = find_dates(text, date(2024, 5, 6))
    assert span.attrs["value"] == value


def test_no_yesterday_in_last_year():
    assert find_dates("昨年", date(2024, 5, 6)) == []


@pytest.mark.parametrize("body", [
    "German Chancellor Karl Brenner's meeting with Japanese Prime Minister Ichiro Tanaka followed Tanaka's speech to "
    "parliament on Wednesday.",
    "German Chancellor Karl Brenner's first meeting with Japanese Prime Minister Ichiro Tanaka, which follows "
    "Tanaka's speech to parliament on Wednesday, took place in Berlin.",
])
def test_a_date_of_what_came_before_does_not_date_the_interaction(read_en, body):
    doc = read_en("Leaders meet", body)
    assert [e["date"] for e in doc.events] == ["2024-05-06"]


@pytest.mark.parametrize("body,kind", [
    ("新华社北京5月6日电 中国外长王平5日同法国外长马丁举行视像会议。", "video_call"),
    ("新华社北京5月6日电 法国外长马丁5日拜会中国国家主席王平。", "meeting"),
])
def test_chinese_trigger_forms(read, body, kind):
    assert [e["type"] for e in read("会见", body).events] == [kind]


def test_the_nth_interaction_since_a_past_point_is_news(read):
    # 去年…以来的第三次: the recall word only sets the point this call is the third since
    doc = read("两国元首通话", "新华社北京5月6日电 美国总统金河5日与法国总统马田进行了两人去年峰会以来的第三次通话。")
    assert _told(doc) == [("phone_call", "2024-05-05", {"USA", "FRA"})]


def test_a_pronoun_or_a_left_out_subject_carries_the_sentence_before(read):
    # 她 and a subject left out after 随后 are the one the paragraph's sentence before opens with
    doc = read("财长访问日程", "新华社北京5月6日电 美国财政部长白山福7日将与工商界代表座谈。随后，她将与日本财务大臣田中一郎"
               "举行双边会议。\n8日上午，白山福将出席论坛；随后与韩国副总理金正元会晤。")
    partners = sorted(p["name"]["zh-Hans"] for e in doc.events for p in e["participants"] if p["affiliation"] != "USA")
    assert partners == ["田中一郎", "金正元"]
    assert all(any(p["name"]["zh-Hans"] == "白山福" for p in e["participants"]) for e in doc.events)


@pytest.mark.parametrize("adverbs", ["还首次", "当天也", "亲自"])
def test_adverbs_between_a_pronoun_and_its_partner_keep_the_pronoun_the_subject(read, adverbs):
    doc = read("外长通电话", f"新华社东京5月6日电 日本外相田中一郎5日与法国外长马田通电话。她{adverbs}与德国外长舒尔进行了"
               "电话会谈。")
    assert sorted(sorted(p["name"]["zh-Hans"] for p in e["participants"]) for e in doc.events) == [
        ["田中一郎", "舒尔"], ["田中一郎", "马田"]]


def test_a_left_out_subject_opening_a_new_paragraph_carries_none(read):
    doc = read("财长访问日程", "新华社北京5月6日电 美国财政部长白山福7日将出席论坛。\n随后与日本财务大臣田中一郎会晤。")
    assert doc.events == []


@pytest.mark.parametrize("second", [
    "此行首站她在首尔与韩国外长朴英秀会面，今天在东京与日本外相田中一郎举行会谈。",
    "随后，她将与日本外相田中一郎举行会谈。",
])
def test_a_pronoun_opening_a_new_paragraph_is_the_one_told_of_before(read, second):
    # a paragraph opening with 她 goes on with the last paragraph's subject: the partners after 与 are hers, never
    # each other's counterparts
    doc = read("国务卿亚洲行", "新华社东京5月6日电 美国国务卿白山福本周出访亚洲，重申对盟友的承诺。\n" + second)
    pairs = [{p["affiliation"] for p in e["participants"]} for e in doc.events]
    assert {"USA", "JPN"} in pairs
    assert {"KOR", "JPN"} not in pairs


@pytest.mark.parametrize("text", [
    "新华社柏林5月6日电 法国总统马田会见德国总理舒尔后，法国军方代表团5日访问德国。",
    "新華社柏林5月6日電 法國總統馬田會見德國總理舒爾後 法國軍方代表團5日訪問德國。",  # a space as the break
])
def test_a_clause_ending_in_after_only_times_a_later_act_that_names_its_own_subject(read, text):
    doc = read("代表团访德", text)
    assert [(e["type"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events] == [
        ("visit", ["DEU", "FRA"])]
    names = {n for e in doc.events for p in e["participants"] for n in p["name"].values()}
    assert not names & {"马田", "舒尔", "馬田", "舒爾"}


def test_one_met_after_the_break_leaves_the_first_clauses_subject_in_place(read):
    doc = read("法德会谈", "新华社柏林5月6日电 法国总统马田5日抵达柏林后，与德国总理舒尔举行会谈。")
    assert [(e["type"], sorted(p["name"]["zh-Hans"] for p in e["participants"])) for e in doc.events] == [
        ("talks", ["舒尔", "马田"])]


def test_a_file_photos_caption_is_no_news(read):
    doc = read("财长将访日", "新华社北京5月6日电 美国财政部长白山福将于下周访问日本。\n资料照：日本首相田中一郎（右）与"
               "白山福（左）在东京会晤时握手。（2022年3月1日）")
    assert [d["reason"] for d in doc.dropped if d["type"] == "meeting"] == ["file photo"]


@pytest.mark.parametrize(("caption", "events"), [
    # a caption placing its people (（右）) with the agency's credit, of a day that reads as next January: an old
    # photo (its day is no plan)
    ("美國總統白山福（右）和日本首相田中一郎1月27日在東京會晤。路透", []),
    # the same caption of the day's meeting shows the news itself
    ("美國總統白山福（右）和日本首相田中一郎30日在東京會晤。路透", [("meeting", "2024-11-30")]),
])
def test_a_caption_placing_its_people_with_a_credit_of_another_day_is_no_news(read, caption, events):
    """美国总统甲（右）和日本首相乙1月27日在东京会晤。路透: a photo of an earlier occasion under the day's report."""
    doc = read("財長將訪日", "新华社北京11月30日电 美国财政部长白山福将于下月访问日本。\n" + caption, "2024-11-30")
    assert [(e["type"], e["date"]) for e in doc.events if e["type"] == "meeting"] == events
    assert [d["reason"] for d in doc.dropped if d["type"] == "meeting"] == ([] if events else ["file photo"])


@pytest.mark.parametrize("later", ["法国外长马田上周在巴黎会见了德国外长舒尔，双方讨论了乌克兰局势。",
                                   "法國外長馬田上週在巴黎會見了德國外長舒爾，雙方討論了烏克蘭局勢。"])
def test_an_interaction_of_last_week_past_the_lead_is_background_though_its_month_runs_on(read, later):
    """上周 from a Thursday the 28th is the 18th to the 24th: in the report's month, yet days before it."""
    lead = ("新华社北京11月28日电 美国财政部长白山福将于下月访问日本，与日本财务大臣田中一郎就两国经济合作、汇率和供应链"
            "安全等议题举行会谈，并出席在东京举行的两国经济对话会议。\n")
    doc = read("财长将访日", lead + later, "2024-11-28")
    assert [e["type"] for e in doc.events] == ["visit"]
    assert [d["reason"] for d in doc.dropped if d["type"] == "meeting"] == ["background"]


@pytest.mark.parametrize("caption", [
    # undated, or dated the day of the report by a wrong metadata: only the credit tells it is an old picture
    "Austrian Chancellor Paul Egger and Portuguese Prime Minister Rui Sardo hold a meeting in Vienna, Austria. "
    "NEWSWIRE/Ana Lopes/File Photo",
    "Austrian Chancellor Paul Egger meets Portuguese Prime Minister Rui Sardo in Vienna, May 6, 2024. (AP Photo/Ana "
    "Lopes, File)",
])
def test_an_english_wire_file_photos_caption_is_no_news(read_en, caption):
    doc = read_en("Egger to visit Lisbon", f"{caption}\nAustrian Chancellor Paul Egger will visit Portugal next week.")
    assert [d["reason"] for d in doc.dropped if d["type"] == "meeting"] == ["file photo"]


def test_a_central_banks_governor_is_named_after_the_bank():
    from tests.test_actors import _people
    assert ("潘明远", "KOR", "other", "银行行长") in _people("随后，她将与韩国产业银行行长潘明远举行会晤。")


@pytest.mark.parametrize(("body", "host"), [("法国外长马田5日访华。", "中国"), ("法国外长马田5日访美。", "美国")])
def test_a_visit_written_onto_its_verb_names_the_host_state(read, body, host):
    doc = read("外长出访", "新华社北京5月6日电 " + body)
    assert [(e["type"], [p["name"]["zh-Hans"] for p in e["participants"]]) for e in doc.events] == \
        [("visit", ["马田", host])]


def test_a_visit_headline_keeps_its_host_and_the_lead_names_every_person_met(read):
    # the host is written onto the verb (访华); the two hosts the lead names are each met on the tour
    doc = read("俄总理马林访华", "新华社北京5月6日电 俄罗斯总理马林6日抵达北京，将与国家主席李林及国务院总理王河会谈。")
    [visit] = [e for e in doc.events if e["type"] == "visit"]
    assert {p["affiliation"] for p in visit["participants"]} == {"RUS", "CHN"}
    met = {p["name"]["zh-Hans"] for e in doc.events if e["type"] == "talks" for p in e["participants"]}
    assert met == {"马林", "李林", "王河"}


def test_two_interactions_dated_apart_in_their_sentences_are_two_events(read):
    doc = read("美国财长白山福访问日本", "新华社北京5月6日电 美国财政部长白山福7日起访问日本。\n白山福9日将与日本首相田中一郎举行会谈。")
    assert sorted((t, d) for t, d, _ in _told(doc)) == [("talks", "2024-05-09"), ("visit", "2024-05-07")]


def test_people_of_no_known_side_met_abroad_are_of_the_datelines_state(read):
    doc = read("防长访问", "新华社伊斯兰堡5月6日电 访问期间，中国国防部长李林还会见了参联会主席阿斯卡尔。")
    assert _told(doc) == [("meeting", "2024-05-06", {"CHN", "PAK"})]
    assert [p["office"] for p in doc.events[0]["participants"]] == ["minister", "military"]  # 参联会: joint chiefs


def test_people_of_no_known_side_met_at_home_stay_unknown(read):
    doc = read("防长会见", "新华社北京5月6日电 中国国防部长李林6日会见了海军司令阿斯卡尔。")
    assert doc.events == []


def test_subjects_listed_before_one_partner_each_meet_it_apart(read):
    # 甲和乙…与丙单独会晤: two bilateral meetings, besides the headline's three-way one
    doc = read("三国领导人在海滨会晤", "新华社华盛顿5月6日电 美国总统白山福、日本首相田中一郎和韩国总统金正元5日在海滨举行会晤。\n"
               "当天上午，韩国总统金正元和日本首相田中一郎先后抵达，并与美国总统白山福单独举行双边会晤。")
    assert sorted(tuple(sorted(sides)) for _, _, sides in _told(doc)) == [
        ("JPN", "KOR", "USA"), ("JPN", "USA"), ("KOR", "USA")]


def test_a_leader_receiving_another_is_a_meeting(read):
    doc = read("白宫宣布总统将接待日本首相", "新华社华盛顿5月6日电 白宫宣布，美国总统白山福将于本月18日在度假地接待日本首相田中一郎。")
    assert [(e["type"], e["status"]) for e in doc.events] == [("meeting", "planned")]


def test_a_day_counted_from_the_report_does_not_part_two_tellings(read):
    # the caption's 26日 and the body's 今天 (counted from the report) tell one meeting
    doc = read("两国领导人会谈", "美国总统白山福今天在白宫接待来访的印度总理辛格时表示满意。\n"
               "图为辛格26日前往白宫与白山福会谈。", day="2024-05-28")
    assert len(doc.events) == 1


def test_a_ji_hou_clause_only_times_the_interaction_after_it(read):
    # 继…后，: what came first is no party, and the interaction after it is news, not recalled
    doc = read("三国代表在首尔会晤", "新华社首尔5月6日电 继朝鲜领导人金元首次提及与美方进行对话后，美国特别代表白山福"
               "5日在首尔与韩国外长朴成浩举行会晤。")
    assert _told(doc) == [("meeting", "2024-05-05", {"USA", "KOR"})]


def test_a_summary_cut_short_leaves_the_lead_to_the_paragraph_after_it():
    from diplograph.extract.event_page import lead_end
    teaser = "【本报特约记者 李明】据报道，韩美日三国的半岛事务首席代表5日在首尔进行了会晤，讨论半岛局势和三方在各领域的合作，这是三方今年举行的首次"
    lead = "【本报特约记者 李明】据报道，韩美日三国的半岛事务首席代表5日在首尔进行了会晤，讨论半岛局势和三方在各领域的合作。"
    cut = f"首尔消息\n{teaser} ...\n{lead}\n第三段。"
    assert lead_end(cut, 5) == cut.index("\n第三段")
    whole = f"首尔消息\n{lead}{lead}\n{lead}\n第三段。"
    assert lead_end(whole, 5) == whole.index("\n", 6)


def test_what_usually_happens_is_no_event(read):
    doc = read("特别代表出访", "新华社首尔5月6日电 据报道，美国特别代表白山福出访东亚时，通常与韩国外长朴成浩举行会谈。")
    assert doc.events == [] and "hypothetical" in [d["reason"] for d in doc.dropped]


def test_the_sender_of_a_letter_is_the_one_before_zhi(read):
    doc = read("候任总统致信", "新华社首尔5月6日电 韩国候任总统金正元5日致美国总统白山福亲笔信，希望加强同盟。")
    assert [[p["initiator"] for p in e["participants"]] for e in doc.events] == [[True, False]]


def test_this_meeting_named_again_is_no_second_event(read):
    doc = read("三国领导人将在海滨会谈", "新华社北京5月6日电 美国总统白山福、日本首相田中一郎和韩国总统金正元将于8日在海滨举行会谈。"
               "据悉，此次会晤意在加强美国与日本的合作。")
    assert [t for t, _, _ in _told(doc)] == ["talks"]
    assert "retold" in [d["reason"] for d in doc.dropped]


def test_who_sent_a_delegation_is_no_party_and_its_head_stands_for_it(read):
    doc = read("代表团访问白宫", "新华社华盛顿5月6日电 5日，韩国总统金正元派遣的韩国政策协商代表团访问白宫，团长朴成浩同美国国家"
               "安全顾问白山福举行会谈。")
    assert [[p["name"]["zh-Hans"] for p in e["participants"]] for e in doc.events] == [["朴成浩", "白山福"]]


def _acts(doc) -> list[tuple[str, str, str | None, set[str]]]:
    return sorted((e["type"], e["status"], e["date"], {p["affiliation"] for p in e["participants"]}) for e in doc.events)


def test_a_visit_under_way_and_the_talks_it_will_bring_are_each_dated_in_their_own_part(read, read_en):
    held, ahead = ("visit", "held", "2024-05-06", {"PRT", "POL"}), ("talks", "planned", "2024-05-07", {"PRT", "POL"})
    doc = read_en("Portuguese PM in Poland", "WARSAW, May 6 (Newswire) - Portuguese Prime Minister Rui Sardo arrived "
                  "in Warsaw on Monday for a two-day visit and will hold talks with Polish President Jan Kowal on "
                  "Tuesday.")
    assert _acts(doc) == [ahead, held]
    doc = read("葡萄牙总理访问波兰", "新华社华沙5月6日电 葡萄牙总理萨尔多6日抵达华沙，开始对波兰进行正式访问，7日将同"
               "波兰总统科瓦尔举行会谈。")
    assert _acts(doc) == [ahead, held]


def test_a_visit_that_only_frames_the_act_ahead_is_not_told_as_begun(read):
    doc = read("葡萄牙总理将访问波兰", "新华社里斯本5月6日电 葡萄牙总理萨尔多访问波兰期间，将同波兰总统科瓦尔举行会谈。")
    assert all(e["status"] == "planned" for e in doc.events)


def test_what_a_visit_ahead_is_for_takes_the_visits_day_when_it_gives_none(read_en):
    doc = read_en("Chilean leader to visit Peru", "Chilean President Ana Soto will travel to Peru on May 20 for talks "
                  "with Peruvian President Luis Vega.")
    assert _acts(doc) == [("talks", "planned", "2024-05-20", {"CHL", "PER"}),
                          ("visit", "planned", "2024-05-20", {"CHL", "PER"})]


@pytest.mark.parametrize("body", [
    # the inviter named first is no subject a pronoun goes back to
    "新华社北京5月6日电 应国家主席金河邀请，法国总统马田6日抵达北京，开始国事访问。他当天与德国总理舒尔通电话。",
])
def test_an_inviter_is_no_subject_carried_on(read, body):
    calls = [e for e in read("法国总统访华", body).events if e["type"] == "phone_call"]
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in calls] == [["DEU", "FRA"]]


def test_a_pronoun_after_a_paragraph_naming_host_and_guest_carries_neither(read):
    # 她 may be the host or the guest: the text does not say, so no subject is carried across the break
    doc = read("两国领导人会见", "新华社华盛顿5月6日电 美国总统金河6日在白宫会见日本首相田中花子。\n她当天还与加拿大总理马田举行会谈。")
    assert all("CAN" not in {p["affiliation"] for p in e["participants"]} for e in doc.events)


@pytest.mark.parametrize("body", [
    "新华社北京5月6日电 俄罗斯总统伊万诺夫6日抵达北京后，国家主席金河在人民大会堂同他举行会谈。",
    "新华社莫斯科5月6日电 外交部长王明6日抵达莫斯科后，俄罗斯外长伊万诺夫在外交部大楼会见了他。",
])
def test_after_a_journey_the_one_who_came_stays_a_party(read, body):
    names = {p["name"]["zh-Hans"] for e in read("会谈", body).events for p in e["participants"]}
    assert names >= ({"伊万诺夫", "金河"} if "金河" in body else {"王明", "伊万诺夫"})


@pytest.mark.parametrize("body", [
    "Relations began to improve after Chilean President Ana Soto visited Lima, and Peruvian President Luis Vega "
    "will hold talks with Soto in Santiago on Thursday.",
    "Peruvian President Luis Vega, whose visit to Santiago in February started badly, will meet Chilean President "
    "Ana Soto in Lima on Saturday.",
])
def test_a_visit_told_only_beside_an_act_ahead_is_no_visit_under_way(read_en, body):
    assert all(not (e["type"] == "visit" and e["status"] == "held") for e in read_en("Chile and Peru", body).events)


def test_a_trip_called_off_takes_what_it_was_for_with_it(read_en):
    doc = read_en("Trip off", "Chilean Foreign Minister Ana Soto on Monday postponed a trip to Lima for talks with "
                  "Peruvian Foreign Minister Luis Vega.")
    assert sorted((e["type"], e["status"]) for e in doc.events) == [("talks", "cancelled"), ("visit", "cancelled")]


def test_what_a_visit_ahead_is_for_keeps_its_own_day_when_the_visit_is_dated_by_the_saying(read_en):
    doc = read_en("Soto to visit Peru", "The presidency said on Monday that Chilean President Ana Soto will travel "
                  "to Lima for talks with Peruvian President Luis Vega.")
    assert [e["date"] for e in doc.events if e["type"] == "talks"] == ["2024-05-06"]


@pytest.mark.parametrize(("words", "kind"), [("held a virtual summit", "video_call"), ("held a summit", "talks")])
def test_a_summit_of_two_leaders_held_by_video_is_a_video_call(read_en, words, kind):
    """A virtual summit of two states is their talks held by video: a video call (视像峰会 likewise)."""
    doc = read_en("Leaders meet", f"Indian Prime Minister Ravi Menon and Australian Prime Minister Tom Hale {words} "
                                  "on Friday and agreed to fast-track a trade pact.")
    assert [e["type"] for e in doc.events] == [kind]
