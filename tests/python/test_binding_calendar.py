"""The Python binding's calendar: egca.Calendar over the C library.

Runs against the built package (PYTHONPATH = <build>/bindings/python, set by meson). The cases are
those of DESIGN.md, tests/unit/test_calendar.c and tests/cli/data.t; where EGCA_BIN (the built egca
command) is set, whole ranges and error messages are compared with the command line as well.
"""
import datetime
import os
import pathlib
import subprocess
import warnings

import pytest

import egca

D = datetime.date
SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
TESTDATA = SOURCE_DIR / 'tests' / 'data'
APPLE = TESTDATA / 'ics' / 'apple-style-2025.ics'
BAD = TESTDATA / 'ics' / 'bad'
EGCA_BIN = os.environ.get('EGCA_BIN')
needs_egca = pytest.mark.skipif(not EGCA_BIN, reason='EGCA_BIN is not set (the built egca command)')


def day(text):
    return D.fromisoformat(text)


@pytest.fixture(scope='module')
def cal():
    return egca.Calendar.default()


# --- DESIGN.md and the C tests ------------------------------------------------------------------

def test_design_worked_example(cal):
    # 5 working days from receipt on 2025-09-30: 10-01..08 holiday, Sat 10-11 an adjusted working day.
    assert cal.add_workdays(D(2025, 9, 30), 5) == D(2025, 10, 14)
    assert cal.kind(D(2025, 10, 8)) == 'holiday'
    assert cal.kind(D(2025, 10, 11)) == 'adjusted_workday'
    assert cal.kind(D(2025, 10, 12)) == 'weekend'
    assert cal.kind(D(2025, 10, 13)) == 'workday'
    assert cal.kind(D(2025, 10, 4)) == 'holiday'  # a Saturday inside the holiday period
    assert cal.workdays_between(D(2025, 9, 30), D(2025, 10, 14)) == 5
    assert cal.workdays_between(D(2025, 10, 14), D(2025, 9, 30)) == -5
    assert cal.add_workdays(D(2025, 10, 14), -5) == D(2025, 9, 30)
    assert cal.is_workday(D(2025, 10, 11)) is True
    assert cal.is_workday(D(2025, 10, 8)) is False


EVERY_HOLIDAY_2024_2026 = [
    ('2023-12-29', 1, '2024-01-02'), ('2024-02-08', 1, '2024-02-09'), ('2024-02-08', 2, '2024-02-18'),
    ('2024-04-03', 1, '2024-04-07'), ('2024-04-26', 1, '2024-04-28'), ('2024-04-30', 1, '2024-05-06'),
    ('2024-05-10', 1, '2024-05-11'), ('2024-06-07', 1, '2024-06-11'), ('2024-09-13', 1, '2024-09-14'),
    ('2024-09-14', 1, '2024-09-18'), ('2024-09-27', 1, '2024-09-29'), ('2024-09-30', 1, '2024-10-08'),
    ('2024-10-11', 1, '2024-10-12'), ('2024-12-31', 1, '2025-01-02'), ('2025-01-24', 1, '2025-01-26'),
    ('2025-01-27', 1, '2025-02-05'), ('2025-02-07', 1, '2025-02-08'), ('2025-04-03', 1, '2025-04-07'),
    ('2025-04-25', 1, '2025-04-27'), ('2025-04-30', 1, '2025-05-06'), ('2025-05-30', 1, '2025-06-03'),
    ('2025-09-26', 1, '2025-09-28'), ('2025-10-10', 1, '2025-10-11'), ('2025-12-31', 1, '2026-01-04'),
    ('2026-02-13', 1, '2026-02-14'), ('2026-02-14', 1, '2026-02-24'), ('2026-02-27', 1, '2026-02-28'),
    ('2026-04-03', 1, '2026-04-07'), ('2026-04-30', 1, '2026-05-06'), ('2026-06-18', 1, '2026-06-22'),
    ('2026-09-24', 1, '2026-09-28'), ('2026-09-30', 1, '2026-10-08'), ('2026-02-24', -1, '2026-02-14'),
    ('2024-10-08', -1, '2024-09-30'), ('2026-03-02', 20, '2026-03-30'), ('2024-02-01', 20, '2024-03-05'),
    # tests/cli/data.t
    ('2020-01-23', 1, '2020-02-03'), ('2018-12-28', 1, '2018-12-29'), ('2018-12-29', 1, '2019-01-02'),
    ('2019-01-02', -1, '2018-12-29'),
]


