"""Body cleaning that generalises: furniture known by its form in all three scripts, never article text (issue 16).

Every page here is invented; each pins one kind of furniture, or one kind of article text that must survive.
"""

from __future__ import annotations

import json

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
    "By continuing to browse this site you accept our use of cookies, which covers tailored content and adverts.",
    "We and our partners process data for the following purposes: audience measurement, tailored adverts and "
    "content, and research into how readers use the site.",
    "Support independent journalism while getting something great in return. Enjoy bonus content.",
    "Skip to navigation",
    "list 2 of 3",
    "Posted in Press releases",
    "Follow our coverage of the talks at https://news.example.org/hub",
    "Market data and analysis for investment professionalsLearn more aboutExampleTerminal",
    "alerts-iconGet instant alerts and updates on the stories you follow. Be the first to know when news breaks.",
    "The Example Weekly Digest is sent every last Friday of the month and gathers the best stories of each desk.",
    "Example Daily content is licensed under Creative Commons BY 4.0.",
    "Die Gespräche dauerten bis in die Nacht, heißt es aus Delegationskreisen. Weiterlesen",
    "Abonnieren Sie kostenlos unseren Newsletter und verpassen Sie keine Meldung mehr aus der Hauptstadt.",
    "Comment by Jane Roe — 03.04, 2012 @ 10:15",
    "Was denkst du?",
    "Vervielfältigung nur mit Genehmigung des Verlags",
    "Dieses Protokoll als PDF herunterladen",
    "Themen: Handel, Fischerei, Grenzübergang",
    "Image illustrative : le port au lever du jour",
    "Submit your letter to the editor via this form.",
    "Next: Ministers to meet again in spring",
    "Previous article",
    "本文為本報原創，未經授權請勿轉載。",
    "转载请注明出处",
    "（完）",
    "（责编：王芳、李强）",
    "（譯者：陳明/核稿：林華）1130503",
    "（本文来自微信公众号：东方观察）",
    "本文转载自东方观察网",
    "点击进入专题：2024年外交动态",
    "加入LINE好友，新聞不漏接",
    "看更多東方時報文章",
    "Contributing: Jane Roe in Port Town",
    "Jane Roe contributed reporting from Port Town.",
    "Have a news tip? Email us at tips@example.com.",
    "Read the full report here.",
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


@pytest.mark.parametrize("line", ["2024年5月13日，甲乙两国签署协定。",  # a short sentence: few words after the date
                                  "13 May 2024: talks continue today in the capital, officials said.",
                                  "May 13, 2024 — The foreign ministers of Freedonia and Sylvania met in Port Town "
                                  "on Monday and agreed to reopen their embassies."])
def test_a_sentence_or_dateline_opening_with_its_date_is_article_text(ingest_files, line):
    text = f"Ministers agree\n2024-05-14 10:20\n{PARA_EN}\n{line}\n{PARA_EN2}\n"
    body = _body(ingest_files, "dated.txt", text)
    assert line in body.splitlines()


def test_share_widget_run_into_a_caption_is_cut_but_the_line_stays(ingest_files):
    text = ("[" + '{"title": "外長會見", "date": "2017-06-28", "content": "' + PARA_HANT
            + '甲國總理與乙國總統26日舉行會談。示例社   分享       facebook          ' + PARA_HANT.replace("今天", "昨天")
            + '"}]')
    body = _body(ingest_files, "a.json", text).replace(" ", "")
    assert "facebook" not in body and "甲國總理與乙國總統26日舉行會談。" in body
    assert "示例社" in body  # the agency's credit without 資料照片 is not cut


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


def test_hugo_shortcodes_and_liquid_tags_in_markdown(ingest_files):
    # a Hugo post's TOML front matter, a figure shortcode on its own line, a paired note, a Jekyll include
    text = (f"+++\ntitle = \"Talks\"\ndate = 2024-02-19T08:30:00-05:00\n+++\n\n{PARA_EN}\n\n"
            "{{< figure src=\"/img/port.jpg\" caption=\"Lorries queue at the crossing.\" >}}\n\n"
            f"{{{{% note %}}}}{PARA_EN2}{{{{% /note %}}}}\n\n{{% include share.html %}}\n")
    body = _body(ingest_files, "hugo.md", text)
    assert "{{" not in body and "{%" not in body and "Lorries queue" not in body
    assert PARA_EN in body and PARA_EN2 in body


