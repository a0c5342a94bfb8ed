"""Chinese pages in the styles of outlets the corpus does not hold (Malaysian and Singaporean Chinese papers,
Taiwanese releases and papers, Hong Kong papers, a ministry's transcript), each kind on sentences written for
these tests with invented people and places' own usage."""

from __future__ import annotations

import pytest

from tests.conftest import read_feed_item
from tests.test_events_zh_unseen import _told


@pytest.fixture
def page(pipeline, tmp_path):
    def run(title: str, body: str, day: str = "2031-07-10T22:00:00+08:00", url: str = ""):
        return read_feed_item(pipeline, tmp_path, title, body, day, url)

    return run


@pytest.mark.parametrize("honorific", ["", "拿督斯里", "丹斯里", "拿督"])
def test_a_local_papers_own_dateline_says_whose_officials_it_names_without_a_country(page, honorific):
    """(吉隆坡20日讯) is a Malaysian paper's own dateline: its 副首相 is Malaysia's, the day is the dateline's,
    本周二 the Tuesday of that week; a Malay honorific (拿督斯里) between title and name is no part of the name."""
    doc = page("副首相接见大使", f"（吉隆坡20日讯）副首相{honorific}莫哈末扎基于本周二在布城接见印尼驻马来西亚大使"
               "苏哈托诺，双方就边境议题交换意见。", day="2031-08-20T21:30:00+08:00")
    assert [(kind, status, day, [(name, aff) for name, aff, _ in people]) for kind, status, day, people
            in _told(doc)] == [("meeting", "held", "2031-08-19", [("苏哈托诺", "IDN"), ("莫哈末扎基", "MYS")])]


def test_a_local_dateline_whose_state_the_lead_names_as_a_partys_is_no_home(page):
    """(河内5日讯)…会见越南外长: the lead names Vietnam as its partner's state, so the paper reports from abroad and
    its own minister is not Vietnam's; the meeting stays one of two sides."""
    doc = page("外长会见越南外长", "（河内5日讯）外交部长莫哈末5日在河内会见越南外长阮文山，双方就稻米贸易交换意见。",
               day="2031-09-05T21:30:00+08:00")
    assert [(kind, status, [(n, aff) for n, aff, _ in people if aff == "VNM"]) for kind, status, _, people
            in _told(doc)] == [("meeting", "held", [("阮文山", "VNM")])]


def test_a_retold_reports_day_in_brackets_says_nothing_of_the_outlets_side(page):
    """据岛内媒体报道，…昨（8）日…: the Taiwanese way of giving the day is the retold report's, so the 外交部长 of
    the page's own next sentence stays China's."""
    doc = page("两岸外事动态", "据岛内媒体报道，台湾地区外事部门负责人林志远昨（8）日会见到访的危地马拉外长马丁内斯。"
               "外交部长赵文海8日在北京会见了巴西外长费尔南德斯。", day="2031-04-09T18:00:00+08:00")
    assert ("赵文海", "CHN") in [(n, aff) for *_, people in _told(doc) for n, aff, _ in people]


@pytest.mark.parametrize("dateline", ["（本报讯）", "（本报记者陈明华盛顿18日电）"])
def test_a_dateline_of_the_paper_itself_or_of_a_correspondent_abroad_keeps_the_chinese_default(page, dateline):
    """本报讯 names no place, and a correspondent's byline abroad is no local dateline: 外交部长 stays China's."""
    doc = page("外长会见美国副国务卿", f"{dateline}外交部长陈志远18日会见美国副国务卿卡尔森。",
               day="2031-08-19T07:00:00+08:00")
    assert [sorted(aff for _, aff, _ in people) for *_, people in _told(doc)] == [["CHN", "USA"]]


@pytest.mark.parametrize("lead,home", [
    ("外交部長林志遠於本（4）月9日下午在外交部會晤來訪的瓜地馬拉外交部長馬丁尼斯，雙方交換意見。", "TWN"),
    ("外交部政務次長陳明德今（9）日接見來訪的瓜地馬拉外交部長馬丁尼斯，雙方交換意見。", "TWN"),
    # (written with the name Hong Kong and the mainland give Guatemala: 瓜地馬拉 is Taiwan's, see below)
    ("外交部長林志遠4月9日下午在北京會見來訪的危地馬拉外交部長馬丁尼斯，雙方交換意見。", "CHN"),
])
def test_a_day_given_in_brackets_after_its_counting_word_speaks_from_taiwan(page, lead, home):
    """今（9）日, 本（4）月9日: a Taiwanese release's way of giving the day says whose 外交部長 the page names
    without a country, and 本（4）月9日 is that day; a lead giving 4月9日 keeps the Chinese default."""
    doc = page("外交部長會晤外長", lead, day="2031-04-09T18:00:00+08:00")
    assert [(kind, day, sorted(aff for _, aff, _ in people)) for kind, _, day, people in _told(doc)] == [
        ("meeting", "2031-04-09", sorted(["GTM", home]))]


