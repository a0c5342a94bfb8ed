"""Who said what in news prose (issue 19): where a statement ends and what belongs to another occasion, on
pages written for these tests, run through the real pipeline (clean, extract)."""

from __future__ import annotations

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.services import build_pipeline, process_record

PIPELINE = build_pipeline(load_settings(env={}))


def _said(text: str) -> list[tuple[str, str]]:
    """(speaker name or `joint`, statement text) for every statement of a front-matter page."""
    doc = process_record(RawRecord(source="page.md", data=text.encode("utf-8"), fmt="frontmatter"), PIPELINE)
    assert doc.error is None
    out = []
    for event in doc.events:
        names = [next(iter(p["name"].values())) for p in event["participants"]]
        for st in event["statements"]:
            assert doc.body[st["start"]:st["end"]] == st["text"]
            out.append(("joint" if st["joint"] else names[st["speaker_seq"]], st["text"]))
    return out


EN_TRADE = """---
title: Belgium and Chile trade chiefs meet in Santiago
date: 2031-03-04
---

Belgian Trade Minister Paul Vermeulen held talks with his Chilean counterpart Ana Rojas in Santiago on Tuesday, Belgium's trade ministry said.

A first fishing pact between the countries took effect in 2019. At the time, the two sides agreed to cut duties on frozen fish.

The two sides agreed on Tuesday to set up a working group on port fees. If the working group finishes its review, the duties on canned fruit are expected to fall next spring.
"""


def test_at_the_time_is_an_earlier_occasion_and_a_forecast_ends_the_words_issue19():
    assert _said(EN_TRADE) == [("joint", "The two sides agreed on Tuesday to set up a working group on port fees.")]


EN_SUMMIT_AFTER = """---
title: Ferrand and Ostrava hold talks in Ghent
date: 2031-05-07
---

President Marc Ferrand of France held talks with Prime Minister Lena Ostrava of Belgium in Ghent on Wednesday.

The talks followed a river summit in Liege on Monday.

Ferrand said the summit had opened a new chapter for the Meuse ports.

In a radio interview on Sunday, Ostrava said Belgium would cut barge fees.

Ostrava told Ferrand that Belgium would share its flood maps.
"""


def test_words_about_another_gathering_and_a_day_in_the_opening_phrase_are_not_the_events_issue19():
    assert _said(EN_SUMMIT_AFTER) == [("Lena Ostrava", "Ostrava told Ferrand that Belgium would share its flood maps.")]


EN_TRANSCRIPT = """---
title: Talks with President of Chile Ana Rojas
date: 2031-06-02
---

President Paul Vermeulen held talks with President of Chile Ana Rojas in Bruges.

Start of Belgian-Chilean talks President of Belgium Paul Vermeulen: Madam President, welcome to Bruges. Our ports have worked together for a century. President of Chile Ana Rojas Rojas AnaPresident of Chile(retranslated): Thank you, Mr President. Chile values this partnership. Paul Vermeulen: Let us begin. Marta Lindqvist: The delegations are ready.
"""


def test_turns_flattened_into_one_paragraph_are_cut_at_each_label_issue19():
    assert _said(EN_TRANSCRIPT) == [
        ("Paul Vermeulen", "Madam President, welcome to Bruges. Our ports have worked together for a century."),
        ("Ana Rojas", "Thank you, Mr President. Chile values this partnership."),
        ("Paul Vermeulen", "Let us begin."),  # someone else's label ends his turn
    ]


EN_READOUT = """---
title: Telephone conversation with President of Chile Ana Rojas
date: 2031-06-09
---

President of Belgium Paul Vermeulen had a telephone conversation with President of Chile Ana Rojas.

The presidents commended the progress of the joint copper institute.

Ana Rojas applauded the new shipping lane between Antwerp and Valparaiso.
"""


def test_the_presidents_speak_jointly_and_readout_verbs_of_praise_issue19():
    assert _said(EN_READOUT) == [
        ("joint", "The presidents commended the progress of the joint copper institute."),
        ("Ana Rojas", "Ana Rojas applauded the new shipping lane between Antwerp and Valparaiso."),
    ]