@pytest.mark.parametrize('start,n,due', EVERY_HOLIDAY_2024_2026)
def test_add_workdays_across_holidays(cal, start, n, due):
    assert cal.add_workdays(day(start), n) == day(due)


def test_kinds_of_notable_days(cal):
    expected = {
        '2020-01-19': 'adjusted_workday', '2020-02-01': 'holiday', '2020-02-02': 'holiday',  # 2020 extension
        '2015-09-03': 'holiday', '2015-09-04': 'holiday', '2015-09-06': 'adjusted_workday',
        '2007-12-29': 'adjusted_workday', '2007-12-30': 'holiday',  # the 2008 notice reaches into 2007
        '2014-04-05': 'holiday', '2014-04-06': 'weekend', '2014-04-07': 'holiday',
        '2018-12-29': 'adjusted_workday', '2018-12-31': 'holiday',
        '2026-02-14': 'adjusted_workday', '2026-02-23': 'holiday', '2026-02-28': 'adjusted_workday',
        '2026-03-01': 'weekend',
    }
    assert {d: cal.kind(day(d)) for d in expected} == expected


def test_counts_per_year(cal):
    assert cal.workdays_between(D(2015, 9, 2), D(2015, 9, 7)) == 2
    assert cal.workdays_between(D(2018, 12, 1), D(2019, 1, 31)) == 43
    assert cal.workdays_between(D(2024, 1, 1), D(2024, 12, 31)) == 251
    assert cal.workdays_between(D(2025, 12, 31), D(2026, 12, 31)) == 248


def test_next_and_previous_working_day(cal):
    assert cal.workday_on_or_after(D(2025, 10, 1)) == D(2025, 10, 9)
    assert cal.workday_on_or_after(D(2025, 10, 9)) == D(2025, 10, 9)
    assert cal.workday_on_or_before(D(2026, 2, 23)) == D(2026, 2, 14)
    assert cal.add_workdays(D(2026, 2, 14), 0) == D(2026, 2, 14)
    with pytest.raises(egca.InputError, match='从休息日起算0个工作日无定义'):
        cal.add_workdays(D(2026, 2, 15), 0)


# --- Coverage, tentative years, strict mode ---------------------------------------------------------

# The fixture calendars (tests/data/calendars, README.md there): 2082 confirmed, 2083 tentative, made up, so
# that these tests do not move when the next State Council notice is added to data/holidays/.
FIXTURE = TESTDATA / 'calendars'


@pytest.fixture(scope='module')
def fixture():
    return egca.Calendar.load(FIXTURE)


def test_coverage(fixture):
    assert fixture.coverage == {2082: 'confirmed', 2083: 'tentative'}
    assert fixture.strict is False
    assert repr(fixture) == '<egca.Calendar covering 2082-2083 (tentative: 2083)>'
    assert fixture.sources(2082) == [str(FIXTURE / 'confirmed-2082.ics')]
    assert fixture.sources(2084) == []
    assert fixture.report['sources'] == 2


def test_shipped_coverage(cal):
    # As any notice leaves it: from 2007 without a gap, every year confirmed but a tentative last one, if any.
    cov = cal.coverage
    years = list(cov)
    assert years[0] == 2007 and years == list(range(2007, years[-1] + 1)) and years[-1] >= 2026
    assert all(cov[y] == 'confirmed' for y in years[:-1]) and cov[years[-1]] in ('confirmed', 'tentative')
    tentative = [y for y in years if cov[y] == 'tentative']
    assert repr(cal) == f'<egca.Calendar covering 2007-{years[-1]}' + (f' (tentative: {tentative[0]})>' if tentative else '>')
    assert cal.strict is False
    assert cal.sources(2025) == ['<built-in>/2025.ics'] or all(s.startswith('<built-in>/') for s in cal.sources(2025))
    assert cal.sources(1999) == []
    assert cal.report['sources'] >= 21


