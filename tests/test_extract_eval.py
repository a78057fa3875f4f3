"""Extraction quality does not regress on the project's evaluation sets.

tests/data/eval/ holds the sets written for kg in the style of ../shared/eval/dev.jsonl, each
first used blind (measured before any pattern was written against it), then as a development
set. The floors are the scores reached when each set was retired, less 0.05, raised since to
just below later scores: a change that loses recall or precision somewhere fails here, and the
issue notes record the blind scores.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from collections import defaultdict
from pathlib import Path

import pytest

from kg.loaders.extract import extract
from kg.loaders.sources import Document

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
EVAL = ROOT / "tests" / "data" / "eval"

# set name -> (minimum strict precision, minimum strict F1)
FLOORS = {
    # (the short sets 57, 63, 73, 95, 109, 130, 141 and 142 date a reaction to the day before's act, told
    # without a day of its own, by publication; kg dates it by the act it answers, as most later sets do)
    # (set 1's golds count untitled executive orders as documents; kg names only titled ones)
    "set1-short": (0.90, 0.97), "set1-long": (0.85, 0.91),
    "set2-short": (0.90, 0.96), "set2-long": (0.85, 0.98),
    "set3-short": (0.90, 0.93), "set3-long": (0.85, 0.98),
    # set4-long's gold leaves out a strategy's labels told as dated background ("The previous
    # Strategy, adopted in December 2013, described China's behaviour as a matter of concern").
    "set4-short": (0.90, 0.96), "set4-long": (0.85, 0.94),
    "set5-short": (0.90, 0.91), "set5-long": (0.85, 0.88),
    "set6-short": (0.90, 0.98), "set6-long": (0.85, 0.83),
    "set7-short": (0.90, 0.97), "set7-long": (0.85, 0.92),
    # set8-long's gold leaves out memberships told as dated background ("Finland was admitted in
    # April last year", "Syria was also readmitted to the Arab League in 2023"), which later golds count, and a
    # designation told so ("Washington put it on its list of state sponsors of terrorism in 1979").
    "set8-short": (0.90, 0.94), "set8-long": (0.72, 0.79),
    "set9-short": (0.90, 0.93), "set9-long": (0.85, 0.92),
    # (set10-long's gold leaves out a place on a list held since a year: "Syria has been on the U.S. list of state
    # sponsors of terrorism since 1979", which later golds count)
    "set10-short": (0.90, 0.85), "set10-long": (0.83, 0.78),
    # set11-short is at P 0.85: it also reads "the 2024 Integrated Investment Program", a real
    # document, and dated background its gold leaves out ("Cuba was first put on the list in 1982",
    # "Hungary ratified the Rome Statute in 2001"), and dates "an executive order signed by President
    # X that authorises sanctions against the court" by the court's reply, a day after the signing, and
    # leaves out a status held since a date ("a candidate for membership since December 2023").
    "set11-short": (0.81, 0.83), "set11-long": (0.89, 0.89),
    "set12-short": (0.90, 0.92), "set12-long": (0.85, 0.79),
    "set13-short": (0.90, 0.95), "set13-long": (0.85, 0.91),
    # (set14-long's gold dates three exits from the Francophonie to the day, 2025-03-17 and 18, where the
    # text says only "in March"; kg gives the month, as the contract asks)
    "set14-short": (0.90, 0.98), "set14-long": (0.89, 0.82),
    "set15-short": (0.90, 0.90), "set15-long": (0.85, 0.68),
    "set16-short": (0.89, 0.83), "set16-long": (0.85, 0.69),
    "set17-short": (0.90, 0.91), "set17-long": (0.85, 0.89),
    "set18-short": (0.85, 0.87), "set18-long": (0.85, 0.70),
    # (Sets 19 to 41 count a numbered sanctions package as a document, which the prompts of later sets
    # rule out; kg tells it as the sanction it is, so their floors were lowered when it stopped.)
    # (set19-long's gold leaves out the US rescinding a memorandum that had tightened restrictions on
    # firms linked to Cuba's military, which eases sanctions on Cuba: one false fact in its score)
    "set19-short": (0.95, 0.91), "set19-long": (0.90, 0.78),
    # set20-long leaves out the Baltic states' entry bans on Georgian Dream's founder and officials in
    # December 2024, which set16-long counts.
    "set20-short": (0.90, 0.87), "set20-long": (0.80, 0.80),
    "set21-short": (0.90, 0.84), "set21-long": (0.60, 0.77),
    "set22-short": (0.85, 0.82), "set22-long": (0.75, 0.78),
    "set23-short": (0.85, 0.90), "set23-long": (0.95, 0.84),
    "set24-short": (0.90, 0.84), "set24-long": (0.90, 0.82),
    # (s25-35 names the grey list but its gold keeps the formal name, "increased monitoring", of four listings)
    "set25-short": (0.90, 0.81), "set25-long": (0.85, 0.77),
    # set26-short reads reactions its gold leaves out (an envoy expelled, a president hailing his
    # country's own accession, Russia hailing the enlargement of BRICS); set26-long reads Lithuania's
    # criticism of "the lifting of sanctions" on Belavia, whose lifting it misses, as aimed at Belarus,
    # and Belarus becoming "a BRICS partner country" as a status, which its gold counts as joining;
    # it also leaves out the EU's ban on Belarusian carriers from its airspace in 2021, which set53's
    # gold counts.
    "set26-short": (0.80, 0.85), "set26-long": (0.72, 0.73),
    "set27-short": (0.93, 0.89), "set27-long": (0.70, 0.72),
    # set28 and set29 were scored blind after the rules for 26 and 27 (see the issue notes).
    "set28-short": (0.85, 0.79), "set28-long": (0.80, 0.68),
    "set29-short": (0.93, 0.86), "set29-long": (0.72, 0.80),
    # set30-33 were scored blind at the start of a round; set34 and set35 near its end.
    "set30-short": (0.90, 0.88), "set30-long": (0.78, 0.78),
    "set31-short": (0.92, 0.87), "set31-long": (0.85, 0.79),
    # (set32-long's gold, like set38-long's, leaves out Armenia's ratification of the court's founding
    # statute in October 2023, which later golds count as joining the ICC)
    "set32-short": (0.94, 0.93), "set32-long": (0.94, 0.88),
    "set33-short": (0.90, 0.90), "set33-long": (0.92, 0.87),
    "set34-short": (0.86, 0.83), "set34-long": (0.80, 0.64),
    "set35-short": (0.95, 0.93), "set35-long": (0.72, 0.79),
    # set36-41 were scored blind at the start of the next round; 40 and 41 again near its end.
    # set36-long reads Mexico rejecting Ecuador's complaint, a reaction its gold leaves out.
    "set36-short": (0.96, 0.91), "set36-long": (0.78, 0.67),
    "set37-short": (0.89, 0.83), "set37-long": (0.70, 0.66),
    # set38-long's gold leaves out Armenia's ratification of the Rome Statute in October 2023, which
    # later golds count as joining the ICC, and dates Washington's condemnation of the lead's
    # decision by the decision (November 30), where the article tells no day for it. set38-short's
    # leaves out the EU's suspension of visa-free travel for Georgian diplomats (four other golds
    # count it), dates a thank-you told after a meeting by the meeting, not the publication, and leaves
    # out an entrant hailing its own admission, which eleven other golds count as answering the body.
    "set38-short": (0.86, 0.82), "set38-long": (0.90, 0.80),
    "set39-short": (0.93, 0.84), "set39-long": (0.80, 0.66),
    "set40-short": (0.92, 0.92), "set40-long": (0.72, 0.64),
    "set41-short": (0.93, 0.86), "set41-long": (0.95, 0.89),
    # set42-47 were scored blind at the start of the next round (46 and 47 again near the end of the
    # round on 42-45); 48 and 49 blind at its start and its end.
    # set42-long leaves out Aliyev thanking Trump for the waiver of Section 907 ("thanking Trump for ...").
    "set42-short": (0.92, 0.82), "set42-long": (0.90, 0.76),
    "set43-short": (0.93, 0.84), "set43-long": (0.93, 0.78),
    "set44-short": (0.98, 0.89), "set44-long": (0.98, 0.84),
    "set45-short": (0.93, 0.84), "set45-long": (0.93, 0.79),
    "set46-short": (0.94, 0.85), "set46-long": (0.79, 0.75),
    "set47-short": (0.91, 0.91), "set47-long": (0.88, 0.79),
    "set48-short": (0.92, 0.87), "set48-long": (0.73, 0.75),
    "set49-short": (0.83, 0.83), "set49-long": (0.80, 0.72),
    # 50-53 were written blind on 2026-11-30; 51 and 53 were never worked on
    "set50-short": (0.88, 0.87), "set50-long": (0.85, 0.81),
    "set51-short": (0.81, 0.76), "set51-long": (0.55, 0.66),
    "set52-short": (0.90, 0.92), "set52-long": (0.85, 0.76),
    "set53-short": (0.90, 0.91), "set53-long": (0.85, 0.91),
    # 54-59 were written blind on 2026-11-30 (a later session); 54 and 56 were worked on, 55 and 57
    # kept blind for the first hour of that round and then worked on, 58 and 59 kept blind and not here
    "set54-short": (0.84, 0.80), "set54-long": (0.98, 0.82),
    "set55-short": (0.96, 0.91), "set55-long": (0.89, 0.89),
    "set56-short": (0.98, 0.89), "set56-long": (0.93, 0.79),
    # set57-short dates a reaction told right after another's dated one by publication, where sets 50,
    # 86, 115 and 125 give it the first one's day (kg follows them: one chorus, one day).
    "set57-short": (0.86, 0.81), "set57-long": (0.81, 0.84),
    # 60 and 61 were written blind on 2026-11-30 (a third session that day), scored with its first
    # commit, then worked on
    "set60-short": (0.98, 0.86), "set60-long": (0.98, 0.75),
    # (set61-short, like set23-short, counts a listing of Iran's Revolutionary Guards as Iran labelled; later
    # sets and kg since 2026-12-06 label the force, not the state, so its F1 floor was lowered then)
    "set61-short": (0.94, 0.86), "set61-long": (0.95, 0.82),
    # 62 and 63 were written blind (2026-11-30, a fourth session that day) and worked on; 66 and 69 were
    # written blind in the session after, scored with its first commit, then worked on (64, 65, 67 and 68
    # stay blind and are not here)
    "set62-short": (0.88, 0.82), "set62-long": (0.77, 0.74),
    "set63-short": (0.92, 0.90), "set63-long": (0.93, 0.76),
    # (set66-long's gold leaves out a doubling of tariffs on a state's goods: "in August Washington doubled
    # tariffs on Indian goods to 50 percent")
    "set66-short": (0.94, 0.88), "set66-long": (0.95, 0.72),
    "set69-short": (0.95, 0.89), "set69-long": (0.97, 0.89),
    # 72 and 73 were written blind in the session after that, scored with its first commit, then worked
    # on (74 to 77 stay blind and are not here)
    "set72-short": (0.98, 0.94), "set72-long": (0.82, 0.88),
    "set73-short": (0.86, 0.85), "set73-long": (0.79, 0.91),
    # 78 and 79 were written blind in the session after that, scored with its first commit, then worked
    # on (80 and 81 stay blind and are not here)
    "set78-short": (0.93, 0.85), "set78-long": (0.92, 0.92),
    "set79-short": (0.94, 0.87), "set79-long": (0.93, 0.86),
    # 83 was written blind in the middle of that session, scored with its first commit, then worked on (82,
    # written at the same time, stays blind)
    "set83-short": (0.96, 0.88), "set83-long": (0.83, 0.77),
    "set85-short": (0.98, 0.91), "set85-long": (0.98, 0.82),
    "set86-short": (0.86, 0.81), "set86-long": (0.87, 0.81),
    "set89-short": (0.93, 0.90), "set89-long": (0.90, 0.84),
    "set90-short": (0.98, 0.93), "set90-long": (0.98, 0.89),
    "set92-short": (0.96, 0.90), "set92-long": (0.93, 0.90),
    "set93-short": (0.96, 0.89), "set93-long": (0.96, 0.92),
    "set95-short": (0.93, 0.87), "set95-long": (0.94, 0.80),
    # 97 to 99 were written at the start of the 2026-11-30 round and 101 two thirds through it, each scored
    # with that round's first commit (91b8441) before it was worked on (100, written with 101, stays blind)
    "set97-short": (0.95, 0.91), "set97-long": (0.96, 0.92),
    "set98-short": (0.93, 0.91), "set98-long": (0.95, 0.84),
    "set99-short": (0.97, 0.92), "set99-long": (0.91, 0.72),
    "set101-short": (0.87, 0.82), "set101-long": (0.95, 0.93),
    "set102-short": (0.98, 0.91), "set102-long": (0.93, 0.91),
    "set103-short": (0.98, 0.97), "set103-long": (0.95, 0.85),
    "set104-short": (0.94, 0.91), "set104-long": (0.90, 0.70),
    "set105-short": (0.92, 0.85), "set105-long": (0.86, 0.79),
    "set108-short": (0.94, 0.91), "set108-long": (0.93, 0.89),
    "set109-short": (0.77, 0.75), "set109-long": (0.90, 0.75),
    "set113-short": (0.94, 0.92), "set113-long": (0.74, 0.69),
    # 114 and 115 were written blind on 2026-12-01 and scored with that round's first commit (1b3fce0)
    # before they were worked on; 116 to 123, written the same day, stay blind (tests/data/blind/)
    "set114-short": (0.86, 0.83), "set114-long": (0.80, 0.64),
    "set115-short": (0.90, 0.87), "set115-long": (0.83, 0.65),
    "set125-short": (0.74, 0.65), "set125-long": (0.98, 0.79),
    "set127-short": (0.91, 0.79), "set127-long": (0.94, 0.75),
    # 130 was written blind the same way in the next round and scored with its first commit (ada6b0e);
    # 131 and 132, written alongside it, stay blind
    "set130-short": (0.91, 0.76), "set130-long": (0.95, 0.82),
    # (sets 133, 134, 136 and 137 were written at the start of the round after 1b3e8d1 by authors who never saw
    # the code; their golds count a BRICS "partner country" as a member that joined, where kg, like earlier
    # golds, tells a designation)
    "set133-short": (0.96, 0.85), "set133-long": (0.92, 0.72),
    "set134-short": (0.95, 0.88), "set134-long": (0.95, 0.84),
    "set136-short": (0.82, 0.67), "set136-long": (0.87, 0.76),
    "set137-short": (0.85, 0.74), "set137-long": (0.77, 0.66),
    # (sets 139-142 were written at the start of this round by authors who never saw the code; 143 stays blind)
    "set139-short": (0.93, 0.76), "set139-long": (0.93, 0.79),
    "set140-short": (0.79, 0.71), "set140-long": (0.76, 0.65),
    "set141-short": (0.85, 0.73), "set141-long": (0.80, 0.70),
    "set142-short": (0.92, 0.89), "set142-long": (0.88, 0.64),
    "set144-short": (0.89, 0.78), "set144-long": (0.92, 0.55),
    "set145-short": (0.94, 0.85), "set145-long": (0.90, 0.78),
    "set146-short": (0.95, 0.86), "set146-long": (0.93, 0.79),
    # (sets 148-150 were written at the start of the next round by authors who never saw the code; 151 stays blind)
    "set148-short": (0.97, 0.82), "set148-long": (0.87, 0.67),
    "set149-short": (0.96, 0.84), "set149-long": (0.88, 0.73),
    "set150-short": (0.94, 0.82), "set150-long": (0.95, 0.80),
    # (sets 152-154 were written in the middle of that round by authors who never saw the code; 155 stays blind)
    "set152-short": (0.92, 0.88), "set152-long": (0.89, 0.64),
    "set153-short": (0.87, 0.75), "set153-long": (0.86, 0.70),
    "set154-short": (0.90, 0.84), "set154-long": (0.83, 0.66),
    # (sets 156-159 were written at the start of the next round by authors who never saw the code; 160 and 161 stay blind)
    "set156-short": (0.89, 0.81), "set156-long": (0.99, 0.72),
    "set157-short": (0.90, 0.88), "set157-long": (0.83, 0.66),
    "set158-short": (0.90, 0.87), "set158-long": (0.93, 0.70),
    "set159-short": (0.95, 0.78), "set159-long": (0.91, 0.71),
    # (sets 162 and 163 were written at the start of the next round by authors who never saw the code; 164 and 165 stay blind)
    "set162-short": (0.91, 0.81), "set162-long": (0.90, 0.72),
    "set163-short": (0.94, 0.80), "set163-long": (0.93, 0.71),
    # (sets 166 and 167 were written at the start of the next round by authors who never saw the code; 168 and 169 stay blind)
    "set166-short": (0.89, 0.80), "set166-long": (0.80, 0.67),
    "set167-short": (0.88, 0.82), "set167-long": (0.87, 0.72),
    # (sets 170 and 171 were written at the start of the next round by authors who never saw the code; 172 and 173 stay blind)
    "set170-short": (0.93, 0.83), "set170-long": (0.88, 0.70),
    "set171-short": (0.94, 0.79), "set171-long": (0.96, 0.53),
    # (sets 174 and 175, on tariffs and other economic coercion, were written in the same round, for the same reason)
    "set174-short": (0.90, 0.60), "set174-long": (0.99, 0.34),
    "set175-short": (0.83, 0.51), "set175-long": (0.81, 0.44),
    # (sets 176, 177, 179 and 180 were written at the start of the next round, by authors who never saw the code,
    # on sanctions regimes, Asia-Pacific, joining and leaving bodies, and labels and lists; 178 and 181 stay blind)
    "set176-short": (0.96, 0.86), "set176-long": (0.78, 0.65),
    "set177-short": (0.99, 0.81), "set177-long": (0.99, 0.63),
    "set179-short": (0.92, 0.89), "set179-long": (0.89, 0.71),
    "set180-short": (0.95, 0.89), "set180-long": (0.90, 0.64),
    # (sets 182, 183, 185 and 187 came at the start of the round after, on reactions, sanctions told across
    # paragraphs, titled documents, and news told in varied grammar; 184 and 186 stay blind)
    "set182-short": (0.89, 0.80), "set182-long": (0.94, 0.65),
    "set183-short": (0.96, 0.84), "set183-long": (0.85, 0.72),
    "set185-short": (0.96, 0.76), "set185-long": (0.88, 0.63),
    "set187-short": (0.92, 0.89), "set187-long": (0.76, 0.64),
    # (sets 188 and 189 came at the start of the next round, on sanctions and on reactions told across a paragraph
    # whose actor later sentences name only by pronoun, capital or organ; 190 and 191 stay blind)
    "set188-short": (0.87, 0.77), "set188-long": (0.83, 0.55),
    "set189-short": (0.91, 0.83), "set189-long": (0.90, 0.81),
    # (sets 192 and 193 came at the start of the round after, on rounds of sanctions one actor takes on several
    # days, and on reactions in articles telling several acts; 194 and 195 stay blind)
    "set192-short": (0.98, 0.83), "set192-long": (0.84, 0.53),
    "set193-short": (0.86, 0.73), "set193-long": (0.82, 0.64),
    # (sets 196 and 197 came at the start of the round after, on sanctions told in long analysis, and on lists
    # and labels with the answers of the states labelled; 198 and 199 stay blind)
    "set196-short": (0.88, 0.78), "set196-long": (0.90, 0.73),
    "set197-short": (0.83, 0.71), "set197-long": (0.64, 0.46),
    # (sets 200 and 201 came at the start of the round after, on reactions told in long analysis, and on
    # memberships and policies; 202 and 203 stay blind)
    "set200-short": (0.92, 0.85), "set200-long": (0.84, 0.76),
    "set201-short": (0.84, 0.86), "set201-long": (0.82, 0.69),
    # (set 204 came at the start of the round after, on sanctions: numbered packages, listings, liftings and
    # the targets' answers; 205 and 206 stay blind)
    "set204-short": (0.76, 0.82), "set204-long": (0.88, 0.74),
    # (set 207 came at the start of the round after, on blind set 206's theme: Africa, Latin America, the Middle
    # East and Asia, heavy on reactions; 208 stays blind)
    "set207-short": (0.89, 0.89), "set207-long": (0.88, 0.80),
    # (sets 209 and 211 came at the start of the round after: sanctions imposed, widened and lifted with their
    # reactions; designations and memberships worldwide, reactions-heavy; 210 stays blind)
    "set209-short": (0.85, 0.78), "set209-long": (0.69, 0.64),
    "set211-short": (0.84, 0.82), "set211-long": (0.91, 0.83),
    # (sets 212 and 214 came at the start of the round after: memberships and alliances 2022-2025; the Americas
    # and Africa, with officials by title and reactions told before their acts; 213 stays blind)
    "set212-short": (0.91, 0.87), "set212-long": (0.91, 0.79),
    "set214-short": (0.90, 0.84), "set214-long": (0.91, 0.74),
    # (set 217 came at the end of the round after, on designations and strategies, and is barely worked: its
    # floors stand below its scores after one change, a list's members named by the list)
    "set217-short": (0.67, 0.60), "set217-long": (0.73, 0.60),
    # 219 (Africa 2023-2025) and 222 (membership of international organisations 2022-2025) were written on
    # 2026-12-04, night, and scored as written with that round's first commit (6f05f42) before they were
    # worked on; 220, 221 and 223, written with them, stay blind
    "set219-short": (0.85, 0.74), "set219-long": (0.76, 0.64),
    "set222-short": (0.93, 0.81), "set222-long": (0.76, 0.68),
    # 224 (Asia-Pacific 2023-2025) and 226 (sanctions by middle powers 2024-2025) were written on 2026-12-05 and
    # scored as written with that round's first commit (73b2d4f) before they were worked on; 225, 227 and 228,
    # written with them, stay blind
    "set224-short": (0.80, 0.73), "set224-long": (0.69, 0.54),
    "set226-short": (0.86, 0.77), "set226-long": (0.79, 0.69),
    # 232 (trade measures 2024-2025: tariffs as sanctions, export controls, pauses as liftings) and 234 (the
    # Middle East, sanctions and the ICC 2024-2025; 20 short articles) were written on 2026-12-05 by authors who
    # never saw the code and scored as written with the next round's first commit (6d41564) before they were
    # worked on; 229, 231, 233 and 235, written with them, stay blind
    "set232-short": (0.84, 0.64), "set232-long": (0.78, 0.50),
    "set234-short": (0.86, 0.82), "set234-long": (0.82, 0.67),
    # 241 (the Middle East 2024-2025, heavy on reactions) and 242 (recognitions of Palestine, summits, exits from the
    # ICC, WHO and UNHRC; its golds count a recognition as a designation "state", which kg does not model) were
    # written on 2026-12-05 by authors who never saw the code and scored as written with that round's first commit
    # (595d846); 245 (Latin America and Africa), 247 (Europe, Russia and the South Caucasus), 249 (designations and
    # lists) and 251 (long analysis pieces), written the same day, were scored as written with the code of the hour
    # they arrived; 243, 244, 246, 248, 250 and 252, written with them, stay blind
    "set241-short": (0.89, 0.85), "set241-long": (0.83, 0.54),
    "set242-short": (0.86, 0.67), "set242-long": (0.64, 0.39),
    "set245-short": (0.93, 0.74), "set245-long": (0.85, 0.67),
    "set247-short": (0.84, 0.81), "set247-long": (0.64, 0.47),
    "set249-short": (0.89, 0.79), "set249-long": (0.89, 0.79),
    "set251-short": (0.92, 0.78), "set251-long": (0.81, 0.75),
    # 253 (sanctions imposed and lifted), 255 (designations and labels) and 257 (policies issued and the reactions
    # to them) were written on 2026-12-05 by authors who never saw the code and scored as written with the code of
    # the hour they arrived; 254, 256 and 258, written with them, stay blind
    "set253-short": (0.83, 0.79), "set253-long": (0.92, 0.69),
    "set255-short": (0.94, 0.88), "set255-long": (0.75, 0.65),
    "set257-short": (0.80, 0.64), "set257-long": (0.71, 0.34),
    # 259 (reactions in long-form reporting), 261 (sanctions and policy documents in analysis) and 263 (designations
    # and memberships told with their history) were written on 2026-12-05 (late) the same way; 260, 262 and 264 stay blind
    "set259-short": (0.85, 0.82), "set259-long": (0.82, 0.75),
    "set261-short": (0.82, 0.76), "set261-long": (0.91, 0.78),
    "set263-short": (0.93, 0.86), "set263-long": (0.68, 0.57),
    # 265 (the Sahel, ECOWAS and the AU), 267 (reactions to sanctions, designations, exits and strikes) and 269
    # (briefings on enlargement, US designations and strategies) were written on 2026-12-06 the same way; 266, 268
    # and 270 stay blind
    "set265-short": (0.85, 0.69), "set265-long": (0.91, 0.64),
    "set267-short": (0.77, 0.71), "set267-long": (0.82, 0.69),
    "set269-short": (0.90, 0.78), "set269-long": (0.83, 0.61),
    # 271 (US and European designations and labels), 273 (the Middle East's strikes, snapback and Syria's sanctions)
    # and 275 (memberships and withdrawals told at length) were written on 2026-12-06 (later) the same way; 272, 274
    # and 276 stay blind
    "set271-short": (0.86, 0.63), "set271-long": (0.86, 0.77),
    "set273-short": (0.94, 0.84), "set273-long": (0.91, 0.76),
    "set275-short": (0.95, 0.89), "set275-long": (0.80, 0.64),
    # 277 (reactions to designations, sanctions, accessions and strategies), 279 (sanctions imposed and lifted, and
    # the answers) and 281 (Asia, the Pacific and the Americas, with many traps) were written on 2026-12-06 (third
    # round) the same way; 278, 280 and 282 stay blind
    "set277-short": (0.88, 0.79), "set277-long": (0.69, 0.58),
    "set279-short": (0.86, 0.76), "set279-long": (0.82, 0.64),
    "set281-short": (0.91, 0.76), "set281-long": (0.73, 0.66),
    # 283 (memberships: accessions, exits, suspensions), 285 (analysis heavy with dated history) and 287 (designations
    # assigned and removed) were written on 2026-12-06 (fourth round) the same way; 284, 286 and 288 stay blind
    "set283-short": (0.91, 0.88), "set283-long": (0.93, 0.75),
    "set285-short": (0.87, 0.78), "set285-long": (0.86, 0.73),
    "set287-short": (0.85, 0.71), "set287-long": (0.86, 0.77),
    # 289 (sanctions regimes), 291 (Africa and the Asia-Pacific) and 293 (analysis style, dates told many ways) were
    # written on 2026-12-06 (fifth round) the same way; 290, 292 and 294 stay blind
    "set289-short": (0.92, 0.79), "set289-long": (0.88, 0.84),
    "set291-short": (0.83, 0.81), "set291-long": (0.92, 0.73),
    "set293-short": (0.86, 0.83), "set293-long": (0.88, 0.83),
    # 295 (diplomatic reactions), 297 (policy documents and what they carry) and 299 (Europe and Eurasia) were
    # written on 2026-12-06 (sixth round) the same way; 296, 298 and 300 stay blind
    "set295-short": (0.90, 0.82), "set295-long": (0.79, 0.57),
    "set297-short": (0.87, 0.76), "set297-long": (0.92, 0.54),
    "set299-short": (0.93, 0.79), "set299-long": (0.79, 0.70),
    # 301 (designations and lists), 303 (memberships) and 305 (Asia-Pacific) were written on 2026-12-06 (seventh
    # round) the same way; 302, 304 and 306 stay blind. Their guide named the FATF grey list by its formal name
    # by mistake, so a script renamed that label to "grey list", the name kg and the earlier golds use.
    "set301-short": (0.91, 0.87), "set301-long": (0.90, 0.75),
    "set303-short": (0.90, 0.89), "set303-long": (0.88, 0.79),
    "set305-short": (0.86, 0.69), "set305-long": (0.93, 0.62),
    # 307 (Europe and the EU), 309 (reactions told many ways) and 311 (Russia, Ukraine and the war's diplomacy)
    # were written on 2026-12-06 (eighth round) the same way; 308, 310 and 312 stay blind
    "set307-short": (0.90, 0.87), "set307-long": (0.82, 0.73),
    "set309-short": (0.92, 0.87), "set309-long": (0.89, 0.75),
    "set311-short": (0.85, 0.81), "set311-long": (0.79, 0.78),
    # 313 (sanctions imposed and lifted), 315 (memberships) and 317 (a mixed wire of every kind) were written on
    # 2026-12-06 (ninth round) the same way; 314, 316 and 318 stay blind
    "set313-short": (0.77, 0.79), "set313-long": (0.61, 0.73),
    "set315-short": (0.91, 0.87), "set315-long": (0.88, 0.83),
    "set317-short": (0.93, 0.87), "set317-long": (0.85, 0.80),
    # 2026-12-06 (tenth round) the same way; 320, 322 and 324 stay blind
    "set319-short": (0.83, 0.74), "set319-long": (0.62, 0.46),
    "set321-short": (0.93, 0.89), "set321-long": (0.71, 0.58),
    "set323-short": (0.83, 0.83), "set323-long": (0.68, 0.57),
    # 2026-12-07 (eleventh round) the same way; 326, 328 and 330 stay blind
    "set325-short": (0.89, 0.82), "set325-long": (0.94, 0.78),
    "set327-short": (0.88, 0.78), "set327-long": (0.89, 0.77),
    "set329-short": (0.83, 0.70), "set329-long": (0.86, 0.84),
    # 2026-12-07 (twelfth round) the same way; 332, 334 and 336 stay blind
    "set331-short": (0.90, 0.82), "set331-long": (0.81, 0.72),
    "set333-short": (0.93, 0.83), "set333-long": (0.86, 0.60),
    "set335-short": (0.88, 0.75), "set335-long": (0.64, 0.45),
    # 2026-12-07 (thirteenth round) the same way; 338, 340 and 342 stay blind
    "set337-short": (0.83, 0.83), "set337-long": (0.70, 0.61),
    "set339-short": (0.89, 0.84), "set339-long": (0.80, 0.73),
    "set341-short": (0.86, 0.87), "set341-long": (0.81, 0.80),
    # 2026-12-07 (fourteenth round) the same way; 344, 346 and 348 stay blind
    # (set343-long: "The same year, 2022, the leaders adopted the 2050 Strategy ..." is read, but dated by the
    # year told before it, 2023)
    "set343-short": (0.78, 0.69), "set343-long": (0.88, 0.63),
    "set345-short": (0.88, 0.85), "set345-long": (0.80, 0.65),
    "set347-short": (0.87, 0.79), "set347-long": (0.90, 0.75),
    # 2026-12-07 (fifteenth round) the same way; 350, 352 and 354 stay blind
    "set349-short": (0.90, 0.71), "set349-long": (0.75, 0.51),
    "set351-short": (0.89, 0.81), "set351-long": (0.84, 0.69),
    "set353-short": (0.89, 0.79), "set353-long": (0.88, 0.63),
    # 2026-12-07 (sixteenth round) the same way; 356, 358 and 360 stay blind
    "set355-short": (0.83, 0.84), "set355-long": (0.90, 0.86),
    "set357-short": (0.94, 0.80), "set357-long": (0.91, 0.72),
    "set359-short": (0.94, 0.75), "set359-long": (0.73, 0.53),
    # 2026-12-07 (seventeenth round) the same way; 362, 364 and 366 stay blind
    "set361-short": (0.88, 0.74), "set361-long": (0.73, 0.51),
    "set363-short": (0.89, 0.71), "set363-long": (0.98, 0.61),
    "set365-short": (0.95, 0.81), "set365-long": (0.92, 0.58),
    # 2026-12-07 (eighteenth round) the same way; 368, 370 and 372 stay blind
    "set367-short": (0.85, 0.71), "set367-long": (0.75, 0.63),
    "set369-short": (0.87, 0.63), "set369-long": (0.89, 0.65),
    "set371-short": (0.85, 0.72), "set371-long": (0.81, 0.66),
    # 2026-12-07 (nineteenth round) the same way; 374, 376 and 378 stay blind
    "set373-short": (0.78, 0.59), "set373-long": (0.87, 0.64),
    "set375-short": (0.85, 0.76), "set375-long": (0.73, 0.59),
    "set377-short": (0.85, 0.70), "set377-long": (0.85, 0.62),
    # 2026-12-08 (twentieth round) the same way; 380, 382 and 384 stay blind. (set379-long is at P 0.77: reactions to
    # recognitions of Palestine go to the wrong target, a rejection of an assembly vote read as aimed at the states the
    # paragraph named)
    "set379-short": (0.88, 0.78), "set379-long": (0.74, 0.68),
    "set381-short": (0.84, 0.62), "set381-long": (0.82, 0.63),
    "set383-short": (0.92, 0.75), "set383-long": (0.85, 0.68),
}


@pytest.fixture(scope="module")
def scorer():
    if not SCORER.exists():
        pytest.skip(f"the shared scorer is not at {SCORER}")
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document(record: dict) -> Document:
    published = dt.date.fromisoformat(record["published"]) if record.get("published") else None
    return Document(id=record["id"], title=record.get("title"), published=published, url=None,
                    publisher=None, text=record["text"], path=None)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_strict_scores_stay_above_their_floor(scorer, name):
    gold = [json.loads(line) for line in (EVAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = defaultdict(list)
    for record in gold:
        predicted[record["id"]].extend(extract(document(record)))
    tp, fp, fn, *_ = scorer.score(gold, predicted, strict=True)
    precision, _, f1 = scorer.prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    min_precision, min_f1 = FLOORS[name]
    assert precision >= min_precision and f1 >= min_f1, f"{name}: P={precision:.3f} F1={f1:.3f}"


def test_every_fact_of_every_set_has_a_contract_kind():
    """Pending facts (lists announced, acts no frame models) are read by later sentences only."""
    kinds = {"designation_change", "membership_change", "policy_issued", "sanction_change", "reaction"}
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                assert {f["kind"] for f in extract(document(json.loads(line)))} <= kinds, path.name
