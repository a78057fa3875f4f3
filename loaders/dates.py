"""Date expressions: find them in sentences, resolve relative ones against a publication date.

A resolved date is a string of the precision the text gives: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
Weekdays resolve to the most recent such day on or before publication; "today" is publication.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_MON = rf"(?P<mon>{_FULL}|{_ABBR})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

#: Nouns of acts that a year before them dates: "the 2011 vote", "its 2019 decision".
DATED_NOUNS = (r"(?:vote|decision|ruling|move|resolution|listing|designation|delisting|withdrawal|exit|accession|"
               r"application|suspension|expulsion|referendum)s?\b")

# Order matters: earlier patterns win where spans overlap.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("mdy", re.compile(rf"\b{_MON} {_DAY},? {_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY} {_MON},? {_YEAR}\b")),
    ("my", re.compile(rf"\b{_MON},? {_YEAR}\b")),
    # "on December 2 last year", "on 2 December this year", "on January 1 of this year": the day, in the year told
    ("md_year", re.compile(rf"\b{_MON} {_DAY},? (?:of )?(?P<which>last|this) year\b")),
    ("dm_year", re.compile(rf"\b{_DAY} {_MON},? (?:of )?(?P<which>last|this) year\b")),
    # (a count after the comma is no year: "on 14 December, 27 years after ...")
    ("md", re.compile(rf"\b{_MON} {_DAY}\b(?!,? ?\d(?!\d? (?:years?|months?|weeks?|days?|decades?)\b))")),
    ("dm", re.compile(rf"\b{_DAY} {_MON}\b(?!,? ?\d(?!\d? (?:years?|months?|weeks?|days?|decades?)\b))")),
    ("month_last_year", re.compile(rf"\b(?:[Ii]n )?(?:(?:early|late|mid-) ?)?(?P<mon>{_FULL}) (?:of )?last year\b")),
    ("month_this_year", re.compile(rf"\b(?:[Ii]n )?(?:(?:early|late|mid-) ?)?(?P<mon>{_FULL}) (?:of )?this year\b")),
    ("last_month_name", re.compile(rf"\b[Ll]ast (?P<mon>{_FULL})\b")),
    # "only left it this February": the month of the publication's year
    ("month_this_year", re.compile(rf"\b[Tt]his (?P<mon>{_FULL})\b")),
    # "added Y that November": the month, in the year the text told last (kg.loaders.extract)
    ("that_month", re.compile(rf"\b[Tt]hat (?P<mon>{_FULL})\b(?!,? ?\d)")),
    # "in August and November that year", "later that year, in December": the months of the year told
    ("that_month", re.compile(rf"\b(?:[Ii]n )?(?:(?:early|late|mid-) ?)?(?P<mon>{_FULL})(?= and (?:in )?{_FULL},? (?:of )?(?:that|the same) year\b)")),
    ("that_month", re.compile(rf"\b(?:[Ii]n )?(?:(?:early|late|mid-) ?)?(?P<mon>{_FULL}),? (?:of )?(?:that|the same) year\b")),
    ("that_month", re.compile(rf"\b(?:[Ll]ater|[Ee]arlier) (?:that|the same) year,? in (?P<mon>{_FULL})\b(?!,? ?\d)")),
    # "at the start of December": the month
    ("month_part", re.compile(rf"\b(?:[Aa]t|[Bb]y|[Ss]ince|[Ii]n|[Tt]owards?) the (?:start|beginning|end|middle) of (?P<mon>{_FULL})\b(?!,? ?\d)")),
    ("in_month", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-) (?:(?:early|late|mid-) ?)?(?P<mon>{_FULL})\b(?!,? ?\d)")),
    # a meeting named by its month: "at its June plenary", "the same February summit"
    ("meeting_month", re.compile(rf"(?:(?<=[Ii]ts )|(?<=[Tt]he )|(?<=[Tt]heir )|(?<=[Ss]ame ))(?P<mon>{_FULL})(?= (?:plenary|summit|meeting|session|gathering|conference|ministerial)\b)")),
    ("year", re.compile(rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring) (?:(?:early|late|mid-) ?)?{_YEAR}\b(?!-\d)")),
    # "the hopes of 2020, when ...": the year a when-clause is set in
    ("year", re.compile(rf"(?<=[Oo]f ){_YEAR}(?=,? when\b)")),
    # "at the start of 2024": the year
    ("year", re.compile(rf"\b(?:[Aa]t|[Bb]y|[Ss]ince|[Ii]n|[Tt]owards?) the (?:start|beginning|end|middle|turn) of {_YEAR}\b(?!-\d)")),
    # a year a listing or status dates from: "a designation dating back to 1979"
    ("year", re.compile(r"(?:(?<=dating from )|(?<=dating to )|(?<=dating back to )|(?<=dates from )|(?<=dates to )"
                        rf"|(?<=dates back to )|(?<=dated from )|(?<=dated back to )){_YEAR}\b(?!-\d)")),
    # a year that dates the act a noun names: "the agency's 2011 vote to admit ...", "its 2019 decision"
    ("year", re.compile(rf"(?:(?<=[Tt]he )|(?<=[Ii]ts )|(?<=[Tt]heir )|(?<=['’]s )){_YEAR}(?= {DATED_NOUNS})")),
    ("year_part", re.compile(r"\b(?:[Aa]t|[Bb]y|[Ss]ince|[Ii]n) the (?:start|beginning|end|middle) of (?P<which>this|last|the) year\b")),
    # "in the spring of 2023", "in summer 2023": the year, never a guessed month
    ("year", re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y) (?:the )?(?:(?:early|late) )?(?:spring|summer|autumn|fall|winter) (?:of )?{_YEAR}\b(?!-\d)")),
    # "on New Year's Day 2024": that day
    ("holiday_year", re.compile(rf"\b(?P<name>New Year['’]s Day|Christmas Day|Christmas Eve|New Year['’]s Eve),? {_YEAR}\b")),
    # "on New Year's Day", "on Christmas Day": the last such day on or before publication
    ("holiday", re.compile(r"\b(?P<name>New Year['’]s Day|Christmas Day|Christmas Eve|New Year['’]s Eve)\b")),
    ("years_ago", re.compile(r"\b(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive) years? ago(?: this (?:week|month))?\b")),
    # "ten days ago": the day; "two weeks ago": the month of that day, never a guessed day
    ("days_ago", re.compile(r"\b(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d{1,2}) days? ago\b")),
    ("weeks_ago", re.compile(r"\b(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|\d{1,2}) weeks? ago\b")),
    # "at the weekend": the weekend before publication, as precise as its two days allow
    ("weekend", re.compile(r"\b(?:(?:[Aa]t|[Oo]ver|[Dd]uring) the|[Ll]ast|[Tt]his) weekend\b")),
    ("vague", re.compile(r"\b(?:(?:a|two|three|several|many|some) )?(?:decades?|years?) ago\b|\blong ago\b")),
    ("week_weekday", re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:of )?(?P<which>last|this) week\b")),
    ("last_weekday", re.compile(r"\b[Ll]ast (?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("weekday", re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("rel", re.compile(r"\b(?P<rel>[Yy]esterday|[Tt]oday(?!['’]s\s+[A-Z])|[Ll]ast (?:month|year|week)|(?:[Ee]arlier |[Ll]ater )?[Tt]his (?:month|year|week))\b")),
]

#: Kinds that carry their full value in the text (the rest need a publication date).
ABSOLUTE = frozenset({"iso", "mdy", "dmy", "my", "year", "holiday_year"})


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text: its span, its kind and the matched groups."""

    start: int
    end: int
    kind: str
    groups: tuple[tuple[str, str], ...]

    @property
    def absolute(self) -> bool:
        """True when the expression names its own year (needs no publication date)."""
        return self.kind in ABSOLUTE

    def resolve(self, published: dt.date | None) -> str | None:
        """The date as "YYYY-MM-DD" / "YYYY-MM" / "YYYY", or None when it cannot be known."""
        return _resolve(self.kind, dict(self.groups), published)


