#!/usr/bin/env python3
"""Differential test of egca's iCalendar loader against an independent reading of the same feeds.

A seeded generator writes random holiday feeds (all-day and timed events, TZID / floating / UTC times,
RRULE, RDATE, EXDATE, folded lines, CANCELLED and TENTATIVE events, X-EGCA-COVERAGE). Each feed is read
twice:
  - by egca, through the Python binding (egca.Calendar.load over a temporary file);
  - by this file's oracle: the bytes unfolded as RFC 5545 §3.1 says, parsed with python3-icalendar and
    expanded with python3-dateutil, then classified and counted by the semantics that DESIGN.md and
    egca(1) document (first match wins: X-APPLE-SPECIAL-DAY, working-day markers, holiday markers;
    CANCELLED ignored; a date-time's date in its own zone, floating = Asia/Shanghai, UTC moved to UTC+8;
    a timed event ending at midnight does not touch that day; all-day DTEND exclusive; coverage declared
    or holidays in three months; a year covered only by TENTATIVE events is provisional).
The oracle never calls egca. Both must agree on every day of the covered years (kind and provisional),
on the coverage, and on refusals: a feed the oracle refuses must be refused with a message that names the
file, the line where the oracle expects it and the rule; a feed the oracle accepts must load.

Some features are optional (FEATURES): the suite leaves out those that egca does not handle yet (see
meson.build); a long run takes them all.
Usage: ics_diff.py [--feeds N] [--seed S] [--features all|a,b,...] [--without a,b] [--show N]
Exits 1 when a feed disagrees; prints each class of disagreement with its smallest feed.
"""
import argparse
import datetime
import os
import random
import re
import sys
import tempfile
import warnings

import icalendar
from dateutil import rrule as du_rrule

import egca

D = datetime.date
DT = datetime.datetime
ONE = datetime.timedelta(days=1)
PLUS8 = datetime.timedelta(hours=8)

# Optional feed features. The suite runs without those listed in meson.build as not handled yet.
FEATURES = {
    'fold': 'folded lines, cut between whole characters',
    'fold_utf8': 'folded lines cut inside a multibyte UTF-8 sequence (RFC 5545 §3.1 allows it)',
    'fold_structure': 'BEGIN/END lines folded too',
    'tzid': 'timed events with TZID=Asia/Shanghai',
    'vtimezone': 'timed events in a zone that the file defines with a VTIMEZONE',
    'floating': 'timed events with floating time',
    'utc': 'timed events in UTC',
    'utc_midnight_end': 'UTC events that end at midnight in UTC+8 (00:00 Asia/Shanghai = 16:00Z)',
    'rrule': 'RRULE (DAILY, WEEKLY, YEARLY with COUNT, UNTIL, INTERVAL, BYDAY)',
    'until_utc': 'RRULE UNTIL in UTC for a DTSTART in a zone (RFC 5545 §3.3.10), near the last occurrence',
    'exdate': 'EXDATE on the DTSTART of an occurrence',
    'rdate': 'RDATE (DATE, DATE-TIME, PERIOD)',
    'cancelled': 'STATUS:CANCELLED events',
    'tentative': 'STATUS:TENTATIVE events and tentative years',
    'apple': 'X-APPLE-SPECIAL-DAY',
    'unmarked': 'events with no marker, under each unmarked policy',
    'no_coverage': 'feeds without X-EGCA-COVERAGE (covered by holidays in three months)',
    'multi_source': 'two feeds loaded together',
    'exrule': 'EXRULE (RFC 5545 dropped it): refused',
    'second_rrule': 'a second RRULE in one event: refused',
    'second_dtstart': 'a second DTSTART in one event: refused',
    'bad_end': 'DTEND before DTSTART, or both DTEND and DURATION: refused',
    'bad_coverage': 'an X-EGCA-COVERAGE that is not a list of years: refused',
    'lowercase': 'property and component names in lower case (RFC 5545 §2: case-insensitive)',
}

