"""The `kg` command line, run in-process on real store files, as a user would run it."""

from __future__ import annotations

import csv
import json
import re

import click
import pytest

from kg.cli import cli as kg_cli
from kg.ontology import load_schema
from conftest import EXAMPLE, FIXTURE, ROOT

BAD_SHAPES = """@prefix kg: <https://w3id.org/kg-ir/ontology#> .
@prefix id: <https://w3id.org/kg-ir/id/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
id:State\\/usa1 a kg:State ; kg:id "usa1" .
id:State\\/CUB a kg:State ; kg:id "CUB" .
id:Designation\\/x a kg:Designation ; kg:id "x" ; kg:name "x" .
id:DesignationChange\\/dc-maybe a kg:DesignationChange ; kg:id "dc-maybe" ; kg:action "maybe" ;
    kg:date "2025-01-01"^^xsd:date ; kg:by id:State\\/usa1 ; kg:target id:State\\/CUB ; kg:of id:Designation\\/x .
"""
BAD_SHAPES_ERRORS = [
    "Error: bad.ttl: DesignationChange dc-maybe: kg:action: a designation change's action must be assigned or removed",
    "Error: bad.ttl: State usa1: kg:id: a state's id must be an ISO 3166-1 alpha-3 code (three capital letters)",
]


def one_error_line(result, code: int) -> str:
    """Assert the exit code and a single 'Error:' line on stderr, no traceback; return the line."""
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    assert "Traceback" not in result.output
    return lines[0]


@pytest.fixture
def cli_fixture(cli):
    """`kg` on a store holding only tests/data/fixture.ttl, loaded by `kg load`."""
    cli.ok("load", FIXTURE)
    return cli


# ---------------------------------------------------------------------- help and README


def command_paths(group: click.Group = kg_cli, prefix: tuple[str, ...] = ()):
    for name, command in sorted(group.commands.items()):
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from command_paths(command, (*prefix, name))


COMMANDS = list(command_paths())


def test_the_core_commands_exist():
    paths = {" ".join(p) for p, _ in COMMANDS}
    assert {"init", "load", "query list", "query show", "query run", "cypher", "stats", "export",
            "ontology show", "ontology validate"} <= paths


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help_text(cli, path, command):
    assert (command.help or "").strip(), f"kg {' '.join(path)} has no help text"
    result = cli.ok(*path, "--help")
    assert command.help.strip().splitlines()[0][:40] in " ".join(result.output.split())


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=" ".join)
def test_every_command_appears_in_the_readme(path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    *parents, name = path
    pattern = r"\bkg " + "".join(re.escape(p) + " " for p in parents) + r"(?:[\w-]+\|)*" + re.escape(name) + r"(?![\w-])"
    assert re.search(pattern, readme), f"`kg {' '.join(path)}` is not in README.md"


# ---------------------------------------------------------------------- init, load, query


def test_init_load_example_and_query_designations_changed(cli):
    cli.ok("init")
    cli.ok("load", EXAMPLE)
    rows = json.loads(cli.ok("query", "run", "designations-changed", "-p", "year", "2025", "--format", "json").stdout)
    assert [(r["date"], r["actor"], r["action"], r["designation"], r["target"], r["source"]) for r in rows] == [
        ("2025-01-14", "USA", "removed", "state sponsor of terrorism", "CUB", "example-cuba-rescission"),
        ("2025-01-20", "USA", "assigned", "state sponsor of terrorism", "CUB", "example-cuba-relisting"),
        ("2025-12-07", "USA", "removed", "direct threat", "RUS", "example-strategy"),
    ]
    assert {r["actor_name"] for r in rows} == {"United States"}  # names come from the reference data


def test_loading_the_same_file_again_changes_nothing(cli_init):
    cli_init.ok("load", EXAMPLE)
    before = cli_init.stats()
    result = cli_init.ok("load", EXAMPLE)
    assert "0 nodes and 0 relationships added" in result.stdout
    assert cli_init.stats() == before


def test_reloading_unchanged_articles_skips_them_and_an_edited_one_replaces_its_facts(cli_init, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Togo joins bloc\n\nTogo joined ECOWAS on 3 May 2025.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Ghana leaves pact\n\nGhana withdrew from ECOWAS on 4 May 2025.\n", encoding="utf-8")
    first = cli_init.ok("load", str(corpus))
    assert "unchanged" not in first.stdout
    before = cli_init.stats()
    again = cli_init.ok("load", str(corpus))
    assert "2 document(s), 0 fact(s): 0 nodes and 0 relationships added; 2 unchanged document(s) skipped" in again.stdout
    assert cli_init.stats() == before
    (corpus / "b.txt").write_text("Ghana leaves pact\n\nGhana withdrew from ECOWAS on 5 May 2025.\n", encoding="utf-8")
    edited = cli_init.ok("load", str(corpus))
    assert "1 unchanged document(s) skipped; 1 fact(s) withdrawn that re-extracted articles no longer state" in edited.stdout
    rows = json.loads(cli_init.ok("query", "run", "membership-changes", "-p", "year", "2025", "-p", "member", "GHA", "--format", "json").stdout)
    assert [r["date"] for r in rows] == ["2025-05-05"]


def test_query_list_and_show(cli):
    listing = cli.ok("query", "list").stdout
    assert {"designations-changed", "designations-current", "memberships", "evidence", "timeline"} <= set(re.findall(r"[\w-]+", listing))
    shown = cli.ok("query", "show", "memberships").stdout
    assert "-p organization <actor>  (required)" in shown
    assert "-p as_of <date>  (default today)" in shown
    assert "MATCH (e:MembershipChange)" in shown


def test_query_run_csv_output(cli_fixture):
    out = cli_fixture.ok("query", "run", "memberships", "-p", "organization", "NATO", "-p", "as_of", "2024-01-01", "--format", "csv").stdout
    assert out.splitlines() == ["member,name,status,since", "FIN,Finland,member,2023-04-04", "USA,United States,member,1949-08-24"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "unknown query 'nope'"),
        (["designations-changed"], "parameter 'year' is required"),
        (["designations-changed", "-p", "year", "twenty"], "parameter 'year' must be a year, not 'twenty'"),
        (["designations-changed", "-p", "year", "0"], "must be a year"),
        (["designations-changed", "-p", "year", "2025", "-p", "colour", "red"], "has no parameter 'colour'"),
        (["designations-current", "-p", "as_of", "2025-13-01"], "parameter 'as_of' must be a date"),
        (["timeline", "-p", "a", "USA", "-p", "b", "Atlantis"], "unknown state or organisation 'Atlantis'"),
    ],
)
def test_bad_query_usage_exits_2_with_one_line(cli_fixture, args, message):
    assert message in one_error_line(cli_fixture("query", "run", *args), 2)


