"""The leaders gazetteer is data rebuilt from its sources (issue 17): the shipped file is what the build
script makes of them, and every Chinese form it gives is a name the extractor finds."""

from __future__ import annotations

import importlib.util

import ahocorasick_rs
import pytest

from diplograph.extract.gazetteer import _leftmost_longest, load_gazetteer
from diplograph.lexicons import read_rows
from diplograph.resolve.identity import PeopleIndex
from tests.conftest import ROOT, shared_or_skip


def _build_script():
    spec = importlib.util.spec_from_file_location("build_people", ROOT / "scripts" / "build_people.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_people_tsv_is_what_its_sources_build():
    shared = shared_or_skip()
    built = _build_script().build(shared / "gazetteer_sources")
    shipped = (ROOT / "diplograph" / "lexicons" / "people.tsv").read_text(encoding="utf-8")
    assert built == shipped, "run: python scripts/build_people.py ../shared/gazetteer_sources"


def test_people_tsv_states_its_licence_and_sources():
    head = (ROOT / "diplograph" / "lexicons" / "people.tsv").read_text(encoding="utf-8").split("\n", 8)[:7]
    assert any("CC BY-SA 4.0" in line for line in head) and any("CC-CEDICT" in line for line in head)


def test_an_open_term_ends_when_the_next_holder_begins():
    close = _build_script().close_open_terms
    rows = {("A", "XAA", "head_of_government", "2020-01-01", "", "Q1"),
            ("B", "XAA", "head_of_government", "2024-05-01", "", "Q2"),
            ("C", "EU", "org_head", "2019-12-01", "", "Q3"), ("D", "EU", "org_head", "2024-12-01", "", "Q4")}
    ends = {r[0]: r[4] for r in close(rows)}
    assert ends == {"A": "2024-05-01", "B": "", "C": "", "D": ""}  # the EU has two heads at once


def test_open_foreign_ministers_are_seen_open_on_their_extracts_newest_day(tmp_path):
    (tmp_path / "foreign_ministers_wikidata.csv").write_text(
        "person,name,country,countryLabel,position,positionLabel,start,psid\n"
        "Q1,Ana Vel,Q9,Freedonia,Q8,Minister of Foreign Affairs,2019-02-01,x\n"
        "Q2,Bo Tam,Q7,Sylvania,Q8,Minister of Foreign Affairs,2021-07-09,y\n", encoding="utf-8")
    rows, seen = _build_script().foreign_minister_rows(tmp_path, {"Freedonia": "XFR", "Sylvania": "XSY"})
    assert seen == "2021-07-09" and {r[1] for r in rows} == {"XFR", "XSY"}


def test_every_chinese_form_is_found_in_a_text():
    rows = [r for r in read_rows("people.tsv") if len(r) > 6 and (r[5] or r[6])]
    assert rows, "the gazetteer gives Chinese names"
    gaz = load_gazetteer()
    name, _, _, _, _, hans, hant = rows[0][:7]
    for form in hans.split("|") + hant.split("|"):
        if form:
            hits = [h for h in gaz.actors.find(f"据报道，{form}表示") if "person" in h.kinds]
            assert hits and hits[0].start == 4, form


def test_a_snapshot_never_gives_a_person_someone_elses_id():
    agreeing = _build_script().agreeing
    known = {("Alma Vester", "XAA", "head_of_government", "2010-01-01", "", "Q1")}
    rows = {("Boris Karanov", "EU", "org_head", "2020-01-01", "", "Q1"),
            ("Alma Vester", "XAA", "head_of_government", "2024-01-01", "", "Q1")}
    assert agreeing(rows, known) == {("Boris Karanov", "EU", "org_head", "2020-01-01", "", ""),
                                     ("Alma Vester", "XAA", "head_of_government", "2024-01-01", "", "Q1")}


def test_a_gloss_opening_with_a_western_given_name_holds_the_romanised_han_name():
    module = _build_script()
    assert module._native_part(["Robert", "Lin", "Wen-hao"], 3) == "Lin Wen-hao"
    assert module._native_part(["General", "Aung", "Min"], 2) == "Aung Min"
    assert module._native_part(["Olaf", "Brandt"], 3) is None


def test_a_matcher_built_for_one_search_finds_what_the_default_one_finds():
    # leftmost-longest, Latin word edges: the automaton chosen for speed must not change a hit
    from diplograph.extract.gazetteer import Entry, Matcher

    items = [(w, Entry("person", w)) for w in ("柯文远", "柯文", "Odile Marsan", "Odile")]
    text = "柯文远会见Odile Marsan。柯文说，Odiles和Odile Marsanne都不在。"
    default, once = Matcher(items).find(text), Matcher(items, once=True).find(text)
    assert [(h.start, h.end) for h in once] == [(h.start, h.end) for h in default]
    assert [text[h.start:h.end] for h in once] == ["柯文远", "Odile Marsan", "柯文"]


def test_a_lexicon_searched_with_a_dfa_finds_what_one_searched_with_the_default_nfa_finds(monkeypatch):
    # a small lexicon gets the faster DFA, the actor lexicon keeps the default: either must give the same hits
    from diplograph.extract import gazetteer
    from diplograph.extract.gazetteer import Entry, Matcher

    items = [(w, Entry("cue", w)) for w in ("met", "meeting", "is meeting", "talks", "会谈", "举行会谈", "会见")]
    text = "His meeting with Odile: they met, held talks and is meeting again. 双方举行会谈。会见后"
    dfa = Matcher(items, ignore_case=True).find(text)
    monkeypatch.setattr(gazetteer, "DFA_FORMS", 0)
    nfa = Matcher(items, ignore_case=True).find(text)
    assert [(h.start, h.end) for h in dfa] == [(h.start, h.end) for h in nfa]
    assert [text[h.start:h.end] for h in dfa] == ["meeting", "met", "talks", "is meeting", "举行会谈", "会见"]


def test_a_regions_family_name_joins_the_one_person_whose_full_form_ends_on_it():
    add = _build_script().with_family_forms
    forms = {"Q1": ({"卡尔·多瓦"}, {"卡爾·多瓦"}), "Q2": (set(), {"安·貝克"}), "Q3": (set(), {"比爾·貝克"}),
             "Q4": (set(), {"莫拉·林"})}
    last = {"Q1": "dova", "Q2": "baker", "Q3": "baker", "Q4": "lin"}
    families = {"dova": ({"多瓦"}, {"多瓦", "杜瓦"}), "baker": (set(), {"貝克"}), "lin": (set(), {"林"})}
    found = {"karldova": forms["Q1"], "annbaker": forms["Q2"], "billbaker": forms["Q3"], "moralin": forms["Q4"],
             "linsorensen": (set(), {"林·索倫森"})}
    add(forms, last, families, found)
    assert forms["Q1"] == ({"卡尔·多瓦", "多瓦"}, {"卡爾·多瓦", "多瓦"})  # 杜瓦 ends none of his forms
    assert "貝克" not in forms["Q2"][1] | forms["Q3"][1]  # two people end on it: it names neither
    assert forms["Q4"][1] == {"莫拉·林"}  # 林 opens someone else's name: a given name there


def test_a_snapshot_never_makes_a_prime_minister_head_of_state_over_an_open_reign():
    uncontradicted = _build_script().uncontradicted
    known = {("Old King", "XAA", "head_of_state", "2015-01-01", "", "Q1"),
             ("Crown Prince", "XAA", "head_of_government", "2022-01-01", "", "Q2"),
             ("New President", "XBB", "head_of_state", "2024-01-01", "", "Q4")}
    snapshot = {("Crown Prince", "XAA", "head_of_state", "2022-01-01", "", "Q2"),
                ("Crown Prince", "XAA", "head_of_government", "2022-01-01", "", "Q2"),
                ("Newer President", "XBB", "head_of_state", "2026-01-01", "", "Q5")}
    assert uncontradicted(snapshot, known) == {("Crown Prince", "XAA", "head_of_government", "2022-01-01", "", "Q2"),
                                               ("Newer President", "XBB", "head_of_state", "2026-01-01", "", "Q5")}


def test_the_shipped_gazetteer_keeps_the_king_head_of_state_and_the_crown_prince_prime_minister():
    from diplograph.extract.event_leaders import leader_on, load_terms

    terms = load_terms()["SAU"]
    assert leader_on(terms, "2025-03-09", heads_only=True).names["en"].startswith("Salman bin Abdalaziz")
    assert leader_on(terms, "2025-03-09", premier_led=True).names["en"].endswith("bin Salman")


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,kinds", [
    ("Deputy Envoy", ["title"]),  # the whole text is one form
    ("Deputy", ["title", "body"]),  # every entry of the form, in the lexicon's order
    ("Deputy Envoy Ana", []),  # a form that only opens the text is no whole match
    ("Envoy", []),
])
def test_matcher_whole_is_the_first_hit_of_find_when_it_spans_the_text(text, kinds):
    from diplograph.extract.gazetteer import Entry, Matcher

    matcher = Matcher([("Deputy Envoy", Entry("title", "envoy")), ("Deputy", Entry("title", "other")),
                       ("Deputy", Entry("body", "-"))])
    assert [e.kind for e in matcher.whole(text)] == kinds
    hits = matcher.find(text)
    spans = bool(hits) and hits[0].start == 0 and hits[0].end == len(text)
    assert (list(hits[0].entries) if spans else []) == list(matcher.whole(text))


