"""Issues 17 and 18 on Traditional-Chinese news, each kind on sentences written for these tests (invented
people, places and wording): whose officials a Taiwanese site names without a country, institutions between a
state and its officer, a transliterated name running into the next word, 朝鮮 in Traditional script, a call
told as `在電話中`, a meeting told beside what lies ahead (除了…之外，也會)."""

from __future__ import annotations

import pytest

from diplograph.extract.gazetteer import load_gazetteer
from diplograph.extract.zh_chains import zh_mentions
from tests.conftest import read_feed_item

pytestmark = [pytest.mark.issue(18), pytest.mark.issue(17)]


@pytest.fixture
def page(pipeline, tmp_path):
    def run(title: str, body: str, url: str = "", day: str = "2024-05-06T10:00:00+08:00"):
        return read_feed_item(pipeline, tmp_path, title, body, day, url)

    return run


def _people(text: str, home: str = "TWN") -> list[tuple[str | None, str | None, str | None]]:
    gaz = load_gazetteer()
    hits = gaz.actors.find(text)
    return [(m.name, m.affiliation, m.office) for m in zh_mentions(text, hits, set(), gaz, home) if m.kind == "person"]


def _told(doc) -> list[tuple[str, str, set[str]]]:
    return [(e["type"], e["status"], {p["affiliation"] for p in e["participants"]}) for e in doc.events]


def test_a_taiwanese_site_names_its_own_foreign_minister_without_a_country(page):
    doc = page("外長接見來訪議員", "外交部長王大文昨（5）日在外交部接見拉脫維亞議會議長卡林斯一行。",
                url="https://news.example.com.tw/world/1")
    assert _told(doc) == [("meeting", "held", {"TWN", "LVA"})]


@pytest.mark.parametrize("body,told", [
    ("外交部長王大文昨（5）日與美方官員會談，討論供應鏈合作。", [("talks", "held", {"TWN", "USA"})]),
    ("外交部長王大文昨（5）日與日方舉行會談。", [("talks", "held", {"TWN", "JPN"})]),
    # 与美方 in another clause, or ending a word (认同美方): no partner of the meeting
    ("外交部長王大文昨（5）日會見日本眾議員佐藤一行，並表示願與美方加強合作。", [("meeting", "held", {"TWN", "JPN"})]),
    ("外交部長王大文昨（5）日會見日本眾議員佐藤一行，表示認同美方立場。", [("meeting", "held", {"TWN", "JPN"})]),
])
def test_a_side_named_as_x_fang_after_with_is_the_partner(page, body, told):
    assert _told(page("外長會談", body, url="https://news.example.com.tw/world/3")) == told


def test_two_officials_of_a_taiwanese_site_are_one_side(page):
    doc = page("市長通話", "新竹市長陳大明今（5）日下午致電台南市長林小華，商談颱風救災。",
                url="https://news.example.com.tw/local/2")
    assert doc.events == []


@pytest.mark.parametrize("text,expected", [
    ("拉脫維亞議會友好小組主席卡林斯率團抵台。", ("卡林斯", "LVA", "other")),  # a body's chair, not a head of state
    ("中國中央軍委國際軍事合作辦公室副主任李明出席。", ("李明", "CHN", "other")),
    ("朝鮮勞動黨書記金大成在平壤發表談話。", ("金大成", "PRK", "party_leader")),
    ("港澳辦主任李明出席。", ("李明", "CHN", "other")),  # a state institution right before the title
    # a post only one state has (國務卿) gives a name written like a native one (盧比安) that state, not the page's
    ("國務卿韓德森昨晚與日本外相通電話。", ("韓德森", "USA", "foreign_minister")),
])
def test_the_institution_before_a_title_says_whose_officer(text, expected):
    assert expected in _people(text)


def test_a_transliterated_name_ends_before_the_word_it_runs_into():
    text = "阿根廷總統米萊完成首次出訪後返國，米萊表示滿意。"
    assert ("米萊", "ARG", "head_of_state") in _people(text)


def test_a_call_told_as_agreed_on_the_phone(page):
    doc = page("兩國領袖談妥合作", "德國總理施密特和巴西總統席爾瓦今日在電話中談妥能源合作方案。")
    assert _told(doc) == [("phone_call", "held", {"DEU", "BRA"})]


