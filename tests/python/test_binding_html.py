"""The Python binding's pictures: Timeline.to_html(), Timeline._repr_html_() (Jupyter) and
Calendar.year_html(), and Calendar.to_ics() (the feed of `egca calendar export`).

The pages are the library's (egca_timeline_to_html, egca_calendar_year_to_html): byte for byte what the
command prints for the same case, date and calendar. Text from a case given as a dict is escaped; a batch
result is drawn from the case text it keeps (one read from a file object keeps none: TypeError, and
Jupyter falls back to the plain repr); a case file changed after its evaluation is refused rather than
drawn as another timeline.
"""
import datetime
import json
import os
import pathlib
import shutil
import subprocess
import warnings
import xml.etree.ElementTree as ET

import pytest

import egca

D = datetime.date
SOURCE_DIR = pathlib.Path(os.environ.get('EGCA_SOURCE_DIR') or pathlib.Path(__file__).resolve().parents[2])
EXAMPLES = SOURCE_DIR / 'examples'
FIXTURE = SOURCE_DIR / 'tests' / 'data' / 'calendars'
EGCA_BIN = os.environ.get('EGCA_BIN')
needs_egca = pytest.mark.skipif(not EGCA_BIN, reason='EGCA_BIN is not set (the built egca command)')
XHTML = '{http://www.w3.org/1999/xhtml}'


@needs_egca
@pytest.mark.parametrize('name', sorted(p.name for p in EXAMPLES.glob('case-*.json')))
def test_to_html_is_the_commands_page(name):
    p = subprocess.run([EGCA_BIN, 'timeline', str(EXAMPLES / name), '--as-of', '2026-06-10', '--format', 'html'],
                       capture_output=True, timeout=60)
    assert p.returncode in (0, 1), p.stderr
    t = egca.timeline(EXAMPLES / name, D(2026, 6, 10))
    assert t.to_html().encode() == p.stdout
    # Given as a dict, the same case draws the same picture.
    case = json.loads((EXAMPLES / name).read_text(encoding='utf-8'))
    assert egca.timeline(case, D(2026, 6, 10)).to_html().encode() == p.stdout


@needs_egca
def test_an_office_case_is_drawn_on_its_offices_days(tmp_path):
    # 新疆 (650000) rests 2025-06-06..10 for 古尔邦节 (data/holidays/local/650000-2025.ics): the command's page of
    # a case naming that office shades those days as rest days, and so does the binding's.
    case = {'case_id': 'XJ-1', 'office': '650000', 'events': [{'type': 'received', 'date': '2025-06-04'}]}
    path = tmp_path / 'xj.json'
    path.write_text(json.dumps(case), encoding='utf-8')
    p = subprocess.run([EGCA_BIN, 'timeline', str(path), '--as-of', '2025-06-05', '--format', 'html'],
                       capture_output=True, timeout=60)
    assert p.returncode in (0, 1), p.stderr
    page = egca.timeline(path, D(2025, 6, 5)).to_html()
    assert page.encode() == p.stdout
    shaded = [''.join(g.find('{http://www.w3.org/2000/svg}title').itertext())
              for g in ET.fromstring(page).iter('{http://www.w3.org/2000/svg}g')
              if (g.get('class') or '').split() == ['days', 'holiday']]
    assert any('2025-06-06' in t and '2025-06-10' in t for t in shaded), shaded


def test_repr_html_is_the_picture():
    t = egca.timeline(EXAMPLES / 'case-late-decision.json', D(2026, 6, 10))
    # A sandboxed frame holding the page, so that its style sheet does not restyle the notebook.
    frame = ET.fromstring(t._repr_html_())
    assert frame.tag == 'iframe' and frame.get('sandbox') == ''
    page = frame.get('srcdoc')
    assert page == t.to_html()
    root = ET.fromstring(page)
    lanes = [g for g in root.iter('{http://www.w3.org/2000/svg}g') if 'lane' in (g.get('class') or '').split()]
    assert [g.get('data-rule') for g in lanes] == [d.rule for d in t.deadlines]
    assert [g.get('data-due') for g in lanes] == [d.due.isoformat() for d in t.deadlines]


def test_text_from_a_dict_is_escaped():
    hostile = '</script><img src=x onerror="alert(1)">&'
    t = egca.timeline({'case_id': hostile, 'events': [{'type': 'received', 'date': D(2026, 6, 1)}]}, D(2026, 6, 3))
    page = t.to_html()
    assert '<img' not in page and '</script>' not in page
    h1 = ET.fromstring(page).find(f'.//{XHTML}h1')
    assert hostile in ''.join(h1.itertext())


