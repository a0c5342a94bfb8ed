"""Issue 18 on Chinese news: one sentence telling two interactions in clauses of their own (甲将访华，乙将访问甲国;
访问甲、乙、丙三国，并在某地同丁举行会晤; 会见甲后又同乙通电话), each read as its own event, and the sentences whose
later clause only goes on with the same act (抵达甲国，并同甲国总统会谈; 会见甲后，两国签署…), kept as one. The
sentences are written for these tests (invented wording and pairings), in Simplified and Traditional script."""

from __future__ import annotations

import pytest

from tests.conftest import read_feed_item

pytestmark = pytest.mark.issue(18)


@pytest.fixture
def page(pipeline, tmp_path):
    def run(title: str, body: str):
        return read_feed_item(pipeline, tmp_path, title, body, "2024-05-09T10:00:00+08:00")

    return run


def _told(doc) -> list[tuple[str, str, str | None, list[str]]]:
    return sorted((e["type"], e["status"], e["date"], sorted(p["affiliation"] for p in e["participants"]))
                  for e in doc.events)


@pytest.mark.parametrize("body", [
    "法国总统马克龙将于下周访问印度，印度总理莫迪将于年底访问法国。",  # the host named as a place first
    "法國總統馬克龍將於下週訪問印度，印度總理莫迪將於年底訪問法國。",
])
def test_reciprocal_visits_each_with_its_own_visitor(page, body):
    doc = page("互访", body)
    assert [(e["type"], sorted(p["affiliation"] for p in e["participants"])) for e in doc.events] == [
        ("visit", ["FRA", "IND"])] * 2
    assert {e["participants"][0]["affiliation"] for e in doc.events} == {"FRA", "IND"}


@pytest.mark.parametrize("body", [
    "据悉，丹麦首相拉斯穆森将于下月访华，中国国务院总理李强将于年内访问丹麦。",
    "據悉，丹麥首相拉斯穆森將於下月訪華，中國國務院總理李強將於年內訪問丹麥。",
])
def test_two_planned_visits_each_with_its_own_subject(page, body):
    doc = page("两国领导人互访", body)
    assert [(e["type"], e["status"]) for e in doc.events] == [("visit", "planned")] * 2
    assert {e["participants"][0]["affiliation"] for e in doc.events} == {"CHN", "DNK"}  # each its own visitor


@pytest.mark.parametrize("body", [
    "智利外长索托5月6日至9日访问德、法、意，并在布鲁塞尔同欧盟领导人举行会晤。",
    "智利外长索托5月6日至9日访问德国、法国、意大利，并在布鲁塞尔同欧盟领导人举行会晤。",
    "智利外長索托5月6日至9日訪問德國、法國、義大利，並在布魯塞爾同歐盟領導人舉行會晤。",
])
def test_a_tour_and_a_meeting_elsewhere_with_someone_else(page, body):
    told = _told(page("外长出访", body))
    assert sorted((kind, sides) for kind, _, _, sides in told) == [
        ("meeting", ["CHL", "EU"]), ("visit", ["CHL", "DEU"]), ("visit", ["CHL", "FRA"]), ("visit", ["CHL", "ITA"])]


@pytest.mark.parametrize("body", [
    "丹麦首相拉斯穆森周二会见智利外长索托后又同法国总统马克龙通电话。",
    "丹麥首相拉斯穆森週二會見智利外長索托後又同法國總統馬克龍通電話。",
])
def test_a_meeting_then_a_call_with_someone_else(page, body):
    assert _told(page("通话", body)) == [("meeting", "held", "2024-05-07", ["CHL", "DNK"]),
                                         ("phone_call", "held", "2024-05-07", ["DNK", "FRA"])]


@pytest.mark.parametrize("body", [
    "丹麦首相拉斯穆森周二会见了智利外长索托，法国总统马克龙同日会见了德国总理朔尔茨。",
    "丹麦首相拉斯穆森周二同法国总统马克龙通电话，德国总理朔尔茨也于当天同马克龙通话。",
])
def test_a_later_clause_with_its_own_subject_tells_its_own_act(page, body):
    told = _told(page("会见", body))
    assert len(told) == 2 and told[0][3] != told[1][3]


