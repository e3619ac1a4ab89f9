"""The binding in its ecosystem: numpy arrays in and out of the bulk calendar questions, scalars of numpy,
pandas and datetime, pickling, to_dict's dates, dir(egca) and signatures. Expected dates are worked out by
hand from the State Council notice for 2025 (国办发明电〔2024〕12号: 1-8 October off, Sunday 28 September
and Saturday 11 October worked)."""
import datetime
import inspect
import os
import pathlib
import pickle
import warnings

import pytest

import egca

D = datetime.date
np = pytest.importorskip('numpy', reason='numpy is not installed (Debian: python3-numpy)')


@pytest.fixture(scope='module')
def cal():
    return egca.Calendar.default()


def days(*texts):
    return np.array(texts, dtype='datetime64[D]')


# --- numpy arrays ----------------------------------------------------------------------------------------

def test_add_workdays_many_arrays(cal):
    # 30 Sep + 5: 9, 10, 11 (worked Saturday), 13, 14 Oct. 1 Oct + 1: 9 Oct. 28 Sep (worked Sunday) + 3: 29, 30
    # Sep, 9 Oct.
    dates = days('2025-09-30', '2025-10-01', '2025-09-28')
    for ns in (np.array([5, 1, 3], dtype=np.int64), np.array([5, 1, 3], dtype=np.uint8), [5, 1, 3]):
        out = cal.add_workdays_many(dates, ns)
        assert isinstance(out, np.ndarray) and out.dtype == np.dtype('datetime64[D]')
        assert out.tolist() == [D(2025, 10, 14), D(2025, 10, 9), D(2025, 10, 9)]
    assert cal.add_workdays_many(dates, np.int32(5)).tolist() == [D(2025, 10, 14), D(2025, 10, 14), D(2025, 10, 11)]


def test_arrays_match_the_scalar_answers(cal):
    start = np.datetime64('2024-12-01')
    dates = start + np.arange(500)
    ns = (np.arange(500) % 41) - 20
    ns[ns == 0] = 1
    got = cal.add_workdays_many(dates, ns)
    want = [cal.add_workdays(d, int(n)) for d, n in zip(dates.tolist(), ns.tolist())]
    assert got.tolist() == want
    assert cal.is_workday_many(dates).tolist() == [cal.is_workday(d) for d in dates.tolist()]
    assert cal.kind_many(dates).tolist() == [cal.kind(d) for d in dates.tolist()]
    b = D(2025, 6, 30)
    assert cal.workdays_between_many(dates, b).tolist() == [cal.workdays_between(d, b) for d in dates.tolist()]


def as_list(answers):
    return answers.tolist() if isinstance(answers, np.ndarray) else answers


def bulk_outcomes(fn, starts):
    """fn over every start, split at each failing element: (the answers as dates or the error's class and
    message, one per start; the provisional warnings' messages)."""
    out, seen = [], []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        while len(starts):
            try:
                answers = fn(starts)
            except egca.Error as e:
                out.extend(as_list(fn(starts[:e.index])) if e.index else [])
                out.append((type(e).__name__, e.message))
                starts = starts[e.index + 1:]
                # failures come in runs (the days past the calendar's ends): one day at a time through them
                while len(starts):
                    try:
                        one = fn(starts[:1])
                    except egca.Error as e1:
                        out.append((type(e1).__name__, e1.message))
                        starts = starts[1:]
                        continue
                    out.extend(as_list(one))
                    starts = starts[1:]
                    break
                continue
            out.extend(as_list(answers))
            break
        seen = [str(w.message) for w in caught]
    return out, seen


