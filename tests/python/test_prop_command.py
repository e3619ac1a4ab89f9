"""Property tests of the egca command (EGCA_BIN): batches and damaged inputs.

- A batch (`egca timeline -`, NDJSON on stdin) gives, line by line, what `egca timeline CASE --format json`
  gives for each case alone, the same bytes with --jobs 1 and 2, and the exit code docs/case.md names.
  The cases are the examples' event logs with their dates moved, events dropped, reordered or redated.
- Damaged JSON (a case, a profile, a rules file) never crashes or hangs egca; when egca answers (exit 0
  or 1), Python's strict reading of the damaged bytes must have found a JSON document, and egca's answer
  must be its answer for that document written out cleanly. Where Python cannot read the bytes, egca
  must refuse them (exit 3), naming the file.
- A damaged iCalendar file never crashes or hangs egca; it exits 0, 3 or 4, and an answer is a whole one.
No part needs the binding: these run under the sanitizers too, where any report fails the test.
"""
import json
import os
import pathlib
import re
import subprocess
import tempfile

import pytest
from hypothesis import assume, event, given, note, strategies as st

from prop_common import D, ONE, examples

SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
EGCA_BIN = os.environ.get('EGCA_BIN')
pytestmark = pytest.mark.skipif(not EGCA_BIN, reason='EGCA_BIN is not set (the built egca command)')

EXAMPLE_CASES = sorted((SOURCE_DIR / 'examples').glob('case-*.json'))
PROFILE = SOURCE_DIR / 'examples' / 'application.json'
RULES = SOURCE_DIR / 'rules'
ICS_FILES = [SOURCE_DIR / 'data' / 'holidays' / '2025.ics', SOURCE_DIR / 'tests' / 'data' / 'ics' / 'apple-style-2025.ics']
AS_OF = '2026-03-20'
TIMEOUT = 60  # seconds; a sanitized build on a busy machine is slow, a hang is far slower
SANITIZER = re.compile(r'Sanitizer|runtime error:|==\d+==ERROR')


def run(args, stdin=None):
    """egca ARGS: (exit code, stdout bytes, stderr text), after the checks every run must pass (a batch
    writes its errors as lines of stdout; anything else that fails says why on one line of stderr)."""
    p = subprocess.run([EGCA_BIN, *args], input=stdin, capture_output=True, timeout=TIMEOUT)
    err = p.stderr.decode('utf-8', 'replace')
    assert p.returncode >= 0, f'egca {args}: killed by signal {-p.returncode}\n{err[-2000:]}'
    assert not SANITIZER.search(err), f'egca {args}: sanitizer report\n{err[-4000:]}'
    assert p.returncode in (0, 1, 3, 4), f'egca {args}: exit {p.returncode}\n{err[-2000:]}'
    if p.returncode >= 2 and stdin is None:
        lines = p.stderr.split(b'\n')
        assert len(lines) == 2 and lines[0].startswith(b'egca: ') and lines[1] == b'', f'egca {args}: stderr {err!r}'
    return p.returncode, p.stdout, err


# --- Batch = one by one ------------------------------------------------------------------------------

def load_examples():
    return [json.loads(p.read_text(encoding='utf-8')) for p in EXAMPLE_CASES]


def shift(event, days):
    out = dict(event)
    for key in ('date', 'expires'):
        if key in out:
            out[key] = (D.fromisoformat(out[key]) + days * ONE).isoformat()
    return out


@st.composite
def cases(draw):
    """An example case with its dates moved together, and a few events dropped, redated or reordered."""
    case = draw(st.sampled_from(load_examples()))
    offset = draw(st.integers(min_value=-6000, max_value=700))
    events = [shift(e, offset) for e in case['events']]
    for _ in range(draw(st.integers(min_value=0, max_value=2))):
        if not events:
            break
        i = draw(st.integers(min_value=0, max_value=len(events) - 1))
        action = draw(st.sampled_from(['drop', 'redate', 'swap']))
        if action == 'drop':
            del events[i]
        elif action == 'redate':
            events[i] = shift(events[i], draw(st.integers(min_value=-40, max_value=40)))
        else:
            j = draw(st.integers(min_value=0, max_value=len(events) - 1))
            events[i], events[j] = events[j], events[i]
    case_id = draw(st.sampled_from([case['case_id'], 'B-1', '案件 二', 'x' * 40]))
    return {'case_id': case_id, 'events': events}


