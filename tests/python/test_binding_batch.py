"""egca.timelines and egca.assess_many: the library's batch from Python.

Each result of egca.timelines equals egca.timeline's for the same case (to_dict(), clean and every
finding's violation flag) at 1, 2 and 8 jobs, whatever the case is given as (a dict, its JSON text as str
or bytes, a line of a text or binary file); a bad case gives the InputError egca.timeline raises, in its
place, with its index, and the cases after it go on (errors='raise' raises it instead); a generator that
fails mid-way gives the results of the cases before it, then its exception; the lines of a binary NDJSON
file equal `egca timeline -` on the same bytes; the memory of a batch does not grow with its number of
cases.
"""
import datetime
import io
import json
import os
import pathlib
import resource
import subprocess

import pytest

import egca

D = datetime.date
AS_OF = D(2026, 3, 20)
SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
EXAMPLES = SOURCE_DIR / 'examples'
CASES = [json.loads(p.read_text(encoding='utf-8')) for p in sorted(EXAMPLES.glob('case-*.json'))]
INVALID = SOURCE_DIR / 'tests' / 'data' / 'cases' / 'invalid'
EGCA_BIN = os.environ.get('EGCA_BIN')


def single(case):
    """egca.timeline's result, or its InputError."""
    try:
        return egca.timeline(case, AS_OF)
    except egca.InputError as e:
        return e


def same(batch_result, single_result):
    if isinstance(single_result, egca.InputError):
        assert isinstance(batch_result, egca.InputError), batch_result
        assert (batch_result.message, batch_result.pointer) == (single_result.message, single_result.pointer)
        return
    assert batch_result.to_dict() == single_result.to_dict()
    assert batch_result == single_result
    assert batch_result.clean == single_result.clean
    assert [f.violation for f in batch_result.findings] == [f.violation for f in single_result.findings]


def mixed_cases():
    """The examples, a case that breaks the format and one the library cannot evaluate, repeated."""
    bad = [{'case_id': 'no-events'}, {'case_id': 'x', 'events': [{'type': 'received', 'date': '2026-02-30'}]}]
    return (CASES + bad) * 40


@pytest.mark.parametrize('jobs', [1, 2, 8])
def test_results_equal_single_calls(jobs):
    cases = mixed_cases()
    expected = [single(c) for c in cases]
    got = list(egca.timelines(cases, as_of=AS_OF, jobs=jobs))
    assert len(got) == len(cases)
    for i, (g, e) in enumerate(zip(got, expected)):
        same(g, e)
        if isinstance(g, egca.InputError):
            assert g.index == i


@pytest.mark.parametrize('jobs', [1, 2, 8])
def test_text_and_bytes_equal_dicts(jobs):
    texts = [json.dumps(c, ensure_ascii=False, indent=2) for c in CASES]
    got_str = list(egca.timelines(texts, as_of=AS_OF, jobs=jobs))
    got_bytes = list(egca.timelines([t.encode() for t in texts], as_of=AS_OF, jobs=jobs))
    for s, b, c in zip(got_str, got_bytes, CASES):
        same(s, single(c))
        same(b, single(c))


def test_invalid_case_files_give_the_single_calls_error_in_place():
    paths = sorted(INVALID.glob('*.json'))
    assert paths
    texts = [p.read_bytes() for p in paths]
    got = list(egca.timelines([CASES[0]] + texts + [CASES[0]], as_of=AS_OF, jobs=2))
    assert len(got) == len(texts) + 2
    same(got[0], single(CASES[0]))
    same(got[-1], single(CASES[0]))
    for i, (g, p) in enumerate(zip(got[1:-1], paths), start=1):
        e = single(p)  # the file: its message and pointer
        assert isinstance(g, egca.Error), p
        assert g.index == i
        if isinstance(e, egca.InputError):
            assert (g.message, g.pointer) == (e.message, e.pointer), p
            assert (g.line, g.column) == (e.line, e.column), p  # positions in the case's own text


def test_errors_raise():
    cases = [CASES[0], {'case_id': 'no-events'}, CASES[1]]
    it = egca.timelines(cases, as_of=AS_OF, jobs=2, errors='raise')
    same(next(it), single(CASES[0]))
    with pytest.raises(egca.InputError) as info:
        next(it)
    assert info.value.index == 1
    assert 'events' in info.value.message
    with pytest.raises(ValueError):
        egca.timelines(cases, errors='ignore')


