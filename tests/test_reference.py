"""Sanity checks on the shipped reference tables (standard library only)."""
from __future__ import annotations

import csv
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import ROOT

REF = Path(__file__).resolve().parent.parent / "kg" / "reference"

REQUIRED_ORGS = {
    "UN", "EU", "NATO", "ECOWAS", "BRICS", "WHO", "UNESCO", "CSTO", "OAS", "AU", "ASEAN", "SCO",
    "ICC", "COE", "UNHRC", "OSCE", "IAEA", "WTO", "G7", "G20", "OPEC", "EAEU", "GCC", "AES",
}
DATE_PATTERNS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
ROLES = {"head_of_state", "head_of_government", "foreign_minister", "other"}
ACTIONS = {"joined", "left", "suspended", "applied", "readmitted"}


def load(name: str) -> list[dict[str, str]]:
    with (REF / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def states():
    return load("states.csv")


@pytest.fixture(scope="module")
def orgs():
    return load("organizations.csv")


@pytest.fixture(scope="module")
def memberships():
    return load("memberships.csv")


def members_as_of(memberships, org: str, day: str) -> set[str]:
    """Members of ``org`` at the end of ``day`` (rows applied in date order)."""
    current: set[str] = set()
    for row in sorted(memberships, key=lambda r: r["date"]):
        if row["organization"] != org or row["date"] > day:
            continue
        if row["action"] in {"joined", "readmitted"}:
            current.add(row["member"])
        elif row["action"] in {"left", "suspended"}:
            current.discard(row["member"])
    return current


def test_headers():
    expected = {
        "states.csv": ["id", "iso2", "name", "official_name", "aliases", "demonyms", "capital", "wikidata", "un_status"],
        "organizations.csv": ["id", "name", "aliases", "kind", "seat", "wikidata"],
        "memberships.csv": ["member", "organization", "action", "date", "date_precision", "note"],
        "leaders.csv": ["name", "aliases", "state", "role", "start", "end"],
        "organs.csv": ["name", "actor", "context"],
        "member_counts.csv": ["organization", "members", "start", "end"],
        "companies.csv": ["name", "aliases", "state"],
    }
    for name, header in expected.items():
        with (REF / name).open(encoding="utf-8", newline="") as fh:
            assert next(csv.reader(fh)) == header, name


def test_ids_unique_and_upper_case(states, orgs):
    ids = [r["id"] for r in states] + [r["id"] for r in orgs]
    assert len(ids) == len(set(ids))
    assert all(i == i.upper() and re.fullmatch(r"[A-Z0-9_]+", i) for i in ids)
    assert all(re.fullmatch(r"[A-Z]{3}", r["id"]) and re.fullmatch(r"[A-Z]{2}", r["iso2"]) for r in states)


def test_un_membership_counts(states):
    status = [r["un_status"] for r in states]
    assert status.count("member") == 193
    assert {r["id"] for r in states if r["un_status"] == "observer"} == {"VAT", "PSE"}
    assert {r["id"] for r in states if r["un_status"] == "other"} == {"TWN", "XKX"}
    # dependent jurisdictions that tax and money-laundering lists name beside states
    assert {"VGB", "CYM", "BMU", "GIB"} <= {r["id"] for r in states if r["un_status"] == "territory"}
    assert set(status) == {"member", "observer", "other", "territory"}


def test_wikidata_ids_well_formed(states, orgs):
    qids = [r["wikidata"] for r in states + orgs if r["wikidata"]]
    assert all(re.fullmatch(r"Q[1-9]\d*", q) for q in qids)
    assert len(qids) == len(set(qids))


def test_required_organizations(orgs):
    assert REQUIRED_ORGS <= {r["id"] for r in orgs}
    assert {r["kind"] for r in orgs} <= {"alliance", "organization"}


def test_memberships_reference_known_ids_and_dates(states, orgs, memberships):
    known = {r["id"] for r in states} | {r["id"] for r in orgs}
    for row in memberships:
        assert row["member"] in known and row["organization"] in known, row
        assert row["action"] in ACTIONS, row
        assert re.fullmatch(DATE_PATTERNS[row["date_precision"]], row["date"]), row
        parts = [int(p) for p in row["date"].split("-")] + [1, 1]
        date(*parts[:3])  # raises on an impossible date


def test_nato_counts(memberships):
    assert len(members_as_of(memberships, "NATO", "2023-04-03")) == 30
    assert len(members_as_of(memberships, "NATO", "2024-03-07")) == 32


def test_eu_counts(memberships):
    after_brexit = members_as_of(memberships, "EU", "2020-02-01")
    assert len(after_brexit) == 27 and "GBR" not in after_brexit
    assert len(members_as_of(memberships, "EU", "2019-12-31")) == 28


def test_leaders(states, orgs):
    known = {r["id"] for r in states} | {r["id"] for r in orgs}  # heads of organisations hold office too
    for row in load("leaders.csv"):
        assert row["state"] in known, row
        assert row["role"] in ROLES, row
        start = date.fromisoformat(row["start"])
        if row["end"]:
            assert start <= date.fromisoformat(row["end"]), row


def test_organs(states, orgs):
    known = {r["id"] for r in states} | {r["id"] for r in orgs}
    for row in load("organs.csv"):
        assert row["actor"] in known, row
        assert row["context"] in {"", "ambiguous", "eu-context"}, row


def test_companies_belong_to_known_states(states):
    known = {r["id"] for r in states}
    rows = load("companies.csv")
    assert rows and all(row["state"] in known and row["name"].strip() for row in rows)
    names = [row["name"].casefold() for row in rows]
    assert len(names) == len(set(names))


def test_the_shipped_tables_are_exactly_what_the_build_script_makes(tmp_path):
    """kg/reference/*.csv are generated: an edit made to a table instead of to its curated
    source would be lost at the next rebuild (five leaders were, once)."""
    pytest.importorskip("pycountry")
    shared = ROOT.parent / "shared" / "reference"
    if not shared.exists():
        pytest.skip(f"the Phoenix dictionaries are not at {shared}")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_reference.py"), "--shared", str(shared), "--out", str(tmp_path)],
                   check=True, capture_output=True, text=True)
    for name in ("states", "leaders", "organizations", "memberships", "organs", "member_counts", "companies"):
        assert (tmp_path / f"{name}.csv").read_bytes() == (ROOT / "kg" / "reference" / f"{name}.csv").read_bytes(), name


def test_member_counts_do_not_overlap_and_agree_with_memberships(orgs, memberships):
    known = {r["id"] for r in orgs}
    periods: dict[str, list[tuple[str, str, int]]] = {}
    for row in load("member_counts.csv"):
        assert row["organization"] in known, row
        periods.setdefault(row["organization"], []).append((row["start"], row["end"] or "9999-12-31", int(row["members"])))
    for org, spans in periods.items():
        spans.sort()
        for (_, end, _), (start, _, _) in zip(spans, spans[1:]):
            assert end < start, (org, spans)
    # where memberships.csv lists an organisation's whole membership, the counts must match it
    for org in ("NATO", "EU", "GCC", "AES", "QUAD", "AUKUS", "G7"):
        for start, end, members in periods[org]:
            if start >= "2013-07-01" or org not in ("NATO", "EU"):
                assert len(members_as_of(memberships, org, start)) == members, (org, start)
                if end != "9999-12-31":
                    assert len(members_as_of(memberships, org, end)) == members, (org, end)