def single(tmp, case, as_of):
    """`egca timeline FILE --format json` on the case alone: (exit code, parsed JSON or the error text)."""
    path = os.path.join(tmp, 'case.json')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(json.dumps(case, ensure_ascii=False))
    code, out, err = run(['timeline', path, '--as-of', as_of, '--format', 'json'])
    if code in (0, 1):
        return code, json.loads(out)
    assert code == 3, err
    message = err.strip()[len('egca: '):]
    assert message.startswith(path + ':'), message
    return code, message[len(path):]


@examples(25)
@given(batch=st.lists(st.tuples(cases(), st.booleans()), min_size=1, max_size=7),
       as_of=st.dates(min_value=D(2020, 1, 1), max_value=D(2031, 12, 31)))
def test_batch_gives_the_one_by_one_answers(batch, as_of):
    as_of = as_of.isoformat()
    lines, expected = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for case, blank_before in batch:
            if blank_before:
                lines.append('')
            lines.append(json.dumps(case, ensure_ascii=False))
            expected.append((len(lines), single(tmp, case, as_of)))
    stdin = ('\n'.join(lines) + '\n').encode('utf-8')
    code, out, err = run(['timeline', '-', '--as-of', as_of, '--jobs', '1'], stdin)
    assert run(['timeline', '-', '--as-of', as_of, '--jobs', '2'], stdin)[:2] == (code, out)
    got = out.decode('utf-8').splitlines()
    assert len(got) == len(expected), err
    for text, (n, (want_code, want)) in zip(got, expected):
        line = json.loads(text)
        if want_code == 3:
            # The same message, at the case's own line of the input: "<stdin>:N:COL: ..." for "FILE:1:COL: ...".
            assert set(line) == {'line', 'error'} and line['line'] == n, text
            assert line['error'] == '<stdin>' + re.sub(r'^:1:', f':{n}:', want), text
        else:
            assert line == want, f'input line {n}'
    codes = {c for _, (c, _) in expected}
    assert code == (3 if 3 in codes else 1 if 1 in codes else 0)


# --- Damaged JSON ------------------------------------------------------------------------------------

class Number(str):
    """A JSON number kept as its text, so that writing the document out again does not change it."""


class NotJSON(Exception):
    pass


def strict_json(data):
    """The document RFC 8259 reads in these bytes, or NotJSON: UTF-8 only (a leading byte order mark may be
    ignored, §8.1), no duplicate member names (egca refuses them), no NaN or Infinity, numbers as written."""
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        raise NotJSON(str(e)) from e
    if text.startswith('\ufeff'):
        text = text[1:]

    def pairs(items):
        keys = [k for k, _ in items]
        if len(set(keys)) != len(keys):
            raise NotJSON('duplicate member name')
        return dict(items)

    def constant(name):
        raise NotJSON(name)

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_float=Number, parse_int=Number,
                          parse_constant=constant)
    except (json.JSONDecodeError, RecursionError) as e:
        raise NotJSON(str(e)) from e


def write_json(value):
    """The document as clean JSON text: numbers as they were written, strings escaped only where needed."""
    if isinstance(value, Number):
        return str(value)
    if isinstance(value, dict):
        return '{' + ', '.join(f'{write_json(k)}: {write_json(v)}' for k, v in value.items()) + '}'
    if isinstance(value, list):
        return '[' + ', '.join(write_json(v) for v in value) + ']'
    return json.dumps(value, ensure_ascii=False)


STRUCTURE = b'{}[],:"\\ \t\n0123456789.-+eEtrufalsn\x00\xff\xc3'


@st.composite
def damaged(draw, data):
    """data with 1 to 3 random changes: a byte flipped or replaced, bytes inserted, deleted or duplicated,
    the end cut off."""
    data = bytearray(data)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        if not data:
            break
        at = draw(st.integers(min_value=0, max_value=len(data) - 1))
        span = draw(st.integers(min_value=1, max_value=8))
        op = draw(st.sampled_from(['flip', 'replace', 'insert', 'delete', 'duplicate', 'truncate']))
        if op == 'flip':
            data[at] ^= 1 << draw(st.integers(min_value=0, max_value=7))
        elif op == 'replace':
            data[at] = draw(st.sampled_from(STRUCTURE))
        elif op == 'insert':
            data[at:at] = bytes(draw(st.lists(st.sampled_from(STRUCTURE), min_size=1, max_size=span)))
        elif op == 'delete':
            del data[at:at + span]
        elif op == 'duplicate':
            data[at:at] = data[at:at + span]
        else:
            del data[at:]
    return bytes(data)


