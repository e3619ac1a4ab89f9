"""The Python binding's deadlines: egca.deadline over the rules and period arithmetic.

DESIGN.md's worked examples, every rule against `egca deadline --format json` (EGCA_BIN), errors,
warnings, and the result objects.
"""
import datetime
import json
import os
import subprocess
import warnings

import pytest

import egca

D = datetime.date
EGCA_BIN = os.environ.get('EGCA_BIN')
needs_egca = pytest.mark.skipif(not EGCA_BIN, reason='EGCA_BIN is not set (the built egca command)')


# --- DESIGN.md's worked examples -------------------------------------------------------------------

def test_five_working_days_from_receipt():
    d = egca.deadline('acceptance', D(2025, 9, 30))
    assert d.due == D(2025, 10, 14)  # 10-01..08 holiday, Sat 10-11 adjusted workday
    assert d.status == 'due' and d.provisional is False and d.ambiguous is False
    assert d.trace.holidays_skipped == 8 and d.trace.adjusted_workdays == [D(2025, 10, 11)]
    assert '2025-10-14' in d.trace.text


def test_decision_with_a_paused_review():
    review = [(D(2026, 3, 10), D(2026, 4, 20))]
    assert egca.deadline('decision', D(2026, 3, 2), pauses=review).due == D(2026, 5, 13)
    assert egca.deadline('decision', D(2026, 3, 2)).due == D(2026, 3, 30)


def test_status_query_first_working_day_after_15():
    assert egca.deadline('status_query', D(2026, 3, 2)).due == D(2026, 3, 24)


def test_change_filing_thirty_calendar_days_rolls_past_the_holiday():
    assert egca.deadline('change_filing', D(2026, 9, 1)).due == D(2026, 10, 8)


def test_renewal_filing_sixty_days_before_expiry_both_readings():
    earlier = egca.deadline('renewal_filing', D(2026, 4, 17))
    assert earlier.due == D(2026, 2, 14)  # an adjusted workday
    assert earlier.ambiguous is True and earlier.other_reading == D(2026, 2, 24)
    later = egca.deadline('renewal_filing', D(2026, 4, 17), policy='later')
    assert later.due == D(2026, 2, 24) and later.other_reading == D(2026, 2, 14)


def test_open_review_suspends_the_clock():
    d = egca.deadline('decision', D(2026, 3, 2), pauses=[(D(2026, 3, 10), None)])
    assert d.status == 'suspended' and d.due is None


def test_certificate_validity_is_five_years():
    d = egca.deadline('certificate_validity', D(2028, 2, 29))  # needs no calendar: 2033 is not covered
    assert d.unit == 'years' and d.count == 5 and d.due == D(2033, 2, 28)  # 民法典 第二百零二条: month end


# --- The same JSON as the command line ------------------------------------------------------------

CASES = [
    ('acceptance', '2025-09-30', [], 'earlier'),
    ('decision', '2026-03-02', [('2026-03-10', '2026-04-20')], 'earlier'),
    ('decision', '2026-03-02', [('2026-03-10', None)], 'earlier'),
    ('decision', '2026-03-02', [('2026-04-01', '2026-04-03'), ('2026-03-10', '2026-03-12')], 'earlier'),
    ('decision_extension', '2026-03-02', [], 'earlier'),
    ('review_time_notice', '2026-03-10', [], 'earlier'),
    ('notification', '2026-09-28', [], 'earlier'),
    ('status_query', '2026-03-02', [], 'earlier'),
    ('certificate_validity', '2028-02-29', [], 'earlier'),
    ('change_filing', '2026-09-01', [], 'earlier'),
    ('renewal_filing', '2026-04-17', [], 'earlier'),
    ('renewal_filing', '2026-04-17', [], 'later'),
    ('renewal_decision', '2026-10-01', [], 'earlier'),
]


