"""Property tests of the calendar's arithmetic and of every rule's period, through the Python binding.

The answers are checked against a day-by-day model written here (prop_common: holiday-cn's facts and, while
the shipped 2027 is tentative, the 放假办法 for 2027), never against egca's own tables, on a calendar loaded
from the shipped files of exactly the modelled years FIRST.year..LAST.year. The laws:
- add_workdays(d, n) is the n-th working day strictly after d (n > 0) or before it (n < 0); the model walks
  there day by day. A walk that leaves FIRST..LAST must be a CoverageError; one that touches a tentative
  year warns (ProvisionalWarning), one that does not, does not.
- workdays_between(a, b) counts the working days in (a, b], minus those in (b, a] when b < a; hence
  workdays_between(d, add_workdays(d, n)) is n, except n + 1 when n < 0 and d is a rest day (d is not in
  (r, d] as a working day).
- add_workdays composes when the walk does not cross d, and is monotonic in d and in n.
- egca.deadline for every rule, with 0 to 3 pauses, equals the period counted day by day from the rule's
  fields in rules/deadlines.json as docs/rules.md and 民法典 第二百零一条-第二百零三条 define them.
"""
import calendar as gregorian
import json
import os
import pathlib
import warnings

import pytest
from hypothesis import assume, example, given, strategies as st

import egca
from prop_common import D, ONE, Uncovered, examples, is_working, model, needs_shared

MODEL = model()
FIRST, LAST, TENTATIVE_YEARS = MODEL.first, MODEL.last, MODEL.tentative

pytestmark = needs_shared

SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])

# Days a little beyond coverage too, so that walks out of it are tried.
days = st.dates(min_value=FIRST - 92 * ONE, max_value=LAST + 91 * ONE)
covered_days = st.dates(min_value=FIRST, max_value=LAST)
counts = st.integers(min_value=-400, max_value=400).filter(lambda n: n != 0)


# The first tentative year (or, when none is modelled, the last year): the examples walk into it from the
# day before and back out of it from its first working day.
INTO = D(min(TENTATIVE_YEARS or [LAST.year]), 1, 1)
BACK = INTO
while FIRST < LAST and not is_working(BACK):  # FIRST == LAST: no model, every test is skipped
    BACK += ONE


@pytest.fixture(scope='module')
def cal():
    calendar = egca.Calendar.load(MODEL.files)
    # The calendar covers the modelled years and no other, tentative exactly where the model is.
    assert calendar.coverage == {y: 'tentative' if y in TENTATIVE_YEARS else 'confirmed'
                                 for y in range(FIRST.year, LAST.year + 1)}
    return calendar


def model_add(d, n):
    """The n-th working day after (n > 0) or before (n < 0) d, and every day looked at on the way."""
    step = ONE if n > 0 else -ONE
    is_working(d)  # a start outside coverage is refused, like any day asked about
    seen, day, left = [], d, abs(n)
    while left:
        day += step
        seen.append(day)
        if is_working(day):
            left -= 1
    return day, seen


def model_between(a, b):
    lo, hi, sign = (a, b, 1) if a <= b else (b, a, -1)
    is_working(lo)  # outside coverage, a and b are refused even where (a, b] is covered
    count, day = 0, lo
    while day < hi:
        day += ONE
        count += is_working(day)
    return sign * count


