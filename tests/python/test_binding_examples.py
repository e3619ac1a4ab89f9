"""The Python examples (examples/python/) run as a user would run them, and the package's type stubs
match the module (mypy's stubtest, when mypy is installed: Debian's python3-mypy)."""
import importlib.util
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
EXAMPLES = SOURCE_DIR / 'examples'
SCRIPTS = EXAMPLES / 'python'
has_mypy = importlib.util.find_spec('mypy') is not None
needs_mypy = pytest.mark.skipif(not has_mypy, reason='mypy is not installed (Debian: python3-mypy)')


def run(*args, cwd=None):
    return subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd)


def test_check_deadlines():
    p = run(SCRIPTS / 'check_deadlines.py', '-v')
    assert p.returncode == 0, p.stderr
    assert 'Ran 3 tests' in p.stderr and 'OK' in p.stderr


def test_evaluate_cases(tmp_path):
    p = run(SCRIPTS / 'evaluate_cases.py', EXAMPLES, '--as-of', '2026-06-01')
    assert p.returncode == 1, p.stderr  # some example cases are not clean
    out = p.stdout
    assert 'application.json: skipped: ' in out  # a profile is not a case
    assert 'ZJ-2025-031 (case-deemed-acceptance.json) as of 2026-06-01: NOT CLEAN' in out
    assert '! 2025-09-30 deemed_accepted: ' in out
    assert 'GD-2025-017 (case-granted.json) as of 2026-06-01: clean' in out
    shutil.copy(EXAMPLES / 'case-granted.json', tmp_path)
    p = run(SCRIPTS / 'evaluate_cases.py', tmp_path, '--as-of', '2026-06-01')
    assert p.returncode == 0 and 'GD-2025-017' in p.stdout, p.stderr


@needs_mypy
def test_stubs_match_the_module():
    p = subprocess.run([sys.executable, '-m', 'mypy.stubtest', 'egca', '--concise'], capture_output=True, text=True,
                       timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr


@needs_mypy
def test_examples_type_check(tmp_path):
    p = subprocess.run([sys.executable, '-m', 'mypy', '--no-incremental', '--cache-dir', str(tmp_path),
                        '--check-untyped-defs', *map(str, sorted(SCRIPTS.glob('*.py')))],
                       capture_output=True, text=True, timeout=600)
    assert p.returncode == 0, p.stdout + p.stderr
