"""Issue 18 on sentences written for these tests (invented people and wording): whoever says that a person of
another side will do something (特使告诉记者，甲预计将签署协议; the envoy said A will sign) only reports it and is
no party to it, unless what he says speaks of him too (甲将与他会面); an official whose title names no side,
listed after one of a side, is of it; a planned meeting with several officials of one side is one call on each."""

from __future__ import annotations

import pytest

from diplograph.doc import RawRecord
from diplograph.extract.actors import find_mentions
from diplograph.extract.gazetteer import load_gazetteer
from diplograph.services import process_record
from tests.conftest import read_feed_item

pytestmark = pytest.mark.issue(18)


@pytest.fixture
def page(pipeline, tmp_path):
    def run(title: str, body: str, day: str = "2024-05-09T10:00:00+08:00"):
        return read_feed_item(pipeline, tmp_path, title, body, day)

    return run


@pytest.fixture(scope="module")
def read(pipeline):
    def run(body: str, day: str = "2024-05-06"):
        text = f"Envoys talk\n{day} 10:00 Source: Newswire\n{body}\n"
        return process_record(RawRecord(source="page.txt", data=text.encode(), fmt="text"), pipeline)

    return run


def _sides(doc) -> list[tuple[str, list[str]]]:
    return [(e["type"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events]


@pytest.mark.parametrize("body", [
    "丹麦驻智利特使拉斯穆森周六告诉记者，智利总统索托预计将在访问期间签署一项协议。",
    "丹麥駐智利特使拉斯穆森週六告訴記者，智利總統索托將在訪問期間簽署一項協議。",
    "丹麦外交大臣拉斯穆森表示，智利总统索托将签署一项协议。",
])
def test_who_says_another_side_will_sign_is_no_party_to_it(page, body):
    assert _sides(page("特使谈协议", body)) == []


def test_who_is_spoken_of_in_what_he_says_stays_a_party(page):
    """他: the speaker is in the plan he tells of."""
    doc = page("外长谈会面", "丹麦外交大臣拉斯穆森表示，智利总统索托将于下周与他会面。")
    assert _sides(doc) == [("meeting", ["CHL", "DNK"])]


def test_a_plan_told_of_two_other_people_keeps_them_both(page):
    doc = page("特使谈会谈", "丹麦特使拉斯穆森告诉记者，智利总统索托将于下周与秘鲁总统加西亚举行会谈。")
    assert _sides(doc) == [("talks", ["CHL", "PER"])]


def test_a_sides_own_act_told_without_a_speaker_is_still_an_event(page):
    doc = page("两国签署协议", "丹麦外交大臣拉斯穆森与智利总统索托周二签署一项协议。")
    assert _sides(doc) == [("agreement", ["CHL", "DNK"])]


@pytest.mark.parametrize("body", [
    "Danish envoy Lars Rasmussen told reporters that Chilean President Ana Soto is expected to sign a joint "
    "statement during the visit.",
    "Danish envoy Lars Rasmussen said Chilean President Ana Soto will meet Peruvian lawmakers in Lima next week.",
])
def test_an_english_speaker_of_another_sides_plan_is_no_party(read, body):
    assert _sides(read(body)) == []


def test_an_english_speaker_the_plan_names_again_stays_a_party(read):
    doc = read("Danish envoy Lars Rasmussen said Chilean President Ana Soto will meet him in Lima next week.")
    assert _sides(doc) == [("meeting", ["CHL", "DNK"])]


# ---- officials listed after a person of one side, and a planned programme of calls on them


def _people(text: str) -> list[tuple[str, str | None, str | None]]:
    gaz = load_gazetteer()
    found = find_mentions(text, gaz.actors.find(text), gaz.cues.find(text), gaz, None, "2025-03-01", False)
    return [(m.name, m.affiliation, m.office) for m in found if m.kind == "person"]


@pytest.mark.parametrize("text", [
    "Peruvian Foreign Minister Ana Kerr will meet Chilean Foreign Minister Tomas Vidal and national security "
    "adviser Lena Holt in Santiago.",
    "Chilean Foreign Minister Tomas Vidal, national security adviser Lena Holt and other aides attended.",
    "The envoy called on Chilean Foreign Minister Tomas Vidal, and national security adviser Lena Holt.",
])
def test_an_official_of_no_side_listed_after_one_of_a_side_is_of_that_side(text):
    assert ("Lena Holt", "CHL", "other") in _people(text)


@pytest.mark.parametrize("text", [
    # her own state follows her name
    "Chilean Foreign Minister Tomas Vidal and national security adviser Lena Holt of Peru spoke.",
    # the person before her has no side the text gives
    "Foreign Minister Tomas Vidal and national security adviser Lena Holt spoke.",
])
def test_a_listed_official_takes_no_side_the_list_does_not_give(text):
    assert all(p[1] != "CHL" for p in _people(text) if p[0] == "Lena Holt")


def test_a_planned_meeting_with_officials_of_one_side_is_one_call_on_each(read):
    doc = read("Peruvian Foreign Minister Ana Kerr is expected to meet Chilean Foreign Minister Tomas Vidal and "
               "national security adviser Lena Holt in Santiago.")
    assert sorted(_names(doc)) == [["Ana Kerr", "Lena Holt"], ["Ana Kerr", "Tomas Vidal"]]
    assert {e["status"] for e in doc.events} == {"planned"}


@pytest.mark.parametrize("body", [
    # told as held: one meeting with both
    "Peruvian Foreign Minister Ana Kerr met Chilean Foreign Minister Tomas Vidal and national security "
    "adviser Lena Holt in Santiago on Friday.",
    # a plural title names a team: one meeting with the team
    "Peruvian Foreign Minister Ana Kerr will meet Chilean envoys Tomas Vidal and Lena Holt in Santiago.",
])
def test_a_meeting_told_as_one_stays_one(read, body):
    assert len(read(body).events) == 1


def _names(doc) -> list[list[str]]:
    return [sorted(p["name"]["en"] for p in e["participants"]) for e in doc.events]