@needs_egca
@pytest.mark.parametrize('rule,start,pauses,policy', CASES)
def test_same_json_as_the_command_line(rule, start, pauses, policy):
    args = [EGCA_BIN, 'deadline', rule, start, '--format', 'json', '--policy', policy]
    for a, b in pauses:
        args += ['--pause', f'{a}:{b or ""}']
    cli = json.loads(subprocess.run(args, capture_output=True, check=True, timeout=60).stdout)
    mine = egca.deadline(rule, D.fromisoformat(start),
                         pauses=[(D.fromisoformat(a), b and D.fromisoformat(b)) for a, b in pauses], policy=policy)
    assert mine.to_dict(json=True) == cli
    assert mine.due == (D.fromisoformat(cli['due']) if cli['due'] else None)


@needs_egca
def test_same_json_as_the_command_line_in_english():
    cli = json.loads(subprocess.run([EGCA_BIN, '--lang', 'en', 'deadline', 'acceptance', '2025-09-30', '--format', 'json'],
                                    capture_output=True, check=True, timeout=60).stdout)
    assert egca.deadline('acceptance', D(2025, 9, 30), lang='en').to_dict(json=True) == cli


def test_texts_and_citations_follow_lang():
    # 行政许可法 第三十二条第一款第（四）项 is the acceptance's first basis; in English, its English name and
    # the article's English form, the item apart (docs/rules.md, "Citations").
    en = egca.deadline('acceptance', D(2025, 9, 30), lang='en')
    zh = egca.deadline('acceptance', D(2025, 9, 30), lang='zh')
    assert en.due == zh.due == D(2025, 10, 14)
    assert en.title == 'Decide whether to accept the application, or give the correction notice once'
    assert zh.title == '作出是否受理的决定或一次性告知补正'
    assert (en.basis[0].law, en.basis[0].article, en.basis[0].item) == \
        ('Administrative Licensing Law', 'Article 32(1)', '(4)')
    assert (zh.basis[0].law, zh.basis[0].article, zh.basis[0].item) == ('中华人民共和国行政许可法', '第三十二条第一款', '（四）')
    assert en.guide.section == 'Procedure' and zh.guide.section == '办理基本流程'


def test_every_rule_computes():
    for rule in egca.Rules.default().deadline_ids:
        if rule == 'change_decision':
            # 行政许可法 第四十九条 sets no period for a change decision: the rules say so, nothing is computed.
            with pytest.raises(egca.InputError, match='第四十九条'):
                egca.deadline(rule, D(2025, 6, 3))
            continue
        d = egca.deadline(rule, D(2025, 6, 3))
        assert d.rule == rule and d.basis is not None
        assert isinstance(d.due, D)


# --- Errors and warnings ----------------------------------------------------------------------------

def test_unknown_rule_and_bad_arguments():
    with pytest.raises(egca.InputError, match='no_such_rule'):
        egca.deadline('no_such_rule', D(2025, 9, 30))
    with pytest.raises(egca.InputError):
        egca.deadline('acceptance', D(2025, 9, 30), pauses=[(D(2025, 10, 1), D(2025, 10, 2))])
    with pytest.raises(egca.InputError):
        egca.deadline('decision', D(2026, 3, 2), pauses=[(D(2026, 4, 20), D(2026, 3, 10))])
    with pytest.raises(egca.InputError, match='policy'):
        egca.deadline('renewal_filing', D(2026, 4, 17), policy='sooner')
    with pytest.raises(ValueError):  # InputError is a ValueError
        egca.deadline('no_such_rule', D(2025, 9, 30))
    with pytest.raises(TypeError, match=r'pauses\[0\]'):
        egca.deadline('decision', D(2026, 3, 2), pauses=[D(2026, 3, 10)])
    with pytest.raises(TypeError, match=r'pauses\[0\]\[1\]'):
        egca.deadline('decision', D(2026, 3, 2), pauses=[(D(2026, 3, 10), '2026-04-20')])
    with pytest.raises(TypeError, match='start'):
        egca.deadline('acceptance', '2025-09-30')
    with pytest.raises(TypeError, match='calendar'):
        egca.deadline('acceptance', D(2025, 9, 30), calendar='default')
    with pytest.raises(TypeError, match='rules'):
        egca.deadline('acceptance', D(2025, 9, 30), rules={})


