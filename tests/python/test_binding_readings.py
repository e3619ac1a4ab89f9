"""The Python binding's readings of the law's open questions (docs/rules.md, "Readings").

egca.questions() lists the questions of rules/readings.json; readings={question: reading} picks one for
egca.deadline, egca.timeline and egca.timelines; every result that differs under another reading says so.
Each expected date is counted by hand in the comment beside it from the State Council notices (2026:
02-15..23 春节 with Sat 02-14 worked; 04-04..06 清明; 05-01..05 劳动节 with Sat 05-09 worked).
"""
import datetime

import pytest

import egca

D = datetime.date

ACCEPTED = [{'type': 'received', 'date': '2026-02-24'}, {'type': 'accepted', 'date': '2026-03-02'}]
UNNOTIFIED = {'case_id': 'R', 'events': ACCEPTED + [{'type': 'review_started', 'date': '2026-03-10'},
                                                     {'type': 'review_ended', 'date': '2026-03-20'}]}


def one(timeline, rule):
    found = [d for d in timeline.deadlines if d.rule == rule]
    assert len(found) == 1, found
    return found[0]


def test_questions_list_every_question_with_its_readings():
    qs = {q['id']: q for q in egca.questions()}
    assert set(qs) >= {'renewal_rest_day', 'deemed_renewal_late_filing', 'second_correction_notice',
                       'review_unnotified', 'review_over_notified', 'review_notice_after_start',
                       'certificate_last_day'}
    assert qs['renewal_rest_day']['rule'] == 'renewal_filing'
    assert qs['certificate_last_day']['default'] == 'anniversary'
    later = [r for r in qs['renewal_rest_day']['readings'] if r['id'] == 'later'][0]
    # 民法典 第二百零三条 supports the later day, not the earlier one.
    assert {'law': '中华人民共和国民法典', 'article': '第二百零三条', 'item': None} in later['basis']


def test_questions_in_english():
    # lang='en': the texts and the citations in English (readings.json's twins, deadlines.json "laws"),
    # the ids as they are.
    zh = {q['id']: q for q in egca.questions(lang='zh')}
    en = {q['id']: q for q in egca.questions(lang='en')}
    assert set(en) == set(zh)
    assert en['renewal_rest_day']['default'] == zh['renewal_rest_day']['default'] == 'earlier'
    assert en['renewal_rest_day']['question'].startswith('When the last day of the renewal')
    later = [r for r in en['renewal_rest_day']['readings'] if r['id'] == 'later'][0]
    assert {'law': 'Civil Code', 'article': 'Article 203', 'item': None} in later['basis']
    with pytest.raises(egca.InputError):
        egca.questions(lang='fr')


def test_deadline_certificate_last_day_both_readings():
    # 2025-03-10 + 5 years is 2030-03-10 (民法典 第二百零二条); the day before, 2030-03-09.
    d = egca.deadline('certificate_validity', D(2025, 3, 10))
    assert d.due == D(2030, 3, 10) and d.ambiguous
    assert [(r.reading, r.chosen, r.due) for r in d.readings] == [('anniversary', True, D(2030, 3, 10)),
                                                                  ('day_before', False, D(2030, 3, 9))]
    d = egca.deadline('certificate_validity', D(2025, 3, 10), readings={'certificate_last_day': 'day_before'})
    assert d.due == D(2030, 3, 9)
    assert [(r.reading, r.chosen) for r in d.readings] == [('anniversary', False), ('day_before', True)]


def test_deadline_renewal_rest_day_reading_and_the_deprecated_policy():
    # 2026-04-17 - 60 days = Mon 02-16 (春节): earlier Sat 02-14 (worked), later Tue 02-24.
    assert egca.deadline('renewal_filing', D(2026, 4, 17)).due == D(2026, 2, 14)
    later = egca.deadline('renewal_filing', D(2026, 4, 17), readings={'renewal_rest_day': 'later'})
    assert later.due == D(2026, 2, 24)
    assert egca.deadline('renewal_filing', D(2026, 4, 17), policy='later').due == D(2026, 2, 24)


def test_timeline_review_never_notified():
    # excluded (default): 03-03..06 (4), 03-09 (5), 03-23..27 (10), 03-30..04-03 (15), 04-07..10 (19), 04-13 (20).
    # counted: 03-03..06 (4), 09..13 (9), 16..20 (14), 23..27 (19), 03-30 (20).
    t = egca.timeline(UNNOTIFIED, D(2026, 4, 1))
    d = one(t, 'decision')
    assert d.due == D(2026, 4, 13) and d.status == 'pending' and d.ambiguous
    assert [(r.reading, r.chosen, r.due, r.status) for r in d.readings] == [
        ('excluded', True, D(2026, 4, 13), 'pending'), ('counted', False, D(2026, 3, 30), 'overdue')]
    t = egca.timeline(UNNOTIFIED, D(2026, 4, 1), readings={'review_unnotified': 'counted'})
    assert one(t, 'decision').due == D(2026, 3, 30) and one(t, 'decision').status == 'overdue'


