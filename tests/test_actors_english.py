"""English references after the first mention (issue 17, item 5): a family name alone or after an honorific is
the one person of the text who bears it; a family name two people bear links to neither."""

from __future__ import annotations

import re

import pytest

from diplograph.extract.actors import find_mentions
from diplograph.extract.en_appositions import _in_lines
from diplograph.extract.gazetteer import load_gazetteer


def _people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    gaz = load_gazetteer()
    found = find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, None, "2025-03-01", False)
    return [(text[m.start : m.end], m.name, m.affiliation, m.office) for m in found if m.kind == "person"]


def test_a_family_name_alone_is_the_person_named_before():
    text = "President Anna Kovac of Slovenia arrived in Vienna on Monday. Kovac said the visit was overdue."
    assert ("Kovac", "Anna Kovac", "SVN", "head_of_state") in _people(text)


def test_a_family_name_after_an_honorific_is_the_person_named_before():
    text = "Vice President Lara Stone of Slovenia spoke first. Later Ms. Stone and Dr. Stone were one speaker."
    stones = [p for p in _people(text) if p[0] == "Stone"]
    assert stones == [("Stone", "Lara Stone", "SVN", "deputy_head_of_state")] * 2


def test_a_family_name_written_first_is_found_again():
    text = "Japanese Prime Minister Tanaka Hiroshi arrived on Monday. Tanaka met the press; Mr. Tanaka smiled."
    tanakas = [p for p in _people(text) if p[0] == "Tanaka"]
    assert tanakas == [("Tanaka", "Tanaka Hiroshi", "JPN", "head_of_government")] * 2


def test_a_two_letter_family_name_of_a_family_first_side_is_found_again():
    text = "Chinese Foreign Minister Ru Wenbo met the envoy. Ru said the talks were frank."
    assert ("Ru", "Ru Wenbo", "CHN", "foreign_minister") in _people(text)


def test_a_family_name_two_people_share_links_to_neither():
    text = ("South Korean President Park Minjun received South Korean Foreign Minister Park Soyeon on Monday. "
            "Park said the meeting was useful.")
    assert not [p for p in _people(text) if p[0] == "Park"]
    text = "Vice President Lara Stone of Slovenia met Ambassador Tom Stone of Slovenia. Stone said nothing."
    assert not [p for p in _people(text) if p[0] == "Stone"]


def test_a_first_word_is_no_family_name_for_a_side_not_known_to_write_it_first():
    """Lee of Lee Jae-yong (side unknown) does not make Lee of President Lee Minsu ambiguous."""
    text = ("South Korean President Lee Minsu met business leaders, Chairman Lee Dohyun among them. "
            "Lee said the economy comes first.")
    assert ("Lee", "Lee Minsu", "KOR", "head_of_state") in _people(text)


def test_one_surname_of_several_is_the_person_named_before():
    """Portuguese and Spanish names hold several surnames; the press calls the person by one of them (Lula of
    Luiz Inácio Lula da Silva), not by the given name."""
    text = ("President Marco Antonio Ribas da Costa of Brazil arrived on Monday. Ribas met the press. "
            "Antonio, a reporter, asked a question.")
    people = _people(text)
    assert ("Ribas", "Marco Antonio Ribas da Costa", "BRA", "head_of_state") in people
    assert not [p for p in people if p[0] in ("Marco", "Antonio")]


def test_a_given_name_of_a_given_first_side_is_not_a_reference():
    text = "President Anna Kovac of Slovenia arrived on Monday. Anna, a reporter, asked a question."
    assert not [p for p in _people(text) if p[0] == "Anna"]


def test_a_pronoun_opening_the_sentence_after_one_naming_one_person_is_that_person():
    text = ("President Anna Kovac of Slovenia arrived in Vienna on Monday. She met the press at noon. "
            "Austrian Chancellor Karl Brenner spoke later. He said the talks were good.")
    people = _people(text)
    assert ("She", "Anna Kovac", "SVN", "head_of_state") in people
    assert ("He", "Karl Brenner", "AUT", "head_of_government") in people


def test_a_pronoun_after_a_sentence_naming_two_people_or_none_stays_unlinked():
    text = ("President Anna Kovac of Slovenia met Austrian Chancellor Karl Brenner on Monday. He spoke first. "
            "The weather was mild. She left at noon.")
    assert not [p for p in _people(text) if p[0] in ("He", "She")]


def test_the_title_alone_is_the_one_holder_of_that_office_named_before():
    text = ("Japanese Prime Minister Tanaka Hiroshi arrived in Paris on Monday. The prime minister met students. "
            "The president of the club greeted him.")
    people = _people(text)
    assert ("prime minister", "Tanaka Hiroshi", "JPN", "head_of_government") in people
    assert not [p for p in people if p[0] == "president"]