def test_a_batch_result_is_drawn_from_its_case():
    case = (EXAMPLES / 'case-granted.json').read_text(encoding='utf-8')
    broken = '{"case_id": "X", "events": [{"type": "received", "date": "2025-13-01"}]}'
    results = list(egca.timelines([case, broken, json.loads(case)], as_of=D(2026, 3, 20), jobs=2))
    assert isinstance(results[1], egca.InputError)
    single = egca.timeline(EXAMPLES / 'case-granted.json', D(2026, 3, 20)).to_html()
    assert results[0].to_html() == single and results[2].to_html() == single
    assert results[0]._repr_html_() is not None


def test_a_result_read_from_a_file_object_is_not_drawn(tmp_path):
    path = tmp_path / 'cases.ndjson'
    path.write_text(json.dumps(json.loads((EXAMPLES / 'case-granted.json').read_text(encoding='utf-8'))) + '\n',
                    encoding='utf-8')
    with open(path, 'rb') as f:
        [t] = list(egca.timelines(f, as_of=D(2026, 3, 20)))
    assert t._repr_html_() is None
    with pytest.raises(TypeError, match='egca.timeline'):
        t.to_html()
    assert t.deadlines  # still a Timeline


def test_a_changed_file_is_refused(tmp_path):
    path = tmp_path / 'case.json'
    shutil.copy(EXAMPLES / 'case-late-decision.json', path)
    t, t_zh = egca.timeline(path, D(2026, 6, 10), lang='en'), egca.timeline(path, D(2026, 6, 10), lang='zh')
    case = json.loads(path.read_text(encoding='utf-8'))
    case['events'] = case['events'][:2]  # received, accepted: a different timeline
    path.write_text(json.dumps(case), encoding='utf-8')
    with pytest.raises(egca.InputError, match='no longer gives this timeline'):
        t.to_html()
    with pytest.raises(egca.InputError, match='该案件已不再得出此时间线'):
        t_zh.to_html()


def test_the_same_calendar_shades_the_picture():
    # The fixture calendar covers 2082 (confirmed) and 2083 (tentative): a case there draws only with it.
    cal = egca.Calendar.load([FIXTURE])
    case = {'case_id': 'F', 'events': [{'type': 'received', 'date': D(2082, 12, 28)}]}
    with warnings.catch_warnings():
        warnings.simplefilter('ignore', egca.ProvisionalWarning)
        t = egca.timeline(case, D(2082, 12, 29), calendar=cal)
    page = t.to_html()
    assert 'class="days holiday' in page   # 元旦 2083 from the fixture, drawn from the calendar given


@needs_egca
def test_year_html_is_the_commands_page():
    p = subprocess.run([EGCA_BIN, 'calendar', 'year', '2026', '--format', 'html'], capture_output=True, timeout=60)
    assert p.returncode == 0
    assert egca.Calendar.default().year_html(2026).encode() == p.stdout


@needs_egca
def test_year_html_in_english_is_the_commands_page():
    p = subprocess.run([EGCA_BIN, '--lang', 'en', 'calendar', 'year', '2026', '--format', 'html'], capture_output=True,
                       timeout=60)
    assert p.returncode == 0
    assert egca.Calendar.default().year_html(2026, lang='en').encode() == p.stdout


def test_year_html_in_both_languages():
    # 春节 2026: holidays 02-15..02-23 (9 days), Saturday 02-14 worked (国务院办公厅关于2026年部分节假日安排的通知,
    # 2025-11-04). The page's words follow lang=; the festival's name is the notice's in both.
    cal = egca.Calendar.default()
    pages = {lang: ET.fromstring(cal.year_html(2026, lang=lang)) for lang in ('zh', 'en')}
    assert pages['en'].get('lang') == 'en' and pages['zh'].get('lang') == 'zh-CN'
    runs = {lang: [''.join(li.itertext()) for li in page.iter(f'{XHTML}li') if li.get('class') == 'holiday']
            for lang, page in pages.items()}
    assert '2026-02-15 to 2026-02-23 holiday (春节), 9 days' in runs['en']
    assert '2026-02-15 至 2026-02-23 法定节假日（春节），9 日' in runs['zh']
    cell = {lang: [td.get('title') for td in page.iter(f'{XHTML}td') if td.get('data-date') == '2026-02-14'][0]
            for lang, page in pages.items()}
    assert cell == {'en': '2026-02-14 adjusted working day (春节)', 'zh': '2026-02-14 调休上班（春节）'}
    assert [c.text for c in pages['en'].iter(f'{XHTML}caption')][1] == 'February '
    assert [h.text for h in pages['en'].iter(f'{XHTML}h1')] == ['Working-day calendar 2026']


