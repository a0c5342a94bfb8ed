"""Actor mentions (issue 17 items 1 and 4): where a name after a title starts and ends, whose side a title
written onto `X方` or an organisation is, and words that look like names but name nobody. Every sentence is
invented for the test."""

from __future__ import annotations

import pytest

from tests.test_actors import _mentions, _people


@pytest.mark.parametrize(("text", "home", "expected"), [
    # a name set apart by a space on each side, as some Traditional outlets print it
    ("美國國務卿 卡爾多森 表示，將擴大制裁。", "TWN", ("卡爾多森", "USA", "foreign_minister", "國務卿")),
    # a title written onto a side: the side is whose officer it is; a chair so written chairs a joint body
    ("阿兰达与对话欧方主席卡尔维宁斯基通话。", "CHN", ("卡尔维宁斯基", "EU", "other", "主席")),
    ("美方代表阿尔多表示欢迎。", "CHN", ("阿尔多", "USA", "other", "代表")),
    # a word between an organisation and its officer's title (执行副主席), as between a country and a title
    ("巴尔瓦与欧委会执行副主席卡尔维宁斯基通话。", "CHN", ("卡尔维宁斯基", "EU", "other", "副主席")),
    # a state's armed forces (美军) before its officer, and a department's head (政策部主任)
    ("美軍參謀長聯席會議計劃與政策部主任克拉森今天表示。", "TWN",
     ("克拉森", "USA", "military", "參謀長聯席會議計劃與政策部主任")),
    ("美军参谋长联席会议主席邓福森访华。", "CHN", ("邓福森", "USA", "military", "参谋长联席会议主席")),
    # a transliterated name whose joiners say what it is, though two of its characters are rarer ones
    ("主席会见欧盟委员会主席让-克洛德·容瓦。", "CHN", ("让-克洛德·容瓦", "EU", "org_head", "主席")),
    # an institution of more than four characters between a state and its officer, and a second post (兼)
    ("主席会见俄罗斯联邦委员会主席马特维耶娃。", "CHN", ("马特维耶娃", "RUS", "legislature_leader", "联邦委员会主席")),
    # an embassy between a state and its officer: the sending state's, not the outlet's
    ("中國駐美大使館發言人劉明表示。", "TWN", ("劉明", "CHN", "other", "大使館發言人")),
    ("美国驻华大使馆临时代办卡尔文表示。", "CHN", ("卡尔文", "USA", "ambassador", "大使馆临时代办")),
    # a day after a name ends it (廿六日: the 26th)
    ("美國總統卡爾森廿六日在白宮接見來訪的總理。", "TWN", ("卡爾森", "USA", "head_of_state", "總統")),
    # a capital before its mayor says whose city it is; the place before a city's officer is no name
    ("市长会见首尔市长吴成勋。", "CHN", ("吴成勋", "KOR", "other", "市长")),
    # words of aspect and sequence after a name end it
    ("外长王明正在访问法国。", "CHN", ("王明", "CHN", "foreign_minister", "外长")),
    # 一见面, 一到 (as soon as) after a name end it
    ("馬爾他總理卡爾多瓦一見面就與對方握手。", "TWN", ("卡爾多瓦", "MLT", "head_of_government", "總理")),
    ("马耳他总理卡尔多瓦一到机场就发表讲话。", "CHN", ("卡尔多瓦", "MLT", "head_of_government", "总理")),
    # a name written before its title never runs back into the trigger before it (拜會, 会见)
    ("部長今天拜會盧德安總統。", "TWN", ("盧德安", "TWN", "head_of_state", "總統")),
    ("部长今天会见卢德安总统。", "CHN", ("卢德安", "CHN", "head_of_state", "总统")),
    # a greeting or gesture after the name of who is greeted ends it (握手, 寒暄, 合影)
    ("总理与智利总统索托握手后举行会谈。", "CHN", ("索托", "CHL", "head_of_state", "总统")),
    ("總理與智利總統索托寒暄。", "TWN", ("索托", "CHL", "head_of_state", "總統")),
    ("总理与智利总统索托合影留念。", "CHN", ("索托", "CHL", "head_of_state", "总统")),
    # 召開 (convene) after a name ends it
    ("馬爾他外長卡爾多瓦召開記者會。", "TWN", ("卡爾多瓦", "MLT", "foreign_minister", "外長")),
    ("总统阿尔多其后表示。", "CHN", ("阿尔多", None, "head_of_state", "总统")),
    # a state called by its first character and 国, right before a title whose first character is 国
    ("英國首相會晤沙烏地阿拉伯國王，並會晤沙國王儲阿布達拉。", "TWN", ("阿布達拉", "SAU", "royal", "王儲")),
    # a state's bureau between the state and its head; a formal name in 国 running into 国家 is the shorter one
    ("外长会见日本国家海洋政策局局长森田健。", "CHN", ("森田健", "JPN", "other", "局长")),
    ("部长会见韩国国家危机管理室长朴成浩。", "CHN", ("朴成浩", "KOR", "other", "室长")),
    # a word ending in a state's one-character form (创新: 新 is no Singapore) inside a ministry's name
    ("部长会见英国文化、创新和体育大臣卡尔文。", "CHN", ("卡尔文", "GBR", "minister", "文化、创新和体育大臣")),
    # an aide's title written onto the head's: the aide holds no head's office
    ("美國總統國家安全事務助理卡爾多森今天抵台。", "TWN", ("卡爾多森", "USA", "other", "總統國家安全事務助理")),
    # a transliterated name of four parts longer than any unjoined run: each part after a joiner has its room
    ("应外长邀请，秘鲁外交部长安东尼奥·维克托罗维奇·德拉克鲁斯将访华。", "CHN",
     ("安东尼奥·维克托罗维奇·德拉克鲁斯", "PER", "foreign_minister", "外交部长")),
    # a word of aspect opening on a name's second character (韩明|在, not 韩|明在…): the name has two
    ("同日，国家副主席韩正在上海会见外宾。", "CHN", ("韩正", "CHN", "deputy_head_of_state", "国家副主席")),
    ("同日，國防部長何正在台北接見美國議員。", "TWN", ("何正", "TWN", "minister", "國防部長")),
    # the DPRK's head of state's title holds 国务委员 (a Chinese state councillor's) and goes on with 长
    ("朝鲜国务委员长金成日在元山会见外宾。", "CHN", ("金成日", "PRK", "head_of_state", "国务委员长")),
    ("朝鮮國務委員會委員長金成日會見外賓。", "TWN", ("金成日", "PRK", "head_of_state", "國務委員會委員長")),
    # a short state's name inside a transliterated name (纽埃 in 埃马纽埃尔) goes on with the name; an adviser's
    # title written onto the head's is the adviser's, of the head's state
    ("王明同法国总统外事顾问埃马纽埃尔·博杜安通话。", "CHN", ("埃马纽埃尔·博杜安", "FRA", "other", "总统外事顾问")),
    ("法國總統外交顧問埃馬紐埃爾·博杜安今天抵台。", "TWN", ("埃馬紐埃爾·博杜安", "FRA", "other", "總統外交顧問")),
    # the EU's high representative, whose title holds 与 (and); a special region's chief executive, no minister
    ("王明同欧盟外交与安全政策高级代表卡尔维宁通话。", "CHN", ("卡尔维宁", "EU", "other", "外交与安全政策高级代表")),
    ("澳门特区行政长官李明德今天会见泰国总理。", "CHN", ("李明德", "CHN", "other", "澳门特区行政长官")),
    # the European Council's and the European Parliament's heads are the EU's
    ("总理会见来华访问的欧洲理事会主席卡尔瓦略。", "CHN", ("卡尔瓦略", "EU", "org_head", "主席")),
    ("外長會見歐洲議會議長卡爾多娃。", "TWN", ("卡爾多娃", "EU", "legislature_leader", "議長")),
    # a US state whose short name holds another state's one-character form (加州: 加 is no Canada, 德州 no Germany)
    ("主席会见美国加州州长卡尔森。", "CHN", ("卡尔森", "USA", "other", "州长")),
    ("主席會見美國德州州長卡爾森。", "TWN", ("卡爾森", "USA", "other", "州長")),
    # a deputy speaker is no speaker; Taiwan's deputy ministers (政務次長); 伉儷 (and his wife) after a name
    ("次長接見捷克參議院副議長卡爾森一行。", "TWN", ("卡爾森", "CZE", "other", "副議長")),
    ("外交部政務次長陳明今天接見外賓。", "TWN", ("陳明", "TWN", "other", "外交部政務次長")),
    ("總統接見聖克里斯多福及尼維斯總理卡爾森伉儷。", "TWN", ("卡爾森", "KNA", "head_of_government", "總理")),
    # a post of one state (外务大臣, 官房長官: Japan's) gives the side where no country is told, and so how the
    # name after it is written (a Japanese name, not a Chinese one)
    ("外务大臣森田健与来访的外长举行会谈。", "CHN", ("森田健", "JPN", "foreign_minister", "外务大臣")),
    ("內閣官房長官森田健今天表示歡迎。", "TWN", ("森田健", "JPN", "minister", "內閣官房長官")),
    # a post under it (政务官) is its own, no minister's; a transliterated name holds no Japanese post
    ("外务大臣政务官森田健与来访的外长举行会谈。", "CHN", ("森田健", "JPN", "other", "外务大臣政务官")),
    ("外務大臣大衛·米勒今天在倫敦表示歡迎。", "TWN", ("大衛·米勒", None, "foreign_minister", "外務大臣")),
    # a state's party and its central body (党中央) before the post; a party's secretariat (书记处, no secretary of its
    # own) and a rank (常务) before the title; 中央 (central) holds no China
    ("部长会见由西班牙工人社会党中央书记处常务书记安东尼奥·佩雷兹率领的代表团。", "CHN",
     ("安东尼奥·佩雷兹", "ESP", "party_leader", "书记处常务书记")),
    ("部长会见越南共产党中央对外部部长黎明雄。", "CHN", ("黎明雄", "VNM", "minister", "共产党中央对外部部长")),
])
def test_where_a_name_after_a_title_starts_and_whose_side_it_is(text, home, expected):
    assert expected in _people(text, home=home)


