"""The remedies' start (question remedy_knowledge_day), the acceptance of change and renewal applications, an
instance no rule version can compute (status unknown), the hearing notice counted back in calendar days, and
the remedies' older texts (行政复议法 2017, 行诉解释 第六十四条): docs/case.md, docs/rules.md.

Every expected date is counted by hand in the comment beside it from the State Council notices (2023: 09-29..
10-06 中秋节、国庆节 with Sat 10-07 and Sun 10-08 worked; 2024: 元旦 01-01, 春节 02-10..17; 2026: 02-15..23 春节
with Sat 02-14 and Sat 02-28 worked, 10-01..07 国庆节 with Sat 10-10 worked).
"""
import datetime
import re

import pytest

import egca

D = datetime.date

DENIAL = [{'type': 'received', 'date': '2026-01-05'}, {'type': 'accepted', 'date': '2026-01-05'},
          {'type': 'decided', 'date': '2026-01-20', 'outcome': 'denied'},
          {'type': 'notified', 'date': '2026-01-21'}]


def case(events, case_id='C'):
    return {'case_id': case_id, 'events': events}


def one(timeline, rule, ref=None):
    found = [d for d in timeline.deadlines if d.rule == rule and d.ref == ref]
    assert len(found) == 1, [(d.rule, d.ref) for d in timeline.deadlines]
    return found[0]


def readings(entry, question):
    return [(r.reading, r.chosen, r.due, r.status) for r in entry.readings if r.question == question]


# --- 1. remedy_knowledge_day: from the day the denial was made known, or from the delivery of the decision ----

def test_remedies_run_from_the_notice_or_from_the_delivery():
    # Notified Wed 01-21, the decision delivered (签收) Mon 01-26.
    # known (default): 行政复议 01-21 + 60 days = Sun 03-22 -> Mon 03-23 (民事诉讼法 第八十五条); 行政诉讼 six
    # months = Tue 07-21. delivered: 01-26 + 60 = Fri 03-27 (01-31 is day 5, 02-28 day 33); six months = Sun
    # 07-26 -> Mon 07-27 (行诉解释 第四十八条).
    c = case(DENIAL + [{'type': 'decision_delivered', 'date': '2026-01-26'}])
    t = egca.timeline(c, D(2026, 2, 1))
    r, s = one(t, 'reconsideration'), one(t, 'litigation')
    assert (r.anchor, r.due, r.status, r.ambiguous) == (D(2026, 1, 21), D(2026, 3, 23), 'pending', True)
    assert readings(r, 'remedy_knowledge_day') == [('known', True, D(2026, 3, 23), 'pending'),
                                                   ('delivered', False, D(2026, 3, 27), 'pending')]
    assert (s.anchor, s.due) == (D(2026, 1, 21), D(2026, 7, 21))
    assert readings(s, 'remedy_knowledge_day') == [('known', True, D(2026, 7, 21), 'pending'),
                                                   ('delivered', False, D(2026, 7, 27), 'pending')]
    t = egca.timeline(c, D(2026, 2, 1), readings={'remedy_knowledge_day': 'delivered'})
    r, s = one(t, 'reconsideration'), one(t, 'litigation')
    assert (r.anchor, r.due, s.anchor, s.due) == (D(2026, 1, 26), D(2026, 3, 27), D(2026, 1, 26), D(2026, 7, 27))
    assert readings(r, 'remedy_knowledge_day')[0] == ('known', False, D(2026, 3, 23), 'pending')


def test_a_filing_between_the_two_days_is_late_under_one_reading_only():
    # 行政复议 applied for on Wed 03-25: after 03-23, before 03-27.
    c = case(DENIAL + [{'type': 'decision_delivered', 'date': '2026-01-26'},
                       {'type': 'reconsideration_filed', 'date': '2026-03-25'}])
    t = egca.timeline(c, D(2026, 4, 1))
    r = one(t, 'reconsideration')
    assert (r.status, r.met_on) == ('late', D(2026, 3, 25))
    assert readings(r, 'remedy_knowledge_day') == [('known', True, D(2026, 3, 23), 'late'),
                                                   ('delivered', False, D(2026, 3, 27), 'met')]
    assert not t.clean
    t = egca.timeline(c, D(2026, 4, 1), readings={'remedy_knowledge_day': 'delivered'})
    assert one(t, 'reconsideration').status == 'met'
    # The suit's period gave way to the 行政复议 chosen (行政诉讼法 第四十四条): no breach either way.
    assert one(t, 'litigation').status == 'not_applicable'


