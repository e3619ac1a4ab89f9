"""Calendar.for_office: the acceptance office's calendar, a region's rest days over the national ones.

Expected dates worked out by hand: 新疆 2025 古尔邦节 06-06..10 (tools/notices/local/650000-2025.txt) over the
national 2025 notice; 5 working days after Wed 2025-06-04 are 06-05, 06-11, 06-12, 06-13, 06-16 at the office,
06-05, 06-06, 06-09, 06-10, 06-11 nationally."""
import datetime
import warnings

import pytest

import egca

D = datetime.date


def test_xinjiang_office_closes_on_gurbang():
    cal = egca.Calendar.for_office('650000')
    assert cal.add_workdays(D(2025, 6, 4), 5) == D(2025, 6, 16)
    assert egca.Calendar.default().add_workdays(D(2025, 6, 4), 5) == D(2025, 6, 11)


def test_province_without_local_days_is_national():
    assert egca.Calendar.for_office('110000').add_workdays(D(2025, 6, 4), 5) == D(2025, 6, 11)


def test_region_year_without_its_notice_is_provisional():
    cal = egca.Calendar.for_office('450000')  # 广西: no notice shipped
    with pytest.warns(egca.ProvisionalWarning):
        assert cal.add_workdays(D(2025, 3, 27), 5) == D(2025, 4, 3)
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        egca.Calendar.default().add_workdays(D(2025, 3, 27), 5)


def test_region_year_strict_is_an_error():
    with pytest.raises(egca.CoverageError, match='广西壮族自治区'):
        egca.Calendar.for_office('450000', strict=True).add_workdays(D(2025, 3, 27), 5)


def test_unknown_office():
    # The code is the caller's input: InputError (as the docstring says), not the data's DataError.
    with pytest.raises(egca.InputError, match='999999') as e:
        egca.Calendar.for_office('999999')
    assert not isinstance(e.value, egca.DataError)


# A case naming 新疆's office, received Wed 2025-06-04: its acceptance counts on the office's calendar (06-05,
# 06-11, 06-12, 06-13, 06-16: due 06-16; nationally 06-11), its decision on the national one (国家密码管理局's
# time): accepted Fri 06-13, 20 working days: 06-16..20 (5), 06-23..27 (10), 06-30..07-04 (15), 07-07..11 (20).
XINJIANG = {'case_id': 'XJ', 'office': '650000', 'events': [
    {'type': 'received', 'date': D(2025, 6, 4)}, {'type': 'accepted', 'date': D(2025, 6, 13)}]}
BEIJING = dict(XINJIANG, case_id='BJ', office='110000')
NO_OFFICE = {k: v for k, v in XINJIANG.items() if k != 'office'}


def _due(result, rule):
    return [d.due for d in result.deadlines if d.rule == rule]


def test_timeline_counts_the_acceptance_on_the_office_calendar():
    t = egca.timeline(XINJIANG, as_of=D(2025, 6, 20))
    assert _due(t, 'acceptance') == [D(2025, 6, 16)]
    assert [d.status for d in t.deadlines if d.rule == 'acceptance'] == ['met']
    assert _due(t, 'decision') == [D(2025, 7, 11)]
    assert t.clean
    # 北京, and a case naming no office: the national 06-11, so the acceptance on 06-13 is late.
    for case in (BEIJING, NO_OFFICE):
        t = egca.timeline(case, as_of=D(2025, 6, 20))
        assert _due(t, 'acceptance') == [D(2025, 6, 11)]
        assert not t.clean


def test_timeline_on_a_loaded_national_calendar_builds_the_office_over_it(tmp_path):
    import os
    holidays = os.path.join(os.environ['EGCA_SOURCE_DIR'], 'data', 'holidays')
    cal = egca.Calendar.load(holidays)
    assert _due(egca.timeline(XINJIANG, as_of=D(2025, 6, 20), calendar=cal), 'acceptance') == [D(2025, 6, 16)]


