"""Who said what (issue 19): attribution rules on sentences written for these tests, run through the real
pipeline (clean, extract) on plain text and front-matter pages, in English, Simplified and Traditional."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.services import build_pipeline, process_record

PIPELINE = build_pipeline(load_settings(env={}))


def _said(text: str, fmt: str = "text") -> list[tuple[int, str, str]]:
    """(event index, speaker name or `joint`, statement text) for every statement the page yields."""
    doc = process_record(RawRecord(source="page.txt", data=text.encode("utf-8"), fmt=fmt), PIPELINE)
    assert doc.error is None
    out = []
    for k, event in enumerate(doc.events):
        names = [next(iter(p["name"].values())) for p in event["participants"]]
        for st in event["statements"]:
            assert doc.body[st["start"]:st["end"]] == st["text"]
            out.append((k, "joint" if st["joint"] else names[st["speaker_seq"]], st["text"]))
    return out


HANS_CALL = """王毅同德国外长贝尔通电话
新华社北京3月2日电 3月2日，外交部长王毅同德国外长贝尔通电话。
据德方消息，贝尔表示，德方愿同中方加强气候合作。
和王毅通话后，贝尔在记者会上指出，两国经贸往来十分密切。
贝尔乘专机抵达柏林。
王毅说，中方重视中德关系。贝尔表示赞同。
双方同意保持沟通。
"""


def test_simplified_frames_clause_subjects_narrative_and_two_speakers_in_a_paragraph():
    said = _said(HANS_CALL)
    assert [(who, text) for _, who, text in said] == [
        ("贝尔", "贝尔表示，德方愿同中方加强气候合作。"),  # 据X方消息，Y表示: Y speaks, from his own clause on
        ("贝尔", "贝尔在记者会上指出，两国经贸往来十分密切。"),  # the subject of the verb's own clause
        ("王毅", "王毅说，中方重视中德关系。"),  # 贝尔乘专机抵达: narrative, nobody's words
        ("贝尔", "贝尔表示赞同。"),  # a new speaker inside the paragraph splits it
        ("joint", "双方同意保持沟通。"),
    ]


HANT_CALL = """習近平同法國總統馬克宏通電話
新華社北京4月5日電 4月5日，國家主席習近平同法國總統馬克宏通電話。
習近平指出，中法關係保持良好勢頭。
據報導，馬克宏表示，法方希望擴大對華出口。
「我們願意同中方一道應對挑戰。」馬克宏說。
馬克宏曾表示，法國不會改變對華政策。
兩國元首同意加強溝通。
"""


def test_traditional_reporting_frame_quotation_attributed_after_past_stance_and_joint_heads():
    said = [(who, text) for _, who, text in _said(HANT_CALL)]
    assert ("馬克宏", "馬克宏表示，法方希望擴大對華出口。") in said  # the report names its speaker, who starts it
    assert ("馬克宏", "「我們願意同中方一道應對挑戰。」馬克宏說。") in said  # attribution after the quote
    assert not any("曾表示" in text for _, text in said)  # a stance taken before: not this call's words
    assert said[-1] == ("joint", "兩國元首同意加強溝通。")


EN_CALL = """---
title: Readout of the President's Call with Prime Minister Albanese of Australia
---

President Joe Biden spoke today with Prime Minister Anthony Albanese of Australia.

"We will keep working together on critical minerals," Biden said after the call.

According to Albanese, the two countries will expand defense cooperation. Albanese told reporters that Australia values the alliance.

During the call, the leaders agreed to meet again in the autumn, and the President emphasized the importance of the Quad.

Last month, Albanese said he would visit Washington.

Biden arrived in Delaware later in the evening.
"""


def test_english_quotes_according_to_told_reporters_joint_clause_and_past_setting():
    said = [(who, text) for _, who, text in _said(EN_CALL, "frontmatter")]
    assert said[0] == ("Joe Biden", "We will keep working together on critical minerals,")  # the quoted words
    assert said[1] == ("Anthony Albanese", "According to Albanese, the two countries will expand defense "
                       "cooperation. Albanese told reporters that Australia values the alliance.")
    assert said[2][0] == "joint" and said[2][1].startswith("During the call, the leaders agreed")
    assert said[3] == ("Joe Biden", "the President emphasized the importance of the Quad.")  # a title alone
    assert len(said) == 4  # `Last month, … said` is an older statement; `arrived` is narrative


EN_HEADING = """---
title: Readout of the President's Call with Prime Minister Albanese of Australia
---

President Joe Biden spoke today with Prime Minister Anthony Albanese of Australia.

"We will keep working together on critical minerals," Biden said after the call.

"The alliance has never been stronger."

### Next steps