EN_ENVOY = """---
title: Ferrand and Ostrava hold talks in Ghent
date: 2031-05-07
---

President Marc Ferrand of France held talks with Prime Minister Lena Ostrava of Belgium in Ghent on Wednesday.

Ahead of the talks, Ferrand vowed to settle the river quarrel within a week.

Belgian Prime Minister Lena Ostrava's envoy Marc Lambert said the delegations had worked through the night.

Ferrand said France would open a consulate in Ghent.
"""


def test_a_first_name_beside_someone_elses_family_name_and_words_ahead_of_the_event_issue19():
    assert _said(EN_ENVOY) == [("Marc Ferrand", "Ferrand said France would open a consulate in Ghent.")]


HANS_NEWS = """---
title: 法国外长与比利时首相会谈
date: 2031-05-07
---

法国外长费朗7日在根特同比利时首相奥斯特拉娃举行会谈。
奥斯特拉娃此次访问巴黎是在两国港口纠纷平息后宣布的。
费朗在去年11月举行的一场记者会上承认，港口纠纷损害了两国关系。
法方要表达对比利时新船闸计划的不满。
奥斯特拉娃也并未公开表示是否会削减驳船费用。
奥斯特拉娃的顾问朗贝尔当天表示，比方愿意重启谈判。
费朗表示，法方愿同比方共享洪水地图。
"""


def test_chinese_news_modifier_verbs_last_year_intent_denial_and_someone_of_a_participant_issue19():
    assert _said(HANS_NEWS) == [("费朗", "费朗表示，法方愿同比方共享洪水地图。")]


HANT_MEDIA = """---
title: 費朗與奧斯特拉娃會談
date: 2031-05-07
---

法國外長費朗7日在根特與比利時首相奧斯特拉娃舉行會談。
據報導，費朗就「重建默茲河航運」提出三點設想。奧斯特拉娃表示，比方願共同疏浚河道。不過比利時官媒會後報導隻字未提河道。
"""


def test_a_frame_before_a_quoted_topic_and_a_sentence_about_the_media_issue19():
    assert _said(HANT_MEDIA) == [("費朗", "費朗就「重建默茲河航運」提出三點設想。"),
                                 ("奧斯特拉娃", "奧斯特拉娃表示，比方願共同疏浚河道。")]


HANS_PREVIEW = """---
title: 费朗将与奥斯特拉娃通电话
date: 2031-05-07
---

法国外长费朗7日同比利时首相奥斯特拉娃通电话。
费朗会向奥斯特拉娃强调共同疏浚河道的重要性。
奥斯特拉娃表示，比方愿意重启港口谈判。
"""


def test_a_modal_hui_tells_words_yet_to_be_said_issue19():
    assert _said(HANS_PREVIEW) == [("奥斯特拉娃", "奥斯特拉娃表示，比方愿意重启港口谈判。")]


EN_OFFICIALS = """---
title: Ferrand and Ostrava hold talks in Ghent
date: 2031-05-07
---

President Marc Ferrand of France held talks with Prime Minister Lena Ostrava of Belgium in Ghent on Wednesday.

Two barges ran aground near the lock on Tuesday, they said.

Ostrava said during a visit to Luxembourg that the toll dispute was over.

Ostrava told Ferrand that Belgium would dredge the canal.
"""


def test_they_closing_news_and_words_said_during_a_visit_elsewhere_issue19():
    assert _said(EN_OFFICIALS) == [("Lena Ostrava", "Ostrava told Ferrand that Belgium would dredge the canal.")]


EN_NEWS_PROSE = """---
title: Ferrand and Ostrava hold talks in Ghent
date: 2031-05-07
---

President Marc Ferrand of France held talks with Prime Minister Lena Ostrava of Belgium in Ghent on Wednesday.

"We want the river open all year," Ostrava said after the talks.

Ferrand said the two countries would share flood data. The port of Ghent handled a record tonnage of grain in the spring.

In a March interview with a Dutch weekly, Ferrand said the toll dispute was "a matter for engineers".
"""