@st.composite
def one_damaged(draw, texts):
    """(name, damaged bytes) of one of texts ({name: bytes})."""
    name = draw(st.sampled_from(sorted(texts)))
    return name, draw(damaged(texts[name]))


JSON_WHITESPACE = b' \t\n\r'


def controls_outside_strings(data):
    """data with every control byte between tokens other than JSON's white space (RFC 8259 §2: space, tab,
    line feed, carriage return) made a space, and whether there was one."""
    out, in_string, escaped, found = bytearray(data), False, False, False
    for i, c in enumerate(data):
        if in_string:
            if escaped:
                escaped = False
            elif c == 0x5C:
                escaped = True
            elif c == 0x22:
                in_string = False
        elif c == 0x22:
            in_string = True
        elif c < 0x20 and c not in JSON_WHITESPACE:
            out[i], found = 0x20, True
    return bytes(out), found


def check_damaged_json(path, data, command):
    """Writes data to path and runs the command; judges the answer against Python's reading of data."""
    path.write_bytes(data)
    code, out, err = run(command)
    try:
        document = strict_json(data)
    except NotJSON as e:
        note(f'Python: {e}')
        if code in (0, 1):
            # Two known faults have tests of their own below; their damage is judged there, not here.
            # Strings with an invalid escape are cut short rather than refused (cJSON):
            assume('Invalid \\escape' not in str(e) and 'Invalid \\uXXXX' not in str(e))
            # Control bytes between tokens are taken for white space (cJSON); the answer must still be
            # the one for the document with them made spaces:
            spaced, found = controls_outside_strings(data)
            if found:
                try:
                    document = strict_json(spaced)
                except NotJSON:
                    pass
                else:
                    event('control byte between tokens accepted')
                    path.write_text(write_json(document), encoding='utf-8')
                    assert (code, out) == run(command)[:2], f'not the answer for the document:\n{data!r}'
                    return
        assert code == 3, f'egca answered (exit {code}) on bytes that are not JSON ({e}):\n{data!r}'
        assert path.name in err, err
        return
    if code == 3:
        # A document that reads may still break a rule, here or in a file that depends on it (a material
        # renamed in materials.json makes the profile's reference unknown): any located refusal will do.
        return
    # egca answered: it must be its answer for the document Python read.
    path.write_text(write_json(document), encoding='utf-8')
    clean = run(command)
    assert (code, out) == clean[:2], f'the damaged text and the document it holds differ:\n{data!r}'


CASE_TEXTS = {p.name: p.read_bytes() for p in EXAMPLE_CASES}


@examples(60)
@given(one_damaged(CASE_TEXTS))
def test_damaged_case(named):
    name, data = named
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / name
        check_damaged_json(path, data, ['timeline', str(path), '--as-of', AS_OF, '--format', 'json'])


