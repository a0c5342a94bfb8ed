"""Actor mentions (issue 17): name boundaries, title chains, references after the first mention, and a text of
any size read in time that grows with its length, not its square."""

from __future__ import annotations

import time

import pytest

from diplograph.extract.actors import find_mentions
from diplograph.extract.gazetteer import load_gazetteer


def _mentions(text: str, home: str | None = "CHN", chinese: bool = True, day: str | None = "2025-03-01"):
    gaz = load_gazetteer()
    return find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, home, day, chinese)


def _sentences(count: int, chinese: bool) -> list[str]:
    syllables = "阿巴达卡拉马尼斯特科" if chinese else ["Alvar", "Brand", "Casti", "Dubo", "Erik", "Fisch"]
    places = load_gazetteer().actors
    out = []
    for i in range(count):
        a, b, c = (syllables[(i // 10**k) % len(syllables)] for k in range(3))
        if places.whole(a + b + c) or places.whole(c + b + a):
            a, b, c = "阿", "阿", "阿"  # a real place (马尼拉: Manila) right before 会见 is where they met
        out.append(f"法国总统{a}{b}{c}会见了德国总理{c}{b}{a}，{a}{b}{c}表示欢迎。" if chinese else
                   f"French President Jean {a}{b}{c} met German Chancellor Olaf {c}{b}{a}. {a}{b}{c} said he was glad. ")
    return out


@pytest.mark.parametrize("chinese", [True, False])
def test_a_large_one_line_page_gives_what_its_sentences_give(chinese):
    """About 400 KB on one line, a thousand different people in it: every sentence yields its two titled
    people and the first one again, as it does alone. The time is printed (pytest -s), not asserted."""
    sentences = _sentences(15500 if chinese else 3600, chinese)
    alone = [(m.name, m.affiliation, m.office) for m in _mentions(sentences[0], chinese=chinese)]
    text = "".join(sentences)
    started = time.perf_counter()
    found = _mentions(text, chinese=chinese)
    print(f"\n{len(text):,} characters: {len(found):,} mentions in {time.perf_counter() - started:.2f} s")
    assert len(text) > 250_000 and len(found) == len(sentences) * len(alone)
    persons = [m for m in found if m.kind == "person"]
    assert {m.affiliation for m in persons} == {"FRA", "DEU"}


def _people(text: str, home: str | None = "CHN", chinese: bool = True, day: str | None = "2025-03-01"):
    return [(m.name, m.affiliation, m.office, m.title) for m in _mentions(text, home, chinese, day)
            if m.kind == "person"]


@pytest.mark.parametrize(("text", "expected"), [
    # a transliterated name with a joiner, and a fullwidth full stop used as one
    ("总统让-克洛德·维尔莫斯表示支持。", ("让-克洛德·维尔莫斯", None, "head_of_state", "总统")),
    ("德國外交部長安娜．諾伊曼抵達。", ("安娜．諾伊曼", "DEU", "foreign_minister", "外交部長")),
    # a ministry's name between the country and its minister, with 与 and 、 inside
    ("部长同马耳他外交与欧洲事务部长巴尔多维通电话。",
     ("巴尔多维", "MLT", "foreign_minister", "外交与欧洲事务部长")),
    ("这项协议由英国能源、安全和净零大臣克莱尔·豪森签署。", ("克莱尔·豪森", "GBR", "minister", "能源、安全和净零大臣")),
    # an envoy posted abroad belongs to the country that sends him
    ("外长会见乌克兰驻华大使彼得连科。", ("彼得连科", "UKR", "ambassador", "大使")),
    # the name before its title, after a conjunction
    ("双方在习近平主席和阿尔瓦多总统引领下合作。", ("阿尔瓦多", None, "head_of_state", "总统")),
    # a Japanese name holding a character that ends other names
    ("日本前首相森山由纪夫访华。", ("森山由纪夫", "JPN", "other", "前首相")),
    # then-serving keeps the office; elect does not give it
    ("时任日本首相森山由纪夫访华。", ("森山由纪夫", "JPN", "head_of_government", "时任日本首相")),
    ("韩国候任总统金成民会见代表团。", ("金成民", "KOR", "other", "候任总统")),
    ("印尼总统当选人苏巴迪约抵达北京。", ("苏巴迪约", "IDN", "other", "总统当选人")),
    # the rest of a state's formal name, and an institution's officer
    ("应巴西联邦共和国总统卢塞纳邀请出席。", ("卢塞纳", "BRA", "head_of_state", "总统")),
    ("会见巴西总统府首席部长科斯蒂诺。", ("科斯蒂诺", "BRA", "minister", "总统府首席部长")),
    # party posts
    ("中共中央政治局委员、中央外办主任王立会见外宾。",
     ("王立", "CHN", "party_leader", "中共中央政治局委员、中央外办主任")),
])
def test_names_and_titles_from_how_they_are_written(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize("text", [
    "国事访问韩国的国家主席习近平抵达首尔。",  # 的: the country before it is where he went, not his side
    "两国总理出席仪式。",  # 两国 qualifies the title, it is no name
])
def test_no_foreign_side_or_name_from_the_words_before_a_title(text):
    found = _people(text)
    assert all(aff != "KOR" for _, aff, _, _ in found) and all(name != "两国" for name, _, _, _ in found)


def test_a_transliterated_name_is_not_given_the_outlets_side():
    """A Chinese outlet names its own people with Han names; 外长瓦尔德 is nobody's until the text says."""
    found = {name: aff for name, aff, _, _ in _people("外长瓦尔德抵达。外长王立会见他。")}
    assert found == {"瓦尔德": None, "王立": "CHN"}
    found = {name: aff for name, aff, _, _ in _people("外长瓦尔德抵达。德国外长瓦尔德表示。")}
    assert found == {"瓦尔德": "DEU"}


def test_a_title_alone_is_the_one_holder_the_text_names():
    found = _people("李强同法兰克尼亚总理会谈。法兰克尼亚总理马库斯·泽德表示。".replace("法兰克尼亚", "新西兰"))
    assert ("马库斯·泽德", "NZL", "head_of_government", "总理") in found
    assert all(name != "新西兰总理" for name, *_ in found)
    english = _people("The Irish Prime Minister Sean Dolan met the President. The Irish Prime Minister said he"
                      " was glad.", home="USA", chinese=False)
    assert [n for n, aff, *_ in english if aff == "IRL"] == ["Sean Dolan", "Sean Dolan"]


def test_a_headline_title_names_the_person_a_body_gives_no_side():
    found = _people("总理同法国总理会谈\n欢迎仪式后，总理在总理府同博雷尔总理举行会谈。")
    assert [(n, aff) for n, aff, _, _ in found if n == "博雷尔"] == [("博雷尔", "FRA"), ("博雷尔", "FRA")]


def test_a_former_holder_holds_no_office_in_english():
    found = _people("Former President Thomas Brandt met Prime Minister Jan Novak.", home="USA", chinese=False)
    assert ("Thomas Brandt", "USA", "other", "Former President") in found


def test_a_party_leader_who_heads_the_state_that_day_is_its_head():
    found = _people("朝鲜劳动党总书记金正恩同意会谈。", day="2025-10-01")
    assert ("金正恩", "PRK", "head_of_state", "总书记") in found


def test_a_king_is_never_the_outlets_own_and_a_bracketed_gloss_is_no_mention():
    found = _people("首相會見國王哈桑（King Hassan）。摩洛哥國王哈桑表示歡迎。", home="TWN")
    assert [aff for name, aff, _, _ in found if name == "哈桑"] == ["MAR", "MAR"]
    assert all(name != "King" for name, *_ in found)


def test_a_name_ending_in_a_one_character_country_form_keeps_it():
    """德 ends the name 黎明德 and 以 (as) follows it: neither makes 以总统 an Israeli title."""
    found = _people("副總統黎明德以總統林安平特使的身分出訪。", home=None)
    assert ("黎明德", None, "deputy_head_of_state", "副總統") in found
    assert all(aff not in ("DEU", "ISR") for _, aff, _, _ in found)


def test_a_known_persons_latin_gloss_is_the_same_mention(tmp_path):
    """A Latin name in brackets after a Chinese one glosses it: a gazetteer person there is no second mention."""
    (tmp_path / "people.tsv").write_text("Arkady Velinov\tRUS\thead_of_government\t2020-01-16\t\t\t\tQ0\n",
                                         encoding="utf-8")
    gaz = load_gazetteer(str(tmp_path))
    text = "俄羅斯總理韋利諾夫（Arkady Velinov）今天啟程訪問。"
    found = find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, "TWN", "2025-11-03", True)
    people = [(m.name, m.names.get("en")) for m in found if m.kind == "person"]
    assert people == [("韋利諾夫", "Arkady Velinov")]


def test_a_known_persons_gloss_gives_the_side_the_chain_left_open(tmp_path):
    """A crown prince with a transliterated name has no side from the title alone; the gazetteer knows his gloss."""
    (tmp_path / "people.tsv").write_text("Faisal bin Tamir\tQAT\troyal\t2013-06-25\t\t\t\tQ0\n", encoding="utf-8")
    gaz = load_gazetteer(str(tmp_path))
    text = "首相會見王儲費薩爾．塔米爾（Faisal bin Tamir）。"
    found = find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, "TWN", "2025-11-03", True)
    assert [(m.name, m.affiliation) for m in found if m.name == "費薩爾．塔米爾"] == [("費薩爾．塔米爾", "QAT")]


def test_a_one_character_country_form_ending_a_name_before_a_title_is_part_of_the_name():
    """拜会黎清德总统: 德 ends a Han name (surname, one more character), it is not Germany's 德总统."""
    found = _people("首相去年拜会黎清德总统。")
    assert all(aff != "DEU" for _, aff, _, _ in found)
    assert ("高安平", "USA", "head_of_state", "总统") in _people("首相会见美总统高安平。")


@pytest.mark.parametrize(("text", "second"), [
    ("美方代表会晤台湾总统林安平和当选总统黎明德。", ("黎明德", "TWN")),  # an elect holder of the same office
    ("韩国总统金成民和副总统朴志远出席。", ("朴志远", "KOR")),  # a deputy of the same office
    ("美国总统卡特勒和国家主席王立通电话。", ("王立", "CHN")),  # another title: the usual rules decide
])
def test_a_country_scopes_over_a_coordinated_title_of_the_same_kind(text, second):
    assert second in [(name, aff) for name, aff, _, _ in _people(text)]


def _states(text: str, home: str | None = "CHN") -> list[tuple[str, str]]:
    return [(m.name, m.affiliation) for m in _mentions(text, home) if m.kind == "state"]


def test_countries_in_a_list_are_each_a_party():
    """美国、日本、菲律宾: a list of states, not one state named by the three."""
    assert _states("法国、荷兰、葡萄牙等十国发表联合声明。") == [("法国", "FRA"), ("荷兰", "NLD"), ("葡萄牙", "PRT")]


@pytest.mark.parametrize(("text", "expected"), [
    # a title shared by the states before it: one holder of each
    ("英德法领导人在伦敦会晤。", [("GBR", "head_of_government"), ("DEU", "head_of_government"),
                                  ("FRA", "head_of_state")]),
    ("中法两国外长举行会谈。", [("CHN", "foreign_minister"), ("FRA", "foreign_minister")]),
    ("荷兰、比利时外长抵达。", [("NLD", "foreign_minister"), ("BEL", "foreign_minister")]),
    # two envoys dealing with a third state
    ("韩美对朝代表举行磋商。", [("KOR", "other"), ("USA", "other")]),
    # a one-character form is the state the text names in full
    ("新西兰总理访华。中新两国总理见证签署协议。", [("NZL", "head_of_government"), ("CHN", "head_of_government"),
                                                 ("NZL", "head_of_government")]),
])
def test_a_title_shared_by_several_states_is_one_person_of_each(text, expected):
    assert [(aff, office) for _, aff, office, _ in _people(text)] == expected


def test_a_leader_is_the_head_of_government_where_the_government_leads():
    assert ("日本领导人", "JPN", "head_of_government", "领导人") in _people("日本领导人出席峰会。")
    assert ("法国领导人", "FRA", "head_of_state", "领导人") in _people("法国领导人出席峰会。")


@pytest.mark.parametrize("text", [
    "乌克兰驻法国大使彼得连科抵达。",  # an envoy posted to a state is the first state's alone
    "美国国务院对伊朗政策特别代表沃尔顿表示。",  # a post dealing with a state is not that state's
    "美国朝鲜事务特别代表沃尔顿表示。",
])
def test_a_state_a_post_deals_with_is_not_its_holders(text):
    people = _people(text)
    assert len(people) == 1 and people[0][0] in ("彼得连科", "沃尔顿") and people[0][1] in ("UKR", "USA")


def test_a_country_after_towards_without_a_post_stays_a_state():
    assert _states("中国对美国出口增长。") == [("中国", "CHN"), ("美国", "USA")]


@pytest.mark.parametrize(("text", "expected"), [
    # the head of one of a ministry's departments is not the minister
    ("日本外务省亚洲局局长中村健一抵达。", ("中村健一", "JPN", "other", "外务省亚洲局局长")),
    ("韩国外交部东北亚和平交涉本部长金正浩会见美方代表。",
     ("金正浩", "KOR", "envoy", "外交部东北亚和平交涉本部长")),
    # 和 ends a given name when nothing a party could start follows it
    ("韩国外长朴英和同期抵达。", ("朴英和", "KOR", "foreign_minister", "外长")),
    ("韩国外长朴英和美国国务卿卡特勒会谈。", ("朴英", "KOR", "foreign_minister", "外长")),
    # a run too long for a name keeps the part the text writes apart elsewhere
    ("韩国候任总统金成民派遣的代表团访问日本，转交金成民写给日本首相的信。", ("金成民", "KOR", "other", "候任总统")),
    # a foreigner listed right after a state's official is of that state
    ("埃及总统塔哈尔、总理马赫兰会见来访的外长王立。", ("马赫兰", "EGY", "head_of_government", "总理")),
    ("北韓外務相崔英姬抵達莫斯科。", ("崔英姬", "PRK", "foreign_minister", "外務相")),
])
def test_names_and_sides_in_longer_chains(text, expected):
    assert expected in _people(text)


def test_a_delegations_head_is_of_the_delegation():
    found = _people("韩国政策协商代表团访问华盛顿，团长李正浩同美方官员会谈。李正浩表示满意。")
    assert [(n, aff) for n, aff, _, _ in found if n == "李正浩"] == [("李正浩", "KOR"), ("李正浩", "KOR")]


def test_several_sides_and_the_words_for_them_are_no_names():
    found = _people("美国特别代表抵达。金圣哲在首尔先后与韩国外长和日本外相举行双边和三边会谈。三方代表表示。")
    assert all(name not in ("三边", "先后", "三方") for name, *_ in found)


def test_a_headline_title_without_an_office_names_the_one_holder_of_that_title():
    found = _people("韩国候任总统致信日本首相\n韩国候任总统金成民表示，希望两国关系改善。")
    assert ("金成民", "KOR", "other", "候任总统") in found and all(n != "韩国候任总统" for n, *_ in found)


def test_a_title_guessed_with_the_wrong_side_is_dropped_with_it():
    """The headline's partner is guessed to hold the other side's title; the lead says whose he is."""
    found = _people("巴基斯坦总统、总理会见刘平和\n巴基斯坦总统阿尔维、总理伊姆兰·汗分别会见到访的中国国防部长刘平和。")
    assert all(office == "minister" for name, _, office, _ in found if name == "刘平和")


@pytest.mark.parametrize(("text", "expected"), [
    ("外长会见美国总统特使科尔曼。", ("科尔曼", "USA", "envoy", "总统特使")),  # the president's envoy is an envoy
    ("国务委员兼外长王立出席。", ("王立", "CHN", "foreign_minister", "国务委员兼外长")),  # stacked: the higher
])
def test_a_title_written_onto_the_next_names_whose_post_it_is(text, expected):
    assert expected in _people(text)


def test_a_leaders_envoy_named_only_by_the_title_is_of_the_leaders_side():
    """智利总统索托特使: the envoy is Chile's, not the outlet's (CHN); the leader is no party of it."""
    assert [(side, office) for _, side, office, _ in _people("外长会见智利总统索托特使。")
            if office == "envoy"] == [("CHL", "envoy")]


@pytest.mark.parametrize(("text", "expected"), [
    # the name the title describes, written before it
    ("The adviser met today with Tamura Kenji, the Secretary General of Japan’s National Security Secretariat.",
     [("Tamura Kenji", "JPN", "other", "Secretary General")]),
    # two officials of one kind joined by `and` share the side the text gives one of them
    ("He met Republic of Korea Vice Foreign Minister Park Sunho and Vice Defense Minister Lee Minwoo.",
     [("Park Sunho", "KOR", "other", "Vice Foreign Minister"), ("Lee Minwoo", "KOR", "other",
                                                                 "Vice Defense Minister")]),
    ("He met Vice Foreign Minister Park Sunho and Vice Defense Minister Lee Minwoo of the Republic of Korea.",
     [("Park Sunho", "KOR", "other", "Vice Foreign Minister"), ("Lee Minwoo", "KOR", "other",
                                                                 "Vice Defense Minister")]),
    # different titles are left apart
    ("President Alden Ross and Prime Minister Ken Mori of Japan met.",
     [("Alden Ross", "USA", "head_of_state", "President"), ("Ken Mori", "JPN", "head_of_government",
                                                            "Prime Minister")]),
])
def test_english_names_and_sides_around_a_title(text, expected):
    assert _people(text, home="USA", chinese=False) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list closed by 和 shares the title after it; a name after the title is the last state's holder's
    ("法国、德国和荷兰领导人在此会晤。", [("FRA", "head_of_state"), ("DEU", "head_of_government"),
                                     ("NLD", "head_of_government")]),
    ("中国和巴西总统卢塞纳通电话。", [("BRA", "head_of_state")]),
    ("今20日與美國總統卡特勒通話。", [("USA", "head_of_state")]),  # 日 is a day, not Japan
    # a region whose name holds a state's is neither; a resort is no name
    ("美国总统卡特勒在美国马里兰州总统度假地戴维营会见日本首相。", [("USA", "head_of_state"), ("USA", "head_of_state"),
                                                          ("JPN", "head_of_government")]),
])
def test_states_listed_before_a_title_and_words_that_hold_a_states_name(text, expected):
    found = _people(text, home="TWN" if "與" in text else "CHN")
    assert [(aff, office) for _, aff, office, _ in found] == expected
    assert all(name not in ("度假地戴维营", "戴维营") for name, *_ in found)