"We will meet again in the autumn."
"""


def test_an_unattributed_quotation_goes_on_with_the_speaker_but_never_across_a_heading():
    said = [(who, text) for _, who, text in _said(EN_HEADING, "frontmatter")]
    assert said == [("Joe Biden", "We will keep working together on critical minerals,"),
                    ("Joe Biden", "The alliance has never been stronger.")]


HANS_LIST = """韩正会见乌拉圭副总统科西奥
新华社北京9月2日电 9月2日，国家副主席韩正在北京会见乌拉圭副总统科西奥。
韩正就发展两国关系提出三点建议：
一是深化政治互信。
二是拓展务实合作。
科西奥表示，乌方愿同中方加强合作。
"""


def test_list_items_announced_by_a_speaker_are_his_one_item_a_span():
    said = [(who, text) for _, who, text in _said(HANS_LIST)]
    assert said == [("韩正", "韩正就发展两国关系提出三点建议："), ("韩正", "一是深化政治互信。"),
                    ("韩正", "二是拓展务实合作。"), ("科西奥", "科西奥表示，乌方愿同中方加强合作。")]


TWO_EVENTS = """王毅同德国外长贝尔通电话
新华社北京3月2日电 3月2日，外交部长王毅同德国外长贝尔通电话。
贝尔表示，德方愿同中方加强气候合作。
王毅表示，中方愿同德方深化经贸合作。
同日，王毅在北京会见巴西外长维埃拉。
维埃拉表示，巴方高度重视对华关系。
王毅说，中方愿同巴方加强多边协调。
"""


def test_statements_go_to_the_event_whose_participants_speak_last_told_before_them():
    said = _said(TWO_EVENTS)
    assert [(k, who) for k, who, _ in said] == [(0, "贝尔"), (0, "王毅"), (1, "维埃拉"), (1, "王毅")]


THIRD_PARTY = """習近平同法國總統馬克宏通電話
新華社北京4月5日電 4月5日，國家主席習近平同法國總統馬克宏通電話。
法國外交部發言人勒讓德隨後表示，法方對此表達關切。
雙方沒有提及關稅問題。
考慮到近期局勢（法方稱危機），馬克宏表示，法方希望保持溝通。
"""


def test_a_spokesman_a_denial_and_an_aside_are_nobody_s_statement():
    said = [(who, text) for _, who, text in _said(THIRD_PARTY)]
    assert said == [("馬克宏", "馬克宏表示，法方希望保持溝通。")]  # from the speaker's clause on


PASSIVE = """王毅同德国外长贝尔通电话
新华社北京3月2日电 3月2日，外交部长王毅同德国外长贝尔通电话。
贝尔也被认为希望缓和局势。
贝尔此行恰逢美国总统拜登在社交媒体上宣布新的关税措施。
贝尔表示，德方愿同中方加强合作。
"""


def test_a_passive_and_someone_else_named_nearer_the_verb_are_not_the_participant_speaking():
    said = [(who, text) for _, who, text in _said(PASSIVE)]
    assert said == [("贝尔", "贝尔表示，德方愿同中方加强合作。")]


EN_LEAD_PRONOUN = """---
title: Readout of the President's Call with Prime Minister Albanese of Australia
---

President Joe Biden spoke today with Prime Minister Anthony Albanese of Australia.

He congratulated the Prime Minister on the election result.
"""


def test_he_right_after_the_lead_is_the_lead_s_subject():
    said = [(who, text) for _, who, text in _said(EN_LEAD_PRONOUN, "frontmatter")]
    assert said == [("Joe Biden", "He congratulated the Prime Minister on the election result.")]


HANT_NEWS = """---
title: 習近平會晤馬克宏
date: 2030-04-05
---

【本報訊】國家主席習近平5日在北京會晤法國總統馬克宏，兩人會談約一小時。
雖然氣氛拘謹，但馬克宏在會談開始時說，法國重視同中國的關係。
會後，中方就此提出兩點看法。
此外，馬克宏在3日的國會演說中強調，法方不會改變既定政策。
雙方在聲明中共同表示，將加強能源合作。
馬克宏說：
「我們願意擴大貿易往來。」他同時也對漁業爭端表達關切。
（完）
"""


def test_news_prose_starts_at_the_speaker_skips_other_days_and_end_marks_issue19():
    said = [(who, text) for _, who, text in _said(HANT_NEWS, "frontmatter")]
    assert said[0] == ("馬克宏", "馬克宏在會談開始時說，法國重視同中國的關係。")  # not `雖然…，但`
    assert not any("國會演說" in text for _, text in said)  # said on the 3rd, the talks were on the 5th
    assert ("joint", "雙方在聲明中共同表示，將加強能源合作。") in said  # where they speak is not who
    assert said[-1][0] == "馬克宏" and said[-1][1].endswith("他同時也對漁業爭端表達關切。")  # 他 + 對…
    assert not any("完" in text for _, text in said)  # the report's end mark is no one's words


HANT_TWO_MEETINGS = """---
title: 美韓峰會登場
date: 2030-04-05
---

拜登與李在明在白宮握手。 資料照片   美國總統拜登5日在白宮會見韓國總統李在明，兩人在記者面前兩度握手，拜登稱兩國同盟堅如磐石。
拜登曾揚言提高關稅。他說貿易逆差必須解決。
拜登開玩笑說：「我們都喜歡美食。」李在明則稱讚拜登的幽默感，讓拜登大笑。
同日，拜登還與日本首相岸田文雄通電話。
拜登在接待來訪的李在明時表示，美方願同韓方加強合作。
"""


def test_caption_lead_past_pronoun_quote_then_other_speaker_and_event_of_the_one_addressed_issue19():
    said = _said(HANT_TWO_MEETINGS, "frontmatter")
    texts = [text for _, _, text in said]
    assert not any("堅如磐石" in t for t in texts)  # the sentence after a caption tells the event: the lead
    lead_speech = _said(HANT_TWO_MEETINGS.replace("兩人在記者面前兩度握手", "兩人舉行會談"), "frontmatter")
    assert (0, "拜登", "拜登稱兩國同盟堅如磐石。") in lead_speech  # speech right on the telling is a statement
    assert not any("貿易逆差" in t for t in texts)  # `他說` after a stance taken before goes with it
    assert (0, "拜登", "拜登在接待來訪的李在明時表示，美方願同韓方加強合作。") in said  # the event of the one named
    assert (0, "拜登", "拜登開玩笑說：「我們都喜歡美食。」") in said  # a whole quoted sentence ends his words
    assert (0, "李在明", "李在明則稱讚拜登的幽默感，讓拜登大笑。") in said


EN_NEWS = """---
title: Readout of the Secretary's Meeting with Foreign Minister Wang Yi
date: 2030-04-05
---

Secretary of State Antony Blinken met today with Foreign Minister Wang Yi of China in Vientiane.

The two discussed regional issues, spokesperson Jane Roe said, adding: "The Secretary made clear that the United States will stand by its partners."

The leaders reviewed trade ties and the Secretary stressed the need for open channels.

