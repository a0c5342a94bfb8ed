"""Topics need evidence in proportion to the text, and commitments follow who gives what to whom (issue 19):
sentences written for these tests, through the real topic weighing and the real pipeline."""

from __future__ import annotations

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.extract.topics import TopicFinder, accepted, weigh
from diplograph.services import build_pipeline, process_record

FINDER = TopicFinder()


def _topics(text: str) -> dict[str, list[str]]:
    return accepted(weigh(FINDER.hits(text), text, [(0, len(text))]), len(text))


def test_one_broad_word_is_no_topic_a_specific_one_or_two_hints_are():
    assert "trade_economy" not in _topics("双方表示，愿推动经济复苏。")  # 经济 once: a hint only
    assert "trade_economy" in _topics("双方表示，愿扩大贸易往来。")  # 贸易 names the topic
    assert "trade_economy" in _topics("雙方表示，願推動經濟復甦，支持企業發展。")  # two hints
    assert "regional_security" not in _topics("The two leaders discussed security.")
    assert "regional_security" in _topics("The leaders discussed missile defense.")


def test_a_set_phrase_is_no_evidence_and_a_named_forum_is_issue19():
    assert "regional_security" not in _topics("双方愿共同促进世界和平，维护中东和平。")  # 世界和平: a platitude
    assert "regional_security" in _topics("双方愿共同维护地区和平，推动中东和平。")
    assert "multilateralism" in _topics("双方愿加强在国际多边事务中的协调。")  # 多边事务 names it


def test_hits_of_one_topic_close_together_count_once():
    assert "multilateralism" not in _topics("两国领导人在亚太经合组织（APEC）会议期间会面。")


def test_a_long_text_needs_more_than_a_short_one():
    filler = "双方回顾了两国交往的历史。" * 300  # a long statement that says little about the economy
    assert "trade_economy" in _topics("双方愿加强经济合作，支持企业投资。")
    assert "trade_economy" not in _topics(filler + "双方愿加强经济合作，支持企业。")


PIPELINE = build_pipeline(load_settings(env={}))

PROMISES = """王毅同德国外长贝尔通电话
新华社北京3月2日电 3月2日，外交部长王毅同德国外长贝尔通电话。
贝尔表示，感谢中方迅速回应德方需求，同意向德国提供医疗物资援助。
会谈后，两国外长共同见证签署经贸合作协议。
据路透社报道，德国议员表示，德方将采购更多中国商品。
美国政府证实，将出售价值3亿美元的设备给德国。
德国政府证实，将出售价值1.5亿美元的设备给中国，另将卖给中国总价廿亿美元的电池。
"""


def test_commitments_by_the_giving_side_from_statements_and_told_sentences():
    doc = process_record(RawRecord(source="call.txt", data=PROMISES.encode("utf-8"), fmt="text"), PIPELINE)
    [event] = doc.events
    found = [(c["type"], c["by"], c["to"], c["amount"], c["currency"]) for c in event["commitments"]]
    assert found == [
        ("aid", ["CHN"], ["DEU"], None, None),  # said by Germany, received by Germany: China gives
        ("agreement", ["CHN", "DEU"], [], None, None),  # told by the reporter, signed by both
        ("procurement", ["DEU"], ["CHN"], 150_000_000, "USD"),  # each sale with its own sum
        ("procurement", ["DEU"], ["CHN"], 2_000_000_000, "USD"),  # 廿亿: twenty hundred-millions
    ]  # a lawmaker quoted by a news agency, and a side not in the call, promise nothing here


INVITES = """---
title: Kovac to travel to Portugal after phone call with Almeida
date: 2030-04-05
---

President Anna Kovac of Slovenia has said she will visit Portugal after speaking by phone to Prime Minister Pedro Almeida of Portugal.

On Thursday the two leaders held their first conversation since the winter.

"He invited me to Portugal and I invited him to Ljubljana," Kovac told reporters.

The two leaders later attended a signing ceremony for memorandums of understanding on energy.
"""


