#!/usr/bin/env python3
"""Regenerate the shipped reference tables under kg/reference/.

Run from the repository root:

    .venv/bin/python scripts/build_reference.py --shared ../shared/reference

What is derived and what is curated
-----------------------------------
* states.csv   ISO alpha-2 codes and official names come from ``pycountry``
               (a build-time dependency only: the runtime reads the CSV).
               Common names, aliases, demonyms, capitals, Wikidata QIDs and UN
               status are hand-curated in ``curated/states_extra.csv``; a
               non-empty ``iso2``/``official_name`` there overrides pycountry
               (needed for Kosovo, which has no ISO code, and Taiwan, whose
               ISO name is not the one news or the island itself uses).
* leaders.csv  Terms, roles and dates are curated in
               ``curated/leaders_recent.csv``.  The Phoenix country dictionary
               only marks people as "GOV" for a date range, without saying
               whether they were president, prime minister or a minister, and
               its dates carry typos, so it cannot be the source of roles.  It
               *is* a good source of spelling variants, so full-name variants
               from the matching Phoenix entry are merged into ``aliases``.
* organizations.csv, memberships.csv, organs.csv, member_counts.csv, companies.csv
               Curated directly in kg/reference/; this script validates them
               and rewrites them in canonical sorted order.  companies.csv holds
               state-owned or state-linked firms that news names when it tells
               sanctions on a state ("sanctions on Rosneft and Lukoil").

Phoenix country synonyms are deliberately not merged into states.csv: they mix
real names with misspellings, foreign-language forms, cities and provinces,
and filtering them needs a human, which is what states_extra.csv is.

Output is deterministic: rows are sorted and written with "\\n" line endings.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from pathlib import Path

import pycountry

REPO = Path(__file__).resolve().parent.parent
REF = REPO / "kg" / "reference"
CURATED = REF / "curated"

STATE_FIELDS = ["id", "iso2", "name", "official_name", "aliases", "demonyms",
                "capital", "wikidata", "un_status"]
LEADER_FIELDS = ["name", "aliases", "state", "role", "start", "end"]
ORG_FIELDS = ["id", "name", "aliases", "kind", "seat", "wikidata"]
MEMBERSHIP_FIELDS = ["member", "organization", "action", "date", "date_precision", "note"]
ORGAN_FIELDS = ["name", "actor", "context"]
COMPANY_FIELDS = ["name", "aliases", "state"]
MEMBER_COUNT_FIELDS = ["organization", "members", "start", "end"]

# Tokens that mark a Phoenix synonym as a title or description ("PRESIDENT
# VLADIMIR PUTIN", "OBAMA ADMINISTRATION") rather than a spelling of the name.
TITLE_TOKENS = {
    "PRESIDENT", "PRESIDENT-ELECT", "MINISTER", "PRIME", "MR", "MR.", "MRS", "MS",
    "SENATOR", "GOVERNOR", "ADMINISTRATION", "KING", "QUEEN", "PRINCE", "EMPEROR",
    "SECRETARY", "CHANCELLOR", "FOREIGN", "DEFENSE", "DEFENCE", "GENERAL", "THE",
    "LEADER", "CHAIRMAN", "PREMIER", "VICE", "DEPUTY", "FORMER", "ACTING", "GOVERNMENT",
}


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_csv(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {path} ({len(rows)} rows)")


def fold(text: str) -> str:
    """Upper-case, accent-free form used to compare names across sources."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


# --------------------------------------------------------------------------- states

def build_states() -> list[dict[str, str]]:
    rows = []
    for extra in read_csv(CURATED / "states_extra.csv"):
        country = pycountry.countries.get(alpha_3=extra["id"])
        row = dict(extra)
        if not row["iso2"]:
            if country is None:
                sys.exit(f"{extra['id']}: not in ISO 3166 and no iso2 override")
            row["iso2"] = country.alpha_2
        if not row["official_name"]:
            official = getattr(country, "official_name", None) or country.name
            if ", " in official:  # ISO list order: "Korea, Republic of" -> "Republic of Korea"
                head, tail = official.split(", ", 1)
                official = f"{tail} {head}"
            # pycountry keeps the article in a few official names ("the State of ...").
            row["official_name"] = re.sub(r"^the ", "", official, flags=re.IGNORECASE)
        rows.append(row)
    return sorted(rows, key=lambda r: r["id"])


# -------------------------------------------------------------------------- Phoenix