HOLIDAY_TEXTS = ['春节(休)', '国庆节假期', '元旦放假', 'Holiday: Labour Day', '端午节 休']
WORKING_TEXTS = ['春节(班)', '上班(补春节假期)', 'Workday', '补班', '国庆节(班)']
PLAIN_TEXTS = ['腊八节', "Mother's Day", '教师节', '植树节 纪念', 'Dragon boat race']
# The documented markers (DESIGN.md: 班, 上班, 补班, Workday … before 休, 假, 放假, Holiday …).
WORKING_MARKERS = ['班', 'workday']
HOLIDAY_MARKERS = ['休', '假', 'holiday']

CUSTOM_ZONE = 'Custom/Plus5'
VTIMEZONE = ['BEGIN:VTIMEZONE', 'TZID:' + CUSTOM_ZONE, 'BEGIN:STANDARD', 'DTSTART:19700101T000000',
             'TZOFFSETFROM:+0500', 'TZOFFSETTO:+0500', 'END:STANDARD', 'END:VTIMEZONE']


# --- Generator -----------------------------------------------------------------------------------

def fmt_date(d):
    return d.strftime('%Y%m%d')


def fmt_dt(t, form):
    s = t.strftime('%Y%m%dT%H%M%S')
    return s + 'Z' if form == 'utc' else s


def zone_param(form):
    return {'tzid': ';TZID=Asia/Shanghai', 'vtimezone': ';TZID=' + CUSTOM_ZONE}.get(form, '')


