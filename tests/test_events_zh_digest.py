"""Issues 17 and 18 on Chinese pages in the style of Taiwanese dailies' world digests, each kind on sentences
written for these tests with invented people and places: a sentence whose clauses each have their own partner
(先与丙一同参观某地，随后与乙会谈), a paragraph opening on 他 after a time clause, a joint press conference held in a
named place, a residence (首相官邸) that is no person, a joint statement the two leaders issued in a sentence of
its own, and the giver of an invitation told in its own clause."""

from __future__ import annotations

import pytest

from tests.conftest import read_feed_item

pytestmark = [pytest.mark.issue(18), pytest.mark.issue(17)]


@pytest.fixture
def page(pipeline, tmp_path):
    def run(title: str, body: str, day: str = "2031-03-28T20:00:00+08:00"):
        return read_feed_item(pipeline, tmp_path, title, body, day)

    return run


def _told(doc) -> list[tuple[str, str | None, list[str]]]:
    return [(e["type"], e["date"], sorted(next(iter(p["name"].values())) for p in e["participants"]))
            for e in doc.events]


@pytest.mark.parametrize("sentence", [
    "南韓總統朴成浩30日下午先與日本經產大臣岩田一郎一同參觀橫濱的造船廠，隨後與日本首相山本健太在首相官邸會談。",
    "韩国总统朴成浩30日下午先与日本经产大臣岩田一郎一同参观横滨的造船厂，随后与日本首相山本健太在首相官邸会谈。",
])
def test_a_partner_of_another_clause_is_not_the_partner_of_the_talks(page, sentence):
    """Each clause names its own partner after 與: the one who goes along on a tour (先與丙一同參觀…) is no
    party to the talks the next clause holds with another (隨後與乙…會談), and 首相官邸 is a residence, no
    prime minister of the outlet's own side."""
    doc = page("韓日首長將會談", sentence)
    assert _told(doc) == [("talks", "2031-03-30", ["山本健太", "朴成浩"])]


def test_a_joint_press_conference_in_a_named_place_is_a_meeting_of_its_own_clause(page):
    """上週他在甲城與X會談，昨天在乙國丙城（Latin）與大馬部長Y舉行共同記者會: the second clause opens, after its day
    and a place however long, on its partner, so it is read alone; its 他 (after a time word) turns back to the
    subject of the sentence before (past an opening clause that only times that one), and 大馬 is Malaysia."""
    body = ("外長史密斯卸任後，加拿大新任外交部長布朗（Mark Brown）首度出訪東南亞，盼拓展加拿大的農產品市場。"
            "上週他在曼谷（Bangkok）與泰國副總理頌猜（Somchai Dee）會談，昨天在馬來西亞檳城（Penang）"
            "與大馬貿易部長莎麗娜（Salina Omar）舉行共同記者會。")
    doc = page("加外長訪東南亞", body)
    assert ("meeting", "2031-03-27", ["布朗", "莎麗娜"]) in _told(doc)
    assert all("史密斯" not in people for _, _, people in _told(doc))


@pytest.mark.parametrize("sentence", [
    "印度總理夏爾馬27日在東京與澳洲總理史密斯會談，隨後在記者會上強調與紐西蘭總理布朗的會晤很重要。",
    "印度总理夏尔马27日抵达东京。他在机场表示与日本首相山本健太的会谈将聚焦经贸。",
])
def test_a_partner_after_a_place_and_a_word_of_saying_is_in_what_was_said(page, sentence):
    """，在某處表示與乙…: a clause opening on a place, then a word of saying, tells what was said; the one named
    after its 與 is no partner of an act held there (the place before the partner does not open an act past
    the saying, as no other opening does)."""
    doc = page("印度總理訪日", sentence)
    assert all(p["name"] and next(iter(p["name"].values())) not in ("布朗", "山本健太")
               for e in doc.events if e["status"] == "held" for p in e["participants"])


@pytest.mark.parametrize("body", ["越南总理阮文安10日抵达万象后，同老挝总理宋萨举行会谈。当晚，他还与老挝国家主席坎潘共进晚餐。",
                                  "越南總理阮文安10日結束對泰國的訪問後，在萬象會見老撾總理宋薩。隨後，他與老撾國家主席坎潘會晤。"])
