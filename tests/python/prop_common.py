"""What the property tests (test_prop_*.py) share: Hypothesis settings, the independent calendar model and
the calendar it is checked against.

Settings: a fixed number of examples per property, derandomized so that every run, here and in CI, tries
the same examples; EGCA_HYPOTHESIS_EXAMPLES=N (scripts/fuzz.sh properties) runs N times as many random
ones. No example database, no deadline (a busy machine must not fail a test).

The model of the working-day calendar is built day by day from facts that are not egca's: holiday-cn's
per-year JSON in the shared reference folder (as tests/python/test_data.py reads it) for every year from
the first shipped one that it has a notice for and that data/holidays ships as confirmed, and, while the
shipped 2027 is tentative (its notice is not out), 2027 from the holidays of 全国年节及纪念日放假办法 as
revised 2024-11-10, worked out below by hand. FIRST, LAST and TENTATIVE_YEARS follow from those years, and
CALENDAR is loaded from exactly their shipped files, so a new notice (2027 confirmed, a tentative 2028)
changes what the model covers, never whether the laws hold.
"""
import datetime
import os

import pytest
from hypothesis import HealthCheck, settings

import egca
from test_data import HOLIDAY_CN, SOURCE_DIR, holiday_cn_facts, holiday_cn_years

D = datetime.date
ONE = datetime.timedelta(days=1)
SHIPPED = os.path.join(SOURCE_DIR, 'data', 'holidays')

needs_shared = pytest.mark.skipif(not os.path.isdir(HOLIDAY_CN),
                                  reason=f'the shared reference folder is absent ({HOLIDAY_CN})')


def examples(n):
    """n examples; times EGCA_HYPOTHESIS_EXAMPLES when set (scripts/fuzz.sh), and then random ones, so that
    every fuzzing run explores afresh (a failure prints the seed that finds it again)."""
    factor = os.environ.get('EGCA_HYPOTHESIS_EXAMPLES')
    return settings(max_examples=n * max(int(factor or 1), 1), deadline=None, derandomize=not factor,
                    database=None, print_blob=bool(factor),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                           HealthCheck.data_too_large])


# 2027, by hand. 放假办法 第二条 gives the days off of all citizens; 第六条 (as revised 2024) makes a holiday
# that falls on a Saturday or Sunday up on the following working day(s). 2027's dates: 除夕 is Friday 02-05
# (正月初一 Saturday 02-06), 清明 Monday 04-05, 端午 (五月初五) Wednesday 06-09, 中秋 (八月十五) Wednesday 09-15.
#   元旦 01-01 Fri; 春节 02-05 Fri .. 02-08 Mon, Sat and Sun made up on 02-09 Tue and 02-10 Wed;
#   清明 04-05; 劳动节 05-01 Sat, 05-02 Sun, made up on 05-03 Mon and 05-04 Tue; 端午 06-09; 中秋 09-15;
#   国庆 10-01 Fri .. 10-03 Sun, the weekend made up on 10-04 Mon and 10-05 Tue.
# No weekend is moved (调休) before the notice; every 2027 day is provisional anyway. Used only while the
# shipped 2027 is tentative: once the notice is out, these days are not the law any more.
BY_HAND = {
    2027: ([D(2027, 1, 1)] + [D(2027, 2, d) for d in range(5, 11)] + [D(2027, 4, 5)]
           + [D(2027, 5, d) for d in range(1, 5)] + [D(2027, 6, 9), D(2027, 9, 15)]
           + [D(2027, 10, d) for d in range(1, 6)]),
}


def _modelled_years():
    """The years of the model, in order, and which of them are tentative.

    From the first year data/holidays ships: each year that holiday-cn has a notice for and the shipped
    file confirms, then a tentative shipped year with a hand model; the first year that is neither ends
    the run (the model has no day-by-day facts for it). The status comes from the shipped files'
    coverage, as egca reads it, not from the file names."""
    names = sorted(n for n in os.listdir(SHIPPED) if len(n) == 8 and n.endswith('.ics') and n[:4].isdigit())
    coverage = egca.Calendar.load([os.path.join(SHIPPED, n) for n in names]).coverage
    facts = holiday_cn_years() if os.path.isdir(HOLIDAY_CN) else set()
    years, tentative = [], set()
    year = FIRST_SHIPPED = min(coverage)
    while True:
        if coverage.get(year) == 'confirmed' and year in facts and not tentative:
            years.append(year)
        elif coverage.get(year) == 'tentative' and year in BY_HAND:
            years.append(year)
            tentative.add(year)
        else:
            break
        year += 1
    return years, tentative, FIRST_SHIPPED


MODEL_YEARS, TENTATIVE_YEARS, _first_shipped = _modelled_years()
if MODEL_YEARS:
    FIRST = D(MODEL_YEARS[0], 1, 1)
    LAST = D(MODEL_YEARS[-1], 12, 31)
else:  # the shared reference folder is absent: every property is skipped (needs_shared)
    FIRST = LAST = D(_first_shipped, 1, 1)
# What the properties run on: the shipped files of exactly the modelled years.
CALENDAR_FILES = [os.path.join(SHIPPED, f'{year}.ics') for year in MODEL_YEARS]

_working = None


def working_table():
    """{date: is_working} for every day FIRST..LAST, built once."""
    global _working
    if _working is None:
        facts = holiday_cn_facts([y for y in MODEL_YEARS if y not in TENTATIVE_YEARS])
        for year in sorted(TENTATIVE_YEARS):
            facts.update({d: False for d in BY_HAND[year]})
        table = {}
        day = FIRST
        while day <= LAST:
            table[day] = facts.get(day, day.weekday() < 5)
            day += ONE
        _working = table
    return _working


class Uncovered(Exception):
    """The model needed a day outside FIRST..LAST."""

    def __init__(self, day):
        super().__init__(day.isoformat())
        self.day = day


def is_working(day):
    table = working_table()
    if day not in table:
        raise Uncovered(day)
    return table[day]