def test_no_delivery_or_one_on_the_same_day_leaves_nothing_open():
    for extra in ([], [{'type': 'decision_delivered', 'date': '2026-01-21'}]):
        t = egca.timeline(case(DENIAL + extra), D(2026, 2, 1))
        r = one(t, 'reconsideration')
        assert (r.due, readings(r, 'remedy_knowledge_day')) == (D(2026, 3, 23), [])


@pytest.mark.parametrize('events, pointer, message, message_zh', [
    ([{'type': 'received', 'date': '2026-01-05'}, {'type': 'decision_delivered', 'date': '2026-01-06'}],
     '/events/1', 'decision_delivered without a decision or refusal made known',
     'decision_delivered之前没有已告知且尚未送达的决定或不予受理'),
    (DENIAL + [{'type': 'decision_delivered', 'date': '2026-01-26'},
               {'type': 'decision_delivered', 'date': '2026-01-27'}],
     '/events/5', 'decision_delivered without a decision or refusal made known',
     'decision_delivered之前没有已告知且尚未送达的决定或不予受理'),
])
def test_a_delivery_needs_an_act_made_known_before_it(events, pointer, message, message_zh):
    with pytest.raises(egca.InputError, match=message) as e:
        egca.timeline(case(events), D(2026, 2, 1), lang='en')
    assert e.value.pointer == pointer
    with pytest.raises(egca.InputError, match=message_zh) as e:
        egca.timeline(case(events), D(2026, 2, 1))
    assert e.value.pointer == pointer


def test_a_refusal_to_accept_ends_the_case_but_its_delivery_may_follow():
    # 不予受理 on Mon 2026-03-02, delivered Thu 03-05: 03-05 + 60 days = Mon 05-04 (03-31 is day 26, 04-30 day
    # 56), inside 劳动节 05-01..05: the day after it, Wed 05-06.
    c = case([{'type': 'received', 'date': '2026-02-26'}, {'type': 'rejected', 'date': '2026-03-02'},
              {'type': 'decision_delivered', 'date': '2026-03-05'}])
    t = egca.timeline(c, D(2026, 3, 10), readings={'remedy_knowledge_day': 'delivered'})
    assert (one(t, 'reconsideration').anchor, one(t, 'reconsideration').due) == (D(2026, 3, 5), D(2026, 5, 6))


# --- 2. the acceptance of change and renewal applications (行政许可法 第三十二条) -----------------------------

CERTIFIED = [{'type': 'certificate_issued', 'date': '2025-03-10', 'expires': '2030-03-09'}]


def test_change_and_renewal_acceptance_met_late_and_deemed():
    c = case(CERTIFIED + [
        {'type': 'change_occurred', 'date': '2026-01-05', 'ref': 'address'},
        {'type': 'change_filed', 'date': '2026-01-20', 'ref': 'address'},
        {'type': 'change_answered', 'date': '2026-01-27', 'ref': 'address', 'answer': 'accepted'},
        {'type': 'change_occurred', 'date': '2026-01-06', 'ref': 'name'},
        {'type': 'change_filed', 'date': '2026-02-10', 'ref': 'name'},
        {'type': 'renewal_filed', 'date': '2026-03-02'},
        {'type': 'renewal_answered', 'date': '2026-03-10', 'answer': 'correction_requested'},
    ])
    t = egca.timeline(c, D(2026, 3, 20))
    # Filed Tue 01-20: 01-21, 22, 23, 26, 27: accepted on the last day.
    a = one(t, 'change_acceptance', 'address')
    assert (a.anchor, a.due, a.status, a.met_on) == (D(2026, 1, 20), D(2026, 1, 27), 'met', D(2026, 1, 27))
    # Filed Tue 02-10: 02-11, 12, 13, Sat 14 (worked), then 春节 to 02-23: 02-24. Unanswered: accepted from the
    # filing (第三十二条第一款第（四）项).
    n = one(t, 'change_acceptance', 'name')
    assert (n.anchor, n.due, n.status) == (D(2026, 2, 10), D(2026, 2, 24), 'deemed')
    # Filed Mon 03-02: 03-03..06, 03-09; the correction notice of 03-10 is a day late.
    r = one(t, 'renewal_acceptance')
    assert (r.anchor, r.due, r.status, r.met_on) == (D(2026, 3, 2), D(2026, 3, 9), 'late', D(2026, 3, 10))
    deemed = [(f.rule, f.date) for f in t.findings if f.code == 'deemed_accepted']
    assert deemed == [('change_acceptance', D(2026, 2, 10)), ('renewal_acceptance', D(2026, 3, 2))]
    assert all(f.violation for f in t.findings if f.code == 'deemed_accepted')


