"""Deterministic synthetic facts for the benchmarks.

A seeded generator draws facts with a realistic skew: a few states (USA, RUS, CHN, UKR ...)
and organisations (EU, NATO, UN ...) take part in most events, the five event kinds have
news-like shares, dates run 1990-2026 with more events in recent years, designations and
policy titles come from short realistic lists, and every fact cites 1-3 articles published
on or shortly after its date.

Pushing a million facts through rdflib (`Fact.to_rdf` then `kg.mapping.to_batch`) would
take far longer than the load being measured, so `generate_batches` builds the GraphBatch
rows directly. `self_check` proves, on a small sample, that those rows are exactly the rows
`to_batch` makes from the same facts' RDF.

    python bench/facts.py --check        # the self-check on 100 facts
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kg import reference
from kg.mapping import GraphBatch
from kg.model import (
    FACT_TYPES,
    Article,
    Evidence,
    format_partial_date,
    policy_id,
    short_hash,
    slug,
)

START = dt.date(1990, 1, 1)
END = dt.date(2026, 12, 31)
SPAN_DAYS = (END - START).days + 1

# Shares of the five event kinds in a news-like corpus.
KINDS = {
    "reaction": 40,
    "sanction_change": 20,
    "policy_issued": 15,
    "designation_change": 15,
    "membership_change": 10,
}

# How often each state appears in international news, relative to a typical state (1).
STATE_WEIGHTS = {
    "USA": 60, "RUS": 45, "CHN": 40, "UKR": 30, "GBR": 20, "FRA": 18, "DEU": 18, "IRN": 18,
    "ISR": 16, "PRK": 12, "IND": 12, "JPN": 10, "TUR": 10, "SAU": 8, "PSE": 8, "SYR": 8,
    "KOR": 7, "TWN": 7, "VEN": 6, "CAN": 6, "AUS": 6, "POL": 6, "ITA": 5, "BRA": 5, "PAK": 5,
    "AFG": 5, "IRQ": 5, "CUB": 4, "BLR": 4, "EGY": 4, "ZAF": 4, "MEX": 4, "QAT": 3, "ARE": 3,
    "HUN": 3, "SRB": 3, "GEO": 3, "ARM": 3, "AZE": 3, "LBN": 3, "YEM": 3, "LBY": 3, "SDN": 3,
    "MLI": 2, "NER": 2, "BFA": 2, "NGA": 2, "ETH": 2, "KEN": 2, "IDN": 2, "PHL": 2, "VNM": 2,
    "MMR": 2, "KAZ": 2, "FIN": 2, "SWE": 2, "NOR": 2, "ESP": 2, "NLD": 2, "BEL": 2, "MDA": 2,
}
ORG_WEIGHTS = {
    "EU": 20, "NATO": 15, "UN": 15, "UNSC": 8, "G7": 5, "BRICS": 5, "G20": 3, "ASEAN": 3,
    "AU": 3, "IAEA": 3, "WHO": 2, "WTO": 2, "IMF": 2, "OSCE": 2, "COE": 2, "SCO": 2, "ECOWAS": 2,
    "OPEC": 2, "ICC": 2, "UNHRC": 2, "LAS": 2, "CSTO": 1, "AES": 1,
}
# Who sanctions, and whom: a handful of senders, a handful of usual targets.
SANCTIONERS = {"USA": 30, "EU": 20, "GBR": 10, "CAN": 5, "AUS": 4, "JPN": 4, "CHE": 3, "UN": 3, "UNSC": 3, "RUS": 3, "CHN": 3}
SANCTIONED = {"RUS": 30, "IRN": 20, "PRK": 15, "CHN": 10, "SYR": 8, "VEN": 8, "BLR": 8, "CUB": 6, "MMR": 5, "AFG": 4, "NIC": 3, "SDN": 3}
# Organisations that states join, leave or apply to.
MEMBERSHIP_ORGS = {"NATO": 20, "EU": 20, "BRICS": 10, "WTO": 6, "OECD": 5, "ASEAN": 3, "AU": 4, "ECOWAS": 4, "SCO": 4, "COE": 4, "CSTO": 2, "EAEU": 2, "OPEC": 2, "AES": 2, "UNHRC": 3, "ICC": 3}

DESIGNATIONS = {
    "state sponsor of terrorism": 10, "foreign terrorist organization": 6, "direct threat": 8,
    "systemic rival": 6, "strategic partner": 10, "major non-NATO ally": 5, "pacing challenge": 3,
    "country of particular concern": 6, "currency manipulator": 3, "hostile state": 5,
    "foreign adversary": 5, "most favoured nation": 4, "priority foreign country": 2,
    "comprehensive strategic partner": 4, "unfriendly country": 4, "terrorist organisation": 4,
    "axis of evil": 1, "rogue state": 2, "high-risk third country": 3, "safe country of origin": 2,
}
POLICIES = {
    "National Security Strategy": 10, "National Defense Strategy": 6, "Nuclear Posture Review": 2,
    "Indo-Pacific Strategy": 4, "Arctic Strategy": 2, "Foreign Policy Concept": 4,
    "Defence White Paper": 4, "Integrated Review": 2, "Strategic Compass": 1,
    "Executive Order on Sanctions": 8, "Export Control Regulation": 5, "Sanctions Regime": 8,
    "Cybersecurity Strategy": 3, "Counter-Terrorism Strategy": 3, "China Strategy": 2,
    "Africa Strategy": 2, "Energy Security Strategy": 3, "Maritime Security Strategy": 2,
}
ACTIONS = {
    "designation_change": {"assigned": 70, "removed": 30},
    "membership_change": {"joined": 45, "applied": 25, "left": 10, "suspended": 10, "readmitted": 10},
    "sanction_change": {"imposed": 80, "lifted": 20},
    "reaction": {"negative": 55, "positive": 45},
    "policy_issued": {"issued": 1},
}
PRECISIONS = {"day": 85, "month": 10, "year": 5}
PUBLISHERS = ("Reuters", "Associated Press", "AFP", "BBC", "Al Jazeera", "The Guardian", "Le Monde",
              "Der Spiegel", "NHK", "TASS", "Xinhua", "Kyiv Independent", "The Hindu", "El País")
EXTRACTORS = {"kg-extract/0.3": 70, "kg-extract/0.2": 20, "manual": 10}
VERBS = {
    "designation_change": "{action} the designation '{topic}' for {object}",
    "membership_change": "{action} {object}",
    "sanction_change": "{action} sanctions on {object}",
    "reaction": "reacted {action}ly to {object}",
    "policy_issued": "issued its {topic}",
}
SOURCES_PER_FACT = {1: 45, 2: 35, 3: 20}
ARTICLES_PER_FACT = 3  # the article pool is facts / 3: each article reports ~6 facts on average
ARTICLE_WINDOW = 60  # a fact's sources are among the next 60 articles after its date


class Weighted:
    """Fast seeded draws from a fixed weighted list (bisect on cumulative weights)."""

    def __init__(self, weights: dict):
        self.items = list(weights)
        self.cum = []
        total = 0.0
        for w in weights.values():
            total += w
            self.cum.append(total)
        self.total = total

    def draw(self, rng: random.Random):
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


@dataclass(frozen=True)
class FactSpec:
    """One synthetic fact, in plain values: enough to build a kg.model Fact or its rows."""

    kind: str
    subject: str
    object: str | None
    action: str
    topic: str | None  # designation or policy title
    date: dt.date
    precision: str
    evidence: tuple[tuple[int, str, tuple[int, int], str, float], ...]  # (article no, sentence, span, extractor, confidence)
    id: str = ""  # filled in by make_spec: the same id kg.model.Fact.id computes

    def to_fact(self, articles: int):
        """The kg.model Fact this spec stands for."""
        evidence = tuple(
            Evidence(article=article_id(no), sentence=s, span=span, extractor=x, confidence=c)
            for no, s, span, x, c in self.evidence
        )
        fields = dict(subject=self.subject, object=self.object, date=self.date, date_precision=self.precision, evidence=evidence)
        cls = FACT_TYPES[self.kind]
        if self.kind == "designation_change":
            return cls(action=self.action, designation=self.topic, **fields)
        if self.kind == "policy_issued":
            return cls(policy=self.topic, **fields)
        return cls(action=self.action, **fields)


@cache
def cached_slug(text: str) -> str:
    return slug(text)


def article_id(no: int) -> str:
    return f"bench-article-{no:07d}"


def article_row(no: int, articles: int) -> dict:
    """The Article node row of article number `no` (deterministic: published date by position)."""
    published = START + dt.timedelta(days=min(SPAN_DAYS - 1, no * SPAN_DAYS // max(articles, 1)))
    publisher = PUBLISHERS[no % len(PUBLISHERS)]
    return {
        "id": article_id(no),
        "published": published,
        "publisher": publisher,
        "title": f"{publisher}: world news of {published.isoformat()} (no. {no})",
        "url": f"https://news.example.org/{published.year}/{no:07d}",
    }


def article_model(no: int, articles: int) -> Article:
    return Article(**article_row(no, articles))


class FactGenerator:
    """Seeded synthetic facts; the same seed and count give the same facts, in the same order."""

    def __init__(self, seed: int = 20260101, facts: int = 1_000_000):
        self.rng = random.Random(seed)
        self.facts = facts
        self.articles = max(1, facts // ARTICLES_PER_FACT)
        names = reference.actor_names()
        states = sorted(reference.state_ids())
        orgs = sorted(reference.organization_ids())
        self.names = names
        self.states = Weighted({s: STATE_WEIGHTS.get(s, 1) for s in states})
        self.orgs = Weighted({o: ORG_WEIGHTS.get(o, 1) for o in orgs})
        self.sanctioners = Weighted(SANCTIONERS)
        self.sanctioned = Weighted(SANCTIONED)
        self.membership_orgs = Weighted({o: w for o, w in MEMBERSHIP_ORGS.items() if o in orgs})
        self.kinds = Weighted(KINDS)
        self.actions = {k: Weighted(v) for k, v in ACTIONS.items()}
        self.designations = Weighted(DESIGNATIONS)
        self.policies = Weighted(POLICIES)
        self.precisions = Weighted(PRECISIONS)
        self.extractors = Weighted(EXTRACTORS)
        self.sources = Weighted(SOURCES_PER_FACT)
        # More news in recent years: year y has weight 1 + (y - 1990) / 4.
        self.years = Weighted({y: 1 + (y - START.year) / 4 for y in range(START.year, END.year + 1)})
        self.seen: set[str] = set()

    # ------------------------------------------------------------------ drawing

    def actor(self) -> str:
        return self.orgs.draw(self.rng) if self.rng.random() < 0.12 else self.states.draw(self.rng)

    def other(self, draw, not_this: str) -> str:
        for _ in range(20):
            value = draw()
            if value != not_this:
                return value
        return "NZL" if not_this != "NZL" else "ISL"

    def when(self) -> tuple[dt.date, str]:
        rng = self.rng
        year = self.years.draw(rng)
        precision = self.precisions.draw(rng)
        if precision == "year":
            return dt.date(year, 1, 1), precision
        month = rng.randint(1, 12)
        if precision == "month":
            return dt.date(year, month, 1), precision
        return dt.date(year, month, rng.randint(1, 28)), precision

    def spec(self) -> FactSpec:
        rng = self.rng
        kind = self.kinds.draw(rng)
        action = self.actions[kind].draw(rng)
        topic = None
        if kind == "sanction_change":
            subject = self.sanctioners.draw(rng)
            obj = self.other(lambda: self.sanctioned.draw(rng), subject)
        elif kind == "membership_change":
            subject = self.states.draw(rng)
            obj = self.membership_orgs.draw(rng)
        elif kind == "policy_issued":
            subject = self.actor()
            obj = None
            topic = self.policies.draw(rng)
        else:
            subject = self.actor()
            obj = self.other(self.actor, subject)
            if kind == "designation_change":
                topic = self.designations.draw(rng)
        date, precision = self.when()
        sentence = self.sentence(kind, subject, obj, action, topic, date)
        first = min(self.articles - 1, (date - START).days * self.articles // SPAN_DAYS)
        count = min(self.sources.draw(rng), self.articles)
        offsets = rng.sample(range(ARTICLE_WINDOW), count) if self.articles > ARTICLE_WINDOW else rng.sample(range(self.articles), count)
        evidence = []
        for offset in sorted(offsets):
            no = (first + offset) % self.articles if self.articles > ARTICLE_WINDOW else offset
            start = rng.randrange(0, 2000)
            confidence = round(0.5 + rng.random() * 0.5, 3)
            evidence.append((no, sentence, (start, start + len(sentence)), self.extractors.draw(rng), confidence))
        fid = short_hash(kind, subject, obj, action, cached_slug(topic or ""), format_partial_date(date, precision))
        return FactSpec(kind, subject, obj, action, topic, date, precision, tuple(evidence), fid)

    def sentence(self, kind, subject, obj, action, topic, date) -> str:
        verb = VERBS[kind].format(action=action, topic=topic, object=self.names.get(obj or "", obj))
        return f"On {date.isoformat()}, {self.names.get(subject, subject)} {verb}."

    def specs(self) -> Iterator[FactSpec]:
        """`facts` distinct facts (a draw whose id was already drawn is drawn again)."""
        made = 0
        while made < self.facts:
            spec = self.spec()
            fid = spec.id
            if fid in self.seen:
                continue
            self.seen.add(fid)
            made += 1
            yield spec


# ---------------------------------------------------------------------- rows

LABELS: dict[str, str] = {}  # actor id -> node label (reference.actor_label, memoised)


def add_rows(batch: GraphBatch, spec: FactSpec, articles: int) -> None:
    """Add the rows `to_batch(fact.to_rdf(...) + its articles' RDF)` makes, without rdflib.

    Rows of shared nodes (actors, designations, policies, articles) are identical every time
    they appear, so a plain 'first one wins' is the same as GraphBatch.add_node's merge.
    """
    nodes, rels = batch.nodes, batch.rels
    fid = spec.id
    cls = FACT_TYPES[spec.kind]
    label = cls.label
    nodes.setdefault(label, {})[fid] = {"id": fid, "action": spec.action, "date": spec.date, "datePrecision": spec.precision}
    for rel, actor in (("BY", spec.subject), ("TARGET", spec.object)):
        if actor is None:
            continue
        a_label = LABELS.get(actor) or LABELS.setdefault(actor, reference.actor_label(actor))
        table = nodes.setdefault(a_label, {})
        if actor not in table:
            table[actor] = {"id": actor}
        rels.setdefault((rel, label, a_label), {})[(fid, actor)] = {}
    if spec.kind == "designation_change":
        key = cached_slug(spec.topic)
        table = nodes.setdefault("Designation", {})
        if key not in table:
            table[key] = {"id": key, "name": spec.topic.casefold()}
        rels.setdefault(("OF", label, "Designation"), {})[(fid, key)] = {}
    elif spec.kind == "policy_issued":
        key = policy_id(spec.subject, spec.topic, spec.date, spec.precision)
        table = nodes.setdefault("Policy", {})
        if key not in table:
            table[key] = {"id": key, "name": spec.topic}
        rels.setdefault(("OF", label, "Policy"), {})[(fid, key)] = {}
    table = nodes.setdefault("Article", {})
    sourced = rels.setdefault(("SOURCED_FROM", label, "Article"), {})
    for no, sentence, span, extractor, confidence in spec.evidence:
        aid = article_id(no)
        if aid not in table:
            table[aid] = article_row(no, articles)
        sourced[(fid, aid)] = {"confidence": confidence, "extractor": extractor, "sentence": sentence,
                               "spanEnd": span[1], "spanStart": span[0]}


def generate_batches(facts: int, chunk: int, seed: int = 20260101) -> list[GraphBatch]:
    """`facts` facts as GraphBatches of `chunk` facts each (the last may be smaller)."""
    gen = FactGenerator(seed, facts)
    batches: list[GraphBatch] = []
    batch = GraphBatch()
    in_batch = 0
    for spec in gen.specs():
        add_rows(batch, spec, gen.articles)
        in_batch += 1
        if in_batch == chunk:
            batches.append(batch)
            batch, in_batch = GraphBatch(), 0
    if in_batch:
        batches.append(batch)
    return batches


def generate_specs(facts: int, seed: int = 20260101) -> tuple[list[FactSpec], int]:
    """The fact specs themselves and the article pool size (for the RDF paths and the check)."""
    gen = FactGenerator(seed, facts)
    return list(gen.specs()), gen.articles


def facts_graph(specs: list[FactSpec], articles: int):
    """The rdflib Graph `kg load` would build for these facts and the articles they cite."""
    from rdflib import Graph

    graph = Graph()
    cited = set()
    for spec in specs:
        spec.to_fact(articles).to_rdf(graph)
        cited.update(no for no, *_ in spec.evidence)
    for no in sorted(cited):
        article_model(no, articles).to_rdf(graph)
    return graph


def self_check(n: int = 100, seed: int = 7, pool: int = 1_000_000) -> int:
    """Direct rows == to_batch(Fact.to_rdf(...)) rows for `n` facts; raise AssertionError if not.

    The generator is sized for `pool` facts (so article numbers look like a full run's) but
    only the first `n` are compared. Returns the number of rows compared.
    """
    from kg.mapping import to_batch
    from kg.ontology import load_schema

    gen = FactGenerator(seed, pool)
    specs = [spec for spec, _ in zip(gen.specs(), range(n))]
    direct = GraphBatch()
    for spec in specs:
        add_rows(direct, spec, gen.articles)
    graph = facts_graph(specs, gen.articles)
    mapped = to_batch(graph, load_schema())
    assert set(direct.nodes) == set(mapped.nodes), (sorted(direct.nodes), sorted(mapped.nodes))
    for label in mapped.nodes:
        assert direct.nodes[label] == mapped.nodes[label], f"node rows of {label} differ"
    assert set(direct.rels) == set(mapped.rels), (sorted(direct.rels), sorted(mapped.rels))
    for key in mapped.rels:
        assert direct.rels[key] == mapped.rels[key], f"rel rows of {key} differ"
    for spec in specs:  # the spec's id is kg.model's id
        assert spec.id == spec.to_fact(gen.articles).id
    return sum(direct.counts())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare direct rows with to_batch on 100 facts")
    parser.add_argument("--facts", type=int, default=100)
    args = parser.parse_args()
    rows = self_check(args.facts)
    print(f"self-check ok: {args.facts} facts, {rows} rows identical to kg.mapping.to_batch")
    return 0


if __name__ == "__main__":
    sys.exit(main())