def test_a_mapping_that_is_not_json_is_refused_in_place():
    got = list(egca.timelines([CASES[0], {'case_id': {1, 2}}, CASES[1]], as_of=AS_OF, jobs=2))
    same(got[0], single(CASES[0]))
    assert isinstance(got[1], egca.InputError) and got[1].index == 1
    same(got[2], single(CASES[1]))


def test_a_generator_that_fails_midway():
    def cases():
        for i in range(300):
            if i == 250:
                raise RuntimeError('the source broke')
            yield CASES[i % len(CASES)]
    got = []
    with pytest.raises(RuntimeError, match='the source broke'):
        for r in egca.timelines(cases(), as_of=AS_OF, jobs=2):
            got.append(r)
    assert len(got) == 250
    for i, r in enumerate(got):
        same(r, single(CASES[i % len(CASES)]))


def ndjson_bytes():
    lines = [json.dumps(c, ensure_ascii=False).encode() for c in CASES]
    return b'\n'.join(lines + [b'', b'{"case_id": "broken", "events": [', b'{"case_id": "no-events"}'] + lines) + b'\n'


@pytest.mark.parametrize('jobs', [1, 2, 8])
def test_file_objects(jobs, tmp_path):
    data = ndjson_bytes()
    path = tmp_path / 'cases.ndjson'
    path.write_bytes(data)
    with open(path, 'rb') as f:
        from_binary = list(egca.timelines(f, as_of=AS_OF, jobs=jobs))
    with open(path, encoding='utf-8') as f:
        from_text = list(egca.timelines(f, as_of=AS_OF, jobs=jobs))
    n = len(CASES)
    assert len(from_binary) == len(from_text) == 2 * n + 2
    for got in (from_binary, from_text):
        for r, c in zip(got[:n] + got[n + 2:], CASES + CASES):
            same(r, single(c))
        broken, no_events = got[n], got[n + 1]
        # Lines of the file: a blank line is skipped but counted.
        assert isinstance(broken, egca.InputError) and broken.line == n + 2 and broken.index == n
        assert isinstance(no_events, egca.InputError) and no_events.line == n + 3
        assert no_events.message == single({'case_id': 'no-events'}).message


@pytest.mark.skipif(not EGCA_BIN, reason='EGCA_BIN is not set (the built egca command)')
def test_binary_file_equals_the_command():
    data = ndjson_bytes()
    p = subprocess.run([EGCA_BIN, 'timeline', '-', '--as-of', AS_OF.isoformat(), '--jobs', '2'], input=data,
                       capture_output=True, timeout=60)
    lines = p.stdout.decode().splitlines()
    got = list(egca.timelines(io.BytesIO(data), as_of=AS_OF, jobs=2))
    assert len(lines) == len(got)
    for line, r in zip(lines, got):
        doc = json.loads(line)
        if 'error' in doc:
            assert isinstance(r, egca.InputError) and r.line == doc['line']
            assert doc['error'].endswith(r.message)
        else:
            assert r.to_dict(json=True) == doc


def test_memory_does_not_grow_with_the_number_of_cases():
    line = json.dumps(CASES[0]).encode() + b'\n'

    def run(n):
        count = 0
        for r in egca.timelines(io.BytesIO(line * n), as_of=AS_OF, jobs=2):
            count += r.clean is not None
        return count

    assert run(20_000) == 20_000  # warm up: the pools, the allocator's arenas
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    line_bytes = len(line)

    def stream(n):
        for _ in range(n):
            yield line

    count = 0
    for r in egca.timelines(stream(200_000), as_of=AS_OF, jobs=2):
        count += 1
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert count == 200_000
    # 200,000 cases hold about line_bytes * 200,000 of text (and much more of results) if kept: the peak
    # may grow by a few megabytes of pools, far less than that.
    assert (after - before) * 1024 < 16 << 20, (before, after, line_bytes * 200_000)


@pytest.mark.parametrize('jobs', [1, 2])
def test_assess_many_equals_assess(jobs):
    profiles = sorted((SOURCE_DIR / 'tests' / 'data' / 'profiles').rglob('*.json'))
    assert profiles
    expected = []
    for p in profiles:
        try:
            expected.append(egca.assess(p))
        except egca.InputError as e:
            expected.append(e)
    got = list(egca.assess_many(profiles, jobs=jobs))
    assert len(got) == len(expected)
    for i, (g, e) in enumerate(zip(got, expected)):
        if isinstance(e, egca.InputError):
            assert isinstance(g, egca.InputError) and g.index == i and g.message == e.message
        else:
            assert g.to_dict() == e.to_dict()
