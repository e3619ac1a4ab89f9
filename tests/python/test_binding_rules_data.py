"""Time limits are data: a rule added to deadlines.json is computed and applied like a shipped one.

tests/data/rules/valid-copied-rule is the shipped rules directory with a copy of `notification` under the
id `notification_copy`; tests/data/rules/valid-seventeen-versions adds sixteen later versions of
`acceptance` (the seventeenth, from 2026-03-01, counts 8 working days). Every example case is evaluated
with each, and the answers are compared with the original rule's and with hand counts.
"""
import datetime
import json
import os
import pathlib

import pytest

import egca

D = datetime.date
SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
RULES = SOURCE_DIR / 'tests' / 'data' / 'rules'
CASES = sorted((SOURCE_DIR / 'examples').glob('case-*.json'))


def instances(result, rule):
    return [{k: v for k, v in entry.to_dict().items() if k != 'rule'} for entry in result.deadlines
            if entry.rule == rule]


def without_readings(entries):
    return [{k: v for k, v in e.items() if k not in ('ambiguous', 'other_reading', 'readings')} for e in entries]


def test_copied_rule_is_listed_computed_and_applied_like_the_original():
    rules = egca.Rules.load(RULES / 'valid-copied-rule')
    assert rules.deadline_ids[-1] == 'notification_copy'
    original = egca.deadline('notification', D(2025, 12, 22), rules=rules).to_dict()
    copy = egca.deadline('notification_copy', D(2025, 12, 22), rules=rules).to_dict()
    assert copy.pop('rule') == 'notification_copy'
    original.pop('rule')
    assert copy == original
    # 10 working days after Mon 2025-12-22: 12-23..26 (4), 12-29..31 (7); 01-01..03 are holidays and Sun
    # 01-04 a make-up working day (8), then 01-05 (9) and 01-06 (10).
    assert copy['due'] == D(2026, 1, 6)
    seen = 0
    for path in CASES:
        for as_of in (D(2025, 10, 10), D(2026, 3, 31), D(2026, 12, 31)):
            result = egca.timeline(path, as_of, rules=rules)
            plain = egca.timeline(path, as_of)
            # A question of readings.json names the original by its id (notification_of_a_denial sets
            # `notification`), not the copy: the copy's instances are the original's without its readings.
            assert (without_readings(instances(result, 'notification_copy')) ==
                    without_readings(instances(result, 'notification')))
            assert instances(result, 'notification') == instances(plain, 'notification')
            # Nothing else moves: the shipped rules' instances are those of the shipped rule set.
            assert [e.to_dict() for e in result.deadlines if e.rule != 'notification_copy'] == \
                [e.to_dict() for e in plain.deadlines]
            seen += len(instances(result, 'notification_copy'))
    assert seen > 0


def test_seventeenth_version_is_used_by_deadline_and_timeline():
    rules = egca.Rules.load(RULES / 'valid-seventeen-versions')
    # Received Mon 2026-03-02 under the 17th version (8 working days): 03-03..06, 03-09..12.
    d = egca.deadline('acceptance', D(2026, 3, 2), rules=rules)
    assert (d.due, d.count, d.effective_from) == (D(2026, 3, 12), 8, D(2026, 3, 1))
    case = {'case_id': 'v17', 'events': [{'type': 'received', 'date': '2026-03-02'}]}
    t = egca.timeline(case, D(2026, 3, 5), rules=rules)
    (entry,) = [e for e in t.deadlines if e.rule == 'acceptance']
    assert entry.due == d.due == D(2026, 3, 12)
    # Under the 16th (from 2026-02-01, 6 working days): received Fri 2026-02-27, Sat 02-28 is a make-up
    # working day (1), then 03-02..06 (2..6) -> 2026-03-06, in both.
    d16 = egca.deadline('acceptance', D(2026, 2, 27), rules=rules)
    t16 = egca.timeline({'case_id': 'v16', 'events': [{'type': 'received', 'date': '2026-02-27'}]},
                        D(2026, 3, 5), rules=rules)
    assert (d16.due, d16.count) == (t16.deadlines[0].due, 6) and d16.due == D(2026, 3, 6)


