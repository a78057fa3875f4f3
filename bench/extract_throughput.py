"""Throughput of the pattern extractor on one core, over a generated deterministic corpus.

    .venv/bin/python bench/extract_throughput.py [--articles 5000] [--seed 7] [--processes N]

The corpus is synthetic: 300-1,200-word articles built from neutral filler sentences that name
several states and organisations, with a share of sentences that state facts (memberships,
sanctions, designations, reactions) and of trap sentences (negation, modality, calls).
Prints a small Markdown table: one core, then all cores (a multiprocessing pool over the same
corpus, ratio against the one-core run), and the peak memory of the process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import re
import time

from kg.loaders.extract import extract
from kg.loaders.gazetteer import default_gazetteer
from kg.loaders.sources import Document

STATES = ["France", "Germany", "Japan", "Brazil", "India", "Kenya", "Nigeria", "Chile", "Poland",
          "Turkey", "Egypt", "Vietnam", "Canada", "Mexico", "Indonesia", "Norway", "Ghana", "Peru",
          "the United States", "Russia", "China", "Ukraine", "South Africa", "Argentina"]
ORGS = ["NATO", "the European Union", "ECOWAS", "BRICS", "the WHO", "UNESCO", "the African Union",
        "the OAS", "ASEAN", "the WTO", "the Council of Europe", "the OECD"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FILLER = [
    "Officials from {s1} and {s2} met for a second day of talks on trade and energy.",
    "The meeting in the capital of {s1} focused on shipping routes, fertiliser prices and debt relief.",
    "Economists said growth in {s1} had slowed during the third quarter as exports weakened.",
    "Delegations from {o1} discussed the budget for the coming year and a plan for new offices.",
    "{s1} and {s2} have traded accusations over fishing rights for several months.",
    "A senior diplomat said the talks were constructive but that important gaps remained.",
    "Observers noted that turnout in the regional elections had been lower than expected.",
    "The finance minister of {s1} presented a plan to reduce inflation over two years.",
    "Both governments agreed to set up a working group on migration and border management.",
    "Representatives of {o1} and {o2} held a joint press conference after the session.",
    "Analysts expect the negotiations to continue well into next year.",
    "The agreement covers customs procedures, rail links and a shared power grid.",
]
FACTS = [
    "{s1} formally joined {o1} on {day}.",
    "{s1} imposed new sanctions on {s2} on {day}, citing security concerns.",
    "{s2} condemned the decision.",
    "{s1} said on {day} it would withdraw from {o1}.",
    "{s1} lifted its sanctions on {s2} on {day}.",
    "{s2} welcomed the move as a positive step.",
]
TRAPS = [
    "{s1} has no plans to leave {o1}, its foreign minister said.",
    "Lawmakers urged the government of {s1} to sanction {s2}.",
    "{s1} could one day be invited to join {o1}.",
]


def make_corpus(n: int, seed: int) -> list[Document]:
    """`n` deterministic articles of 300-1,200 words."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        target = rng.randint(300, 1200)
        words, paras, para = 0, [], []
        while words < target:
            r = rng.random()
            pool = FACTS if r < 0.06 else TRAPS if r < 0.09 else FILLER
            s1, s2 = rng.sample(STATES, 2)
            o1, o2 = rng.sample(ORGS, 2)
            sent = rng.choice(pool).format(s1=s1, s2=s2, o1=o1, o2=o2, day=rng.choice(DAYS))
            sent = sent[0].upper() + sent[1:]
            para.append(sent)
            words += len(sent.split())
            if len(para) >= rng.randint(3, 6):
                paras.append(" ".join(para))
                para = []
        paras.append(" ".join(para))
        pub = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
        docs.append(Document(f"bench-{i}", None, pub, None, None, "\n\n".join(p for p in paras if p), None))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--processes", type=int, default=None, help="pool size for the all-cores run (default: all cores)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    default_gazetteer()
    extract(Document("warm", None, None, None, None, "France joined NATO.", None))
    setup = time.perf_counter() - t0
    docs = make_corpus(args.articles, args.seed)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    words = sum(len(d.text.split()) for d in docs)
    t0 = time.perf_counter()
    facts = sum(len(extract(d)) for d in docs)
    took = time.perf_counter() - t0
    processes = args.processes or os.cpu_count() or 1
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        t0 = time.perf_counter()
        pooled = sum(pool.map(count_facts, docs, chunksize=50))
        took_all = time.perf_counter() - t0
    assert pooled == facts, "the pool must find exactly the facts one core finds"
    peak = peak_rss_mb()
    print("| cores | articles | words | MB | facts | seconds | articles/s | MB/s | vs one core | setup s | peak MB |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for cores, seconds in ((1, took), (processes, took_all)):
        print(f"| {cores} | {len(docs)} | {words} | {size / 1e6:.1f} | {facts} | {seconds:.2f} | "
              f"{len(docs) / seconds:.0f} | {size / 1e6 / seconds:.2f} | {took / seconds:.2f}x | {setup:.2f} | {peak:.0f} |")


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM). Not ru_maxrss: that survives exec, so run
    from bench/run.py it would report the parent's peak."""
    with open("/proc/self/status") as status:
        return int(re.search(r"VmHWM:\s+(\d+)", status.read()).group(1)) / 1024


def count_facts(doc: Document) -> int:
    return len(extract(doc))


if __name__ == "__main__":
    main()
