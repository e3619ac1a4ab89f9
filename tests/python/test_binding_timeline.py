"""The Python binding's timelines: egca.timeline over the case module.

The example cases (examples/case-*.json): against the golden files of tests/data/cases/golden/ and, on
several dates, against `egca timeline --format json` where EGCA_BIN is set; every invalid case of
tests/data/cases/invalid/ with its exact error; cases given as dicts with datetime.date values; strict
mode and warnings.
"""
import datetime
import json
import os
import pathlib
import subprocess
import warnings

import pytest

import egca

D = datetime.date
SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
EXAMPLES = SOURCE_DIR / 'examples'
CASES = sorted(p.name for p in EXAMPLES.glob('case-*.json'))
CASE_DATA = SOURCE_DIR / 'tests' / 'data' / 'cases'
# The Chinese golden files (NAME.DAY.json); NAME.DAY.en.json are the command's English (tests/cli).
GOLDEN = sorted(p.name for p in (CASE_DATA / 'golden').glob('*.json') if not p.name.endswith('.en.json'))
INVALID = sorted(p.stem for p in (CASE_DATA / 'invalid').glob('*.error'))
EGCA_BIN = os.environ.get('EGCA_BIN')
needs_egca = pytest.mark.skipif(not EGCA_BIN, reason='EGCA_BIN is not set (the built egca command)')


def load(name):
    return json.loads((EXAMPLES / name).read_text(encoding='utf-8'))


@needs_egca
@pytest.mark.parametrize('name', CASES)
@pytest.mark.parametrize('as_of', ['2025-10-10', '2026-03-31', '2026-06-01', '2026-12-31'])
def test_same_json_as_the_command_line(name, as_of):
    path = EXAMPLES / name
    p = subprocess.run([EGCA_BIN, 'timeline', str(path), '--as-of', as_of, '--format', 'json'],
                       capture_output=True, timeout=60)
    assert p.returncode in (0, 1), p.stderr
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', egca.ProvisionalWarning)
        mine = egca.timeline(path, D.fromisoformat(as_of))
        from_dict = egca.timeline(load(name), D.fromisoformat(as_of))
    assert mine.to_dict(json=True) == json.loads(p.stdout)
    assert mine.clean == (p.returncode == 0)
    assert from_dict == mine


@pytest.mark.parametrize('golden', GOLDEN)
def test_golden_files(golden):
    name, as_of, _ = golden.rsplit('.', 2)
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', egca.ProvisionalWarning)
        mine = egca.timeline(EXAMPLES / f'{name}.json', D.fromisoformat(as_of))
    assert mine.to_dict(json=True) == json.loads((CASE_DATA / 'golden' / golden).read_text(encoding='utf-8'))


@pytest.mark.parametrize('name', INVALID)
def test_invalid_cases_with_their_exact_errors(name):
    path = CASE_DATA / 'invalid' / f'{name}.json'
    want = (CASE_DATA / 'invalid' / f'{name}.error').read_text(encoding='utf-8').strip()
    with pytest.raises(egca.InputError) as info:
        egca.timeline(path, D(2026, 6, 30))
    e = info.value
    assert str(e).replace(str(path), f'{name}.json') == want
    assert e.source == str(path)
    if e.pointer is not None:
        assert f': {e.pointer}: ' in want


def test_granted_case():
    t = egca.timeline(EXAMPLES / 'case-granted.json', D(2026, 6, 1))
    assert t.case_id == 'GD-2025-017' and t.as_of == D(2026, 6, 1)
    first = t.deadlines[0]
    assert isinstance(first, egca.TimelineEntry)
    assert (first.rule, first.anchor, first.due, first.status, first.met_on) == (
        'acceptance', D(2025, 9, 30), D(2025, 10, 14), 'met', D(2025, 10, 13))
    assert repr(t).startswith("Timeline(case_id='GD-2025-017', as_of=datetime.date(2026, 6, 1), clean=True, "
                              "deadlines=[acceptance met 2025-10-14")
    assert t.clean is True and all(not f.violation for f in t.findings)


def test_deemed_acceptance_is_a_finding_not_an_error():
    t = egca.timeline(EXAMPLES / 'case-deemed-acceptance.json', D(2026, 6, 1))
    codes = [f.code for f in t.findings]
    assert 'deemed_accepted' in codes
    deemed = t.findings[codes.index('deemed_accepted')]
    assert isinstance(deemed, egca.Finding) and deemed.date == D(2025, 9, 30)
    assert '第三十二条' in deemed.message
    assert deemed.violation is True and t.clean is False


def test_case_as_a_dict_with_dates():
    case = {'case_id': 'PY-1', 'events': [
        {'type': 'received', 'date': D(2025, 9, 30)},
        {'type': 'accepted', 'date': D(2025, 10, 13)},
    ]}
    t = egca.timeline(case, D(2025, 10, 20))
    acceptance = [d for d in t.deadlines if d.rule == 'acceptance'][0]
    assert acceptance.due == D(2025, 10, 14) and acceptance.status == 'met'
    decision = [d for d in t.deadlines if d.rule == 'decision'][0]
    assert decision.status == 'pending' and decision.days_left > 0


