"""The Python binding under threads and repetition: one Calendar shared by several threads gives the
single-thread answers, and repeated calls (good and failing) leak no references or memory."""
import datetime
import gc
import os
import pathlib
import resource
import sys
import threading
import tracemalloc
import warnings

import pytest

import egca

D = datetime.date
SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
APPLE = SOURCE_DIR / 'tests' / 'data' / 'ics' / 'apple-style-2025.ics'
BAD = SOURCE_DIR / 'tests' / 'data' / 'ics' / 'bad' / 'no-dtstart.ics'
CASE = SOURCE_DIR / 'examples' / 'case-granted.json'
PROFILE = SOURCE_DIR / 'examples' / 'application.json'
# The fixture calendars (tests/data/calendars/README.md): 2082 confirmed, 2083 tentative, nothing else, so
# that the tentative and uncovered days below stay what they are whatever years data/holidays ships.
CALENDARS = SOURCE_DIR / 'tests' / 'data' / 'calendars'
FIXTURE_CASE = SOURCE_DIR / 'tests' / 'data' / 'cases' / 'year-end-2082.json'


def days(first, count):
    return [first + datetime.timedelta(days=i) for i in range(count)]


DATES = days(D(2008, 1, 1), 6500)  # to mid-2025: every answer is in confirmed years
NS = [(i * 7) % 61 - 30 or 1 for i in range(len(DATES))]


def test_threads_share_one_calendar():
    cal = egca.Calendar.default()
    expected_add = [cal.add_workdays(d, n) for d, n in zip(DATES, NS)]
    expected_kind = [cal.kind(d) for d in DATES]
    expected_between = [cal.workdays_between(DATES[0], d) for d in DATES]
    results = {}
    errors = []
    start = threading.Barrier(8)

    def work(k):
        try:
            start.wait()
            for _ in range(3):
                if k % 2:
                    add = cal.add_workdays_many(DATES, NS)
                    working = cal.is_workday_many(DATES)
                else:
                    add = [cal.add_workdays(d, n) for d, n in zip(DATES, NS)]
                    working = [cal.is_workday(d) for d in DATES]
                kinds = [cal.kind(d) for d in DATES]
                between = [cal.workdays_between(DATES[0], d) for d in DATES]
                results.setdefault(k, []).append((add, working, kinds, between))
        except BaseException as e:  # reported below, in the main thread
            errors.append(e)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert not errors, errors
    expected_working = [k in ('workday', 'adjusted_workday') for k in expected_kind]
    for k in range(8):
        assert len(results[k]) == 3
        for add, working, kinds, between in results[k]:
            assert add == expected_add
            assert working == expected_working
            assert kinds == expected_kind
            assert between == expected_between


def test_threads_share_deadlines_assessments_and_timelines():
    starts = days(D(2025, 1, 2), 300)
    review = [(D(2025, 3, 10), D(2025, 4, 20))]
    expected = ([egca.deadline('decision', d, pauses=review).due for d in starts],
                egca.assess(PROFILE), egca.timeline(CASE, D(2026, 6, 1)))
    results, errors = [], []

    def work():
        try:
            for _ in range(3):
                results.append(([egca.deadline('decision', d, pauses=review).due for d in starts],
                                 egca.assess(PROFILE), egca.timeline(CASE, D(2026, 6, 1))))
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert len(results) == 18 and all(r == expected for r in results)


def test_threads_loading_and_failing_calendars():
    errors = []
    counts = []

    def work():
        try:
            for _ in range(20):
                counts.append(egca.Calendar.load(APPLE).workdays_between(D(2025, 1, 1), D(2025, 12, 31)))
                try:
                    egca.Calendar.load(BAD)
                except egca.DataError as e:
                    assert e.line == 4
                try:
                    egca.Calendar.default().kind(D(2006, 1, 1))
                except egca.CoverageError as e:
                    assert e.year == 2006
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert counts == [248] * 80


# Arguments kept alive across rounds, so that their reference counts show any reference a call keeps
# (the small int at the end is shared by the whole interpreter: its count is not checked). On the fixture
# calendars: d, d2 working days of 2082, a holiday, the last day before the tentative 2083 (its next
# working day is in 2083), a rest day, a day before and a day after the covered years.
ARGS = (D(2082, 9, 30), D(2082, 11, 2), D(2082, 10, 1), D(2082, 12, 31), D(2082, 2, 15), D(2081, 12, 31),
        D(2084, 1, 1), D(2082, 12, 22), 5)
