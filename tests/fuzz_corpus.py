"""A hostile input folder written by code: one file (or folder, pipe, socket, link) of every kind of input
that once crashed, stalled or blew up a batch, sized down by `scale`, beside good articles written here.

`write_corpus(folder)` returns {kind: name in the folder}; `python -m tests.fuzz_corpus DIR` writes one
for a manual check (`diplograph ingest DIR ...`).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import socket
import sys
from collections.abc import Callable
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from diplograph.bench import one_line_page

ZH_ARTICLE = ("外长会见来访的挪威外交大臣\n2024-06-18 21:05 来源:本网\n"
              "新华社北京6月18日电 6月18日下午,外长在北京会见来访的挪威外交大臣,双方就双边关系交换意见。\n"
              "外长表示,中方愿同挪方加强绿色能源和海洋领域合作,推动两国关系持续向前发展。\n")
EN_PARAGRAPHS = ["LIMA, June 3 (Agency) - The foreign ministers of Peru and Chile held talks in Lima on Monday "
                 "and agreed to reopen the border crossing before the end of the month.",
                 "The two ministers also discussed the lithium trade and a joint plan for the protection of the "
                 "coastal fisheries, officials said after the meeting."]


def good_articles(count: int = 5) -> dict[str, bytes]:
    """`count` distinct good plain-text articles (a number in each keeps their bytes apart)."""
    out = {}
    for n in range(count):
        text = ZH_ARTICLE.replace("6月18日下午", f"6月{n % 27 + 1}日下午").replace("挪方", f"挪方第{n}次")
        out[f"good/zh-{n:03d}.txt"] = text.encode("utf-8")
    return out


def good_folder(folder: Path, count: int) -> int:
    """A new folder holding `count` good articles as files (for tests that stop an ingest part way); the count."""
    folder.mkdir()
    for name, data in good_articles(count).items():
        (folder / name.replace("/", "-")).write_bytes(data)
    return count


def _page(title: str, paragraphs: list[str]) -> str:
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article>{ps}</article></body></html>"


def _warc(pages: list[tuple[str, bytes]], gz: bool) -> bytes:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


def truncated_warc() -> bytes:
    """Two whole response records, then a third cut in the middle of its payload."""
    pages = [(f"https://example.org/{n}", _page(f"Talks {n}", EN_PARAGRAPHS).encode()) for n in range(3)]
    data = _warc(pages, gz=False)
    return data[: len(data) - 120]


def truncated_warc_gz() -> bytes:
    pages = [(f"https://example.org/gz/{n}", _page(f"Talks gz {n}", EN_PARAGRAPHS).encode()) for n in range(3)]
    data = _warc(pages, gz=True)
    return data[: len(data) - 60]


def yaml_alias_bomb(levels: int = 9, width: int = 10) -> bytes:
    """Front matter whose aliases expand to width**levels values (2.7 KB of YAML for a billion strings)."""
    lines = ['a0: &a0 ["lol"]']
    for k in range(1, levels + 1):
        lines.append(f"a{k}: &a{k} [{', '.join(f'*a{k - 1}' for _ in range(width))}]")
    front = "\n".join(["title: Alias bomb", *lines])
    return f"---\n{front}\n---\n\n{EN_PARAGRAPHS[0]}\n\n{EN_PARAGRAPHS[1]}\n".encode()


def nested_json(depth: int) -> str:
    return '{"title": "deep", "text": ' + "[" * depth + '"x"' + "]" * depth + "}"


def unclosed_tags(count: int) -> bytes:
    """`count` nested elements that never close, each holding a few words, then a paragraph."""
    opened = "".join(f"<div><span>item {n}" for n in range(count))
    return f"<html><body>{opened}<p>{EN_PARAGRAPHS[0]}</p></body></html>".encode()


def files(scale: float = 1.0) -> dict[str, bytes]:
    """Every bad file kind by name, `scale` sizing the large ones (1.0: a few MB at most)."""
    big = max(1000, int(2_000_000 * scale))
    return {
        "csv-more-fields.csv": b"title,text\nTalks,The ministers met in Oslo today and agreed on a plan.,extra,more\n"
                               b"Second,The ministers met again in Bergen on Friday.\n",
        "csv-huge-field.csv": b'title,text\nHuge,"' + b"The ministers met. " * (big // 19) + b'"\n'
                              b"Small,The ministers met in Bergen on Friday and agreed on a plan.\n",
        "json-deep.json": nested_json(1000).encode(),
        "jsonl-deep.jsonl": (nested_json(1000) + "\n"
                             + json.dumps({"title": "ok", "text": EN_PARAGRAPHS[0]}) + "\n").encode(),
        "jsonl-huge-line.jsonl": json.dumps({"title": "huge", "text": "The ministers met. " * (big // 19)}).encode()
                                 + b"\n" + json.dumps({"title": "ok", "text": EN_PARAGRAPHS[1]}).encode() + b"\n",
        "jsonl-lone-surrogate.jsonl": b'{"title": "half \\ud800 pair", "text": "The ministers met \\udc00 today '
                                      b'in Oslo and agreed on a plan for the coast."}\n',
        "yaml-alias-bomb.md": yaml_alias_bomb(),
        "fm-bad-date.md": f"---\ntitle: Talks in Lima\ndate: 2024-02-30\n---\n\n{EN_PARAGRAPHS[0]}\n".encode(),
        "fm-single-newlines.md": ("---\ntitle: 外长会见挪威外交大臣\ndate: 2024-06-18\n---\n"
                                  + ZH_ARTICLE.split("\n", 2)[2]).encode(),
        "ansi-title.html": _page("[[31m视频]\x1b[1m外长会见挪威外交大臣\x1b[0m", EN_PARAGRAPHS).encode(),
        "nul-byte.txt": ZH_ARTICLE.replace("交换意见。", "交换意见。\x00").encode(),
        "one-line-page.txt": one_line_page(max(20_000, int(200_000 * scale))),
        "html-unclosed.html": unclosed_tags(max(1000, int(40_000 * scale))),
        "truncated.warc": truncated_warc(),
        "truncated.warc.gz": truncated_warc_gz(),
        "gzip-bomb.warc.gz": gzip.compress(b"WARC/1.0\r\n" + b"\0" * (big * 20)),
        "binary.bin": bytes(range(256)) * 40,
        "empty.txt": b"",
        os.fsdecode(b"name-\xff\xfe-latin1-caf\xe9.txt"): ZH_ARTICLE.replace("挪威", "瑞典").encode(),
    }


def _special(folder: Path) -> dict[str, Callable[[Path], object]]:
    def sock(path: Path) -> None:
        s = socket.socket(socket.AF_UNIX)
        try:
            s.bind(str(path))
        finally:
            s.close()

    def unreadable(path: Path) -> None:
        path.mkdir()
        (path / "hidden.txt").write_bytes(ZH_ARTICLE.encode())
        path.chmod(0)

    return {"fifo.txt": os.mkfifo, "socket.txt": sock, "device.txt": lambda p: p.symlink_to("/dev/zero"),
            "unreadable-folder": unreadable}


def write_corpus(folder: Path, scale: float = 1.0, good: int = 5) -> dict[str, str]:
    """Write every bad kind and `good` good articles into `folder`; returns {kind: name}."""
    folder.mkdir(parents=True, exist_ok=True)
    names: dict[str, str] = {}
    for name, data in {**files(scale), **good_articles(good)}.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        names[name] = name
    for name, make in _special(folder).items():
        make(folder / name)
        names[name] = name
    return names


if __name__ == "__main__":
    target = Path(sys.argv[1])
    written = write_corpus(target, float(sys.argv[2]) if len(sys.argv) > 2 else 1.0)
    print(f"{len(written)} entries in {target}")
