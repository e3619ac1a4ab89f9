"""The Python binding's assessment: egca.assess over the conditions and materials.

Every case of tests/data/profiles/ (profile.json with expected.json: the expected assessment, in part, or
the expected error) through the binding, from the file and from a dict; where EGCA_BIN is set, the whole
result against `egca assess --format json`.
"""
import datetime
import json
import os
import pathlib
import subprocess

import pytest

import egca

SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
PROFILES = SOURCE_DIR / 'tests' / 'data' / 'profiles'
EXAMPLE = SOURCE_DIR / 'examples' / 'application.json'
EGCA_BIN = os.environ.get('EGCA_BIN')
needs_egca = pytest.mark.skipif(not EGCA_BIN, reason='EGCA_BIN is not set (the built egca command)')

CASES = sorted(p.name for p in PROFILES.iterdir() if (p / 'profile.json').exists())
ERROR_CODES = {'invalid': -1, 'parse': -2}


def expected(name):
    return json.loads((PROFILES / name / 'expected.json').read_text(encoding='utf-8'))


def contains(actual, part, where='$'):
    """Asserts that `part` is `actual` with some object fields left out (arrays: item by item)."""
    if isinstance(part, dict):
        assert isinstance(actual, dict), f'{where}: expected an object, got {actual!r}'
        for key, value in part.items():
            assert key in actual, f'{where}: no field {key!r}'
            contains(actual[key], value, f'{where}.{key}')
    elif isinstance(part, list):
        assert isinstance(actual, list) and len(actual) == len(part), f'{where}: {actual!r} != {part!r}'
        for i, (a, p) in enumerate(zip(actual, part)):
            contains(a, p, f'{where}[{i}]')
    else:
        assert actual == part, f'{where}: {actual!r} != {part!r}'


@pytest.mark.parametrize('name', CASES)
def test_profile_cases(name):
    want = expected(name)
    path = PROFILES / name / 'profile.json'
    if 'error' in want:
        e = want['error']
        with pytest.raises(egca.InputError) as info:
            egca.assess(path)
        got = info.value
        assert got.code == ERROR_CODES[e['code']]
        assert got.source == str(path)
        assert got.line == e['line']
        assert got.pointer == (e['pointer'] or None)
        if 'column' in e:
            assert got.column == e['column']
        if 'message' in e:
            assert got.message == e['message']
        return
    result = egca.assess(path)
    contains(result.to_dict(json=True), want)
    # The same profile as a dict gives the same assessment.
    data = json.loads(path.read_text(encoding='utf-8'))
    assert egca.assess(data) == result


@needs_egca
@pytest.mark.parametrize('name', CASES + ['../../../examples/application.json'])
def test_same_json_as_the_command_line(name):
    path = PROFILES / name / 'profile.json' if not name.endswith('.json') else EXAMPLE
    p = subprocess.run([EGCA_BIN, 'assess', str(path), '--format', 'json'], capture_output=True, timeout=60)
    if p.returncode == 3:
        with pytest.raises(egca.InputError) as info:
            egca.assess(path)
        assert p.stderr.decode().strip() == f'egca: {info.value}'
        return
    assert p.returncode in (0, 1), p.stderr
    assert egca.assess(path).to_dict(json=True) == json.loads(p.stdout)


@needs_egca
def test_same_json_as_the_command_line_in_english():
    # lang='en' reaches egca_assess: the conditions' titles and the reasons' texts are the command's
    # `--lang en` ones, word for word (they were Chinese whatever lang= said).
    p = subprocess.run([EGCA_BIN, '--lang', 'en', 'assess', str(EXAMPLE), '--format', 'json'], capture_output=True,
                       timeout=60)
    assert p.returncode in (0, 1), p.stderr
    english = egca.assess(EXAMPLE, lang='en').to_dict(json=True)
    assert english == json.loads(p.stdout)
    assert english['conditions'][0]['title'] == 'Be a legal person: an enterprise or a public institution'
    assert egca.assess(EXAMPLE, lang='zh').to_dict(json=True) != english


def test_example_application():
    a = egca.assess(EXAMPLE)
    assert a.eligible in ('yes', 'no', 'undetermined')
    assert list(a.verdicts()) == ['legal_person', 'funds', 'premises', 'system', 'staff', 'long_term_capacity',
                                  'management_system']
    assert a.conditions[0].reasons[0].facts[0].fact == 'applicant.legal_person_type'
    assert isinstance(a.materials.complete, bool)
    assert repr(a).startswith(f'Assessment(eligible={a.eligible!r}, verdicts={{')


def test_missing_facts_are_unknown_not_false():
    a = egca.assess({})
    assert a.eligible == 'undetermined'
    assert set(a.verdicts().values()) <= {'unknown', 'needs_review'}
    assert a.materials.complete is False
    assert [m.id for m in a.materials.missing][:2] == ['application_form', 'legal_person_certificate']
    assert a.notice  # the draft notice lists everything at once


def test_staff_threshold_includes_thirty():
    # 民法典 第一千二百五十九条: "以上" includes the number itself.
    staff = {'technical': 10, 'operations_management': 6, 'security_management': 5, 'customer_service': 5,
             'other_professional': 4}
    assert egca.assess({'staff': staff}).verdicts()['staff'] == 'met'
    staff['other_professional'] = 3
    assert egca.assess({'staff': staff}).verdicts()['staff'] == 'not_met'
    del staff['other_professional']  # missing is unknown, not zero
    assert egca.assess({'staff': staff}).verdicts()['staff'] == 'unknown'


def test_dict_errors_name_the_pointer_not_a_line():
    with pytest.raises(egca.InputError) as info:
        egca.assess({'staff': {'technical': 12, 'engineers': 3}})
    e = info.value
    assert e.pointer == '/staff/engineers' and e.source == '<profile>'
    assert e.line is None and e.column is None
    assert str(e) == '<profile>: /staff/engineers: 未知字段"engineers"'
    with pytest.raises(egca.InputError, match='/staff/technical'):
        egca.assess({'staff': {'technical': 2.5}})
    with pytest.raises(egca.InputError, match='not JSON data'):
        egca.assess({'staff': {'technical': float('nan')}})
    with pytest.raises(egca.InputError, match='not JSON data'):
        egca.assess({'applicant': {'name': object()}})
    with pytest.raises(TypeError, match='mapping'):
        egca.assess(['materials'])
    with pytest.raises(FileNotFoundError):
        egca.assess(PROFILES / 'no-such-profile.json')


def test_dates_in_a_dict_are_written_as_iso_text():
    # A profile holds no dates; a date where a string belongs is still written as its ISO text.
    a = egca.assess({'applicant': {'name': datetime.date(2025, 1, 1)}})
    assert a.eligible == 'undetermined'


def test_nul_in_a_profile_string_is_refused_naming_the_pointer():
    # Read as "enterprise" (cut at the NUL), this would pass a condition on the legal person's type.
    with pytest.raises(egca.InputError) as info:
        egca.assess({'applicant': {'legal_person_type': 'enterprise\u0000 (an individual)'}})
    e = info.value
    assert e.code == -2 and e.pointer == '/applicant/legal_person_type' and e.source == '<profile>'
    assert str(e) == "<profile>: /applicant/legal_person_type: 字符串中有\\u0000：egca的字符串不能含NUL字符"
