"""Pages in the styles of outlets the corpus never saw: their stamps, headlines and furniture (issue 16).

Every page here is invented; each pins one way such a page prints its metadata or its furniture, and what
must stay as it is.
"""

from __future__ import annotations

import pytest

from diplograph.clean.datetimes import parse_datetime

PARA_EN = ("Senior officials of Kelm and Ardo held their first round of political consultations in Colvik on "
           "Tuesday, covering trade, migration and the shared river crossing.")
PARA_EN2 = "The delegation also met members of the parliament's foreign affairs committee before flying home."
PARA_ZH = "甲国外长当天在首都同乙国外长举行会谈，双方就双边关系和共同关心的国际问题交换了意见，同意加强合作。"


def _doc(ingest_files, name: str, text: str) -> dict:
    _, docs = ingest_files({name: text})
    return docs.get(name) or docs[name + "#1"]


def _stamped(first: str, second: str) -> str:
    return (f"<html><body><nav>News · World · Opinion</nav><article><h1>Kelm and Ardo hold consultations</h1>"
            f"<p>{first}</p><p>{second}</p><p>{PARA_EN}</p><p>{PARA_EN2}</p></article></body></html>")


def test_a_time_labelled_as_an_update_gives_way_to_the_publishing_time_after_it(ingest_files):
    page = _stamped('Updated: <time datetime="2025-01-30T09:15">30 January 2025, 09:15</time>',
                    'Published: <time datetime="2025-01-28T17:40">28 January 2025, 17:40</time>')
    doc = _doc(ingest_files, "p.html", page)
    assert doc["published"] == "2025-01-28T17:40"
    assert doc["body"].splitlines() == [PARA_EN, PARA_EN2]  # the labels left alone are no article text


@pytest.mark.parametrize("first, second, published", [
    # the publishing time first: as before, the update after it is not read
    ('Published: <time datetime="2025-01-28T17:40">28 Jan</time>',
     'Updated: <time datetime="2025-01-30T09:15">30 Jan</time>', "2025-01-28T17:40"),
    # a theme's class naming both (a post never updated): the publishing time
    ('<time class="entry-date published updated" datetime="2025-01-28T17:40">28 Jan</time>', "", "2025-01-28T17:40"),
])
def test_the_first_time_that_names_the_publishing_is_taken(ingest_files, first, second, published):
    assert _doc(ingest_files, "p.html", _stamped(first, second))["published"] == published


def test_a_later_time_in_another_block_is_no_publishing_time(ingest_files):
    # an update's time under the headline, and a comment's time far below: the page's time is not the comment's
    page = ('<html><body><article><h1>Kelm and Ardo hold consultations</h1><div class="meta"><p>Updated: '
            '<time datetime="2025-01-30T09:15">30 Jan</time></p></div>'
            f'<p>{PARA_EN}</p><p>{PARA_EN2}</p><section class="replies"><div><div><p>Reader: '
            '<time datetime="2025-02-11T10:00">11 Feb</time></p></div></div></section></article></body></html>')
    # the update's time is declared as the page's modification; with no publishing time printed, only the day
    # htmldate reads from the update is left, never the comment's
    assert _doc(ingest_files, "p.html", page)["published"] == "2025-01-30"