@pytest.mark.parametrize("lead,home", [
    ("外交部長林志遠9日在台北賓館分別會見來訪的瓜地馬拉外長馬丁尼斯及巴拉圭外長羅培茲。", "TWN"),  # Taiwan's name
    ("外交部長林志遠9日分別會見來訪的危地馬拉外長馬丁尼斯及巴拉圭外長羅培茲。", "CHN"),  # Hong Kong's
    ("外交部長林志遠9日分別會見來訪的尼日利亞外長奧貢及巴拉圭外長羅培茲。", "CHN"),  # 尼日 (Taiwan's Niger) in it
    # Taiwan's name in a quotation, beside Hong Kong's, as a US state's (喬治亞州), or on a Simplified page
    ("外交部長林志遠9日會見來訪的洪都拉斯外長。台灣方面曾稱「宏都拉斯是友邦」。", "CHN"),
    ("外交部長林志遠9日會見來訪的危地馬拉外長，據悉宏都拉斯國會已批准協議。", "CHN"),
    ("外交部長林志遠9日會見美國國務卿，雙方談及喬治亞州的工廠。", "CHN"),
    ("外交部长林志远9日会见来访的宏都拉斯外长。", "CHN"),
])
def test_a_states_name_only_taiwan_writes_speaks_from_taiwan(page, lead, home):
    """瓜地馬拉, 義大利, 沙烏地阿拉伯: names of states only Taiwan's Chinese writes (CLDR) say whose 外交部長 a
    Traditional page of an outlet not known names without a country, unless it writes Hong Kong's too; a longer name
    holding one, a quotation, a US state of that name and a Simplified page do not."""
    doc = page("外交部長會見外長", lead, day="2031-04-09T18:00:00+08:00")
    assert {aff for *_, people in _told(doc) for n, aff, _ in people if n in ("林志遠", "林志远")} == {home}


@pytest.mark.parametrize("joiner", ["-", "·"])
def test_a_one_character_state_ending_a_joined_transliterated_name_is_part_of_the_name(page, joiner):
    """阿卜杜勒-马吉德外长: 德 ends the last part of a joined name (its characters may be one-character forms
    too: 马), so no German foreign minister meets anyone at the press conference after the talks."""
    name = f"阿卜杜勒{joiner}马吉德"
    doc = page("外长会谈", f"新华社开罗10月14日电 外交部长王立明14日在开罗同埃及外交部长{name}举行会谈。\n"
               f"会谈后，王立明同{name}外长共同会见记者。", day="2031-10-15T08:00:00+08:00")
    assert [(kind, sorted(aff for _, aff, _ in people)) for kind, _, _, people in _told(doc)] == [
        ("talks", ["CHN", "EGY"])]


def test_a_one_character_state_after_a_word_is_still_a_state(page):
    """同德外长 (with the German foreign minister): no joined name stands before 德."""
    doc = page("外长会谈", "新华社柏林10月14日电 外交部长王立明14日在柏林同德外长举行会谈。", day="2031-10-15T08:00:00+08:00")
    assert [(kind, sorted(aff for _, aff, _ in people)) for kind, _, _, people in _told(doc)] == [
        ("talks", ["CHN", "DEU"])]


def test_a_singaporean_papers_minister_may_bear_a_transliterated_name(page):
    """(新加坡讯) says the paper is Singapore's, whose officials bear Han and transliterated names alike: its
    外交部长 with a transliterated name is Singapore's own, not a foreigner of no known side."""
    doc = page("外长会见越南外长", "（新加坡讯）外交部长巴拉苏昨天在新加坡会见到访的越南外交部长黎明山，双方签署了谅解备忘录。",
               day="2031-10-08T20:00:00+08:00")
    assert [(day, [(name, aff) for name, aff, _ in people]) for _, _, day, people in _told(doc)] == [
        ("2031-10-07", [("巴拉苏", "SGP"), ("黎明山", "VNM")])]