@pytest.mark.parametrize('strict', [False, True])
def test_arrays_give_the_single_calls_answers_for_every_day_of_the_calendar(strict):
    # The array path answers from the calendar's table in its own loop; the list path asks
    # egca_calendar_add_workdays one day at a time. They must agree on every start day the calendar holds
    # (and the days just outside it), for every n in -60..60: answers, errors (the failing element, its
    # class and message) and provisional warnings alike.
    cal = egca.Calendar.default(strict=strict)
    years = sorted(cal.coverage)
    first, last = np.datetime64(f'{years[0]}-01-01'), np.datetime64(f'{years[-1]}-12-31')
    all_starts = first - 3 + np.arange((last - first).astype(int) + 7)
    start_list = all_starts.tolist()
    # strict: the tentative year's days are refused; a few counts suffice to cover that path
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        working = np.array(egca.Calendar.default().is_workday_many(start_list[3:-3]))
    for n in range(-60, 61) if not strict else (-60, -7, -1, 0, 1, 7, 60):
        # 0 working days from a rest day is refused: n = 0 is asked of the working days (the refusals are
        # compared on a sample of rest days below)
        starts = all_starts if n != 0 else all_starts[3:-3][working]
        got = bulk_outcomes(lambda s: cal.add_workdays_many(s, n), starts)
        as_dates = starts.tolist()
        at = {d: i for i, d in enumerate(as_dates)}
        want = bulk_outcomes(lambda s: cal.add_workdays_many(as_dates[at[s[0].item()]:][:len(s)], n)
                             if len(s) else [], starts)
        assert got == want, n
        # n as an int64 array takes the same loop with one count per day
        assert bulk_outcomes(lambda s: cal.add_workdays_many(s, np.full(len(s), n)), starts) == got, n
    rest = all_starts[3:-3][~working][::97]
    assert len(rest) > 20
    for day in rest:
        with pytest.raises(egca.Error) as from_array:
            cal.add_workdays_many(np.array([day]), 0)
        with pytest.raises(egca.Error) as from_list:
            cal.add_workdays_many([day.item()], 0)
        assert type(from_array.value) is type(from_list.value)
        assert from_array.value.message == from_list.value.message


def test_result_dtypes_and_shapes(cal):
    dates = days('2025-09-30', '2025-10-01', '2025-09-28', '2025-10-04').reshape(2, 2)
    working = cal.is_workday_many(dates)
    assert working.dtype == np.bool_ and working.shape == (2, 2)
    assert working.tolist() == [[True, False], [True, False]]
    kinds = cal.kind_many(dates)
    assert kinds.dtype.kind == 'U' and kinds.shape == (2, 2)
    assert kinds.tolist() == [['workday', 'holiday'], ['adjusted_workday', 'holiday']]
    counts = cal.workdays_between_many(dates, np.full((2, 2), np.datetime64('2025-10-14')))
    assert counts.dtype == np.int64 and counts.shape == (2, 2)
    assert counts.tolist() == [[5, 5], [7, 5]]
    assert cal.add_workdays_many(dates, 5).shape == (2, 2)
    assert cal.add_workdays_many(days(), 5).shape == (0,)
    # any datetime64 unit: the day of each value
    seconds = np.array(['2025-09-30T23:59:59'], dtype='datetime64[s]')
    assert cal.add_workdays_many(seconds, 5).tolist() == [D(2025, 10, 14)]
    # a strided (non-contiguous) view
    assert cal.kind_many(days('2025-10-01', '2025-09-30', '2025-10-11')[::2]).tolist() == ['holiday', 'adjusted_workday']


def test_nat(cal):
    dates = days('2025-09-30', 'NaT')
    # a missing start has no deadline: NaT out
    out = cal.add_workdays_many(dates, 5)
    assert out[0] == np.datetime64('2025-10-14') and np.isnat(out[1])
    for call in (lambda: cal.is_workday_many(dates), lambda: cal.kind_many(dates),
                 lambda: cal.workdays_between_many(dates, D(2025, 10, 14))):
        with pytest.raises(egca.InputError, match=r'dates\[1\] is NaT|a\[1\] is NaT') as e:
            call()
        assert e.value.index == 1
    with pytest.raises(egca.InputError, match=r'b\[0\] is NaT'):
        cal.workdays_between_many(days('2025-09-30'), days('NaT'))
    with pytest.raises(egca.InputError, match='NaT'):
        cal.kind(np.datetime64('NaT'))