def parse_phoenix(path: Path) -> list[tuple[list[str], set[str]]]:
    """Return (names, state codes) per actor entry of a Phoenix .actors file.

    An entry is a primary line, its ``+synonym`` lines and its tab-indented
    ``[XXXGOV yyyymmdd-yyyymmdd]`` role lines; the first three letters of a role
    code are the state the person belongs to.
    """
    entries: list[tuple[list[str], set[str]]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw.startswith(("\t", " ")) or line.lstrip().startswith("["):
            codes = re.findall(r"\[([A-Z]{3})[A-Z]*", line)
            if entries:
                entries[-1][1].update(codes)
            continue
        if "[" in line:  # country headers such as "AFGHANISTAN_  [AFG]" are not people
            entries.append(([], set()))
            continue
        name = line.lstrip("+").strip().strip("_").strip()
        if not name:
            continue
        if line.startswith("+") and entries:
            entries[-1][0].append(name)
        else:
            entries.append(([name], set()))
    return entries


def pretty(phoenix_name: str) -> str:
    """VLADIMIR_V._PUTIN -> Vladimir V. Putin; AL-ASSAD -> al-Assad."""
    words = []
    for token in phoenix_name.split("_"):
        parts = [p[:1].upper() + p[1:].lower() for p in token.split("-")]
        word = "-".join(parts)
        words.append("al-" + word[3:] if word.startswith("Al-") else word)
    return " ".join(words)


def surname(name: str) -> str:
    tokens = [t for t in fold(name).split() if t not in {"JR.", "JR", "II", "III"}]
    return tokens[-1]


def phoenix_aliases(leader: dict[str, str], entries) -> list[str]:
    """Full-name spelling variants of ``leader`` found in Phoenix.

    Single-word forms are skipped on purpose: bare surnames are curated by hand
    because many ("Brown", "May", "Rice") are ordinary English words.
    """
    key = fold(leader["name"]).replace(" ", "_")
    last = surname(leader["name"])
    first = fold(leader["name"]).split()[0]
    found: list[str] = []
    for names, codes in entries:
        if leader["state"] not in codes:
            continue
        if key not in {fold(n) for n in names}:
            continue
        for n in names:
            tokens = fold(n).split("_")
            if not 2 <= len(tokens) <= 4 or last not in tokens:
                continue
            if TITLE_TOKENS.intersection(tokens) or any(not re.fullmatch(r"[A-Z.'-]+", t) for t in tokens):
                continue
            # Phoenix also prefixes titles in other languages and abbreviations
            # ("KANZLER", "GEN.", "GOV."); a variant must open with (a spelling
            # of) the person's first name.
            if tokens[0][:3] != first[:3]:
                continue
            found.append(pretty(n))
    return found


def build_leaders(shared: Path) -> list[dict[str, str]]:
    entries = parse_phoenix(shared / "Phoenix.Countries.actors.txt")
    rows = []
    for leader in read_csv(CURATED / "leaders_recent.csv"):
        aliases = [a for a in leader["aliases"].split("|") if a]
        seen = {fold(a) for a in aliases} | {fold(leader["name"])}
        for alias in phoenix_aliases(leader, entries):
            if fold(alias) not in seen:
                seen.add(fold(alias))
                aliases.append(alias)
        rows.append(dict(leader, aliases="|".join(aliases)))
    return sorted(rows, key=lambda r: (r["name"].casefold(), r["start"], r["role"], r["state"]))


# ------------------------------------------------------------------------ validation

DATE_FORMATS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def check(states, leaders, orgs, memberships, organs, counts, companies) -> None:
    ids = [r["id"] for r in states] + [r["id"] for r in orgs]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate ids across states.csv and organizations.csv")
    known = set(ids)
    for m in memberships:
        if m["member"] not in known or m["organization"] not in known:
            sys.exit(f"unknown id in membership row {m}")
        if not re.fullmatch(DATE_FORMATS[m["date_precision"]], m["date"]):
            sys.exit(f"date does not match its precision: {m}")
    for o in organs:
        if o["actor"] not in known:
            sys.exit(f"unknown actor in organs.csv: {o}")
    for c in counts:
        if c["organization"] not in known or not c["members"].isdigit():
            sys.exit(f"bad row in member_counts.csv: {c}")
        if c["end"] and c["end"] < c["start"]:
            sys.exit(f"member count period ends before it starts: {c}")
    state_ids = {r["id"] for r in states}
    for c in companies:
        if c["state"] not in state_ids:
            sys.exit(f"unknown state in companies.csv: {c}")
    for lead in leaders:  # a state's office-holders, or an organisation's (its secretary general)
        if lead["state"] not in known:
            sys.exit(f"unknown state or organisation in leaders: {lead}")
        if lead["end"] and lead["end"] < lead["start"]:
            sys.exit(f"leader term ends before it starts: {lead}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "reference",
                        help="folder holding the Phoenix dictionaries (read-only)")
    parser.add_argument("--out", type=Path, default=REF,
                        help="where to write the tables (default: kg/reference, in place)")
    args = parser.parse_args()

    states = build_states()
    leaders = build_leaders(args.shared)
    orgs = sorted(read_csv(REF / "organizations.csv"), key=lambda r: r["id"])
    memberships = sorted(read_csv(REF / "memberships.csv"),
                         key=lambda r: (r["organization"], r["date"], r["member"], r["action"]))
    organs = sorted(read_csv(REF / "organs.csv"), key=lambda r: (r["name"].casefold(), r["actor"]))
    counts = sorted(read_csv(REF / "member_counts.csv"), key=lambda r: (r["organization"], int(r["members"]), r["start"]))
    companies = sorted(read_csv(REF / "companies.csv"), key=lambda r: (r["name"].casefold(), r["state"]))
    check(states, leaders, orgs, memberships, organs, counts, companies)

    write_csv(args.out / "states.csv", STATE_FIELDS, states)
    write_csv(args.out / "leaders.csv", LEADER_FIELDS, leaders)
    write_csv(args.out / "organizations.csv", ORG_FIELDS, orgs)
    write_csv(args.out / "memberships.csv", MEMBERSHIP_FIELDS, memberships)
    write_csv(args.out / "organs.csv", ORGAN_FIELDS, organs)
    write_csv(args.out / "member_counts.csv", MEMBER_COUNT_FIELDS, counts)
    write_csv(args.out / "companies.csv", COMPANY_FIELDS, companies)


if __name__ == "__main__":
    main()
