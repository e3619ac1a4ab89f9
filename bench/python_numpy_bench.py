"""Benchmark: egca's bulk add_workdays beside numpy.busday_offset answering the same questions.

Usage: python3 bench/python_numpy_bench.py [BUILD_DIR]   (default: build-bench, as scripts/bench.sh builds it)

200,000 questions as in python_bench.py: starts are random days of 2007-01-01..2026-06-30, N random in
1..60. numpy is given the same calendar as far as it can hold one: a Monday-Friday week and, as holidays,
every weekday that egca calls a holiday. numpy has no make-up working days (a Saturday or Sunday made a
working day, 调休上班), so its answers differ from egca's where one falls in the counted days; the number of
differing answers is printed. numpy's roll='backward' gives egca's reading of a start on a rest day (the
n-th working day strictly after it).

Per element, median of 7 runs:
  - cal.add_workdays_many(dates, ns), list of datetime.date in and out;
  - cal.add_workdays_many(dates, ns) on datetime64[D] and int64 arrays (a datetime64[D] array out);
  - numpy.busday_offset on datetime64[D] arrays (numpy's own best case: no conversion);
  - numpy.busday_offset from and to lists of datetime.date (the same input and output as egca's call);
  - numpy.busday_offset with a prepared numpy.busdaycalendar, on arrays.
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

try:
    import numpy as np
except ImportError:
    sys.exit('python_numpy_bench.py: numpy is not installed (Debian: apt-get install python3-numpy)')

import egca  # noqa: E402  (found through the build directory above)

if not hasattr(egca, 'Calendar'):
    sys.exit(f'python_numpy_bench.py: no built egca package in {BUILD}/bindings/python (run ninja -C {BUILD} first)')

COUNT = 200_000
RUNS = 7


def median_ns(fn, per):
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

    # The calendar as numpy can take it: weekday holidays of the covered confirmed years.
    holidays = []
    day, end = datetime.date(2007, 1, 1), datetime.date(2026, 12, 31)
    while day <= end:
        if day.weekday() < 5 and cal.kind(day) == 'holiday':
            holidays.append(day)
        day += datetime.timedelta(days=1)
    weekmask = '1111100'
    np_holidays = np.array(holidays, dtype='datetime64[D]')
    busdaycal = np.busdaycalendar(weekmask=weekmask, holidays=np_holidays)
    np_starts = np.array(starts, dtype='datetime64[D]')
    np_ns = np.array(ns, dtype=np.int64)

    ours = cal.add_workdays_many(starts, ns)
    theirs = np.busday_offset(np_starts, np_ns, roll='backward', busdaycal=busdaycal).tolist()
    differ = sum(1 for a, b in zip(ours, theirs) if a != b)

    ours_np = cal.add_workdays_many(np_starts, np_ns)
    assert ours_np.dtype == np.dtype('datetime64[D]') and ours_np.tolist() == ours
    egca_bulk = median_ns(lambda: cal.add_workdays_many(starts, ns), COUNT)
    egca_np = median_ns(lambda: cal.add_workdays_many(np_starts, np_ns), COUNT)
    np_arrays = median_ns(lambda: np.busday_offset(np_starts, np_ns, roll='backward', weekmask=weekmask,
                                                   holidays=np_holidays), COUNT)
    np_lists = median_ns(lambda: np.busday_offset(np.array(starts, dtype='datetime64[D]'),
                                                  np.array(ns, dtype=np.int64), roll='backward', weekmask=weekmask,
                                                  holidays=np_holidays).tolist(), COUNT)
    np_cal = median_ns(lambda: np.busday_offset(np_starts, np_ns, roll='backward', busdaycal=busdaycal), COUNT)

    print(f'# egca {egca.__version__}, numpy {np.__version__}, Python {sys.version.split()[0]}, '
          f'{COUNT} questions, median of {RUNS} runs')
    print(f'# numpy is given {len(holidays)} weekday holidays and no make-up working days: '
          f'{differ} of {COUNT} answers differ from egca\'s')
    rows = [
        ('cal.add_workdays_many(dates, ns), lists of datetime.date', egca_bulk),
        ('cal.add_workdays_many(dates, ns), datetime64[D] and int64 arrays', egca_np),
        ('numpy.busday_offset, datetime64 arrays, holidays=', np_arrays),
        ('numpy.busday_offset, from and to lists of datetime.date', np_lists),
        ('numpy.busday_offset, datetime64 arrays, prepared busdaycalendar', np_cal),
    ]
    for what, ns_per in rows:
        print(f'{what:<66} {ns_per:8.1f} ns/element  {ns_per / egca_np:6.2f}x egca on arrays')


if __name__ == '__main__':
    main()