def test_a_state_after_a_name_it_does_not_run_into_stays_a_state():
    assert ("USA", "美国") in [(m.affiliation, m.name) for m in _mentions("总统阿尔多美国之行圆满结束。")
                             if m.kind == "state"]


@pytest.mark.parametrize(("text", "not_a_name"), [
    ("据报道，韩日峰会的时间仍在协调。", "韩日"),  # two states' one-character forms before a meeting word
    ("他与美国大公司的代表举行会晤。", "司的"),  # 大公 (a title) starting the word 大公司
    ("众议院议长阿尔多等国会领导人出席。", "领导人"),  # leaders of no named state are nobody in particular
    ("上海市长会见外宾。", "上海"),  # the place a city's officer serves
    ("中国家庭代表团昨日抵达。", "中"),  # 中国家庭: 中国 is no formal name in 国 before 家
])
def test_words_that_look_like_names_name_nobody(text, not_a_name):
    assert all(name != not_a_name for name, *_ in _people(text))


def test_a_japanese_name_ends_before_a_modal_verb():
    found = _people("若日本首相森山由纪夫能在月内访问，将是首次。")
    assert ("森山由纪夫", "JPN", "head_of_government", "首相") in found


@pytest.mark.parametrize("adverb", ["隨即", "随即", "旋即", "当即"])
def test_a_name_ends_before_an_adverb_of_at_once(adverb):
    found = _people(f"日本首相森山由纪夫{adverb}致电法国总统马田。")
    assert ("森山由纪夫", "JPN", "head_of_government", "首相") in found