def test_a_renewal_decision_answers_its_acceptance():
    # Filed Tue 2026-03-03 and decided Thu 03-05 without an acceptance recorded: the decision answers it.
    c = case(CERTIFIED + [{'type': 'renewal_filed', 'date': '2026-03-03'},
                          {'type': 'renewal_decided', 'date': '2026-03-05', 'outcome': 'granted'}])
    r = one(egca.timeline(c, D(2026, 3, 20)), 'renewal_acceptance')
    assert (r.due, r.status, r.met_on) == (D(2026, 3, 10), 'met', D(2026, 3, 5))


def test_a_change_filed_on_a_saturday_counts_from_the_office_s_next_working_day():
    # Filed Sat 2026-03-07 (question receipt_after_hours): from Mon 03-09, 03-10..13, 03-16; as dated, the
    # days 03-09..13.
    c = case(CERTIFIED + [{'type': 'change_occurred', 'date': '2026-03-02', 'ref': 'C'},
                          {'type': 'change_filed', 'date': '2026-03-07', 'ref': 'C'}])
    a = one(egca.timeline(c, D(2026, 3, 10)), 'change_acceptance', 'C')
    assert (a.due, a.status) == (D(2026, 3, 16), 'pending')
    assert readings(a, 'receipt_after_hours') == [('next_working_day', True, D(2026, 3, 16), 'pending'),
                                                  ('as_dated', False, D(2026, 3, 13), 'pending')]


@pytest.mark.parametrize('extra, pointer, message, message_zh', [
    ([{'type': 'change_answered', 'date': '2026-01-27', 'ref': 'X', 'answer': 'accepted'}], '/events/1/ref',
     'no change_filed with it came before', '但此前没有带此ref的change_filed'),
    ([{'type': 'change_occurred', 'date': '2026-01-05', 'ref': 'X'},
      {'type': 'change_answered', 'date': '2026-01-27', 'ref': 'X', 'answer': 'accepted'}], '/events/2/ref',
     'no change_filed with it came before', 'change_answered指向ref"X"，但此前没有带此ref的change_filed'),
    ([{'type': 'renewal_answered', 'date': '2026-01-27', 'answer': 'accepted'}], '/events/1',
     'renewal_answered without a renewal filed and not yet answered', 'renewal_answered之前没有已申请且尚未答复的延续'),
    ([{'type': 'renewal_filed', 'date': '2026-01-20'}, {'type': 'renewal_answered', 'date': '2026-01-27'}],
     '/events/2', 'missing required field "answer"', '缺少必填字段"answer"'),
    ([{'type': 'renewal_filed', 'date': '2026-01-20'},
      {'type': 'renewal_answered', 'date': '2026-01-27', 'answer': 'approved'}], '/events/2/answer',
     'unknown answer "approved"', '未知答复"approved"（accepted、correction_requested或rejected）'),
    ([{'type': 'renewal_filed', 'date': '2026-01-20', 'answer': 'accepted'}], '/events/1/answer',
     'unknown field "answer"', '未知字段"answer"（renewal_filed类型的事件不带此字段）'),
])
def test_answers_are_checked(extra, pointer, message, message_zh):
    with pytest.raises(egca.InputError, match=message) as e:
        egca.timeline(case(CERTIFIED + extra), D(2026, 2, 1), lang='en')
    assert e.value.pointer == pointer
    with pytest.raises(egca.InputError, match=re.escape(message_zh)) as e:
        egca.timeline(case(CERTIFIED + extra), D(2026, 2, 1))
    assert e.value.pointer == pointer


# --- 3. an instance no version computes: unknown, with the reason `deadline` refuses the day with -----------

def refusal(rule, day):
    with pytest.raises(egca.InputError) as e:
        egca.deadline(rule, day)
    return str(e.value)


