"""Prepared queries: header parsing, parameter binding, and every query's rows on the fixture."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kg import queries
from kg.errors import UsageError
from conftest import NEO4J_SKIP, load_fixture, make_backend, neo4j_configured

D = dt.date.fromisoformat

SAMPLE = """// name: sample
// summary: A sample query.
// param: year year | the calendar year
// param: who actor = null | only this actor
// param: n int = 5
// param: flag bool = false | a flag
// mode: read
MATCH (n:State)
RETURN n.id AS id
"""


# ---------------------------------------------------------------------- header parsing


def test_parse_reads_name_summary_mode_and_body():
    q = queries.parse(SAMPLE)
    assert (q.name, q.summary, q.mode) == ("sample", "A sample query.", "read")
    assert q.cypher == "MATCH (n:State)\nRETURN n.id AS id"


def test_parse_tells_required_from_defaulted_parameters():
    params = {p.name: p for p in queries.parse(SAMPLE).params}
    assert [(p.name, p.type, p.required, p.default) for p in params.values()] == [
        ("year", "year", True, None),
        ("who", "actor", False, "null"),
        ("n", "int", False, "5"),
        ("flag", "bool", False, "false"),
    ]
    assert params["year"].help == "the calendar year"
    assert params["who"].help == "only this actor"


def test_parse_rejects_an_unknown_parameter_type():
    with pytest.raises(ValueError, match="colour"):
        queries.parse("// name: bad\n// param: x colour\nRETURN 1")


def test_bind_converts_types_and_fills_defaults_and_year_bounds():
    bound = queries.parse(SAMPLE).bind({"year": "2024", "who": "Cuba"})
    assert bound == {
        "year": 2024, "year_start": dt.date(2024, 1, 1), "year_end": dt.date(2025, 1, 1),
        "who": "CUB", "n": 5, "flag": False,
    }


def test_shipped_queries_are_read_only_and_variants_match_their_headers():
    from importlib.resources import files

    for path in files("kg.queries").iterdir():
        if not path.name.endswith(".cypher"):
            continue
        variant = queries.parse(path.read_text(encoding="utf-8"))
        main = queries.catalog()[variant.name]
        assert path.name.split(".")[0] == main.name, path.name
        assert variant.mode == main.mode == "read", path.name
        assert variant.params == main.params, f"{path.name}: parameters differ from {main.name}.cypher"
        assert main.summary, main.name


def test_shipped_queries_label_every_node_but_the_event():
    """LadybugDB 0.22 drops rows when an unlabeled node meets relationship types that span
    several tables (measured on 1M facts: a timeline returned 14,807 of 16,654 events, with
    no error). Every node a prepared query binds, except the event `e` that its relationship
    types already pin down, carries a label where it first appears."""
    from importlib.resources import files

    node = re.compile(r"\((\w+)(:[\w|]+)?[^()]*\)")
    for path in files("kg.queries").iterdir():
        if not path.name.endswith(".cypher"):
            continue
        body = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("//"))
        seen = {"e"}
        for name, label in node.findall(body):
            if name not in seen and not name.isupper():
                assert label, f"{path.name}: node ({name}) has no label"
            seen.add(name)


# ---------------------------------------------------------------------- binding errors


def test_unknown_query_is_a_usage_error_naming_the_choices():
    with pytest.raises(UsageError, match=r"unknown query 'nope'.*designations-changed"):
        queries.get("nope")


@pytest.mark.parametrize(
    ("name", "raw", "message"),
    [
        ("designations-changed", {}, "parameter 'year' is required"),
        ("designations-changed", {"year": "null"}, "parameter 'year' is required"),
        ("designations-changed", {"year": "2025", "colour": "red"}, "has no parameter 'colour'"),
        ("designations-changed", {"year": "twenty"}, "parameter 'year' must be a year, not 'twenty'"),
        ("designations-changed", {"year": "0"}, "must be a year"),
        ("designations-changed", {"year": "9999"}, "must be a year"),
        ("designations-changed", {"year": "2025", "actor": "Atlantis"}, "unknown state or organisation 'Atlantis'"),
        ("designations-current", {"as_of": "2025-02-30"}, "parameter 'as_of' must be a date"),
        ("timeline", {"a": "USA"}, "parameter 'b' is required"),
    ],
)
def test_bad_parameters_are_usage_errors(name, raw, message):
    with pytest.raises(UsageError, match=message):
        queries.get(name).bind(raw)


@pytest.mark.parametrize("year", ["1", "9998"])
def test_year_bounds_accept_the_extremes(year):
    bound = queries.get("policies").bind({"year": year})
    assert bound["year_end"] - bound["year_start"] >= dt.timedelta(days=365)


# ---------------------------------------------------------------------- rows on the fixture

USA, RUS, CUB, EU = ("USA", "United States"), ("RUS", "Russia"), ("CUB", "Cuba"), ("EU", "European Union")
SST, DT_, SR = "state sponsor of terrorism", "direct threat", "systemic rival"
NATO = ("NATO", "North Atlantic Treaty Organization")
EU_CHN = (*EU, SR, "CHN", "China", D("2024-04-01"))
USA_RUS = (*USA, DT_, *RUS, D("2024-06-01"))


def usa_cub(since):
    return (*USA, SST, *CUB, D(since))


def cuba_ev(day, action, source, title, published, sentence, extractor, confidence):
    return (D(day), "DesignationChange", "USA", action, SST, "CUB", source, title, D(published), sentence, extractor, confidence)


CASES = [
    ("designations-changed", {"year": "2025"}, [
        (D("2025-01-14"), *USA, "removed", SST, *CUB, "art-cuba-rescission", "Cuba taken off the terrorism sponsors list"),
        (D("2025-01-20"), *USA, "assigned", SST, *CUB, "art-cuba-relisting", "Cuba put back on the list"),
        (D("2025-01-20"), *USA, "assigned", SST, *CUB, "art-havana-reacts", "Havana condemns the relisting"),
        (D("2025-12-07"), *USA, "removed", DT_, *RUS, "art-nss-2025", "The new strategy drops the direct-threat language"),
    ]),
    ("designations-changed", {"year": "2024", "actor": "EU"}, [
        (D("2024-04-01"), *EU, "assigned", SR, "CHN", "China", None, None),
    ]),
    ("designations-changed", {"year": "2024", "target": "Russia"}, [
        (D("2024-06-01"), *USA, "assigned", DT_, *RUS, "art-rus-threat-2024", "Washington calls Moscow a direct threat"),
    ]),
    ("designations-changed", {"year": "2023"}, []),
    ("designations-current", {"as_of": "2024-01-01"}, []),
    ("designations-current", {"as_of": "2025-01-13"}, [EU_CHN, USA_RUS, usa_cub("2024-02-01")]),
    ("designations-current", {"as_of": "2025-01-14"}, [EU_CHN, USA_RUS]),  # removed that day
    ("designations-current", {"as_of": "2025-01-20"}, [EU_CHN, USA_RUS, usa_cub("2025-01-20")]),  # re-assigned
    ("designations-current", {"as_of": "2025-12-31"}, [EU_CHN, usa_cub("2025-01-20")]),
    ("designations-current", {"as_of": "2025-12-31", "target": "Cuba"}, [usa_cub("2025-01-20")]),
    ("designations-current", {"as_of": "2025-12-31", "actor": "European Union"}, [EU_CHN]),
    ("designations-current", {"as_of": "2025-12-31", "actor": "USA", "target": "Cuba"}, [usa_cub("2025-01-20")]),
    ("designation-history", {"designation": "State Sponsor of Terrorism"}, [
        (D("2024-02-01"), "day", "USA", "assigned", SST, *CUB),
        (D("2025-01-14"), "day", "USA", "removed", SST, *CUB),
        (D("2025-01-20"), "day", "USA", "assigned", SST, *CUB),
    ]),
    ("designation-history", {"target": "RUS"}, [
        (D("2024-06-01"), "month", "USA", "assigned", DT_, *RUS),
        (D("2025-12-07"), "day", "USA", "removed", DT_, *RUS),
    ]),
    ("memberships", {"organization": "NATO", "as_of": "2022-06-01"}, [("USA", "United States", "member", D("1949-08-24"))]),
    ("memberships", {"organization": "NATO", "as_of": "2024-01-01"}, [
        ("FIN", "Finland", "member", D("2023-04-04")), ("USA", "United States", "member", D("1949-08-24")),
    ]),
    ("memberships", {"organization": "NATO", "as_of": "2024-03-07"}, [
        ("FIN", "Finland", "member", D("2023-04-04")), ("SWE", "Sweden", "member", D("2024-03-07")),
        ("USA", "United States", "member", D("1949-08-24")),
    ]),
    ("memberships", {"organization": "WHO", "as_of": "2026-01-21"}, [("USA", "United States", "member", D("1948-06-21"))]),
    ("memberships", {"organization": "WHO", "as_of": "2026-01-22"}, []),  # left that day
    ("membership-changes", {"year": "2024"}, [(D("2024-03-07"), "SWE", "Sweden", "joined", *NATO, "art-sweden-nato")]),
    ("membership-changes", {"year": "2026"}, [(D("2026-01-22"), *USA, "left", "WHO", "World Health Organization", None)]),
    ("membership-changes", {"year": "2022", "member": "Sweden"}, [(D("2022-05-18"), "SWE", "Sweden", "applied", *NATO, None)]),
    ("membership-changes", {"year": "1949", "organization": "WHO"}, []),
    ("policies", {"year": "2025"}, [(D("2025-12-04"), *USA, "National Security Strategy", "art-nss-2025")]),
    ("policies", {"year": "2024"}, []),
    ("reactions", {"to": "USA"}, [
        (D("2025-01-21"), *CUB, "negative", *USA, "Havana condemned the decision.", "art-havana-reacts"),
        (D("2025-12-08"), *RUS, "positive", *USA, "The Kremlin welcomed the new strategy.", "art-kremlin-welcomes"),
    ]),
    ("reactions", {"by": "Russia"}, [
        (D("2025-12-08"), *RUS, "positive", *USA, "The Kremlin welcomed the new strategy.", "art-kremlin-welcomes"),
    ]),
    ("reactions", {"to": "Cuba"}, []),
    ("state-profile", {"state": "Russia"}, [
        (D("2025-12-08"), "Reaction", "actor", "RUS", "positive", None, "USA"),
        (D("2025-12-07"), "DesignationChange", "target", "USA", "removed", DT_, "RUS"),
        (D("2024-06-24"), "SanctionChange", "target", "EU", "imposed", None, "RUS"),
        (D("2024-06-01"), "DesignationChange", "target", "USA", "assigned", DT_, "RUS"),
    ]),
    ("state-profile", {"state": "Russia", "limit": "2"}, [
        (D("2025-12-08"), "Reaction", "actor", "RUS", "positive", None, "USA"),
        (D("2025-12-07"), "DesignationChange", "target", "USA", "removed", DT_, "RUS"),
    ]),
    ("state-profile", {"state": "SWE"}, [
        (D("2024-03-07"), "MembershipChange", "actor", "SWE", "joined", None, "NATO"),
        (D("2022-05-18"), "MembershipChange", "actor", "SWE", "applied", None, "NATO"),
    ]),
    ("timeline", {"a": "USA", "b": "RUS"}, [
        (D("2024-06-01"), "DesignationChange", "USA", "assigned", DT_, "RUS"),
        (D("2025-12-07"), "DesignationChange", "USA", "removed", DT_, "RUS"),
        (D("2025-12-08"), "Reaction", "RUS", "positive", None, "USA"),
    ]),
    ("timeline", {"a": "Cuba", "b": "United States"}, [
        (D("2024-02-01"), "DesignationChange", "USA", "assigned", SST, "CUB"),
        (D("2025-01-14"), "DesignationChange", "USA", "removed", SST, "CUB"),
        (D("2025-01-20"), "DesignationChange", "USA", "assigned", SST, "CUB"),
        (D("2025-01-21"), "Reaction", "CUB", "negative", None, "USA"),
    ]),
    ("evidence", {"actor": "CUB"}, [
        (D("2025-01-21"), "Reaction", "CUB", "negative", None, "USA", "art-havana-reacts", "Havana condemns the relisting",
         D("2025-01-21"), "Havana condemned the decision.", "manual", 1.0),
        cuba_ev("2025-01-20", "assigned", "art-cuba-relisting", "Cuba put back on the list", "2025-01-21",
                "An executive order restored the designation.", "manual", 1.0),
        cuba_ev("2025-01-20", "assigned", "art-havana-reacts", "Havana condemns the relisting", "2025-01-21",
                "Washington put Cuba back on the list on Monday.", "rules-1", 0.75),
        cuba_ev("2025-01-14", "removed", "art-cuba-rescission", "Cuba taken off the terrorism sponsors list", "2025-01-14",
                "The White House rescinded Cuba's designation.", "rules-1", 0.9),
        cuba_ev("2024-02-01", "assigned", "art-cuba-listing-2024", "Cuba stays on the terrorism sponsors list", "2024-02-02",
                "Cuba remains a state sponsor of terrorism.", "manual", 1.0),
    ]),
    # Two sources of the newest facts: the limit counts rows, newest first.
    ("evidence", {"actor": "CUB", "limit": "2"}, [
        (D("2025-01-21"), "Reaction", "CUB", "negative", None, "USA", "art-havana-reacts", "Havana condemns the relisting",
         D("2025-01-21"), "Havana condemned the decision.", "manual", 1.0),
        cuba_ev("2025-01-20", "assigned", "art-cuba-relisting", "Cuba put back on the list", "2025-01-21",
                "An executive order restored the designation.", "manual", 1.0),
    ]),
    ("evidence", {"actor": "NATO"}, [
        (D("2024-03-07"), "MembershipChange", "SWE", "joined", None, "NATO", "art-sweden-nato", "Sweden becomes NATO's 32nd member",
         D("2024-03-07"), "Sweden joined NATO on 7 March 2024.", "manual", 1.0),
    ]),
    ("evidence", {"actor": "CHN"}, []),  # the EU's designation of China has no article
]


def case_id(case) -> str:
    name, raw, _ = case
    return name + "[" + ",".join(f"{k}={v}" for k, v in raw.items()) + "]"


def run(store, name: str, raw: dict) -> list[tuple]:
    q = queries.get(name)
    return [tuple(row) for row in store.run(q, q.bind(raw)).rows]


def test_every_prepared_query_has_fixture_cases():
    assert {name for name, _, _ in CASES} == set(queries.catalog())


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_prepared_query_rows_on_fixture(fixture_graph, case):
    name, raw, expected = case
    assert run(fixture_graph, name, raw) == expected


@pytest.mark.parametrize("name", sorted(queries.catalog()))
def test_prepared_queries_give_identical_rows_on_both_backends(tmp_path, name):
    """Values and Python types agree (dates are datetime.date on both)."""
    if not neo4j_configured():
        pytest.skip(NEO4J_SKIP)
    embedded, neo4j = (load_fixture(make_backend(kind, tmp_path)) for kind in ("embedded", "neo4j"))
    try:
        for case_name, raw, _ in CASES:
            if case_name != name:
                continue
            left, right = run(embedded, name, raw), run(neo4j, name, raw)
            assert left == right, raw
            types = lambda rows: [[type(v) for v in row] for row in rows]  # noqa: E731
            assert types(left) == types(right), raw
    finally:
        embedded.close()
        neo4j.close()


EDGES = """// name: edges
// summary: Values a packed result must carry unchanged.
// param: day date
// mode: read
// a comment on the last line must not swallow what the backend adds after the query
UNWIND [1, 2] AS i
RETURN i AS n, CASE i WHEN 1 THEN $day END AS day, '2024-01-02' AS looks_like_a_date,
       [$day, $day] AS days, CASE i WHEN 1 THEN 'x' END AS text, 1.5 AS ratio, true AS flag
ORDER BY n DESC
// the end
"""


def test_a_prepared_query_returns_the_rows_and_types_of_the_plain_query(backend):
    """Neo4j sends a prepared query's rows packed into one record; nothing may change on the way."""
    q = queries.parse(EDGES)
    params = q.bind({"day": "2024-05-06"})
    plain, prepared = backend.query(q.cypher, params), backend.run(q, params)
    assert prepared.columns == plain.columns == ["n", "day", "looks_like_a_date", "days", "text", "ratio", "flag"]
    assert prepared.rows == plain.rows == [
        [2, None, "2024-01-02", [D("2024-05-06")] * 2, None, 1.5, True],
        [1, D("2024-05-06"), "2024-01-02", [D("2024-05-06")] * 2, "x", 1.5, True],
    ]
    assert [[type(v) for v in row] for row in prepared.rows] == [[type(v) for v in row] for row in plain.rows]