def test_an_english_name_ends_at_a_full_stop_run_onto_the_next_sentence():
    found = _people("He will hold talks with Premier Anton Velko.Lee will then fly home.", home=None, chinese=False)
    assert [name for name, *_ in found] == ["Anton Velko"]


def test_a_side_written_before_the_second_title_is_not_shared_with_the_first():
    """`Ruritanian President A, U.S. President B`: B's demonym is B's; A of an unknown demonym stays unknown."""
    found = _people("Ruritanian President Anton Velko, U.S. President Dale Brant and others met.", home=None,
                    chinese=False)
    assert ("Anton Velko", None, "head_of_state", "President") in found
    assert ("Dale Brant", "USA", "head_of_state", "President") in found


def test_states_listed_before_de_and_a_leader_word_have_a_leader_each():
    found = _people("卡尔多预计将于3月和4月分别与日本和美国的领导人会面。")
    assert [(aff, office) for _, aff, office, _ in found] == [("JPN", "head_of_government"), ("USA", "head_of_state")]


def test_with_no_person_as_the_subject_the_word_after_with_is_no_partner():
    """One other side titled in the text (巴林王儲) would make a bare partner of a trigger that side's: not when
    the subject is no person (北韓…與世界對話)."""
    found = _people("國務卿卡爾多今天與巴林王儲會晤。北韓現在對坐下來與世界對話沒有興趣。", home="TWN")
    assert all(name != "世界" for name, *_ in found)


def test_the_name_right_after_a_message_trigger_is_the_titled_partner():
    found = _people("国家主席致电阿瓦莱洛，祝贺他连任瓦努阿图总统。")
    assert ("阿瓦莱洛", "VUT", "head_of_state", "总统") in found