def gen_event(rng, feats, year, uid, bad):
    """One event as a dict of its logical lines (before UID/BEGIN/END) and what made it."""
    forms = ['date', 'date', 'date'] + [f for f in ('tzid', 'vtimezone', 'floating', 'utc') if f in feats]
    form = rng.choice(forms)
    start_day = D(year, 1, 1) + datetime.timedelta(days=rng.randrange(0, 730))
    lines = []
    if form == 'date':
        start = start_day
        lines.append('DTSTART;VALUE=DATE:' + fmt_date(start))
        end_kind = rng.choice(['dtend', 'duration', 'none'])
        days = rng.choice([1, 1, 1, 2, 3, 7])
        if end_kind == 'dtend':
            lines.append('DTEND;VALUE=DATE:' + fmt_date(start + days * ONE))
        elif end_kind == 'duration':
            lines.append('DURATION:' + (f'P{days // 7}W' if days == 7 and rng.random() < 0.5 else f'P{days}D'))
    else:
        hour = rng.choice([0, 8, 9, 15, 16, 17, 23])
        if form == 'utc' and 'utc_midnight_end' not in feats:
            hour = rng.choice([0, 8, 9, 15, 17, 23])
        start = DT(start_day.year, start_day.month, start_day.day, hour, rng.choice([0, 30]))
        lines.append(f'DTSTART{zone_param(form)}:' + fmt_dt(start, form))
        end_kind = rng.choice(['dtend', 'duration', 'none'])
        length = datetime.timedelta(hours=rng.choice([1, 8, 24, 30, 48]))
        end = start + length
        # An end at midnight (in UTC+8 for UTC times) is the documented edge: the day it starts is not
        # touched. For UTC that is 16:00Z, part of the feature utc_midnight_end.
        if rng.random() < 0.3:
            end = DT(end.year, end.month, end.day) + ONE
            if form == 'utc':
                end -= PLUS8
                if 'utc_midnight_end' not in feats:
                    end += datetime.timedelta(minutes=1)
            if end <= start:
                end = start + datetime.timedelta(hours=1)
        elif form == 'utc' and 'utc_midnight_end' not in feats and (end + PLUS8).time() == datetime.time(0):
            end += datetime.timedelta(minutes=1)
        if end_kind == 'dtend':
            lines.append(f'DTEND{zone_param(form)}:' + fmt_dt(end, form))
        elif end_kind == 'duration':
            delta = end - start
            lines.append(f'DURATION:P{delta.days}DT{delta.seconds // 3600}H{delta.seconds // 60 % 60}M'
                         if delta.seconds else f'DURATION:P{delta.days}D')
    # What it says.
    roll = rng.random()
    if 'apple' in feats and roll < 0.15:
        lines.append('X-APPLE-SPECIAL-DAY:' + rng.choice(['WORK-HOLIDAY', 'ALTERNATE-WORKDAY']))
        lines.append('SUMMARY:' + rng.choice(PLAIN_TEXTS + HOLIDAY_TEXTS + WORKING_TEXTS))
    elif 'unmarked' in feats and roll < 0.25 and bad is None:
        lines.append('SUMMARY:' + rng.choice(PLAIN_TEXTS))
    elif roll < 0.6:
        lines.append('SUMMARY:' + rng.choice(HOLIDAY_TEXTS))
    else:
        lines.append('SUMMARY:' + rng.choice(WORKING_TEXTS))
        if rng.random() < 0.3:
            lines.append('DESCRIPTION:' + rng.choice(HOLIDAY_TEXTS))  # the summary decides first
    if rng.random() < 0.2:
        lines.append('CATEGORIES:' + rng.choice(PLAIN_TEXTS))
    status = None
    if bad is None and 'cancelled' in feats and rng.random() < 0.1:
        status = 'CANCELLED'
    elif 'tentative' in feats and rng.random() < 0.1:
        status = 'TENTATIVE'
    elif rng.random() < 0.1:
        status = 'CONFIRMED'
    if status:
        lines.append('STATUS:' + status)
    # Recurrence.
    rec = []
    if 'rrule' in feats and rng.random() < 0.3:
        freq = rng.choice(['DAILY', 'WEEKLY', 'YEARLY'])
        parts = ['FREQ=' + freq]
        if rng.random() < 0.3:
            parts.append(f'INTERVAL={rng.choice([2, 3])}')
        if freq == 'WEEKLY' and rng.random() < 0.6:
            # DTSTART is one of the days (RFC 5545 §3.8.5.3: a recurrence set whose DTSTART does not
            # match its rule is undefined).
            names = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
            own = names[start_day.weekday()]
            parts.append('BYDAY=' + ','.join([own] + rng.sample([x for x in names if x != own], rng.choice([0, 1]))))
        if rng.random() < 0.5 or (form in ('tzid', 'vtimezone', 'utc') and 'until_utc' not in feats):
            parts.append(f'COUNT={rng.randrange(1, 8 if freq != "YEARLY" else 3)}')
        else:
            until = start_day + datetime.timedelta(days={'DAILY': 6, 'WEEKLY': 30, 'YEARLY': 400}[freq])
            if form == 'date':
                parts.append('UNTIL=' + fmt_date(until))
            elif form == 'floating':
                parts.append('UNTIL=' + fmt_dt(DT(until.year, until.month, until.day, 12), 'floating'))
            else:  # RFC 5545 §3.3.10: UTC when DTSTART has a zone
                parts.append('UNTIL=' + fmt_dt(DT(until.year, until.month, until.day, 4), 'utc'))
        rec.append('RRULE:' + ';'.join(parts))
        if bad == 'second_rrule':
            rec.append('RRULE:FREQ=DAILY;COUNT=2')
    if 'rdate' in feats and rng.random() < 0.25:
        extra = start_day + datetime.timedelta(days=rng.randrange(1, 60))
        if form == 'date':
            rec.append('RDATE;VALUE=DATE:' + fmt_date(extra) + (
                ',' + fmt_date(extra + 3 * ONE) if rng.random() < 0.4 else ''))
        elif rng.random() < 0.3:
            p0 = DT(extra.year, extra.month, extra.day, 2)
            rec.append('RDATE;VALUE=PERIOD:' + fmt_dt(p0, 'utc') + '/' + fmt_dt(p0 + datetime.timedelta(hours=30), 'utc'))
        else:
            rec.append(f'RDATE{zone_param(form)}:' + fmt_dt(DT(extra.year, extra.month, extra.day,
                                                                start.hour, start.minute), form))
    if bad == 'exrule':
        rec.append('EXRULE:FREQ=WEEKLY;COUNT=2')
    if 'exdate' in feats and rng.random() < 0.3:
        # EXDATE at the instant of an occurrence: DTSTART moved by whole days (an occurrence of a DAILY
        # rule, maybe of the others; a miss must exclude nothing on both sides).
        k = rng.choice([0, 1, 2, 7])
        if form == 'date':
            rec.append('EXDATE;VALUE=DATE:' + fmt_date(start + k * ONE))
        else:
            rec.append(f'EXDATE{zone_param(form)}:' + fmt_dt(start + k * ONE, form))
    lines += rec
    if bad == 'second_dtstart':
        lines.append('DTSTART;VALUE=DATE:' + fmt_date(start + ONE) if form == 'date' else
                     f'DTSTART{zone_param(form)}:' + fmt_dt(start + ONE, form))
    if bad == 'bad_end':
        if rng.random() < 0.5:
            lines.append('DURATION:P1D' if not any(x.startswith('DURATION') for x in lines) else
                         ('DTEND;VALUE=DATE:' + fmt_date(start_day + ONE * 2) if form == 'date' else
                          f'DTEND{zone_param(form)}:' + fmt_dt(start + ONE, form)))
        else:
            lines = [x for x in lines if not x.startswith(('DTEND', 'DURATION'))]
            lines.append('DTEND;VALUE=DATE:' + fmt_date(start_day - ONE) if form == 'date' else
                         f'DTEND{zone_param(form)}:' + fmt_dt(start - ONE, form))
    rng.shuffle(lines)  # property order is free (RFC 5545 §3.6.1)
    return ['UID:' + uid] + lines


