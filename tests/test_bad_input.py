"""The bad-input matrix: each case is a one-line error naming the file, a documented exit
code, no traceback, and the graph unchanged for that source (docs/bad-input.md)."""

from __future__ import annotations

import gzip
import json
import os

import pytest

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
ARTICLE = "Reuters - Washington imposed sanctions on Venezuela on Monday, the Treasury said."


def write(path, data):
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


BAD_SOURCES = {
    "empty.txt": (b"", 3, "empty"),
    "blank.txt": (b"  \n\t \n", 3, "empty"),
    "image.txt": (PNG, 3, "not a text file"),
    "archive.txt": (gzip.compress(b"hello world" * 100), 3, "not a text file"),
    "nul.txt": (b"plain words\x00\x00\x00 and more", 3, "not a text file"),
    "broken.ttl": (b"@prefix kg: <https://w3id.org/kg-ir/ontology#> .\n<a> kg:id \"x\" .\n<b> kg:id .", 3, "not valid turtle"),
    "broken.jsonld": (b'{"@context": {"kg": "https://w3id.org/kg-ir/ontology#"}, "@id": ', 3, "not valid json-ld"),
    "notes.xyz": (b"some text", 3, "unknown file type"),
    "empty-feed.rss": (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>', 3, "no articles"),
    "impossible-date.ttl": (
        b'@prefix kg: <https://w3id.org/kg-ir/ontology#> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n'
        b'<https://w3id.org/kg-ir/id/Article/x> a kg:Article ; kg:id "x" ; kg:published "2025-02-30"^^xsd:date .',
        4, "xsd:date",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_SOURCES))
def test_bad_source_is_one_line_with_its_exit_code_and_writes_nothing(cli_init, tmp_path, name):
    data, code, words = BAD_SOURCES[name]
    path = write(tmp_path / name, data)
    before = cli_init.stats()
    result = cli_init("load", str(path))
    assert result.exit_code == code, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors and all(name in line for line in errors)
    assert words.lower() in result.stderr.lower()
    assert "Traceback" not in result.output
    assert cli_init.stats() == before


@pytest.mark.parametrize("name", ["empty.txt", "image.txt", "nul.txt", "notes.xyz", "empty-feed.rss"])
def test_extract_reports_bad_sources_the_same_way(cli, tmp_path, name):
    data, code, words = BAD_SOURCES[name]
    path = write(tmp_path / name, data)
    result = cli("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 3
    assert result.stderr.count("\n") == 1 and name in result.stderr and words.lower() in result.stderr.lower()
    assert result.stdout == ""


def test_jsonl_with_one_bad_line_names_the_line_and_writes_nothing_from_that_file(cli_init, tmp_path):
    good = json.dumps({"id": "g1", "title": "t", "published": "2024-03-08", "text": ARTICLE})
    path = write(tmp_path / "feed.jsonl", good + "\n{not json}\n" + good.replace("g1", "g2") + "\n")
    before = cli_init.stats()
    result = cli_init("load", str(path))
    assert result.exit_code == 3
    assert "feed.jsonl: line 2" in result.stderr
    assert cli_init.stats() == before


def test_jsonl_with_a_date_that_does_not_exist_is_refused(cli_init, tmp_path):
    line = json.dumps({"id": "d1", "title": "t", "published": "2025-02-30", "text": ARTICLE})
    path = write(tmp_path / "dates.jsonl", line + "\n")
    result = cli_init("load", str(path))
    assert result.exit_code == 3
    assert "line 1" in result.stderr and "2025-02-30" in result.stderr


@pytest.mark.parametrize(
    "encoding, data",
    [
        ("utf-8-sig", "\ufeff" + ARTICLE),
        ("utf-16", ARTICLE),
        ("cp1252", ARTICLE + " \u201cA step back,\u201d officials said."),
    ],
)
def test_other_encodings_are_decoded(cli, tmp_path, encoding, data):
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(data.encode(encoding))
    result = cli("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(f["kind"] == "sanction_change" and f["object"] == "VEN" for f in facts)


def test_huge_text_file_is_refused_without_reading_it_all(cli, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        chunk = (ARTICLE + "\n").encode() * 10_000
        while handle.tell() < 100 * 2**20:
            handle.write(chunk)
    result = cli("extract", str(path))
    assert result.exit_code == 3
    assert "too large" in result.stderr


def test_deeply_nested_html_loads(cli, tmp_path):
    page = "<html><head><title>Deep</title></head><body>" + "<div>" * 5000 + f"<p>{ARTICLE}</p>" + "</div>" * 5000 + "</body></html>"
    path = write(tmp_path / "deep.html", page)
    result = cli("extract", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert any(json.loads(line)["object"] == "VEN" for line in result.stdout.splitlines())


def test_directory_with_good_and_bad_files_loads_the_good_and_lists_the_bad(cli_init, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    write(folder / "good.txt", "Sanctions lifted\n\n" + ARTICLE)
    write(folder / "bad.txt", PNG)
    result = cli_init("load", str(folder))
    assert result.exit_code == 3
    assert "bad.txt" in result.stderr and "good.txt" not in result.stderr
    assert "1 source(s) failed" in result.stdout
    assert cli_init.stats()["SanctionChange"] == 1


def test_strict_batch_with_one_bad_file_writes_nothing(cli_init, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    write(folder / "good.txt", "Sanctions lifted\n\n" + ARTICLE)
    write(folder / "bad.txt", PNG)
    before = cli_init.stats()
    result = cli_init("load", "--strict", str(folder))
    assert result.exit_code == 3
    assert "nothing written" in result.stderr
    assert cli_init.stats() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(cli_init, tmp_path):
    path = write(tmp_path / "secret.txt", ARTICLE)
    path.chmod(0)
    result = cli_init("load", str(path))
    assert result.exit_code == 3 and "cannot read" in result.stderr


def test_missing_file(cli_init, tmp_path):
    result = cli_init("load", str(tmp_path / "nowhere.txt"))
    assert result.exit_code == 3 and "no such file" in result.stderr