def test_timeline_contested_finding_names_its_reading():
    case = {'case_id': 'R', 'events': ACCEPTED + [{'type': 'review_started', 'date': '2026-03-10'},
                                                  {'type': 'review_time_notified', 'date': '2026-03-12'}]}
    t = egca.timeline(case, D(2026, 3, 13))
    (f,) = [f for f in t.findings if f.code == 'review_notice_after_start']
    assert f.contested and not f.violation
    assert (f.reading.question, f.reading.reading) == ('review_notice_after_start', 'hint')
    assert t.clean
    t = egca.timeline(case, D(2026, 3, 13), readings={'review_notice_after_start': 'violation'})
    (f,) = [f for f in t.findings if f.code == 'review_without_notice']
    assert f.contested and f.violation and f.reading.reading == 'violation'
    assert not t.clean


def test_timelines_take_readings_like_timeline():
    got = list(egca.timelines([UNNOTIFIED, UNNOTIFIED], as_of=D(2026, 4, 1), jobs=2,
                              readings={'review_unnotified': 'counted'}))
    want = egca.timeline(UNNOTIFIED, D(2026, 4, 1), readings={'review_unnotified': 'counted'})
    assert [g.to_dict() for g in got] == [want.to_dict()] * 2
    assert one(got[0], 'decision').due == D(2026, 3, 30)


@pytest.mark.parametrize('readings, message', [
    ({'no_such_question': 'x'}, 'unknown question "no_such_question"'),
    ({'review_unnotified': 'maybe'}, 'question "review_unnotified" has no reading "maybe"'),
])
def test_unknown_question_or_reading_is_an_input_error(readings, message):
    for call in (lambda: egca.timeline(UNNOTIFIED, D(2026, 4, 1), readings=readings),
                 lambda: egca.deadline('decision', D(2026, 3, 2), readings=readings),
                 lambda: list(egca.timelines([UNNOTIFIED], as_of=D(2026, 4, 1), readings=readings))):
        with pytest.raises(egca.InputError, match=message):
            call()


def test_readings_must_map_strings():
    with pytest.raises(TypeError):
        egca.timeline(UNNOTIFIED, D(2026, 4, 1), readings=[('review_unnotified', 'counted')])
    with pytest.raises(TypeError):
        egca.timeline(UNNOTIFIED, D(2026, 4, 1), readings={'review_unnotified': 1})


HEARING = {'case_id': 'H', 'events': [
    {'type': 'received', 'date': '2026-01-05'}, {'type': 'accepted', 'date': '2026-01-05'},
    {'type': 'hearing_right_notified', 'date': '2026-01-06'}, {'type': 'hearing_requested', 'date': '2026-01-08'},
    {'type': 'hearing_notified', 'date': '2026-01-09'}, {'type': 'hearing_held', 'date': '2026-01-19'}]}


def test_hearing_counting_questions_set_the_unit():
    qs = {q['id']: q for q in egca.questions()}
    assert qs['hearing_request_days']['sets'] == 'hearing_request' and qs['hearing_request_days']['rule'] is None
    assert {r['id']: r['sets']['unit'] for r in qs['hearing_notice_days']['readings']} == {
        'working_days': 'working_days', 'days': 'days'}
    # Told of the right on Thu 2026-03-05: 5 calendar days -> Tue 03-10; 5 working days 03-06, 09..12 -> 03-12.
    d = egca.deadline('hearing_request', D(2026, 3, 5))
    assert (d.due, d.unit, d.ambiguous) == (D(2026, 3, 10), 'days', True)
    assert [(r.reading, r.chosen, r.due) for r in d.readings] == [('days', True, D(2026, 3, 10)),
                                                                  ('working_days', False, D(2026, 3, 12))]
    d = egca.deadline('hearing_request', D(2026, 3, 5), readings={'hearing_request_days': 'working_days'})
    assert (d.due, d.unit) == (D(2026, 3, 12), 'working_days')