def test_markdown_with_a_few_inline_tags_is_read_as_markdown(ingest_files):
    text = (f"---\ntitle: Talks\n---\n\n7 May 2019 Posted in [Press releases](/news)\n\n1.\t{PARA_EN}\n\n"
            f"2.\t{PARA_EN2}<br>\n\n<p class=\"updated\">Last updated on 07 May 2019</p>\n")
    body = _body(ingest_files, "pr.md", text)
    assert "Posted in" not in body and "Last updated" not in body and "<p" not in body
    assert PARA_EN in body and PARA_EN2 in body


@pytest.mark.parametrize("para1,para2", [
    ("Министры иностранных дел двух стран встретились в понедельник и договорились вновь открыть посольства.",
     "Переговоры касались торговли, рыболовства и пограничного перехода, закрытого с весны."),
    ("양국 외교장관은 월요일 회담을 갖고 연말까지 대사관을 다시 열기로 합의했다고 관계자들이 밝혔다.",
     "회담에서는 무역과 어업권, 그리고 봄부터 폐쇄된 국경 통과 문제도 논의됐다고 덧붙였다."),
    ("اجتمع وزيرا خارجية البلدين يوم الاثنين واتفقا على إعادة فتح السفارتين قبل نهاية العام، وفق مسؤولين.",
     "وتناولت المحادثات التجارة وحقوق الصيد والمعبر الحدودي المغلق منذ الربيع، بحسب البيان."),
    ("両国の外相は月曜日に会談し、年内に大使館を再開することで合意したと関係者が明らかにした。",
     "会談では貿易や漁業権、春から閉鎖されている国境の検問所についても話し合われたという。"),
])
def test_pages_in_other_scripts_keep_their_article(ingest_files, para1, para2):
    page = (f"<html><body><nav><a href='/'>Home</a> | <a href='/w'>World</a></nav><article><h1>Talks</h1>"
            f"<p>{para1}</p><p>{para2}</p></article><footer>© 2024 Example</footer></body></html>")
    body = _body(ingest_files, "p.html", page)
    assert para1 in body and para2 in body


def test_comment_section_and_form_in_german_are_cut(ingest_files):
    text = ("---\ntitle: Wahl\n---\n\nDie beiden Außenminister trafen sich am Montag in der Hauptstadt und vereinbarten, "
            "die Botschaften bis Jahresende wieder zu öffnen, sagten Beamte beider Seiten.\n\n"
            "Die Gespräche betrafen Handel, Fischereirechte und den seit dem Frühjahr geschlossenen Grenzübergang.\n\n"
            "Hinterlasse einen Kommentar\n\nDeine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind "
            "mit * markiert.\n\nEin Leser schrieb dazu, dass er das alles schon lange geahnt habe und sich wundere.\n")
    body = _body(ingest_files, "de.md", text)
    assert "Fischereirechte" in body
    assert "Kommentar" not in body and "Erforderliche Felder" not in body and "Ein Leser schrieb" not in body


def test_main_content_step_keeping_a_scrap_falls_back_to_the_whole_page(ingest_files):
    # the article sits in a block whose class the main-content step takes for a sidebar
    paras = "".join(f"<p>{PARA_EN} Paragraph {n} adds more detail on the talks.</p>" for n in range(6))
    page = f"<html><body><div><p>Opinion</p><p>By Alice Example, columnist</p></div><div class='sidebar'>{paras}</div></body></html>"
    body = _body(ingest_files, "scrap.html", page)
    assert "Paragraph 5 adds more detail" in body


