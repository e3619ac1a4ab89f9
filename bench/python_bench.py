"""Benchmark of the Python binding: the cost of a call from Python, single and bulk.

Usage: python3 bench/python_bench.py [BUILD_DIR]   (default: build-bench, as scripts/bench.sh builds it)

Times Calendar.add_workdays and Calendar.is_workday per call, and add_workdays_many / is_workday_many (and,
where the build has them, kind_many / workdays_between_many) per element, over 200,000 random questions (starts are random days of 2007-01-01..2026-06-30, N random in
1..60, as in calendar_bench.c). Beside each, the same questions answered by pure Python from tables
precomputed with egca: a dict lookup of the start's working-day count and a list index for the answer
(the cheapest a Python-level answer can be). Every figure is the median of 7 runs.
"""
import datetime
import os
import random
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'build-bench')
sys.path.insert(0, os.path.join(BUILD, 'bindings', 'python'))

import egca  # noqa: E402  (found through the build directory above)

if not hasattr(egca, 'Calendar'):  # an empty package directory: the build has not made the extension
    sys.exit(f'python_bench.py: no built egca package in {BUILD}/bindings/python (run ninja -C {BUILD} first)')

COUNT = 200_000
RUNS = 7


def median_ns(fn, per):
    """Median over RUNS runs of fn(), in nanoseconds per item (`per` items a run)."""
    times = []
    for _ in range(RUNS):
        t = time.perf_counter_ns()
        fn()
        times.append((time.perf_counter_ns() - t) / per)
    return statistics.median(times)


def main():
    cal = egca.Calendar.default()
    rng = random.Random(20261124)
    first, last = datetime.date(2007, 1, 1), datetime.date(2026, 6, 30)
    span = (last - first).days
    starts = [first + datetime.timedelta(days=rng.randrange(span + 1)) for _ in range(COUNT)]
    ns = [rng.randint(1, 60) for _ in range(COUNT)]

    # The pure-Python tables: for every day, the working days up to and including it, and the list of
    # working days, so that the n-th working day after d is nth[through[d] + n - 1].
    through, nth, working = {}, [], {}
    day, end = datetime.date(2007, 1, 1), datetime.date(2026, 12, 31)
    while day <= end:
        w = cal.is_workday(day)
        working[day] = w
        if w:
            nth.append(day)
        through[day] = len(nth)
        day += datetime.timedelta(days=1)
    pairs = list(zip(starts, ns))
    assert [nth[through[d] + n - 1] for d, n in pairs] == cal.add_workdays_many(starts, ns)

    add = cal.add_workdays
    is_workday = cal.is_workday

    def single_add():
        for d, n in pairs:
            add(d, n)

    def python_add():
        for d, n in pairs:
            nth[through[d] + n - 1]

    def single_is_workday():
        for d in starts:
            is_workday(d)

    def python_is_workday():
        for d in starts:
            working[d]

    def empty_loop():
        for d, n in pairs:
            pass

    results = [
        ('per call', 'empty loop over the (date, n) pairs', median_ns(empty_loop, COUNT)),
        ('per call', 'cal.add_workdays(d, n)', median_ns(single_add, COUNT)),
        ('per call', 'pure Python: nth[through[d] + n - 1]', median_ns(python_add, COUNT)),
        ('per call', 'cal.is_workday(d)', median_ns(single_is_workday, COUNT)),
        ('per call', 'pure Python: working[d]', median_ns(python_is_workday, COUNT)),
        ('bulk', 'cal.add_workdays_many(dates, ns)', median_ns(lambda: cal.add_workdays_many(starts, ns), COUNT)),
        ('bulk', 'cal.add_workdays_many(dates, 5)', median_ns(lambda: cal.add_workdays_many(starts, 5), COUNT)),
        ('bulk', 'pure Python: [nth[through[d] + n - 1] for d, n in zip(dates, ns)]',
         median_ns(lambda: [nth[through[d] + n - 1] for d, n in zip(starts, ns)], COUNT)),
        ('bulk', 'cal.is_workday_many(dates)', median_ns(lambda: cal.is_workday_many(starts), COUNT)),
        ('bulk', 'pure Python: [working[d] for d in dates]', median_ns(lambda: [working[d] for d in starts], COUNT)),
    ]
    # The other two bulk calls on lists, where the build has them (not 2026-11-24's).
    if hasattr(cal, 'kind_many'):
        end = datetime.date(2026, 6, 30)
        results += [
            ('bulk', 'cal.kind_many(dates)', median_ns(lambda: cal.kind_many(starts), COUNT)),
            ('bulk', 'cal.workdays_between_many(dates, one date)',
             median_ns(lambda: cal.workdays_between_many(starts, end), COUNT)),
        ]
    print(f'# egca {egca.__version__}, Python {sys.version.split()[0]}, {COUNT} questions, median of {RUNS} runs')
    for kind, what, ns_per in results:
        unit = 'ns/call' if kind == 'per call' else 'ns/element'
        print(f'{what:<72} {ns_per:8.1f} {unit}')


if __name__ == '__main__':
    main()