@pytest.mark.parametrize("furniture", [
    "Published:",
    "發布時間：",
    "*By Staff · 5 min read*",
    "3-minute read",
    "阅读时长约3分钟",
    "Download the Harbour Post app for the latest news on the go. Available on the App Store and Google Play.",
    "下载东方新闻客户端，随时随地看新闻",
    "（本文来源：东方日报）",
    "声明：本文转载自合作媒体，不代表本站观点。",
    "【我要纠错】 责任编辑：刘洋",
    "The two ministers at the quay. Photo: Harbour Post/J. Roe",
    "jroe@harbourpost.example",
    "(END)",
    "展开全文",
    "更多新聞請訂閱東方新聞網電子報",
    "FOR IMMEDIATE RELEASE",
    "Media contact: press@kelm-embassy.example, +351 21 000 0000",
    "平台声明：该文观点仅代表作者本人，东方号系信息发布平台，东方网仅提供信息存储空间服务。",
    "东方声明：此消息系转载自合作媒体，东方网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。",
    "Notice: The content above is uploaded and posted by a user of East Hao, which is a social media platform and "
    "only provides information storage services.",
    "Save articles to read later and create your own reading list.",
    "Related: Kelm to supply coastal radar to Ardo",
    "返回东方网，查看更多",
    "阅读 (1234)",
    "Have a story idea? Contact our newsroom at news@harbourpost.example.",
    "ALSO READ | Ardo's trade surplus grows",
    "Watch: Ministers arrive in Port Town",
    "(With inputs from agencies)",
    "(This story has not been edited by Harbour Post staff and is auto-generated from a syndicated feed.)",
    "Catch all the Latest News, Breaking News and World News on Harbour Post.",
    "Join our WhatsApp channel for the latest updates.",
    "First published on: 04-03-2025 at 10:22 IST",
    "Disclaimer: The views expressed in this article are the author's own.",
    "Click to expand",
    "更多精彩资讯，请下载东方新闻客户端",
    "本文经授权转载自东方观察公众号",
    "點閱數：1,234",
    "圖／東方社",
    "新闻热线：010-12345678",
    "打开东方新闻，查看更多高清图片",
    "参与讨论",
    "▲ 兩國外長會談。（圖／東方部提供）",
    "更多東方新聞報導",
    "list of 3 items",
    "end of list",
    "This article was originally published on Harbour Post.",
    "This content is not available due to your privacy preferences.",
    "Report an error",
    "Scroll to continue",
    "Enjoying this article? Subscribe for unlimited access.",
    "Recommended Stories",  # a related heading left alone between paragraphs of structured text
    "Follow Harbour Post on Google News",
    "共3页 第1页 下一页",
    "分享：",
    "相关标签：外交 会谈",
    "本文链接：https://news.example.cn/a/1.html",
    "声明：转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益，请作者持权属证明与本网联系，我们将及时更正、删除，谢谢。",
    "作者简介：张三，东方大学国际关系学院教授。",
    "More on this story",
    "Image caption, The two ministers met at the quay",
    "AFP via Getty Images",
    "Reuters",
    "Top photo: Kelm News Agency, bottom photo: J. Roe",
])
def test_furniture_of_unseen_outlets_leaves_the_body(ingest_files, furniture):
    text = f"---\ntitle: Talks\ndate: 2025-01-28\n---\n\n{PARA_EN}\n\n{furniture}\n\n{PARA_EN2}\n\n{PARA_ZH}\n"
    body = _doc(ingest_files, "p.md", text)["body"]
    assert furniture not in body
    assert PARA_EN in body and PARA_EN2 in body and PARA_ZH in body


@pytest.mark.parametrize("sentence", [
    "Travellers were told to download the new health app before boarding, the ministry said.",
    "The treaty text was published on Monday.",
    "Updated figures released on Tuesday showed that trade rose by a fifth.",
    "He spent 5 minutes reading the statement to reporters.",
    "该应用的下载量已超过一千万次，成为当地最受欢迎的客户端。",
    "发布时间推迟到下周。",
    "The photo: a symbol of the talks, the minister said.",
    "Questions about the visit can be sent to press@kelm-embassy.example, the embassy said.",
    "Related talks on fishing rights are planned for May, officials said.",
    "Save the Children said the ferry would also carry aid to the islands.",
    "发言人表示，这篇文章只是作者本人的看法，不代表政府立场。",
    "Read the statement in full, the ministry urged reporters on Tuesday.",
    "Watch the river closely, the minister told the engineers.",
    "Join our efforts to build a stronger community, the minister told the crowd.",
    "Catch the latest ferry home, officials advised travellers stranded in the port.",
    "Disclaimers were added to the treaty text at the request of both sides.",
    "The views expressed by the two ministers differed on fishing quotas.",
    "官员呼吁民众下载政府客户端以获取渡轮信息。",
    "更多报道将陆续发布。",
    "The report was first published in 2019 and revised last year, officials said.",
    "Readers reached the limit of the ferry's capacity on Sunday.",
    "A list of 3 items was agreed: fishing, ferries and fees.",
    "打开国门搞建设，查看更多合作机会，是双方的共识。",
    "Follow the river north on foot, the minister told the hikers on Monday.",
    "Reuters reported that the talks ended late on Monday.",
    "作者在文中指出，两国合作前景广阔。",
    # review 19d: each of these cut by a furniture row before it was anchored
    'The minister held up the picture: "a forgery from start to finish."',
    'Shown the image: "No comment on documents of that kind," the envoy replied.',
    "The ferry timetable, the captain said with a smile, is a 2-minute read.",
    "Install the new visa app before travelling, the consulate advised students heading to Ardo.",
    "下载乙国领事客户端后，留学生可在线预约签证面谈，领事馆官员介绍说。",
    "Media enquiries about the ferry rose sharply after the vote, the port authority said.",
    "乙国外交部称，订阅其英文电子报的外国记者已达五千人。",
    "Have a story about the old ferry? Residents of Colvik shared dozens with the museum last year.",
    "社论最后写道，读者来信不代表本报立场，但值得认真对待。",
    "双方同意在官网公布协议全文，公众可点击链接查看更多",
    "Related: the ministers said the ferry fares would be set by the joint committee.",
])
def test_article_sentences_with_the_same_words_stay(ingest_files, sentence):
    text = f"---\ntitle: Talks\ndate: 2025-01-28\n---\n\n{PARA_EN}\n\n{sentence}\n\n{PARA_EN2}\n"
    assert sentence in _doc(ingest_files, "p.md", text)["body"]