@pytest.mark.issue(18)
@pytest.mark.parametrize("text,k,form", [
    ("甲国某某辦主任", 5, "某某辦"),  # the institution right before the title
    ("甲国某辦主任", 4, "某辦"),
    ("甲国某某部主任", 5, ""),  # no institution of one state ends there
    ("某某辦", 0, ""),
])
def test_body_before_is_the_first_state_institution_ending_at_the_title(text, k, form):
    from diplograph.extract.gazetteer import Gazetteer, Matcher

    gaz = Gazetteer(actors=Matcher([]), cues=Matcher([]), outlets=[], codes=[],
                    state_bodies=(("某某辦", "AAA"), ("某辦", "AAA")))
    assert gaz.body_before(text, k) == form


@pytest.mark.issue(18)
@pytest.mark.parametrize(("text", "found"), [
    ("She cancelled his meeting with the envoy.", ["meeting with"]),  # `is meeting` inside `his` is refused
    ("This meeting with the envoy was short.", ["meeting with"]),
    ("He is meeting the envoy.", ["is meeting"]),
    ("Vessania and Vessanian envoys", ["Vessania"]),  # no form inside a longer word
])
def test_a_form_refused_inside_a_word_leaves_room_for_one_that_starts_within_it(text, found):
    from diplograph.extract.gazetteer import Entry, Matcher

    matcher = Matcher([("is meeting", Entry("cue", "ahead")), ("meeting with", Entry("trigger", "meeting")),
                       ("Vessania", Entry("country", "VSS"))])
    assert [text[h.start : h.end] for h in matcher.find(text)] == found