def refusal_en(rule, day):
    with pytest.raises(egca.InputError) as e:
        egca.deadline(rule, day, lang='en')
    return str(e.value)


def test_change_filing_at_the_measures_boundary():
    # 办法 第十四条 from 2024-11-01: a change of Thu 2024-10-31 has no known period; one of Fri 11-01 has 30 days,
    # Sun 12-01 -> Mon 12-02 (民法典 第二百零三条). Their acceptance (行政许可法, from 2020) is computed: filed Wed
    # 11-20, 11-21, 22, 25, 26, 27.
    c = case([{'type': 'certificate_issued', 'date': '2024-06-03', 'expires': '2029-06-02'},
              {'type': 'change_occurred', 'date': '2024-10-31', 'ref': 'C1'},
              {'type': 'change_occurred', 'date': '2024-11-01', 'ref': 'C2'},
              {'type': 'change_filed', 'date': '2024-11-20', 'ref': 'C1'},
              {'type': 'change_answered', 'date': '2024-11-22', 'ref': 'C1', 'answer': 'accepted'},
              {'type': 'change_filed', 'date': '2024-12-02', 'ref': 'C2'},
              {'type': 'change_answered', 'date': '2024-12-04', 'ref': 'C2', 'answer': 'accepted'}])
    t = egca.timeline(c, D(2024, 12, 31))
    c1, c2 = one(t, 'change_filing', 'C1'), one(t, 'change_filing', 'C2')
    assert (c1.status, c1.due, c1.met_on) == ('unknown', None, None)
    assert '第十四条自2024-11-01施行' in c1.reason and c1.reason in refusal('change_filing', D(2024, 10, 31))
    assert (c2.status, c2.due, c2.met_on) == ('met', D(2024, 12, 2), D(2024, 12, 2))
    assert not hasattr(c2, 'reason')
    assert (one(t, 'change_acceptance', 'C1').due, one(t, 'change_acceptance', 'C1').status) == (D(2024, 11, 27), 'met')
    # Unknown is no breach: nothing else is late.
    assert t.clean


def test_renewal_filing_at_the_measures_boundary():
    # A term ending Thu 2024-10-31: 办法 第十五条 was not in force, the filing day is unknown. Ending Fri 11-01:
    # 60 days before is Mon 09-02.
    old = egca.timeline(case([{'type': 'certificate_issued', 'date': '2020-11-01', 'expires': '2024-10-31'}]),
                        D(2024, 6, 1))
    f = one(old, 'renewal_filing')
    assert (f.anchor, f.status) == (D(2024, 10, 31), 'unknown')
    assert f.reason in refusal('renewal_filing', D(2024, 10, 31))
    new = egca.timeline(case([{'type': 'certificate_issued', 'date': '2020-11-02', 'expires': '2024-11-01'}]),
                        D(2024, 6, 1))
    assert (one(new, 'renewal_filing').due, one(new, 'renewal_filing').status) == (D(2024, 9, 2), 'pending')


def test_the_licence_boundary_in_json_and_text(tmp_path):
    # Received 2019-12-31: before 密码法 第二十九条 (2020-01-01); received 2020-01-02 (Thu): 5 working days,
    # 01-03, 06..09.
    before = case([{'type': 'received', 'date': '2019-12-31'}, {'type': 'accepted', 'date': '2020-01-03'}])
    t = egca.timeline(before, D(2020, 3, 1))
    a, d = one(t, 'acceptance'), one(t, 'decision')
    assert (a.status, a.due) == ('unknown', None) and '密码法 第二十九条' in a.reason
    # The acceptance recorded on 2020-01-03 starts the decision period, computed as `deadline decision
    # 2020-01-03` computes it.
    assert d.status != 'unknown' and d.due == egca.deadline('decision', D(2020, 1, 3)).due
    after = egca.timeline(case([{'type': 'received', 'date': '2020-01-02'}]), D(2020, 1, 3))
    assert one(after, 'acceptance').due == D(2020, 1, 9)


# --- 4. the hearing's notice counted back in calendar days: no rest-day roll -------------------------------------