def test_a_key_closed_by_a_language_code_names_its_field_in_that_language(ingest_files):
    text = (f"---\ntitle_zh: 甲国外长会见乙国外长\npub_time: 2025-01-12 09:30:00\n---\n\n{PARA_ZH}\n")
    assert _doc(ingest_files, "p.md", text)["title"] == "甲国外长会见乙国外长"
    rows = f'headline_en,content_en,date\nKelm and Ardo hold consultations,"{PARA_EN}",2025-01-28\n'
    doc = _doc(ingest_files, "rows.csv", rows)
    assert (doc["title"], doc["body"]) == ("Kelm and Ardo hold consultations", PARA_EN)


def test_a_record_in_two_languages_takes_its_title_in_the_body_language(ingest_files):
    # the Chinese columns first, the English body chosen: the English headline goes with it
    rows = ("headline_cn,headline_en,text_en,text_cn,date\n"
            f'甲乙两国举行政治磋商,Kelm and Ardo hold political consultations,"{PARA_EN}","{PARA_ZH}",2025-01-28\n')
    doc = _doc(ingest_files, "bilingual.csv", rows)
    assert (doc["title"], doc["body"]) == ("Kelm and Ardo hold political consultations", PARA_EN)


def _headed(title: str, heading: str, stamp: str = "") -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='menu'>首頁｜國際｜財經</div><div>"
            f"{heading}{stamp}<p>{PARA_EN}</p><p>{PARA_EN2}</p></div></body></html>")


@pytest.mark.parametrize("title, heading, stamp, expected", [
    # the <title> leaves out the headline's second clause
    ("特首會見外長 - 示例新聞 - 港聞", "<h1>特首會見外長 探討金融合作</h1>", "", "特首會見外長 探討金融合作"),
    ("Kelm and Ardo meet | Harbour Post", "<h1>Kelm and Ardo meet: ferry line agreed</h1>", "",
     "Kelm and Ardo meet: ferry line agreed"),
    # a headline whose first word only begins with the title's last one goes on with no clause: the title stays
    ("Ministers meet | Harbour Post", "<h1>Ministers meeting ends early</h1>", "", "Ministers meet"),
    # the headline over the page's stamp, its words edited from the <title> (a section's label, a word left out)
    ("新聞稿－甲國與乙國簽署合作協定", "<h2>甲國與乙國簽署醫療合作協定</h2>", "<p>發布日期：114年3月4日</p>",
     "甲國與乙國簽署醫療合作協定"),
    # a stamped headline of another story above the article's own: the <title> the page prints stays
    ("甲國與乙國簽署合作協定", "<h2>丙國總統明年出訪南美</h2>", "<p>發布日期：114年3月4日</p><h3>甲國與乙國簽署合作協定</h3>",
     "甲國與乙國簽署合作協定"),
])
def test_the_printed_headline_wins_over_a_title_that_shortens_or_edits_it(ingest_files, title, heading, stamp,
                                                                          expected):
    assert _doc(ingest_files, "p.html", _headed(title, heading, stamp))["title"] == expected


def test_a_related_label_in_brackets_ends_the_article(ingest_files):
    text = f"---\ntitle: 會談\ndate: 2025-01-28\n---\n\n{PARA_EN}\n\n{PARA_EN2}\n\n【延伸閱讀】丙國總理下月訪問甲國\n"
    assert _doc(ingest_files, "p.md", text)["body"].splitlines() == [PARA_EN, PARA_EN2]