@pytest.mark.parametrize('call,year', [
    (lambda c: c.kind(D(2081, 12, 1)), 2081),
    (lambda c: c.is_workday(D(2084, 1, 3)), 2084),
    (lambda c: c.add_workdays(D(2083, 12, 20), 30), 2084),
    (lambda c: c.add_workdays(D(2082, 1, 10), -30), 2081),
    (lambda c: c.workdays_between(D(2081, 12, 31), D(2082, 1, 5)), 2081),
])
def test_uncovered_year_is_coverage_error_naming_it(fixture, call, year):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', egca.ProvisionalWarning)
        with pytest.raises(egca.CoverageError) as info:
            call(fixture)
    assert info.value.year == year
    assert str(year) in str(info.value)
    assert isinstance(info.value, egca.Error)
    assert not isinstance(info.value, ValueError)


def test_shipped_first_year_is_2007(cal):
    with pytest.raises(egca.CoverageError) as info:
        cal.kind(D(2006, 12, 1))
    assert info.value.year == 2006


def test_tentative_year_warns(fixture):
    with pytest.warns(egca.ProvisionalWarning, match='2083'):
        assert fixture.add_workdays(D(2082, 12, 31), 1) == D(2083, 1, 4)  # tentative 元旦 Fri 2083-01-01
    with pytest.warns(egca.ProvisionalWarning):
        assert fixture.kind(D(2083, 2, 8)) == 'holiday'  # the fixture's tentative 春节 02-05..10
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        assert fixture.add_workdays(D(2082, 12, 28), 3) == D(2082, 12, 31)  # stays in 2082: no warning
        assert fixture.is_provisional(D(2083, 3, 1)) is True  # asks, so it does not warn
        assert fixture.is_provisional(D(2082, 3, 1)) is False


def test_warning_as_error_propagates(fixture):
    with warnings.catch_warnings():
        warnings.simplefilter('error', egca.ProvisionalWarning)
        with pytest.raises(egca.ProvisionalWarning):
            fixture.add_workdays(D(2082, 12, 31), 1)


def test_strict_makes_tentative_an_error():
    strict = egca.Calendar.default(strict=True)
    assert strict.strict is True
    assert strict is egca.Calendar.default(strict=True)  # one shared immutable object
    strict = egca.Calendar.load(FIXTURE, strict=True)
    with pytest.raises(egca.CoverageError) as info:
        strict.add_workdays(D(2082, 12, 31), 1)
    assert info.value.year == 2083
    assert '2083年为暂定年份' in str(info.value)
    assert strict.add_workdays(D(2082, 12, 28), 3) == D(2082, 12, 31)


# --- Loading ICS ---------------------------------------------------------------------------------

def test_load_apple_style_feed():
    apple = egca.Calendar.load(APPLE)
    assert apple.coverage == {2025: 'confirmed'}
    assert apple.workdays_between(D(2025, 1, 1), D(2025, 12, 31)) == 248
    assert apple.kind(D(2025, 4, 27)) == 'adjusted_workday'  # a timed make-up day with no time zone
    assert apple.kind(D(2025, 3, 8)) == 'weekend'  # 妇女节 on a Saturday: an observance
    assert apple.kind(D(2025, 10, 10)) == 'workday'  # a cancelled holiday
    assert apple.report['observances_ignored'] >= 2
    with pytest.raises(egca.CoverageError) as info:
        apple.kind(D(2024, 12, 31))
    assert info.value.year == 2024


def test_load_forms_agree():
    # One path, a list, str or pathlib.Path, the file beside the shipped 2025 data (they agree).
    shipped = SOURCE_DIR / 'data' / 'holidays' / '2025.ics'
    for paths in (APPLE, str(APPLE), [APPLE], (str(APPLE), shipped), iter([APPLE, shipped])):
        c = egca.Calendar.load(paths)
        assert c.add_workdays(D(2025, 9, 30), 5) == D(2025, 10, 14)
    both = egca.Calendar.load([APPLE, shipped])
    assert both.sources(2025) == [str(APPLE), str(shipped)]