def test_news_prose_credits_each_sentence_and_a_month_before_the_event_issue19():
    assert _said(EN_NEWS_PROSE) == [
        ("Lena Ostrava", "We want the river open all year,"),
        ("Marc Ferrand", "Ferrand said the two countries would share flood data."),  # the next one is the reporter's
    ]


HANT_CONCESSION = """---
title: 費朗與奧斯特拉娃會談
date: 2031-05-07
---

法國外長費朗7日在根特與比利時首相奧斯特拉娃舉行會談。
儘管費朗稱自己是比利時真正的朋友，奧斯特拉娃也稱這次會談相當友善。
一直以來，費朗就對駁船收費相當反感，但費朗仍認為比利時港口收費過高。
費朗在宣布法國退出河道協議之際，點名了比利時。
"""


def test_a_concession_opens_the_speakers_clause_and_standing_views_or_a_time_frame_say_nothing_issue19():
    assert _said(HANT_CONCESSION) == [("費朗", "費朗稱自己是比利時真正的朋友，"),
                                      ("奧斯特拉娃", "奧斯特拉娃也稱這次會談相當友善。")]


HANT_SPOKESMAN = """---
title: 費朗將訪問比利時
date: 2031-05-07
---

法國外交部發言人朗貝爾7日宣布，法國外長費朗將於下月訪問比利時。發言人朗貝爾回答提問時說，兩國關係處於「最好時期」。費朗訪問比利時期間，將與比利時首相奧斯特拉娃舉行會談。他表示，雙方預計就港口合作交換意見。
"""


def test_he_after_a_spokesmans_words_is_the_spokesman_not_the_last_participant_named_issue19():
    assert _said(HANT_SPOKESMAN) == []


HANT_POINT = """---
title: 費朗與奧斯特拉娃會談
date: 2031-05-07
---

法國外長費朗7日在根特與比利時首相奧斯特拉娃舉行會談。
雖然奧斯特拉娃稱這次會談相當友善，但因為兩國分歧仍多，各報原先皆預測會談將相當棘手。
費朗也表示，港口收費應當下調。此外，兩人不約而同向航運企業喊話，盼帶來更多投資。
"""


def test_the_point_of_a_concession_and_both_told_of_as_the_two_are_the_reporters_issue19():
    assert _said(HANT_POINT) == [("奧斯特拉娃", "奧斯特拉娃稱這次會談相當友善，"),
                                 ("費朗", "費朗也表示，港口收費應當下調。")]


HANT_SHE = """---
title: 費朗與奧斯特拉娃會談
date: 2031-05-07
---

比利時首相奧斯特拉娃女士7日在根特與法國外長費朗舉行會談。
費朗表示，法方願共享洪水地圖。她強調，比方願共同疏浚河道。
"""


def test_she_after_a_man_is_the_participant_the_text_calls_a_woman_issue17():
    assert _said(HANT_SHE) == [("費朗", "費朗表示，法方願共享洪水地圖。"), ("奧斯特拉娃", "她強調，比方願共同疏浚河道。")]


EN_KNIGHT = """---
title: Belgium and Chile leaders meet
date: 2031-03-04
---

The Belgian Prime Minister, Sir Paul Vermeulen, held talks with Chilean President Ana Rojas in Santiago on Tuesday.

Speaking to reporters after the talks, Sir Paul said the two countries would open a new shipping route.
"""


def test_sir_and_the_given_name_name_a_knight_again_issue17():
    assert _said(EN_KNIGHT) == [
        ("Paul Vermeulen", "Speaking to reporters after the talks, Sir Paul said the two countries would open a new "
                           "shipping route.")]