def test_a_press_release_ends_at_its_end_mark(ingest_files):
    text = (f"FOR IMMEDIATE RELEASE\nEmbassy of Kelm\nKelm and Ardo Sign a Ferry Agreement\n{PARA_EN}\n{PARA_EN2}\n###\n"
            "About the Embassy: The Embassy of Kelm represents the Republic of Kelm and promotes friendship "
            "between the two peoples, their trade and their culture.\n")
    assert _doc(ingest_files, "release.txt", text)["body"].splitlines() == [PARA_EN, PARA_EN2]
    # the newsroom's `-30-`, its dashes read as no list mark
    assert _doc(ingest_files, "release.txt", text.replace("###", "-30-"))["body"].splitlines() == [PARA_EN, PARA_EN2]
    # a short release closing with a longer `About` block and a contact after its mark still ends there
    about = ("About the Embassy: The Embassy of Kelm represents the Republic of Kelm in Ardo, promotes friendship "
             "between the two peoples, their trade, their culture and their science, and helps citizens of Kelm "
             "who live, study or travel in Ardo with passports, visas and every other consular matter.")
    short = f"Kelm and Ardo Sign a Ferry Agreement\n{PARA_EN}\n###\n{about}\nMedia contact: press@example.org\n"
    assert _doc(ingest_files, "short.txt", short)["body"].splitlines() == [PARA_EN]
    # a Markdown heading of three marks is no end mark: the article goes on under it
    page = f"---\ntitle: Talks\ndate: 2025-01-28\n---\n\n{PARA_EN}\n\n### Background\n\n{PARA_EN2}\n"
    assert PARA_EN2 in _doc(ingest_files, "p.md", page)["body"]


@pytest.mark.parametrize("name, template", [
    ("notes.txt", "Harbour diary\n{0}\n###\n{1}\n{2}\n"),
    ("notes.md", "---\ntitle: Harbour diary\ndate: 2025-01-28\n---\n\n{0}\n\n###\n\n{1}\n\n{2}\n"),
    ("notes.html", "<html><body><article><h1>Harbour diary</h1><p>{0}</p><p>-30-</p><p>{1}</p><p>{2}</p>"
                   "</article></body></html>"),
])
def test_an_end_mark_with_more_prose_after_it_is_a_section_break(ingest_files, name, template):
    # a columnist's `###` between the parts of one piece: the second part outweighs the first
    later = "The ferry itself, a converted freighter, will need a new engine before it can carry passengers again."
    body = _doc(ingest_files, name, template.format(PARA_EN2, PARA_EN, later))["body"]
    assert body.splitlines() == [PARA_EN2, PARA_EN, later]


@pytest.mark.parametrize("lines, expected", [
    # a standfirst under the headline, longer than it, then the byline and the day
    (["Kelm and Ardo agree to reopen ferry line",
      "The two island states also discussed fishing rights at their first joint commission in six years.",
      "By Jane Roe", "March 4, 2025"], "Kelm and Ardo agree to reopen ferry line"),
    # a long headline ends no sentence: the kicker or the breadcrumb above it is not the headline
    (["专题报道：甲乙两国渡轮复航进行时", "甲乙两国交通部长在科尔维克会晤并宣布停航六年的渡轮航线将于五月重新开通", "2025年3月4日 09:15"],
     "甲乙两国交通部长在科尔维克会晤并宣布停航六年的渡轮航线将于五月重新开通"),
    (["News | Regional Politics | Islands and Coastal Towns", "Kelm and Ardo transport ministers meet in Colvik and agree to restart the ferry "
      "line that has been idle for six years", "March 4, 2025"],
     "Kelm and Ardo transport ministers meet in Colvik and agree to restart the ferry line that has been idle for "
     "six years"),
    # a short kicker over a long headline: the headline
    (["ANALYSIS", "Why the ferry talks between Kelm and Ardo took six years and what the new line will change",
      "March 4, 2025"], "Why the ferry talks between Kelm and Ardo took six years and what the new line will change"),
])
def test_the_headline_of_a_text_dump_is_not_its_kicker_or_standfirst(ingest_files, lines, expected):
    text = "\n".join(lines + [PARA_EN, PARA_EN2]) + "\n"
    assert _doc(ingest_files, "dump.txt", text)["title"] == expected


def test_a_blog_named_in_its_title_and_h1_takes_the_post_heading_over_its_stamp(ingest_files):
    page = ("<html><head><title>Harbour Times</title></head><body><h1>Harbour Times</h1><div class='post'>"
            "<h2>Kelm and Ardo agree to reopen ferry line</h2><div>Posted on March 4, 2025 by admin</div>"
            f"<p>{PARA_EN}</p><p>{PARA_EN2}</p></div></body></html>")
    doc = _doc(ingest_files, "p.html", page)
    assert (doc["title"], doc["published"]) == ("Kelm and Ardo agree to reopen ferry line", "2025-03-04")