def test_the_title_alone_with_two_holders_named_before_stays_unlinked():
    text = ("Prime Minister Tanaka Hiroshi of Japan met Prime Minister Karl Brenner of Austria. "
            "The prime minister said little.")
    assert not [p for p in _people(text) if p[0] == "prime minister"]


def test_a_heads_family_name_alone_is_the_head_in_office_that_day(tmp_path):
    """Issue 17 item 5: `spoke with Velkor` is the one head of state or government called Velkor on the page's
    day; not before the term, not a word of another name, not the family's administration."""
    (tmp_path / "people.tsv").write_text("Anton Velkor\tRUR\thead_of_state\t2024-01-01\t\t\t\tQ0\n",
                                         encoding="utf-8")
    gaz = load_gazetteer(str(tmp_path))

    def people(text: str, day: str) -> list[tuple[str, str | None]]:
        found = find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, None, day, False)
        return [(m.name, m.affiliation) for m in found if m.kind == "person"]

    assert people("The envoy spoke with Velkor on Wednesday.", "2025-02-01") == [("Anton Velkor", "RUR")]
    assert people("The envoy spoke with Velkor on Wednesday.", "2023-02-01") == []
    assert people("The envoy flew to Ruritania. Velkor met him there.", "2025-02-01") == [("Anton Velkor", "RUR")]
    assert people("The envoy met Maria Velkor and the Velkor administration.", "2025-02-01") == []


def _people_of_gazetteer(tmp_path, rows: str, text: str) -> list[tuple[str, str | None]]:
    """The people found in `text` (a page of 1 February 2025, no home side) with `rows` as the people lexicon."""
    (tmp_path / "people.tsv").write_text(rows, encoding="utf-8")
    gaz = load_gazetteer(str(tmp_path))
    found = find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, None, "2025-02-01", False)
    return [(m.name, m.affiliation) for m in found if m.kind == "person"]


def test_a_heads_family_name_is_found_without_its_accents_and_for_a_japanese_name_given_first(tmp_path):
    """`Velkoğlu` is printed `Velkoglu`; a Japanese name the gazetteer writes given name first (Hiroshi Tanakawa)
    is called by its last word in English copy."""
    rows = ("Anton Velkoğlu\tRUR\thead_of_state\t2024-01-01\t\t\t\tQ0\n"
            "Hiroshi Tanakawa\tJPN\thead_of_government\t2024-01-01\t\t\t\tQ1\n")
    assert _people_of_gazetteer(tmp_path, rows, "Velkoglu spoke with Tanakawa on Wednesday.") == [
        ("Anton Velkoğlu", "RUR"), ("Hiroshi Tanakawa", "JPN")]


def test_no_family_name_after_a_particle_or_that_names_a_state(tmp_path):
    """`Osric da Velkora` is not called `Velkora`; a king `Carlo II do Mónaco` is no `Monaco` (a state's name)."""
    rows = ("Osric da Velkora\tRUR\thead_of_state\t2024-01-01\t\t\t\tQ0\n"
            "Carlo Ruiz Mónaco\tXAA\thead_of_state\t2024-01-01\t\t\t\tQ1\n")
    assert _people_of_gazetteer(tmp_path, rows, "Velkora spoke with leaders of Monaco on Wednesday.") == []


def test_a_head_titled_without_a_side_is_the_foreign_head_of_that_family_name(tmp_path):
    """`President Anton Al Velkor` on a page of another state is that side's head in office that day (the
    article of Al-Velkor is written or not); a namesake of another office or first name keeps the page's side."""
    (tmp_path / "people.tsv").write_text("Antun Karim Al-Velkor\tRUR\thead_of_state\t2024-01-01\t\t\t\tQ0\n"
                                         "Boris Velkor\tXAA\thead_of_government\t2020-01-01\t2023-01-01\t\t\tQ1\n",
                                         encoding="utf-8")
    gaz = load_gazetteer(str(tmp_path))

    def sides(text: str) -> list[tuple[str, str | None]]:
        found = find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, "USA", "2025-02-01", False)
        return [(m.name, m.affiliation) for m in found if m.kind == "person"]

    assert sides("The adviser met President Anton Al Velkor in the capital.") == [("Anton Al Velkor", "RUR")]
    assert sides("The adviser met Vice President Karen Velkor.") == [("Karen Velkor", "USA")]
    assert sides("The adviser met President Karen Velkor.") == [("Karen Velkor", "USA")]