EN_LATER = """---
title: Belgium and Chile leaders meet
date: 2031-03-04
---

Belgian Prime Minister Paul Vermeulen held talks with Chilean President Ana Rojas in Santiago on Tuesday.

The Chilean leader later said the two countries would open a new shipping route.

The prime minister separately told reporters that Belgium would fund the port.
"""


def test_an_adverb_of_time_before_the_verb_is_no_part_of_who_speaks_issue19():
    assert _said(EN_LATER) == [
        ("Ana Rojas", "The Chilean leader later said the two countries would open a new shipping route."),
        ("Paul Vermeulen", "The prime minister separately told reporters that Belgium would fund the port.")]


EN_DEPUTIES = """---
title: Belgian and Chilean deputies meet
date: 2031-03-04
---

Belgian Deputy Secretary of State Paul Vermeulen met Chilean Deputy Foreign Minister Ana Rojas in Santiago on Tuesday.

The Deputy Secretary welcomed Chile's port reforms.

The Deputy Secretary and Deputy Foreign Minister also discussed fisheries.
"""


def test_a_title_before_its_of_names_its_holder_and_two_such_titles_speak_jointly_issue19():
    assert _said(EN_DEPUTIES) == [("Paul Vermeulen", "The Deputy Secretary welcomed Chile's port reforms."),
                                  ("joint", "The Deputy Secretary and Deputy Foreign Minister also discussed fisheries.")]


EN_TITLES_JOINED = """---
title: Belgium and Chile meet
date: 2031-03-04
---

Belgian Foreign Minister Paul Vermeulen met Chilean President Ana Rojas in Santiago on Tuesday.

The Minister and the President discussed port fees.
"""


def test_two_participants_titles_joined_by_their_head_words_speak_jointly_issue19():
    assert _said(EN_TITLES_JOINED) == [("joint", "The Minister and the President discussed port fees.")]


EN_REPORTED = """---
title: Belgium and Chile meet
date: 2031-03-04
---

Belgian Prime Minister Paul Vermeulen held talks with Chilean President Ana Rojas in Santiago on Tuesday.

Vermeulen urged Rojas to reopen the port, Belgian officials said.

The leaders discussed fisheries, a spokesman said.
"""


def test_a_participants_words_reported_by_officials_after_them_stay_his_issue19():
    assert _said(EN_REPORTED) == [
        ("Paul Vermeulen", "Vermeulen urged Rojas to reopen the port, Belgian officials said.")]


EN_ASIDES = """---
title: Belgium and Chile meet
date: 2031-03-04
---

Belgian Prime Minister Paul Vermeulen held talks with Chilean President Ana Rojas in Santiago on Tuesday.

Vermeulen, who leads the ruling party, urged Rojas to reopen the port.

Rojas, 61, urged Vermeulen to fund the dredging.

The talks were useful, said Rojas.
"""


def test_an_aside_between_a_speaker_and_a_verb_with_a_person_after_it_keeps_the_speaker_issue19():
    assert _said(EN_ASIDES) == [
        ("Paul Vermeulen", "Vermeulen, who leads the ruling party, urged Rojas to reopen the port."),
        ("Ana Rojas", "Rojas, 61, urged Vermeulen to fund the dredging."),
        ("Ana Rojas", "The talks were useful, said Rojas.")]


EN_WHOLE_TITLES_JOINED = """---
title: Belgium and Chile meet
date: 2031-03-04
---

Belgian Foreign Minister Paul Vermeulen met Chilean Vice President Ana Rojas in Santiago on Tuesday.

The Vice President and the Foreign Minister discussed port fees.
"""


def test_two_whole_titles_joined_by_and_the_speak_jointly_issue19():
    assert _said(EN_WHOLE_TITLES_JOINED) == [("joint", "The Vice President and the Foreign Minister discussed port fees.")]


HANT_VISIT = """---
title: 總統接見友邦元首
date: 2031-04-07T12:30:00+08:00
---

（本報記者台北7日電）巴拿馬總統卡爾多瓦今天上午抵達總統府，總統陳明輝以軍禮歡迎並與卡爾多瓦舉行會談。

陳總統致詞時表示，兩國邦誼穩固，農業合作成果豐碩。

卡爾多瓦說，巴拿馬將持續支持台灣參與國際組織。
"""