def test_a_countrys_top_diplomat_is_its_foreign_minister():
    found = _people("Wang met Ruritania's top diplomat Anton Velko and Japan's top diplomat Ken Sato.", home=None,
                    chinese=False)
    assert ("Ken Sato", "JPN", "foreign_minister", "top diplomat") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("如今美日菲等14國發表聯合聲明。", [("美國", "USA"), ("日本", "JPN"), ("菲律賓", "PHL")]),
    ("中美两国举行会谈。", [("中国", "CHN"), ("美国", "USA")]),
    ("中美关系发展。", []),  # not counted: a relationship, no parties
    # listed with 、: counted, or three and more (issue 18: 访问德、法、意，并在…同…会晤 lost the visits)
    ("外长访问德、法、意三国。", [("德国", "DEU"), ("法国", "FRA"), ("意大利", "ITA")]),
    ("外长访问德、法、意。", [("德国", "DEU"), ("法国", "FRA"), ("意大利", "ITA")]),
    ("中、美两国举行会谈。", [("中国", "CHN"), ("美国", "USA")]),
    ("中、美关系发展。", []),
])
def test_states_run_together_by_their_first_characters_and_counted_are_each_a_state(text, expected):
    assert [(m.name, m.affiliation) for m in _mentions(text, home="TWN") if m.kind == "state"] == expected


def test_titles_listed_before_one_name_are_that_persons_and_the_highest_office_counts():
    found = _people("中共中央政治局委员、国务院副总理、中欧经贸高层对话中方主席刘明应约通话。")
    assert found == [("刘明", "CHN", "deputy_head_of_government", "中共中央政治局委员、国务院副总理、中欧经贸高层对话中方主席")]


@pytest.mark.parametrize(("text", "side"), [
    ("Paraguayan President Anton Velko met the press.", "PRY"),
    ("Papua New Guinean Prime Minister Anton Velko met the press.", "PNG"),
    ("Equatorial Guinean President Anton Velko met the press.", "GNQ"),
])
def test_demonyms_of_smaller_states_give_the_side(text, side):
    assert [aff for _, aff, *_ in _people(text, home=None, chinese=False)] == [side]


def test_a_second_post_after_jian_is_part_of_the_chain():
    """Side and whole title; the office of a federal council's chair differs by state and is not asserted."""
    found = _people("主席会见瑞士联邦委员会主席兼联邦经济、教育和研究部部长帕尔梅达。")
    assert [(n, aff, t) for n, aff, _, t in found if n == "帕尔梅达"] == [
        ("帕尔梅达", "CHE", "联邦委员会主席兼联邦经济、教育和研究部部长")]


def test_a_lower_case_special_envoy_after_a_country_is_its_envoy():
    found = _people("The talks included U.S. special envoy Dale Brant and others.", home=None, chinese=False)
    assert found == [("Dale Brant", "USA", "envoy", "special envoy")]


@pytest.mark.parametrize(("text", "expected"), [
    ("中共中央对外联络部部长刘明会见。", ("刘明", "CHN", "party_leader", "中共中央对外联络部部长")),
    ("中共中央政治局委员、中央军委副主席张明会见。", ("张明", "CHN", "military", "中共中央政治局委员、中央军委副主席")),
])
def test_party_and_military_posts_in_their_long_forms(text, expected):
    assert expected in _people(text)


@pytest.mark.parametrize(("text", "expected"), [
    # 以…身分 is "in the capacity of": its 以 is a preposition, not Israel's one-character form (the president
    # inside the frame is whose envoy the subject is, no party: see test_events_hant)
    ("副總統陳立文昨天以總統林文山特使的身分啟程。", ("陳立文", "TWN", "deputy_head_of_state", "副總統")),
    # 参加 ends in 加 and names no Canada
    ("他将参加总统卡蒂娅的就职仪式。", ("卡蒂娅", None, "head_of_state", "总统")),
])
def test_a_one_character_state_form_inside_a_word_is_no_state(text, expected):
    assert expected in _people(text, home="TWN")


def test_the_one_character_form_of_israel_before_a_title_still_names_it():
    assert ("本亚明", "ISR", "head_of_government", "总理") in _people("部长会见以总理本亚明。")


def test_a_transliterated_name_may_hold_a_rare_character():
    assert ("卡蕬薇", "PLW", "head_of_state", "总统") in _people("帕劳总统卡蕬薇表示欢迎。")


@pytest.mark.parametrize(("text", "expected"), [
    ("帕劳第十任总统卡蒂娅表示欢迎。", ("卡蒂娅", "PLW", "head_of_state", "总统")),
    ("出席帛琉史上第一位女總理卡蒂娜的就職典禮。", ("卡蒂娜", "PLW", "head_of_government", "總理")),
])
def test_an_ordinal_between_a_state_and_its_title_keeps_the_chain(text, expected):
    assert expected in _people(text, home="TWN")