def test_a_headlines_clause_set_apart_by_a_space_after_a_title_is_no_name(page):
    """越南外长 两国签署…: a run opening with a determiner after the space is the headline's next clause, so
    no second meeting with someone called 两国."""
    doc = page("外长会见越南外长 两国签署合作文件", "新华社北京10月7日电 外交部长王立明7日在北京会见越南外长黎明山，"
               "双方签署了合作文件。", day="2031-10-08T07:00:00+08:00")
    assert [[name for name, _, _ in people] for *_, people in _told(doc)] == [["王立明", "黎明山"]]


def test_a_reporters_question_in_a_briefings_transcript_is_no_partys_words(page):
    """问：… is the reporter's turn: the side its question names (中方) says none of it; the answer (答：) that
    speaks for that side still does. A visit the question asks to have confirmed (你能否证实？) is no news."""
    doc = page("外交部发言人就总理访华答记者问", "问：据报道，斐济总理将访华，你能否证实？\n"
               "答：应国务院总理王立明邀请，斐济共和国总理卡洛尼将于5月26日至31日对中国进行正式访问。\n"
               "问：中方对此访有何期待？\n答：中方期待通过此访，推动两国关系不断向前发展。", day="2031-05-22T16:00:00+08:00")
    assert [s["text"] for e in doc.events for s in e["statements"]] == ["中方期待通过此访，推动两国关系不断向前发展。"]
    assert [(kind, status, sorted(n for n, _, _ in people)) for kind, status, _, people in _told(doc)] == [
        ("visit", "planned", ["卡洛尼", "王立明"])]


@pytest.mark.parametrize("question,told", [
    ("问：有消息称，法国外长杜兰将于月底访华。你能否证实这一消息？", []),
    ("记者问：有消息称，法国外长杜兰将于月底访华。请问是否属实？", []),
    ("問：有消息稱，法國外長杜蘭將於月底訪華。中方可否確認？", []),
    ("问：法国外长杜兰昨天同外交部长赵文海通电话。中方如何评价这次通话？", [("phone_call", "held")]),
])
def test_what_a_reporters_turn_asks_to_have_confirmed_is_no_news(page, question, told):
    """A reporter's turn (问：) that tells a report and then, in a sentence of its own, asks whether it is true
    tells no event; one that tells an event and asks for comment on it still tells it."""
    doc = page("外交部发言人例行记者会", f"{question}\n答：我没有可以发布的消息。", day="2031-05-22T16:00:00+08:00")
    assert [(kind, status) for kind, status, _, _ in _told(doc)] == told


@pytest.mark.parametrize("clause,told", [
    ("，国务院总理王立明同日与卡洛尼举行会谈。", [("meeting", "陈志远"), ("talks", "王立明")]),
    ("，国务院总理王立明参加会见。", [("meeting", "陈志远")]),
    ("。国务院总理王立明同日与卡洛尼举行会谈。", [("meeting", "陈志远"), ("talks", "王立明")]),
])
def test_another_host_of_the_same_side_with_a_partner_of_his_own_tells_an_act_of_his_own(page, clause, told):
    """甲会见丙，乙同日与丙举行会谈: the head of state meets, the premier holds talks (one who only attends is no
    party); 同日 (the same day) is no `with` before a partner's name (日与卡洛尼)."""
    doc = page("主席会见斐济总理", f"新华社北京5月27日电 国家主席陈志远27日在人民大会堂会见斐济总理卡洛尼{clause}",
               day="2031-05-27T20:00:00+08:00")
    assert [(kind, [n for n, aff, _ in people if aff == "CHN"], [n for n, aff, _ in people if aff == "FJI"])
            for kind, _, _, people in _told(doc)] == [(kind, [host], ["卡洛尼"]) for kind, host in told]


def test_titles_listed_before_a_foreign_name_are_his_and_of_the_state_the_first_names(page):
    """巴西副总统、发展工业外贸和服务部长阿尔克明: one person, Brazil's vice-president, though the second title's
    long ministry name keeps it from joining the first (he was read as two: a vice-president of no name and a
    minister of no side)."""
    doc = page("主席会见巴西副总统", "新华社北京6月5日电 国家主席陈志远5日在人民大会堂会见巴西副总统、发展工业外贸和服务部长"
               "阿尔克明。", day="2031-06-05T20:00:00+08:00")
    assert [[(next(iter(p["name"].values())), p["affiliation"], p["office"]) for p in e["participants"]]
            for e in doc.events] == [[("陈志远", "CHN", "head_of_state"), ("阿尔克明", "BRA", "deputy_head_of_state")]]


