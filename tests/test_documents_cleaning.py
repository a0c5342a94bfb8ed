"""Body cleaning that generalises: furniture known by its form in all three scripts, never article text (issue 16).

Every page here is invented; each pins one kind of furniture, or one kind of article text that must survive.
"""

from __future__ import annotations

import pytest

LEAD_ZH = "2021年11月13日，甲国外长在首都同乙国外长举行会谈，双方就双边关系交换了意见。"
PARA_ZH = "会谈后，两国外长共同签署了关于加强经贸合作的谅解备忘录，并决定明年在乙国首都再次会晤。"
PARA_HANT = "外交部長今天在部內接見來訪的友邦國會代表團，雙方就深化雙邊合作與區域安全交換意見，氣氛熱烈。"
PARA_EN = ("The foreign ministers of Freedonia and Sylvania met in Port Town on Monday and agreed to reopen their "
           "embassies before the end of the year, officials from both sides said.")
PARA_EN2 = "The talks covered trade, fishing rights and the river crossing, which has been closed since the spring."


def _body(ingest_files, name: str, text: str) -> str:
    _, docs = ingest_files({name: text})
    return (docs.get(name) or docs[name + "#1"])["body"]


@pytest.mark.parametrize("furniture", [
    "不用抽 不用搶 現在用APP看新聞 保證天天中獎",
    "點我下載APP",
    "按我看活動辦法",
    "請繼續往下閱讀...",
    "分享让更多人看到",
    "Scan the QR code to download the Example News app for the latest stories.",
    "Sign up for our daily newsletter to get the biggest stories delivered to your inbox every morning.",
    "By using this website, you agree to our use of cookies. This use includes personalization of content.",
    "Support independent journalism while getting something great in return. Enjoy bonus content.",
    "Skip to navigation",
    "list 2 of 3",
    "Posted in Press releases",
    "Follow our coverage of the talks at https://news.example.org/hub",
])
def test_furniture_forms_leave_the_body(ingest_files, furniture):
    text = f"---\ntitle: Talks\ndate: 2021-11-13\n---\n\n{PARA_EN}\n\n{furniture}\n\n{PARA_EN2}\n\n{PARA_HANT}\n"
    body = _body(ingest_files, "p.md", text)
    assert furniture not in body
    assert PARA_EN in body and PARA_EN2 in body and PARA_HANT in body


def test_a_calendar_date_opening_the_lead_sentence_stays(ingest_files):
    text = f"---\ntitle: 外长会谈\n---\n\n{LEAD_ZH}\n\n{PARA_ZH}\n"
    body = _body(ingest_files, "lead.md", text)
    assert body.startswith(LEAD_ZH)


def test_share_widget_run_into_a_caption_is_cut_but_the_line_stays(ingest_files):
    text = ("[" + '{"title": "外長會見", "date": "2017-06-28", "content": "' + PARA_HANT
            + '甲國總理與乙國總統26日舉行會談。示例社   分享       facebook          ' + PARA_HANT.replace("今天", "昨天")
            + '"}]')
    body = _body(ingest_files, "a.json", text).replace(" ", "")
    assert "facebook" not in body and "甲國總理與乙國總統26日舉行會談。" in body


def test_read_more_link_closing_a_feed_summary_is_cut(ingest_files):
    text = '{"title": "外長會見", "published": "2024-07-14", "description": "' + PARA_HANT + '《詳全文...》"}\n'
    body = _body(ingest_files, "f.jsonl", text)
    assert "詳全文" not in body and PARA_HANT in body


def test_inline_html_and_shortcodes_in_markdown(ingest_files):
    text = (f"---\ntitle: Talks\n---\n\n[caption id=\"a1\" align=\"alignnone\"]<img src=\"x.jpg\"> A photo of the "
            f"port[/caption]\n\n<figure><img src=\"y.jpg\"><figcaption>The harbour at dawn</figcaption></figure>\n\n"
            f"{PARA_EN} <b>Talks</b> resume <em>next week</em>.\n\n[ad_1]\n\n{PARA_EN2}\n\n[embed]https://v.example/1[/embed]\n")
    body = _body(ingest_files, "wp.md", text)
    for gone in ("[caption", "A photo of the port", "<img", "figcaption", "harbour at dawn", "[ad_1]", "[embed]", "<b>"):
        assert gone not in body
    assert "Talks resume next week." in body.replace("  ", " ") and PARA_EN2 in body


def test_markdown_with_a_few_inline_tags_is_read_as_markdown(ingest_files):
    text = (f"---\ntitle: Talks\n---\n\n7 May 2019 Posted in [Press releases](/news)\n\n1.\t{PARA_EN}\n\n"
            f"2.\t{PARA_EN2}<br>\n\n<p class=\"updated\">Last updated on 07 May 2019</p>\n")
    body = _body(ingest_files, "pr.md", text)
    assert "Posted in" not in body and "Last updated" not in body and "<p" not in body
    assert PARA_EN in body and PARA_EN2 in body