def test_a_long_comment_thread_does_not_outweigh_the_article_above_it(ingest_files):
    comments = "".join(f"<p>Reader {n} wrote a long reply about the talks, the embassies, the fishing rights and "
                       f"everything else that came to mind while reading the piece this morning.</p>" for n in range(3))
    page = (f"<html><body><h1>Talks</h1><p>{PARA_EN}</p><p>{PARA_EN2}</p>"
            f"<h3>3 Comments</h3>{comments}</body></html>")
    body = _body(ingest_files, "c.html", page)
    assert PARA_EN in body and "Reader 1 wrote" not in body


def test_a_photo_credit_run_into_a_record_is_cut_but_a_sentence_about_photos_is_not(ingest_files):
    text = ('[{"title": "外長會見", "date": "2017-11-30", "content": "' + PARA_HANT
            + '甲國總統與乙國總統29日熱線商討對策。 示例報系資料照片   ' + PARA_HANT.replace("今天", "昨天")
            + '警方公布的資料照片顯示，嫌犯曾多次出入該處。"}]')
    body = _body(ingest_files, "p.json", text)
    assert "示例報系資料照片" not in body and "警方公布的資料照片顯示" in body


@pytest.mark.parametrize("closing", ["（示例新聞中心／綜合報導） 相關報導：", "（示例新聞中心／綜合報導）【更多精采內容，詳見 】"])
def test_a_related_label_or_more_link_closing_a_record_is_cut(ingest_files, closing):
    text = '{"title": "外長會見", "published": "2024-07-14", "content": "' + PARA_HANT + closing + '"}\n'
    body = _body(ingest_files, "r.jsonl", text)
    assert PARA_HANT + "（示例新聞中心／綜合報導）" in body and "相關報導" not in body and "更多精采" not in body


def test_an_arrowed_more_news_link_closing_a_record_is_cut(ingest_files):
    text = '{"title": "外长会谈", "published": "2024-07-14", "content": "' + LEAD_ZH + '\\n' + PARA_ZH + '\\n→→更多国际新闻"}\n'
    body = _body(ingest_files, "a.jsonl", text)
    assert LEAD_ZH in body and PARA_ZH in body and "更多" not in body


def test_closing_credits_end_the_article_in_structured_text(ingest_files):
    # an agency's credits close the article (its last line); the author's note and the teasers after them are
    # not the article
    text = (f"---\ntitle: Talks\ndate: 2021-11-13\n---\n\n{PARA_EN}\n\n{PARA_EN2}\n\n"
            "Reporting by Jane Roe in Port Town; Editing by John Doe and Max Mustermann\n\n"
            "As Port Town bureau chief, Jane covers the region's politics, trade and security, and before that "
            "reported from the capital for several years.\n\nSylvania approves new fishing quotas for the coming season\n")
    body = _body(ingest_files, "wire.md", text)
    assert PARA_EN in body and PARA_EN2 in body
    assert body.endswith("Editing by John Doe and Max Mustermann")
    assert "bureau chief" not in body and "fishing quotas" not in body


def test_character_references_in_markdown_are_read(ingest_files):
    text = "---\ntitle: Talks\n---\n\nThe minister&#x27;s visit &amp; the talks ended on &quot;good terms&quot;, aides said.\n"
    body = _body(ingest_files, "ent.md", text)
    assert body == 'The minister\'s visit & the talks ended on "good terms", aides said.'


RELATED_ZH = ["甲国外长：将继续推动地区对话进程", "乙国议会通过新一年度预算案", "两国边境口岸今起恢复通关", "专家解读 | 地区局势走向何方？"]


def test_headlines_in_a_row_after_the_last_paragraph_are_a_related_list(ingest_files):
    content = "\n".join([LEAD_ZH, PARA_ZH, *RELATED_ZH])
    text = '{"title": "外长会谈", "published": "2024-07-14", "content": ' + json.dumps(content, ensure_ascii=False) + "}\n"
    body = _body(ingest_files, "rel.jsonl", text)
    assert LEAD_ZH in body and PARA_ZH in body
    assert not any(h.split("：")[-1] in body for h in RELATED_ZH)


