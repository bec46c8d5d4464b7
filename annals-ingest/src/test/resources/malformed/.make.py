#!/usr/bin/env python3
"""Writes the malformed-input corpus of MalformedCorpusTest (issue 16): every file is either
stored or skipped with a specific reason, listed in .expected.tsv. All text is the project's own.
Run from this folder: python3 .make.py"""
import gzip, io, json, os

A = ("The foreign ministers of Norway and Chile met in Oslo on Tuesday to discuss cooperation on "
     "fisheries. Both ministers said the talks were productive and agreed to meet again in Santiago.")
B = ("Kenya's president received a delegation of Ethiopian officials in Nairobi on Monday. The two "
     "sides signed an agreement on a new road link and pledged to expand trade along the border.")
C = ("Canada announced new sanctions on Tuesday against several companies accused of supplying "
     "military equipment. The government said the measures would take effect immediately.")
DE = ("Die Aussenminister trafen sich am Dienstag in Berlin, um ueber die gemeinsame Energiepolitik "
      "zu sprechen. Beide Seiten erklaerten, die Gespraeche seien konstruktiv gewesen.")
expected = []

def ref(n, text):
    """Makes each stored text unique, so that no record is a duplicate of another file's."""
    return text + " The report was filed as number %d." % n

def put(name, data, outcome):
    data = data.encode() if isinstance(data, str) else data
    with open(name, "wb") as f:
        f.write(data)
    expected.append((name, outcome))

def gz(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as g:
        g.write(data.encode() if isinstance(data, str) else data)
    return buf.getvalue()

put("01-good-dateline.txt", "OSLO, July 3, 2025 — " + A, "stored:1")
put("02-empty.txt", "", "no-text:1")
put("03-binary.txt", b"abc\x00\x01\x02\x03def", "no-text:1")
put("04-latin1.txt", ("Caf\xe9 talks in Montr\xe9al. " + B).encode("latin-1"), "no-text:1")
put("05-german.txt", DE + " " + DE, "not-english:1")
put("06-truncated.json", '[{"text": "' + ref(6, A) + '"}, {"text": "' + B[:40], "stored:1,not-parsable:1")
put("07-deep.json", "[" + '{"a":' * 1500 + "1" + "}" * 1500 + "]", "not-parsable:1")
put("08-brackets.json", "[" * 100_000, "not-parsable:1")
put("09-not-objects.json", '[1, "two", null, {"text": "' + ref(9, C) + '"}]', "stored:1,not-parsable:3")
put("10-bad-dates.jsonl", "\n".join(json.dumps(r) for r in [
    {"text": A, "published": "yesterday"},
    {"text": B, "published": "+999999999-01-01"},
    {"text": C, "published": "-2024-06-01"},
    {"text": A + " " + B, "published": "2025-02-30"},
    {"text": ref(10, B + " " + C), "published": "2025-07-03"}]) + "\n", "bad-date:4,stored:1")
put("11-bad-lines.jsonl", json.dumps({"text": ref(11, C)}) + "\n{not json\n" + "[" * 3000 + "\n"
    + json.dumps({"headline": "A title but no text"}) + "\n", "stored:1,not-parsable:2,missing-field:1")
put("12-no-text-column.csv", "url,date,title\nhttps://a.example/1,2025-07-03,Talks\n", "missing-field:1")
put("13-ragged.csv", 'url,date,text\nhttps://a.example/2,2025-07-03,"' + ref(13, A) + '"\nhttps://a.example/3,2025-07-04\n',
    "stored:1,missing-field:1")
put("14-unclosed-quote.csv", 'url,date,text\nhttps://a.example/4,2025-07-03,"' + B + "\n", "not-parsable:1")
put("15-not-xml.rss", "this { is not xml at all", "not-parsable:1")
put("16-doctype.rss", '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    '<rss version="2.0"><channel><title>T</title><item><title>x</title><description>&x;</description>'
    "</item></channel></rss>", "not-parsable:1")
put("17-empty-feed.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title></channel></rss>',
    "no-text:1")
put("18-entry-without-text.atom", '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
    "<title>Wire</title><id>urn:x</id><updated>2025-07-03T00:00:00Z</updated>"
    "<entry><title>Empty</title><id>urn:1</id><updated>2025-07-03T00:00:00Z</updated><summary> </summary></entry>"
    "<entry><title>Talks</title><id>urn:2</id><updated>2025-07-03T00:00:00Z</updated><summary>" + ref(18, C) + "</summary></entry>"
    "</feed>", "no-text:1,stored:1")
put("19-corrupt.warc", b"WARC/1.0\r\nWARC-Type: response\r\n\xd4\xff\r\n\r\n", "corrupt:1")
put("20-truncated.warc.gz", gz("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n")[:-9],
    "corrupt:1")
put("21-corrupt.txt.gz", gz(A)[:12] + b"\x00garbage", "corrupt:1")
put("22-nav-only.html", "<html><body><nav>Home World Sport</nav><footer>Contact</footer></body></html>", "no-text:1")
put("23-notes.md", "# Not a supported format\n", "unsupported:1")
put("24-long-sentence.txt", A + " " + " and ".join(["the delegates discussed quotas"] * 120) + ". " + B,
    "stored:1")
put("25-underscores.txt.gz", gz("_".join(["summit"] * 800_000) + "\n"), "budget:1")
put("26-three-thousand-sentences.txt.gz", gz(" ".join(
    "Officials in city %d met delegates from region %d on day %d." % (i, i % 97, i % 28 + 1) for i in range(3000))),
    "budget:1")
put("27-brackets.txt", A + " " + "[" * 99_000, "budget:1")
put("28-over-16mb.jsonl.gz", gz('{"text": "' + "a" * (17 * 1024 * 1024) + '"}\n'), "too-large:1")
put("29-bom-only.txt", "\ufeff", "no-text:1")
put("30-no-date.html", "<html><head><title>Talks</title></head><body><article><p>" + ref(30, B) + "</p></article></body></html>",
    "stored:1")

with open(".expected.tsv", "w") as f:
    f.write("# file\toutcomes (reason:count; stored:count) -- written by .make.py\n")
    for name, outcome in expected:
        f.write(name + "\t" + outcome + "\n")
