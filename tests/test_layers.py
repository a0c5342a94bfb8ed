"""The stages' order holds in the code: a stage imports only earlier stages and the shared base (the document
model, the registry, the settings, the lexicons), never a later one, so each can be read and tested alone."""

from __future__ import annotations

import ast
from pathlib import Path

import diplograph

PACKAGE = Path(diplograph.__file__).parent
BASE = {"doc", "registry", "config", "lexicons"}
STAGES = ["ingest", "clean", "extract", "resolve", "merge", "store", "export"]
EDGES = {"engine"}  # runs the stages (locally or on Spark), as services.py does: may import any of them
RANK = {**{name: 0 for name in BASE}, **{s: i + 1 for i, s in enumerate(STAGES)}, "web": len(STAGES)}


def _imported(path: Path) -> set[str]:
    """The first parts of the diplograph modules a file imports (`diplograph.clean.x` → `clean`)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            continue
        names |= {m.split(".")[1] for m in modules if m.startswith("diplograph.") and m.count(".") >= 1}
    return names


def _upward() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        layer = parts[0].removesuffix(".py")
        if layer in EDGES or (len(parts) == 1 and layer not in BASE):  # the CLI, services and bench join them
            continue
        for name in _imported(path):
            if RANK.get(name, -1) > RANK[layer]:
                found.append(f"{'/'.join(parts)} imports {name}")
    return found


def test_no_stage_imports_a_later_stage():
    assert _upward() == []


def test_the_check_sees_every_stage_and_reads_an_import_of_a_later_one(tmp_path):
    assert {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()} <= set(RANK) | EDGES
    bad = tmp_path / "m.py"
    bad.write_text("from diplograph.merge.groups import DisjointSets\nimport diplograph.web.app\n")
    assert _imported(bad) == {"merge", "web"}
