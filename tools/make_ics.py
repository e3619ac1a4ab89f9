#!/usr/bin/env python3
"""Writes egca's holiday data (data/holidays/YYYY.ics) from the notice tables in tools/notices/.

    make_ics.py TABLE [-o OUTPUT]   one table -> data/holidays/YYYY.ics (OUTPUT `-`: standard output)
    make_ics.py --all               every tools/notices/*.txt -> data/holidays/
    make_ics.py --check             exit 1 unless every data/holidays/*.ics is what its table gives

A region's table (tools/notices/local/CODE-YYYY.txt, a `region` line first) gives
data/holidays/local/CODE-YYYY.ics, the region's own rest days that egca lays over the national calendar.

The table format is described in tools/notices/README.md. Output is deterministic: the same table
always gives the same bytes (DTSTAMP is the notice's date, never the current time). Python 3
standard library only.
"""
import argparse
import datetime
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICES_DIR = os.path.join(HERE, 'notices')
DATA_DIR = os.path.join(os.path.dirname(HERE), 'data', 'holidays')

PRODID = '-//egca//holiday data//ZH'

# ASCII names for UIDs. A combined period ("国庆节、中秋节") joins the names of its parts.
SLUGS = {
    '元旦': 'yuandan',
    '春节': 'chunjie',
    '清明节': 'qingming',
    '劳动节': 'laodong',
    '五一': 'wuyi',
    '五一国际劳动节': 'laodong',
    '端午节': 'duanwu',
    '中秋节': 'zhongqiu',
    '国庆节': 'guoqing',
    '十一': 'shiyi',
    '抗日战争暨世界反法西斯战争胜利70周年纪念日': 'kangzhan70',
    # regions' own festivals (少数民族习惯节日放假办法)
    '壮族三月三': 'zhuangzu-sanyuesan',
    '肉孜节': 'rouzi',
    '古尔邦节': 'gurbang',
    '开斋节': 'kaizhai',
    '藏历新年': 'zangli-xinnian',
    '雪顿节': 'xuedun',
}


class TableError(Exception):
    pass


def slug(name):
    parts = []
    for part in name.split('、'):
        key = part.replace('“', '').replace('”', '').replace('"', '')
        if key not in SLUGS:
            raise TableError(f'no ASCII name for the holiday {part!r}: add it to SLUGS in tools/make_ics.py')
        parts.append(SLUGS[key])
    return '-'.join(parts)


def parse_date(text, where):
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', text):
        raise TableError(f'{where}: {text!r} is not a date (YYYY-MM-DD)')
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise TableError(f'{where}: {text!r} is not a date (YYYY-MM-DD)') from None


class Paper:
    """A notice, a later notice that changes or adds to it, or (tentative tables) the statute."""

    def __init__(self, role, title):
        self.role, self.title, self.date, self.url = role, title, None, None


class Row:
    def __init__(self, kind, name, first, last, paper, lineno):
        self.kind, self.name, self.first, self.last = kind, name, first, last
        self.paper, self.lineno = paper, lineno


class Table:
    def __init__(self, path):
        self.path = path
        self.year = None
        self.tentative = False
        self.region = None       # (GB/T 2260 code, name) of a region's table
        self.checks = []         # addresses of the second copies the rows were checked against
        self.papers = []
        self.rows = []

    @property
    def main(self):
        return self.papers[0]

    @property
    def supplements(self):
        return self.papers[1:]