def test_mismatched_and_wrong_arrays(cal):
    dates = days('2025-09-30', '2025-10-01', '2025-09-28')
    with pytest.raises(egca.InputError, match=r'ns has shape \(2,\) but dates has shape \(3,\)'):
        cal.add_workdays_many(dates, np.array([1, 2]))
    with pytest.raises(egca.InputError, match='b has shape'):
        cal.workdays_between_many(dates, days('2025-10-14'))
    with pytest.raises(TypeError, match='datetime64 array'):
        cal.is_workday_many(np.array([1, 2, 3]))
    with pytest.raises(TypeError, match='integer array'):
        cal.add_workdays_many(dates, np.array([1.0, 2.0, 3.0]))
    with pytest.raises(egca.InputError, match=r'ns\[1\] is out of range'):
        cal.add_workdays_many(dates, np.array([1, 2**40, 1]))
    with pytest.raises(egca.CoverageError, match=r'dates\[1\] \(1990-01-01\)') as e:
        cal.add_workdays_many(days('2025-09-30', '1990-01-01'), 1)
    assert e.value.index == 1
    with pytest.raises(egca.InputError, match='outside the years'):
        cal.is_workday_many(np.array([10**9], dtype='datetime64[D]'))


def test_one_provisional_warning_for_an_array(cal):
    tentative = [y for y, c in cal.coverage.items() if c == 'tentative']
    if not tentative:
        pytest.skip('the shipped calendar has no tentative year')
    dates = np.datetime64(f'{tentative[0]}-03-01') + np.arange(10)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        cal.is_workday_many(dates)
    assert [w.category for w in caught] == [egca.ProvisionalWarning]


# --- scalars -----------------------------------------------------------------------------------------------

def test_scalars(cal):
    assert cal.add_workdays(np.datetime64('2025-09-30'), np.int64(5)) == D(2025, 10, 14)
    assert cal.add_workdays(datetime.datetime(2025, 9, 30, 23, 59), np.uint16(5)) == D(2025, 10, 14)
    assert cal.kind(np.datetime64('2025-10-01T08:00')) == 'holiday'
    # lists of numpy scalars and datetimes
    assert cal.add_workdays_many([np.datetime64('2025-09-30'), datetime.datetime(2025, 10, 1, 9)],
                                 [np.int8(5), np.int64(1)]) == [D(2025, 10, 14), D(2025, 10, 9)]
    assert cal.kind_many([D(2025, 10, 1), np.datetime64('2025-09-28')]) == ['holiday', 'adjusted_workday']
    assert cal.workdays_between_many([D(2025, 9, 30)], [D(2025, 10, 14)]) == [5]
    with pytest.raises(TypeError):
        cal.add_workdays(D(2025, 9, 30), np.float64(5))


def test_bulk_lists_across_chunks(cal):
    """The list forms read their input a chunk (4,096 elements) at a time: 9,000 elements give the answers of
    the one-day calls, and an error names the failing element past the first chunk."""
    dates = [D(2025, 1, 1) + datetime.timedelta(days=i % 700) for i in range(9000)]
    end = D(2025, 10, 14)
    assert cal.kind_many(dates) == [cal.kind(d) for d in dates]
    assert cal.workdays_between_many(dates, end) == [cal.workdays_between(d, end) for d in dates]
    backwards = dates[::-1]
    assert cal.workdays_between_many(dates, backwards) == [cal.workdays_between(a, b) for a, b in zip(dates, backwards)]
    assert cal.is_workday_many(dates) == [cal.is_workday(d) for d in dates]
    dates[5000] = D(2099, 1, 1)  # no data for 2099
    for call in (lambda: cal.kind_many(dates), lambda: cal.workdays_between_many(dates, end),
                 lambda: cal.is_workday_many(dates), lambda: cal.add_workdays_many(dates, 1)):
        with pytest.raises(egca.CoverageError) as e:
            call()
        assert e.value.index == 5000
    with pytest.raises(egca.InputError, match='b has 3 items but a has 9000'):
        cal.workdays_between_many(dates, dates[:3])
    with pytest.raises(TypeError, match=r'b\[4097\]'):
        cal.workdays_between_many(dates[:4100], dates[:4097] + ['2025-10-14'] * 3)