def test_load_directory_and_strict():
    c = egca.Calendar.load(SOURCE_DIR / 'data' / 'holidays', strict=True)
    assert c.strict and c.coverage == egca.Calendar.default().coverage
    c = egca.Calendar.load(FIXTURE, strict=True)
    assert c.strict and c.coverage[2083] == 'tentative'
    with pytest.raises(egca.CoverageError):
        c.kind(D(2083, 6, 1))


def test_unmarked_policies():
    assert egca.Calendar.load(APPLE, unmarked='holiday').kind(D(2025, 3, 12)) == 'holiday'  # 植树节
    with pytest.raises(egca.DataError) as info:
        egca.Calendar.load(APPLE, unmarked='error')
    assert info.value.source == str(APPLE) and info.value.line is not None
    with pytest.raises(egca.InputError, match='unmarked'):
        egca.Calendar.load(APPLE, unmarked='maybe')


BAD_FILES = sorted(p.name for p in BAD.iterdir() if p.suffix == '.ics')


@pytest.mark.parametrize('name', BAD_FILES)
def test_malformed_ics_is_data_error_naming_the_file(name):
    path = BAD / name
    with pytest.raises(egca.DataError) as info:
        egca.Calendar.load(path)
    e = info.value
    # A conflict names both places in its message; everything else names the file as its source.
    assert e.source == str(path) or (e.source is None and e.code == -4)
    assert str(path) in str(e)
    assert e.message and e.message in str(e)
    assert e.code in (-1, -2, -4)


def test_missing_file_and_empty_folder_and_conflict():
    with pytest.raises(egca.DataError, match='无法打开：文件或目录不存在'):
        egca.Calendar.load(BAD / 'does-not-exist.ics')
    with pytest.raises(egca.DataError, match=r'此目录中没有\*\.ics文件'):
        egca.Calendar.load(BAD / 'no-ics-dir')
    with pytest.raises(egca.DataError) as info:
        egca.Calendar.load([BAD / 'conflict' / 'a.ics', BAD / 'conflict' / 'b.ics'])
    assert 'a.ics' in str(info.value) and 'b.ics' in str(info.value) and '2025-10-04' in str(info.value)
    with pytest.raises(egca.InputError):
        egca.Calendar.load([])


@needs_egca
@pytest.mark.parametrize('name', BAD_FILES + ['does-not-exist.ics', 'no-ics-dir'])
def test_error_text_is_the_command_lines(name):
    path = BAD / name
    p = subprocess.run([EGCA_BIN, '--holidays', str(path), 'workdays', '2025-01-01', '2025-01-02'],
                       capture_output=True, timeout=60)
    assert p.returncode == 3
    cli = p.stderr.decode('utf-8').strip()
    with pytest.raises(egca.DataError) as info:
        egca.Calendar.load(path)
    # The command line puts "holidays: " before a message that has no source of its own (a conflict).
    what = '' if info.value.source else 'holidays: '
    assert cli == f'egca: {what}{info.value}'


# --- Arguments ----------------------------------------------------------------------------------

def test_argument_types(cal):
    with pytest.raises(TypeError, match='datetime.date'):
        cal.kind('2025-10-01')
    # A datetime stands for its own date (the time of day is not used).
    assert cal.kind(datetime.datetime(2025, 10, 1, 23, 59)) == 'holiday'
    with pytest.raises(TypeError):
        cal.add_workdays(D(2025, 10, 1), 1.0)
    with pytest.raises(TypeError):
        cal.add_workdays(D(2025, 10, 1))
    with pytest.raises(egca.InputError, match='out of range'):
        cal.add_workdays(D(2025, 10, 1), 2**40)
    with pytest.raises(TypeError):
        egca.Calendar()
    with pytest.raises(TypeError):
        egca.Calendar.load(42)
    # A date subclass is a date.
    class MyDate(D):
        pass
    assert cal.add_workdays(MyDate(2025, 9, 30), 5) == D(2025, 10, 14)