def read_table(path):
    table = Table(path)
    base = os.path.basename(path)
    current = None
    pending_rows = []
    with open(path, encoding='utf-8') as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.rstrip('\n').strip()
            where = f'{base}:{lineno}'
            if not line or line.startswith('#'):
                continue
            words = line.split()
            key, args = words[0], words[1:]
            if key == 'year':
                if len(args) != 1 or not re.fullmatch(r'\d{4}', args[0]):
                    raise TableError(f'{where}: expected `year YYYY`')
                table.year = int(args[0])
            elif key == 'region':
                if len(args) != 2 or not re.fullmatch(r'\d{6}', args[0]):
                    raise TableError(f'{where}: expected `region CODE NAME` (a GB/T 2260 code of six digits)')
                table.region = (args[0], args[1])
            elif key == 'check':
                if len(args) != 1:
                    raise TableError(f'{where}: expected `check URL`')
                table.checks.append(args[0])
            elif key == 'tentative':
                if args:
                    raise TableError(f'{where}: `tentative` takes no value')
                table.tentative = True
            elif key in ('notice', 'basis', 'supplement'):
                if len(args) != 1:
                    raise TableError(f'{where}: expected `{key} TITLE` (a title without spaces)')
                if key in ('notice', 'basis') and table.papers:
                    raise TableError(f'{where}: a table names one notice (or basis); later ones are `supplement`')
                if key == 'supplement' and not table.papers:
                    raise TableError(f'{where}: `supplement` before `notice`')
                current = Paper(key, args[0])
                table.papers.append(current)
            elif key in ('date', 'url'):
                if current is None or len(args) != 1:
                    raise TableError(f'{where}: expected `{key} VALUE` after a notice, basis or supplement line')
                if getattr(current, key) is not None:
                    raise TableError(f'{where}: second `{key}` for {current.title}')
                setattr(current, key, parse_date(args[0], where) if key == 'date' else args[0])
            elif key in ('holiday', 'workday'):
                by = None
                if len(args) >= 2 and args[-2] == 'by':
                    by, args = args[-1], args[:-2]
                if key == 'holiday' and len(args) != 3:
                    raise TableError(f'{where}: expected `holiday NAME FIRST LAST [by DATE]`')
                if key == 'workday' and len(args) != 2:
                    raise TableError(f'{where}: expected `workday NAME DATE [by DATE]`')
                first = parse_date(args[1], where)
                last = parse_date(args[2], where) if key == 'holiday' else first
                pending_rows.append((key, args[0], first, last, by, lineno))
            else:
                raise TableError(f'{where}: cannot read line: {line!r}')

    if table.year is None:
        raise TableError(f'{base}: no `year` line')
    want = f'{table.region[0]}-{table.year}.txt' if table.region else f'{table.year}.txt'
    if base != want:
        raise TableError(f'{base}: this table must be named {want}')
    if table.region and not table.checks:
        raise TableError(f'{base}: a region\'s table names the second copy its dates were checked against (`check URL`)')
    if table.region and table.tentative:
        raise TableError(f'{base}: a region\'s table comes from a notice, never tentative')
    if not table.papers:
        raise TableError(f'{base}: no `notice` line')
    if table.tentative != (table.main.role == 'basis'):
        raise TableError(f'{base}: a tentative table names its `basis`; a confirmed one its `notice`')
    for paper in table.papers:
        if paper.date is None:
            raise TableError(f'{base}: no `date` for {paper.title}')
        if paper.url is None and not table.tentative:
            raise TableError(f'{base}: no `url` for {paper.title}')
    if table.tentative and table.supplements:
        raise TableError(f'{base}: a tentative table has no supplements')

    by_date = {p.date: p for p in table.supplements}
    for kind, name, first, last, by, lineno in pending_rows:
        where = f'{base}:{lineno}'
        paper = table.main
        if by is not None:
            d = parse_date(by, where)
            if d not in by_date:
                raise TableError(f'{where}: `by {by}` names no supplement of this table')
            paper = by_date[d]
        table.rows.append(Row(kind, name, first, last, paper, lineno))
    check_rows(table)
    return table


def check_rows(table):
    base = os.path.basename(table.path)
    lo = datetime.date(table.year - 1, 12, 1)
    hi = datetime.date(table.year, 12, 31)
    days = {}
    previous = None
    for row in table.rows:
        where = f'{base}:{row.lineno}'
        slug(row.name)
        if row.last < row.first:
            raise TableError(f'{where}: the period ends before it starts')
        if row.first < lo or row.last > hi:
            raise TableError(f'{where}: a notice for {table.year} reaches from December {table.year - 1} '
                             f'to December {table.year}, not {row.first}..{row.last}')
        if previous is not None and row.first < previous:
            raise TableError(f'{where}: rows must be in date order')
        previous = row.first
        if row.kind == 'workday':
            if table.tentative:
                raise TableError(f'{where}: a tentative table has no adjusted working days')
            if row.first.weekday() < 5:
                raise TableError(f'{where}: {row.first} is a weekday; an adjusted working day is a Saturday or Sunday')
        day = row.first
        while day <= row.last:
            if day in days:
                raise TableError(f'{where}: {day} is already given on line {days[day]}')
            days[day] = row.lineno
            day += datetime.timedelta(days=1)


