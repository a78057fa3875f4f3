import datetime as dt

import pytest

from kg.loaders.dates import find_dates, find_publication_date, parse_date

PUB = dt.date(2024, 3, 8)  # a Friday


def resolve(text, pub=PUB):
    return [d.resolve(pub) for d in find_dates(text)]


@pytest.mark.parametrize("text, expected", [
    ("It happened on March 7, 2024.", ["2024-03-07"]),
    ("It happened on 7 March 2024.", ["2024-03-07"]),
    ("It happened on 2024-03-07.", ["2024-03-07"]),
    ("It was agreed in February 2024.", ["2024-02"]),
    ("It was agreed in 2023.", ["2023"]),
    ("It happened on Thursday.", ["2024-03-07"]),
    ("It happened on Thursday last week.", ["2024-02-29"]),
    ("It happened on Friday.", ["2024-03-08"]),
    ("It happened on Saturday.", ["2024-03-02"]),
    ("It happened yesterday.", ["2024-03-07"]),
    ("It happens today.", ["2024-03-08"]),
    ("It happened last month.", ["2024-02"]),
    ("It happened earlier this month.", ["2024-03"]),
    ("It happened last year.", ["2023"]),
    ("It happened on March 1.", ["2024-03-01"]),
    ("It happened on December 30.", ["2023-12-30"]),
    ("It happened in May.", ["2023-05"]),
    ("It only left the list this February.", ["2024-02"]),
    # alone, "that November" is the last November; the extractor gives it the year the text told last
    ("It joined that November.", ["2023-11"]),
    ("Talks may resume.", []),
])
def test_resolution(text, expected):
    assert resolve(text) == expected


def test_relative_dates_need_a_publication_date():
    assert resolve("They met on Tuesday.", None) == [None]
    assert resolve("They met on June 5, 2017.", None) == ["2017-06-05"]


def test_month_year_is_not_invented_to_a_day():
    assert resolve("The bloc expanded in January 2025.") == ["2025-01"]


def test_parse_date_forms():
    assert parse_date("2025-01-14T10:00:00Z") == dt.date(2025, 1, 14)
    assert parse_date("Tue, 14 Jan 2025 10:00:00 GMT") == dt.date(2025, 1, 14)
    assert parse_date("January 14, 2025") == dt.date(2025, 1, 14)
    assert parse_date("soon") is None


def test_publication_date_in_text():
    assert find_publication_date("Title\nPublished: 3 March 2025\n\nBody text.") == dt.date(2025, 3, 3)
    assert find_publication_date("GENEVA, March 3, 2025 - The agency said ...") == dt.date(2025, 3, 3)
    assert find_publication_date("No date here.\nJust words.") is None


@pytest.mark.parametrize("text, pub, expected", [
    ("It happened last week.", dt.date(2024, 3, 15), ["2024-03"]),   # Mar 4-10: one month
    ("It happened last week.", dt.date(2024, 3, 6), ["2024"]),       # Feb 26 - Mar 3: two months
    ("It happened this week.", dt.date(2024, 3, 15), ["2024-03"]),
    ("It happened this week.", dt.date(2024, 3, 2), ["2024"]),       # week began in February
    ("It happened last week.", dt.date(2024, 1, 3), ["2023-12"]),
    ("It happened last week.", dt.date(2025, 1, 8), [None]),         # Dec 30 - Jan 5: unknown
    ("They applied last May.", dt.date(2024, 3, 8), ["2023-05"]),
    ("They applied last February.", dt.date(2024, 3, 8), ["2024-02"]),
    ("It was declared in January last year.", dt.date(2025, 1, 30), ["2024-01"]),
    ("It was listed on December 2 last year.", dt.date(2025, 4, 10), ["2024-12-02"]),
    ("It was listed on 3 March this year.", dt.date(2025, 4, 10), ["2025-03-03"]),
])
def test_week_and_named_month_relatives(text, pub, expected):
    assert resolve(text, pub) == expected


def test_a_part_of_a_named_month():
    assert resolve("It happened at the start of December.", dt.date(2024, 12, 30)) == ["2024-12"]
    assert resolve("It happened in the middle of May.", dt.date(2024, 12, 30)) == ["2024-05"]


def test_a_season_of_a_year_and_the_start_of_the_year():
    pub = dt.date(2024, 6, 14)
    assert [d.resolve(pub) for d in find_dates("Peru left the OAS in the spring of 2023.")] == ["2023"]
    assert [d.resolve(pub) for d in find_dates("Peru left the OAS at the start of the year.")] == ["2024"]


@pytest.mark.parametrize("text", ["in August and November that year", "in November of that year", "later that year, in November"])
def test_a_month_of_that_year_is_told_as_such(text):
    assert "that_month" in {d.kind for d in find_dates(text)}


def test_a_day_before_a_count_of_years_is_still_a_day():
    assert [d.kind for d in find_dates("on 14 December, 27 years after")] == ["dm"]
    assert [d.kind for d in find_dates("on 14 December, 2020")] == ["dmy"]


@pytest.mark.parametrize("text, published, expected", [
    ("on New Year's Day", dt.date(2025, 1, 2), "2025-01-01"),
    ("on Christmas Day", dt.date(2025, 1, 2), "2024-12-25"),
    ("on Christmas Eve", dt.date(2024, 12, 26), "2024-12-24"),
])
def test_a_holiday_is_its_last_day_before_publication(text, published, expected):
    (found,) = find_dates(text)
    assert found.resolve(published) == expected


@pytest.mark.parametrize("text, published, expected", [
    ("on New Year's Day 2024", dt.date(2025, 1, 10), "2024-01-01"),
    ("on Christmas Day, 2019", None, "2019-12-25"),
])
def test_a_holiday_with_its_year_is_that_day(text, published, expected):
    (found,) = find_dates(text)
    assert found.resolve(published) == expected