def test_pandas_timestamp(cal):
    try:
        import pandas
        stamp = pandas.Timestamp('2025-09-30 18:00')
    except ImportError:
        # pandas.Timestamp is a datetime.datetime subclass: a duck of the same kind
        class Timestamp(datetime.datetime):
            pass
        stamp = Timestamp(2025, 9, 30, 18, 0)
    assert cal.add_workdays(stamp, 5) == D(2025, 10, 14)
    assert egca.deadline('acceptance', stamp).due == D(2025, 10, 14)


# --- objects -----------------------------------------------------------------------------------------------

def test_pickle_defaults():
    for strict in (False, True):
        cal = egca.Calendar.default(strict=strict)
        back = pickle.loads(pickle.dumps(cal))
        assert back is cal and back.strict == strict
        assert back.coverage == cal.coverage
    rules = egca.Rules.default()
    assert pickle.loads(pickle.dumps(rules)) is rules


SOURCE = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR', pathlib.Path(__file__).parents[2]))


def answers(cal):
    """Everything a calendar answers, over every day it holds and a few past its ends: kinds, working
    days 5 after and before (errors by class and message), coverage, sources, load report, repr."""
    years = sorted(cal.coverage)
    first, last = np.datetime64(f'{years[0]}-01-01'), np.datetime64(f'{years[-1]}-12-31')
    days = (first + np.arange((last - first).astype(int) + 1)).tolist()

    def outcome(fn, *args):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                value = fn(*args)
            except egca.Error as e:
                value = (type(e).__name__, e.message)
        return value, [str(w.message) for w in caught]
    return (repr(cal), cal.strict, cal.coverage, cal.report, [cal.sources(y) for y in range(years[0] - 1, years[-1] + 2)],
            [outcome(cal.kind, d) for d in days], [outcome(cal.add_workdays, d, 5) for d in days],
            [outcome(cal.add_workdays, d, -5) for d in days], outcome(cal.kind, days[-1] + datetime.timedelta(1)))


def copy_files(names, directory):
    directory.mkdir()
    for name in names:
        (directory / pathlib.Path(name).name).write_bytes((SOURCE / name).read_bytes())
    return directory


def test_pickle_loaded_calendars_by_value(tmp_path):
    # A directory of three notices and a tentative fixture year, loaded strict and not: the unpickled
    # calendar answers as the loaded one, after the files are gone (the text travelled with it).
    folder = copy_files(['data/holidays/2024.ics', 'data/holidays/2025.ics'], tmp_path / 'feed')
    fixture = copy_files(['tests/data/calendars/confirmed-2082.ics', 'tests/data/calendars/tentative-2083.ics'],
                         tmp_path / 'fixture')
    loaded = [egca.Calendar.load(folder), egca.Calendar.load([str(folder / '2025.ics')], strict=True),
              egca.Calendar.load(fixture), egca.Calendar.load(fixture, strict=True, unmarked='holiday')]
    expected = [answers(c) for c in loaded]
    blobs = [pickle.dumps(c) for c in loaded]
    for d in (folder, fixture):
        for f in d.iterdir():
            f.write_text('BEGIN:VCALENDAR\nEND:VCALENDAR\n')  # changed on disk after the load
    for blob, want in zip(blobs, expected):
        back = pickle.loads(blob)
        assert answers(back) == want
    # the fixture's tentative year is provisional in both: 2083-01-05 (Monday) + 1 working day
    with pytest.warns(egca.ProvisionalWarning):
        assert pickle.loads(blobs[2]).add_workdays(D(2083, 1, 5), 1) == D(2083, 1, 6)