#: Cues: a digit, a month's name, a weekday's, "ago", a relative word, "weekend", "year".
_CUES = {"d": re.compile(r"\d"), "m": re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"),
         "w": re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"), "a": re.compile(r"ago\b"),
         "r": re.compile(r"[YyTtLl](?:esterday|oday|ast |his )"),  # loose ("contrast "), but one test per position
         "k": re.compile(r"weekend"), "y": re.compile(r"\byear\b"), "h": re.compile(r"New Year|Christmas")}
#: The cues each kind of expression cannot match without.
_NEEDS = {"iso": "d", "mdy": "dm", "dmy": "dm", "my": "dm", "md": "dm", "dm": "dm", "month_last_year": "mr", "month_this_year": "mr",
          "last_month_name": "mr", "month_part": "m", "md_year": "dmr", "dm_year": "dmr", "in_month": "m", "meeting_month": "m", "that_month": "m", "year": "d", "years_ago": "a", "vague": "a", "days_ago": "a", "weeks_ago": "a", "weekend": "k",
          "weekday": "w", "last_weekday": "w", "week_weekday": "wr", "rel": "r", "year_part": "y", "holiday": "h", "holiday_year": "hd"}


def find_dates(text: str) -> list[DateMention]:
    """All date expressions in `text`, non-overlapping, in textual order."""
    cues = {cue for cue, rx in _CUES.items() if rx.search(text)}
    if not cues:
        return []
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        if not cues.issuperset(_NEEDS[kind]):
            continue
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            groups = tuple((k, v) for k, v in m.groupdict().items() if v is not None)
            found.append(DateMention(s, e, kind, groups))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    return _fold_weekdays(text, found)


