"""Issue 18 on reported plans, on sentences written for these tests (invented people and wording): whoever says
that a person of another side will do something (特使告诉记者，甲预计将签署协议; the envoy said A will sign)
only reports it and is no party to it, unless what he says speaks of him too (甲将与他会面)."""

from __future__ import annotations

import pytest

from diplograph.config import load_settings
from diplograph.doc import RawRecord
from diplograph.services import build_pipeline, process_record
from tests.conftest import read_feed_item

pytestmark = pytest.mark.issue(18)


@pytest.fixture(scope="module")
def pipeline():
    return build_pipeline(load_settings(env={}))


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