The two sides criticized each other's tariffs on Monday.
"""


def test_quoted_readout_names_its_speaker_and_a_new_clause_after_and_splits_issue19():
    said = [(who, text) for _, who, text in _said(EN_NEWS, "frontmatter")]
    assert ("Antony Blinken", "The Secretary made clear that the United States will stand by its partners.") in said
    assert ("joint", "The leaders reviewed trade ties") in said  # `and the Secretary stressed`: his own clause
    assert ("Antony Blinken", "the Secretary stressed the need for open channels.") in said
    assert not any("tariffs" in text for _, text in said)  # Monday, 2030-04-01: not the day of the meeting


HANS_CAPTION = """王毅同德国外长贝尔会谈
新华社北京3月2日电 3月2日，外交部长王毅在北京同德国外长贝尔会谈。
会谈中，王毅表示「中方重视中德关系」，贝尔也称两国合作「前景广阔」。
王毅表示「中方重视中德关系」，贝尔也称两国合作「前景广阔」
贝尔表示，德方愿同中方加强气候合作。
"""


def test_a_caption_repeating_the_text_without_ending_a_sentence_is_no_one_s_words_issue19():
    said = [(who, text) for _, who, text in _said(HANS_CAPTION)]
    assert len([text for _, text in said if "前景广阔" in text]) == 1  # the body's, not the caption's
    assert said[-1] == ("贝尔", "贝尔表示，德方愿同中方加强气候合作。")


HANT_PROSE = """---
title: 習近平與馬克宏通電話
date: 2030-04-05
---

國家主席習近平5日與法國總統馬克宏通電話，討論烏克蘭局勢。
雙方在聲明中表示，將加強能源合作。
波蘭對此持保留態度，雙方在聲明中也表達了對航運安全的關切。
馬克宏主張對俄施壓，並多次表示「一切選項」都在桌上。
馬克宏與習近平通話後，在社群媒體發文說，兩人的討論「非常坦率」。
就在馬克宏說「貿易必須平衡」之後，習近平說，中方願擴大進口。
兩人同意年內再次會面。
"""


def test_a_narrated_clause_ends_a_run_standing_views_and_a_clause_opening_with_a_place_issue19():
    said = [(who, text) for _, who, text in _said(HANT_PROSE, "frontmatter")]
    assert ("joint", "雙方在聲明中也表達了對航運安全的關切。") in said  # not `波蘭對此持保留態度`
    assert not any("一切選項" in text for _, text in said)  # 並多次表示: his standing views
    assert said[-4][0] == "馬克宏" and said[-4][1].endswith("「非常坦率」。")  # 在…發文說: the opening's subject
    assert said[-3][0] == "馬克宏" and said[-3][1].startswith("馬克宏說「貿易必須平衡」")  # 就在 X 說…之後
    assert said[-2] == ("習近平", "習近平說，中方願擴大進口。")
    assert said[-1] == ("joint", "兩人同意年內再次會面。")  # 兩人: the two of them


HANS_FUTURE = """王毅同德国外长贝尔会谈
新华社北京3月2日电 3月2日，外交部长王毅在北京同德国外长贝尔会谈。
两国外长除了先确认了“全方位战略伙伴关系”的方针，也同意加强气候合作。
双方将在下次会谈上确认能源合作清单。
海军上将施密特表示，德方重视航行自由。
王毅对德方表明，中方坚持多边主义。
正在北京访问的德国外长贝尔表示，德方愿扩大对华出口。
"""


def test_a_joint_subject_before_its_adverbs_and_words_yet_to_be_said_issue19():
    said = [(who, text) for _, who, text in _said(HANS_FUTURE)]
    assert said[0][0] == "joint" and said[0][1].startswith("两国外长除了先确认")
    assert not any("下次会谈" in text for _, text in said)  # 将: yet to be said
    assert said[-2] == ("王毅", "王毅对德方表明，中方坚持多边主义。")  # 表明: a verb of saying
    assert said[-1][0] == "贝尔"  # 正在北京访问的…贝尔: the name the modifiers end on speaks


EN_WIRE = """---
title: Trump and Xi hold call on trade
date: 2030-04-05
---

US President Donald Trump held a phone call with Chinese President Xi Jinping on Saturday, the White House said.

"We had a very good call," Trump told reporters aboard Air Force One after landing in Florida.

According to the Chinese foreign ministry, Xi told Trump that the two countries should respect each other.

Analysts said the call eased tensions.

The Trump administration said it would review export controls.
"""


def test_a_short_quote_before_a_long_attribution_and_a_speaker_after_according_to_issue19():
    said = [(who, text) for _, who, text in _said(EN_WIRE, "frontmatter")]
    assert said == [("Donald Trump", "We had a very good call,"),  # the quoted words, not the trip
                    ("Xi Jinping", "Xi told Trump that the two countries should respect each other.")]
    # analysts are third parties, and an administration is its office, not the president


HANS_SIDE = """王毅同马耳他外长博格通电话
新华社北京3月2日电 3月2日，外交部长王毅同马耳他外长博格通电话。
博格表示，马方感谢中方的支持。
马方期待进一步推动两国关系发展。
"""


def test_a_one_character_side_is_the_party_of_the_talks_it_opens_issue19():
    said = [(who, text) for _, who, text in _said(HANS_SIDE)]
    assert said == [("博格", "博格表示，马方感谢中方的支持。"),
                    ("博格", "马方期待进一步推动两国关系发展。")]  # 马方: Malta's side, not Malaysia's


EN_TALKS = """---
title: Zelensky and Macron hold talks in Paris
date: 2030-04-05
---

Ukrainian President Volodymyr Zelensky met French President Emmanuel Macron in Paris on Saturday.

Zelensky's office said the two leaders discussed air defense.

Macron, for his part, said France would keep supporting Ukraine.

The French president also said Europe must act together.
"""


def test_an_office_an_aside_before_the_verb_and_a_title_with_its_country_issue19():
    said = [(who, text) for _, who, text in _said(EN_TALKS, "frontmatter")]
    assert said == [("Emmanuel Macron", "Macron, for his part, said France would keep supporting Ukraine."),
                    ("Emmanuel Macron", "The French president also said Europe must act together.")]


EN_PAIR = """---
title: Biden and Kishida hold talks
date: 2030-04-05
---