@pytest.mark.parametrize("text,who", [
    ("Foreign Minister Hu Wenqing of China met his Laos counterpart Bounmy Sayavong on Friday.",
     ("Bounmy Sayavong", "LAO", "foreign_minister")),
    ("The talks between Trade Minister Ola Brandt of Norway and his Chinese counterpart, Hu Wenqing, ended.",
     ("Hu Wenqing", "CHN", "minister")),
    ("Foreign Minister Hu Wenqing of China met Vietnam's counterpart Tran Van Hieu, left, in Hanoi.",
     ("Tran Van Hieu", "VNM", "foreign_minister")),
])
def test_a_counterpart_is_of_the_side_before_it_and_of_the_office_of_the_one_he_counters(text, who):
    assert who in [(p[1], p[2], p[3]) for p in _people(text)]


def test_a_counterpart_needs_a_name_of_two_words_else_is_told_by_the_title_alone():
    text = "Foreign Minister Hu Wenqing of China phoned his Laos counterpart Monday."
    assert [p[1:] for p in _people(text)] == [("Hu Wenqing", "CHN", "foreign_minister"),
                                              ("counterpart", "LAO", "foreign_minister")]


@pytest.mark.parametrize("text", [
    "Ghana's president, Kofi Anamo, arrived on Monday.",
    "Ghanaian president Kofi Anamo arrived on Monday.",
    "The president of Ghana, Kofi Anamo, arrived on Monday.",
    "Kofi Anamo, Ghana's president, arrived on Monday.",
    "Kofi Anamo, the president of Ghana, arrived on Monday.",
])
def test_a_lower_case_title_next_to_a_side_names_the_person_beside_it(text):
    assert ("Kofi Anamo", "GHA", "head_of_state") in [(p[1], p[2], p[3]) for p in _people(text)]


@pytest.mark.parametrize("text", [
    "Ghana's foreign ministry, Kofi Anamo said, was ready.",  # a ministry is no title
    "Ghana's president Monday signed the bill.",  # a weekday is no name
    "The president of Ghana said on Monday he was ready.",  # no name beside the title
])
def test_a_lower_case_title_names_no_one_without_a_name_beside_it(text):
    assert not [p for p in _people(text) if p[2] == "GHA" and p[1] != p[0]]


def test_a_counterpart_may_follow_a_named_possessor():
    text = "Foreign Minister Ola Brandt of Norway met reporters. Brandt's Chinese counterpart Hu Wenqing came later."
    assert ("Hu Wenqing", "CHN", "foreign_minister") in [(p[1], p[2], p[3]) for p in _people(text)]


def test_a_title_before_a_family_name_alone_is_the_person_named_in_full():
    text = ("U.S. Secretary of State Antonia Blake met Australian Foreign Minister Pia Wendt on Monday. "
            "Secretary Blake and Minister Wendt then met students.")
    later = [(p[1], p[2]) for p in _people(text) if p[0] in ("Secretary Blake", "Minister Wendt")]
    assert later == [("Antonia Blake", "USA"), ("Pia Wendt", "AUS")]


def test_a_titled_family_name_of_another_side_is_someone_else():
    text = "Australian Foreign Minister Pia Wendt arrived. Austrian Foreign Minister Wendt stayed home."
    assert ("Wendt", "AUT") in [(p[1], p[2]) for p in _people(text)]


def test_a_plural_title_names_each_person_listed_after_it():
    text = "Ukrainian chief negotiator Petro Hrytsenko sat with US envoys Dan Wexler and Joel Kramer in Bern."
    found = [(p[1], p[2], p[3]) for p in _people(text)]
    assert found == [("Petro Hrytsenko", "UKR", "envoy"), ("Dan Wexler", "USA", "envoy"),
                     ("Joel Kramer", "USA", "envoy")]


def test_an_official_after_a_persons_possessive_serves_that_persons_side():
    text = "Canadian Prime Minister Dan Wexler's special envoy Joel Kramer arrived. Kramer met the press."
    kramers = [(p[1], p[2]) for p in _people(text) if p[1] == "Joel Kramer"]
    assert kramers == [("Joel Kramer", "CAN")] * 2


def _people_at(text: str, home: str) -> list[tuple[str | None, str | None]]:
    gaz = load_gazetteer()
    found = find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, home, "2025-03-01", False)
    return [(m.name, m.affiliation) for m in found if m.kind == "person"]


def test_a_title_the_outlets_state_does_not_give_leaves_the_side_open():
    """On a US outlet's page a Secretary named without a country is of the US; a Prime Minister is not."""
    found = _people_at("Secretary Antonia Blake met Prime Minister Ola Brandt on Monday.", "USA")
    assert found == [("Antonia Blake", "USA"), ("Ola Brandt", None)]
    assert ("Ola Brandt", "KOR") in _people_at("President Lee Minsu met Prime Minister Ola Brandt.", "KOR")