def test_case_errors_name_the_event():
    bad_type = {'case_id': 'PY-2', 'events': [{'type': 'received', 'date': '2025-09-30'},
                                              {'type': 'teleported', 'date': '2025-10-01'}]}
    with pytest.raises(egca.InputError) as info:
        egca.timeline(bad_type, D(2025, 10, 20))
    assert info.value.pointer.startswith('/events/1')
    assert info.value.line is None and info.value.source == '<case>'
    bad_date = {'case_id': 'PY-3', 'events': [{'type': 'received', 'date': '2025-9-30'}]}
    with pytest.raises(egca.InputError) as info:
        egca.timeline(bad_date, D(2025, 10, 20))
    assert info.value.pointer == '/events/0/date'
    with pytest.raises(egca.InputError, match='not JSON data'):
        egca.timeline({'case_id': 'PY-4', 'events': [{'type': 'received',
                                                      'date': datetime.datetime(2025, 9, 30, 9, 0)}]},
                      D(2025, 10, 20))
    with pytest.raises(TypeError, match='as_of'):
        egca.timeline(EXAMPLES / 'case-granted.json', '2026-06-01')
    with pytest.raises(egca.InputError, match='policy'):
        egca.timeline(EXAMPLES / 'case-granted.json', D(2026, 6, 1), policy='whenever')


def test_case_file_errors_give_line_and_column(tmp_path):
    path = tmp_path / 'case.json'
    path.write_text('{\n  "case_id": "PY-5",\n  "events": [\n    {"type": "received", "date": 20250930}\n  ]\n}\n')
    with pytest.raises(egca.InputError) as info:
        egca.timeline(path, D(2025, 10, 20))
    e = info.value
    assert e.source == str(path) and e.line == 4 and e.column is not None
    assert e.pointer == '/events/0/date'
    assert str(e).startswith(f'{path}:4:')


def test_tentative_year_warns_and_strict_refuses():
    # On the fixture calendars (tests/data/calendars): 2082 confirmed, 2083 tentative.
    fixture = SOURCE_DIR / 'tests' / 'data' / 'calendars'
    case = {'case_id': 'PY-6', 'events': [{'type': 'received', 'date': '2082-12-28'}]}
    with pytest.warns(egca.ProvisionalWarning, match='2083') as caught:
        t = egca.timeline(case, D(2082, 12, 29), calendar=egca.Calendar.load(fixture))
    assert caught[0].filename == __file__
    assert any(d.provisional for d in t.deadlines)
    with pytest.raises(egca.CoverageError) as info:
        egca.timeline(case, D(2082, 12, 29), calendar=egca.Calendar.load(fixture, strict=True))
    assert info.value.year == 2083


def test_uncovered_year_is_a_finding():
    # A deadline beyond the calendar does not fail the timeline: its due date is unknown and a finding
    # names the year.
    t = egca.timeline(EXAMPLES / 'case-granted.json', D(2026, 6, 1))
    uncovered = [f for f in t.findings if f.code == 'calendar_not_covered']
    assert uncovered and uncovered[0].date.year >= 2028


def test_nul_in_a_string_is_refused_naming_the_pointer():
    # json.dumps writes U+0000 as \u0000; cJSON would end the C string there and read "received", a known
    # event type. The reader refuses the text instead (EGCA_E_PARSE), naming the value and the member.
    for events, pointer in (([{'type': 'received\u0000x', 'date': '2025-09-30'}], '/events/0/type'),
                            ([{'type': 'received', 'date': '2025-09-30', 'note\u0000': 'x'}],
                             '/events/0/note\\u0000')):
        with pytest.raises(egca.InputError) as info:
            egca.timeline({'case_id': 'PY-NUL', 'events': events}, D(2025, 10, 20))
        e = info.value
        assert e.code == -2 and e.source == '<case>' and e.pointer == pointer
        assert e.message == "字符串中有\\u0000：egca的字符串不能含NUL字符"


def test_integer_fields_read_the_number_as_written(tmp_path):
    # days: 29.999999999999999999 is the double 30, but not the integer 30; 3.0E+1 is exactly 30.
    path = tmp_path / 'case.json'
    text = ('{"case_id": "PY-INT", "events": [{"type": "received", "date": "2025-09-30"},\n'
            ' {"type": "review_time_notified", "date": "2025-10-09", "days": %s}]}')
    path.write_text(text % '29.999999999999999999')
    with pytest.raises(egca.InputError) as info:
        egca.timeline(path, D(2025, 10, 20))
    e = info.value
    column = (text % '').split('\n')[1].index('"days": ') + len('"days": ') + 1  # where the number starts
    assert e.pointer == '/events/1/days' and e.line == 2 and e.column == column == 65
    assert e.message == '29.999999999999999999不是整数'
    path.write_text(text % '3.0E+1')
    exact = egca.timeline(path, D(2025, 10, 20))
    path.write_text(text % '30')
    assert exact.to_dict() == egca.timeline(path, D(2025, 10, 20)).to_dict()
