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
the calendar is loaded from exactly their shipped files (all in model(), which needs the binding), so a new notice (2027 confirmed, a tentative 2028)
changes what the model covers, never whether the laws hold.
"""
import datetime
import os
import types

import pytest
from hypothesis import HealthCheck, settings

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


_model = None


def model():
    """The model's years (`years`, in order; `tentative`, the set of those that are tentative; `first` and
    `last`, their first and last day) and `files`, the shipped files of exactly those years, which the
    properties load. Worked out once.

    From the first year data/holidays ships: each year that holiday-cn has a notice for and the shipped
    file confirms, then a tentative shipped year with a hand model; the first year that is neither ends
    the run (the model has no day-by-day facts for it). The status comes from the shipped files'
    coverage, as egca reads it, not from the file names."""
    global _model
    if _model is not None:
        return _model
    import egca  # here, not above: test_prop_command.py runs the command and has no binding to import
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
    # With no years (the shared reference folder is absent, every property is skipped: needs_shared), one
    # day, so that the strategies can still be written.
    _model = types.SimpleNamespace(
        years=years, tentative=tentative,
        first=D(years[0] if years else FIRST_SHIPPED, 1, 1),
        last=D(years[-1], 12, 31) if years else D(FIRST_SHIPPED, 1, 1),
        files=[os.path.join(SHIPPED, f'{year}.ics') for year in years])
    return _model

_working = None


def working_table():
    """{date: is_working} for every day of the model's years, built once."""
    global _working
    if _working is None:
        m = model()
        facts = holiday_cn_facts([y for y in m.years if y not in m.tentative])
        for year in sorted(m.tentative):
            facts.update({d: False for d in BY_HAND[year]})
        table = {}
        day = m.first
        while day <= m.last:
            table[day] = facts.get(day, day.weekday() < 5)
            day += ONE
        _working = table
    return _working


class Uncovered(Exception):
    """The model needed a day outside its years."""

    def __init__(self, day):
        super().__init__(day.isoformat())
        self.day = day


def is_working(day):
    table = working_table()
    if day not in table:
        raise Uncovered(day)
    return table[day]
