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