@pytest.mark.parametrize("meeting,partner", [("在同阮文山会谈时", "阮文山"), ("会见潘金英时", "潘金英")])
def test_words_said_at_a_meeting_the_sentence_opens_with_go_to_that_meeting(page, meeting, partner):
    """甲先后会见乙、丙 and 在同乙会谈时，甲指出…: the words go to the act with the one their sentence names before
    them, the first act told as well as the last, though the words name neither."""
    doc = page("商务部长会见越南客人", "新华社河内4月2日电 商务部长赵文海2日在河内先后会见越南工贸部长阮文山、越南国会副主席"
               f"潘金英。\n{meeting}，赵文海指出，双方应扩大农产品贸易。", day="2031-04-02T21:00:00+08:00")
    said = {s["text"]: [next(iter(p["name"].values())) for p in e["participants"]]
            for e in doc.events for s in e["statements"]}
    assert said == {"赵文海指出，双方应扩大农产品贸易。": ["赵文海", partner]}


def test_a_thai_name_is_a_name_and_a_headlines_bare_title_the_outlets_own_holder(page):
    """颂猜 is written with syllables of Thai names (颂, 猜); the headline's bare 外长 abbreviates the lead's
    外交部长 of the outlet's own minister, so it is he, not the Thai 外长 whose title it matches as printed."""
    doc = page("外长分别会见泰国、柬埔寨外长", "新华社昆明8月11日电 8月11日，外交部长王立明在昆明分别会见泰国外长颂猜、"
               "柬埔寨外交大臣宋帕拉。", day="2031-08-12T07:45:00+08:00")
    assert [[name for name, _, _ in people] for *_, people in _told(doc)] == [["王立明", "颂猜"], ["宋帕拉", "王立明"]]


@pytest.mark.parametrize("lead,kind,people", [
    ("（堪培拉18日讯）澳大利亚总理史密斯今天与中国国务院总理王立明举行澳中总理年度会晤。", "meeting",
     [("史密斯", "AUS"), ("王立明", "CHN")]),
    ("新华社渥太华6月18日电 国务院总理王立明18日同加拿大总理勒布朗举行中加总理年度对话，双方同意扩大农业合作。", "talks",
     [("勒布朗", "CAN"), ("王立明", "CHN")]),
])
def test_yearly_after_the_title_its_sides_share_is_no_name(page, lead, kind, people):
    """澳中总理年度会晤: 年度 (yearly) qualifies the meeting after the title both sides share; though 年 is a
    surname, it is nobody's name and adds no third party."""
    doc = page("两国总理举行年度会晤", lead, day="2031-06-18T21:30:00+08:00")
    assert [(k, [(n, aff) for n, aff, _ in ps]) for k, _, _, ps in _told(doc)] == [(kind, people)]


def test_calls_told_one_after_another_are_one_each_and_both_sides_words_go_to_the_call_named(page):
    """先后同甲、乙通电话 (one after the other) is a call with each; 甲与乙的通话…，双方同意… belongs to the call
    whose people its sentence names, not to the last call told."""
    doc = page("总统先后同两国领导人通电话", "韩联社首尔6月10日电 韩国总统金明洙当天先后同美国总统卡尔森、日本首相山田一郎"
               "通电话。\n据总统室介绍，金明洙与卡尔森的通话持续约20分钟，双方同意尽快举行首脑会谈。",
               day="2031-06-10T22:00:00+08:00")
    assert [([name for name, _, _ in people], [s["text"] for s in e["statements"]])
            for (*_, people), e in zip(_told(doc), doc.events)] == [
        (["卡尔森", "金明洙"], ["双方同意尽快举行首脑会谈。"]), (["山田一郎", "金明洙"], [])]