@pytest.mark.parametrize("body,day", [
    ("丹麦首相拉斯穆森7日会见智利外长索托，8日同法国总统马克龙举行会谈。", "2024-05-08"),
    ("丹麥首相拉斯穆森7日會見智利外長索托，隨後與法國總統馬克龍舉行會談。", "2024-05-07"),
    ("丹麦首相拉斯穆森7日会见智利外长索托，并同法国总统马克龙举行会谈。", "2024-05-07"),
    ("丹麦首相拉斯穆森7日会见了智利外长索托，并将于10日同法国总统马克龙举行会谈。", "2024-05-10"),
])
def test_a_clause_opening_with_its_partner_goes_on_with_the_subject(page, body, day):
    state = "planned" if day > "2024-05-09" else "held"  # 将于10日: a plan in its own clause
    assert _told(page("会见", body)) == [("meeting", "held", "2024-05-07", ["CHL", "DNK"]),
                                         ("talks", state, day, ["DNK", "FRA"])]


@pytest.mark.parametrize("body", ["丹麦首相拉斯穆森7日会见智利外长索托，同时与法国总统马克龙通了电话。",
                                  "丹麥首相拉斯穆森7日會見智利外長索托，同時與法國總統馬克龍通了電話。"])
def test_a_call_told_with_the_aspect_word_inside_the_verb(page, body):  # 通了电话: the call, 了 inside it
    assert [kind for kind, *_ in _told(page("会见", body))] == ["meeting", "phone_call"]


@pytest.mark.parametrize("body,expected", [
    ("丹麦首相拉斯穆森7日同法国总统马克龙举行会谈，并会见了智利外长索托。",
     [("meeting", "held", "2024-05-07", ["CHL", "DNK"]), ("talks", "held", "2024-05-07", ["DNK", "FRA"])]),
    ("丹麥首相拉斯穆森7日同法國總統馬克龍舉行會談，隨後會見了智利外長索托。",
     [("meeting", "held", "2024-05-07", ["CHL", "DNK"]), ("talks", "held", "2024-05-07", ["DNK", "FRA"])]),
    ("丹麦首相拉斯穆森7日同法国总统马克龙举行会谈，8日将访问智利。",
     [("talks", "held", "2024-05-07", ["DNK", "FRA"]), ("visit", "planned", "2024-05-08", ["CHL", "DNK"])]),
])
def test_a_clause_opening_with_its_verb_goes_on_with_the_subject(page, body, expected):
    assert _told(page("会谈", body)) == expected


@pytest.mark.parametrize("body,expected", [
    ("法国总统马克龙5月6日至8日对中国进行国事访问，期间同中国国家主席习近平举行会谈。", [("talks", ["CHN", "FRA"])]),
    # talks with the host during the visit: one event, as gold joins them
    ("智利外长索托周二抵达哥本哈根，并同丹麦首相拉斯穆森举行会谈。", [("talks", ["CHL", "DNK"])]),
    ("丹麦首相拉斯穆森周二访问智利，并同智利总统博里奇举行会谈。", [("talks", ["CHL", "DNK"])]),
    ("巴西总统卢拉将出席二十国集团峰会并对阿根廷进行国事访问。", [("visit", ["ARG", "BRA"])]),
    ("丹麦首相拉斯穆森周二会见并宴请智利外长索托。", [("meeting", ["CHL", "DNK"])]),
    # the host receiving the visitor: the visit's talks, told as before
    ("丹麦首相拉斯穆森将于下月访华，国务院总理李强将与其举行会谈。", [("talks", ["CHN", "DNK"])]),
    ("丹麦首相拉斯穆森7日访华，国家主席习近平在人民大会堂同拉斯穆森举行会谈。", [("talks", ["CHN", "DNK"])]),
    ("丹麥首相拉斯穆森7日訪華，並同國家主席習近平舉行會談。", [("talks", ["CHN", "DNK"])]),
    # a wish, a recalled act, or what was said, in a later clause: no act of its own
    ("丹麦首相拉斯穆森7日会见智利外长索托，希望同法国总统马克龙举行会谈。", [("meeting", ["CHL", "DNK"])]),
    ("丹麦首相拉斯穆森7日会见智利外长索托时说，他期待同法国总统马克龙会晤。", [("meeting", ["CHL", "DNK"])]),
    ("丹麦首相拉斯穆森7日会见智利外长索托，此前他曾与法国总统马克龙通电话。", [("meeting", ["CHL", "DNK"])]),
    # the act named again to time someone's presence
    ("丹麦首相拉斯穆森同法国总统马克龙举行会谈，会谈时德国总理朔尔茨也在场。", [("talks", ["DNK", "FRA"])]),
    # a clause ending in 后 only times what follows
    ("丹麦首相拉斯穆森周二会见智利外长索托后，两国签署了合作文件。", [("agreement", ["CHL", "DNK"])]),
    ("丹麦首相拉斯穆森周二在哥本哈根会见智利外长索托，双方就双边关系交换意见。", [("meeting", ["CHL", "DNK"])]),
])
def test_a_clause_going_on_with_the_same_act_is_not_read_apart(page, body, expected):
    assert [(kind, sides) for kind, _, _, sides in _told(page("会见", body))] == expected