#: Kinds that name a day of the month.
_DAY_KINDS = frozenset({"iso", "mdy", "dmy", "md", "dm", "md_year", "dm_year"})
#: What may stand between a weekday and the day it names: a space, after a comma or not.
_BETWEEN_WEEKDAY_AND_DAY = re.compile(r",?\s")


def _fold_weekdays(text: str, found: list[DateMention]) -> list[DateMention]:
    """`found` with a weekday told just before the day it names folded into that day's mention: "on
    Thursday, February 6" is one date, February 6, whatever the publication's week."""
    out: list[DateMention] = []
    for d in found:
        if out and out[-1].kind == "weekday" and d.kind in _DAY_KINDS \
                and _BETWEEN_WEEKDAY_AND_DAY.fullmatch(text, out[-1].end, d.start):
            out[-1] = DateMention(out[-1].start, d.end, d.kind, d.groups)
        else:
            out.append(d)
    return out


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


_AGO = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


#: The month and day of the holidays a date may be named by.
_HOLIDAYS = {"New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Christmas Day": (12, 25), "Christmas Eve": (12, 24)}


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _AGO[word.lower()]


def _resolve(kind: str, g: dict[str, str], pub: dt.date | None) -> str | None:
    if kind == "vague":
        return None
    if kind == "year_part":  # "at the start of this year": the year, never a guessed month
        return (str(pub.year - (g["which"] == "last")) if pub else None)
    if kind == "years_ago":  # "a year ago this week": the year, never a guessed day
        return str(pub.year - _AGO[g["n"].lower()]) if pub else None
    if kind == "iso":
        return _valid(int(g["year"]), int(g["m"]), int(g["day"]))
    if kind in ("mdy", "dmy"):
        return _valid(int(g["year"]), _month(g["mon"]), int(g["day"]))
    if kind == "my":
        return f"{int(g['year']):04d}-{_month(g['mon']):02d}"
    if kind == "year":
        return g["year"]
    if kind == "holiday_year":
        return _valid(int(g["year"]), *_HOLIDAYS[g["name"].replace("’", "'")])
    if pub is None:
        return None
    if kind == "holiday":
        m, d = _HOLIDAYS[g["name"].replace("’", "'")]
        return _valid(pub.year if (m, d) <= (pub.month, pub.day) else pub.year - 1, m, d)
    if kind == "days_ago":
        return (pub - dt.timedelta(days=_count(g["n"]))).isoformat()
    if kind == "weeks_ago":
        day = pub - dt.timedelta(days=7 * _count(g["n"]))
        return f"{day.year:04d}-{day.month:02d}"
    if kind == "weekend":
        sunday = pub + dt.timedelta(days=1) if pub.weekday() == 5 else pub - dt.timedelta(days=(pub.weekday() + 1) % 7)
        return _span(sunday - dt.timedelta(days=1), sunday)
    if kind in ("md_year", "dm_year"):
        return _valid(pub.year - (g["which"] == "last"), _month(g["mon"]), int(g["day"]))
    if kind in ("md", "dm"):
        m, d = _month(g["mon"]), int(g["day"])
        year = pub.year if (m, d) <= (pub.month, pub.day) else pub.year - 1
        return _valid(year, m, d)
    if kind == "month_last_year":
        return f"{pub.year - 1:04d}-{_month(g['mon']):02d}"
    if kind == "month_this_year":
        return f"{pub.year:04d}-{_month(g['mon']):02d}"
    if kind == "last_month_name":
        m = _month(g["mon"])
        return f"{pub.year if m < pub.month else pub.year - 1:04d}-{m:02d}"
    if kind in ("in_month", "month_part", "that_month", "meeting_month"):
        m = _month(g["mon"])
        year = pub.year if m <= pub.month else pub.year - 1
        return f"{year:04d}-{m:02d}"
    if kind == "week_weekday":  # "on Monday of last week": that week's day
        monday = pub - dt.timedelta(days=pub.weekday() + (7 if g["which"] == "last" else 0))
        return (monday + dt.timedelta(days=WEEKDAYS[g["wd"].lower()])).isoformat()
    if kind in ("weekday", "last_weekday"):
        back = (pub.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if back == 0 and kind == "last_weekday":
            back = 7  # "last Tuesday" written on a Tuesday: a week before
        return (pub - dt.timedelta(days=back)).isoformat()
    rel = g["rel"].lower()
    if rel == "yesterday":
        return (pub - dt.timedelta(days=1)).isoformat()
    if rel == "today":
        return pub.isoformat()
    if rel == "last month":
        y, m = (pub.year, pub.month - 1) if pub.month > 1 else (pub.year - 1, 12)
        return f"{y:04d}-{m:02d}"
    if rel.endswith("week"):
        monday = pub - dt.timedelta(days=pub.weekday() + (7 if rel.startswith("last") else 0))
        last = pub if rel.endswith("this week") else monday + dt.timedelta(days=6)
        return _span(monday, last)
    if rel == "last year":
        return f"{pub.year - 1:04d}"
    if rel.endswith("month"):
        return f"{pub.year:04d}-{pub.month:02d}"
    return f"{pub.year:04d}"


def _span(first: dt.date, last: dt.date) -> str:
    """The most precise value that covers both days: the month when they share one, else the year."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{last.year:04d}" if first.year == last.year else None


_PUB_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: str | None) -> dt.date | None:
    """A publication date from a string: ISO date/datetime, "January 14, 2025", "14 Jan 2025",
    or RFC 822 ("Tue, 14 Jan 2025 10:00:00 GMT"). None when nothing date-like is found."""
    if not value:
        return None
    m = _PUB_ISO.match(value)
    if m:
        v = _valid(int(m[1]), int(m[2]), int(m[3]))
        return dt.date.fromisoformat(v) if v else None
    for d in find_dates(value):
        if d.kind in ("mdy", "dmy", "iso"):
            v = d.resolve(None)
            if v:
                return dt.date.fromisoformat(v)
    return None


_DATELINE = re.compile(
    r"^\s*(?:\*\*|__)?(?:Published|Posted|Date|Updated|Dateline)(?: on)?\s*:?\s*(?:\*\*|__)?\s*(?P<rest>.{6,60})$",
    re.IGNORECASE)


def find_publication_date(text: str, max_lines: int = 12) -> dt.date | None:
    """Look for a publication date near the top of a text: a "Published: ..." line, a line that
    is only a date, or a dateline such as "GENEVA, March 3, 2025 -" opening a paragraph."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:max_lines]
    for ln in lines:
        m = _DATELINE.match(ln)
        if m and (d := parse_date(m["rest"])):
            return d
    for ln in lines:
        s = ln.strip().strip("*_#> ")
        if len(s) <= 40 and (d := parse_date(s)) and len(find_dates(s)) == 1:
            return d
    for ln in lines:
        head = ln.strip()[:60]
        dash = re.search(r"\s[-\u2013\u2014]\s", head)
        if dash and (d := parse_date(head[: dash.start()])):
            return d
    return None