def test_a_state_called_by_its_first_character_and_guo_after_its_full_name():
    found = _people("副總統林安平出訪宏都拉斯，參加宏國第一位女總統卡斯托就職典禮。", home="TWN")
    assert ("卡斯托", "HND", "head_of_state", "總統") in found  # 參加: 加 is no Canada
    later = _people("副總統出訪宏都拉斯。宏國總統表示歡迎，各國代表出席。", home="TWN")
    assert [aff for name, aff, _, _ in later if name == "宏國總統"] == ["HND"]
    assert all(aff != "HND" for name, aff, _, _ in later if name != "宏國總統")  # 各國 is no state
    assert all(aff != "CAN" for _, aff, _, _ in found)


def test_to_represent_a_state_is_no_representative():
    assert _people("这次前往祝贺，也正足以代表台湾珍惜两国的邦谊。", home="TWN") == []


def test_the_demonym_and_a_lower_case_title_is_the_holder_the_text_named():
    text = ("Japanese Prime Minister Ken Mori met President Alden Ross on Monday. The Japanese prime minister "
            "said the talks went well. The Norwegian foreign minister was absent.")
    found = _people(text, home="USA", chinese=False)
    assert found.count(("Ken Mori", "JPN", "head_of_government", "Prime Minister")) == 2
    assert ("foreign minister", "NOR", "foreign_minister", "foreign minister") in found
