import codecs
import datetime as dt
import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import InputError
from kg.loaders import decode as decode_mod
from kg.loaders.sources import iter_sources


def docs(*paths, fmt=None):
    out = []
    for src in iter_sources([str(p) for p in paths], fmt):
        out.extend(src.documents())
    return out


def test_plain_text_title_and_dateline(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Ministers meet\n\nPublished: 2025-02-03\n\nThe ministers met on Monday.\n", encoding="utf-8")
    (d,) = docs(p)
    assert d.title == "Ministers meet"
    assert d.published == dt.date(2025, 2, 3)
    assert d.id == str(p) and d.path == str(p)
    assert "ministers met on Monday" in d.text


def test_markdown_is_stripped(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("# A **bold** title\n\nSome [linked text](http://x.example) and *emphasis*.\n\n- a list item\n", encoding="utf-8")
    (d,) = docs(p)
    assert d.title == "A bold title"
    assert "Some linked text and emphasis." in d.text
    assert "a list item" in d.text and "](" not in d.text and "#" not in d.text


def test_html_boilerplate_title_and_date(tmp_path):
    p = tmp_path / "a.html"
    p.write_text("""<html><head><title>Page title</title>
      <meta property="article:published_time" content="2024-03-08T09:00:00Z"></head>
      <body><nav>Home | World</nav><header>Site header</header>
      <article><h1>Headline</h1><p>First <b>paragraph</b> here.</p><script>var x=1;</script>
      <p>Second paragraph.</p><aside>Related links</aside></article>
      <footer>Copyright</footer></body></html>""", encoding="utf-8")
    (d,) = docs(p)
    assert d.title == "Page title"
    assert d.published == dt.date(2024, 3, 8)
    assert "First paragraph here." in d.text and "Second paragraph." in d.text
    for junk in ("Home", "Site header", "var x", "Related", "Copyright"):
        assert junk not in d.text


def test_html_time_element(tmp_path):
    p = tmp_path / "a.htm"
    p.write_text('<html><body><time datetime="2023-05-01">May 1</time><p>Text.</p></body></html>', encoding="utf-8")
    (d,) = docs(p)
    assert d.published == dt.date(2023, 5, 1)


def test_jsonl_documents_and_bad_line(tmp_path):
    p = tmp_path / "a.jsonl"
    good = {"id": "n1", "title": "T", "published": "2025-01-02", "url": "http://x", "publisher": "P", "text": "Hello."}
    nulldate = {"id": "n2", "published": None, "text": "World."}
    p.write_text(json.dumps(good) + "\n\n" + json.dumps(nulldate) + "\n{broken\n", encoding="utf-8")
    (src,) = iter_sources([str(p)])
    it = src.documents()
    d1, d2 = next(it), next(it)
    assert (d1.id, d1.published, d1.publisher, d1.url) == ("n1", dt.date(2025, 1, 2), "P", "http://x")
    assert d2.published is None
    with pytest.raises(InputError, match=r"a\.jsonl: line 4: invalid JSON"):
        next(it)


def test_jsonl_missing_text_is_an_error(tmp_path):
    p = tmp_path / "a.ndjson"
    p.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 1"):
        docs(p)


RSS = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Wire</title><item><title>One</title><link>http://x/1</link><guid>urn:1</guid>
<pubDate>Tue, 14 Jan 2025 10:00:00 GMT</pubDate><description>short</description>
<content:encoded><![CDATA[<p>Full <b>text</b> one.</p>]]></content:encoded></item>
<item><title>Two</title><link>http://x/2</link><description>&lt;p&gt;Summary two.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
<entry><id>tag:x,2025:1</id><title>A</title><updated>2025-02-01T00:00:00Z</updated><published>2025-01-31T08:00:00Z</published>
<content type="html">&lt;p&gt;Atom body.&lt;/p&gt;</content></entry></feed>"""


def test_rss_feed(tmp_path):
    p = tmp_path / "f.rss"
    p.write_text(RSS, encoding="utf-8")
    d1, d2 = docs(p)
    assert (d1.id, d1.title, d1.published, d1.publisher) == ("urn:1", "One", dt.date(2025, 1, 14), "Wire")
    assert d1.text == "Full text one."
    assert d2.id == "http://x/2" and d2.text == "Summary two."


def test_atom_feed(tmp_path):
    p = tmp_path / "f.atom"
    p.write_text(ATOM, encoding="utf-8")
    (d,) = docs(p)
    assert (d.id, d.published, d.text) == ("tag:x,2025:1", dt.date(2025, 1, 31), "Atom body.")


@pytest.mark.parametrize("data", [
    "Côte d’Ivoire said.".encode("utf-8"),
    codecs.BOM_UTF8 + "Côte d’Ivoire said.".encode("utf-8"),
    codecs.BOM_UTF16_LE + "Côte d’Ivoire said.".encode("utf-16-le"),
    codecs.BOM_UTF16_BE + "Côte d’Ivoire said.".encode("utf-16-be"),
    "Côte d’Ivoire said.".encode("cp1252"),
])
def test_decoding(tmp_path, data):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    (d,) = docs(p)
    assert d.text == "Côte d’Ivoire said."


@pytest.mark.parametrize("data, reason", [
    (b"\x89PNG\r\n\x1a\n0000", "PNG"), (b"\x1f\x8b\x08\x00", "gzip"), (b"PK\x03\x04abc", "zip"),
    (b"abc\x00def", "NUL"),
])
def test_binary_is_refused(tmp_path, data, reason):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    with pytest.raises(InputError, match=reason):
        docs(p)


def test_unknown_extension_and_override(tmp_path):
    p = tmp_path / "a.doc"
    p.write_text("Plain words.", encoding="utf-8")
    with pytest.raises(InputError, match="unknown file type"):
        docs(p)
    (d,) = docs(p, fmt="text")
    assert d.text == "Plain words."


def test_missing_path(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        docs(tmp_path / "nope.txt")


def test_directory_and_glob_expand_sorted(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.txt", "sub/c.md"):
        (tmp_path / name).write_text("Text.", encoding="utf-8")
    assert [s.name for s in iter_sources([str(tmp_path)])] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), str(tmp_path / "sub" / "c.md")]
    assert [s.name for s in iter_sources([str(tmp_path / "*.txt")])] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_too_large(tmp_path, monkeypatch):
    import kg.loaders.sources as sources

    monkeypatch.setattr(sources, "MAX_DOCUMENT_BYTES", 10)
    p = tmp_path / "a.txt"
    p.write_text("x" * 50, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        docs(p)
    assert decode_mod.MAX_DOCUMENT_BYTES == 20 * 1024 * 1024


def test_cli_reports_bad_source_and_continues(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Sweden formally joined NATO on March 7, 2024.\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n")
    result = CliRunner().invoke(cli, ["extract", str(bad), str(good), "--format", "jsonl"])
    assert result.exit_code == 3
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["subject"], f["object"], f["action"], f["date"]) for f in facts] == [("SWE", "NATO", "joined", "2024-03-07")]
    assert f"Error: {bad}: not a text file (a PNG image)" in result.stderr


def test_cli_stdin_and_table():
    result = CliRunner().invoke(cli, ["extract", "-", "--format", "table"],
                                input="Finland joined NATO on April 4, 2023.\n")
    assert result.exit_code == 0, result.output
    assert "FIN" in result.stdout and "NATO" in result.stdout