def test_timelines_give_each_case_its_office_as_the_command_does():
    import json
    import os
    import subprocess
    cases = [XINJIANG, BEIJING, NO_OFFICE, dict(XINJIANG, case_id='XJ2', events=XINJIANG['events'][:1])]
    for jobs in (1, 2, 8):
        results = list(egca.timelines(cases, as_of=D(2025, 6, 20), jobs=jobs))
        assert [_due(r, 'acceptance') for r in results] == [[D(2025, 6, 16)], [D(2025, 6, 11)], [D(2025, 6, 11)],
                                                            [D(2025, 6, 16)]]
        # The 新疆 case left unanswered is deemed accepted only after 06-16, and its decision (from the receipt,
        # 行政许可法 第三十二条) is national: 06-05..06 (2), 06-09..13 (7), 06-16..20 (12), 06-23..27 (17), 06-30..07-02.
        assert [d.status for d in results[3].deadlines if d.rule == 'acceptance'] == ['deemed']
        assert _due(results[3], 'decision') == [D(2025, 7, 2)]
    # Each equals the command's answer for that case alone.
    for case, result in zip(cases, results):
        text = json.dumps(case, default=str)
        run = subprocess.run([os.environ['EGCA_BIN'], 'timeline', '/dev/stdin', '--as-of', '2025-06-20',
                              '--format', 'json'], input=text, capture_output=True, text=True)
        assert run.returncode in (0, 1), run.stderr
        assert result.to_dict(json=True) == json.loads(run.stdout)


def test_an_office_calendar_is_no_national_calendar():
    with pytest.raises(egca.InputError, match='新疆维吾尔自治区'):
        egca.timeline(XINJIANG, as_of=D(2025, 6, 20), calendar=egca.Calendar.for_office('650000'))
    with pytest.raises(egca.InputError, match='新疆维吾尔自治区'):
        list(egca.timelines([XINJIANG], as_of=D(2025, 6, 20), calendar=egca.Calendar.for_office('650000')))
    # A province without rest days of its own: its calendar is the national one.
    t = egca.timeline(BEIJING, as_of=D(2025, 6, 20), calendar=egca.Calendar.for_office('110000'))
    assert _due(t, 'acceptance') == [D(2025, 6, 11)]


# Materials received on a rest day (docs/rules.md, receipt_after_hours). Received Sat 2025-06-07 by post: by
# default they count as received on Mon 06-09, due 06-16 (06-10, 06-11, 06-12, 06-13, 06-16); read as dated,
# day 1 is 06-09 and the fifth working day 06-13.
SATURDAY = {'case_id': 'SAT', 'events': [{'type': 'received', 'date': D(2025, 6, 7), 'time': '10:00',
                                          'channel': 'mail'}]}


def test_receipt_on_a_rest_day_and_its_readings():
    t = egca.timeline(SATURDAY, as_of=D(2025, 6, 9))
    assert [(d.anchor, d.due) for d in t.deadlines] == [(D(2025, 6, 9), D(2025, 6, 16))]
    t = egca.timeline(SATURDAY, as_of=D(2025, 6, 9), receipt='as_dated')
    assert [(d.anchor, d.due) for d in t.deadlines] == [(D(2025, 6, 7), D(2025, 6, 13))]
    for jobs in (1, 2):
        [t] = egca.timelines([SATURDAY], as_of=D(2025, 6, 9), jobs=jobs, receipt='as_dated')
        assert _due(t, 'acceptance') == [D(2025, 6, 13)]
    with pytest.raises(egca.InputError, match='next_working_day'):
        egca.timeline(SATURDAY, as_of=D(2025, 6, 9), receipt='later')


def test_a_time_at_an_office_without_known_hours_gives_both_days():
    # 北京's hours are in no source egca has: 18:00 on Wed 06-04 may be after closing. As dated: 06-05, 06-06,
    # 06-09, 06-10, 06-11; after closing (from Thu 06-05): 06-06, 06-09, 06-10, 06-11, 06-12.
    case = {'case_id': 'BJ', 'office': '110000', 'events': [{'type': 'received', 'date': D(2025, 6, 4),
                                                             'time': '18:00', 'channel': 'in_person'}]}
    t = egca.timeline(case, as_of=D(2025, 6, 5))
    [d] = t.deadlines
    assert (d.due, d.ambiguous, d.other_reading) == (D(2025, 6, 11), True, D(2025, 6, 12))
    assert [f.code for f in t.findings] == ['office_hours_unknown']
    assert t.clean  # information, not a violation


def test_time_and_channel_are_checked():
    bad = {'case_id': 'X', 'events': [{'type': 'received', 'date': D(2025, 6, 4), 'time': '17:60'}]}
    with pytest.raises(egca.InputError) as e:
        egca.timeline(bad, as_of=D(2025, 6, 5))
    assert e.value.pointer == '/events/0/time'
    bad['events'][0] = {'type': 'received', 'date': D(2025, 6, 4), 'channel': 'fax'}
    with pytest.raises(egca.InputError) as e:
        egca.timeline(bad, as_of=D(2025, 6, 5))
    assert e.value.pointer == '/events/0/channel'
