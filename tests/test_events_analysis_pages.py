"""Issue 18 item 6, analysis and commentary pages (explainers, previews, Q&A pages, roundups, op-eds): only the
interactions a page reports as new are events. Pages written for these tests (invented people and wording,
English, Simplified and Traditional Chinese): a question asks about an interaction, commentators' guesses and a
condition tell none, and a recalled or repeated interaction (since their summit, have met three times, 已三次会晤)
is background."""

from __future__ import annotations

import pytest

from tests.conftest import read_feed_item

pytestmark = pytest.mark.issue(18)

EN_LEAD = "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal in Copenhagen on Monday.\n"
ZH_LEAD = "丹麦首相霍尔姆3日在哥本哈根会见智利总统维达尔。\n"
EN_NEWS = ("meeting", "held", "2025-03-03", ["CHL", "DNK"])


@pytest.fixture
def page(pipeline, tmp_path):
    def run(title: str, body: str, day: str = "2025-03-04T10:00:00+00:00"):
        return read_feed_item(pipeline, tmp_path, title, body, day)

    return run


def _told(doc) -> list[tuple[str, str, str | None, list[str]]]:
    return sorted((e["type"], e["status"], e["date"], sorted(p["affiliation"] for p in e["participants"]))
                  for e in doc.events)


@pytest.mark.parametrize("sentence", [
    "Could Japanese Prime Minister Kenji Mori meet Indian Prime Minister Arjun Rao in the autumn?",
    "Will Japanese Prime Minister Kenji Mori visit India this year? Officials would not say.",
    "Q: Did Japanese Prime Minister Kenji Mori hold talks with Indian Prime Minister Arjun Rao?",
])
def test_an_english_question_tells_no_interaction(page, sentence):
    doc = page("Analysis: what the Copenhagen talks mean", EN_LEAD + sentence)
    assert _told(doc) == [EN_NEWS]


@pytest.mark.parametrize("title,body", [
    ("Could Vidal and Holm meet again?",
     "Chilean President Rosa Vidal and Danish Prime Minister Lars Holm have traded barbs for months."),
    # a guess in the lead (past it, a commentator's words are commentary already)
    ("Explainer: the Manila summit",
     "Analysts expect Philippine President Ramon Cruz to meet Chinese Premier Li Wei on the sidelines of the summit."),
    ("Explainer: the Manila summit",
     "Some experts believe Philippine President Ramon Cruz will meet Chinese Premier Li Wei on Friday."),
])
def test_a_question_headline_or_a_commentators_guess_in_the_lead_tells_no_interaction(page, title, body):
    assert _told(page(title, body)) == []


@pytest.mark.parametrize("sentence,told", [
    # a wh-question takes the interaction as given; a name (Will) is no auxiliary; what analysts say may be a plan
    ("Why did Japanese Prime Minister Kenji Mori meet Indian Prime Minister Arjun Rao on Monday?",
     ("meeting", "held", "2025-03-03", ["IND", "JPN"])),
    ("Will Baker, the Japanese envoy, met Indian Foreign Minister Sunil Desai on Monday.",
     ("meeting", "held", "2025-03-03", ["IND", "JPN"])),
    ("Japanese Prime Minister Kenji Mori will visit New Delhi on Friday, analysts expect the visit to lift trade.",
     ("visit", "planned", "2025-03-07", ["IND", "JPN"])),
])
def test_what_is_no_question_nor_guess_is_told_as_before(page, sentence, told):
    doc = page("Diplomacy in brief", sentence)
    assert _told(doc) == [told]


ZH_NEWS = ("meeting", "held", "2025-03-03", ["CHL", "DNK"])


