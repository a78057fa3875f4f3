"""scripts/evalsets.py scores the evaluation sets the way the floors do, and keeps blind sets to counts."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def evalsets():
    spec = importlib.util.spec_from_file_location("evalsets", ROOT / "scripts" / "evalsets.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["evalsets"] = module  # its worker processes find score_file by module name
    spec.loader.exec_module(module)
    if not module.SCORER.exists():
        pytest.skip(f"the shared scorer is not at {module.SCORER}")
    return module


def test_a_worked_set_is_scored_with_its_misses_and_false_facts(evalsets):
    path = ROOT / "tests" / "data" / "eval" / "set1-short.jsonl"
    scores = evalsets.score([path], detail=True, commit=None)["set1-short"]
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    required = sum(1 for record in gold for fact in record["facts"] if not fact.get("optional"))
    assert scores["tp"] + scores["fn"] == required
    assert len(scores["misses"]) == scores["fn"] and len(scores["extras"]) == scores["fp"]


def test_a_blind_scoring_holds_counts_only(evalsets):
    path = sorted((ROOT / "tests" / "data" / "blind").glob("*.jsonl"))[0]
    assert set(evalsets.score([path], detail=False, commit=None)[path.stem]) == {"tp", "fp", "fn"}


def test_compare_and_totals_read_two_scorings(evalsets):
    before = {"set9-short": {"tp": 10, "fp": 2, "fn": 5}, "set9-long": {"tp": 4, "fp": 1, "fn": 4}}
    after = {"set9-short": {"tp": 12, "fp": 1, "fn": 3}, "set9-long": {"tp": 4, "fp": 1, "fn": 4}}
    assert evalsets.compare(before, after, facts=False) == ["set9-short     tp +2  fp -1", "total          tp +2  fp -1"]
    short, long = evalsets.totals(after, ["9"])
    assert short.startswith("short   1 files  P 0.923  R 0.800  F1 0.857") and "tp 4" in long