def call(fn, *args):
    """fn(*args) and whether it warned ProvisionalWarning."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = fn(*args)
    kinds = {w.category for w in caught}
    assert kinds <= {egca.ProvisionalWarning}, [str(w.message) for w in caught]
    return result, bool(kinds)


@examples(400)
@given(d=days, n=counts)
@example(d=D(2025, 9, 30), n=5).via('DESIGN.md')
@example(d=FIRST, n=-1).via('the first covered day')
@example(d=LAST, n=1).via('the last covered day')
@example(d=INTO - ONE, n=1).via('into the tentative year')
@example(d=BACK, n=-1).via('back out of it')
def test_add_workdays_is_the_day_by_day_walk(cal, d, n):
    try:
        expected, seen = model_add(d, n)
    except Uncovered as e:
        with pytest.raises(egca.CoverageError) as info:
            call(cal.add_workdays, d, n)
        assert info.value.year == e.day.year
        return
    got, warned = call(cal.add_workdays, d, n)
    assert got == expected
    assert is_working(got)
    # Provisional exactly when a day in between, d excluded and the result included, is tentative.
    assert warned == any(day.year in TENTATIVE_YEARS for day in seen)
    # Every day strictly between d and the result is a rest day except the |n| - 1 working days counted.
    assert sum(is_working(day) for day in seen[:-1]) == abs(n) - 1


@examples(300)
@given(a=days, b=days)
@example(a=D(2025, 9, 30), b=D(2025, 10, 14))
@example(a=D(2025, 10, 14), b=D(2025, 9, 30))
def test_workdays_between_counts_from_after_a_to_b(cal, a, b):
    try:
        expected = model_between(a, b)
    except Uncovered:
        with pytest.raises(egca.CoverageError) as info:
            call(cal.workdays_between, a, b)
        assert info.value.year in {x.year for x in (a, b) if not FIRST <= x <= LAST}
        return
    got, _ = call(cal.workdays_between, a, b)
    assert got == expected
    got_back, _ = call(cal.workdays_between, b, a)
    assert got_back == -expected


@examples(300)
@given(d=covered_days, n=counts)
def test_workdays_between_undoes_add_workdays(cal, d, n):
    try:
        model_add(d, n)
    except Uncovered:
        assume(False)
    r, _ = call(cal.add_workdays, d, n)
    between, _ = call(cal.workdays_between, d, r)
    # (d, r] holds all n working days going forward; going back, (r, d] holds |n| - 1 of them and d.
    assert between == (n if n > 0 or is_working(d) else n + 1)


@examples(300)
@given(d=covered_days, a=counts, b=counts)
def test_add_workdays_composes(cal, d, a, b):
    assume(a + b != 0)
    try:
        model_add(d, a)
        model_add(d, a + b)
        model_add(model_add(d, a)[0], b)
    except Uncovered:
        assume(False)
    first, _ = call(cal.add_workdays, d, a)
    assert is_working(first)
    twice, _ = call(cal.add_workdays, first, b)
    once, _ = call(cal.add_workdays, d, a + b)
    if is_working(d) or (a > 0) == (a + b > 0):
        assert twice == once
    else:
        # From a rest day the walk that comes back across d has one working day fewer in reach:
        # d itself is not one (add_workdays(Sunday, 1) then -1 is the Friday before, not a Sunday).
        sign = 1 if b > 0 else -1
        assert twice == call(cal.add_workdays, d, a + b + sign)[0]


@examples(300)
@given(d1=covered_days, d2=covered_days, n1=counts, n2=counts)
def test_add_workdays_is_monotonic(cal, d1, d2, n1, n2):
    if d1 > d2:
        d1, d2 = d2, d1
    if n1 > n2:
        n1, n2 = n2, n1
    try:
        for d in (d1, d2):
            for n in (n1, n2):
                model_add(d, n)
    except Uncovered:
        assume(False)
    r = {(d, n): call(cal.add_workdays, d, n)[0] for d in (d1, d2) for n in (n1, n2)}
    assert r[d1, n1] <= r[d2, n1] and r[d1, n2] <= r[d2, n2]
    assert r[d1, n1] <= r[d1, n2] and r[d2, n1] <= r[d2, n2]
    if n1 < n2:
        assert r[d1, n1] < r[d1, n2]


@examples(100)
@given(d=covered_days)
def test_zero_workdays_is_the_day_itself_or_refused(cal, d):
    if is_working(d):
        assert call(cal.add_workdays, d, 0)[0] == d
    else:
        with pytest.raises(egca.InputError):
            call(cal.add_workdays, d, 0)


# --- Periods -------------------------------------------------------------------------------------

with open(SOURCE_DIR / 'rules' / 'deadlines.json', encoding='utf-8') as _f:
    _RULES = json.load(_f)
RULE_VERSIONS = _RULES['deadlines']
with open(SOURCE_DIR / 'rules' / 'readings.json', encoding='utf-8') as _f:
    READINGS = json.load(_f)
# No rule applies before the licence existed (deadlines.json "licence": 密码法 第二十九条, 2020-01-01).
LICENCE_FROM = D.fromisoformat(_RULES['licence']['from'])
RULE_IDS = list(dict.fromkeys(r['id'] for r in RULE_VERSIONS))
# Starts from two months before the first rules took effect to a quarter beyond the model's end.
RULES_FROM = min(D.fromisoformat(r['effective_from']) for r in RULE_VERSIONS)
starts = st.dates(min_value=RULES_FROM - 61 * ONE, max_value=LAST + 91 * ONE)


def in_force(rule_id, start):
    """The version of a rule in force on start (the latest effective_from on or before it), or None."""
    versions = [r for r in RULE_VERSIONS if r['id'] == rule_id and D.fromisoformat(r['effective_from']) <= start]
    return max(versions, key=lambda r: r['effective_from']) if versions else None


class Model:
    """The expected answer: due (None when suspended), status, provisional, ambiguous, other_reading."""

    def __init__(self, due, seen, other=None, status='due'):
        self.due, self.status, self.other_reading = due, status, other
        self.ambiguous = other is not None
        self.provisional = any(day.year in TENTATIVE_YEARS for day in seen)


def next_working(day, seen):
    while True:
        seen.append(day)
        if is_working(day):
            return day
        day += ONE


def previous_working(day, seen):
    while True:
        seen.append(day)
        if is_working(day):
            return day
        day -= ONE


def applied(rule_id, start):
    """The version a computation applies: the one in force, or before the first version the first one
    (the result then says it was not in force, as the timeline's finding rule_not_in_force does)."""
    return in_force(rule_id, start) or min((r for r in RULE_VERSIONS if r['id'] == rule_id),
                                           key=lambda r: r['effective_from'])


def model_period(rule_id, start, pauses, policy):
    rule = applied(rule_id, start)
    count = rule['count']
    if 'extends' in rule:
        count += applied(rule['extends'], start)['count']
    seen = []
    if rule['unit'] == 'working_days':
        # 民法典 第二百零一条: the start day is not counted; 行政许可法 第四十五条: working days inside a pause,
        # both ends included, are not counted; an open pause stops the clock from its first day. A start
        # outside coverage is refused, as add_workdays refuses it.
        is_working(start)
        day, counted = start, 0
        step = -ONE if rule['direction'] == 'before' else ONE
        while counted < count:
            day += step
            if any(p_to is None and p_from <= day for p_from, p_to in pauses):
                return Model(None, seen, status='suspended')
            seen.append(day)
            if is_working(day) and not any(p_from <= day <= p_to for p_from, p_to in pauses):
                counted += 1
        if rule['result'] == 'first_working_day_after':
            day = next_working(day + ONE, seen)
        return Model(day, seen)
    sign = 1 if rule['direction'] == 'after' else -1
    if rule['unit'] == 'days':
        last = start + sign * count * ONE
    else:
        # 民法典 第二百零二条: the corresponding day of the last month, or that month's last day.
        assert rule['unit'] in ('years', 'months'), rule
        months = start.year * 12 + start.month - 1 + sign * count * (12 if rule['unit'] == 'years' else 1)
        year, month = divmod(months, 12)
        month += 1
        last = D(year, month, min(start.day, gregorian.monthrange(year, month)[1]))
    if rule_id == 'certificate_validity':
        # The certificate's term (the only rule of kind term): the question certificate_last_day
        # (docs/rules.md, "Readings") gives the day before as the other reading, always another day.
        assert rule['roll'] == 'none', rule
        return Model(last, [], last - ONE)
    if rule['roll'] == 'none':
        return Model(last, [])
    if rule['roll'] == 'next_working_day':  # 民法典 第二百零三条
        return Model(next_working(last, seen), seen)
    assert rule['roll'] == 'earlier_or_later', rule['roll']
    earlier, later = previous_working(last, seen), next_working(last, seen)
    chosen, other = (earlier, later) if policy == 'earlier' else (later, earlier)
    return Model(chosen, seen, other if other != chosen else None)


# The rules whose unit or roll a reading sets (readings.json "sets"; docs/rules.md, Readings).
SET_BY_QUESTION = {reading['sets']['rule'] for q in READINGS['questions'] for reading in q['readings']
                   if 'sets' in reading}


pause_spans = st.tuples(st.integers(min_value=-15, max_value=60), st.one_of(
    st.integers(min_value=0, max_value=45), st.none()))


@examples(500)
@given(rule_id=st.sampled_from(RULE_IDS), start=starts,
       spans=st.lists(pause_spans, max_size=3), policy=st.sampled_from(['earlier', 'later']))
@example(rule_id='decision', start=D(2026, 3, 2), spans=[(8, 41)], policy='earlier').via('DESIGN.md')
@example(rule_id='renewal_filing', start=D(2026, 4, 17), spans=[], policy='later').via('DESIGN.md')
@example(rule_id='certificate_validity', start=D(2028, 2, 29), spans=[], policy='earlier').via('第二百零二条')
def test_deadline_is_the_period_counted_day_by_day(cal, rule_id, start, spans, policy):
    rule = in_force(rule_id, start) or in_force(rule_id, D.max)
    if start < LICENCE_FROM or 'refused' in applied(rule_id, start):
        # Before the licence, or a version that sets no period: refused, saying why.
        with pytest.raises(egca.InputError, match='早于2020-01-01|不设期限'):
            call(egca.deadline, rule_id, start, [], policy, cal)
        return
    pauses = []
    if rule['pause'] == 'exclude':
        for offset, length in spans:
            p_from = start + offset * ONE
            pauses.append((p_from, None if length is None else p_from + length * ONE))
        # Pauses outside the calendar's years are not what this property is about.
        assume(all(FIRST <= p_from <= LAST and (p_to is None or p_to <= LAST) for p_from, p_to in pauses))
    try:
        expected = model_period(rule_id, start, pauses, policy)
    except Uncovered as e:
        with pytest.raises(egca.CoverageError) as info:
            call(egca.deadline, rule_id, start, pauses, policy, cal)
        assert info.value.year == e.day.year
        return
    got, warned = call(egca.deadline, rule_id, start, pauses, policy, cal)
    assert got.in_force == (in_force(rule_id, start) is not None)
    assert (got.due, got.status) == (expected.due, expected.status), got.trace.text
    if expected.status == 'due':
        assert (got.provisional, warned) == (expected.provisional, expected.provisional), got.trace.text
    if rule_id in SET_BY_QUESTION:
        # A reading of rules/readings.json sets this rule's unit or roll ("sets"): the other reading's due date
        # is reported beside the default's when the two differ; the model counts the default only.
        assert got.ambiguous == (got.other_reading is not None), got.trace.text
        assert got.other_reading != got.due, got.trace.text
    else:
        assert (got.ambiguous, got.other_reading) == (expected.ambiguous, expected.other_reading), got.trace.text


@examples(50)
@given(rule_id=st.sampled_from([r for r in RULE_IDS if in_force(r, D.max).get('pause') == 'none']),
       start=st.dates(min_value=RULES_FROM, max_value=LAST - 184 * ONE))
def test_a_rule_without_pauses_refuses_one(cal, rule_id, start):
    with pytest.raises(egca.InputError, match='不扣除中止期间'):
        call(egca.deadline, rule_id, start, [(start, start + 3 * ONE)], 'earlier', cal)
