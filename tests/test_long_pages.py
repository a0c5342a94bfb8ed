"""Steps that looked back to the start of a paragraph for every trigger (a cost growing with the square of a
page written as one line) now find it by bisection: the answers stay what they were, paragraph by paragraph.
Every sentence here is invented."""

from __future__ import annotations

from diplograph.extract.event_background import in_speech

SPEAKER = "学者林清远表示，两国外长周三在湖城会谈。"
REPORT = "外长周明会见来访的沙洲国客人。"


def test_only_the_paragraph_a_speaker_opens_is_speech():
    text = "\n".join([SPEAKER, REPORT, SPEAKER])
    second = len(SPEAKER) + 1
    third = second + len(REPORT) + 1
    assert in_speech(text, SPEAKER.index("会谈"))
    assert not in_speech(text, second + REPORT.index("会见"))
    assert in_speech(text, third + SPEAKER.index("会谈"))
    assert not in_speech(text, third + 2)  # inside the opening, before the verb of saying


def test_a_page_on_one_line_is_one_paragraph_whatever_text_came_before():
    one_line = SPEAKER + REPORT * 500
    lines = REPORT + "\n" + SPEAKER
    at = len(one_line) - len(REPORT) + REPORT.index("会见")
    assert in_speech(one_line, at)  # the speaker opens the one paragraph there is
    assert not in_speech(lines, REPORT.index("会见"))
    assert in_speech(one_line, at) and in_speech(lines, len(REPORT) + 1 + SPEAKER.index("会谈"))