def _portal(stamps: str, after: str = "") -> str:
    # the headline's block sits in a header apart from the article body: the main-content step leaves it out
    return ("<html lang='zh-HK'><head><title>特首會見外長 - 東方新聞</title></head><body>"
            "<div class='topnav'>港聞｜兩岸｜國際｜財經｜娛樂｜體育｜專題｜影片</div>"
            f"<div class='article-head'><h1>特首會見外長 探討金融合作</h1><div class='times'>{stamps}</div></div>"
            "<div class='article-body'><p>行政長官4日在禮賓府會見到訪的甲國外交部長，雙方就金融科技、航運及人才交流交換意見。</p>"
            "<p>甲國外長表示，甲方重視與香港的經貿聯繫，期望兩地在綠色金融方面加強合作。</p></div>"
            f"{after}</body></html>")


def test_the_stamp_of_a_headline_block_the_main_content_left_out_is_read(ingest_files):
    page = _portal("<span>更新時間：2025年3月5日 上午9:00</span> <span>發佈時間：2025年3月4日 星期二 下午3:15</span>")
    assert _doc(ingest_files, "p.html", page)["published"] == "2025-03-04T15:15"


@pytest.mark.parametrize("stamps, after", [
    ("<span>抓取時間：2025年3月9日 10:00</span>", ""),  # a crawl's time above the article
    ("", "<div class='hot'><h3>熱門新聞</h3><p>發佈時間：2025年3月9日 10:00</p></div>"),  # a stamp below it
])
def test_no_crawl_time_and_no_stamp_below_the_article_is_the_publishing_time(ingest_files, stamps, after):
    # a guard for the reading of stamps above the article (main never read them): the page prints no
    # publishing time of its own, and its article's 4日 has no month
    assert _doc(ingest_files, "p.html", _portal(stamps, after))["published"] is None


@pytest.mark.parametrize("side", [
    # a list of other stories, each with its labelled day, in a column before the headline
    "<div class='col'><ul><li><a href='/n/7'>丙國總理訪問丁國</a><span>發佈時間：2025年1月9日</span></li>"
    "<li><a href='/n/6'>戊國舉行大選</a><span>發佈時間：2025年1月8日</span></li></ul></div>",
    # a teaser of the newest story, its bare day under it, in a box before the headline
    "<aside class='newest'><h3>丙國總理訪問丁國</h3><div>2025年01月09日 08:00</div></aside>",
])
def test_a_stamp_above_the_headline_dates_another_story(ingest_files, side):
    page = ("<html lang='zh-HK'><head><title>特首會見外長 - 東方新聞</title></head><body>"
            f"<div class='topnav'>港聞｜兩岸｜國際｜財經｜娛樂｜體育｜專題｜影片</div>{side}"
            "<div class='article-head'><h1>特首會見外長</h1><p class='by'>記者 陳明</p></div>"
            "<div class='article-body'><p>行政長官4日在禮賓府會見到訪的甲國外交部長，雙方就金融科技、航運及人才交流交換意見。</p>"
            "<p>甲國外長表示，甲方重視與香港的經貿聯繫，期望兩地在綠色金融方面加強合作。</p></div></body></html>")
    assert _doc(ingest_files, "p.html", page)["published"] is None


@pytest.mark.parametrize("lead, published", [
    ("LISBON, March 4, 2025 — The foreign ministers of Kelm and Ardo signed a cultural agreement on Tuesday.",
     "2025-03-04"),
    ("NEW YORK, March 4, 2025 /Example Wire/ -- The foreign ministers of Kelm and Ardo signed a cultural "
     "agreement on Tuesday.", "2025-03-04"),
    ("PORT TOWN, 4 March 2025 - The foreign ministers of Kelm and Ardo signed a cultural agreement on Tuesday.",
     "2025-03-04"),
    # a wire's dateline prints no year: no day is made up
    ("PORT TOWN, March 4 (Wire) -- The foreign ministers of Kelm and Ardo signed a cultural agreement.", None),
])
def test_a_press_release_is_dated_by_its_dateline_when_nothing_else_dates_it(ingest_files, lead, published):
    text = f"FOR IMMEDIATE RELEASE\nKelm and Ardo Sign a Cultural Agreement\n{lead}\n{PARA_EN2}\n"
    assert _doc(ingest_files, "release.txt", text)["published"] == published