# The fixture calendars (tests/data/calendars): 2082 confirmed, 2083 tentative, 2084 not covered, so that
# these tests do not move when the next State Council notice is added to data/holidays/.
FIXTURE = os.path.join(os.environ.get('EGCA_SOURCE_DIR', '.'), 'tests', 'data', 'calendars')


def test_coverage_error_names_the_year():
    fixture = egca.Calendar.load(FIXTURE)
    with pytest.raises(egca.CoverageError) as info:
        egca.deadline('acceptance', D(2084, 3, 1), calendar=fixture)
    assert info.value.year == 2084 and '2084' in str(info.value)
    with pytest.raises(egca.CoverageError) as info:  # fails; no warning for a result never given
        egca.deadline('decision', D(2083, 12, 20), calendar=fixture)
    assert info.value.year == 2084
    # Before the licence existed (2020-01-01) a day is refused for that reason, not for the calendar.
    with pytest.raises(egca.InputError, match='早于2020-01-01'):
        egca.deadline('acceptance', D(2006, 6, 1))


def test_provisional_warning_points_at_the_caller():
    fixture = egca.Calendar.load(FIXTURE)
    # Mon 2082-12-28: 12-29..31, (tentative 元旦 01-01) 01-04, 01-05: five working days, the last two tentative.
    with pytest.warns(egca.ProvisionalWarning, match='2083') as caught:
        d = egca.deadline('acceptance', D(2082, 12, 28), calendar=fixture)
    assert d.due == D(2083, 1, 5) and d.provisional is True
    assert caught[0].filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        assert egca.deadline('acceptance', D(2082, 12, 1), calendar=fixture).provisional is False


def test_strict_calendar_makes_provisional_an_error():
    strict = egca.Calendar.load(FIXTURE, strict=True)
    with pytest.raises(egca.CoverageError) as info:
        egca.deadline('acceptance', D(2082, 12, 28), calendar=strict)
    assert info.value.year == 2083


def test_own_calendar_is_used():
    apple = egca.Calendar.load(os.path.join(os.environ.get('EGCA_SOURCE_DIR', '.'), 'tests', 'data', 'ics',
                                            'apple-style-2025.ics'))
    assert egca.deadline('acceptance', D(2025, 9, 30), calendar=apple).due == D(2025, 10, 14)
    with pytest.raises(egca.CoverageError):
        egca.deadline('acceptance', D(2026, 3, 2), calendar=apple)


# --- Result objects ---------------------------------------------------------------------------------

def test_result_objects():
    d = egca.deadline('acceptance', D(2025, 9, 30))
    assert d.from_ == D(2025, 9, 30) and d['from'] == D(2025, 9, 30)
    assert d.basis[0].law == '中华人民共和国行政许可法' and d.basis[0].item == '（四）'
    assert d.guide.section == '办理基本流程'
    assert d.to_dict(json=True)['due'] == '2025-10-14'
    assert d.fields()[:3] == ['rule', 'title', 'version']
    assert repr(d).startswith("Deadline(rule='acceptance', from_=datetime.date(2025, 9, 30), "
                              "due=datetime.date(2025, 10, 14), status='due'")
    assert repr(d.trace).startswith("Trace(text='2025-09-30后5个工作日（起算日不计入）")
    assert d == egca.deadline('acceptance', D(2025, 9, 30))
    assert d != egca.deadline('acceptance', D(2025, 9, 29))
    with pytest.raises(AttributeError):
        d.due = D(2030, 1, 1)
    with pytest.raises(KeyError):
        d['nothing']
    assert isinstance(d, egca.Record)