def test_timeline_hearing_notice_late_under_one_reading_only():
    # Hearing on Mon 01-19: 7 working days before are 01-16..12 (5), 09 (6), 08 (7): the notice of 01-09 is
    # late; 7 calendar days before is Mon 01-12, and it is on time.
    t = egca.timeline(HEARING, D(2026, 1, 20))
    d = one(t, 'hearing_notice')
    assert (d.due, d.status, d.ambiguous) == (D(2026, 1, 8), 'late', True)
    assert [(r.reading, r.chosen, r.due, r.status) for r in d.readings] == [
        ('working_days', True, D(2026, 1, 8), 'late'), ('days', False, D(2026, 1, 12), 'met')]
    t = egca.timeline(HEARING, D(2026, 1, 20), readings={'hearing_notice_days': 'days'})
    assert (one(t, 'hearing_notice').due, one(t, 'hearing_notice').status) == (D(2026, 1, 12), 'met')
    # The request: 5 calendar days from Tue 01-06 end Sun 01-11 -> Mon 01-12; 5 working days 01-07..09, 12, 13.
    assert [r.due for r in one(t, 'hearing_request').readings] == [D(2026, 1, 12), D(2026, 1, 13)]


def test_notification_of_a_denial():
    denied = {'case_id': 'D', 'events': [
        {'type': 'received', 'date': '2026-01-05'}, {'type': 'accepted', 'date': '2026-01-05'},
        {'type': 'decided', 'date': '2026-01-20', 'outcome': 'denied'}, {'type': 'notified', 'date': '2026-01-21'}]}
    # Default: the guide's 10 working days from 01-20: 01-21..23 (3), 26..30 (8), 02-02, 02-03 (10); met 01-21.
    d = one(egca.timeline(denied, D(2026, 2, 1)), 'notification')
    assert (d.due, d.status, d.ambiguous) == (D(2026, 2, 3), 'met', True)
    assert [(r.reading, r.due, r.status) for r in d.readings] == [('notified', D(2026, 2, 3), 'met'),
                                                                  ('granted_only', None, None)]  # does not arise
    # granted_only: 行政许可法 第四十四条 sets the ten days for granted licences only; no instance for a denial.
    t = egca.timeline(denied, D(2026, 2, 1), readings={'notification_of_a_denial': 'granted_only'})
    assert not [d for d in t.deadlines if d.rule == 'notification']
    assert [f.code for f in t.findings if f.rule == 'notification'] == ['deadline_under_reading']
    # A grant is notified under both readings: nothing is marked.
    granted = {'case_id': 'G', 'events': denied['events'][:2] + [
        {'type': 'decided', 'date': '2026-01-20', 'outcome': 'granted'}, {'type': 'notified', 'date': '2026-01-21'}]}
    assert not one(egca.timeline(granted, D(2026, 2, 1)), 'notification').ambiguous


def test_hearing_held_from_the_end_of_the_five_days():
    # Told Tue 01-06, asked 01-08. request (default): 20 working days from 01-08: 01-09 (1), 12..16 (6),
    # 19..23 (11), 26..30 (16), 02-02..05 (20). after_five_days: from Mon 01-12 (the five days' end, Sun 01-11
    # moved): 01-13..16 (4), 19..23 (9), 26..30 (14), 02-02..06 (19), 02-09 (20).
    d = one(egca.timeline(HEARING, D(2026, 1, 20)), 'hearing_held')
    assert [(r.reading, r.due) for r in d.readings] == [('request', D(2026, 2, 5)), ('after_five_days', D(2026, 2, 9))]
    t = egca.timeline(HEARING, D(2026, 1, 20), readings={'hearing_held_from': 'after_five_days'})
    assert (one(t, 'hearing_held').anchor, one(t, 'hearing_held').due) == (D(2026, 1, 12), D(2026, 2, 9))


def test_hearing_pause_from_the_notice_of_the_right():
    # Accepted Mon 01-05; told of the right 01-06, asked 01-08, held 01-19. request (default): 01-06, 07 (2),
    # paused 01-08..19, 01-20..23 (6), 26..30 (11), 02-02..06 (16), 02-09..12 (20). right_notified: paused
    # 01-06..19, 01-20..23 (4), 26..30 (9), 02-02..06 (14), 02-09..13 (19), Sat 02-14 (a worked day, 20).
    d = one(egca.timeline(HEARING, D(2026, 1, 20)), 'decision')
    assert [(r.reading, r.due) for r in d.readings if r.question == 'hearing_pause'] == [
        ('request', D(2026, 2, 12)), ('right_notified', D(2026, 2, 14))]
    t = egca.timeline(HEARING, D(2026, 1, 20), readings={'hearing_pause': 'right_notified'})
    assert one(t, 'decision').due == D(2026, 2, 14)