President Joe Biden met Prime Minister Fumio Kishida of Japan at the White House on Saturday.

The two discussed supply chains and agreed to deepen cooperation.

Kishida, who arrived in Washington on Thursday, said Japan would raise defense spending.

Both also condemned the missile launches.
"""


def test_the_two_and_both_speak_jointly_and_a_relative_clause_keeps_its_day_to_itself_issue19():
    said = [(who, text) for _, who, text in _said(EN_PAIR, "frontmatter")]
    assert said == [("joint", "The two discussed supply chains and agreed to deepen cooperation."),
                    ("Fumio Kishida", "Kishida, who arrived in Washington on Thursday, said Japan would raise "
                     "defense spending."),  # Thursday is when he arrived, not when he said it
                    ("joint", "Both also condemned the missile launches.")]


HANT_QUOTE_FIRST = """---
title: 習近平與馬克宏通電話
date: 2030-04-05
---

國家主席習近平5日與法國總統馬克宏通電話。
「我們願意擴大合作。」，馬克宏說。
「中方重視中法關係」，習近平說，「願同法方加強溝通」。
"""


def test_a_quote_before_its_attribution_stays_in_the_statement_after_a_comma_too_issue19():
    said = [(who, text) for _, who, text in _said(HANT_QUOTE_FIRST, "frontmatter")]
    assert said == [("馬克宏", "「我們願意擴大合作。」，馬克宏說。"),
                    ("習近平", "「中方重視中法關係」，習近平說，「願同法方加強溝通」。")]


EN_MOFA = """---
title: Readout of the Secretary's Meeting with Foreign Minister Wang Yi
date: 2030-04-05
---

Secretary of State Antony Blinken met today with Foreign Minister Wang Yi of China in Vientiane.

The two ministers confirmed that they would keep channels open.

Foreign Minister Wang responded that China valued stable relations.
"""


def test_readout_verbs_of_ministries_confirmed_and_responded_issue19():
    said = [(who, text) for _, who, text in _said(EN_MOFA, "frontmatter")]
    assert said == [("joint", "The two ministers confirmed that they would keep channels open."),
                    ("Wang Yi", "Foreign Minister Wang responded that China valued stable relations.")]


EN_NEWS_QUOTES = """---
title: Kovac hosts Almeida
date: 2030-04-05
---

President Anna Kovac of Slovenia met Prime Minister Pedro Almeida of Portugal in Ljubljana on Saturday. Later that night, Kovac posted pictures of the two of them under the caption "Old friends?" "A reliable partner and a patient negotiator," Kovac wrote. "See you in Lisbon." Their programme lasted most of the afternoon and ended with a concert. Some 60 guests were invited to it.

Maria told Petra that she liked her new office. She added that the building had been empty for years.

This followed a move by Kovac to raise tariffs on cork. Lisbon responded with duties of its own.

The Portuguese leader was also said to have told Kovac that Portugal always pays its debts.
"""


def test_news_prose_after_quoted_words_names_alone_photos_tariffs_and_reported_passives_issue19():
    said = [(who, text) for _, who, text in _said(EN_NEWS_QUOTES, "frontmatter")]
    assert said == [
        # posting pictures says nothing; after quoted words, unquoted prose is the reporter's
        ("Anna Kovac", 'A reliable partner and a patient negotiator," Kovac wrote. "See you in Lisbon.'),
        # `Maria told…`: a name alone that is no participant's speaks, and `she` after her is her
        # raising tariffs and responding with duties are not speech
        ("Pedro Almeida", "The Portuguese leader was also said to have told Kovac that Portugal always pays its "
                          "debts."),  # `was said to have told`: he told; `the Portuguese leader`: his side's
    ]


EN_CALL_THEN_TRIP = """---
title: Kovac to travel to Portugal after phone call with Almeida
date: 2030-04-05
---

President Anna Kovac of Slovenia has said she will visit Portugal after speaking by phone to Prime Minister Pedro Almeida of Portugal.

On Thursday the two leaders held their first conversation since the winter.

Kovac wrote on social media that they had discussed energy: "It was a useful exchange."

Almeida told Kovac that Portugal would welcome more Slovenian investment.
"""


def test_words_go_to_the_call_that_took_place_not_to_the_visit_yet_to_come_issue19():
    doc = process_record(RawRecord(source="page.txt", data=EN_CALL_THEN_TRIP.encode("utf-8"), fmt="frontmatter"),
                         PIPELINE)
    kinds = {(e["type"], e["status"]): len(e["statements"]) for e in doc.events}
    assert kinds == {("phone_call", "held"): 2, ("visit", "planned"): 0}


HANS_SEAT = """美国白宫3日发表声明说，总统拜登将于9月访问法国，同法国总统马克龙会晤。声明指出，拜登希望深化美法科技合作。白宫表示，美法两国领导人还将讨论能源问题。
"""


def test_the_seat_of_a_government_speaks_for_its_office_not_its_leader_issue19():
    said = [(who, text) for _, who, text in _said(HANS_SEAT)]
    assert said == [("拜登", "拜登希望深化美法科技合作。")]  # 白宫表示 ends his run: the office's words


HANS_LETTERS = """新华社北京9月3日电　9月3日，国家主席习近平同芬兰总统卡尔松互致贺信，共同宣布两国联合海洋研究中心成立。
习近平指出，前年，我们就共建海洋研究中心交换了意见。今天，我愿同卡尔松总统一起，代表中芬两国向世界宣布，研究中心正式成立。
卡尔松在贺信中表示，芬兰和中国是可靠的伙伴。习近平主席前年对芬兰进行国事访问，开启了芬中关系新篇章。两国政府将继续推进合作。
"""


def test_on_behalf_of_is_no_subject_and_name_then_title_is_a_mention_in_the_speakers_words_issue19():
    said = [(who, text) for _, who, text in _said(HANS_LETTERS)]
    assert said == [
        ("习近平", "习近平指出，前年，我们就共建海洋研究中心交换了意见。今天，我愿同卡尔松总统一起，代表中芬两国向世界宣布，"
                   "研究中心正式成立。"),  # 代表两国宣布: on behalf of both, still his words
        ("卡尔松", "卡尔松在贺信中表示，芬兰和中国是可靠的伙伴。习近平主席前年对芬兰进行国事访问，开启了芬中关系新篇章。"
                   "两国政府将继续推进合作。"),  # 习近平主席…: how he names his guest, not the reporter's telling
    ]


EN_TITLES = """---
title: Secretary Blinken's Meeting with Australian Foreign Minister Wong
date: 2030-04-05
---