FIXTURE_DATES = days(D(2082, 3, 2), 50)  # with NS[:50], every answer is in the confirmed 2082


def calls(cal, strict):
    """One round of every kind of call, the failing ones included."""
    d, d2, holiday, tentative, rest_day, uncovered, beyond, as_of, five = ARGS
    cal.add_workdays(d, five)
    cal.kind(d)
    cal.is_workday(d)
    cal.is_provisional(d)
    cal.workdays_between(d, d2)
    cal.workday_on_or_after(holiday)
    cal.workday_on_or_before(holiday)
    cal.add_workdays_many(FIXTURE_DATES, NS[:50])
    cal.add_workdays_many(FIXTURE_DATES, five)
    cal.is_workday_many(FIXTURE_DATES)
    cal.coverage
    cal.report
    cal.sources(2082)
    repr(cal)
    cal.add_workdays(tentative, 1) if not strict else None  # a warning (filtered away)
    egca.deadline('decision', d, pauses=[(d2, None)], calendar=cal)
    egca.deadline('renewal_filing', d2, policy='later', calendar=cal)
    egca.assess({'staff': {'technical': 30}})
    egca.timeline(FIXTURE_CASE, as_of, calendar=cal)  # received only: its deadline is in 2082
    for call in (lambda: cal.kind(uncovered),
                 lambda: cal.add_workdays_many([d, uncovered], 1),
                 lambda: cal.add_workdays(rest_day, 0),
                 lambda: cal.add_workdays(d, 2**40),
                 lambda: cal.kind('2025-01-01'),
                 lambda: cal.is_workday_many([d, None]),
                 lambda: cal.add_workdays_many([d], [1, 2]),
                 lambda: cal.add_workdays(tentative, 1) if strict else cal.kind(beyond),
                 lambda: egca.Calendar.load(BAD),
                 lambda: egca.Calendar.load(APPLE, unmarked='nope'),
                 lambda: egca.deadline('no_such_rule', d),
                 lambda: egca.deadline('decision', d, pauses=[(d2, d)]),
                 lambda: egca.deadline('acceptance', beyond, calendar=cal),
                 lambda: egca.assess({'staff': {'technical': -1}}),
                 lambda: egca.timeline({'case_id': 'x', 'events': [{'type': 'nope', 'date': '2025-01-01'}]}, d)):
        try:
            call()
        except (egca.Error, TypeError):
            pass
        else:
            raise AssertionError('expected a failure')


@pytest.mark.parametrize('strict', [False, True])
def test_no_reference_or_memory_leaks(strict):
    cal = egca.Calendar.load(CALENDARS, strict=strict)
    assert cal.coverage == {2082: 'confirmed', 2083: 'tentative'}
    if not strict:  # the round's tentative walk does warn, and fails in strict mode (checked in calls)
        with pytest.warns(egca.ProvisionalWarning):
            cal.add_workdays(ARGS[3], 1)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', egca.ProvisionalWarning)
        for _ in range(200):  # warm-up: caches, interned strings, the warnings registry
            calls(cal, strict)
        gc.collect()
        refs = [sys.getrefcount(x) for x in (cal, egca.CoverageError, *ARGS[:-1], *FIXTURE_DATES)]
        tracemalloc.start()
        try:
            # Rounds under tracing first: the interpreter's free lists fill up with traced blocks.
            for _ in range(200):
                calls(cal, strict)
            gc.collect()
            before = tracemalloc.get_traced_memory()[0]
            for _ in range(1000):
                calls(cal, strict)
            gc.collect()
            grown = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
        assert [sys.getrefcount(x) for x in (cal, egca.CoverageError, *ARGS[:-1], *FIXTURE_DATES)] == refs
    # 1000 rounds of ~45 calls: a leak of one object per call would be megabytes.
    assert grown < 64 * 1024, f'{grown} bytes more after 1000 rounds'


def test_loading_frees_its_calendars():
    # C allocations are not traced by tracemalloc: watch the peak RSS over many loads instead.
    def load_many(n):
        for _ in range(n):
            egca.Calendar.load(APPLE).add_workdays_many(days(D(2025, 1, 1), 300), 1)
            try:
                egca.Calendar.load(BAD)
            except egca.DataError:
                pass
    load_many(50)
    gc.collect()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    load_many(500)
    gc.collect()
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss
    assert grown_kib < 8 * 1024, f'peak RSS grew by {grown_kib} KiB over 500 loads'