def gen_feed(rng, feats, year, prefix, bad):
    """One feed: a dict with its header lines and event line lists."""
    events = []
    n = rng.randrange(3, 12)
    bad_at = rng.randrange(n) if bad not in (None, 'bad_coverage') else -1
    for i in range(n):
        events.append(gen_event(rng, feats, year, f'{prefix}{i}@diff', bad if i == bad_at else None))
    header = ['VERSION:2.0', 'PRODID:-//egca//ics-diff//EN']
    if 'no_coverage' not in feats or rng.random() < 0.7:
        years = [year, year + 1] if rng.random() < 0.8 else [year]
        header.append('X-EGCA-COVERAGE:' + ','.join(str(y) for y in years))
    if bad == 'bad_coverage':
        header.append('X-EGCA-COVERAGE:' + rng.choice([f'{year}-{year + 1}', f'{year},x', '25']))
    if 'tentative' in feats and rng.random() < 0.15:  # a tentative year: every event TENTATIVE
        for ev in events:
            if not any(x.startswith('STATUS:') for x in ev):
                ev.append('STATUS:TENTATIVE')
    zones = VTIMEZONE if any(CUSTOM_ZONE in x for ev in events for x in ev) else []
    return {'header': header, 'zones': zones, 'events': events}


def fold_line(rng, feats, text):
    """The physical lines of one logical line, as bytes."""
    b = text.encode('utf-8')
    if 'fold' not in feats or len(b) < 3 or rng.random() < 0.6:
        return [b]
    if text.upper().startswith(('BEGIN:', 'END:')) and 'fold_structure' not in feats:
        return [b]
    cuts = set()
    for _ in range(rng.randrange(1, 4)):
        cut = rng.randrange(1, len(b))
        if 'fold_utf8' not in feats:
            while cut < len(b) and (b[cut] & 0xC0) == 0x80:
                cut += 1
        if 0 < cut < len(b):
            cuts.add(cut)
    out, last = [], 0
    for cut in sorted(cuts):
        out.append(b[last:cut])
        last = cut
    out.append(b[last:])
    return [out[0]] + [rng.choice([b' ', b'\t']) + piece for piece in out[1:]]