def test_extreme_dates_are_coverage_errors(cal):
    for d in (D.min, D.max):
        with pytest.raises(egca.CoverageError):
            cal.kind(d)


# --- Bulk forms ---------------------------------------------------------------------------------

def every_day(first, last):
    d = first
    while d <= last:
        yield d
        d += datetime.timedelta(days=1)


@pytest.mark.filterwarnings('ignore::egca.ProvisionalWarning')
def test_bulk_equals_single(cal):
    dates = list(every_day(D(2007, 1, 1), D(2026, 12, 20)))
    assert cal.is_workday_many(dates) == [cal.is_workday(d) for d in dates]
    ns = [(i % 41) - 20 for i in range(len(dates))]
    ns = [n if n != 0 else 1 for n in ns]
    firsts = dates[400:]
    many = cal.add_workdays_many(firsts, ns[400:])
    assert many == [cal.add_workdays(d, n) for d, n in zip(firsts, ns[400:])]
    assert cal.add_workdays_many(firsts, 5) == [cal.add_workdays(d, 5) for d in firsts]
    assert cal.add_workdays_many((), 5) == [] and cal.is_workday_many([]) == []
    assert cal.add_workdays_many(iter([D(2025, 9, 30)]), [5]) == [D(2025, 10, 14)]


def test_bulk_errors_name_the_element(cal):
    dates = [D(2025, 9, 30), D(2026, 1, 5), D(2006, 6, 1), D(2005, 1, 1)]
    with pytest.raises(egca.CoverageError) as info:
        cal.add_workdays_many(dates, 1)
    assert info.value.index == 2 and info.value.year == 2006
    assert str(info.value).startswith('dates[2] (2006-06-01): ')
    with pytest.raises(egca.CoverageError) as info:
        cal.is_workday_many(dates)
    assert info.value.index == 2
    with pytest.raises(egca.InputError, match='ns has 1 items but dates has 4'):
        cal.add_workdays_many(dates, [1])
    with pytest.raises(TypeError, match=r'dates\[1\]'):
        cal.is_workday_many([D(2025, 1, 2), '2025-01-03'])
    with pytest.raises(TypeError, match=r'ns\[0\]'):
        cal.add_workdays_many([D(2025, 1, 2)], ['1'])
    with pytest.raises(egca.InputError, match=r'dates\[0\]'):
        cal.add_workdays_many([D(2026, 2, 15)], 0)
    # Bulk calls work in chunks of a few thousand: a failure far in still names its own element.
    long = [D(2025, 9, 30)] * 10000
    long[9001] = D(2150, 1, 1)
    with pytest.raises(egca.CoverageError) as info:
        cal.add_workdays_many(long, 1)
    assert info.value.index == 9001 and info.value.year == 2150
    long[9001] = 'x'
    with pytest.raises(TypeError, match=r'dates\[9001\]'):
        cal.is_workday_many(long)
    with pytest.raises(TypeError, match=r'ns\[9001\]'):
        cal.add_workdays_many([D(2025, 9, 30)] * 10000, [1] * 9001 + [None] * 999)