def test_the_partner_after_a_time_clause_is_not_the_next_sentences_he(page, body):
    """甲抵达某地后，同乙会谈。当晚，他还与丙…: the clause after the time clause has no subject of its own (乙 is
    met, after 同/會見), so 甲 stays the subject the next sentence's 他 turns back to."""
    doc = page("越老总理会谈", body, day="2031-04-11T20:00:00+08:00")
    assert ("meeting", "2031-04-10", ["坎潘", "阮文安"]) in _told(doc)


@pytest.mark.parametrize("sentence", ["土耳其外長耶爾馬茲8日抵達大馬士革，會見敘利亞總統沙里夫。",
                                      "伊朗外长阿里8日抵达大马士革，会见叙利亚总统沙里夫。"])
def test_damascus_holds_no_malaysia(page, sentence):
    """大馬士革 is Damascus: the 大馬 it begins with is no Malaysia, so no visit to Malaysia and no party named 大馬."""
    doc = page("外長會晤", sentence, day="2031-03-09T20:00:00+08:00")
    assert [e["type"] for e in doc.events] == ["meeting"]
    assert "MYS" not in {p["affiliation"] for e in doc.events for p in e["participants"]}


@pytest.mark.parametrize("statement", ["兩人會後共同發表的聲明指出，兩國將擴大再生能源合作。",
                                       "雙方在會後發表聯合聲明，表示兩國將加強海上安全合作。"])
def test_a_joint_statement_the_two_leaders_issued_is_an_agreement_beside_their_talks(page, statement):
    """兩人（雙方領導人）共同發表的聲明 in a sentence of its own is the agreement of the two leaders told just before,
    an act beside their talks (not the talks told again)."""
    doc = page("印日首長會談", f"印度總理夏爾馬與日本首相山本健太28日在東京會談。{statement}",
               day="2031-03-30T20:00:00+08:00")
    assert _told(doc) == [("talks", "2031-03-28", ["夏爾馬", "山本健太"]),
                          ("agreement", "2031-03-28", ["夏爾馬", "山本健太"])]


def test_leaders_named_by_their_states_in_a_caption_are_the_leaders_the_lead_names(page):
    """A caption's 日韩首脑会谈 names the two leaders of the day through their states (in the gazetteer's script);
    the lead names the same two in Chinese: one interaction, with the lead's names."""
    body = ("这是9月6日在首尔总统府外拍摄的日韩首脑会谈会场。新华社发（李华摄）\n"
            "新华社首尔9月6日电 韩国总统尹锡悦6日在首尔同来访的日本首相岸田文雄举行会谈。")
    doc = page("韩日首脑会谈", body, day="2024-09-06T20:00:00+08:00")
    assert _told(doc) == [("talks", "2024-09-06", ["尹锡悦", "岸田文雄"])]


def test_the_giver_of_an_invitation_is_the_subject_of_its_own_clause(page):
    """甲與乙通話時，乙向甲發出邀請: the one who invites is the side named first in the invitation's own
    clause, not the first named in the sentence."""
    doc = page("印越領導人通話", "據越南媒體報導，印尼總統蘇安托與越南主席武文山5日通話時，武文山向蘇安托發出訪越邀請。",
               day="2031-03-06T20:00:00+08:00")
    [event] = doc.events
    assert [(c["type"], c["by"], c["to"]) for c in event["commitments"]] == [("invitation", ["VNM"], ["IDN"])]


@pytest.mark.parametrize(("sentence", "by", "to"), [
    ("巴西總統席爾瓦與智利總統帕雷德斯12日舉行視訊會談，並向帕雷德斯發出訪巴邀請。", "BRA", "CHL"),
    ("英国首相布朗与加拿大总理马丁12日通电话，对马丁发出访英邀请。", "GBR", "CAN"),
])
def test_the_one_invited_after_xiang_is_not_the_giver(page, sentence, by, to):
    """甲與乙…，並向乙發出邀請: the one after 向/對 in the invitation's own clause receives it; the giver is the
    side named first in the sentence."""
    doc = page("兩國領導人會談", sentence, day="2031-03-13T20:00:00+08:00")
    [event] = doc.events
    assert [(c["type"], c["by"], c["to"]) for c in event["commitments"]] == [("invitation", [by], [to])]


def test_one_leaders_words_after_the_joint_statement_are_said_at_the_talks(page):
    """What one leader says after the joint statement is told goes with the talks he held, not with the
    agreement both sides issued (whose words are joint)."""
    doc = page("印日首長會談", "印度總理夏爾馬與日本首相山本健太28日在東京會談。兩人會後共同發表的聲明指出，"
               "兩國將擴大再生能源合作。山本健太強調，日方願意提供更多技術協助。", day="2031-03-30T20:00:00+08:00")
    assert [(e["type"], [s["text"] for s in e["statements"]]) for e in doc.events] == [
        ("talks", ["山本健太強調，日方願意提供更多技術協助。"]), ("agreement", [])]