def render(rng, feats, feed):
    """The feed's bytes, and the physical line of each BEGIN:VEVENT and of each X-EGCA-COVERAGE."""
    logical = ['BEGIN:VCALENDAR'] + feed['header'] + feed['zones']
    marks = []
    for i, ev in enumerate(feed['events']):
        marks.append((len(logical), i))
        logical += ['BEGIN:VEVENT'] + ev + ['END:VEVENT']
    logical.append('END:VCALENDAR')
    lower = 'lowercase' in feats and rng.random() < 0.2
    physical, event_lines, coverage_lines = [], {}, []
    starts = dict(marks)
    for k, text in enumerate(logical):
        if lower and ':' in text:
            # Names in lower case; values and parameter values (a TZID) as they are.
            cut = min(text.index(c) for c in ':;' if c in text)
            name, rest = text[:cut], text[cut:]
            if name in ('BEGIN', 'END'):
                rest = rest.lower()
            text = name.lower() + rest
        if k in starts:
            event_lines[starts[k]] = len(physical) + 1
        if text.upper().startswith('X-EGCA-COVERAGE'):
            coverage_lines.append(len(physical) + 1)
        physical += fold_line(rng, feats, text)
    return b''.join(p + b'\r\n' for p in physical), event_lines, coverage_lines


# --- Oracle --------------------------------------------------------------------------------------

class Refusal(Exception):
    """The oracle's expected refusal: the rule (words the message must hold) and the line, if any."""

    def __init__(self, words, line=None, rule=None):
        super().__init__(words)
        self.words, self.line, self.rule = words, line, rule or ','.join(words)


def unfold(data):
    # RFC 5545 §3.1: a CRLF followed by one space or tab is removed; then the text is UTF-8.
    return data.replace(b'\r\n ', b'').replace(b'\r\n\t', b'').decode('utf-8')


def props(comp, name):
    v = comp.get(name)
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def is_utc(t):
    return isinstance(t, DT) and t.tzinfo is not None and t.utcoffset() == datetime.timedelta(0) and \
        str(t.tzinfo) in ('UTC', 'utc', 'Z')


def wall(t):
    """A DATE-TIME as egca reads it: UTC moved to UTC+8, others (floating or in a zone) as written."""
    if is_utc(t):
        return (t + PLUS8).replace(tzinfo=None)
    return t.replace(tzinfo=None)


def day_of(t):
    return t if not isinstance(t, DT) else wall(t).date()


def classify(ev):
    for p in props(ev, 'X-APPLE-SPECIAL-DAY'):
        return {'WORK-HOLIDAY': 'holiday', 'ALTERNATE-WORKDAY': 'working'}[str(p)]
    texts = [' '.join(str(x) for x in props(ev, 'SUMMARY')),
             ' '.join(','.join(c.cats) if hasattr(c, 'cats') else str(c) for c in props(ev, 'CATEGORIES')),
             ' '.join(str(x) for x in props(ev, 'DESCRIPTION'))]
    for text in texts:
        low = text.lower()
        if any(m in low for m in WORKING_MARKERS):
            return 'working'
        if any(m in low for m in HOLIDAY_MARKERS):
            return 'holiday'
    return None


def span(start, end):
    """The dates a timed occurrence from start to end touches (an end at midnight touches no day)."""
    first, last_t = wall(start), wall(end)
    last = last_t.date()
    if last_t.time() == datetime.time(0) and last > first.date():
        last -= ONE
    return [first.date() + k * ONE for k in range((last - first.date()).days + 1)]