def test_the_possessive_of_a_name_ending_in_s_is_an_apostrophe_alone():
    text = "The Philippines' President Ramon Lacson met the United States' Secretary of State Dan Wexler."
    assert [(p[1], p[2]) for p in _people(text)] == [("Ramon Lacson", "PHL"), ("Dan Wexler", "USA")]


def test_a_pronoun_opens_a_sentence_only_after_a_sentence_end_a_line_break_or_the_start():
    from diplograph.extract.en_coref import PRONOUN, _opens_sentence

    text = ('She spoke first. He nodded.  "Fine," she said. "Go on." She left!\nHe stayed, and He '
            'waited.He did not. They said Shelby came? She came')
    opening = [text[m.start():m.end()] + f"@{m.start()}" for m in PRONOUN.finditer(text)
               if _opens_sentence(text, m.start())]
    assert opening == ["She@0", "He@17", "She@56", "He@66", "She@126"]


def test_an_arabic_article_joined_to_the_family_name_is_part_of_the_name():
    text = "He met the Omani foreign minister, Salim bin Nasser al-Harthi, in Geneva."
    assert [p[1] for p in _people(text) if p[2] == "OMN"] == ["Salim bin Nasser al-Harthi"]


@pytest.mark.parametrize("text, expected", [
    ("The minister met Rafael Lopez, head of the International Atomic Energy Agency, on Monday.",
     [("Rafael Lopez", "IAEA", "org_head")]),
    ("The minister met Rafael Lopez, director general of the IAEA, on Monday.", [("Rafael Lopez", "IAEA", "org_head")]),
    ("The minister met Rafael Lopez, spokesman of the IAEA, on Monday.", [("Rafael Lopez", "IAEA", "other")]),
    ("The minister met Rafael Lopez, head of the UN's refugee agency, on Monday.", []),
])
def test_a_title_of_an_organisation_after_a_comma_gives_its_side(text, expected):
    assert [(p[1], p[2], p[3]) for p in _people(text)] == expected


def test_the_demonym_and_a_word_for_any_official_is_the_one_person_of_that_side_named_before():
    text = ("Iranian Foreign Minister Reza Tabari arrived on Sunday. The Iranian top official met the press on "
            "Monday. The Ukrainian leader was not there.")
    assert ("Iranian top official", "Reza Tabari", "IRN", "foreign_minister") in _people(text)
    assert not [p for p in _people(text) if p[0].startswith("Ukrainian")]  # no Ukrainian named before


def test_the_demonym_official_is_no_one_when_two_of_that_side_were_named():
    text = ("Iranian Foreign Minister Reza Tabari and Iranian envoy Ali Nouri arrived. The Iranian official spoke.")
    assert not [p for p in _people(text) if p[0] == "Iranian official"]


@pytest.mark.parametrize("text, expected", [
    ("Talks opened. Ivo Marek flew to Vienna as the Slovak envoy to the talks.", [("Ivo Marek", "SVK", "envoy")]),
    ("Talks opened. Ivo Marek flew to Vienna as a negotiator.", []),  # no side named, no outlet's own side
])
def test_a_person_acting_as_an_envoy_is_an_envoy_of_the_side_the_role_names(text, expected):
    assert [(p[1], p[2], p[3]) for p in _people(text) if p[0] == "Ivo Marek"] == expected


def test_a_name_that_only_says_whose_administration_it_is_is_no_mention():
    text = "Slovak President Jan Kollar arrived on Monday. The Kollar administration wants a deal; Kollar smiled."
    assert [p[0] for p in _people(text) if p[1] == "Jan Kollar"] == ["Slovak President Jan Kollar", "Kollar"]


def test_an_unmarked_vice_president_is_of_the_state_whose_unmarked_president_the_page_names():
    text = ("President Joe Biden met Israeli Prime Minister Avi Dror on Monday. Dror then met Vice President "
            "Ella Crane.")
    gaz = load_gazetteer()
    found = find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, None, "2024-07-25", False)
    assert {(m.name, m.affiliation) for m in found if m.name == "Ella Crane"} == {("Ella Crane", "USA")}


def test_an_unmarked_vice_president_stays_unsided_without_a_president_of_one_state():
    text = "Israeli Prime Minister Avi Dror met Vice President Ella Crane on Monday."
    assert [p[2] for p in _people(text) if p[1] == "Ella Crane"] == [None]


