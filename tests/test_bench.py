"""The bench command runs end to end on real files and reports every line it promises (no timing asserted)."""

from __future__ import annotations

import re

from diplograph.bench import run_bench
from diplograph.config import load_settings


def test_bench_reports_the_event_scope_and_stage_costs(tmp_path):
    (tmp_path / "call.txt").write_text(
        "习近平同芬兰总统通电话\n2023年05月06日 21:30 来源：新华社\n"
        "新华社北京5月6日电 国家主席习近平6日晚应约同芬兰总统尼尼斯托通电话。\n习近平指出，中芬两国友好交往历史悠久。\n",
        encoding="utf-8",
    )
    report = run_bench([str(tmp_path)], load_settings(), repeat=1, min_seconds=0.0)
    assert "diplograph text dumps" in report
    assert "up to events" in report and "(without statements)" in report
    stages = report.split("ms per document by stage: ")[1].splitlines()[0]
    assert {part.split()[0] for part in stages.split(", ")} == set(load_settings().pipeline)


def test_bench_measures_every_format_each_html_subset_the_merge_and_a_scaled_corpus(tmp_path):
    call = ("习近平同芬兰总统通电话\n2023年05月06日 21:30 来源：新华社\n"
            "新华社北京5月6日电 国家主席习近平6日晚应约同芬兰总统尼尼斯托通电话。\n")
    (tmp_path / "dumps").mkdir()
    (tmp_path / "dumps" / "call.txt").write_text(call, encoding="utf-8")
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "short.html").write_text(
        "<html><head><title>王毅会见法国外长</title></head><body><p>新华社北京3月6日电 外交部长王毅6日在北京会见"
        "法国外长巴罗。</p></body></html>", encoding="utf-8")
    (tmp_path / "posts").mkdir()
    (tmp_path / "posts" / "post.md").write_text(
        "---\ntitle: 王毅会见德国外长\ndate: 2024-03-06\n---\n\n外交部长王毅6日在北京会见德国外长贝尔伯克。\n", encoding="utf-8")
    report = run_bench([str(tmp_path)], load_settings(), repeat=2, min_seconds=0.0, scale=6, workers=1)
    for fmt in ("text", "html", "frontmatter"):
        assert f"diplograph {fmt}" in report
    assert re.search(r"diplograph all formats +3 docs", report)  # the whole-ingest figure covers every document
    assert re.search(r"reading \(walk, format told, records split\) of every file, once: [\d.]+ s", report)
    assert "short fragments" in report and "ratio" in report  # the short page is its own HTML subset
    assert "merge of" in report and "scale: 6 files in 2 copies" in report


def test_front_matter_is_read_by_libyaml_where_pyyaml_has_it_and_keeps_dates_as_text():
    import yaml

    from diplograph.clean import bounded_yaml
    from diplograph.clean.front_matter import front_matter

    page = "---\ntitle: \"会谈: 第二轮\"\ndate: 2024-03-06 08:00:00\ntags: [外交, 会见]\nauthor:\n  name: 新华社\n---\n正文。\n"
    assert bounded_yaml.BASE is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    assert front_matter(page)[0] == {"title": "会谈: 第二轮", "date": "2024-03-06 08:00:00", "tags": ["外交", "会见"],
                                     "author": {"name": "新华社"}}


def test_synthetic_copies_keep_dates_in_range_and_every_copy_distinct(tmp_path):
    """Issue 21: past 74 copies of a 2026 page the years went beyond 2100, where dates no longer parse; and
    copies whose shift repeats must still differ in their bytes (or they would be one document)."""
    import re

    from diplograph.bench import make_copies
    from diplograph.ingest.walk import iter_files, read_file
    from diplograph.services import doc_id_for

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("两国外长会谈\n2026-07-19 10:00\n双方2017年签署的协定继续有效。\n", encoding="utf-8")
    (src / "b.md").write_text("---\ntitle: Talks\ndate: 2017-03-06\n---\n\nThe ministers met on Monday.\n",
                              encoding="utf-8")
    (src / "c.csv").write_text('title,date,text\nTalks,2026-01-02,"The ministers met,\nand talked."\n',
                               encoding="utf-8")
    (src / "d.jsonl").write_text('{"title": "Talks", "date": "2026-01-02", "text": "They met."}\n', encoding="utf-8")
    (src / "e.json").write_text('[ {"title": "Talks", "date": "2017-05-01", "text": "They met."} ]', encoding="utf-8")
    (src / "f.html").write_text("<html><p>Talks on 2026-01-02.</p></html>", encoding="utf-8")
    out = tmp_path / "out"
    copies = make_copies([str(src)], out, 6 * 400)
    assert copies == 400
    ids, years = set(), set()
    for path, source in iter_files([str(out)]):
        for record in read_file(path, source, 10**6):
            assert record.error is None, (source, record.error)
            assert record.fmt != "record" or record.data.decode().startswith(("They met", "The ministers met,\nand"))
            ids.add(doc_id_for(record))
        years.update(int(y) for y in re.findall(rb"(?<![0-9])[0-9]{4}(?![0-9])", path.read_bytes()) if y != b"0000")
    assert len(ids) == 6 * 400
    assert 1900 <= min(years) and max(years) <= 2100


def test_side_by_side_runs_take_turns():
    """The runs of our pipeline and of the reference alternate, so that a change of load on a shared machine
    falls on both sides of the ratio alike (each run here is one pass: no time is asked for)."""
    from diplograph.bench import _interleaved_runs

    calls: list[str] = []

    def side(name: str, docs: int):
        def run() -> int:
            calls.append(name)
            return docs
        return run

    ours, theirs = _interleaved_runs([side("ours", 3), side("theirs", 2)], repeat=3, min_seconds=0.0)
    assert calls == ["ours", "theirs"] + ["ours", "theirs"] * 3  # warm-ups, then the runs in turn
    assert len(ours) == len(theirs) == 3 and all(r > 0 for r in ours + theirs)