@pytest.mark.parametrize("sentence", ["巴西總統席爾瓦27日晚間抵達阿根廷會晤阿國總統米雷，雙方討論兩國貿易。",
                                      "巴西总统席尔瓦27日抵达阿根廷，并同阿国总统米雷举行会谈。"])
def test_a_state_called_by_its_first_character_and_guo_is_the_state_named_in_full(page, sentence):
    """阿根廷, then 阿國總統: the first character and 國 call back the state named in full, though 阿 alone is also
    a one-character form (of 中阿關係); the president is Argentina's, not the outlet's own."""
    doc = page("巴阿總統會談", sentence)
    parties = {(next(iter(p["name"].values())), p["affiliation"]) for e in doc.events for p in e["participants"]}
    assert ("米雷", "ARG") in parties and {side for _, side in parties} == {"BRA", "ARG"}


@pytest.mark.parametrize(("sentence", "kind"), [
    ("總統陳明輝27日晚間在總統府與來訪的巴拉圭總統培尼亞（Santiago Pena）餐敘，雙方就農業合作交換意見。", "meeting"),
    ("外交部長林明27日與來訪的日本外務大臣山田一郎茶敘，暢談雙邊關係。", "meeting"),
    ("外交部長林明27日與瓜地馬拉外交部長馬丁尼茲（Carlos Martinez）簽訂農業合作協定。", "agreement"),
    ("法国外交部长巴罗27日与德国外交部长瓦德富尔电话交谈，讨论乌克兰局势。", "phone_call"),
])
def test_taiwanese_and_hong_kong_words_for_a_meal_a_signing_and_a_call(page, sentence, kind):
    """餐敘 and 茶敘 (a meal or tea with someone) are meetings, 簽訂 a signing, 電話交談 a call."""
    doc = page("外交動態", f"〔記者陳小明／台北報導〕{sentence}")
    assert [(e["type"], e["date"]) for e in doc.events] == [(kind, "2031-03-27")]


@pytest.mark.parametrize(("sentence", "office"), [
    ("美國務卿魯賓7日在利雅德與俄外長拉夫洛夫會晤，討論和平協議。", "foreign_minister"),
    ("美国务卿鲁宾7日在首尔会见韩国外长朴振。", "foreign_minister"),
])
def test_a_one_character_state_before_a_title_opening_with_guo(page, sentence, office):
    """美國務卿 is 美 and 國務卿 (the press's contraction of 美國國務卿), not 美國 and a cut title: the secretary
    is a named party, not his state."""
    doc = page("外長會晤", sentence, day="2031-03-07T20:00:00+08:00")
    [event] = doc.events
    assert [(p["affiliation"], p["office"]) for p in event["participants"]][0] == ("USA", office)
    assert all(p["office"] != "other" for p in event["participants"])


def test_a_headline_speaker_before_a_colon_only_tells_of_the_visit(page):
    """某國外相：甲11月訪日如期舉行: the one who speaks before the headline's colon tells of the visit; its host is
    the state the visit goes to (訪日), not the minister."""
    doc = page("日本外相：南韓總統朴成浩11月訪日如期舉行",
               "日本外相山田一郎今天說，南韓總統朴成浩11月訪問日本的行程將如期舉行。", day="2031-07-21T04:54:04+08:00")
    assert [(e["type"], e["status"], sorted((p["affiliation"], p["office"]) for p in e["participants"]))
            for e in doc.events] == [("visit", "planned", [("JPN", "other"), ("KOR", "head_of_state")])]


@pytest.mark.parametrize("sentence", ["中國外交部發言人毛明8日表示，中方與美方7日在日內瓦舉行經貿會談，雙方達成共識。",
                                      "中国外交部发言人毛明8日表示，中方同美方7日在日内瓦举行经贸会谈。"])