def test_he_invited_me_is_the_other_side_inviting_and_plural_memorandums_are_signed_issue19():
    doc = process_record(RawRecord(source="page.txt", data=INVITES.encode("utf-8"), fmt="frontmatter"), PIPELINE)
    found = {(c["type"], tuple(c["by"]), tuple(c["to"])) for e in doc.events for c in e["commitments"]}
    assert found == {("invitation", ("PRT",), ("SVN",)),  # `He invited me`: the one spoken of invites the speaker
                     ("invitation", ("SVN",), ("PRT",)),  # `I invited him`: the speaker's own
                     ("agreement", ("SVN", "PRT"), ())}  # a plural of a cue is the cue


def test_two_countries_relations_named_as_a_pair_are_the_bilateral_topic_issue19():
    assert "bilateral_relations" in _topics("双方表示，中法关系稳定发展。")
    assert "bilateral_relations" in _topics("雙方表示，俄中關係良好。")
    assert "bilateral_relations" in _topics("Since then, the France-Brazil relationship has been steady.")
    assert "bilateral_relations" not in _topics("The two leaders discussed relations.")  # a hint alone


def test_taking_office_told_as_a_time_is_no_domestic_politics_issue19():
    assert "domestic_politics" not in _topics("这是她就任首相后首次出访。")  # 就任: when, not what was discussed
    assert "domestic_politics" in _topics("双方谈到了即将举行的选举。")


def test_a_longer_word_across_the_cue_and_an_office_name_are_no_evidence_issue19():
    assert "regional_security" not in _topics("卫生部长说，邻近各国防控经验值得互相借鉴。")  # 各国 + 防控
    assert "public_health" in _topics("卫生部长说，邻近各国防疫经验值得互相借鉴。")  # 各国 + 防疫
    assert "regional_security" not in _topics("贺电祝贺他再次当选甲国军事委员会主席。")  # a post he holds
    assert "regional_security" in _topics("双方同意加强两军军事交流。")


def test_the_belt_and_road_names_trade_not_climate_issue19():
    found = _topics("双方同意推进共建“一带一路”，对接彼此规划。")
    assert "trade_economy" in found and "climate_development" not in found


def _event_topics(text: str, sides: set[str]) -> dict[str, list[str]]:
    return accepted(weigh(FINDER.hits(text), text, [(0, len(text))]), len(text), FINDER.bars(sides))


def test_two_states_meeting_is_about_their_relations_unless_it_names_a_third_issue19():
    for text in ("两位外长就渔业问题交换了意见。", "兩位外長就漁業問題交換了意見。",
                 "The two ministers spoke about fisheries."):  # no cue of relations at all
        assert "bilateral_relations" not in _topics(text)
        assert "bilateral_relations" in _event_topics(text, {"PER", "KEN"})
        assert "bilateral_relations" not in _event_topics(text, {"PER", "KEN", "NOR"})
    text = "两位外长就叙利亚局势交换了意见。"  # a third state named: about more than the pair
    assert "bilateral_relations" not in _event_topics(text, {"PER", "KEN"})
    assert "bilateral_relations" in _event_topics("两位外长就叙利亚局势交换意见，同意加强合作。", {"PER", "KEN"})
    assert "bilateral_relations" in _event_topics("秘鲁和肯尼亚外长就渔业交换了意见。", {"PER", "KEN"})  # the sides


def test_two_states_need_one_hint_of_their_relations_a_world_body_none_issue19():
    text = "两位外长同意加强合作。"  # one broad hint of relations
    found = weigh(FINDER.hits(text), text, [(0, len(text))])
    assert "bilateral_relations" not in accepted(found, len(text))
    assert "bilateral_relations" in accepted(found, len(text), FINDER.bars({"PER", "KEN"}))
    assert "bilateral_relations" in accepted(found, len(text), FINDER.bars({"EU", "KEN"}))  # a partner like a state
    text = "秘书长与总统同意深化两国伙伴关系。"
    found = weigh(FINDER.hits(text), text, [(0, len(text))])
    assert "bilateral_relations" not in accepted(found, len(text), FINDER.bars({"UN", "KEN"}))