def test_a_family_name_opening_another_full_name_is_not_the_person_named_before():
    text = ("Chinese premier Wu Hanlin will host the envoy, as will legislature chief Wu Dexin. Wu said on Monday "
            "the talks were useful.")
    wus = [(p[0], p[1]) for p in _people(text) if p[0] == "Wu"]
    assert wus == [("Wu", "Wu Hanlin")]  # the one after `said`, not the first word of Wu Dexin


@pytest.mark.parametrize("text", [
    "Slovak President Anna Kovac met Austrian Chancellor Paul Egger Tuesday in Vienna.",
    "Slovak President Anna Kovac met Austrian Chancellor Paul Egger Tuesday.",
])
def test_a_weekday_after_a_name_is_no_part_of_it(text):
    assert [p[1] for p in _people(text)] == ["Anna Kovac", "Paul Egger"]


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,expected", [
    ("The minister met the envoy", [(0, "The minister"), (17, "the envoy")]),
    ("Bathe the envoy", [(6, "the envoy")]),  # `the` inside a word is no `the`
    ("(the envoy)", [(1, "the envoy")]),
    ("Athens, then the envoy", [(13, "the envoy")]),
])
def test_the_as_a_word_is_found_as_a_leading_word_boundary_finds_it(text, expected):
    from diplograph.extract.en_chains import THE

    assert [(m.start(), m.group()) for m in re.finditer(THE + r"[a-z]+", text)] == expected
    assert [(m.start(), m.group()) for m in re.finditer(r"\b[Tt]he [a-z]+", text)] == expected


LINES = ["Ana Ruiz, head of the agency.\nBo Lind, chief of the fund, spoke.\nNo name here, head of nothing.",
         "Bo Lind, chief of the fund\nAna Ruiz, head of the agency"]


@pytest.mark.parametrize("text", LINES)
def test_a_pattern_searched_in_the_lines_that_pass_a_test_finds_what_it_finds_in_the_whole_text(text):
    pattern = re.compile(r"(?:^|(?<=[\s(]))([A-Z]\w+ [A-Z]\w+), (\w+) of the")
    every = [m.span() for m in pattern.finditer(text)]
    assert [m.span() for m in _in_lines(pattern, text, lambda line: ", " in line)] == every
    assert [m.group(1) for m in _in_lines(pattern, text, lambda line: "chief" in line)] == ["Bo Lind"]


@pytest.mark.parametrize("text, person", [
    # broadcaster style: the capitalised title opened by `the`, the name set off by commas
    ("The Slovenian President, Anna Kovac, arrived in Vienna on Monday.", ("Anna Kovac", "SVN", "head_of_state")),
    # an honour before the name is no part of it
    ("The Maltese Prime Minister, Sir Ian Borg, arrived in Vienna on Monday.", ("Ian Borg", "MLT",
                                                                                 "head_of_government")),
    ("Maltese Prime Minister Dame Ama Borg arrived in Vienna on Monday.", ("Ama Borg", "MLT", "head_of_government")),
])
def test_a_name_set_off_after_a_title_or_after_an_honour_is_the_holders(text, person):
    assert person in [p[1:] for p in _people(text)]


@pytest.mark.parametrize("text", [
    # a title set off after a title lists two people, not one with a name
    "The Slovenian President, Prime Minister Ian Borg and others arrived in Vienna on Monday.",
    # no closing comma: the words after the comma are not an apposition
    "The Slovenian President, Anna Kovac and Ian Borg arrived in Vienna on Monday.",
])
def test_words_after_a_titles_comma_that_are_no_set_off_name_are_not_its_holder(text):
    assert not any(p[0].startswith("Slovenian President,") for p in _people(text))


def test_sir_and_the_given_name_are_the_knight_named_before():
    text = "The Maltese Prime Minister, Sir Ian Borg, arrived in Vienna on Monday. Sir Ian said the visit was overdue."
    assert ("Sir Ian", "Ian Borg", "MLT", "head_of_government") in _people(text)


@pytest.mark.parametrize("text, person", [
    ("The president sent a message to Ana Ruiz on her election as president of Chile.",
     ("Ana Ruiz", "CHL", "head_of_state")),
    ("The president sent a message to Ana Ruiz on her inauguration as Chile's new president.",
     ("Ana Ruiz", "CHL", "head_of_state")),
    ("The president congratulated Ana Ruiz on her re-election as Chilean prime minister, state media said.",
     ("Ana Ruiz", "CHL", "head_of_government")),
])
def test_the_office_a_person_was_elected_to_gives_the_office_and_side(text, person):
    assert ("Ana Ruiz", *person) in _people(text)