def test_a_list_the_article_announces_stays(ingest_files):
    items = ["Foreign Minister Jane Roe of Freedonia", "Trade Minister John Doe of Sylvania",
             "Ambassador Max Example, head of the border commission"]
    text = ("---\ntitle: Readout\n---\n\n" + PARA_EN + "\n\n**Participants**\n\n" + "".join(f"-   {i}\n" for i in items))
    body = _body(ingest_files, "readout.md", text)
    assert PARA_EN in body and all(i in body for i in items)


def test_a_teaser_signed_by_its_author_is_not_the_article(ingest_files):
    text = (f"---\ntitle: Talks\n---\n\n{PARA_EN}\n\nWhy the Border Talks Stalled _by Jane Roe and John Doe_\n\n"
            f"The _interim_ accord, signed in snake_case_file terms, {PARA_EN2}\n")
    body = _body(ingest_files, "fp.md", text)
    assert "Border Talks Stalled" not in body and PARA_EN in body
    assert "The interim accord, signed in snake_case_file terms" in body


def test_a_row_of_headlines_run_together_is_not_a_paragraph(ingest_files):
    row = "甲国宣布全面禁售某类商品　称是维护市场秩序官员作风问题引发关注　影响地方经济活力与营商环境新规出台　企业主叫苦不迭"
    text = f"---\ntitle: 评论\n---\n\n{LEAD_ZH}\n\n{PARA_ZH}\n\n{row}\n"
    body = _body(ingest_files, "row.md", text)
    assert LEAD_ZH in body and PARA_ZH in body and "企业主叫苦不迭" not in body


def test_a_data_widget_under_the_article_is_not_the_article(ingest_files):
    cells = "".join(f"<div>{n}</div>" for n in ("World", "12,34,567Cases", "8,76,543Active", "3,21,098Recovered",
                                                 "98,765Deaths"))
    page = (f"<html><body><h1>Talks</h1><p>{PARA_EN}</p><p>{PARA_EN2}</p><p>{PARA_EN.replace('Monday', 'Friday')}</p>"
            f"{cells}<p>The virus has spread to 150 countries and territories, with 12,34,567 confirmed cases so far "
            "and more reported every day.</p></body></html>")
    body = _body(ingest_files, "w.html", page)
    assert PARA_EN in body and PARA_EN2 in body
    assert "Cases" not in body and "150 countries" not in body


def test_a_sentence_about_copyright_is_article_text(ingest_files):
    sentence = ("The ministers also agreed to strengthen copyright protection for films, music and books, which "
                "publishers on both sides of the border have long asked for.")
    text = f"---\ntitle: Talks\n---\n\n{PARA_EN}\n\n{sentence}\n\n{PARA_EN2}\n"
    body = _body(ingest_files, "c.md", text)
    assert sentence in body and PARA_EN2 in body


def test_a_comment_thread_longer_than_the_article_is_still_not_the_article(ingest_files):
    article = "".join(f"<p>{PARA_EN} Paragraph {n} goes on about the talks.</p>" for n in range(3))
    comments = "".join(f"<p>Reader {n} wrote a long reply about the talks, the embassies, the fishing rights and "
                       f"everything else that came to mind while reading the piece this morning.</p>" for n in range(40))
    page = f"<html><body><h1>Talks</h1>{article}<h3>Kommentare</h3>{comments}</body></html>"
    body = _body(ingest_files, "k.html", page)
    assert "Paragraph 2 goes on" in body and "Reader 1 wrote" not in body


def test_a_related_heading_left_alone_between_paragraphs_does_not_end_the_article(ingest_files):
    before = "".join(f"<p>{PARA_EN} Part {n} of the lead.</p>" for n in range(2))
    after = "".join(f"<p>{PARA_EN2} Part {n} of the rest.</p>" for n in range(5))
    page = f"<html><body><h1>Talks</h1>{before}<div>Related</div>{after}</body></html>"
    body = _body(ingest_files, "rel.html", page)
    assert "Part 1 of the lead." in body and "Part 4 of the rest." in body and "Related" not in body