def test_a_flattened_page_leads_with_its_first_two_sentences_only_issue19():
    from diplograph.extract.statements import _lead
    body = "甲国总理今天抵达乙国。他将会见乙国总统。随后双方签署渔业协定。次日他前往港口参观。"
    assert _lead(body) == "甲国总理今天抵达乙国。他将会见乙国总统。"  # one line: no paragraph to end it
    assert _lead("The minister landed in Lima.\nShe met the president.") == "The minister landed in Lima."
    assert _lead("Mr. Ode met U.S. envoys in Lima. They spoke. Then they left.") == (
        "Mr. Ode met U.S. envoys in Lima. They spoke.")  # an initial's or a title's dot ends no sentence


def test_an_alliance_a_nuclear_issue_and_economic_ties_name_their_topics_issue19():
    assert "bilateral_relations" in _topics("两国领导人商讨巩固日澳同盟。")
    assert "regional_security" in _topics("双方就伊朗核问题交换意见。")
    assert "trade_economy" in _topics("She stressed the importance of economic ties.")


def test_a_world_body_named_once_hints_at_multilateralism_world_affairs_tell_it_issue19():
    assert "multilateralism" not in _topics("部长说，他曾在联合国驻地工作多年。")  # named, not discussed
    assert "multilateralism" in _topics("双方同意在国际事务中加强协调，共同支持全球南方发展。")
    assert "multilateralism" in _topics("The ministers spoke about the Global South.")


def test_energy_is_trade_and_a_bare_development_is_no_hint_issue19():
    found = _topics("双方愿扩大能源合作，推动油气项目。")
    assert "climate_development" not in found and "trade_economy" not in found  # 能源 hints at trade only
    assert "trade_economy" in _topics("双方愿扩大能源合作，推动企业油气项目。")  # with a second hint
    assert "climate_development" not in _topics("They praised the development of development ties.")


def test_medicines_the_coronavirus_and_exports_name_or_hint_their_topics_issue19():
    assert "vaccines_drugs" in _topics("The two ministers discussed shipments of essential medicines.")
    assert "vaccines_drugs" in _topics("She asked for the drug, a drug for fevers, to be released.")  # two hints
    assert "public_health" in _topics("Both sides expect the coronavirus to fade by autumn.")
    assert "trade_economy" in _topics("He said the export ban would end and exports could resume.")
    assert "vaccines_drugs" in _topics("双方同意保障抗病毒药品供应。")


def test_a_forum_named_as_where_leaders_meet_is_the_setting_not_the_topic_issue19():
    assert "multilateralism" not in _topics("两国总理在二十国集团第九次峰会期间会面，同意加强多边协调。")
    assert "multilateralism" in _topics("两国总理同意在二十国集团等机制中加强多边协调。")
    assert "multilateralism" not in _topics("The premiers met at the G7 summit and spoke of multilateral aims.")


def test_joint_epidemic_control_is_no_defence_and_a_fast_channel_is_travel_issue19():
    found = _topics("Both ministers praised their joint defense and control of the fever outbreak.")
    assert "regional_security" not in found and "public_health" in found
    assert "travel_mobility" in _topics("The two sides opened a fast channel for engineers.")


def test_airspace_and_sport_name_or_hint_their_topics_issue19():
    assert "sovereignty" in _topics("外长抗议对方飞机多次侵犯本国领空。")
    assert "sovereignty" in _topics("The minister protested that patrol jets entered its airspace.")
    assert "culture_people" in _topics("双方愿加强体育交流，办好明年的冬奥赛事。")  # two hints


def test_three_states_need_one_hint_of_multilateralism_issue19():
    text = "三国外长同意深化三边对话。"  # one hint
    found = weigh(FINDER.hits(text), text, [(0, len(text))])
    assert "multilateralism" not in accepted(found, len(text), FINDER.bars({"PER", "KEN"}))
    assert "multilateralism" in accepted(found, len(text), FINDER.bars({"PER", "KEN", "NOR"}))