def test_a_family_name_before_the_title_names_which_president_speaks_after_his_occasion():
    """陳總統 is 總統陳明輝 named again by family name and title (the guest is a 總統 too); 致詞時 says when he
    spoke, not who."""
    assert _said(HANT_VISIT) == [("陳明輝", "陳總統致詞時表示，兩國邦誼穩固，農業合作成果豐碩。"),
                                 ("卡爾多瓦", "卡爾多瓦說，巴拿馬將持續支持台灣參與國際組織。")]


HK_MEETING = """---
title: 特首晤總理
date: 2031-09-03T19:00:00+08:00
---

（本報訊）行政長官李明德今日在新加坡與總理陳志遠會面，雙方就金融科技合作交換意見。

李明德表示，香港重視兩地關係。

陳志遠則指，新加坡歡迎香港企業前來投資。他又指：「兩地合作空間很大。」
"""


def test_hong_kong_reports_tell_speech_with_zhi_after_the_subject():
    """`X指，` / `X則指` (said), as Hong Kong papers write it; a chief executive of a special region is no
    minister (行政長官)."""
    assert _said(HK_MEETING) == [("李明德", "李明德表示，香港重視兩地關係。"),
                                 ("陳志遠", "陳志遠則指，新加坡歡迎香港企業前來投資。他又指：「兩地合作空間很大。」")]



def test_zhi_inside_a_word_or_after_suo_is_no_verb_of_saying():
    """指 says `said` only right after its subject: 原則指導 (guided by a principle) does not open words of the
    two sides', and 所指 (what X pointed to) is no statement of X's."""
    hk = "陳志遠則指，新加坡歡迎香港企業前來投資。他又指：「兩地合作空間很大。」"
    said = _said(HK_MEETING.replace(hk, "兩國關係在法治原則指導下穩步發展，陳志遠說。"))
    assert said[0] == ("李明德", "李明德表示，香港重視兩地關係。") and all(who != "joint" for who, _ in said)
    assert _said(HK_MEETING.replace(hk, "陳志遠所指，是兩地在金融領域的合作。")) == [
        ("李明德", "李明德表示，香港重視兩地關係。")]

AMBASSADOR = """---
title: 大使會見外長
date: 2031-05-22T08:00:00+08:00
---

（本報訊）中國駐秘魯大使王立明21日在利馬會見秘魯外交部長卡爾森，雙方就兩國經貿關係交換了意見。

王立明指出，兩國合則兩利。卡爾森說，他認為兩國應繼續保持溝通。
"""


def test_a_pronoun_after_a_speakers_verb_is_that_speaker():
    """卡爾森說，他認為…: 他 is the one just said to speak, not the one who spoke before him."""
    assert _said(AMBASSADOR) == [("王立明", "王立明指出，兩國合則兩利。"),
                                 ("卡爾森", "卡爾森說，他認為兩國應繼續保持溝通。")]



def test_the_names_that_open_a_joint_unit_are_looked_for_in_the_unit_only():
    """A joint unit's words start after the names that tell who spoke, when they open it; names that come
    only after the unit (an English body has no Chinese clause end to stop at) leave it whole."""
    from diplograph.extract.statements import _after_names

    people = [{"name": {"en": "Ana Rojas"}}, {"name": {"en": "Marc Ferrand"}}]
    body = "Other questions were also discussed. Later, Ana Rojas invited Marc Ferrand to Santiago."
    unit_end = body.index(" Later")
    assert _after_names(body, 0, unit_end, people) == 0
    zh = "甲國總統安娜和乙國總統馬克今天同意，加強合作。"
    zh_people = [{"name": {"zh-Hant": "安娜"}}, {"name": {"zh-Hant": "馬克"}}]
    assert _after_names(zh, 0, len(zh), zh_people) == zh.index("今天")