@pytest.mark.parametrize(("word", "opens"), [("Foreign", True), ("Prime", True), ("Weather", False), ("foreign", False)])
def test_a_title_opens_with_the_first_word_of_one_of_its_forms(word, opens):
    assert load_gazetteer().opens_title(word) is opens


def test_the_titles_a_state_gives_none_of_its_own_are_found_by_state():
    gaz = load_gazetteer()
    assert {"Chancellor", "Crown Prince"} <= gaz.foreign_titles("USA")
    assert "President" not in gaz.foreign_titles("USA")
    assert gaz.foreign_titles("no such state") == frozenset()


@pytest.mark.parametrize(("text", "forms"), [
    ("柯文远说柯文远和柯文", ["柯文", "柯文远", "文远说"]),
    ("abcabcab", ["ab", "abc", "bca", "cab"]),
    ("aaaa", ["aa", "a"]),
    ("no form here", ["x y"]),
])
def test_a_search_per_form_finds_what_a_leftmost_longest_automaton_finds(text, forms):
    automaton = ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    assert _leftmost_longest(text, forms) == [tuple(m) for m in automaton.find_matches_as_indexes(text)]


def _outlet_by_rows(gaz, agency: str, dateline: str, host: str) -> str | None:
    """The first outlet row that names the agency or the dateline, or whose domain the host is or ends in."""
    for kind, pattern, code in gaz.outlets:
        if kind == "agency" and (pattern in agency or pattern in dateline):
            return code
        if kind == "domain" and host and (host == pattern or host.endswith("." + pattern)):
            return code
    return None


@pytest.mark.parametrize(("agency", "dateline", "host"), [
    ("", "", "www.mfa.gov.cn"), ("", "", "english.news.cn"), ("", "", "focustaiwan.tw"), ("", "", "news.rthk.hk"),
    ("", "", "gov.cn"), ("", "", "notgov.cn"), ("", "", ""), ("Kyodo", "", "www.cnn.com"),
    ("", "新华社北京电", "apnews.com"), ("", "", "example.org"), ("", "", "a..tw"), ("路透社", "", "reuters.com"),
])
def test_an_outlets_side_is_its_first_row_that_fits(agency, dateline, host):
    gaz = load_gazetteer()
    assert gaz.outlet_side(agency, dateline, host) == _outlet_by_rows(gaz, agency, dateline, host)


def test_a_latin_word_character_is_an_ascii_letter_digit_or_apostrophe():
    # the set look-up that bounds Latin matches: every code point answers as the ASCII tests it replaced
    from diplograph.extract.gazetteer import _latin

    assert all(_latin(c) == (c.isascii() and (c.isalnum() or c == "'")) for c in map(chr, range(0x3000)))
    assert not _latin("’") and not _latin("é") and not _latin("国")