@pytest.mark.parametrize("sentence,sides", [
    ("先后同印尼贸易部长苏哈托诺、马来西亚投资贸易和工业部长阿兹米举行三边磋商。", [["CHN", "IDN", "MYS"]]),
    ("分别同印尼贸易部长苏哈托诺、马来西亚投资贸易和工业部长阿兹米举行多边磋商。", [["CHN", "IDN"], ["CHN", "MYS"]]),
    ("分别会见出席多边会议的印尼贸易部长苏哈托诺、马来西亚投资贸易和工业部长阿兹米。", [["CHN", "IDN"], ["CHN", "MYS"]]),
    ("先后会见来华出席三边合作会议的印尼贸易部长苏哈托诺、马来西亚投资贸易和工业部长阿兹米。",
     [["CHN", "IDN"], ["CHN", "MYS"]]),
])
def test_talks_the_trigger_counts_as_of_three_sides_told_in_turn_stay_one(page, sentence, sides):
    """先后…举行三边磋商: talks of three sides, their partners told one after another, are one; 分别 still tells an
    act per partner, and a 多边/三边 that qualifies something else (出席多边会议的) counts no talks' sides."""
    doc = page("部长在雅加达举行磋商", f"新华社雅加达9月3日电 商务部长赵文海3日在雅加达{sentence}",
               day="2031-09-03T20:00:00+08:00")
    assert [sorted(aff for _, aff, _ in people) for *_, people in _told(doc)] == sides


@pytest.mark.parametrize("verb", ["晉見", "晋见"])
def test_calling_on_a_superior_is_a_meeting_and_a_visiting_delegation_no_visit_verb(page, verb):
    """晉見總統 (calls on the president) is a meeting; 率領訪問團抵台: 訪問團 names the delegation, so the visit
    is the one 抵台 tells, with Taiwan its host."""
    doc = page("參議院議長率團訪台", f"【記者周小明／台北報導】捷克參議院議長諾瓦克率領約80人的訪問團今天抵台，展開為期五天的訪問。"
               f"諾瓦克預計7日{verb}總統陳明輝。", day="2031-10-06T18:30:00+08:00")
    assert [(kind, status, sorted(aff for _, aff, _ in people)) for kind, status, _, people in _told(doc)] == [
        ("visit", "held", ["CZE", "TWN"]), ("meeting", "planned", ["CZE", "TWN"])]


@pytest.mark.parametrize("clause,second", [
    ("，並於下午拜會立法院長游明德。", ("游明德", "legislature_leader")),
    ("，隨後會見外交部長林佳明。", ("林佳明", "foreign_minister")),
    ("，並與總統共進午餐。", None),
])
def test_another_person_of_the_side_met_before_is_a_meeting_of_his_own(page, clause, second):
    """晉見總統甲，並於下午拜會立法院長乙: a second person of the host's side met in the next clause is a second
    meeting (not so the same person again); a title that names its ministry (外交部長) takes no words before it
    (會見外交部長 is no title)."""
    doc = page("副總理晉見總統", f"〔記者陳小明／台北報導〕史瓦帝尼副總理馬蘇庫今日上午晉見總統陳明輝{clause}",
               day="2031-06-17T13:10:00+08:00")
    hosts = [[(next(iter(p["name"].values())), p["office"]) for p in e["participants"] if p["affiliation"] == "TWN"]
             for e in doc.events]
    assert hosts == [[("陳明輝", "head_of_state")]] + ([[second]] if second else [])


@pytest.mark.parametrize("post", ["新任日本駐香港總領事", "日本駐港總領事"])
def test_a_consul_general_is_a_states_envoy_and_speaks_in_his_own_sentence(page, post):
    """駐香港總領事 is a title (a consul general, his state's envoy to a city): the chief executive meets him,
    and what he says (山本浩二稱) is his, not the end of the chief executive's words before it."""
    doc = page("特首會見日本總領事", f"行政長官李明華今日在禮賓府會見{post}山本浩二，雙方交換意見。\n"
               "李明華表示，日本是香港重要的貿易夥伴。山本浩二稱，期待推動兩地交往。", day="2031-08-05T19:30:00+08:00")
    [event] = doc.events
    assert [(next(iter(p["name"].values())), p["affiliation"], p["office"]) for p in event["participants"]] == [
        ("李明華", "CHN", "other"), ("山本浩二", "JPN", "ambassador")]
    assert [s["text"] for s in event["statements"]] == ["李明華表示，日本是香港重要的貿易夥伴。", "山本浩二稱，期待推動兩地交往。"]