@pytest.mark.parametrize("sentence", [
    "日本首相森健二今年会访问印度吗？",
    "日本首相森健二今年會訪問印度嗎？",
    "分析人士预计，日本首相森健二将在峰会期间会见印度总理拉奥。",
    "外界普遍預期日本首相森健二年內將訪問印度。",
    "如果日本首相森健二与印度总理拉奥会晤，双方可能签署协议。",
    "学者指出，若日本首相森健二与印度总理拉奥会晤，将有助于缓和局势。",
])
def test_a_chinese_question_guess_or_condition_tells_no_interaction(page, sentence):
    doc = page("分析：两国关系新动向", ZH_LEAD + sentence, "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


@pytest.mark.parametrize("sentence,told", [
    # 若干 (several) is no 若 of a condition; a guess after the trigger is about something else
    ("若干国家的外长5日将在日内瓦与印度外长德赛会晤。", ("meeting", "planned", "2025-03-05", ["IND"])),
    ("日本首相森健二将于7日访问印度，分析人士预计双方将签署协议。", ("visit", "planned", "2025-03-07", ["IND", "JPN"])),
])
def test_what_is_no_chinese_guess_or_condition_is_told_as_before(page, sentence, told):
    doc = page("外交简讯", sentence, "2025-03-04T10:00:00+08:00")
    assert [(e["type"], e["status"], e["date"]) for e in doc.events] == [told[:3]]


@pytest.mark.parametrize("sentence", [
    "Since the meeting between Japanese Prime Minister Kenji Mori and Indian Prime Minister Arjun Rao, trade has grown.",
    "Since their summit in Osaka, Japanese Prime Minister Kenji Mori and Indian Prime Minister Arjun Rao have "
    "grown close.",
    "Japanese Prime Minister Kenji Mori and Indian Prime Minister Arjun Rao have spoken by phone twice this year.",
    "Japanese Prime Minister Kenji Mori has met Indian Prime Minister Arjun Rao three times since taking office.",
    "Japanese Prime Minister Kenji Mori has held talks with Indian Prime Minister Arjun Rao on several occasions.",
])
def test_an_english_interaction_counted_from_or_counted_is_background(page, sentence):
    doc = page("Analysis: what the Copenhagen talks mean", EN_LEAD + sentence)
    assert _told(doc) == [EN_NEWS]


@pytest.mark.parametrize("sentence", [
    "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal in Copenhagen on Monday, their first meeting "
    "since the Lima summit.",
    "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal in Copenhagen on Monday for the first time "
    "since 2019.",
    "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal in Copenhagen on Monday, the third time the "
    "two have met this year.",
])
def test_news_told_with_a_since_or_a_count_stays_news(page, sentence):
    assert _told(page("Diplomacy in brief", sentence)) == [EN_NEWS]


@pytest.mark.parametrize("sentence", [
    "日本首相森健二与印度总理拉奥已三次会晤。",
    "日本首相森健二与印度总理拉奥今年已通话两次。",
    "日本首相森健二曾多次與印度總理拉奧會晤。",
    "日本首相森健二访问印度以来，两国贸易增长了两成。",
])
def test_a_chinese_interaction_counted_from_or_counted_is_background(page, sentence):
    doc = page("分析：两国关系新动向", ZH_LEAD + sentence, "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


@pytest.mark.parametrize("sentence,kind", [
    # one of them counted (第三次, 第十三次) is news; 以来首次: the call is the first since the meeting named
    ("丹麦首相霍尔姆3日在哥本哈根同智利总统维达尔举行今年第三次会晤。", "meeting"),
    ("丹麥首相霍爾姆3日在哥本哈根同智利總統維達爾舉行第十三次會晤。", "meeting"),
    ("丹麦首相霍尔姆3日同智利总统维达尔通电话，这是两人去年会晤以来首次通话。", "phone_call"),
    ("丹麦首相霍尔姆3日在哥本哈根与多次访丹的智利总统维达尔会晤。", "meeting"),  # the guest's visits counted
])
def test_chinese_news_told_with_a_count_or_since_stays_news(page, sentence, kind):
    doc = page("外交简讯", sentence, "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [(kind, "held", "2025-03-03", ["CHL", "DNK"])]


def test_an_ordinal_of_tens_counts_one_meeting(page):
    doc = page("外交简讯", "丹麦首相霍尔姆3日在哥本哈根同智利总统维达尔举行第二十次会晤。", "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [("meeting", "held", "2025-03-03", ["CHL", "DNK"])]


@pytest.mark.parametrize("sentence", [
    "Diplomats hope Japanese Prime Minister Kenji Mori will meet Indian Prime Minister Arjun Rao soon.",
    "A meeting between Japanese Prime Minister Kenji Mori and Indian Prime Minister Arjun Rao is possible but has "
    "not been confirmed.",
    "Japanese Prime Minister Kenji Mori is rumoured to be planning a visit to India.",
    "Japanese Prime Minister Kenji Mori is reportedly considering a trip to India.",
])
def test_an_english_interaction_hoped_for_given_a_chance_or_rumoured_is_none(page, sentence):
    doc = page("Analysis: what the Copenhagen talks mean", EN_LEAD + sentence)
    assert _told(doc) == [EN_NEWS]


@pytest.mark.parametrize("sentence,told", [
    # the hope is about the talks' outcome, after them; `between` names sides of talks told as held
    ("Danish Prime Minister Lars Holm met Chilean President Rosa Vidal on Monday and said he hoped trade would grow.",
     EN_NEWS),
    ("Talks between Danish Prime Minister Lars Holm and Chilean President Rosa Vidal on Monday were constructive.",
     ("talks", "held", "2025-03-03", ["CHL", "DNK"])),
])
def test_news_told_beside_a_hope_stays_news(page, sentence, told):
    assert _told(page("Diplomacy in brief", sentence)) == [told]


@pytest.mark.parametrize("sentence", [
    "两年前，日本首相森健二访问印度并会见了印度总理拉奥。",
    "多年前的一次会晤中，日本首相森健二与印度总理拉奥谈及此事。",
    "日本首相森健二與印度總理拉奧今年已兩度會晤。",
])
def test_a_chinese_interaction_years_ago_or_counted_in_turns_is_background(page, sentence):
    doc = page("分析：两国关系新动向", ZH_LEAD + sentence, "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


def test_news_recalling_an_earlier_deal_stays_news(page):
    doc = page("外交简讯", "丹麦首相霍尔姆3日会见智利总统维达尔，双方回顾了两年前签署的贸易协定。",
               "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


ROUNDUP = ("Monday: Mexican President Lucia Ortega met Colombian President Andres Pardo in Mexico City.\n"
           "Tuesday: Thai Prime Minister Somchai Wong held a phone call with Vietnamese Prime Minister Tran Van Long.\n"
           "Wednesday: Spanish Foreign Minister Carmen Ruiz met Moroccan Foreign Minister Youssef Alami in Rabat.")


@pytest.mark.parametrize("title,call", [
    ("Diplomacy this week: a roundup", True),
    ("World diplomacy in brief", True),
    # a report's body past the lead recalls the days before its news as background
    ("Spain and Morocco agree on fisheries", False),
])
def test_each_item_of_a_roundup_of_the_week_is_news(page, title, call):
    told = _told(page(title, ROUNDUP, "2025-03-07T10:00:00+00:00"))
    assert (("phone_call", "held", "2025-03-04", ["THA", "VNM"]) in told) is call
    assert ("meeting", "held", "2025-03-05", ["ESP", "MAR"]) in told


@pytest.mark.parametrize("sentence", [
    "Commentators compared it with Japanese Prime Minister Kenji Mori's trip to India.",
    "Vidal's visit follows Japanese Prime Minister Kenji Mori's landmark visit to Chile.",
])
def test_an_english_interaction_named_as_someones_with_no_day_past_the_lead_is_background(page, sentence):
    doc = page("Analysis: what the Copenhagen talks mean", EN_LEAD + sentence)
    assert _told(doc) == [EN_NEWS]


@pytest.mark.parametrize("sentence,told", [
    # a day's (Monday's meeting), one given its day, or one the sentence tells as ahead is news
    ("Monday's meeting between Holm and Japanese Prime Minister Kenji Mori was also cordial.",
     ("meeting", "held", "2025-03-03", ["DNK", "JPN"])),
    ("Japanese Prime Minister Kenji Mori's talks with Indian Prime Minister Arjun Rao on Tuesday were cordial.",
     ("talks", "held", "2025-03-04", ["IND", "JPN"])),
    ("During Mori's stay, Japanese Prime Minister Kenji Mori will meet Indian Prime Minister Arjun Rao on Friday.",
     ("meeting", "planned", "2025-03-07", ["IND", "JPN"])),
])
def test_someones_interaction_given_a_day_or_ahead_stays_news(page, sentence, told):
    assert told in _told(page("Diplomacy in brief", EN_LEAD + sentence))


@pytest.mark.parametrize("sentence", [
    "Japanese Prime Minister Kenji Mori should meet Indian Prime Minister Arjun Rao soon, the editorial argued.",
    "Japanese Prime Minister Kenji Mori must visit India to repair ties, critics say.",
    "There has been talk of a meeting between Japanese Prime Minister Kenji Mori and Indian Prime Minister Arjun Rao.",
    "As when Japanese Prime Minister Kenji Mori met Indian Prime Minister Arjun Rao in Osaka, the mood was warm.",
])
def test_an_english_interaction_urged_talked_of_or_compared_with_is_none(page, sentence):
    doc = page("Analysis: what the Copenhagen talks mean", EN_LEAD + sentence)
    assert _told(doc) == [EN_NEWS]


@pytest.mark.parametrize("sentence", [
    "日本首相森健二应当尽快访问印度，社论指出。",
    "外界盛传日本首相森健二将访问印度。",
    "有傳言稱日本首相森健二將於下月訪問印度。",
    "据日本媒体报道，日本首相森健二或于下月访问印度。",
])
def test_a_chinese_interaction_urged_or_rumoured_is_none(page, sentence):
    doc = page("分析：两国关系新动向", ZH_LEAD + sentence, "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


@pytest.mark.parametrize("sentence,told", [
    # 应邀 (at the invitation of) is no `ought`; `would like to` is a wish of its own kind, `like` no comparison
    ("应印度总理拉奥邀请，日本首相森健二将于7日访问印度。", ("visit", "planned", "2025-03-07", ["IND", "JPN"])),
    ("Danish Prime Minister Lars Holm met Chilean President Rosa Vidal on Monday in talks that felt like a reunion.",
     ("talks", "held", "2025-03-03", ["CHL", "DNK"])),
])
def test_an_invitation_or_a_likeness_stays_news(page, sentence, told):
    day = "2025-03-04T10:00:00+08:00" if sentence[0] > "~" else "2025-03-04T10:00:00+00:00"
    assert _told(page("Diplomacy in brief", sentence, day)) == [told]


@pytest.mark.parametrize("sentence,told", [
    ("When Mexican President Lucia Ortega meets Canadian Prime Minister Mark Dubois in Ottawa on Thursday, trade "
     "will top the agenda.", ("meeting", "planned", "2025-03-06", ["CAN", "MEX"])),
    ("Once Mexican President Lucia Ortega holds talks with Canadian Prime Minister Mark Dubois on Thursday, the two "
     "will sign a trade pact.", ("talks", "planned", "2025-03-06", ["CAN", "MEX"])),
    # the past in a time clause is held
    ("When Mexican President Lucia Ortega met Canadian Prime Minister Mark Dubois in Ottawa on Monday, trade topped "
     "the agenda.", ("meeting", "held", "2025-03-03", ["CAN", "MEX"])),
])
def test_an_english_time_clause_in_the_present_tells_a_plan(page, sentence, told):
    assert _told(page("Preview: Ortega in Ottawa", sentence)) == [told]


@pytest.mark.parametrize("turn,told", [
    ("Q: It is reported that Chilean President Rosa Vidal will visit Denmark next week. Can you confirm?\n"
     "A: I have no information to release.", []),
    ("Q: Reports say Chilean President Rosa Vidal will visit Denmark next week. Is that true?\nA: No comment.", []),
    ("Q: Chilean President Rosa Vidal will visit Denmark next week, is it true?\nA: No comment.", []),
    # a question about what was announced, not whether it is true
    ("Q: Chilean President Rosa Vidal will visit Denmark on Friday. What do you expect?\nA: Closer ties.",
     [("visit", "planned", "2025-03-07", ["CHL", "DNK"])]),
])
def test_an_english_report_a_reporter_asks_to_have_confirmed_is_none(page, turn, told):
    assert _told(page("Foreign Ministry briefing", turn)) == told


@pytest.mark.parametrize("sentence", [
    "外界关注日本首相森健二会否在峰会期间会见印度总理拉奥。",
    "外界關注日本首相森健二會否在峰會期間會見印度總理拉奧。",
])
def test_whether_a_chinese_interaction_will_be_is_none(page, sentence):
    doc = page("前瞻：峰会看点", ZH_LEAD + sentence, "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


@pytest.mark.parametrize("sentence", [
    "Japanese Prime Minister Kenji Mori is open to meeting Indian Prime Minister Arjun Rao.",
    "A visit to India by Japanese Prime Minister Kenji Mori is in the works, a source said.",
])
def test_an_english_interaction_only_open_to_or_in_the_works_is_none(page, sentence):
    assert _told(page("Preview: the summit", EN_LEAD + sentence)) == [EN_NEWS]


@pytest.mark.parametrize("opening", ["据称，", "據介紹，"])
def test_what_is_reported_opens_no_speakers_words(page, opening):
    doc = page("外交简讯", ZH_LEAD + opening + "日本首相森健二计划下月访问印度。", "2025-03-04T10:00:00+08:00")
    assert ("visit", "planned", "2025-04", ["IND", "JPN"]) in _told(doc)


def test_a_speakers_words_past_the_lead_still_tell_no_news(page):
    doc = page("外交简讯", ZH_LEAD + "维达尔称，日本首相森健二计划下月访问印度。", "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


@pytest.mark.parametrize("title,body,day", [
    ("Analysis: a thaw", "Analysts believe Monday's meeting between Danish Prime Minister Lars Holm and Chilean "
     "President Rosa Vidal in Copenhagen eased tensions.", "2025-03-04T10:00:00+00:00"),
    ("分析：关系回暖", "专家预计，丹麦首相霍尔姆3日同智利总统维达尔的会晤将推动两国合作。", "2025-03-04T10:00:00+08:00"),
])
def test_commentators_on_an_interaction_held_leave_it_news(page, title, body, day):
    assert [(e["type"], e["date"]) for e in page(title, body, day).events] == [("meeting", "2025-03-03")]


@pytest.mark.parametrize("sentence,day,told", [
    ("Japanese Prime Minister Kenji Mori will meet Indian Prime Minister Arjun Rao on Friday, though neither side "
     "has confirmed it.", "2025-03-04T10:00:00+00:00", []),
    ("Japanese Prime Minister Kenji Mori will meet Indian Prime Minister Arjun Rao on Friday, but this has not been "
     "confirmed.", "2025-03-04T10:00:00+00:00", []),
    ("日本首相森健二将在峰会期间与印度总理拉奥会晤，但日方尚未证实。", "2025-03-04T10:00:00+08:00", []),
    # what is not confirmed is something else the sentence names
    ("Japanese Prime Minister Kenji Mori met Indian Prime Minister Arjun Rao on Monday, but officials did not "
     "confirm what was agreed.", "2025-03-04T10:00:00+00:00", [("meeting", "held", "2025-03-03", ["IND", "JPN"])]),
    ("Japanese Prime Minister Kenji Mori will meet Indian Prime Minister Arjun Rao on Friday, though the agenda has "
     "not been confirmed.", "2025-03-04T10:00:00+00:00", [("meeting", "planned", "2025-03-07", ["IND", "JPN"])]),
])
def test_an_interaction_the_sentence_calls_unconfirmed_is_none(page, sentence, day, told):
    assert _told(page("Preview: the summit", sentence, day)) == told


def test_a_count_in_a_relative_clause_is_the_partners_not_the_news(page):
    doc = page("Diplomacy in brief", "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal who has "
               "visited Denmark three times in Copenhagen on Monday.")
    assert _told(doc) == [EN_NEWS]


@pytest.mark.parametrize("sentence", ["当年日本首相森健二访问印度时，两国签署了核能协定。", "當年日本首相森健二訪問印度時，兩國簽署了核能協定。"])
def test_a_chinese_interaction_of_those_years_is_background(page, sentence):
    doc = page("分析：两国关系新动向", ZH_LEAD + sentence, "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


def test_this_years_first_trip_stays_news(page):
    doc = page("外交简讯", "丹麦首相霍尔姆3日在哥本哈根会见智利总统维达尔，这是维达尔当年首次出访。",
               "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


@pytest.mark.parametrize("sentence", [
    "Speculation is growing that Japanese Prime Minister Kenji Mori will visit India.",
    "Japanese Prime Minister Kenji Mori ruled out a meeting with Indian Prime Minister Arjun Rao.",
    "Japan and India hold talks every year.",
])
def test_an_english_interaction_speculated_refused_or_habitual_is_none(page, sentence):
    assert _told(page("Analysis: what the Copenhagen talks mean", EN_LEAD + sentence)) == [EN_NEWS]


def test_a_chinese_interaction_held_every_year_is_none(page):
    doc = page("分析：两国关系新动向", ZH_LEAD + "日本首相森健二与印度总理拉奥每年举行会晤。", "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


def test_what_is_ruled_out_besides_the_news_leaves_it(page):
    doc = page("Diplomacy in brief", "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal on Monday "
               "and ruled out a new trade war.")
    assert _told(doc) == [EN_NEWS]


@pytest.mark.parametrize("sentence", ["日本首相森健二与印度总理拉奥能否会面仍是未知数。", "日本首相森健二何時訪問印度仍不得而知。"])
def test_a_chinese_interaction_still_unknown_is_none(page, sentence):
    doc = page("前瞻：峰会看点", ZH_LEAD + sentence, "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


def test_news_beside_an_unknown_outcome_stays_news(page):
    doc = page("外交简讯", "丹麦首相霍尔姆3日在哥本哈根会见智利总统维达尔，两国能否达成协议仍是未知数。",
               "2025-03-04T10:00:00+08:00")
    assert _told(doc) == [ZH_NEWS]


@pytest.mark.parametrize("sentence,told", [
    ("Two years ago, Japanese Prime Minister Kenji Mori visited India and met Prime Minister Arjun Rao.", [EN_NEWS]),
    ("Just months ago Japanese Prime Minister Kenji Mori held talks with Indian Prime Minister Arjun Rao.", [EN_NEWS]),
    # `ago` later in the sentence times another act: the deal, not the meeting
    ("Japanese Prime Minister Kenji Mori met Indian Prime Minister Arjun Rao on Tuesday to discuss a deal signed "
     "three years ago.", [EN_NEWS, ("meeting", "held", "2025-03-04", ["IND", "JPN"])]),
])
def test_an_english_sentence_opening_years_ago_tells_the_past(page, sentence, told):
    assert _told(page("Analysis: what the Copenhagen talks mean", EN_LEAD + sentence)) == sorted(told)


@pytest.mark.parametrize("body", [
    # a word of speculation, a habit or a count about something else in the news sentence (review of these rules)
    "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal in Copenhagen on Monday amid talk of a copper "
    "deal.",
    "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal in Copenhagen on Monday amid speculation that "
    "Santiago will buy Danish turbines.",
    "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal on Monday at the energy forum held annually in "
    "Copenhagen.",
    "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal in Copenhagen on Monday to discuss a loan under "
    "consideration.",
    "Danish Prime Minister Lars Holm met Chilean President Rosa Vidal twice in Copenhagen on Monday.",
    "For the first time since 2018 Danish Prime Minister Lars Holm met Chilean President Rosa Vidal in Copenhagen on "
    "Monday.",
])
def test_news_beside_speculation_a_habit_or_a_count_about_something_else_stays_news(page, body):
    assert _told(page("Holm meets Vidal", body)) == [EN_NEWS]


@pytest.mark.parametrize("body", [
    "丹麦首相霍尔姆3日在哥本哈根同智利总统维达尔举行每年一次的战略对话。",  # this round of the yearly series, dated
    "丹麦首相霍尔姆3日在哥本哈根会见智利总统维达尔时驳斥了有关两国关系紧张的传言。",  # the rumour is of tensions
    "丹麦首相霍尔姆3日在哥本哈根会见了2018年以来首位访丹的智利总统维达尔。",  # 以来首位: the guest is the first
    "问：丹麦首相霍尔姆3日在哥本哈根会见智利总统维达尔，你能介绍一下会见的情况吗？",  # the question asks of its content
])
def test_chinese_news_beside_a_yearly_series_a_rumour_or_a_question_about_it_stays_news(page, body):
    assert [(kind, status, day) for kind, status, day, _ in _told(page("霍尔姆会见维达尔", body,
                                                                      "2025-03-04T10:00:00+08:00"))] in (
        [("meeting", "held", "2025-03-03")], [("talks", "held", "2025-03-03")])


def test_a_first_name_hope_is_no_wish(page):
    doc = page("Carrington to meet Vidal", "British envoy Hope Carrington will meet Chilean President Rosa Vidal in "
               "Santiago on Friday.")
    assert _told(doc) == [("meeting", "planned", "2025-03-07", ["CHL", "GBR"])]