@pytest.mark.parametrize("first, title", [
    ("国际要闻简报（2025年3月7日）", "国际要闻简报（2025年3月7日）"),  # a digest's header, its day in brackets
    ("东方新闻网（2025年3月7日）", None),  # a site's name and the day: a stamp, no headline
])
def test_a_digest_header_closing_with_its_day_in_brackets_is_the_title(ingest_files, first, title):
    text = (f"{first}\n\n1. 甲国外长同乙国外长通电话\n6日，甲国外长同乙国外长通电话，双方就地区局势交换意见。\n\n"
            "2. 丙国总统会见丁国外长\n丙国总统6日在首都会见来访的丁国外长，双方同意加强边境合作。\n")
    doc = _doc(ingest_files, "digest.txt", text)
    assert (doc["title"], doc["published"]) == (title, "2025-03-07")


def test_a_day_printed_with_dots_is_a_stamp_and_the_stamped_headline_beats_a_title_never_printed(ingest_files):
    # an older government site: a <title> naming the ministry, the headline in a <font>, the day as 04.03.2025
    page = ("<html><head><title>Government of Kelm - News</title></head><body><table><tr><td><a href='/'>Home</a>"
            " | <a href='/news'>News</a></td></tr></table><table><tr><td><font size='4'><b>Kelm and Ardo establish "
            f"diplomatic relations</b></font><br><font size='2'>04.03.2025</font><br><br>{PARA_EN}<br><br>{PARA_EN2}"
            "</td></tr></table></body></html>")
    doc = _doc(ingest_files, "p.html", page)
    assert (doc["title"], doc["published"]) == ("Kelm and Ardo establish diplomatic relations", "2025-03-04")
    assert doc["body"].splitlines() == [PARA_EN, PARA_EN2]


def test_a_dotted_day_inside_the_text_is_no_stamp_and_never_outvotes_the_declared_day(ingest_files):
    # a court's ruling named with its day under the headline, a timeline of dotted days in the article
    page = ("<html><head><title>Ferry ruling upheld</title><meta property='article:published_time' "
            "content='2026-07-09T08:30:00+00:00'></head><body><article><h1>Ferry ruling upheld</h1>"
            f"<p>Ruling of 21.10.2025</p><p>{PARA_EN}</p><p>02.02.2026 – appeal lodged in Colvik</p>"
            f"<p>17.05.2026 – hearing before the full bench</p><p>{PARA_EN2}</p></article></body></html>")
    doc = _doc(ingest_files, "p.html", page)
    assert doc["published"] == "2026-07-09T08:30:00"
    assert "02.02.2026 – appeal lodged in Colvik" in doc["body"].splitlines()
    assert "17.05.2026 – hearing before the full bench" in doc["body"].splitlines()


def test_a_teaser_over_its_day_above_the_h1_is_not_the_headline(ingest_files):
    # the <title> words the story otherwise than the <h1>; a `Popular` box's teaser and its day stand above both
    page = ("<html><head><title>Ferry deal: Kelm and Ardo end six-year dispute</title></head><body>\n"
            "<div class='menu'><a href='/'>Home</a> <a href='/world'>World</a></div>\n"
            "<div class='box'><h3>Colvik mayor resigns over harbour fees</h3><p>January 26, 2025</p></div>\n"
            "<div class='story'><h1>Kelm and Ardo agree to reopen ferry line</h1><p>Transport ministers of Kelm and "
            "Ardo met in Colvik on Friday to settle the fees of a ferry line that has been idle since the dockers' strike of last winter.</p>"
            "<p>Both governments will name a joint operator before the summer, and the first crossing is planned for "
            "the national holiday in May, according to a communique both ministries released.</p></div></body></html>")
    assert _doc(ingest_files, "p.html", page)["title"] == "Ferry deal: Kelm and Ardo end six-year dispute"


def test_bare_dotted_days_of_a_teaser_list_do_not_date_the_page(ingest_files):
    # a council group's site: a column of its latest items, each a bare day over its headline, then the post
    items = "".join(f"<div class='item'><div>{day}</div><div><a href='/n/{n}'>{head}</a></div></div>"
                    for n, (day, head) in enumerate([("14.11.2023", "Budget for the harbour adopted"),
                                                     ("09.11.2023", "Questions on the ferry subsidy"),
                                                     ("02.11.2023", "New chair of the transport committee")]))
    page = ("<html><head><title>Council group - Ferry line to Ardo approved</title></head><body>\n"
            f"<div class='latest'><div>HARBOUR COUNCIL GROUP</div>{items}</div>\n<div class='post'>"
            f"<h2>Ferry line to Ardo approved</h2><div class='meta'>Posted on March 21, 2024</div><p>{PARA_EN}</p>"
            f"<p>{PARA_EN2}</p></div></body></html>")
    doc = _doc(ingest_files, "p.html", page)
    assert (doc["title"], doc["published"]) == ("Ferry line to Ardo approved", "2024-03-21")