def test_a_release_names_its_president_before_his_title_and_his_words_when_he_speaks_are_his(page):
    """陳明輝總統今（12）日接見…: a Taiwanese release writes the name before the title; 總統致詞時表示 is the
    president speaking (致詞時 tells when, not who)."""
    doc = page("總統接見巴拉圭參議院議長訪問團", "陳明輝總統今（12）日上午接見由巴拉圭參議院議長費南德斯率領的訪問團。"
               "總統致詞時表示，誠摯歡迎議長一行訪台。\n費南德斯議長表示，巴拉圭將堅定支持台灣。", day="2031-03-12T11:20:00+08:00")
    [event] = doc.events
    assert [(next(iter(p["name"].values())), p["affiliation"]) for p in event["participants"]] == [
        ("陳明輝", "TWN"), ("費南德斯", "PRY")]
    speakers = [next(iter(event["participants"][s["speaker_seq"]]["name"].values())) for s in event["statements"]]
    assert speakers == ["陳明輝", "費南德斯"]


@pytest.mark.parametrize("sentence", ["比利时表示，愿同中方加强合作。", "今天林部长表示，愿同中方加强合作。"])
def test_a_state_ending_like_a_time_word_or_a_word_before_a_title_is_no_name(page, sentence):
    """比利时 ends in 时 and is no speaking time; 今天林部长 holds no name of three (今 is no surname)."""
    doc = page("两国外长通电话", f"新华社北京3月3日电 外交部长王立明3日同比利时外交大臣卡尔森通电话。\n{sentence}",
               day="2031-03-03T22:00:00+08:00")
    assert [sorted(n for n, _, _ in people) for *_, people in _told(doc)] == [["卡尔森", "王立明"]]


@pytest.mark.parametrize("said", ["范明山同黃立信會談時指出", "范明山在和黃立信會談時指出"])
def test_words_said_at_talks_with_someone_are_the_speakers_own(page, said):
    """甲同乙會談時指出: 乙 is whom 甲 held the talks with, so the words are the visitor 甲's alone, not words both
    sides said together."""
    doc = page("兩國總理會談", "（聯合早報訊）新加坡總理黃立信3日在總統府同來訪的越南總理范明山舉行會談。\n"
               f"{said}，越方重視兩國經貿合作。", day="2031-04-03T21:00:00+08:00")
    [event] = doc.events
    assert [(s["joint"], s["speaker_seq"] is not None and next(iter(
        event["participants"][s["speaker_seq"]]["name"].values()))) for s in event["statements"]] == [(False, "范明山")]


def test_also_after_a_title_is_no_name_and_the_titled_host_meets(page):
    """總統亦偕同外交部長…接見乙: 亦 (also) ends the title's reach as 也 does, so the president meets 乙 and the
    minister who accompanies him (偕同) is no party."""
    doc = page("總統接見瓜地馬拉國會議長", "陳明輝總統今（15）日致電瓜地馬拉新任總統羅培茲，祝賀她就職。\n"
               "同日，總統亦偕同外交部長林志遠接見瓜地馬拉國會議長莫拉雷斯。", day="2031-01-15T10:00:00+08:00")
    assert [(kind, sorted(n for n, _, _ in people)) for kind, _, _, people in _told(doc)] == [
        ("meeting", ["莫拉雷斯", "陳明輝"]), ("message", ["羅培茲", "陳明輝"])]


@pytest.mark.parametrize("posted", ["駐港澳", "駐港澳台", "駐港"])
def test_a_consul_posted_to_hong_kong_and_macau_is_of_his_own_state(page, posted):
    # 港澳 (Hong Kong and Macau) is where he serves: its 澳 is no Australia
    doc = page("特派員會見法國總領事", f"【明報專訊】外交部駐港公署特派員崔明華前日（24日）會見法國{posted}總領事馬田，就中法關係交換意見。",
               day="2031-02-26T07:00:00+08:00")
    assert [[(n, aff) for n, aff, _ in people] for _, _, _, people in _told(doc)] == [[("崔明華", "CHN"), ("馬田", "FRA")]]


def test_a_commissioner_is_a_title_and_the_day_before_yesterday_no_part_of_his_name(page):
    """外交部駐港公署特派員 (the ministry's commissioner) is a title; 前日（24日） after his name is a day, not
    part of it (a name of five was no native one, and he lost his side)."""
    doc = page("特派員會見美國總領事", "【明報專訊】外交部駐港公署特派員崔明華前日（24日）會見美國駐港總領事卡爾森，就中美關係交換意見。",
               day="2031-02-26T07:00:00+08:00")
    assert [(day, [(n, aff) for n, aff, _ in people]) for _, _, day, people in _told(doc)] == [
        ("2031-02-24", [("卡爾森", "USA"), ("崔明華", "CHN")])]