def test_an_election_to_no_known_office_names_nobody():
    assert _people("The club sent flowers to Ana Ruiz on her election as treasurer of Chile's chess league.") == []


@pytest.mark.parametrize("text, person", [
    ("He met Slovenian Deputy Foreign Minister Anna Kovac in Vienna.", ("Anna Kovac", "SVN", "other")),
    ("He met Slovenia's Deputy Foreign Minister Anna Kovac in Vienna.", ("Anna Kovac", "SVN", "other")),
    ("He met Slovenia's Vice President Anna Kovac in Vienna.", ("Anna Kovac", "SVN", "deputy_head_of_state")),
    ("He met Slovenian Assistant Foreign Minister Anna Kovac in Vienna.", ("Anna Kovac", "SVN", "other")),
])
def test_a_deputys_word_before_a_title_makes_its_holder_a_deputy(text, person):
    assert person in [p[1:] for p in _people(text)]


@pytest.mark.parametrize("text, again", [
    ("Indonesian Foreign Minister Budi Santoso arrived in Vienna on Monday. Budi said the visit was overdue.",
     ("Budi", "Budi Santoso", "IDN", "foreign_minister")),
    ("Thai Prime Minister Anan Srisuk arrived in Vienna on Monday. Anan said the visit was overdue.",
     ("Anan", "Anan Srisuk", "THA", "head_of_government")),
])
def test_a_side_that_names_people_by_the_first_word_finds_them_again_by_it(text, again):
    assert again in _people(text)


def test_a_first_name_of_another_side_is_no_reference():
    text = "Austrian Foreign Minister Budi Santoso arrived in Vienna on Monday. Budi said the visit was overdue."
    assert not any(p[0] == "Budi" for p in _people(text))


def test_the_family_name_he_before_a_given_name_opens_a_name():
    text = "Chinese Vice Premier He Wenbo met the envoy on Monday. He said the talks were frank."
    held = ("He Wenbo", "CHN", "deputy_head_of_government")  # the pronoun after him is him, not a name `He said`
    assert _people(text) == [("Chinese Vice Premier He Wenbo", *held), ("He", *held)]


@pytest.mark.parametrize("text, person", [
    # a readout sets the title and country off after the name, without `the`
    ("Anna Kovac, Minister for Foreign Affairs of Slovenia, held a meeting with the envoy.",
     ("Anna Kovac", "SVN", "foreign_minister")),
    # courtesies before the name, the family name in capitals first
    ("The envoy met H.E. Ms. KOVAC Anna, Secretary of Foreign Affairs of the Republic of Slovenia, on Monday.",
     ("KOVAC Anna", "SVN", "foreign_minister")),
    # a post that joins two portfolios, one of them a region (Minister for Europe and Foreign Affairs)
    ("The envoy held a meeting with Mr. Marc Dupuis, Minister for Europe and Foreign Affairs of the French Republic.",
     ("Marc Dupuis", "FRA", "foreign_minister")),
])
def test_a_name_before_a_title_set_off_by_commas_is_the_holders(text, person):
    assert person in [p[1:] for p in _people(text)]


def test_a_title_after_a_comma_left_open_names_no_one_before_it():
    text = "The envoy met Anna Kovac, Minister for Foreign Affairs Ivo Brandt and others on Monday."
    assert ("Anna Kovac", None, None) not in [p[1:] for p in _people(text)]
    assert not any(p[1] == "Anna Kovac" and p[3] == "foreign_minister" for p in _people(text))


def test_a_title_told_as_a_host_is_not_the_sideless_person_named_before():
    """`at the invitation of the Chinese president`: the host, not the visitor named before with no side; a
    title told otherwise, in that sentence or a later one, is the one named before."""
    visit = "President Marco Cardova left for Beijing on Monday at the invitation of the Chinese president."
    assert ("Marco Cardova", None) in [(name, side) for _, name, side, _ in _people(visit)]
    met = "President Marco Cardova met the Chinese president in Beijing."  # two partners of one clause
    assert ("Marco Cardova", None) in [(name, side) for _, name, side, _ in _people(met)]
    for text in ("President Marco Cardova left for Beijing on Monday. The Maltese president will meet Chinese "
                 "leaders.", "President Marco Cardova, who as the Maltese president has long championed ties, met "
                 "Chinese leaders on Tuesday."):
        assert ("Marco Cardova", "MLT") in [(name, side) for _, name, side, _ in _people(text)]


def _headline_people(title: str, body: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(name, side, office) for _, name, side, office in _people(title + "\n" + body)]


