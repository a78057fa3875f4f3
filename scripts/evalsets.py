#!/usr/bin/env python3
"""Score the extractor on the project's evaluation sets, and compare two scorings.

Run from the repository root with the project's virtualenv:

    .venv/bin/python scripts/evalsets.py score --out now.json
    .venv/bin/python scripts/evalsets.py score --commit 97227d5 --out start.json
    .venv/bin/python scripts/evalsets.py score --blind --out blind.json
    .venv/bin/python scripts/evalsets.py compare start.json now.json [--facts]
    .venv/bin/python scripts/evalsets.py totals now.json [--sets 373 375]

Worked sets (tests/data/eval) are scored with their misses and false facts, so that a change can
be read fact by fact. Blind sets (tests/data/blind) are scored as counts only: nothing of their
text or facts is written or printed, so none of it can shape a rule. ``--commit`` scores the code
of an earlier commit (extracted to a temporary folder) on today's sets, which is how a round's
start is measured. Scoring is strict, with ../shared/eval/score.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
WORKED, BLIND = ROOT / "tests" / "data" / "eval", ROOT / "tests" / "data" / "blind"


def load_scorer():
    """The shared strict scorer, imported from its file."""
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def checkout(commit: str, into: Path) -> Path:
    """Extract ``commit`` into ``into`` laid out as the installed package (kg.loaders, kg._ontology)."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    (into / "kg" / "loaders").symlink_to("../loaders")
    (into / "kg" / "_ontology").symlink_to("../ontology")
    return into


def score_file(job: tuple[Path, bool]) -> tuple[str, dict]:
    """Strict counts for one set file; with ``detail``, its misses and false facts too."""
    path, detail = job
    from kg.loaders.extract import extract
    from kg.loaders.sources import Document

    scorer = load_scorer()
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = defaultdict(list)
    for record in gold:
        published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
        document = Document(id=record["id"], title=record.get("title"), published=published, url=None,
                            publisher=None, text=record["text"], path=None)
        predicted[record["id"]].extend(extract(document))
    tp, fp, fn, misses, extras = scorer.score(gold, predicted, strict=True)
    result = {"tp": sum(tp.values()), "fp": sum(fp.values()), "fn": sum(fn.values())}
    if detail:
        result["misses"] = [[doc, fact] for doc, fact in misses]
        result["extras"] = [[doc, fact] for doc, fact in extras]
    return path.stem, result


def score(files: list[Path], detail: bool, commit: str | None) -> dict[str, dict]:
    """Score ``files`` (two processes), with the working tree's code or ``commit``'s."""
    with tempfile.TemporaryDirectory() as tmp:
        if commit:
            sys.path.insert(0, str(checkout(commit, Path(tmp))))
        with Pool(2) as pool:
            return dict(pool.map(score_file, [(path, detail) for path in files], chunksize=1))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def set_number(name: str) -> str:
    return re.match(r"set(\d+)", name).group(1)


def totals(scores: dict[str, dict], sets: list[str] | None) -> list[str]:
    """One line per part (short, long): P / R / F1 and the counts summed over the chosen sets."""
    lines = []
    for part in ("short", "long"):
        chosen = [s for name, s in scores.items() if name.endswith(part) and (not sets or set_number(name) in sets)]
        tp, fp, fn = (sum(s[key] for s in chosen) for key in ("tp", "fp", "fn"))
        p, r, f = prf(tp, fp, fn)
        lines.append(f"{part:5} {len(chosen):3} files  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  tp {tp}  fp {fp}  fn {fn}")
    return lines


def compare(before: dict[str, dict], after: dict[str, dict], facts: bool) -> list[str]:
    """Per-file changes in true and false facts, then the sums; with ``facts``, the facts gained and lost."""
    lines, dtp, dfp = [], 0, 0
    for name in sorted(set(before) & set(after)):
        a, b = before[name], after[name]
        if (a["tp"], a["fp"]) != (b["tp"], b["fp"]):
            lines.append(f"{name:14} tp {b['tp'] - a['tp']:+d}  fp {b['fp'] - a['fp']:+d}")
            dtp, dfp = dtp + b["tp"] - a["tp"], dfp + b["fp"] - a["fp"]
        if facts and "misses" in a and "misses" in b:
            missed, found = _moved(a["misses"], b["misses"])  # a fact no longer missed is one gained
            extra, dropped = _moved(a["extras"], b["extras"])
            lines += [f"  gained+ {x}" for x in found] + [f"  gained- {x}" for x in missed]
            lines += [f"  false+ {x}" for x in extra] + [f"  false- {x}" for x in dropped]
    lines.append(f"total          tp {dtp:+d}  fp {dfp:+d}")
    return lines


def _moved(before: list, after: list) -> tuple[list[str], list[str]]:
    """The items (as JSON) that `after` adds to `before`, and those it drops, each sorted."""
    old, new = ({json.dumps(x, sort_keys=True) for x in items} for items in (before, after))
    return sorted(new - old), sorted(old - new)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("score", help="score the sets and write the scores as JSON")
    run.add_argument("--blind", action="store_true", help="score the blind sets, as counts only")
    run.add_argument("--commit", help="score this commit's code instead of the working tree's")
    run.add_argument("--out", type=Path, required=True)
    run.add_argument("files", nargs="*", type=Path, help="set files (default: all worked, or all blind)")
    diff = commands.add_parser("compare", help="changes per file between two scorings")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    diff.add_argument("--facts", action="store_true", help="list the facts gained and lost (worked sets)")
    total = commands.add_parser("totals", help="P / R / F1 of a scoring, short and long")
    total.add_argument("scores", type=Path)
    total.add_argument("--sets", nargs="*", help="set numbers to sum (default: all)")
    args = parser.parse_args()

    if args.command == "score":
        files = args.files or sorted((BLIND if args.blind else WORKED).glob("*.jsonl"))
        scores = score(files, detail=not args.blind, commit=args.commit)
        args.out.write_text(json.dumps(scores), encoding="utf-8")
        print("\n".join(totals(scores, None)))
    elif args.command == "compare":
        before, after = (json.loads(path.read_text(encoding="utf-8")) for path in (args.before, args.after))
        print("\n".join(compare(before, after, args.facts)))
    else:
        print("\n".join(totals(json.loads(args.scores.read_text(encoding="utf-8")), args.sets)))


if __name__ == "__main__":
    main()