def test_a_date_before_the_first_version_is_treated_alike():
    # 2024-10-31, the day before the Measures: the 商用密码管理条例's version (in force 2023-07-01) applies in
    # both, and gives the same day: 5 working days after Thu 10-31 are 11-01 and 11-04..07.
    d = egca.deadline('acceptance', D(2024, 10, 31))
    assert d.in_force is True and d.due == D(2024, 11, 7) and d.effective_from == D(2023, 7, 1)
    t = egca.timeline({'case_id': 'early', 'events': [{'type': 'received', 'date': '2024-10-31'}]},
                      D(2024, 11, 1))
    assert t.deadlines[0].due == d.due
    assert [f.code for f in t.findings] == []
    # Before the licence existed (密码法 第二十九条, in force 2020-01-01) the deadline is refused, saying why;
    # the timeline's instance cannot be computed and says the same why (status unknown, its reason), in the
    # call's language.
    with pytest.raises(egca.InputError, match='早于2020-01-01') as refused:
        egca.deadline('acceptance', D(2019, 12, 31))
    t = egca.timeline({'case_id': 'early', 'events': [{'type': 'received', 'date': '2019-12-31'}]},
                      D(2020, 1, 2))
    # The decision's period runs from an acceptance that could not be computed: unknown for the same reason.
    assert [(e.rule, e.status, e.due) for e in t.deadlines] == [('acceptance', 'unknown', None),
                                                                ('decision', 'unknown', None)]
    for entry in t.deadlines:
        assert entry.reason in str(refused.value) and '密码法 第二十九条' in entry.reason
    assert t.clean
    # In English both say the rules' English reason.
    with pytest.raises(egca.InputError, match='is before 2020-01-01') as refused:
        egca.deadline('acceptance', D(2019, 12, 31), lang='en')
    t = egca.timeline({'case_id': 'early', 'events': [{'type': 'received', 'date': '2019-12-31'}]},
                      D(2020, 1, 2), lang='en')
    for entry in t.deadlines:
        assert entry.reason in str(refused.value) and 'Article 29 of the Cryptography Law' in entry.reason


def test_the_new_clocks_are_reached_from_python():
    ids = egca.Rules.default().deadline_ids
    for rule in ('certificate_delivery', 'reconsideration', 'litigation', 'litigation_after_reconsideration',
                 'hearing_request', 'hearing_held', 'hearing_notice', 'change_decision'):
        assert rule in ids
    # 行政诉讼法 第四十六条: six months after 2026-01-21 is 07-21, counted in months.
    d = egca.deadline('litigation', D(2026, 1, 21))
    assert (d.due, d.unit, d.count) == (D(2026, 7, 21), 'months', 6)
    # 行政许可法 第四十四条: granted Tue 2026-01-20, the certificate due by 02-03 (01-21..23, 01-26..30,
    # 02-02..03); issued 06-01 it is late, with the finding certificate_late.
    case = {'case_id': 'late-certificate', 'events': [
        {'type': 'received', 'date': '2026-01-05'},
        {'type': 'accepted', 'date': '2026-01-05'},
        {'type': 'decided', 'date': '2026-01-20', 'outcome': 'granted'},
        {'type': 'notified', 'date': '2026-01-21'},
        {'type': 'certificate_issued', 'date': '2026-06-01'}]}
    t = egca.timeline(case, D(2026, 6, 2))
    (delivery,) = [e for e in t.deadlines if e.rule == 'certificate_delivery']
    assert (delivery.due, delivery.status, delivery.met_on) == (D(2026, 2, 3), 'late', D(2026, 6, 1))
    assert [f.code for f in t.findings if f.violation] == ['certificate_late']  # the decision was in time
    assert t.clean is False
    # A denial notified on 2026-01-21 opens 行政复议 by 03-23 (03-22 is a Sunday) and 行政诉讼 by 07-21.
    denied = {'case_id': 'denied', 'events': [
        {'type': 'received', 'date': '2026-01-05'},
        {'type': 'accepted', 'date': '2026-01-05'},
        {'type': 'decided', 'date': '2026-01-20', 'outcome': 'denied'},
        {'type': 'notified', 'date': '2026-01-21'}]}
    t = egca.timeline(denied, D(2026, 2, 1))
    got = {e.rule: (e.anchor, e.due, e.status) for e in t.deadlines if e.rule in ('reconsideration', 'litigation')}
    assert got == {'reconsideration': (D(2026, 1, 21), D(2026, 3, 23), 'pending'),
                   'litigation': (D(2026, 1, 21), D(2026, 7, 21), 'pending')}
    assert not [e for e in t.deadlines if e.rule == 'certificate_delivery']