def test_a_person_is_named_by_the_english_label_and_found_by_every_other(tmp_path):
    """The history extract gives some people another language's label (`Rodrigo IV da Ruritânia`): the English
    extract's label names them, a monarch's realm cut off as reports write him, and the other label stays a form
    found in a text; a nickname in quotes, or a given name alone once the realm is cut, is no name."""
    (tmp_path / "world_leaders_2021_wikidata.csv").write_text(
        "countryid,country,position,positionLabel,officeholder,officeholderLabel,start_year,end_year\n"
        "Q9,Ruritania,Q8,King of Ruritania,Q1,Rodrigo IV of Ruritania,2001,\n"
        "Q9,Ruritania,Q7,Prime Minister of Ruritania,Q2,\"Anton \"\"Bear\"\" Velkor\",2020,\n"
        "Q9,Ruritania,Q6,Prince of Ruritania,Q3,\"Karl II, Prince of Ruritania\",2020,\n"
        "Q9,Ruritania,Q5,Emir of Ruritania,Q4,Faisal of Ruritania,2020,\n", encoding="utf-8")
    script = _build_script()
    english = script.english_labels(tmp_path)
    assert english == {"Q1": "Rodrigo IV", "Q3": "Karl II"}
    iso3 = {"Ruritânia": "RUR", "Graustark": "GRK"}
    rows, others = script.in_english([("Rodrigo IV da Ruritânia", "RUR", "head_of_state", "2001-01-01", "", "Q1"),
                                      ("Anton Velkor", "RUR", "head_of_government", "2020-01-01", "", "Q2")],
                                     english, iso3)
    assert [r[0] for r in rows] == ["Anton Velkor", "Rodrigo IV"]
    assert others["Q1"] == {"Rodrigo IV da Ruritânia"} and not others["Q2"]
    # a monarch of two realms: named so in the realm his other label names, the other realm's row keeps its name
    rows, _ = script.in_english([("Rodrigo IV da Ruritânia", "RUR", "head_of_state", "2001-01-01", "", "Q1"),
                                 ("Rodrigo IV da Ruritânia", "GRK", "head_of_state", "2001-01-01", "", "Q1")],
                                english, iso3)
    assert sorted((r[1], r[0]) for r in rows) == [("GRK", "Rodrigo IV da Ruritânia"), ("RUR", "Rodrigo IV")]


def test_other_latin_forms_of_the_tenth_column_find_the_person(tmp_path):
    """A form of the tenth column (another spelling the sources give) is found in a text as the person, and
    resolves to his id by name."""
    row = ["Aleksei Velkorov", "RUR", "head_of_state", "2020-01-01", "", "", "", "Q5", "", "Alexei Velkorov|Velkorov II"]
    (tmp_path / "people.tsv").write_text("\t".join(row) + "\n", encoding="utf-8")
    gaz = load_gazetteer(str(tmp_path))
    hits = [h for h in gaz.actors.find("Talks with Alexei Velkorov began.") if "person" in h.kinds]
    assert [(h.start, h.end) for h in hits] == [(11, 26)]
    assert PeopleIndex([row]).resolve(["Alexei Velkorov"], "RUR", "head_of_state", "2024-01-01") == ("Q5", "by_name")
    assert not [h for h in gaz.actors.find("Talks with Alexei Petrov began.") if "person" in h.kinds]


@pytest.mark.parametrize("printed", ["Karim bin Said Al Velkori", "Karim bin Said al-Velkori",
                                     "Karim bin Said Al-Velkori"])
def test_a_romanised_arabic_article_is_found_however_an_outlet_writes_it(tmp_path, printed):
    """`Al Thani`, `al-Thani`, `Al-Thani`: one name whichever way the article is printed; not a word that only
    holds `al` (`Karim bin Said Alvelkori` is someone else)."""
    (tmp_path / "people.tsv").write_text("Karim bin Said al-Velkori\tRUR\thead_of_state\t2020-01-01\t\t\t\tQ5\n",
                                         encoding="utf-8")
    gaz = load_gazetteer(str(tmp_path))
    text = f"Talks with {printed} began."
    assert [text[h.start:h.end] for h in gaz.actors.find(text) if "person" in h.kinds] == [printed]
    other = "Talks with Karim bin Said Alvelkori began."
    assert not [h for h in gaz.actors.find(other) if "person" in h.kinds]


def test_regional_forms_tsv_is_what_cldr_builds():
    pytest.importorskip("babel")
    spec = importlib.util.spec_from_file_location("build_regional_forms", ROOT / "scripts" / "build_regional_forms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = [tuple(row) for row in read_rows("regional_forms.tsv")]
    assert shipped == module.regional_forms(), "run: python scripts/build_regional_forms.py"
    assert {("TWN", "瓜地馬拉"), ("TWN", "義大利"), ("HKG", "危地馬拉")} <= set(shipped)