@pytest.mark.parametrize("body", [
    "印尼外长苏达明日前在雅加达会见来访的智利外长，双方就经贸合作交换意见。",  # a name ending in 明, then 日前
    "印尼外長蘇達明日前在雅加達會見來訪的智利外長，雙方就經貿合作交換意見。",
])
def test_a_name_ending_in_ming_before_riqian_is_whole_and_the_meeting_was_held(page, body):
    """明日前 after a name is its last character and 日前 (recently), not 明日 (tomorrow)."""
    doc = page("会见", body)
    assert [(e["type"], e["status"]) for e in doc.events] == [("meeting", "held")]
    names = {n for e in doc.events for p in e["participants"] for n in p["name"].values()}
    assert {"苏达明", "蘇達明"} & names


@pytest.mark.parametrize("body", ["印尼外长苏达明日前往智利访问，将与智利外长会谈。",
                                  "印尼外長蘇達明日前赴智利，與智利外長舉行會談。",
                                  "智利外長羅培茲明日前來印尼訪問，並將與印尼外長蘇達會談。"])
def test_mingri_before_a_verb_of_going_or_coming_is_still_tomorrow(page, body):
    doc = page("出访", body)
    assert {e["status"] for e in doc.events} == {"planned"}
    names = {n for e in doc.events for p in e["participants"] for n in p["name"].values()}
    assert not any(n.endswith("明") for n in names)


@pytest.mark.parametrize("body", [
    "根据两国三年前签署的协议，印尼外长苏达9日在雅加达同来访的智利外长举行会谈。",
    "根據兩國三年前簽署的協議，印尼外長蘇達9日在雅加達同來訪的智利外長舉行會談。",
    "按照双方元首会晤时达成的共识，印尼外长苏达9日在雅加达同来访的智利外长举行会谈。",
])
def test_an_act_qualifying_the_noun_of_a_phrase_of_basis_is_no_act_of_the_sentence(page, body):
    """根据…签署的协议，: the agreement (or meeting) the phrase names came before; the talks after it are the news."""
    assert [(e["type"], e["status"], e["date"]) for e in page("会谈", body).events] == [
        ("talks", "held", "2024-05-09")]


def test_a_phrase_of_basis_before_the_act_itself_leaves_the_act(page):
    doc = page("会谈", "印尼外长苏达根据两国共识9日在雅加达同来访的智利外长举行会谈，双方签署了合作协议。")
    assert [e["type"] for e in doc.events] in (["talks"], ["agreement"])


@pytest.mark.parametrize("body", ["国家主席白文海9日就地震向日本天皇文仁致慰问电。",  # a Japanese name runs longer
                                  "國家主席白文海9日就地震向日本天皇文仁致慰問電。",
                                  "国家主席白文海9日向日本天皇文仁致贺电，祝贺他生日。"])
def test_the_verb_of_sending_a_message_ends_the_name_before_it(page, body):
    """某某致慰问电, 某某致贺电: 致 sends the message; it is no part of the addressee's name."""
    names = {n for e in page("慰问电", body).events for p in e["participants"] for n in p["name"].values()}
    assert "文仁" in names and not any(n.endswith("致") for n in names)