def expand(ev, line):
    """The days one event marks: a list of dates (each occurrence's days)."""
    starts = props(ev, 'DTSTART')
    if len(starts) > 1:
        raise Refusal(['DTSTART'], line)
    if props(ev, 'EXRULE'):
        raise Refusal(['EXRULE'], line)
    if len(props(ev, 'RRULE')) > 1:
        raise Refusal(['RRULE'], line)
    start = starts[0].dt
    ends, durs = props(ev, 'DTEND'), props(ev, 'DURATION')
    if ends and durs:
        raise Refusal(['DTEND', 'DURATION'], line)
    timed = isinstance(start, DT)
    end = ends[0].dt if ends else (start + durs[0].dt if durs else None)
    if end is not None and (wall(end) < wall(start) if timed else end < start):
        raise Refusal(['DTEND', 'before'], line)
    if not timed:
        days = max(1, (end - start).days) if end is not None else 1
        length = None
    else:
        length = (end - start) if end is not None else datetime.timedelta(0)
    # Occurrence starts, in the event's own clock (UTC stays UTC until the date is taken).
    occ = [start]
    rules = props(ev, 'RRULE')
    if rules:
        rec = dict(rules[0])
        until = rec.pop('UNTIL', [None])[0]
        text = icalendar.prop.vRecur(rec).to_ical().decode()
        naive = start.replace(tzinfo=None) if timed else DT(start.year, start.month, start.day)
        r = du_rrule.rrulestr(text, dtstart=naive)
        if until is not None:
            if isinstance(until, DT):
                if timed and start.tzinfo is not None and until.tzinfo is not None:
                    until = until.astimezone(start.tzinfo)
                until = until.replace(tzinfo=None)
            else:
                until = DT(until.year, until.month, until.day, 23, 59, 59)
            r = r.replace(until=until)
        occ = [(t.replace(tzinfo=start.tzinfo) if timed else t.date()) for t in r]
    for p in props(ev, 'RDATE'):
        for v in p.dts:
            occ.append(v.dt)
    excluded = {day_of(v.dt) for p in props(ev, 'EXDATE') for v in p.dts}
    out = []
    for o in occ:
        if day_of(o[0] if isinstance(o, tuple) else o) in excluded:
            continue
        if isinstance(o, tuple):  # PERIOD: start and end, or start and duration
            b, e = o
            out += span(b, e if isinstance(e, DT) else b + e)
        elif isinstance(o, DT):
            out += span(o, o + length) if length else [day_of(o)]
        else:
            out += [o + k * ONE for k in range(days)]
    return out


def oracle_source(data, event_lines, coverage_lines, policy):
    """(marks {date: (mark, tentative)} with conflicts refused, declared years) of one feed."""
    cal = icalendar.Calendar.from_ical(unfold(data))
    declared = set()
    for k, p in enumerate(props(cal, 'X-EGCA-COVERAGE')):
        for part in str(p).split(','):
            part = part.strip()
            if not (len(part) == 4 and part.isdigit()):
                raise Refusal(['X-EGCA-COVERAGE'], coverage_lines[k])
            declared.add(int(part))
    days = []
    for i, ev in enumerate(cal.walk('VEVENT')):
        line = event_lines[i]
        status = str(ev.get('STATUS', '')).upper()
        if status == 'CANCELLED':
            continue
        dates = expand(ev, line)
        mark = classify(ev)
        if mark is None:
            if policy == 'error':
                raise Refusal(['neither a holiday nor a working day'], line)
            if policy == 'ignore':
                continue
            mark = 'holiday'
        days += [(d, mark, status == 'TENTATIVE') for d in dates]
    return days, declared


