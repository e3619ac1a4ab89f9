"""What the property tests (test_prop_*.py) share: Hypothesis settings and the independent calendar model.

Settings: a fixed number of examples per property, derandomized so that every run, here and in CI, tries
the same examples; EGCA_HYPOTHESIS_EXAMPLES=N (scripts/fuzz.sh properties) runs N times as many random
ones. No example database, no deadline (a busy machine must not fail a test).

The model of the working-day calendar is built day by day from facts that are not egca's: holiday-cn's
per-year JSON in the shared reference folder (as tests/python/test_data.py reads it) for 2007 to 2026, and
for 2027, whose notice is not out, the holidays of 全国年节及纪念日放假办法 as revised 2024-11-10, worked out
below by hand.
"""
import datetime
import os

import pytest
from hypothesis import HealthCheck, settings

from test_data import HOLIDAY_CN, holiday_cn_facts

D = datetime.date
ONE = datetime.timedelta(days=1)
FIRST = D(2007, 1, 1)      # the first day the shipped data covers
LAST = D(2027, 12, 31)     # the last (2027 tentative)
TENTATIVE_YEARS = {2027}

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
# No weekend is moved (调休) before the notice; every 2027 day is provisional anyway.
HOLIDAYS_2027 = ([D(2027, 1, 1)] + [D(2027, 2, d) for d in range(5, 11)] + [D(2027, 4, 5)]
                 + [D(2027, 5, d) for d in range(1, 5)] + [D(2027, 6, 9), D(2027, 9, 15)]
                 + [D(2027, 10, d) for d in range(1, 6)])

_working = None


def working_table():
    """{date: is_working} for every day FIRST..LAST, built once."""
    global _working
    if _working is None:
        facts = holiday_cn_facts()
        facts.update({d: False for d in HOLIDAYS_2027})
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