# --- iCalendar output ----------------------------------------------------------------------------

def escape_text(text):
    return (text.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n'))


def fold(line):
    """Folds a content line at 75 octets (RFC 5545 3.1) without splitting a UTF-8 sequence."""
    out, current, size, limit = [], [], 0, 75
    for ch in line:
        n = len(ch.encode('utf-8'))
        if size + n > limit:
            out.append(''.join(current))
            current, size, limit = [' '], 1, 75
        current.append(ch)
        size += n
    out.append(''.join(current))
    return '\r\n'.join(out) + '\r\n'


def ymd(day):
    return day.strftime('%Y%m%d')


def paper_ref(paper):
    if paper.role == 'basis':
        return f'{paper.title}（{paper.date.isoformat()}修订）'
    return f'{paper.title}（{paper.date.isoformat()}）'


def describe(table, row):
    if table.tentative:
        return (f'{row.name}放假（暂定）。依据{paper_ref(table.main)}第二条、第六条推定，'
                f'国务院办公厅{table.year}年部分节假日安排的通知发布前仅供参考，以通知为准。')
    what = f'{row.name}放假。' if row.kind == 'holiday' else f'{row.name}调休，周末上班。'
    if row.paper is table.main:
        return f'{what}依据：{paper_ref(table.main)}。'
    return f'{what}依据：{paper_ref(table.main)}及{paper_ref(row.paper)}。'


def render(table):
    if table.region:
        calname = f'{table.region[1]}节假日安排 {table.year}（地方）'
    else:
        calname = f'中国节假日安排 {table.year}' + ('（暂定）' if table.tentative else '')
    lines = [
        'BEGIN:VCALENDAR',
        f'PRODID:{PRODID}',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:' + escape_text(calname),
        f'X-EGCA-COVERAGE:{table.year}',
    ]
    if table.region:
        lines.append(f'X-EGCA-REGION:{table.region[0]}')
    if table.tentative:
        lines.append('X-EGCA-BASIS:' + escape_text(table.main.title))
    else:
        lines.append('X-EGCA-NOTICE:' + escape_text(table.main.title))
        lines.append(f'X-EGCA-SOURCE:{table.main.url}')
        for paper in table.supplements:
            lines.append('X-EGCA-SUPPLEMENT:' + escape_text(paper.title))
            lines.append(f'X-EGCA-SUPPLEMENT-SOURCE:{paper.url}')
        for url in table.checks:
            lines.append(f'X-EGCA-CHECKED-AGAINST:{url}')

    holiday_count = {}
    for row in table.rows:
        if row.kind == 'holiday':
            holiday_count[row.name] = holiday_count.get(row.name, 0) + 1
    for row in table.rows:
        name_slug = slug(row.name)
        prefix = f'{table.region[0]}-{table.year}' if table.region else f'{table.year}'
        if row.kind == 'holiday':
            uid = f'{prefix}-{name_slug}-holiday'
            if holiday_count[row.name] > 1:
                uid += f'-{ymd(row.first)}'
            summary, special, category = f'{row.name}(休)', 'WORK-HOLIDAY', '休'
        else:
            uid = f'{prefix}-{name_slug}-workday-{ymd(row.first)}'
            summary, special, category = f'{row.name}(班)', 'ALTERNATE-WORKDAY', '班'
        lines += [
            'BEGIN:VEVENT',
            f'UID:{uid}@egca',
            f'DTSTAMP:{ymd(row.paper.date)}T000000Z',
            f'DTSTART;VALUE=DATE:{ymd(row.first)}',
            f'DTEND;VALUE=DATE:{ymd(row.last + datetime.timedelta(days=1))}',
            'SUMMARY:' + escape_text(summary),
            'DESCRIPTION:' + escape_text(describe(table, row)),
            f'CATEGORIES:{category}',
            f'X-APPLE-SPECIAL-DAY:{special}',
            'TRANSP:TRANSPARENT',
            'STATUS:TENTATIVE' if table.tentative else 'STATUS:CONFIRMED',
        ]
        # The text that made the day what it is (egca names it for each day): the notice, or the
        # supplement the row comes from, or for a tentative year the statute it is derived from.
        lines.append('X-EGCA-NOTICE:' + escape_text(row.paper.title))
        lines.append(f'X-EGCA-NOTICE-DATE:{row.paper.date.isoformat()}')
        if row.paper.url:
            lines.append(f'X-EGCA-NOTICE-URL:{row.paper.url}')
        lines.append('END:VEVENT')
    lines.append('END:VCALENDAR')
    return ''.join(fold(line) for line in lines).encode('utf-8')


# --- command line --------------------------------------------------------------------------------

LOCAL_NOTICES_DIR = os.path.join(NOTICES_DIR, 'local')
LOCAL_DATA_DIR = os.path.join(DATA_DIR, 'local')


def table_paths():
    paths = sorted(os.path.join(NOTICES_DIR, n) for n in os.listdir(NOTICES_DIR)
                   if re.fullmatch(r'\d{4}\.txt', n))
    if os.path.isdir(LOCAL_NOTICES_DIR):
        paths += sorted(os.path.join(LOCAL_NOTICES_DIR, n) for n in os.listdir(LOCAL_NOTICES_DIR)
                        if re.fullmatch(r'\d{6}-\d{4}\.txt', n))
    return paths


def output_path(table):
    if table.region:
        return os.path.join(LOCAL_DATA_DIR, f'{table.region[0]}-{table.year}.ics')
    return os.path.join(DATA_DIR, f'{table.year}.ics')


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + '.tmp'
    with open(tmp, 'wb') as f:
        f.write(data)
    os.replace(tmp, path)


def check():
    problems = []
    expected = set()
    for path in table_paths():
        table = read_table(path)
        out = output_path(table)
        expected.add(('local/' if table.region else '') + os.path.basename(out))
        try:
            with open(out, 'rb') as f:
                have = f.read()
        except OSError as e:
            problems.append(f'{out}: cannot read it ({e.strerror}); run tools/make_ics.py --all')
            continue
        if have != render(table):
            problems.append(f'{out}: differs from what {os.path.relpath(table.path, os.path.dirname(HERE))} gives; '
                            f'run tools/make_ics.py --all')
    for name in sorted(os.listdir(DATA_DIR)):
        if name.endswith('.ics') and name not in expected:
            problems.append(f'{os.path.join(DATA_DIR, name)}: no table tools/notices/{name[:-4]}.txt')
    if os.path.isdir(LOCAL_DATA_DIR):
        for name in sorted(os.listdir(LOCAL_DATA_DIR)):
            if name.endswith('.ics') and 'local/' + name not in expected:
                problems.append(f'{os.path.join(LOCAL_DATA_DIR, name)}: no table tools/notices/local/{name[:-4]}.txt')
    for p in problems:
        print(f'make_ics.py: {p}', file=sys.stderr)
    if not problems:
        print(f'make_ics.py: {len(expected)} files match their tables')
    return 1 if problems else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description='Writes data/holidays/YYYY.ics from tools/notices/YYYY.txt.')
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument('table', nargs='?', help='one notice table (tools/notices/YYYY.txt)')
    group.add_argument('--all', action='store_true', help='regenerate every file from tools/notices/')
    group.add_argument('--check', action='store_true', help='verify the committed files match their tables')
    ap.add_argument('-o', '--output', help='output file for one table (`-`: standard output)')
    args = ap.parse_args(argv)
    try:
        if args.check:
            return check()
        if args.all:
            if args.output:
                ap.error('--output goes with one table, not --all')
            for path in table_paths():
                table = read_table(path)
                write(output_path(table), render(table))
            return 0
        table = read_table(args.table)
        data = render(table)
        if args.output == '-':
            sys.stdout.buffer.write(data)
        else:
            write(args.output or output_path(table), data)
        return 0
    except TableError as e:
        print(f'make_ics.py: {e}', file=sys.stderr)
        return 1
    except OSError as e:
        print(f'make_ics.py: {e.filename}: {e.strerror}', file=sys.stderr)
        return 1


if __name__ == '__main__':
    sys.exit(main())