def test_plurals_and_common_words_of_each_topic_in_both_scripts_issue19():
    assert "trade_economy" in _topics("Both ministers promised new investments in the port.")  # a plural is its own form
    assert "regional_security" in _topics("The envoys called for a ceasefire along the river.")
    assert "regional_security" in _topics("双方呼吁立即停火。")
    assert "climate_development" in _topics("两国同意在减排方面加强合作。")
    assert "vaccines_drugs" in _topics("The health ministers discussed vaccination of children.")
    assert "climate_development" not in _topics("双方愿为企业营造良好营商环境。")  # 环境: any setting, no hint


def test_epidemic_supplies_are_medical_aid_and_public_health_at_once_issue19():
    found = _topics("甲方向乙方运送了一批防疫物资。")
    assert "medical_aid" in found and "public_health" in found


def test_an_energy_transition_is_climate_and_drug_trafficking_security_issue19():
    found = _topics("双方同意推动能源转型。")
    assert "climate_development" in found and "trade_economy" not in found
    found = _topics("The police chiefs agreed to fight drug trafficking.")
    assert "regional_security" in found and "vaccines_drugs" not in found


def test_a_contested_sea_hints_at_sovereignty_and_security_at_once_issue19():
    found = _topics("双方就南海局势交换意见，同意妥善处理南海分歧。")  # two hints of each
    assert "sovereignty" in found and "regional_security" in found
    assert "sovereignty" not in _topics("A ferry crossed the South China Sea.")  # one hint only


REGULAR = """---
title: Kovac and Almeida agree on fisheries talks
date: 2030-06-05
---

President Anna Kovac of Slovenia met Prime Minister Pedro Almeida of Portugal in Lisbon on Thursday.

The two sides agreed to hold regular consultations between their fisheries agencies.
"""


def test_meetings_promised_at_set_times_are_a_mechanism_issue19():
    doc = process_record(RawRecord(source="page.txt", data=REGULAR.encode("utf-8"), fmt="frontmatter"), PIPELINE)
    found = {(c["type"], tuple(sorted(c["by"]))) for e in doc.events for c in e["commitments"]}
    assert ("mechanism", ("PRT", "SVN")) in found


def test_a_short_aside_in_brackets_is_no_evidence_issue19():
    assert "vaccines_drugs" not in _topics("甲国上月停止与乙国的贸易（粮食和药品除外）。")  # an exception
    assert "vaccines_drugs" not in _topics("甲國上月停止與乙國的貿易（糧食和藥品除外）。")
    assert "vaccines_drugs" in _topics("双方同意保障药品供应。")
    assert "vaccines_drugs" not in _topics("They halted all shipments to Vesta (vaccines excepted).")
    assert "vaccines_drugs" in _topics("They halted all shipments to Vesta, vaccines excepted.")
    assert "trade_economy" in _topics("双方同意扩大贸易（特别是农产品）。")  # the words outside still count


def test_an_economic_partnership_names_the_economy_and_the_relations_issue19():
    for text in ("两国领导人同意深化经济伙伴关系。", "兩國領導人同意深化經濟夥伴關係。",
                 "The two leaders agreed to deepen their economic partnership."):
        found = _topics(text)
        assert "trade_economy" in found and "bilateral_relations" in found
    assert "trade_economy" in _topics("The envoys said economic relations had recovered.")
    assert "trade_economy" not in _topics("双方同意深化伙伴关系。")


def test_a_forum_named_as_a_frame_to_work_in_names_multilateralism_issue19():
    assert "multilateralism" not in _topics("部长说，他曾在联合国工作。")  # named once: a hint
    assert "multilateralism" in _topics("双方愿在联合国等框架内加强沟通。")
    assert "multilateralism" in _topics("雙方願在聯合國等框架內加強溝通。")
    assert "multilateralism" in _topics("双方同意在多边框架下协调立场。")
    assert "multilateralism" in _topics("They agreed to work within multilateral frameworks.")
    assert "multilateralism" in _topics("They agreed to work within the framework of the United Nations.")
    assert "multilateralism" not in _topics("他提到联合国，合作框架已签署。")  # another clause: no frame