Secretary of State Antony Blinken met with Australian Foreign Minister Penny Wong today in Canberra.

The Secretary and Foreign Minister discussed efforts to deepen cooperation on critical minerals.

Foreign Minister Wong welcomed the progress on submarines.
"""


def test_two_titles_joined_by_and_speak_jointly_issue19():
    said = [(who, text) for _, who, text in _said(EN_TITLES, "frontmatter")]
    assert ("joint", "The Secretary and Foreign Minister discussed efforts to deepen cooperation on critical "
                     "minerals.") in said
    assert any(who.endswith("Wong") and text.startswith("Foreign Minister Wong welcomed") for who, text in said)


EN_SIDE_STATEMENT = """---
title: Biden and Albanese speak by phone
date: 2030-04-05
---

President Joe Biden spoke by phone with Prime Minister Anthony Albanese of Australia on Saturday.

"The alliance remains the anchor of regional stability," the Australian statement said.
"""


def test_a_sides_statement_or_readout_speaks_for_its_participant_issue19():
    said = [(who, text) for _, who, text in _said(EN_SIDE_STATEMENT, "frontmatter")]
    assert said == [("Anthony Albanese", "The alliance remains the anchor of regional stability,")]


HANT_SIDES = """國家主席習近平29日與法國總統馬克宏通電話。
馬克宏表示，法方重視中方在氣候問題上的作用。北京方面則態度謹慎，不會為減排設定新的期限。
馬克宏與習近平通話後，在社群平台發文說，他與習近平談了氣候議題，「我們明天會公布新的方案。合作會繼續！」北京方面已明確表態，將在年底前提出自己的計畫。
"""


def test_x_fangmian_is_the_reporter_telling_of_a_side_and_a_quote_after_its_verb_takes_no_tail_issue19():
    said = [(who, text) for _, who, text in _said(HANT_SIDES)]
    assert said == [
        ("馬克宏", "馬克宏表示，法方重視中方在氣候問題上的作用。"),  # 北京方面則…: the reporter on the other side
        ("馬克宏", "馬克宏與習近平通話後，在社群平台發文說，他與習近平談了氣候議題，「我們明天會公布新的方案。合作會繼續！」"),
    ]  # the quote had its verb before it: what follows its close is a sentence of its own, not its attribution


EN_OFFICE_REPORTS = """---
title: Biden and Albanese speak by phone
date: 2030-04-05
---

President Joe Biden spoke by phone with Prime Minister Anthony Albanese of Australia on Saturday.

The White House said the two leaders agreed to deepen cooperation on critical minerals.

Biden said Albanese agreed to visit Washington.
"""


def test_an_office_reports_the_words_of_the_participants_it_names_not_its_own_issue19():
    said = [(who, text) for _, who, text in _said(EN_OFFICE_REPORTS, "frontmatter")]
    assert said == [("joint", "the two leaders agreed to deepen cooperation on critical minerals."),
                    ("Joe Biden", "Biden said Albanese agreed to visit Washington.")]  # a participant reporting keeps it


EN_TRANSCRIPT = """---
title: Russian-Slovenian talks
date: 2030-04-05
---

Vladimir Putin met President of Slovenia Anna Kovac in the Kremlin, where she arrived on a working visit.

President of Russia Vladimir Putin: Madam President, colleagues, it is a pleasure to see you in Moscow again.

Our trade has grown every year.

President of Slovenia Anna Kovac (retranslated): Thank you, Mr President. Slovenia wants to keep this dialogue going.

Question: Will there be a joint statement?

Here is what we know: the meeting ran past midnight.
"""


def test_a_transcripts_turns_are_their_labelled_speakers_words_issue19():
    said = [(who, text) for _, who, text in _said(EN_TRANSCRIPT, "frontmatter")]
    assert said == [("Vladimir Putin", "Madam President, colleagues, it is a pleasure to see you in Moscow again."),
                    ("Vladimir Putin", "Our trade has grown every year."),  # his turn goes on
                    ("Anna Kovac", "Thank you, Mr President. Slovenia wants to keep this dialogue going.")]
    # a journalist's question is no participant's words, nor is a reporter's `Here is what we know:`


HANS_TRANSCRIPT = """外交部长王毅5日在北京同来访的法国外长巴罗举行会谈。
王毅：中方愿同法方加强沟通。
两国关系保持良好势头。
记者：双方是否讨论了乌克兰问题？
"""


def test_a_chinese_transcript_turn_and_a_reporters_question_issue19():
    said = [(who, text) for _, who, text in _said(HANS_TRANSCRIPT)]
    assert said == [("王毅", "中方愿同法方加强沟通。"), ("王毅", "两国关系保持良好势头。")]


HANS_FLAT = ("外交部长王毅5日在纽约会见挪威外交大臣艾德。\n王毅说，中方愿同挪方加强合作。　　此次会见在联合国总部举行，"
             "多名官员陪同。\n")


def test_ideographic_spaces_that_open_a_paragraph_end_a_run_issue19():
    said = [(who, text) for _, who, text in _said(HANS_FLAT)]
    assert said == [("王毅", "王毅说，中方愿同挪方加强合作。")]  # the reporter's next paragraph is no one's words


EN_TRAILING_SOURCE = """---
title: Biden and Albanese speak by phone
date: 2030-04-05
---

President Joe Biden spoke by phone with Prime Minister Anthony Albanese of Australia on Saturday.