def test_query_without_a_store_says_run_init(cli):
    assert "run `kg init` first" in one_error_line(cli("query", "run", "policies", "-p", "year", "2025"), 5)


# ---------------------------------------------------------------------- kg cypher is read-only

REFUSED = [
    "CREATE (n:State {id: 'ZZZ'})",
    "cReAtE (n:State {id: 'ZZZ'})",
    "MERGE (n:State {id: 'ZZZ'})",
    "MATCH (n:State) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:State) DELETE n",
    "MATCH (n:State) REMOVE n.name",
    "DROP TABLE State",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS",
    "MATCH (n) CALL { WITH n RETURN n } IN TRANSACTIONS RETURN n",
    "MATCH (n)\n// just reading\nDETACH DELETE n",
    "MATCH (n) DETACH/* a comment */DELETE n",
    "MATCH (n:State) WHERE n.id <> '//' CREATE (m:State {id: 'ZZZ'}) RETURN n.id",
    "MATCH (n:State) WHERE n.`//` IS NULL CREATE (m:State {id: 'ZZZ'}) RETURN n.id",
    'MATCH (n:State) WHERE n.id <> "/*" CREATE (m:State {id: \'ZZZ\'}) RETURN "*/"',
    "ＣＲＥＡＴＥ (n:State {id: 'ZZZ'})",  # fullwidth letters
    "MATCH (n) ＤＥＴＡＣＨ ＤＥＬＥＴＥ n",
    "\u0421REATE (n:State {id: 'ZZZ'})",  # Cyrillic Es
]


@pytest.mark.parametrize("text", REFUSED)
def test_cypher_refuses_writes_and_leaves_the_store_unchanged(cli_fixture, text):
    before = cli_fixture.stats()
    assert "query refused" in one_error_line(cli_fixture("cypher", text), 2)
    assert cli_fixture.stats() == before


def test_cypher_runs_reads_with_parameters_and_comments(cli_fixture):
    text = "MATCH (s:State) WHERE s.id = $id RETURN s.name AS name // no CREATE here"
    assert json.loads(cli_fixture.ok("cypher", text, "-p", "id", "CUB", "--format", "json").stdout) == [{"name": "Cuba"}]
    hostile = "x'}) DETACH DELETE n //"
    assert json.loads(cli_fixture.ok("cypher", text, "-p", "id", hostile, "--format", "json").stdout) == []
    assert cli_fixture.stats()["State"] == 6