@pytest.mark.parametrize(("title", "expected"), [
    ("Maltese president begins state visit to China", ("president", "MLT", "head_of_state")),
    ("Premier meets Chilean foreign minister in Beijing", ("foreign minister", "CHL", "foreign_minister")),
])
def test_a_headline_names_a_demonyms_title_with_no_article(title, expected):
    assert expected in _headline_people(title, "Talks went on.")


@pytest.mark.parametrize("title", ["Former Chilean president dies at 90", "Ex-Chilean president on trial",
                                   "Ousted Chilean president meets envoy", "Would-be Chilean president speaks",
                                   "Chilean president's wife visits Lima", "Chilean president-elect meets envoy"])
def test_a_headline_of_a_past_holder_names_no_holder(title):
    assert _headline_people(title, "Talks went on.") == []


def test_a_demonym_and_a_title_with_no_article_in_the_body_stay_words():
    assert _people("Trade talks began.\nHe praised the Chilean president and Maltese president too.") == [
        ("Chilean president", "president", "CHL", "head_of_state")]


@pytest.mark.parametrize("text", [
    "The envoy met Đào Văn Tú in the capital.",  # as the gazetteer writes it
    "The envoy met Dao Van Tu in the capital.",  # as English copy prints it, accents and stroke dropped
])
def test_a_gazetteer_name_is_found_with_or_without_its_accents(tmp_path, text):
    rows = "Đào Văn Tú\tVNM\thead_of_government\t2024-01-01\t\t\t\tQ0\n"
    assert [a for _, a in _people_of_gazetteer(tmp_path, rows, text)] == ["VNM"]


@pytest.mark.parametrize("headline", ["Vietnamese President To Visit China Next Week",
                                      "Indian Prime Minister To Meet Chinese President In Kazan"])
def test_a_title_case_to_after_a_title_opens_no_name(headline):
    assert not any(n.startswith("To ") for _, n, *_ in _people(headline))


@pytest.mark.parametrize("text, aide, side, office", [
    ("Foreign Minister Ana Vidal of Chile met with Tomas Brandt, chief adviser to the Austrian chancellor, on Monday.",
     "Tomas Brandt", "AUT", "other"),
    ("Foreign Minister Ana Vidal of Chile met with Tomas Brandt, special envoy of the Austrian president, on Monday.",
     "Tomas Brandt", "AUT", "envoy"),
    ("Foreign Minister Ana Vidal of Chile received Tomas Brandt, a senior aide to the Austrian president, on Monday.",
     "Tomas Brandt", "AUT", "other"),
])
def test_an_aide_of_a_leader_told_by_side_and_office_is_of_that_side_and_the_leader_no_one(text, aide, side, office):
    """`X, chief adviser to the Austrian chancellor`: X is of Austria, and the chancellor whose aide he is is no
    person of the sentence (he is not the one met)."""
    people = {(name, affiliation, office_) for _, name, affiliation, office_ in _people(text)}
    assert (aide, side, office) in people
    assert not [p for p in people if p[1] == side and p[0] != aide]


@pytest.mark.parametrize("text, aide, office", [
    ("Foreign Minister Ana Vidal of Chile met with Tomas Brandt, special envoy of President Lena Kroll of Austria, "
     "on Monday.", "Tomas Brandt", "envoy"),
    ("Foreign Minister Ana Vidal of Chile met with Tomas Brandt, senior adviser to Austrian President Lena Kroll, on "
     "Monday.", "Tomas Brandt", "other"),
])
def test_an_aide_of_a_leader_named_is_of_the_leaders_side_and_the_leader_no_one(text, aide, office):
    """`X, special envoy of President Y of Austria`: X is of Austria and the one met; Y is whose envoy he is."""
    people = {(name, affiliation, office_) for _, name, affiliation, office_ in _people(text)}
    assert (aide, "AUT", office) in people
    assert not [p for p in people if p[1] == "AUT" and p[0] != aide]


def test_an_aide_of_a_leader_the_gazetteer_knows_is_the_one_who_acts(tmp_path):
    """`X, special envoy of President Y` where Y is a known leader (found by the gazetteer, not by a title chain):
    X is of Y's side and Y is no person of the sentence."""
    rows = "Lena Kroll\tAUT\thead_of_state\t2024-01-01\t\t\t\tQ0\n"
    text = "Foreign Minister Ana Vidal of Chile met Tomas Brandt, special envoy of President Lena Kroll, on Monday."
    people = _people_of_gazetteer(tmp_path, rows, text)
    assert ("Tomas Brandt", "AUT") in people and ("Lena Kroll", "AUT") not in people