def test_a_masthead_printing_part_of_the_title_is_not_the_headline(ingest_files):
    page = ("<html><head><title>Harbour Council - Ferry line to Ardo approved</title></head><body>"
            "<div>HARBOUR COUNCIL</div><div>04.03.2025</div><div><h2>Ferry line to Ardo approved</h2>"
            f"<p>{PARA_EN}</p><p>{PARA_EN2}</p></div></body></html>")
    assert _doc(ingest_files, "p.html", page)["title"] == "Ferry line to Ardo approved"


def test_a_bare_stamp_of_a_headline_block_the_main_content_left_out_is_read(ingest_files):
    page = ("<html><head><title>甲国首相会见乙国总理 - 国际 - 东方新闻网</title></head><body>"
            "<div class='nav'>首页 国内 国际 财经 体育 娱乐 军事 科技</div><div class='article-title'>甲国首相会见乙国总理</div>"
            "<div class='article-time'>2025年03月04日 10:22</div><div class='article-text'>"
            f"<p>{PARA_ZH}</p><p>乙国总理表示，乙方愿同甲方加强海底基础设施保护合作，扩大两国在能源领域的投资。</p></div>"
            "</body></html>")
    assert _doc(ingest_files, "p.html", page)["published"] == "2025-03-04T10:22"


@pytest.mark.parametrize("stamp, published", [
    ("發布日期：114-03-04", "2025-03-04"),  # Taiwan's calendar in figures, as its government sites print it
    ("發布日期：114/03/04 14:20", "2025-03-04T14:20"),
    ("發布日期：114.03.04", "2025-03-04"),
])
def test_a_day_of_taiwans_calendar_in_figures_dates_the_page(ingest_files, stamp, published):
    page = ("<html lang='zh-Hant-TW'><head><title>東方部-新聞稿</title></head><body><div>回首頁｜網站導覽｜新聞稿</div>"
            f"<div class='cp'><h3>東方部長接見甲國總統 雙方簽署觀光合作備忘錄</h3><p>{stamp}</p><p>{PARA_ZH}</p>"
            "<p>甲國總統表示，感謝東方長期支持甲國的醫療與基礎建設，期盼雙方擴大直航與觀光交流。</p></div></body></html>")
    doc = _doc(ingest_files, "p.html", page)
    assert (doc["title"], doc["published"]) == ("東方部長接見甲國總統 雙方簽署觀光合作備忘錄", published)
    assert stamp not in doc["body"]


@pytest.mark.parametrize("text", ["編號114-03-045", "1114-03-04", "114-13-04", "10.108.11.06"])
def test_figures_that_only_look_like_taiwans_calendar_are_no_day(text):
    assert parse_datetime(text) is None


@pytest.mark.parametrize("line", ["Release 111.09.27 was withdrawn.", "Backup host: 10.108.11.06",
                                  "Firmware 113/02/14 ships next week."])
def test_a_version_or_an_address_in_taiwans_figures_stays_in_the_body(ingest_files, line):
    text = f"---\ntitle: Talks\ndate: 2025-01-28\n---\n\n{PARA_EN}\n\n{line}\n\n{PARA_EN2}\n"
    assert _doc(ingest_files, "p.md", text)["body"].splitlines() == [PARA_EN, line, PARA_EN2]


@pytest.mark.parametrize("stamp, published", [
    ("Published: 10:22am, 4 Mar 2025 Updated: 3:00pm, 4 Mar 2025", "2025-03-04T10:22"),  # the clock before the day
    ("Updated: 3:00pm, 5 Mar 2025 | Published: 10:22am, 4 Mar 2025", "2025-03-04T10:22"),
    ("10:22, 4 March 2025", "2025-03-04T10:22"),
    ("Score 3:1, 4 March 2025", "2025-03-04"),  # a score is no clock
])
def test_a_clock_printed_before_its_day_goes_with_it(ingest_files, stamp, published):
    page = (f"<html><body><article><h1>Kelm and Ardo hold consultations</h1><p>{stamp}</p><p>{PARA_EN}</p>"
            f"<p>{PARA_EN2}</p></article></body></html>")
    assert _doc(ingest_files, "p.html", page)["published"] == published