def test_pickle_office_calendar():
    cal = egca.Calendar.for_office('650000', strict=True)
    back = pickle.loads(pickle.dumps(cal))
    assert back is not cal and answers(back) == answers(cal)


def test_pickle_loaded_rules_by_value(tmp_path):
    folder = copy_files(['rules/deadlines.json', 'rules/conditions.json', 'rules/materials.json',
                         'rules/readings.json'], tmp_path / 'rules')
    rules = egca.Rules.load(folder)
    want = egca.deadline('acceptance', D(2025, 9, 30), rules=rules).to_dict(json=True)
    blob = pickle.dumps(rules)
    for f in folder.iterdir():
        f.write_text('{}')
    back = pickle.loads(blob)
    assert back.deadline_ids == rules.deadline_ids
    assert egca.deadline('acceptance', D(2025, 9, 30), rules=back).to_dict(json=True) == want
    assert want['due'] == '2025-10-14'  # 30 Sep + 5 working days (10-01..08 off, 10-11 worked)


def in_child(cal, rules):
    """Runs in a spawned process: answers from the unpickled objects."""
    return (cal.add_workdays(D(2025, 9, 30), 5), cal.coverage,
            egca.deadline('acceptance', D(2025, 9, 30), calendar=cal, rules=rules).to_dict(json=True))


def test_pickle_through_multiprocessing_spawn(tmp_path):
    import multiprocessing
    folder = copy_files(['data/holidays/2024.ics', 'data/holidays/2025.ics'], tmp_path / 'feed')
    rules_dir = copy_files(['rules/deadlines.json', 'rules/conditions.json', 'rules/materials.json',
                            'rules/readings.json'], tmp_path / 'rules')
    cal, rules = egca.Calendar.load(folder), egca.Rules.load(rules_dir)
    with multiprocessing.get_context('spawn').Pool(1) as pool:
        got = pool.apply(in_child, (cal, rules))
    assert got == in_child(cal, rules)
    assert got[0] == D(2025, 10, 14) and got[1] == {2024: 'confirmed', 2025: 'confirmed'}


def test_to_dict_dates():
    d = egca.deadline('acceptance', D(2025, 9, 30))
    plain = d.to_dict()
    assert plain['due'] == D(2025, 10, 14) and plain['from'] == D(2025, 9, 30)
    assert d.to_dict(json=True)['due'] == '2025-10-14'
    assert plain['trace'] == d.trace.to_dict()


def test_dir_shows_the_api():
    names = dir(egca)
    assert set(egca.__all__) <= set(names)
    for hidden in ('_egca', 'datetime', 'json', 'os', 're', 'copy', 'warnings'):
        assert hidden not in names


def test_signatures():
    assert str(inspect.signature(egca.Calendar.add_workdays_many)) == '(self, dates, ns, /, *, lang=None)'
    assert str(inspect.signature(egca.Calendar.default)) == '(*, strict=False, lang=None)'
    for name in egca.__all__:
        obj = getattr(egca, name)
        if callable(obj) and not isinstance(obj, type):
            inspect.signature(obj)
        if isinstance(obj, type) and not issubclass(obj, BaseException):
            for attr in dir(obj):
                member = getattr(obj, attr)
                if not attr.startswith('_') and callable(member):
                    inspect.signature(member)  # raises ValueError when there is none


def test_without_numpy():
    # numpy stays optional: with its import blocked, sequences work and no array path is tried.
    import subprocess
    import sys
    code = ("import sys; sys.modules['numpy'] = None\n"
            "import datetime, egca\n"
            "cal = egca.Calendar.default()\n"
            "print(cal.add_workdays_many([datetime.date(2025, 9, 30)], 5), cal.kind_many([datetime.date(2025, 10, 1)]))\n")
    p = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[datetime.date(2025, 10, 14)] ['holiday']"