def test_two_sides_named_as_such_and_joined_hold_the_talks(page, sentence):
    """中方與美方舉行會談: two sides named by 方 and joined by 與 are the act's sides (a lone 中方 only speaks for its
    state); the spokesman who tells of it is none."""
    doc = page("北京回應", sentence, day="2031-03-08T20:00:00+08:00")
    assert [(e["type"], e["date"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events] == [
        ("talks", "2031-03-07", ["CHN", "USA"])]


@pytest.mark.parametrize(("sentence", "side"), [
    ("美國總統川普7日在慶州出席亞太經合會（APEC）領袖會議。", "APEC"),
    ("美國總統川普7日在吉隆坡出席東南亞國協峰會。", "ASEAN"),
    ("英國首相施凱爾7日在海牙出席北大西洋公約組織峰會。", "NATO"),
    ("中國國家主席習近平7日在北京會見敍利亞總統沙拉。", "SYR"),
    ("日本首相石破茂7日在東京會見印度尼西亞總統普拉伯沃。", "IDN"),
])
def test_taiwanese_and_hong_kong_names_of_organizations_and_states(page, sentence, side):
    """亞太經合會, 東南亞國協 (Taiwan), 北大西洋公約組織 (the Traditional form of the full name), and the Hong Kong
    press's 敍利亞, 印度尼西亞: names of the same organizations and states."""
    doc = page("國際動態", sentence, day="2031-03-08T20:00:00+08:00")
    assert side in {p["affiliation"] for e in doc.events for p in e["participants"]}


@pytest.mark.parametrize("sentence", ["巴拉圭總統培尼亞7日收到日本首相山本健太的賀函。",
                                      "巴拉圭总统培尼亚7日收到日本首相山本健太发来的贺函，感谢日方的祝贺。"])
def test_a_letter_of_congratulations_is_a_message_and_no_person(page, sentence):
    """賀函 (a letter of congratulations) is a message between its sender and the one who receives it, however
    the sentence tells of it (甲收到乙的賀函, not only 致賀函), and no one's name."""
    doc = page("賀函", sentence, day="2031-03-08T20:00:00+08:00")
    [event] = doc.events
    assert (event["type"], sorted(p["affiliation"] for p in event["participants"])) == ("message", ["JPN", "PRY"])


@pytest.mark.parametrize("sentence", ["（中央社華盛頓6日綜合外電報導）美國總統魯賓美東時間6日與中國國家主席王立明通電話，討論貿易問題。",
                                      "美国总统鲁宾北京时间7日凌晨与中国国家主席王立明通电话。"])
def test_a_time_zones_day_after_the_subject_is_no_part_of_his_name(page, sentence):
    """魯賓美東時間6日: the day is told in a time zone right after the subject; 美東時間 ends the name."""
    doc = page("中美元首通話", sentence, day="2031-03-07T20:00:00+08:00")
    [event] = doc.events
    names = {next(iter(p["name"].values())) for p in event["participants"]}
    assert event["type"] == "phone_call" and names & {"魯賓", "鲁宾"} and len(names) == 2


@pytest.mark.parametrize(("sentence", "name"), [("俄羅斯總統伊萬諾夫莫斯科時間6日與德國總理施密特通電話。", "伊萬諾夫"),
                                              ("南韓總統朴成浩首爾時間6日晚間與美國總統魯賓通電話。", "朴成浩")])
def test_a_places_time_zone_after_the_subject_ends_his_name(page, sentence, name):
    """伊萬諾夫莫斯科時間6日: a place the lexicon knows, followed by 時間, is the time zone of the day, not the end of a
    transliterated name."""
    doc = page("元首通話", sentence, day="2031-03-07T20:00:00+08:00")
    [event] = doc.events
    assert name in {next(iter(p["name"].values())) for p in event["participants"]}


@pytest.mark.parametrize(("sentence", "status", "name"), [
    ("智利外交部長羅哈斯原定8日訪問秘魯並與秘魯外交部長金塔納會談，不過相關行程已告吹。", "cancelled", "羅哈斯"),
    ("日本首相岡田健與南韓總統朴成浩原定8日舉行的會談延後舉行。", "cancelled", "岡田健"),
    ("法國總統勒布朗可望8日在峰會期間與德國總理施密特會面。", "planned", "勒布朗"),
])
def test_taiwanese_words_for_a_plan_and_its_calling_off(page, sentence, status, name):
    """原定 (was scheduled), 可望 (is expected to) and 計畫 tell a plan; 喊卡, 延後, 告吹 call it off (延後 is no
    `after the talks`); none of them is part of the subject's name."""
    doc = page("外交動態", sentence)
    [event] = doc.events
    assert (event["status"], event["date"]) == (status, "2031-03-08")
    assert name in {next(iter(p["name"].values())) for p in event["participants"]}


@pytest.mark.parametrize(("sentence", "status"), [
    ("美國國務卿魯賓7日與中國外交部長王立明會談，雙方同意暫緩加徵關稅。", "held"),
    ("美國國務卿魯賓7日與中國外交部長王立明會談，雙方同意延後新關稅的生效日期。", "held"),
    ("美國國務卿魯賓7日與中國外交部長王立明會談，雙方同意關稅措施暫緩。", "held"),
    ("義大利外長羅西原定8日訪問東京，但訪問行程暫緩。", "cancelled"),
])
def test_put_off_calls_off_only_the_interaction_it_governs(page, sentence, status):
    """延後, 暫緩 (put off) cancel the interaction only next to its trigger, or ending a clause that names an
    interaction or a trip (訪問行程暫緩。); putting off tariffs the sides agreed on leaves their talks held."""
    doc = page("外交動態", sentence, day="2031-03-07T20:00:00+08:00")
    [event] = doc.events
    assert event["status"] == status


@pytest.mark.parametrize(("sentence", "status"), [
    ("根據兩國能源合作計畫，法國總統杜邦7日與德國總理施密特在巴黎舉行會談。", "held"),
    ("可望連任的法國總統杜邦7日在巴黎會見了德國總理施密特。", "held"),
    ("義大利總理羅西可望在下週的峰會期間與日本首相岡田會面。", "planned"),
])
def test_plan_words_tell_a_plan_only_before_the_trigger_in_its_clause(page, sentence, status):
    """計畫 and 可望 tell a plan only before the trigger in its own clause: not as a noun ending a clause before it
    (合作計畫，) nor as a modifier of its subject (可望連任的總統)."""
    doc = page("外交動態", sentence, day="2031-03-07T20:00:00+08:00")
    [event] = doc.events
    assert event["status"] == status


@pytest.mark.parametrize(("sentence", "kind", "status"), [
    ("巴拉圭總統貝尼特斯受美國總統魯賓之邀，將於8日訪問華府並與魯賓會談。", "talks", "planned"),
    ("印度總理夏爾馬在日本首相岡田健的邀請下，6日抵達東京進行正式訪問。", "visit", "held"),
])
def test_a_visit_at_someones_invitation_told_with_shou_or_zai_xia(page, sentence, kind, status):
    """受X之邀 and 在X的邀請下 (at X's invitation) give the reason of a visit, as 應X邀請 does: the visit (or the
    talks on it) is told, not only an invitation to it, and X asked for it; 受 ends the name before it."""
    doc = page("外交動態", sentence, day="2031-03-07T20:00:00+08:00")
    [event] = doc.events
    assert (event["type"], event["status"]) == (kind, status)
    assert [p["initiator"] for p in event["participants"]] == [False, True]


@pytest.mark.parametrize("sentence", ["法國總統杜邦7日在受訪時邀請德國總理施密特訪問巴黎。",
                                      "中國國家主席王立明7日邀請下屆輪值主席法國總統杜邦訪華。"])
def test_an_invitation_after_shou_fang_or_before_xia_ren_is_only_an_invitation(page, sentence):
    """受訪時 (when interviewed) opens no 受X之邀, and 邀請下屆主席 (invited the next chair) closes no 在X的邀請下:
    the invitation to visit is all the sentence tells, no visit."""
    doc = page("外交動態", sentence, day="2031-03-07T20:00:00+08:00")
    assert doc.events == []


@pytest.mark.parametrize(("sentence", "name"), [
    ("日本天皇聰仁7日在皇居會見了美國總統魯賓。", "聰仁"),
    ("美國總統魯賓7日在杜哈與卡達艾米爾哈立德（Khalid bin Saad Al Thani）會晤。", "哈立德"),
])
def test_an_emperor_and_an_emir_in_taiwanese_wording_are_heads_of_state(page, sentence, name):
    """天皇 and Taiwan's 艾米爾 (埃米爾) are titles of heads of state: the person is the party, not his state."""
    doc = page("元首會晤", sentence, day="2031-03-08T20:00:00+08:00")
    [event] = doc.events
    assert (name, "head_of_state") in {(next(iter(p["name"].values())), p["office"]) for p in event["participants"]}


def test_each_item_of_a_digest_under_its_heading_is_read_as_a_lead(page):
    """A digest page's items each open with a heading in 【】 on their own line: the heading is a sentence of its
    own (its 訪日 names no one), and the item's first sentence is that item's lead, where a visit whose host is
    a state is news (past the page's lead it would need named people)."""
    body = ("【美日外長會談】美國國務卿魯賓7日在東京與日本外相岩田一郎會談，雙方確認同盟關係。魯賓表示，美日同盟堅如磐石。\n"
            "【法德領袖通話】法國總統杜邦6日與德國總理施密特通電話，討論烏克蘭局勢。杜邦說，法國將持續支持烏克蘭。\n"
            "【印度總理訪日】印度總理夏爾馬8日抵達東京，展開為期3天的訪問。")
    doc = page("國際要聞精選", body, day="2031-03-08T20:00:00+08:00")
    assert [(e["type"], e["status"], e["date"], sorted(p["affiliation"] for p in e["participants"]))
            for e in doc.events] == [("talks", "held", "2031-03-07", ["JPN", "USA"]),
                                     ("phone_call", "held", "2031-03-06", ["DEU", "FRA"]),
                                     ("visit", "held", "2031-03-08", ["IND", "JPN"])]


def test_a_digest_heading_that_holds_a_phone_call_is_no_byline(page):
    """A byline ends in 電 or 訊 (【某社台北7日電】); a heading holding 通電話 or 視訊 is a heading all the same, and its
    item's first sentence is that item's lead."""
    body = ("【法德領袖通話】法國總統杜邦6日與德國總理施密特通電話，討論烏克蘭局勢。\n"
            "【印度總理訪日 盼與日相通電話】印度總理夏爾馬8日抵達東京，展開為期3天的訪問。")
    doc = page("國際要聞精選", body, day="2031-03-08T20:00:00+08:00")
    assert [(e["type"], e["status"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events] == [
        ("phone_call", "held", ["DEU", "FRA"]), ("visit", "held", ["IND", "JPN"])]


@pytest.mark.parametrize("sentence", ["法國總統杜邦6日批評了德國總理施密特，後者7日在柏林與義大利總理羅西舉行會談。",
                                      "法国总统杜邦6日批评了德国总理施密特，后者7日在柏林与意大利总理罗西举行会谈。"])
def test_the_latter_is_the_person_named_last_before_it(page, sentence):
    """後者 (the latter) opening a clause is the person named last before it; whoever the clauses before name
    besides (the subject who criticised him) is no party to its talks."""
    doc = page("德意總理會談", sentence, day="2031-03-08T20:00:00+08:00")
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in doc.events] == [["DEU", "ITA"]]


@pytest.mark.parametrize("sentence", [
    "法国总统白朗6日会见日本首相田中一郎，双方讨论了日方提出的和平倡议，后者将提交下月同韩国总统朴成民举行的会谈讨论。",
    "法國總統白朗6日會見日本首相田中一郎，雙方討論了兩國去年簽署的和平條約，後者將提交下月同韓國總統朴成民舉行的會談審議。",
])
def test_the_latter_that_turns_back_to_a_treaty_is_no_person(page, sentence):
    """後者 after a clause that names no person and ends on a proposal or a treaty is that thing: the person named
    further back (who met someone else) is no party to the talks its clause tells."""
    doc = page("法日首脑会见", sentence, day="2031-03-08T20:00:00+08:00")
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in doc.events] == [["FRA", "JPN"]]


@pytest.mark.parametrize("sentence", ["華府與北京7日在日內瓦舉行貿易會談，雙方同意降低關稅。",
                                      "华盛顿与北京7日在日内瓦举行贸易会谈。"])
def test_two_seats_of_government_joined_are_the_sides(page, sentence):
    """華府與北京舉行會談: the press names the two states by their capitals; joined to one another they are the
    act's sides (a capital alone is where something happens)."""
    doc = page("美中會談", sentence, day="2031-03-08T20:00:00+08:00")
    assert [(e["type"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events] == [
        ("talks", ["CHN", "USA"])]


def test_two_capitals_a_visit_went_to_are_no_sides(page):
    """訪問了東京和首爾: capitals joined after a verb are the places a visit went to, not the press's names for
    two sides; the visit told is the one to Beijing."""
    doc = page("外交動態", "美國國務卿魯賓7日抵達北京訪問，此前他已訪問了東京和首爾。", day="2031-03-08T20:00:00+08:00")
    assert [sorted(p["affiliation"] for p in e["participants"]) for e in doc.events] == [["CHN", "USA"]]