@pytest.mark.parametrize("sentence,told", [
    ("外交部表示，不排除外交部長林志明4月訪問巴拉圭。", []),
    ("外交部長林志明擬於4月訪問巴拉圭。", [("visit", "planned", "2031-04")]),
])
def test_a_visit_not_ruled_out_is_no_plan(page, sentence, told):
    """不排除 (does not rule out) tells a possibility, no visit of its own; 擬於4月訪問 is a plan."""
    doc = page("外長出訪", f"〔記者陳明／台北報導〕{sentence}", day="2031-03-09T08:00:00+08:00")
    assert [(kind, status, day) for kind, status, day, _ in _told(doc)] == told


def test_a_side_led_by_named_people_gives_way_to_them(page):
    """与美方经贸团队举行磋商。美方由甲、乙带队: the side is its leaders, both of them, of the side's state."""
    doc = page("中美举行经贸磋商", "当地时间6月9日，国务院副总理王立明在伦敦与美方经贸团队举行中美经贸磋商机制首次会议。"
               "美方由财政部长卡尔森、商务部长史密斯带队。", day="2031-06-10T22:30:00+08:00")
    assert [[(n, aff) for n, aff, _ in people] for *_, people in _told(doc)] == [
        [("卡尔森", "USA"), ("史密斯", "USA"), ("王立明", "CHN")]]


def test_one_sides_leaders_never_take_the_other_sides_place(page):
    """与英方举行对话。中方由甲、乙带队: those who lead the Chinese side are not the British side."""
    doc = page("中英举行战略对话", "新华社日内瓦4月2日电 国务委员赵文海2日在日内瓦与英方举行中英战略对话。"
               "中方由外交部副部长孙立、商务部副部长钱宏带队。", day="2031-04-02T22:00:00+08:00")
    assert [[(n, aff) for n, aff, _ in people] for *_, people in _told(doc)] == [[("英方", "GBR"), ("赵文海", "CHN")]]


def test_because_after_a_side_is_no_leader_told(page):
    """双方由于…: 由于 (because) opens no list of leaders."""
    doc = page("中美举行经贸磋商", "当地时间6月9日，国务院副总理王立明在伦敦与美方经贸团队举行磋商。双方由于分歧较大，未能达成协议。",
               day="2031-06-10T22:30:00+08:00")
    assert [sorted(aff for _, aff, _ in people) for *_, people in _told(doc)] == [["CHN", "USA"]]


def test_a_headlines_call_word_the_body_tells_as_a_call_is_that_call(page):
    """國務卿致電外長 in the headline, 致電外交部長某某，雙方通話 in the body: 致電 is the call (Taiwan's usage),
    one event placed by the caller; the headline's bare 外長 abbreviates the body's 外交部長 of that person."""
    doc = page("國務卿致電外長", "〔記者陳明／台北報導〕美國國務卿卡爾森今天致電外交部長林志明，雙方通話約20分鐘，就區域情勢交換意見。",
               day="2031-03-09T20:00:00+08:00")
    assert _told(doc) == [("phone_call", "held", "2031-03-09", [("卡爾森", "USA", True), ("林志明", "TWN", False)])]


def test_a_telegram_and_a_call_the_same_day_stay_two(page):
    """致电祝贺 and, told apart, 同某某通电话: a message and a call, each its own."""
    doc = page("主席致电祝贺", "新华社北京3月9日电 国家主席王立明9日致电美国总统卡尔森，祝贺他就任。\n同日，王立明同卡尔森通电话。",
               day="2031-03-09T20:00:00+08:00")
    assert sorted(kind for kind, *_ in _told(doc)) == ["message", "phone_call"]


@pytest.mark.parametrize("opening,ruler", [("国家元首苏丹", "MYS"), ("文莱苏丹", "BRN")])
def test_a_sultan_after_a_title_is_a_title_and_majesty_no_part_of_his_name(page, opening, ruler):
    """国家元首苏丹某某陛下 on a Malaysian page: 苏丹 after a title is the sultan's title, not Sudan, and 陛下
    (Majesty) ends his name; 文莱苏丹 is Brunei's sultan, as before."""
    doc = page("元首接见中国大使", f"（吉隆坡8日讯）{opening}阿卜杜拉陛下今日在国家皇宫接见中国驻马来西亚大使王明华。",
               day="2031-07-08T21:00:00+08:00")
    assert [[(n, aff) for n, aff, _ in people] for *_, people in _told(doc)] == [
        [("王明华", "CHN"), ("阿卜杜拉", ruler)]]



