"""Writes examples/archive.warc.gz: one HTML response record, as a web archiver would store it."""

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<title>国务委员会见南非外长_示例新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/gj">国际</a> | <a href="/sp">视频</a></div>
<h1>国务委员会见南非外长</h1><div class="info">2023-05-09 18:30 来源:示例新闻网</div>
<div class="article"><p>新华社北京5月9日电 5月9日,国务委员在北京会见南非国际关系与合作部长。</p>
<p>国务委员表示,中方愿同南方加强在金砖国家等多边机制内的协调,推动双边务实合作取得更多成果。</p>
<p>南非外长表示,南方期待同中方深化经贸、人文等领域交流。</p></div>
<div class="related"><h3>相关新闻</h3><ul><li><a href="/1">外交部发言人答记者问</a></li></ul></div>
<div class="footer">示例新闻网版权所有</div></body></html>"""


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "examples" / "archive.warc.gz"
    with open(out, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        body = PAGE.encode("utf-8")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://example.org/news/5", "response", payload=BytesIO(body),
                                           http_headers=headers)
        writer.write_record(record)
    print(out)


if __name__ == "__main__":
    main()