def test_the_developing_countries_as_one_group_hint_at_multilateralism_issue19():
    assert "multilateralism" not in _topics("部长说，甲国是发展中国家。")  # one hint
    assert "multilateralism" in _topics("双方愿维护发展中国家的团结，推动国际事务民主化。")  # two hints
    assert "multilateralism" in _topics("雙方願維護發展中國家的團結，推動國際事務民主化。")
    assert "multilateralism" in _topics("They will defend developing countries in international affairs.")


def test_crime_across_borders_and_police_work_against_it_are_security_issue19():
    for text in ("双方同意加强执法合作，打击跨国犯罪。", "雙方同意加強執法合作，打擊跨國犯罪。",
                 "They agreed to deepen law enforcement cooperation against transnational crime."):
        assert "regional_security" in _topics(text)
    assert "regional_security" not in _topics("部长说，新法将于明年执法。")  # law enforcement alone: a hint
    assert "regional_security" in _topics("The two sides discussed border security.")


def test_a_safety_standard_is_no_security_between_states_issue19():
    assert "regional_security" not in _topics("报告称该设备符合国际安全标准。")
    assert "regional_security" not in _topics("報告稱該設備符合國際安全標準。")
    assert "regional_security" in _topics("双方愿共同维护国际安全。")


def test_the_environment_and_its_pollution_are_development_issue19():
    for text in ("双方同意加强生态环境保护合作。", "雙方同意加強生態環境保護合作。",
                 "Both sides pledged cooperation on environmental protection."):
        assert "climate_development" in _topics(text)
    assert "climate_development" in _topics("他们担心排放污染海洋，破坏生态系统。")  # two hints
    assert "climate_development" not in _topics("部长说，这座城市的空气污染严重。")  # one hint


def test_a_word_in_single_quotation_marks_is_still_a_cue_issue19():
    assert "travel_mobility" in _topics("The two sides opened a 'fast channel' for engineers.")
    assert "travel_mobility" in _topics("The two sides opened a ’fast channel’ for engineers.")
    assert "travel_mobility" in _topics("Vesta's visas will be honoured.")  # an apostrophe between letters stays


def test_a_state_named_as_where_the_sides_meet_is_no_third_party_issue19():
    assert "bilateral_relations" in _event_topics("两位防长在出访地马来西亚就渔业交换了意见。", {"PER", "KEN"})
    assert "bilateral_relations" in _event_topics("兩位防長在馬來西亞就漁業交換了意見。", {"PER", "KEN"})
    assert "bilateral_relations" not in _event_topics("两位防长就马来西亚的渔业交换了意见。", {"PER", "KEN"})
    assert "bilateral_relations" in _event_topics("The two ministers met in Malaysia to discuss fisheries.",
                                                  {"PER", "KEN"})
    assert "bilateral_relations" not in _event_topics("The two ministers discussed fisheries off Malaysia.",
                                                      {"PER", "KEN"})


def test_a_pair_of_capitalised_sides_before_relations_is_read_where_its_hyphen_is():
    import re

    from diplograph.extract.topics import PAIR_EN, PAIR_EN_TAIL

    texts = ["Vesta-Oravia relations improved.", "the U.S.-Oravia relationship", "Oravia–Vesta ties",  # en dash: none
             "Vesta-Oravia-Lund ties", "vesta-Oravia relations", "relations between Vesta and Oravia", "x-Y ties"]
    for text in texts:  # the half opening with the hyphen is in every pair: a text without it holds none
        assert all(PAIR_EN_TAIL.search(m.group()) for m in PAIR_EN.finditer(text))
        assert bool(PAIR_EN_TAIL.search(text)) or not PAIR_EN.search(text)
    pair = [(a, b) for a, b, topic, _ in FINDER.hits(texts[0]) if topic == "bilateral_relations"]
    assert pair == [(0, len("Vesta-Oravia relations"))] and re.fullmatch(PAIR_EN, texts[0][:22])