@pytest.mark.parametrize("state,code", [("巴林王国", "BHR"), ("沙特阿拉伯王国", "SAU"), ("約旦哈希姆王國", "JOR")])
def test_a_kingdoms_formal_name_before_its_crown_prince_names_his_side(page, state, code):
    """沙特阿拉伯王国王储: the kingdom's formal name is read whole, so 王国王储 is not read as 国王 and the crown
    prince keeps his state."""
    doc = page("主席会见王储", f"新华社北京10月22日电 国家主席王立明22日在北京会见{state}王储兼首相卡里姆。",
               day="2031-10-22T20:00:00+08:00")
    assert [[(n, aff) for n, aff, _ in people] for *_, people in _told(doc)] == [[("卡里姆", code), ("王立明", "CHN")]]


@pytest.mark.parametrize("tail,name", [("。", "穆罕默德·本·萨勒曼·阿勒沙特"), ("一行。", "穆罕默德·本·萨勒曼·阿勒沙特")])
def test_a_joined_names_short_last_part_runs_on_through_the_state_that_ends_it(page, tail, name):
    """…·阿勒沙特: 阿勒 (Al-) is too short to end the name, so the state's name after it is the name's end, not a
    party of its own."""
    doc = page("主席会见王储", f"新华社北京10月22日电 国家主席王立明22日在北京会见沙特阿拉伯王国王储兼首相穆罕默德·本·萨勒曼·阿勒沙特{tail}",
               day="2031-10-22T20:00:00+08:00")
    assert [[(n, aff) for n, aff, _ in people] for *_, people in _told(doc)] == [[("王立明", "CHN"), (name, "SAU")]]


def test_a_state_after_a_joined_name_that_goes_on_into_a_word_is_no_part_of_it(page):
    """让-吕克·马丁美国之行: 美国 opens the next word (之行, his US trip), so the name ends before it."""
    doc = page("总统会见法国前总理", "新华社北京10月22日电 国家主席王立明22日会见法国前总理让-吕克·马丁。让-吕克·马丁美国之行结束后来华。",
               day="2031-10-22T20:00:00+08:00")
    assert [[n for n, _, _ in people] for *_, people in _told(doc)] == [["王立明", "让-吕克·马丁"]]


def test_a_local_dateline_whose_state_opens_the_lead_as_subject_is_the_papers_own(page):
    """(新加坡20日讯)新加坡总理…会见泰国总理: the state named as the subject is the paper's own; its minister named
    later with no country is Singapore's, and both meetings keep two sides."""
    doc = page("总理会见泰国总理", "（新加坡20日讯）新加坡总理黄明达20日在总统府会见到访的泰国总理颂猜。"
               "外交部长李文20日在新加坡会见泰国外长他纳。")
    assert [sorted(side for _, side, _ in people) for *_, people in _told(doc)] == [["SGP", "THA"]] * 2


@pytest.mark.parametrize("body", [
    "国务院总理王立明10日在某城出席东盟领导人第五十次峰会期间会见日本首相森田健。",
    "国家主席王立明10日在某城出席二十国集团领导人第四十次峰会期间会见日本首相森田健。",
    "國家主席王立明10日在某城出席二十國集團領導人第四十次峰會期間會見日本首相森田健。",
])
def test_a_summit_named_as_the_time_of_a_meeting_is_its_setting(page, body):
    """出席…峰会期间会见乙: the summit only times the meeting (no comma after 期间), so the meeting is the event
    and the organisation holding the summit no party of it."""
    assert [(kind, sorted(aff for _, aff, _ in people)) for kind, _, _, people in _told(page("会见", body))] == [
        ("meeting", ["CHN", "JPN"])]


@pytest.mark.parametrize("body, told", [
    ("国家主席王立明10日在某城出席二十国集团领导人第四十次峰会并发表讲话。", [("summit", ["CHN", "G20"])]),
    # the visit goes to the summit's host state: the organisation that holds it is no host
    ("应德国总理莫尔邀请，国家主席王立明10日抵达汉堡，对德国进行国事访问，并出席二十国集团（G20）汉堡峰会。",
     [("visit", ["CHN", "DEU"])]),
])
def test_the_group_of_twenty_attended_is_the_summits_party_not_the_visits(page, body, told):
    assert [(kind, sorted(aff for _, aff, _ in people)) for kind, _, _, people in _told(page("出席峰会", body))] == told