def test_year_html_tentative_and_uncovered():
    cal = egca.Calendar.load([FIXTURE])
    with pytest.warns(egca.ProvisionalWarning):
        page = cal.year_html(2083)
    cells = [td for td in ET.fromstring(page).iter(f'{XHTML}td') if td.get('data-date')]
    assert len(cells) == 365 and all('provisional' in td.get('class') for td in cells)
    with pytest.warns(egca.ProvisionalWarning):
        page = cal.year_html(2083, lang='en')
    assert 'Holiday data: provisional (the holiday arrangements are not published yet' in page
    assert ' (provisional)" data-date="2083-01-01"' in page
    with pytest.raises(egca.CoverageError):
        cal.year_html(2090)
    with pytest.raises(egca.CoverageError):
        egca.Calendar.load([FIXTURE], strict=True).year_html(2083)


def test_to_ics_reads_back_to_the_same_days(tmp_path):
    # The same feed as `egca calendar export`; Calendar.load() of it gives every day of the years as the
    # built-in calendar does, with its name and notice (2026: 春节 02-15..02-23 and the worked Saturdays
    # 02-14, 02-28, per 国务院办公厅关于2026年部分节假日安排的通知 of 2025-11-04).
    cal = egca.Calendar.default()
    feed = cal.to_ics(range(2025, 2027))
    if EGCA_BIN:
        p = subprocess.run([EGCA_BIN, 'calendar', 'export', '2025', '2026'], capture_output=True, timeout=60)
        assert p.stdout == feed.encode()
    path = tmp_path / 'china.ics'
    path.write_text(feed, encoding='utf-8')
    back = egca.Calendar.load([path])
    days = [D(2025, 1, 1) + datetime.timedelta(days=i) for i in range(730)]
    assert [back.kind(d) for d in days] == [cal.kind(d) for d in days]
    assert [back.day(d) for d in days] == [cal.day(d) for d in days]
    assert back.kind(D(2026, 2, 15)) == 'holiday' and back.kind(D(2026, 2, 14)) == 'adjusted_workday'
    notice = ('国务院办公厅关于2026年部分节假日安排的通知', D(2025, 11, 4))
    for d in (D(2026, 2, 14), D(2026, 2, 15)):  # a make-up day is named by the holiday it serves
        day = back.day(d)
        assert day.name == '春节' and (day.source.title, day.source.date) == notice and not day.local
    assert 'SUMMARY:春节(休)' in feed and 'SUMMARY:春节(班)' in feed
    assert back.coverage == {2025: 'confirmed', 2026: 'confirmed'}
    with pytest.raises(egca.CoverageError):
        cal.to_ics([2099])
    with pytest.raises(egca.InputError):
        cal.to_ics([])


def test_to_ics_keeps_a_regions_own_days(tmp_path):
    # 新疆's office calendar of 2025 (肉孜节 03-29..31, 古尔邦节 06-06..10 by the region's notice; 春节 01-28..02-04
    # by the State Council's): the feed marks the region's own days, and Calendar.load() of it gives them back
    # as the region's, every other day as the national notice's.
    cal = egca.Calendar.for_office('650000')
    feed = cal.to_ics([2025])
    path = tmp_path / 'xinjiang.ics'
    path.write_text(feed, encoding='utf-8')
    back = egca.Calendar.load([path])
    days = [D(2025, 1, 1) + datetime.timedelta(days=i) for i in range(365)]
    assert [back.day(d) for d in days] == [cal.day(d) for d in days]
    assert [d for d in days if back.day(d).local] == \
        [D(2025, 3, 29), D(2025, 3, 30), D(2025, 3, 31)] + [D(2025, 6, i) for i in range(6, 11)]
    assert back.day(D(2025, 3, 31)).name == '肉孜节' and back.day(D(2025, 6, 6)).name == '古尔邦节'
    assert back.day(D(2025, 1, 28)).name == '春节' and not back.day(D(2025, 1, 28)).local
    assert feed.count('X-EGCA-LOCAL:TRUE') == 2