@examples(40)
@given(damaged(PROFILE.read_bytes()))
def test_damaged_profile(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / 'application.json'
        check_damaged_json(path, data, ['assess', str(path), '--format', 'json'])


RULE_TEXTS = {name: (RULES / name).read_bytes()
              for name in ('deadlines.json', 'conditions.json', 'materials.json', 'readings.json')}


@examples(60)
@given(one_damaged(RULE_TEXTS))
def test_damaged_rules(named):
    name, data = named
    with tempfile.TemporaryDirectory() as tmp:
        for other, text in RULE_TEXTS.items():
            (pathlib.Path(tmp) / other).write_bytes(text)
        if name == 'deadlines.json':
            command = ['--rules', tmp, 'timeline', str(EXAMPLE_CASES[0]), '--as-of', AS_OF, '--format', 'json']
        else:
            command = ['--rules', tmp, 'assess', str(PROFILE), '--format', 'json']
        check_damaged_json(pathlib.Path(tmp) / name, data, command)


# --- Damaged iCalendar ---------------------------------------------------------------------------------

ICS_TEXTS = {p.name: p.read_bytes() for p in ICS_FILES}
KINDS = {'workday', 'weekend', 'holiday', 'adjusted_workday'}


@examples(40)
@given(one_damaged(ICS_TEXTS))
def test_damaged_ics(named):
    name, data = named
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / name
        path.write_bytes(data)
        code, out, err = run(['--lang', 'en', '--holidays', str(path), 'calendar', 'days', '2025-01-01',
                              '2025-12-31'])
    assert code in (0, 3, 4), err
    if code == 0:
        day = D(2025, 1, 1)
        for line in out.decode('utf-8').splitlines():
            # date, kind, then the day's name and "provisional" when any
            assert line.split('\t')[:2] in ([day.isoformat(), kind] for kind in KINDS), line
            day += ONE
        assert day == D(2026, 1, 1)
    else:
        assert path.name in err or 'holidays' in err, err


# --- Faults that are known and not fixed yet: each flips to a failure (XPASS) once its fix lands ----

def timeline_of(text):
    """(exit code, parsed JSON or None, stderr) of `egca timeline` on one case given as text."""
    with tempfile.TemporaryDirectory() as tmp:
        path = pathlib.Path(tmp) / 'case.json'
        path.write_bytes(text.encode('utf-8') if isinstance(text, str) else text)
        code, out, err = run(['timeline', str(path), '--as-of', AS_OF, '--format', 'json'])
    return code, json.loads(out) if code in (0, 1) else None, err


names = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x9FFF, blacklist_characters='"\\'),
                max_size=8)


@examples(20)
@given(before=names, after=names)
def test_escaped_nul_is_kept_or_refused(before, after):
    code, result, _ = timeline_of('{"case_id": "%s\\u0000%s", "events": []}' % (before, after))
    assert code == 3 or result['case_id'] == before + '\0' + after


def not_hex(digits):
    return any(c not in '0123456789abcdefABCDEF' for c in digits)


@examples(20)
@given(before=names, after=names, digits=st.text(alphabet='0123456789abcdefABCDEFGXZgxz!', min_size=4, max_size=4)
       .filter(not_hex))
def test_bad_unicode_escape_is_refused(before, after, digits):
    code, _, err = timeline_of('{"case_id": "%s\\u%s%s", "events": []}' % (before, digits, after))
    assert code == 3 and 'case.json:1:' in err


@examples(20)
@given(days=st.integers(min_value=1, max_value=3649), nines=st.integers(min_value=17, max_value=30))
def test_a_fraction_is_not_an_integer_however_close(days, nines):
    text = ('{"case_id": "A", "events": [{"type": "received", "date": "2025-01-02"}, '
            '{"type": "review_time_notified", "date": "2025-01-03", "days": %d.%s}]}' % (days - 1, '9' * nines))
    code, _, err = timeline_of(text)
    assert code == 3 and '/events/1/days' in err


@examples(20)
@given(control=st.sampled_from([c for c in range(1, 0x20) if c not in JSON_WHITESPACE]),
       where=st.sampled_from([0, 1, 16, 17]))
def test_control_byte_between_tokens_is_refused(control, where):
    text = bytearray(b'{"case_id": "A", "events": []}')  # offsets 0, 1, 16, 17: before/after '{' and ','
    text[where:where] = bytes([control])
    code, _, err = timeline_of(bytes(text))
    assert code == 3 and 'case.json:1:' in err


@examples(20)
@given(control=st.sampled_from(['\\n', '\\r', '\\f', '\\u001b', '\\u0085']),
       where=st.sampled_from(['name', 'type', 'date']))
def test_a_refusal_is_one_line_without_control_characters(control, where):
    event = {'name': '{"type": "received", "date": "2025-01-02", "x%sy": 1}',
             'type': '{"type": "re%sceived", "date": "2025-01-02"}',
             'date': '{"type": "received", "date": "2025-01-02%sX"}'}[where] % control
    code, _, err = timeline_of('{"case_id": "A", "events": [%s]}' % event)
    assert code == 3
    message = err[:-1] if err.endswith('\n') else err
    assert message.startswith('egca: ') and not any(c < ' ' or '\x7f' <= c <= '\x9f' for c in message), err