Biden said the alliance had never been stronger. The call lasted an hour, according to a senior official.

Australia will buy more submarines, according to Albanese.
"""


def test_according_to_at_the_end_of_a_sentence_names_who_told_it_issue19():
    said = [(who, text) for _, who, text in _said(EN_TRAILING_SOURCE, "frontmatter")]
    assert said == [("Joe Biden", "Biden said the alliance had never been stronger."),  # the official's, not his
                    ("Anthony Albanese", "Australia will buy more submarines, according to Albanese.")]


EN_EXCLAIMED = """---
title: Ferrand and Ostrava speak by phone
date: 2031-03-04
---

President Marc Ferrand of France spoke by phone with Prime Minister Lena Ostrava of Belgium on Tuesday.

"Our friendship with Belgium is stronger than ever!" Ferrand wrote in a post online.

Ferrand and Ostrava reviewed energy, migration and canal tolls, according to the president and Belgium's foreign ministry.

"We will meet again before the winter," Ostrava said.
"""


def test_a_quote_closed_on_its_own_mark_takes_the_attribution_after_it_issue19():
    said = [(who, text) for _, who, text in _said(EN_EXCLAIMED, "frontmatter")]
    assert ("Marc Ferrand", "Our friendship with Belgium is stronger than ever!") in said  # not `Ferrand wrote…`


def test_a_sentence_told_according_to_both_sides_is_an_account_not_a_statement_issue19():
    said = [(who, text) for _, who, text in _said(EN_EXCLAIMED, "frontmatter")]
    assert not any("canal tolls" in text for _, text in said)
    assert ("Lena Ostrava", "We will meet again before the winter,") in said


EN_SOMEONE_ELSE = """---
title: Ferrand and Ostrava speak by phone
date: 2031-03-04
---

President Marc Ferrand of France spoke by phone with Prime Minister Lena Ostrava of Belgium on Tuesday.

Belgian media reported that Ostrava warned Paris to handle the harbour quarrel with care, only days after a German government spokesman said Belgium posed a grave risk to river shipping.

The two leaders reviewed the harbour accord, a French government spokesman said in a statement.

Ferrand said France would send engineers to Antwerp.
"""


def test_a_later_clause_of_someone_else_ends_the_words_or_attributes_them_issue19():
    said = [(who, text) for _, who, text in _said(EN_SOMEONE_ELSE, "frontmatter")]
    assert said == [
        ("Lena Ostrava", "Belgian media reported that Ostrava warned Paris to handle the harbour quarrel with care,"),
        ("Marc Ferrand", "Ferrand said France would send engineers to Antwerp."),  # the spokesman's report is his
    ]


EN_AT_A_SUMMIT = """---
title: Ferrand and Ostrava hold talks in Ghent
date: 2031-05-06
---

President Marc Ferrand of France held talks with Prime Minister Lena Ostrava of Belgium in Ghent on Tuesday.

Ferrand and Ostrava criticised the new river tariffs during the Danube summit the day before, with Ferrand calling them unfair.