def test_hearing_notice_in_calendar_days_keeps_a_holiday_as_its_last_day():
    # A hearing on Mon 2026-03-02: 7 days before is Mon 02-23, the last day of 春节. Counted back, the day is
    # kept (the notice protects the applicant's 7 days; 民法典 第二百零三条 moves a last day later, which would
    # cut them to 6): a notice on Tue 02-24 is late. Working days: 02-27, Sat 02-28, 02-26, 25, 24, then 春节
    # back to Sat 02-14 (6) and Fri 02-13 (7).
    d = egca.deadline('hearing_notice', D(2026, 3, 2), readings={'hearing_notice_days': 'days'})
    assert d.due == D(2026, 2, 23)
    assert egca.deadline('hearing_notice', D(2026, 3, 2)).due == D(2026, 2, 13)
    c = case([{'type': 'received', 'date': '2026-01-05'}, {'type': 'accepted', 'date': '2026-01-05'},
              {'type': 'hearing_right_notified', 'date': '2026-02-09'},
              {'type': 'hearing_requested', 'date': '2026-02-10'},
              {'type': 'hearing_notified', 'date': '2026-02-24'},
              {'type': 'hearing_held', 'date': '2026-03-02'}])
    n = one(egca.timeline(c, D(2026, 3, 3), readings={'hearing_notice_days': 'days'}), 'hearing_notice')
    assert (n.due, n.status, n.met_on) == (D(2026, 2, 23), 'late', D(2026, 2, 24))


# --- 5. the older texts of the remedies ------------------------------------------------------------------------

def test_reconsideration_under_the_2017_law_and_the_2023_revision():
    # 行政复议法 (2017) 第九条第一款: 60 days, counted by the 民事诉讼法 (第四十条). Sun 2023-12-31 + 60 = Thu
    # 2024-02-29; from 2024-01-01 the 2023 revision (第二十条): Fri 03-01.
    old, new = egca.deadline('reconsideration', D(2023, 12, 31)), egca.deadline('reconsideration', D(2024, 1, 1))
    assert (old.due, old.effective_from) == (D(2024, 2, 29), D(2020, 1, 1))
    assert (new.due, new.effective_from) == (D(2024, 3, 1), D(2024, 1, 1))
    assert any('第九条第一款' in b.article for b in old.basis)


UNTOLD_2023 = [{'type': 'received', 'date': '2023-02-01'}, {'type': 'accepted', 'date': '2023-02-01'},
               {'type': 'decided', 'date': '2023-02-27', 'outcome': 'denied'},
               {'type': 'notified', 'date': '2023-03-01', 'remedies_told': False}]


def test_remedies_not_told_before_2024():
    # Not told yet: the 2017 law set no cap (行政复议法实施条例 第十五条第一款第（五）项: from the later notice), so
    # the 行政复议 period has not begun: unknown, with why. The suit's period is capped by 行诉解释 第六十四条: one
    # year from knowing the act, Fri 2024-03-01.
    t = egca.timeline(case(UNTOLD_2023), D(2023, 6, 1))
    r, s = one(t, 'reconsideration'), one(t, 'litigation')
    assert (r.status, r.due) == ('unknown', None) and '第十五条第一款第（五）项' in r.reason
    assert r.reason in refusal('reconsideration_untold', D(2023, 3, 1))
    assert (s.due, s.status) == (D(2024, 3, 1), 'pending')
    # Told on Mon 2023-04-03: 行政复议 60 days, Fri 06-02, uncapped; the suit six months, Tue 10-03 in the
    # 国庆 holiday -> Sat 10-07 (a worked day), before the cap.
    t = egca.timeline(case(UNTOLD_2023 + [{'type': 'remedies_notified', 'date': '2023-04-03'}]), D(2023, 6, 1))
    assert one(t, 'reconsideration').due == D(2023, 6, 2)
    assert one(t, 'litigation').due == D(2023, 10, 7)