@pytest.mark.parametrize("clause,state", [("除了和貝尼特斯會晤之外，也會與多國特使交流", "planned"),
                                          ("和貝尼特斯會晤，也與多國特使交流", "held")])
def test_a_meeting_besides_which_more_lies_ahead_is_planned(page, clause, state):
    doc = page("部長南美行程", f"外交部長王大文談及巴拉圭總統貝尼特斯的新政。王大文此行{clause}。",
               url="https://news.example.com.tw/p/3")
    assert _told(doc) == [("meeting", state, {"TWN", "PRY"})]


def test_a_motorcade_after_a_leaders_name_is_no_person(page):
    """車隊 (the motorcade) that arrives is what travels with the leader, not a host of the site's side."""
    doc = page("法國總統杜邦抵達里昂", "15:20 杜邦車隊抵達飯店，車隊抵達前已有警車在門口守候。",
               url="https://news.example.com.tw/x/4", day="2017-06-29T10:00:00+08:00")
    assert doc.events == []
    assert ("杜邦", "FRA", "head_of_state") in _people("法國總統杜邦車隊抵達飯店。")


def test_both_leaders_agreeing_on_the_phone_is_their_joint_statement(page):
    """`甲（Latin）和乙國總統乙（Latin）今天在電話中同意，…`: both sides speak in the sentence that tells the call;
    the capital's words the next sentence reports (柏林昨天指出) are not theirs."""
    doc = page("德巴同意協調", "德國總統府聲明，德國總理施密特（Hans Schmidt）和巴西總統席爾瓦（Joao Silva）今天在電話中"
               "同意，若河口污染擴大，有必要「協調行動」。路透社報導，柏林昨天指出，上游工廠可能正在排放廢水。")
    [event] = doc.events
    [said] = event["statements"]
    assert said["joint"] and said["text"] == "今天在電話中同意，若河口污染擴大，有必要「協調行動」。"


def test_a_caucus_convener_leading_a_delegation_abroad_visits(page):
    """黨團總召 (a party caucus's convener) is a party office, and 黨團 the body it sits in."""
    doc = page("立委團訪日", "國民黨立法院黨團總召林志明今天率團前往日本東京訪問，他出發前在松山機場表示，此行將與日方討論漁業合作。",
               url="https://news.example.com.tw/p/9")
    assert _told(doc) == [("visit", "held", {"TWN", "JPN"})]
    assert ("林志明", "TWN", "party_leader") in _people("國民黨立法院黨團總召林志明今天出發。")


def test_a_caption_naming_both_leaders_is_the_reporters(page):
    """A photo caption `甲（左）與乙國總統乙（右）…舉行會談` names both sides: the reporter's narrative, which
    keeps the statements told before it."""
    doc = page("法巴領袖會談", "法國總理杜邦與巴西總統席爾瓦今日在里昂舉行會談。杜邦表示「兩國將擴大港口合作」。\n"
               "法國總理杜邦（左）與巴西總統席爾瓦（右）今日在里昂舉行會談，雙方簽署港口協議。路透社")
    [event] = doc.events
    assert [s["text"] for s in event["statements"]] == ["杜邦表示「兩國將擴大港口合作」。"]


def test_the_president_whose_envoy_goes_is_no_visitor(page):
    """`以甲總統特使的身分前往`: the frame tells the vice-president's capacity; the president stays home."""
    doc = page("副總統出訪", "副總統王大文今天上午啟程出訪巴拉圭，以馬英九總統特使的身分前往祝賀，參加巴拉圭總統貝尼特斯就職典禮。",
               url="https://news.example.com.tw/p/5", day="2012-05-06T10:00:00+08:00")
    assert [[p["name"]["zh-Hant"] for p in e["participants"]] for e in doc.events] == [["王大文", "巴拉圭"]]
    assert "ISR" not in {aff for _, aff, _ in _people("副總統王大文昨天以總統林文山特使的身分啟程。")}


def test_a_transliterated_family_name_alone_is_the_titled_person(page):
    """`米格爾．羅哈斯` introduced with a title, then `羅哈斯` alone: the same president, who speaks."""
    doc = page("智秘總統會談", "智利總統米格爾．羅哈斯（Miguel Rojas）今天抵達利馬，與秘魯總統韋拉斯科舉行會談。\n"
               "羅哈斯在會談中表示，兩國合作開發港口意義重大。", url="https://news.example.com.tw/p/11")
    [event] = doc.events
    assert [s["text"] for s in event["statements"]] == ["羅哈斯在會談中表示，兩國合作開發港口意義重大。"]