Ostrava told Ferrand that Belgium would open its ports to French grain.
"""


def test_words_said_at_a_gathering_of_another_kind_are_not_the_events_issue19():
    said = [(who, text) for _, who, text in _said(EN_AT_A_SUMMIT, "frontmatter")]
    assert said == [("Lena Ostrava", "Ostrava told Ferrand that Belgium would open its ports to French grain.")]


def test_past_setting_words_stand_as_whole_words_at_any_case():
    from diplograph.extract.speech_forms import PAST_SETTING_EN, PAST_SETTING_ZH

    text = ("Last week the envoy, formerly a banker, spoke; an outlast weekend, the reformer and In March he had "
            "travelled. Previously unknown: before the talks, 曾经.")
    found = [m.group() for pattern in (PAST_SETTING_EN, PAST_SETTING_ZH) for m in pattern.finditer(text)]
    assert found == ["Last week", "In March", "Previously", "before the talks", "曾经"]


def test_the_first_two_letters_of_a_latin_name_are_no_family_name_inside_a_word_issue19():
    from diplograph.extract.subject_names import name_at

    visitor = {"keys": ["卡尔森", "petekarlsen"], "kind": "person"}
    assert name_at(visitor, "台湾apec代表林明在庆州对记者", True, False) is None  # `pe` of APEC is not Pete
    host = {"keys": ["高桥早苗"], "kind": "person"}
    assert name_at(host, "高桥在会谈中", True, False) == (0, 2)  # a Japanese family name alone still counts


@pytest.mark.parametrize(("body", "names", "woman"), [
    ("The talks were held in Ghent. Ms. Ostrava thanked her guest.", ["Lena Ostrava"], True),
    ("Ferrand met Ostrava in Ghent.", ["Lena Ostrava"], False),
    ("比利時女總理奧斯特拉娃7日與費朗會談。", ["奧斯特拉娃"], True),
    ("費朗夫婦7日抵達根特。", ["費朗"], False),  # 夫婦 is the couple, not 夫人
    ("Ostrava met Ferrand. Later Madam Ostrava spoke.", ["Lena Ostrava"], True),  # the title at a later mention
    ("Mr Ostrava and Mrs Ferrand met.", ["Lena Ostrava"], False),  # the title of someone else's name
])
def test_the_text_tells_who_is_a_woman_by_title_or_honorific_issue17(body, names, woman):
    from diplograph.extract.speech_forms import told_a_woman

    assert told_a_woman(body, names) is woman


@pytest.mark.parametrize(("text", "words"), [
    ("Tomás Núñez’s “talks”", {"tomas", "nunez", "talks"}),  # accents off, curly quotes split words
    ("Prime Minister Zoë Marten said", {"zoe", "marten", "said"}),  # titles out
    ("Dana Voss and Li", {"dana", "voss", "li"}),  # ASCII as written, stop words out
    ("Ａｎａ Ｒｏｊａｓ", {"ana", "rojas"}),  # full-width letters read as Latin ones
])
def test_name_words_fold_accents_and_widths(text, words):
    from diplograph.extract.speech_forms import name_words

    assert name_words(text) == words


@pytest.mark.parametrize(("text", "found"), [
    ("In a speech last week, Dana Voss said", True),
    ("LAST WEEK Voss said", True),  # any case
    ("At the time, Voss said", True),
    ("At the time of the talks, Voss said", False),  # `at the time of` names the talks' own time
    ("Voss, who spoke at lunch, said", False),  # `at` inside a word's run is no opening (lunch, `blast week`)
    ("The blast weekly review said", False),
    ("去年，沃斯表示", True),
    ("沃斯今天表示", False),
])
def test_past_setting_reads_both_scripts_at_word_starts(text, found):
    from diplograph.extract.speech_forms import past_setting

    assert past_setting(text, len(text)) is found


def test_words_at_a_word_start_in_any_case():
    import re

    from diplograph.lexicons.literals import at_word_start

    pattern = re.compile(at_word_start(r"back then\b", r"earlier (?:this|last) week", any_case=True))
    assert pattern.pattern.startswith("[BEbe]")  # re scans for the opening letters
    assert [m.group() for m in pattern.finditer("Back then, and earlier this week, and EARLIER LAST WEEK")] \
        == ["Back then", "earlier this week", "EARLIER LAST WEEK"]
    assert pattern.search("laidback then, unearlier this week") is None  # inside a word: no opening


@pytest.mark.parametrize(("text", "found"), [
    ("Talks are expected to resume in May.", True),
    ("The envoy was widely expected to attend.", True),
    ("VOSS PLANS TO VISIT ORAVIA", True),  # any case
    ("The airplanes to Oravia were full.", False),  # `planes to`: inside a word, no plan
    ("A basis due to the tides.", False),  # `basis due to`: `is` inside a word opens nothing
])
def test_forecast_is_read_at_word_starts_in_any_case(text, found):
    from diplograph.extract.speech_forms import FORECAST

    assert (FORECAST.search(text) is not None) is found


@pytest.mark.parametrize(("text", "found"), [
    ("Oravia has sent two shipments of grain.", True),
    ("The second phase had no date.", True),  # `had` is a word of its own
    ("The phase of talks will start in May.", False),  # `has` inside `phase`
    ("奥拉维亚已向对方提供援助。", True),
])
def test_delivered_reads_has_have_had_as_whole_words(text, found):
    from diplograph.extract.commitments import DELIVERED

    assert (DELIVERED.search(text) is not None) is found


@pytest.mark.parametrize(("text", "left"), [
    ("秘书长先生还", "秘书长"),  # the honorific, then an adverb
    ("The envoy also further ", "The envoy"),  # a run of adverbs and spaces, in any case
    ("The envoy ALSO", "The envoy"),
    ("Thenardier", "Thenardier"),  # a word that only opens like one of them stays
    ("", ""),
])
def test_trailing_words_take_off_a_run_of_words_that_ends_a_text(text, left):
    from diplograph.extract.speech_forms import trailing_words

    assert trailing_words(["先生"], ["还", "also", "further"]).sub("", text) == left


@pytest.mark.parametrize("text", ["秘书长先生还", "The envoy ALSO", "The envoy also \n", "The envoy", "王毅", "",
                                  "Thenardier", "习近平还\n", "The envoy \u3000"])
def test_trailing_words_cut_as_its_pattern_takes_them_off(text):
    from diplograph.extract.speech_forms import TrailingWords

    trailing = TrailingWords(["先生"], ["还", "also", "further"])
    assert trailing.cut(text) == trailing.pattern.sub("", text)


@pytest.mark.parametrize(("subject", "title", "named"), [
    ("the secretary", "secretary of state", True),  # the title's head alone
    ("Secretary", "secretary of state", False),  # subjects come lower-cased
    ("the foreign minister", "foreign minister", False),  # the whole title is matched elsewhere
    ("the minister", "foreign minister", True),
    ("the", "minister", False),
    ("the 部长", "外交部长", False),  # only an English title has a head
])
def test_a_subject_may_name_a_title_by_its_head(subject, title, named):
    from diplograph.extract.speech_forms import title_head
    from diplograph.extract.subject_names import headless

    head = title_head(title)
    assert (head != "" and headless(subject) == head) is named


@pytest.mark.parametrize(("text", "end", "found"), [
    ("Dana Voss: We agreed.", 21, True),
    ("沃斯：我们同意。", 8, True),  # a full-width colon
    ("We agreed. Dana Voss", 20, False),
    ("Voss said. Next: talks", 10, False),  # the colon stands past the span asked about
])
def test_holds_colon_reads_both_colons_inside_the_span(text, end, found):
    from diplograph.extract.attribution import holds_colon

    assert holds_colon(text, 0, end) is found


@pytest.mark.parametrize(("text", "left"), [
    ("In addition, Dana Voss", "Dana Voss"),
    ("此外，沃斯", "沃斯"),
    ("Dana Voss, and also", "Dana Voss, and also"),  # linking words later in the text stay
    ("Andersen", "Andersen"),  # `and` opening a name is no linking word
    ("  MEANWHILE Dana Voss", "Dana Voss"),  # spaces, then a link in any case
    ("İn addition, Voss", "Voss"),  # a capital re.I folds to `i`
    ("Voss", "Voss"),  # opening with no link's first character: left as it is
    ("", ""),
])
def test_unlinked_takes_off_only_the_opening_links(text, left):
    from diplograph.extract.subjects import unlinked

    assert unlinked(text) == left


def test_opened_cuts_only_an_opening_match():
    import re

    from diplograph.extract.subjects import opened

    pattern = re.compile(r"^据\s*")
    assert opened(pattern, "据新华社") == "新华社"
    assert opened(pattern, "新华社据报道") == "新华社据报道"  # not at the start: nothing is cut


@pytest.mark.parametrize("body", [
    "Ferrand spoke. Ostrava agreed.\nMr. Ostrava left. Ms. L. Ferrand stayed.",
    "Talks ended.\n  Ostrava said: thanks. President of Vesta Ana Rojas: Welcome.\nfine. U.S. aid came.",
    "Ostrava arrived.\n\n   \nThe talks began!\"Yes,\" he said. Then.",
])
def test_a_pieces_sentences_read_off_the_bodys_are_its_own(body):
    from diplograph.extract.attribution import sentences_within
    from diplograph.extract.events import sentences

    whole = sentences(body, False)
    starts = [0] + [k + 1 for k, ch in enumerate(body) if ch in "\n :"]  # paragraphs, labels, mid-line pieces
    for a in starts:
        for b in range(a + 1, (body.find("\n", a) + 1 or len(body) + 1)):
            assert sentences_within(body, a, b, whole) == [(a + s.start, a + s.end)
                                                            for s in sentences(body[a:b], False)]


# subjects of our own that end (or not) on a denial, a future, a past stance or a report, in both scripts and in
# cases re.I folds (`İs`, a final newline `$` stands before)
SUBJECT_ENDINGS = ["Dana Voss did not ", "Dana Voss DIDN'T", "the minister is ", "this ", "The envoy has never ",
                   "The envoy İs\n", "Voss will ", "Voss will also ", "Voss WİLL firmly ", "the sides are expected to ",
                   "Voss has ", "Voss has firmly ", "Voss wants to have ", "Voss was said to have ", "Voss is also said to ",
                   "Voss was reported to", "Voss said to", "沃斯没有公开", "沃斯  並未 \n", "双方将", "少将", "沃斯要",
                   "沃斯需要", "峰会", "沃斯会", "沃斯曾", "沃斯一直 ", "", " ", "Voss\u3000", "chairman Voss has\u3000"]


@pytest.mark.parametrize("subject", SUBJECT_ENDINGS)
def test_split_subject_forms_read_as_one_pattern_each(subject):
    import re

    from diplograph.extract import speech_forms as sf

    negated = re.compile(f"{sf.NEGATED_ZH.pattern}|{sf.NEGATED_EN.pattern}", re.I)
    future = re.compile(f"{sf.FUTURE_ZH.pattern}|{sf.FUTURE_EN.pattern}", re.I)
    assert sf.unsaid(subject) is bool(negated.search(subject) or future.search(subject))
    assert sf.past_stance(subject) is (sf.PAST.search(subject) is not None)
    assert sf.without_report(subject) == sf.REPORTED.sub("", subject)


@settings(max_examples=400, deadline=None)
@given(strategies.lists(strategies.sampled_from(["did not", "never", "is", "İs", "ıs", "will", "WILL", "expected to", "are", "has",
                                 "HAD", "firmly", "to", "have", "said", "also", "Voss", "没有", "公开", "将", "会",
                                 "要", "曾", "一直", " ", "  ", "\n", "\u3000", ",", "'s"]), max_size=10))
def test_split_subject_forms_match_where_one_pattern_does(pieces):
    import re

    from diplograph.extract import speech_forms as sf

    subject = "".join(pieces)
    negated = re.compile(f"{sf.NEGATED_ZH.pattern}|{sf.NEGATED_EN.pattern}", re.I)
    future = re.compile(f"{sf.FUTURE_ZH.pattern}|{sf.FUTURE_EN.pattern}", re.I)
    assert sf.unsaid(subject) is bool(negated.search(subject) or future.search(subject))
    assert sf.past_stance(subject) is (sf.PAST.search(subject) is not None)
    assert sf.without_report(subject) == sf.REPORTED.sub("", subject)


def _one_pattern(forms):
    """Lexicon words as one pattern, Han ones anywhere and Latin ones as whole words in any case: what
    WordsPattern must find."""
    import re

    han = "|".join(re.escape(w) for w in forms if not w.isascii()) or "(?!)"
    latin = "|".join(re.escape(w) for w in forms if w.isascii()) or "(?!)"
    return re.compile(rf"{han}|\b(?:{latin})\b", re.I)


WORD_FORMS = [["media", "news", "officials", "official", "Spokesman", "消息", "发言人"], ["Kelvin", "sanctions"],
              ["(AP)", "news"], [], ["消息"], ["9news"]]


@pytest.mark.parametrize("forms", WORD_FORMS)
@pytest.mark.parametrize("text", ["the spokesman for Voss", "THE MEDIA OF VESTA", "newsroom staff", "a news_desk",
                                  "Oravia's officials", "据消息人士", "the (AP) wire", "\u212aelvin said", "ſanctions",
                                  "İ", "", "9news at nine", "unofficial talks"])
def test_words_pattern_finds_what_one_pattern_does(forms, text):
    from diplograph.extract.speech_forms import WordsPattern

    assert (WordsPattern(forms).search(text) is None) == (_one_pattern(forms).search(text) is None)


@settings(max_examples=300, deadline=None)
@given(strategies.lists(strategies.sampled_from(["media", "MEDIA", "news", "official", "officials", "x", "_", "3",
                                                 "消息", " ", ",", "'s", "ſ", "İ", "é", "\u212a"]), max_size=8))
def test_words_pattern_matches_where_one_pattern_does(pieces):
    from diplograph.extract.speech_forms import WordsPattern

    text = "".join(pieces)
    for forms in WORD_FORMS:
        assert (WordsPattern(forms).search(text) is None) == (_one_pattern(forms).search(text) is None)


@pytest.mark.parametrize("text", ["Voss said, in Vesta, that the talks — long — went well", "THAT is; that\nthat",
                                  "thathat, xthat that", "\"We agreed,” Voss said: that", "", "t", "the hat that  "])
def test_clause_marks_are_the_marks_and_that_of_one_pattern(text):
    import re

    from diplograph.extract.attribution import CLAUSE_EN

    one = re.compile(r"[,;:—–]\s*|[\"”]\s*|\bthat\s+", re.I)  # a mark and the spaces after it, or `that`
    assert [m.span() for m in CLAUSE_EN.finditer(text)] == [m.span() for m in one.finditer(text)]