def test_a_dump_opening_with_chinese_key_lines_declares_its_metadata(ingest_files):
    text = ("标题：甲国总理会见乙国总理\n时间：2025-03-04 10:22\n来源：东方网\n链接：https://news.example.cn/2025/0304/a.html\n"
            f"正文：\n{PARA_ZH}\n乙国总理表示，乙方愿同甲方共同推动海底电缆项目，扩大两国能源合作。\n")
    doc = _doc(ingest_files, "dump.txt", text)
    assert (doc["title"], doc["published"]) == ("甲国总理会见乙国总理", "2025-03-04T10:22")
    assert doc["body"].splitlines()[0] == PARA_ZH and "正文" not in doc["body"]


def test_an_article_opening_with_a_quoted_speaker_is_no_key_line(ingest_files):
    text = f"外交部发言人：中方愿同各方一道努力\n{PARA_ZH}\n甲方表示，愿同乙方加强合作。\n"
    assert PARA_ZH in _doc(ingest_files, "dump.txt", text)["body"]


def test_a_title_clipped_with_an_ellipsis_gives_way_to_the_headline_it_starts(ingest_files):
    page = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
            "\"Kelm and Ardo agree to reopen ferry line after six years of…\"}</script></head><body><article>"
            f"<h1>Kelm and Ardo agree to reopen ferry line after six years of dispute</h1><p>{PARA_EN}</p>"
            f"<p>{PARA_EN2}</p></article></body></html>")
    assert _doc(ingest_files, "p.html", page)["title"] == "Kelm and Ardo agree to reopen ferry line after six years " \
                                                          "of dispute"


def test_a_dotted_day_under_the_headline_stays_the_stamp_of_a_chronology(ingest_files):
    """A chronology's dotted days as sub-headings, each before its paragraph, date its steps, not a list's teasers:
    the page's own day under the headline stays its stamp."""
    steps = "".join(f"<p>{day}</p><p>{text}</p>" for day, text in (
        ("12.01.2024", PARA_EN), ("03.06.2024", PARA_EN2), ("21.11.2024", "The delegations agreed on the outline.")))
    page = (f"<html><body><article><h1>Chronology of the ferry talks</h1><p>04.03.2025</p><p>{PARA_EN}</p>{steps}"
            "</article></body></html>")
    assert _doc(ingest_files, "chrono.html", page)["published"].startswith("2025-03-04")


def test_a_taiwan_day_in_figures_after_a_label_and_an_ascii_colon_is_the_stamp(ingest_files):
    page = (f"<html><body><article><h1>外交部長接見外賓</h1><p>發布日期:114.03.04</p><p>{PARA_ZH}</p>"
            "</article></body></html>")
    assert _doc(ingest_files, "roc.html", page)["published"].startswith("2025-03-04")


def _app_post(script: str) -> str:
    """A post of a messaging app's public account as saved from its web view: the time is filled in by a
    script, counters and prompts sit under the text."""
    return ("<html><head><meta charset='utf-8'><meta property='og:title' content='甲国外长会见乙国外长'></head><body>"
            "<div id='post'><h1>甲国外长会见乙国外长</h1><div class='meta'><a>甲国外交</a><em id='time'></em></div>"
            f"<div class='content'><p>{PARA_ZH}</p><p>{PARA_ZH.replace('甲国', '丙国')}</p></div>"
            "<div>阅读 1.2万 在看 56</div><div>预览时标签不可点</div><div>微信扫一扫关注该公众号</div></div>"
            f"<script>{script}</script></body></html>")


@pytest.mark.parametrize("script, published", [
    ('var nickname = "甲国外交"; var publish_time = "2025-03-03" || "";', "2025-03-03"),
    ('window.meta = {"updateTime": "2025-03-09 10:00", "pubDate": "2025-03-04 08:30"};', "2025-03-04T08:30"),
    ('var title = "2025-03-05 会谈";', None),  # a quoted date under a key that names no time
    ('var date = "2025-03-09";', None),  # a bare date: often the server's today
    # other stories' days beside the post's: no one day to take
    ('var data = {"related": [{"pubDate": "2019-05-01"}], "post": {"pubDate": "2025-03-04 08:30"}};', None),
])
def test_a_post_whose_script_fills_in_its_time_is_dated_by_the_script(ingest_files, script, published):
    doc = _doc(ingest_files, "post.html", _app_post(script))
    assert doc["published"] == published
    assert doc["body"].splitlines() == [PARA_ZH, PARA_ZH.replace("甲国", "丙国")]


def test_a_time_a_script_assigns_never_outranks_the_printed_stamp(ingest_files):
    page = _app_post('var publish_time = "2025-03-03";').replace("<em id='time'></em>",
                                                                  "<em id='time'>2025-03-02 09:00</em>")
    assert _doc(ingest_files, "post.html", page)["published"] == "2025-03-02T09:00"