@pytest.mark.parametrize("title", ["Communist Party chief", "party chief", "General Secretary"])
def test_a_partys_chief_holds_a_party_leaders_office(title):
    people = _people(f"Vietnam's {title} Dang Van Minh arrived in Jakarta on Sunday for a state visit.")
    assert ("Dang Van Minh", "VNM", "party_leader") in [(name, side, office) for _, name, side, office in people]


def test_a_leader_told_by_side_and_office_alone_is_still_a_person_without_an_aide():
    people = _people("Foreign Minister Ana Vidal of Chile met with the Austrian chancellor on Monday.")
    assert [(name, side) for _, name, side, _ in people if side == "AUT"] != []


@pytest.mark.parametrize("title, office", [
    ("Vice Minister for Foreign Affairs", "other"),
    ("Deputy Minister of Foreign Affairs", "other"),
    ("State Minister for Foreign Affairs", "other"),
    ("Minister of State for Foreign Affairs", "other"),
    ("Minister for Foreign Affairs", "foreign_minister"),
])
def test_a_deputy_of_a_foreign_ministry_holds_no_foreign_ministers_office(title, office):
    """A portfolio of foreign affairs makes a minister the foreign minister, not his deputy (as `Vice Foreign
    Minister` is no foreign minister)."""
    people = _people(f"Foreign Minister Ana Vidal of Chile met Austrian {title} Tomas Brandt on Monday.")
    assert ("Tomas Brandt", "AUT", office) in [(name, side, office_) for _, name, side, office_ in people]


@pytest.mark.parametrize("text", [
    # a later leader told by side and title alone stays a person of his own
    "Tomas Brandt, chief adviser to the Austrian chancellor, met Foreign Minister Ana Vidal of Chile on Monday. On "
    "Tuesday Vidal held a phone call with the Peruvian president.",
])
def test_an_aides_apposition_leaves_later_titles_alone(text):
    assert ("president", "PER") in [(name, side) for _, name, side, _ in _people(text)]


@pytest.mark.parametrize("text, aide, side", [
    ("On Monday Tomas Brandt, chief adviser to the Austrian chancellor, met Foreign Minister Ana Vidal of Chile.",
     "Tomas Brandt", "AUT"),
    # not an apposition: who she hosted was the envoy; an envoy sent to a leader is of another side
    ("Foreign Minister Ana Vidal of Chile met Clara Stein, who hosted an envoy of the Austrian president last week.",
     "Clara Stein", None),
    ("Foreign Minister Ana Vidal of Chile received Tomas Brandt, the new special envoy to the Austrian president.",
     "Tomas Brandt", None),
])
def test_an_aide_is_read_only_from_an_apposition_of_his_own(text, aide, side):
    people = {name: affiliation for _, name, affiliation, _ in _people(text)}
    assert people.get(aide) == side


def test_a_known_name_inside_another_name_or_an_institutions_is_no_mention(tmp_path):
    """`Omar bin Karim Velkori` is Karim Velkori's son, `the Karim Velkori University` a university: neither is the
    gazetteer's Karim Velkori, whom the text names alone."""
    rows = "Karim Velkori\tRUR\thead_of_state\t2020-01-01\t\t\t\tQ5\n"
    text = "Ana Vidal met Sheikh Omar bin Karim Velkori at the Karim Velkori University on Monday."
    assert ("Karim Velkori", "RUR") not in _people_of_gazetteer(tmp_path, rows, text)
    assert ("Karim Velkori", "RUR") in _people_of_gazetteer(tmp_path, rows, "Ana Vidal met Karim Velkori on Monday.")


@pytest.mark.parametrize("text, side", [
    ("King Charles III received Chilean President Ana Ruiz at Buckingham Palace on Monday.", "GBR"),
    ("King Willem-Alexander received Chilean President Ana Ruiz in The Hague on Monday.", "NLD"),
])
def test_a_monarch_of_several_realms_is_named_for_the_realm_his_label_names(text, side):
    """The shipped gazetteer names a monarch by his English label only in the realm his other label names (Charles
    III: the United Kingdom), so the realm he is found in is not left to the order of the rows."""
    assert [affiliation for _, name, affiliation, _ in _people(text) if name != "Ana Ruiz"] == [side]


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Vidal of Chile met Austrian counterpart Tomas Brandt in Vienna on Monday.",
    "Foreign Minister Ana Vidal of Chile held talks with Austrian counterpart Tomas Brandt in Vienna on Monday.",
])
def test_wire_copys_counterpart_without_a_possessive_is_of_that_side(text):
    """Wire copy drops `his` after the act (`met Austrian counterpart A B`): the counterpart is Austria's."""
    assert ("Tomas Brandt", "AUT") in [(name, side) for _, name, side, _ in _people(text)]
