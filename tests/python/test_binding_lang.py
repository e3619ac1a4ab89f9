"""The language of the Python binding's texts: lang='zh' or 'en' on every call that writes text or may raise
an egca error, and the package's default from EGCA_LANG, read once when egca is imported (else Chinese).

The expected texts are the library's two languages: the day names of the notices and their English names
(src/day_names.c; tools/notices/2025.txt: "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休"; tools/notices/
local/650000-2025.txt: "(七)古尔邦节：……6月6日（周五）至10日（周二）放假"), the messages of the acceptance
offices and of the iCalendar export, and the binding's provisional warning. Where the command is built
(EGCA_BIN), a timeline or deadline in a language is byte for byte the command's with the same --lang.
"""
import datetime
import json
import os
import pathlib
import pickle
import subprocess
import sys
import warnings

import pytest

import egca

D = datetime.date
SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
FIXTURE = SOURCE_DIR / 'tests' / 'data' / 'calendars'  # 2082 confirmed, 2083 tentative (made up)
CASE = SOURCE_DIR / 'examples' / 'case-late-decision.json'
EGCA_BIN = os.environ.get('EGCA_BIN')
needs_egca = pytest.mark.skipif(not EGCA_BIN, reason='EGCA_BIN is not set (the built egca command)')


def python(code, lang):
    """Runs `code` in a fresh interpreter whose EGCA_LANG is `lang` (None: unset); its stdout."""
    env = {k: v for k, v in os.environ.items() if k != 'EGCA_LANG'}
    if lang is not None:
        env['EGCA_LANG'] = lang
    p = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, env=env, timeout=60)
    assert p.returncode == 0, p.stderr
    return p.stdout.strip()


def test_day_names_in_both_languages():
    cal = egca.Calendar.default()
    assert cal.day(D(2025, 10, 1), lang='zh').name == '国庆节、中秋节'
    assert cal.day(D(2025, 10, 1), lang='en').name == 'National Day, Mid-Autumn Festival'
    # An adjusted working day is named by the holiday it serves (Sun 2025-09-28 worked for 国庆节、中秋节).
    assert cal.day(D(2025, 9, 28), lang='en') == ('adjusted_workday', 'National Day, Mid-Autumn Festival',
                                                  cal.day(D(2025, 9, 28)).source, False, False)
    assert [p.name for p in cal.holidays(2026, lang='en')] == [
        "New Year's Day", 'Spring Festival', 'Qingming Festival', 'Labour Day', 'Dragon Boat Festival',
        'Mid-Autumn Festival', 'National Day']
    xinjiang = egca.Calendar.for_office('650000')
    assert xinjiang.day(D(2025, 6, 9), lang='en').name == 'Eid al-Adha (Qurban)'
    assert xinjiang.day(D(2025, 6, 9), lang='zh').name == '古尔邦节'
    # The kind is the same enum word in both languages.
    assert cal.kind(D(2025, 10, 1), lang='en') == cal.kind(D(2025, 10, 1), lang='zh') == 'holiday'


def test_library_messages_in_both_languages():
    cal = egca.Calendar.default()
    with pytest.raises(egca.InputError) as zh:
        cal.to_ics([0], lang='zh')
    assert zh.value.message == '年份0不在1..9998之内'
    with pytest.raises(egca.InputError) as en:
        cal.to_ics([0], lang='en')
    assert en.value.message == 'year 0 is outside 1..9998'
    with pytest.raises(egca.Error) as zh:
        egca.Calendar.for_office('990000', lang='zh')
    assert zh.value.message.startswith('"990000"不是受理机构：应为省级行政区的GB/T 2260代码')
    with pytest.raises(egca.Error) as en:
        egca.Calendar.for_office('990000', lang='en')
    assert en.value.message.startswith('"990000" is no acceptance office: expected the GB/T 2260 code')


def test_provisional_warning_in_both_languages():
    cal = egca.Calendar.load(FIXTURE)
    with pytest.warns(egca.ProvisionalWarning) as zh:
        cal.kind(D(2083, 1, 5), lang='zh')
    assert str(zh[0].message).startswith('暂定：答案依据2083年，该年为暂定年份')
    with pytest.warns(egca.ProvisionalWarning) as en:
        cal.add_workdays_many([D(2083, 1, 5)], 1, lang='en')
    assert str(en[0].message).startswith('provisional: the answer rests on 2083, a tentative year')


def test_lang_is_checked():
    cal = egca.Calendar.default()
    with pytest.raises(egca.InputError):
        cal.kind(D(2025, 10, 1), lang='fr')
    with pytest.raises(ValueError):  # InputError is a ValueError
        egca.deadline('acceptance', D(2025, 9, 30), lang='EN')
    with pytest.raises(TypeError):
        cal.kind(D(2025, 10, 1), lang=1)
    with pytest.raises(TypeError, match="unexpected keyword argument 'language'"):
        cal.kind(D(2025, 10, 1), language='en')
    with pytest.raises(TypeError):
        cal.kind(D(2025, 10, 1), 'en')  # keyword only
    assert cal.kind(D(2025, 10, 1), lang=None) == 'holiday'


@pytest.mark.parametrize('env, want', [(None, 'zh'), ('en', 'en'), ('en_US.UTF-8', 'en'), ('zh_CN.UTF-8', 'zh'),
                                       ('fr', 'zh'), ('', 'zh')])
def test_default_from_egca_lang_read_once_at_import(env, want):
    code = ("import datetime, os, egca\n"
            "day = datetime.date(2025, 10, 1)\n"
            "print(egca._egca.default_lang(), egca.Calendar.default().day(day).name)\n"
            # Read once: changing the environment afterwards changes nothing.
            "os.environ['EGCA_LANG'] = 'zh' if egca._egca.default_lang() == 'en' else 'en'\n"
            "print(egca._egca.default_lang(), egca.Calendar.default().day(day).name)\n")
    name = 'National Day, Mid-Autumn Festival' if want == 'en' else '国庆节、中秋节'
    assert python(code, env).splitlines() == [f'{want} {name}'] * 2


@needs_egca
@pytest.mark.parametrize('lang', ['zh', 'en'])
def test_results_are_the_commands_in_the_same_language(lang):
    def command(*args):
        return subprocess.run([EGCA_BIN, '--lang', lang, *args], capture_output=True, check=False,
                              timeout=60).stdout.decode()
    t = egca.timeline(CASE, D(2026, 6, 10), lang=lang)
    assert t.to_dict(json=True) == json.loads(command('timeline', str(CASE), '--as-of', '2026-06-10',
                                                      '--format', 'json'))
    # The text method of a result keeps the result's language.
    assert t.to_html() == command('timeline', str(CASE), '--as-of', '2026-06-10', '--format', 'html')
    d = egca.deadline('acceptance', D(2025, 9, 30), lang=lang)
    assert d.to_dict(json=True) == json.loads(command('deadline', 'acceptance', '2025-09-30', '--format', 'json'))
    batch = list(egca.timelines([json.loads(CASE.read_text(encoding='utf-8'))], as_of=D(2026, 6, 10), jobs=1,
                                lang=lang))
    assert batch[0].to_dict(json=True) == t.to_dict(json=True)


def test_pickle_keeps_the_language():
    t = egca.timeline(CASE, D(2026, 6, 10), lang='en')
    back = pickle.loads(pickle.dumps(t))
    assert back.to_dict(json=True) == t.to_dict(json=True)
    assert back.to_html() == t.to_html()
    cal = pickle.loads(pickle.dumps(egca.Calendar.load(FIXTURE)))
    assert cal.day(D(2082, 10, 1), lang='en').name == 'National Day'