@pytest.mark.parametrize(("text", "home", "expected"), [
    # a post of one state's government names that state, whatever the outlet's own (issue 17 item 4)
    ("國家副主席韓明今天抵達。", "TWN", ("韓明", "CHN", "deputy_head_of_state", "國家副主席")),
    ("國務委員兼國務院秘書長吳明表示。", "TWN", ("吳明", "CHN", "other", "國務委員兼國務院秘書長")),
    ("行政院院長卓明宣布新措施。", "CHN", ("卓明", "TWN", "head_of_government", "行政院院長")),
    # a foreign name after an ambiguous institution (the US State Department is 国务院 too) stays unknown
    ("国务院发言人普赖斯表示。", "CHN", ("普赖斯", None, "other", "国务院发言人")),
])
def test_a_post_of_one_states_government_gives_the_side(text, home, expected):
    assert expected in _people(text, home=home)


@pytest.mark.parametrize(("text", "home", "expected"), [
    # a pair's title with the city it met in right before the act (a headline's 在 left out): no name, be the
    # city a capital the lexicon knows or another
    ("中新外长苏州会谈", "CHN", ("中新外长", "CHN", "foreign_minister", "外长")),
    ("美日外長東京會談", "TWN", ("美日外長", "USA", "foreign_minister", "外長")),
    ("中巴元首里约会晤", "CHN", ("中巴元首", "CHN", "head_of_state", "元首")),
    # an adverb of the act between the place and it (再次, 首次); a Japanese name is read long enough to take it in
    ("中美元首旧金山再次会晤", "CHN", ("中美元首", "CHN", "head_of_state", "元首")),
    ("日本首相东京再次会谈", "CHN", ("日本首相", "JPN", "head_of_government", "首相")),
])
def test_a_place_where_a_name_would_stand_names_nobody(text, home, expected):
    assert _people(text, home) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a name listed after a pair's title, not right before the act, is read as ever (the second name, of no
    # gazetteer and no side told, is not: as before)
    ("韩中外长赵明哲和王明15日在首尔举行会谈。", ("赵明哲", "KOR")),
    # a name spelled like a capital, not right before an act
    ("秘鲁外长利马表示，两国将加强合作。", ("利马", "PER")),
])
def test_a_name_outside_the_slot_of_a_place_is_kept(text, expected):
    assert [(name, side) for name, side, *_ in _people(text, "CHN")] == [expected]


def test_a_business_body_named_by_two_states_names_no_state():
    """越南台灣商會 (the Taiwanese chamber of commerce in Vietnam): neither state is a side here."""
    assert [m for m in _mentions("外交部長今天接見越南台灣商會聯合總會會長。", "TWN") if m.kind == "state"] == []


def test_consultations_are_no_chamber_of_commerce():
    """磋商会议 (consultations) holds 商会: the state before it is still a side."""
    assert [(m.kind, m.affiliation) for m in _mentions("美国举行经贸磋商会议。")] == [("state", "USA")]


def test_a_title_of_a_side_later_in_the_sentence_names_the_sideless_person_before_it():
    """卡尔多瓦总统 (no side) and 马耳他总统 in a later clause of one sentence: one person, of that side."""
    people = _people("15日，王明同卡尔多瓦总统举行会谈，马耳他总统表示愿深化合作。")
    assert ("卡尔多瓦", "MLT") in [(name, side) for name, side, *_ in people]


@pytest.mark.parametrize(("text", "home", "expected"), [
    # a verb of travel right after a title (a headline's 访, 飞抵) opens no name: the title alone is the person
    ("馬爾他外長訪北京晤王明", "TWN", ("馬爾他外長", "MLT", "foreign_minister", "外長")),
    ("马耳他外长飞抵北京开始访问", "CHN", ("马耳他外长", "MLT", "foreign_minister", "外长")),
    # and ends a name read before it
    ("外长卡尔多瓦访欧", "CHN", ("卡尔多瓦", None, "foreign_minister", "外长")),
])
def test_a_verb_of_travel_is_no_part_of_a_name(text, home, expected):
    assert _people(text, home) == [expected]


def test_a_title_of_a_side_and_a_sideless_name_as_partners_are_two_people():
    people = _people("总理卡尔多瓦同新西兰总理举行会谈。")
    assert ("卡尔多瓦", None) in [(name, side) for name, side, *_ in people]


def test_a_given_name_may_end_in_the_character_of_flying():
    """飞 ends a name only as 飞抵, 飞往 (flying to): 王鹏飞 keeps it."""
    assert _people("外交部副部长王鹏飞会见法国大使。")[0][0] == "王鹏飞"
