"""The bench command runs end to end on real files and reports every line it promises (no timing asserted)."""

from __future__ import annotations

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
    assert "short fragments" in report and "ratio" in report  # the short page is its own HTML subset
    assert "merge of" in report and "scale: 6 files in 2 copies" in report


def test_front_matter_reads_the_same_with_libyaml_and_without():
    import yaml

    from diplograph.clean import markup

    page = "---\ntitle: \"会谈: 第二轮\"\ndate: 2024-03-06 08:00:00\ntags: [外交, 会见]\nauthor:\n  name: 新华社\n---\n正文。\n"
    fast = markup.front_matter(page)
    assert markup.YAML_LOADER is getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    slow_loader, markup.YAML_LOADER = markup.YAML_LOADER, yaml.SafeLoader
    try:
        assert markup.front_matter(page) == fast and fast[0]["tags"] == ["外交", "会见"]
    finally:
        markup.YAML_LOADER = slow_loader