def oracle(sources, policy):
    """{year: 'confirmed'|'tentative'} and {date: kind} over every source, or a Refusal."""
    merged, coverage, both = {}, {}, set()
    for days, declared in sources:
        for d, mark, _ in days:
            if merged.setdefault(d, mark) != mark:
                both.add(d)
    if both:  # egca names one date where two events disagree, the first it finds
        r = Refusal(['holiday', 'working day'], rule='conflict')
        r.dates = both
        raise r
    for days, declared in sources:
        for y in {d.year for d, _, _ in days} | declared:
            marks = [(m, t) for d, m, t in days if d.year == y]
            if y in declared:
                cov = 'tentative' if marks and all(t for _, t in marks) else 'confirmed'
            else:
                confirmed = {d.month for d, m, t in days if d.year == y and m == 'holiday' and not t}
                every = {d.month for d, m, t in days if d.year == y and m == 'holiday'}
                cov = 'confirmed' if len(confirmed) >= 3 else 'tentative' if len(every) >= 3 else None
            if cov == 'confirmed' or (cov == 'tentative' and y not in coverage):
                coverage[y] = cov
    coverage = {y: c for y, c in coverage.items() if 1900 <= y <= 2199}
    if not coverage:
        raise Refusal(['covers no year'])
    kinds = {}
    for y in range(min(coverage), max(coverage) + 1):
        d = D(y, 1, 1)
        while d.year == y:
            mark = merged.get(d)
            weekend = d.weekday() >= 5
            kinds[d] = ('holiday' if mark == 'holiday' else 'adjusted_workday' if mark == 'working' and weekend
                        else 'weekend' if weekend and mark is None else 'workday')
            d += ONE
    return coverage, kinds


# --- One feed, both sides ------------------------------------------------------------------------

def make_case(seed, feats):
    rng = random.Random(seed)
    year = rng.randrange(2020, 2030)
    bad_feats = [f for f in ('exrule', 'second_rrule', 'second_dtstart', 'bad_end', 'bad_coverage') if f in feats]
    bad = rng.choice(bad_feats) if bad_feats and rng.random() < 0.1 else None
    count = 2 if 'multi_source' in feats and rng.random() < 0.2 else 1
    feeds = [gen_feed(rng, feats, year, f's{k}e', bad if k == 0 else None) for k in range(count)]
    policy = rng.choice(['ignore', 'ignore', 'error', 'holiday', 'default']) if 'unmarked' in feats else 'default'
    return {'seed': seed, 'feeds': feeds, 'policy': policy, 'render_seed': rng.randrange(1 << 30)}


def run_case(case, feats, tmp):
    """None when both sides agree, else (class, detail)."""
    rng = random.Random(case['render_seed'])
    rendered = [render(rng, feats, f) for f in case['feeds']]
    paths = []
    for k, (data, _, _) in enumerate(rendered):
        path = os.path.join(tmp, f'feed{k}.ics')
        with open(path, 'wb') as f:
            f.write(data)
        paths.append(path)
    policy = case['policy']
    expected, sources = None, []
    for k, r in enumerate(rendered):
        try:
            sources.append(oracle_source(*r, policy if policy != 'default' else 'ignore'))
        except Refusal as refusal:
            refusal.path, expected = paths[k], refusal  # egca reads the files in order, stops at the first
            break
    if expected is None:
        try:
            expected = oracle(sources, policy)
        except Refusal as refusal:
            expected = refusal
    try:
        kwargs = {} if policy == 'default' else {'unmarked': policy}
        cal = egca.Calendar.load(paths, **kwargs)
    except egca.Error as e:
        msg = str(e)
        if not isinstance(expected, Refusal):
            rule = re.sub(r'\d{4}-\d\d-\d\d', 'DATE', msg.replace(tmp + os.sep, '')).split(': ', 1)[-1]
            return 'refused, expected to load: ' + rule[:48], msg
        missing = [w for w in expected.words if w.lower() not in msg.lower()]
        if expected.rule == 'conflict' and not any(d.isoformat() in msg for d in expected.dates):
            missing.append('a date of ' + ', '.join(sorted(d.isoformat() for d in expected.dates))[:200])
        if missing:
            return 'refused for another reason: ' + expected.rule, \
                f'expected {expected.words} at line {expected.line}; got {msg}'
        if expected.line is not None and (e.line != expected.line or e.source != expected.path):
            return 'refusal at the wrong line: ' + expected.rule, \
                f'expected {expected.path}:{expected.line}; got {e.source}:{e.line}: {msg}'
        return None
    if isinstance(expected, Refusal):
        return 'loaded, expected a refusal: ' + expected.rule, f'expected {expected.words} (line {expected.line})'
    coverage, kinds = expected
    got_cov = dict(cal.coverage)
    if got_cov != coverage:
        return 'coverage differs', f'expected {coverage}; got {got_cov}'
    diffs = []
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        for d, kind in kinds.items():
            try:
                got = (cal.kind(d), cal.is_provisional(d))
            except egca.CoverageError:
                got = ('uncovered', None)
            want = (kind, coverage[d.year] == 'tentative') if d.year in coverage else ('uncovered', None)
            if got != want:
                diffs.append(f'{d}: expected {want}, got {got}')
    if diffs:
        return 'days differ', '; '.join(diffs[:6]) + (f' (+{len(diffs) - 6})' if len(diffs) > 6 else '')
    return None