# ---------------------------------------------------------------------- bad input


def test_shacl_rejection_exits_4_names_each_problem_and_writes_nothing(cli_fixture, tmp_path):
    (tmp_path / "bad.ttl").write_text(BAD_SHAPES, encoding="utf-8")
    before = cli_fixture.stats()
    result = cli_fixture("load", "bad.ttl")
    assert result.exit_code == 4
    assert result.stderr.strip().splitlines() == BAD_SHAPES_ERRORS
    assert "Traceback" not in result.output
    assert cli_fixture.stats() == before


def test_malformed_turtle_exits_3_with_one_line_and_writes_nothing(cli_fixture, tmp_path):
    (tmp_path / "broken.ttl").write_text("@prefix kg: <https://w3id.org/kg-ir/ontology#> .\nkg:x kg:y \"unterminated .\n")
    before = cli_fixture.stats()
    assert one_error_line(cli_fixture("load", "broken.ttl"), 3).startswith("Error: broken.ttl: not valid turtle")
    assert cli_fixture.stats() == before


def test_ontology_validate_good_and_bad_files(cli, tmp_path):
    assert cli.ok("ontology", "validate", FIXTURE).stdout.strip() == f"{FIXTURE}: conforms"
    (tmp_path / "bad.ttl").write_text(BAD_SHAPES, encoding="utf-8")
    result = cli("ontology", "validate", "bad.ttl")
    assert result.exit_code == 4
    assert result.stderr.strip().splitlines() == BAD_SHAPES_ERRORS
    assert "not an RDF file" in one_error_line(cli("ontology", "validate", "notes.txt"), 2)


def test_ontology_show_lists_labels_and_relationship_types(cli):
    out = cli.ok("ontology", "show").stdout
    schema = load_schema()
    for name in [*schema.nodes, *schema.rels]:
        assert re.search(rf"\b{name}\b", out), name


# ---------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_export_then_load_into_a_fresh_store_gives_the_same_stats(cli_fixture, tmp_path, fmt):
    cli_fixture.ok("export", "--format", fmt, "-o", f"graph.{fmt}")
    fresh = tmp_path / "fresh.lbdb"
    cli_fixture.ok("load", f"graph.{fmt}", store=fresh)
    assert cli_fixture.stats(store=fresh) == cli_fixture.stats()
    nt = lambda store: sorted(cli_fixture.ok("export", "--format", "nt", store=store).stdout.splitlines())  # noqa: E731
    assert nt(fresh) == nt(None)


def test_export_of_an_initialised_store_round_trips(cli_init, tmp_path):
    cli_init.ok("load", FIXTURE)
    cli_init.ok("export", "-o", "all.ttl")
    fresh = tmp_path / "fresh.lbdb"
    cli_init.ok("load", "all.ttl", store=fresh)
    assert cli_init.stats(store=fresh) == cli_init.stats()


def test_export_csv_writes_one_file_per_label_and_type_with_iso_dates(cli_fixture, tmp_path):
    cli_fixture.ok("export", "--format", "csv", "-o", "out")
    schema = load_schema()
    assert {p.name for p in (tmp_path / "out").iterdir()} == {f"{n}.csv" for n in [*schema.nodes, *schema.rels]}

    def read(name):
        with (tmp_path / "out" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    changes = {row["id"]: row for row in read("DesignationChange")}
    assert len(changes) == 6
    assert changes["dc-rus-assigned-2024"] == {"id": "dc-rus-assigned-2024", "action": "assigned", "date": "2024-06-01", "datePrecision": "month"}
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["published"]) for row in read("Article"))
    assert {row["id"]: row["isAlliance"] for row in read("InternationalOrganization")} == {"EU": "false", "NATO": "true", "WHO": "false"}
    sourced = read("SOURCED_FROM")
    assert len(sourced) == 11
    assert list(sourced[0]) == ["start_label", "start_id", "end_label", "end_id", "confidence", "extractor", "sentence", "spanEnd", "spanStart"]
    assert read("Policy") and read("OFFICE") == [{"start_label": "Person", "start_id": "marco-rubio-usa-2025-01-21", "end_label": "State", "end_id": "USA"}]


def test_export_csv_needs_an_output_folder(cli_fixture):
    assert "--format csv needs --output" in one_error_line(cli_fixture("export", "--format", "csv"), 2)
