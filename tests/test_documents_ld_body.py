"""A page its scripts fill in the browser shows a reader of its HTML only a caption, while its JSON-LD keeps the
whole article (`articleBody`): that text is the body, mapped back to the raw page escape by escape (issue 16).

Every page here is invented: an invented outlet, people and places.
"""

from __future__ import annotations

import json

from diplograph.doc import OffsetMap

PARAGRAPHS = [
    "The foreign ministers of Freedonia and Sylvania met in Port Town on Friday and agreed to reopen the border "
    "crossing at Elm River, which has been closed for two years, officials from both sides said.",
    "“We have turned a page,” Freedonia’s minister told reporters after the talks, which lasted four hours.",
    "The two sides also discussed fishing quotas in the gulf and a rail link between their capitals, a plan "
    "first proposed a decade ago 🚆 and shelved after the dispute over the river.",
]


def _page(article_body: str, visible: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Ministers agree to reopen border",
            "datePublished": "2024-03-08T10:00:00Z", "articleBody": article_body}
    ld = json.dumps(data)  # ensure_ascii: curly quotes, apostrophes and the emoji as \\u escapes
    return (f'<html><head><title>Ministers agree to reopen border | Gulf Herald</title>'
            f'<script type="application/ld+json">{ld}</script></head>'
            f'<body><nav>World Business Sport</nav><div id="app">{visible}</div>'
            f'<footer>© 2024 Gulf Herald</footer></body></html>')


def test_a_script_filled_page_takes_its_body_from_json_ld_mapped_back_to_the_raw_page(ingest_files):
    caption = "<figure><figcaption>The ministers at the border post. Photo: Gulf Herald</figcaption></figure>"
    _, docs = ingest_files({"app.html": _page("\n\n".join(PARAGRAPHS), caption)})
    doc = docs["app.html"]
    assert doc["body"].split("\n") == PARAGRAPHS
    assert doc["title"] == "Ministers agree to reopen border"
    om = OffsetMap.from_list(doc["offsets"])
    for b0, b1, r0, r1 in om.segments:  # every one-to-one run is the raw text itself
        if b1 - b0 == r1 - r0:
            assert doc["body"][b0:b1] == doc["raw"][r0:r1]
    k = doc["body"].index("’s minister")
    start, end = om.span_to_raw(k, k + 1)
    assert doc["raw"][start:end] == "\\u2019"  # the apostrophe points at its escape
    k = doc["body"].index("🚆")
    start, end = om.span_to_raw(k, k + 1)
    assert doc["raw"][start:end].lower() == "\\ud83d\\ude86"  # one character from a surrogate pair


def test_a_page_that_shows_its_article_keeps_its_own_text(ingest_files):
    shown = "".join(f"<p>{p} (as printed)</p>" for p in PARAGRAPHS)
    summary = "A short summary of the talks, as the page's structured data gives it. " * 8
    _, docs = ingest_files({"shown.html": _page(summary, shown)})
    body = docs["shown.html"]["body"]
    assert "(as printed)" in body and "short summary" not in body


def test_a_structured_body_given_as_html_is_left_to_the_page(ingest_files):
    marked = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    caption = "<p>The ministers at the border post.</p>"
    _, docs = ingest_files({"marked.html": _page(marked, caption)})
    assert "<p>" not in docs["marked.html"]["body"] and "Elm River" not in docs["marked.html"]["body"]