def test_a_chemical_weapons_attack_is_a_security_topic(page):
    doc = page("德巴同意協調", "德國總理施密特和巴西總統席爾瓦今天在電話中同意，若邊境再發生化武攻擊，兩國將共同回應。")
    [event] = doc.events
    assert "regional_security" in event["topics"]  # and, two states, their relations (topics.TopicFinder.bars)


def test_a_body_glossed_by_its_short_name_keeps_a_known_posts_office():
    """`…委員會（全國政協）主席`: the short name and the title spell a known post (全國政協主席), whose office
    stands; a body with no such post keeps its chair as other (拉脫維亞議會友好小組主席, above)."""
    text = "李大同15日在北京會見中國人民政治協商會議全國委員會（全國政協）主席張明遠。"
    assert ("張明遠", "CHN", "legislature_leader") in _people(text)


@pytest.mark.parametrize("body,expected", [
    ("國家主席王大明今日在北京會見中國香港特別行政區行政長官李小華，聽取施政匯報。", []),
    ("國家主席王大明今日在北京會見中國澳門特別行政區行政長官周小明。", []),
    ("英國首相史密斯今日在倫敦會見中國香港特別行政區行政長官李小華。", [("meeting", "held", {"GBR", "HKG"})]),
])
def test_a_state_and_its_territory_are_one_side(page, body, expected):
    doc = page("領導人會見特區首長", body)
    assert _told(doc) == expected


@pytest.mark.parametrize("body,expected", [
    ("南韓總統金明浩今日在華府與美國商會成員會面。", []),
    ("南韓總統金明浩今日在首爾與日本某大學師生會面。", []),
    ("南韓總統金明浩今日在首爾與美國國務卿史密斯會面。", [("meeting", "held", {"KOR", "USA"})]),
])
def test_a_state_opening_a_private_body_name_is_no_party(page, body, expected):
    doc = page("總統行程", body)
    assert _told(doc) == expected


@pytest.mark.parametrize("body,expected", [
    ("美國總統史密斯今晚在白宮設國宴款待來訪的法國總統杜邦。", [("meeting", "held", {"USA", "FRA"})]),
    ("南韓總統金明浩將於明晚與美國總統史密斯共進晚餐。", [("meeting", "planned", {"KOR", "USA"})]),
    ("中国国家主席王大明6日晚在人民大会堂宴请来访的巴西总统席尔瓦。", [("meeting", "held", {"CHN", "BRA"})]),
    ("智利總統索托6日晚在總統府設宴款待來訪的秘魯總統加西亞。", [("meeting", "held", {"CHL", "PER"})]),
    ("智利总统索托6日晚在总统府设宴招待来访的秘鲁总统加西亚。", [("meeting", "held", {"CHL", "PER"})]),
    ("智利总统索托明晚将在总统府设宴款待来访的秘鲁总统加西亚。", [("meeting", "planned", {"CHL", "PER"})]),
    ("南韓總統金明浩今晚出席美國商會的歡迎晚宴。", []),  # a dinner no other state gives
])
def test_a_banquet_or_a_dinner_together_is_a_meeting(page, body, expected):
    doc = page("元首餐敘", body)
    assert _told(doc) == expected


@pytest.mark.parametrize("body,expected", [
    # a day and a journey open the sentence, the host comes after 由: the visitor of the sentence before goes on
    ("南韓總統金明浩今日抵達華府出席論壇。7日傍晚將赴白宮，由美國總統史密斯接待。",
     [("visit", "held", {"KOR", "USA"}), ("meeting", "planned", {"KOR", "USA"})]),
    # the clause after the journey names its own subject
    ("南韓總統金明浩今日出席論壇。7日傍晚將赴白宮，英國首相布朗也將與美國總統史密斯會面。",
     [("meeting", "planned", {"GBR", "USA"})]),
])
def test_a_sentence_opened_by_its_day_and_a_journey_carries_the_subject_before_it(page, body, expected):
    doc = page("訪問行程", body)
    assert _told(doc) == expected