def test_a_suit_whose_period_was_not_told_is_capped_at_one_year():
    # 行诉解释 第六十四条第一款. Notified Wed 2026-01-21 without the remedies, told Mon 03-02: six months from the
    # telling, Wed 09-02, inside one year from knowing the act.
    c = case(DENIAL[:3] + [{'type': 'notified', 'date': '2026-01-21', 'remedies_told': False},
                           {'type': 'remedies_notified', 'date': '2026-03-02'}])
    s = one(egca.timeline(c, D(2026, 3, 3)), 'litigation')
    assert (s.anchor, s.due, s.status) == (D(2026, 1, 21), D(2026, 9, 2), 'pending')
    # Notified Mon 2025-03-10 without them, told Mon 2025-12-01: six months would reach Mon 2026-06-01, past the
    # year, Tue 2026-03-10: the cap stands.
    c = case([{'type': 'received', 'date': '2025-02-10'}, {'type': 'accepted', 'date': '2025-02-10'},
              {'type': 'decided', 'date': '2025-03-07', 'outcome': 'denied'},
              {'type': 'notified', 'date': '2025-03-10', 'remedies_told': False},
              {'type': 'remedies_notified', 'date': '2025-12-01'}])
    s = one(egca.timeline(c, D(2025, 12, 2)), 'litigation')
    assert (s.due, s.status) == (D(2026, 3, 10), 'pending')


def test_the_page_says_why_an_instance_is_unknown():
    # The HTML table writes the reason beside the status, as the text and the JSON do.
    t = egca.timeline(case([{'type': 'certificate_issued', 'date': '2023-05-10'}]), D(2026, 1, 5))
    entry = one(t, 'certificate_validity')
    assert entry.status == 'unknown' and '第十二条自2024-11-01施行' in entry.reason
    assert '无法计算 <code>unknown</code>：' + entry.reason in t.to_html()
    # In English the label, the reason (the rules' refused_en) and the page.
    en = egca.timeline(case([{'type': 'certificate_issued', 'date': '2023-05-10'}]), D(2026, 1, 5), lang='en')
    entry = one(en, 'certificate_validity')
    assert entry.status == 'unknown' and 'Article 12 of the Measures' in entry.reason
    assert entry.reason in refusal_en('certificate_validity', D(2023, 5, 10))
    assert 'cannot be computed <code>unknown</code>: ' + entry.reason in en.to_html()


def test_a_reconsideration_decision_that_did_not_tell_the_suit_s_period():
    # 行诉解释 第六十四条第二款: the 15 days (行政诉讼法 第四十五条) run from the telling, at most one year from
    # receiving the decision. Received Tue 2025-04-01 without the period: not told yet, the last day is the
    # year's, Wed 2026-04-01; told Tue 05-06: 15 days, Wed 05-21.
    base = [{'type': 'received', 'date': '2025-02-10'}, {'type': 'accepted', 'date': '2025-02-10'},
            {'type': 'decided', 'date': '2025-03-07', 'outcome': 'denied'},
            {'type': 'notified', 'date': '2025-03-10'},
            {'type': 'reconsideration_filed', 'date': '2025-03-12'},
            {'type': 'reconsideration_decided', 'date': '2025-04-01', 'remedies_told': False}]
    s = one(egca.timeline(case(base), D(2025, 5, 1)), 'litigation_after_reconsideration')
    assert (s.anchor, s.due, s.status) == (D(2025, 4, 1), D(2026, 4, 1), 'pending')
    t = egca.timeline(case(base + [{'type': 'remedies_notified', 'date': '2025-05-06'}]), D(2025, 5, 7))
    s = one(t, 'litigation_after_reconsideration')
    assert (s.due, s.status) == (D(2025, 5, 21), 'pending')
    # Told, the 15 days from receiving it: Wed 04-16.
    told = [dict(e) for e in base]
    del told[-1]['remedies_told']
    assert one(egca.timeline(case(told), D(2025, 4, 2)), 'litigation_after_reconsideration').due == D(2025, 4, 16)


def test_certificate_term_at_the_measures_boundary():
    # 办法 第十二条 from 2024-11-01: a certificate issued Thu 2024-10-31 without its printed term has no known
    # term (nor renewal rules after it); one issued Fri 11-01 runs five years, to Thu 2029-11-01.
    old = egca.timeline(case([{'type': 'certificate_issued', 'date': '2024-10-31'}]), D(2025, 1, 2))
    assert [(e.rule, e.status) for e in old.deadlines] == [('certificate_validity', 'unknown')]
    assert old.deadlines[0].reason in refusal('certificate_validity', D(2024, 10, 31))
    new = egca.timeline(case([{'type': 'certificate_issued', 'date': '2024-11-01'}]), D(2025, 1, 2))
    v = one(new, 'certificate_validity')
    assert (v.due, v.status) == (D(2029, 11, 1), 'valid')
