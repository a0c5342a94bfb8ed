"""The README's commands work as written: the first one in a real pseudo-terminal (where the progress bar is
drawn), set up as CI sets up, and the measuring commands score an export the README shows how to build
(issue 14)."""

from __future__ import annotations

import fcntl
import os
import re
import select
import shlex
import struct
import subprocess
import sys
import termios
from pathlib import Path

from tests.conftest import ROOT, read_jsonl

README = (ROOT / "README.md").read_text(encoding="utf-8")


def first_command() -> str:
    """The line under `# 1.` in the README's first shell block."""
    lines = README.splitlines()
    return lines[lines.index(next(ln for ln in lines if ln.startswith("# 1."))) + 1]


def block_after(heading: str, fence: str = "```sh") -> str:
    """The first fenced block of the given kind after a heading or marker line."""
    rest = README[README.index(heading):]
    start = rest.index(fence) + len(fence)
    return rest[start:rest.index("```", start)]


def run_in_terminal(command: str, cwd: Path, env: dict[str, str], columns: int = 100) -> tuple[int, str]:
    """Run a shell command with stdin, stdout and stderr on a pseudo-terminal of the given width, as a user's
    shell does; returns (exit status, everything the terminal received)."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, columns, 0, 0))
    proc = subprocess.Popen(["bash", "-c", command], cwd=cwd, env=env, stdin=slave, stdout=slave, stderr=slave,
                            start_new_session=True)
    os.close(slave)
    received = bytearray()
    while True:
        ready, _, _ = select.select([master], [], [], 120)
        if not ready:
            proc.kill()
            break
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: every writer has closed the terminal
            break
        if not chunk:
            break
        received += chunk
    os.close(master)
    return proc.wait(), received.decode("utf-8", errors="replace")


def test_first_command_sets_up_as_ci_does():
    command = first_command()
    install, _, run = command.partition(" && .venv/bin/diplograph ")
    assert install == 'python3 -m venv .venv && .venv/bin/pip install --upgrade pip && .venv/bin/pip install -e ".[dev]"'
    assert run.startswith("ingest examples --db demo.db")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "awk '/^# 1\\./" in ci and 'script -q -e -c "$FIRST"' in ci  # CI runs this very line in a terminal


def test_first_command_works_in_a_terminal_and_prints_what_the_readme_shows(tmp_path):
    command = first_command()
    part = command[command.index(".venv/bin/diplograph"):]
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    launcher = tmp_path / ".venv" / "bin" / "diplograph"
    launcher.parent.mkdir(parents=True)
    launcher.write_text(f"#!{sys.executable}\nimport sys\nfrom diplograph.cli import main\nsys.exit(main())\n")
    launcher.chmod(0o755)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm"}
    env.pop("COLUMNS", None)
    code, screen = run_in_terminal(part, tmp_path, env)
    assert code == 0, screen
    assert re.search(r"\ringest: +12 docs \[\d\d:\d\d, +[\d.]+ docs/s\]", screen), screen  # the bar was drawn
    assert "Traceback" not in screen
    events = read_jsonl(tmp_path / "demo-out" / "events.jsonl")
    assert len(read_jsonl(tmp_path / "demo-out" / "documents.jsonl")) == 12 and len(events) == 12

    shown = block_after("What you should see", "```text").strip().splitlines()
    printed = [line.split("\r")[-1] for line in screen.replace("\r\n", "\n").split("\n")]

    def same(line: str) -> str:  # times and rates vary from run to run, and tqdm pads a short rate
        return re.sub(r"\s+", " ", re.sub(r"\d+\.\d+( s|\s*docs/s)|\d\d:\d\d", "N", line))

    assert [same(x) for x in printed if x.strip()] == [same(x) for x in shown], \
        "the README's 'What you should see' block no longer matches the output: update it"


def test_measuring_commands_score_an_export_of_the_shared_corpus():
    block = block_after("## Measuring")
    lines = [ln for ln in block.splitlines() if ln.strip()]
    build = shlex.split(lines[0].split("&&")[0]) + ["&&"] + shlex.split(lines[0].split("&&")[1])
    assert build[1:3] == ["ingest", "../shared/corpus"]
    out = build[build.index("--out") + 1]
    assert build[build.index("--db") + 1] == build[build.index("--db", build.index("&&")) + 1]
    preds = [shlex.split(ln)[shlex.split(ln).index("--pred") + 1] for ln in lines if "--pred" in ln]
    assert len(preds) >= 3 and set(preds) == {out}