def shrink(case, feats, tmp, klass):
    """Removes events, then features, while the same class of disagreement remains."""
    def same(c, f):
        try:
            r = run_case(c, f, tmp)
        except Exception:  # a shrunk feed the oracle cannot read is not the same disagreement
            return False
        return r is not None and r[0] == klass
    changed = True
    while changed:
        changed = False
        for fi, feed in enumerate(case['feeds']):
            for ei in range(len(feed['events'])):
                trial = {**case, 'feeds': [dict(x) for x in case['feeds']]}
                trial['feeds'][fi]['events'] = feed['events'][:ei] + feed['events'][ei + 1:]
                if same(trial, feats):
                    case, changed = trial, True
                    break
            if changed:
                break
    for f in ('fold', 'fold_utf8', 'fold_structure', 'lowercase'):
        if f in feats and same(case, feats - {f}):
            feats = feats - {f}
    return case, feats


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--feeds', type=int, default=200)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--features', default='all', help='comma-separated features, or all')
    ap.add_argument('--without', default='', help='features to leave out')
    ap.add_argument('--show', type=int, default=1, help='smallest feeds shown per class of disagreement')
    args = ap.parse_args(argv)
    feats = set(FEATURES) if args.features == 'all' else set(filter(None, args.features.split(',')))
    feats -= set(filter(None, args.without.split(',')))
    unknown = feats - set(FEATURES)
    if unknown:
        ap.error('unknown features: ' + ', '.join(sorted(unknown)) + ' (known: ' + ', '.join(sorted(FEATURES)) + ')')
    classes, agreed = {}, 0
    with tempfile.TemporaryDirectory(prefix='ics-diff-') as tmp:
        for n in range(args.feeds):
            case = make_case(args.seed * 1000003 + n, feats)
            result = run_case(case, feats, tmp)
            if result is None:
                agreed += 1
                continue
            classes.setdefault(result[0], []).append((case, result[1]))
        print(f'ics_diff: {args.feeds} feeds (seed {args.seed}, features {",".join(sorted(feats))}): '
              f'{agreed} agree, {args.feeds - agreed} disagree')
        for klass, cases in sorted(classes.items()):
            print(f'\n== {klass}: {len(cases)} feeds')
            for case, detail in cases[:args.show]:
                small, small_feats = shrink(case, feats, tmp, klass)
                print(f'-- seed {case["seed"]}, policy {small["policy"]}: {run_case(small, small_feats, tmp)[1]}')
                rng = random.Random(small['render_seed'])
                for k, feed in enumerate(small['feeds']):
                    print(f'-- feed{k}.ics')
                    sys.stdout.write(render(rng, small_feats, feed)[0].decode('utf-8', 'backslashreplace')
                                     .replace('\r\n', '\n'))
    return 1 if classes else 0


if __name__ == '__main__':
    sys.exit(main())