@pytest.mark.parametrize("word", ["more", "Weiterlesen", "相關報導："])
def test_a_furniture_word_padded_with_spaces_is_judged_in_one_pass(ingest_files, word):
    # a read-more word followed by 5,000 spaces: optional runs of spaces in a row would be retried in every split
    text = f"---\ntitle: Talks\n---\n\n{PARA_EN}\n\n{word}{' ' * 5000}x\n\n{PARA_EN2}\n"
    body = _body(ingest_files, "pad.md", text)
    assert PARA_EN in body


def test_short_lines_closing_the_main_content_stay_until_the_related_heading(ingest_files):
    # a sign-off and an address under the article, then a related-articles heading in German and its list
    page = (f"<html><body><nav><a href='/'>Start</a> | <a href='/k'>Kontakt</a></nav><article><h1>Markt</h1>"
            f"<p>{PARA_EN}</p><p>{PARA_EN2}</p><p>Bis bald, eure Redaktion</p><p>Lindenweg 7</p></article>"
            "<aside><p>Das Thema könnte dich auch interessieren:</p><p>Ein anderer Markt im Nachbarort</p></aside>"
            "</body></html>")
    body = _body(ingest_files, "s.html", page)
    assert PARA_EN2 in body and "Bis bald, eure Redaktion" in body and "Lindenweg 7" in body
    assert "interessieren" not in body and "Nachbarort" not in body


@pytest.mark.parametrize("note", ["【责任编辑:张某】", "【纠错】 【责任编辑:赵某】", "[責任編輯：李某]", "〔编辑：王某〕"])
def test_an_editor_note_in_brackets_is_furniture(ingest_files, note):
    page = f"<html><body><article><p>{LEAD_ZH}</p><p>{PARA_ZH}</p><p>{note}</p></article></body></html>"
    body = _body(ingest_files, "e.html", page)
    assert PARA_ZH in body and note not in body


def test_a_caption_run_into_the_article_is_cut_with_its_credit(ingest_files):
    # a page flattened to text: the photo's caption and credit glued to the article's first sentence, and a
    # second caption glued between two paragraphs
    caption1 = "The two ministers shake hands in Port Town on May 3. (Foreign Ministry)"
    caption2 = "Crowds wave both flags outside the hall on the first day of the visit. (File Photo - Example Agency)"
    text = (f"---\ntitle: Talks\ndate: 2021-11-13\n---\n\n{caption1}{PARA_EN} {PARA_EN2}{caption2}"
            "K-visas were not discussed.The ministers will meet again (probably in June) at the border.\n\n"
            "Next steps are unclear, officials said after the talks ended late on Monday.\n")
    body = _body(ingest_files, "cap.md", text)
    assert PARA_EN in body and PARA_EN2 in body and "(probably in June) at the border." in body
    assert "K-visas were not discussed." in body and "Next steps are unclear" in body
    assert "Foreign Ministry)" not in body and "Example Agency)" not in body and "shake hands" not in body
    assert "Crowds wave" not in body


def test_markdown_footnote_marks_and_a_table_of_contents_mark_are_dropped(ingest_files):
    text = ("---\ntitle: Talks\ndate: 2025-03-22\n---\n\nThe ministers met in Port Town on Monday, officials said.[^1]\n\n"
            "[TOC]\n\n[^1]: According to the foreign ministry of Freedonia.\n")
    _, docs = ingest_files({"notes.md": text})
    assert docs["notes.md"]["body"] == ("The ministers met in Port Town on Monday, officials said.\n"
                                        "According to the foreign ministry of Freedonia.")


@pytest.mark.parametrize("closing", [
    'The Sylvanian minister said: "Our ports can work together far more closely than they do today."',
    "The Freedonian minister said the talks had been “long overdue and very useful.”",
    "Both sides agreed to meet again (the date is still open.)",
])
def test_a_last_paragraph_whose_period_closes_a_quotation_is_article_text(ingest_files, closing):
    text = "Ministers meet in Port Town\n2024-07-14 10:00\n\n" + PARA_EN + "\n\n" + PARA_EN2 + "\n\n" + closing + "\n"
    body = _body(ingest_files, "dump.txt", text)
    assert PARA_EN in body and closing in body