def test_bulk_warns_once(fixture):
    dates = [D(2082, 12, 30), D(2082, 12, 31), D(2083, 3, 1)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        fixture.add_workdays_many(dates, 1)
        fixture.is_workday_many(dates)
    assert [w.category for w in caught] == [egca.ProvisionalWarning] * 2
    strict = egca.Calendar.load(FIXTURE, strict=True)
    with pytest.raises(egca.CoverageError) as info:
        strict.add_workdays_many(dates, 1)
    assert info.value.index == 1 and info.value.year == 2083


# --- Consistency with the command line ------------------------------------------------------------

@needs_egca
def test_every_day_matches_the_command_line(cal):
    # In English the command's kind column is the kind's name, as Python gives it, and the day's name is in
    # English in both (egca_day_name): the two agree on every day's kind and name.
    out = subprocess.run([EGCA_BIN, '--lang', 'en', 'calendar', 'days', '2007-01-01', '2026-12-31'],
                         capture_output=True, check=True, timeout=120).stdout.decode()
    cli = {line.split('\t')[0]: tuple(line.split('\t')[1:3]) for line in out.splitlines()}
    # The command's columns: date, kind, then the day's name when it has one.
    mine = {}
    for d in every_day(D(2007, 1, 1), D(2026, 12, 31)):
        day = cal.day(d, lang='en')
        mine[d.isoformat()] = (day.kind,) if day.name is None else (day.kind, day.name)
    assert mine == cli


# --- Named days: the notices' own words (tools/notices/2025.txt, 2020.txt; local/650000-2025.txt) ----------

def test_day_names_the_holiday_and_its_notice():
    cal = egca.Calendar.default()
    day = cal.day(D(2025, 10, 8))  # 六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休
    assert (day.kind, day.name, day.local, day.provisional) == ('holiday', '国庆节、中秋节', False, False)
    assert day.source.title == '国务院办公厅关于2025年部分节假日安排的通知'
    assert day.source.date == D(2024, 11, 12)
    made_up = cal.day(D(2025, 9, 28))  # 9月28日（周日）、10月11日（周六）上班
    assert (made_up.kind, made_up.name) == ('adjusted_workday', '国庆节、中秋节')
    plain = cal.day(D(2025, 9, 29))
    assert (plain.kind, plain.name, plain.source) == ('workday', None, None)


def test_holidays_lists_the_periods_of_a_year():
    cal = egca.Calendar.default()
    got = [(h.name, h.first, h.last, h.source.title) for h in cal.holidays(2020)]
    main = '国务院办公厅关于2020年部分节假日安排的通知'
    assert got == [
        ('元旦', D(2020, 1, 1), D(2020, 1, 1), main),
        # 延长2020年春节假期至2月2日（农历正月初九，星期日）: the supplement of 2020-01-26 gives the period
        ('春节', D(2020, 1, 24), D(2020, 2, 2), '国务院办公厅关于延长2020年春节假期的通知'),
        ('清明节', D(2020, 4, 4), D(2020, 4, 6), main),
        ('劳动节', D(2020, 5, 1), D(2020, 5, 5), main),
        ('端午节', D(2020, 6, 25), D(2020, 6, 27), main),
        ('国庆节、中秋节', D(2020, 10, 1), D(2020, 10, 8), main),
    ]
    with pytest.raises(egca.CoverageError):
        cal.holidays(2006)


def test_holidays_of_an_office_include_its_regions_own():
    cal = egca.Calendar.for_office('650000')
    local = [(h.name, h.first, h.last) for h in cal.holidays(2025) if h.local]
    # (三)肉孜节：……3月29日（周六）至31日（周一）放假；(七)古尔邦节：……6月6日（周五）至10日（周二）放假
    assert local == [('肉孜节', D(2025, 3, 29), D(2025, 3, 31)), ('古尔邦节', D(2025, 6, 6), D(2025, 6, 10))]


def test_a_deadline_trace_names_the_notices_it_crossed():
    # 新疆, received Wed 2025-06-04: the office counts 06-05, 06-11, 06-12, 06-13, 06-16, passing 古尔邦节
    # (06-06..10), which the region's notice made; no national holiday lies in 06-04..06-16.
    d = egca.deadline('acceptance', D(2025, 6, 4), calendar=egca.Calendar.for_office('650000'))
    assert d.due == D(2025, 6, 16)
    assert [(n.title, n.date) for n in d.trace.notices] == [
        ('新疆维吾尔自治区2025年节假日放假调休日期和冬夏季作息时间的具体安排', D(2025, 1, 3))]
    # Nationally, from Fri 2025-09-26: 09-28 (worked Sunday), 09-29, 09-30, 10-09, 10-10.
    d = egca.deadline('acceptance', D(2025, 9, 26))
    assert d.due == D(2025, 10, 10)
    assert [n.title for n in d.trace.notices] == ['国务院办公厅关于2025年部分节假日安排的通知']
