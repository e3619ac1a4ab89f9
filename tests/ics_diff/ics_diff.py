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
    a timed event ending at midnight does not touch that day; all-day DTEND exclusive; coverage declared,
    or else a holiday in the window of each festival of 全国年节及纪念日放假办法 第二条 (docs/api.md); a year
    covered only by TENTATIVE events is provisional, and so is a day of a confirmed year that only
    TENTATIVE events mark).
The oracle never calls egca. Both must agree on every day of the covered years (kind and provisional),
on the coverage, and on refusals: a feed the oracle refuses must be refused with a message that names the
file, the line where the oracle expects it and the rule; a feed the oracle accepts must load.

Some features are optional (FEATURES): a run may leave some out (--without) to look at one class of
disagreement alone; the suite (meson.build) and scripts/fuzz.sh ics-diff take them all.
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

# Optional feed features, each on unless left out (--features, --without).
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
    'no_coverage': 'feeds without X-EGCA-COVERAGE (covered by a holiday for each statutory festival), with '
                   'festival holidays in, at the edge of, just outside or missing from their windows',
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


def gen_festivals(rng, feats, year, prefix):
    """Holiday events for the statutory festivals of a year, one day each: mostly inside the festival's
    window (often on its first or last day), sometimes a day outside it or left out, so that a feed
    without X-EGCA-COVERAGE covers the year or misses it by one festival."""
    events = []
    for k, name in enumerate(festivals(year)):
        first, last = festival_window(name, year)
        roll = rng.random()
        if roll < 0.04:
            continue
        if roll < 0.08:
            day = rng.choice([first - ONE, last + ONE])
        elif roll < 0.4:
            day = rng.choice([first, last])
        else:
            day = first + rng.randrange((last - first).days + 1) * ONE
        forms = ['date', 'date'] + [f for f in ('tzid', 'utc') if f in feats]
        form = rng.choice(forms)
        lines = ['SUMMARY:' + name + rng.choice(['(休)', '假期', ' Holiday'])]
        if form == 'date':
            lines.append('DTSTART;VALUE=DATE:' + fmt_date(day))
        elif form == 'tzid':
            lines.append('DTSTART;TZID=Asia/Shanghai:' + fmt_date(day) + 'T' + rng.choice(['000000', '090000', '235900']))
        else:  # the UTC day before, at 16:00Z or later, is this day in UTC+8
            t = DT(day.year, day.month, day.day) - PLUS8 + datetime.timedelta(hours=rng.choice([0, 1, 15]))
            lines.append('DTSTART:' + fmt_dt(t, 'utc'))
            if 'utc_midnight_end' in feats and rng.random() < 0.5:
                lines.append('DTEND:' + fmt_dt(DT(day.year, day.month, day.day) + ONE - PLUS8, 'utc'))
        if 'tentative' in feats and rng.random() < 0.05:  # a festival with only a tentative holiday
            lines.append('STATUS:TENTATIVE')
        rng.shuffle(lines)
        events.append([f'UID:{prefix}f{year}-{k}'] + lines)
    return events


def gen_feed(rng, feats, year, prefix, bad):
    """One feed: a dict with its header lines and event line lists."""
    events = []
    n = rng.randrange(3, 12)
    bad_at = rng.randrange(n) if bad not in (None, 'bad_coverage') else -1
    for i in range(n):
        events.append(gen_event(rng, feats, year, f'{prefix}{i}@diff', bad if i == bad_at else None))
    header = ['VERSION:2.0', 'PRODID:-//egca//ics-diff//EN']
    if 'no_coverage' not in feats or rng.random() < 0.6:
        years = [year, year + 1] if rng.random() < 0.8 else [year]
        header.append('X-EGCA-COVERAGE:' + ','.join(str(y) for y in years))
    elif rng.random() < 0.8:  # holidays for the festivals of one or both years, interleaved with the rest
        for y in [year, year + 1] if rng.random() < 0.5 else [rng.choice([year, year + 1])]:
            for ev in gen_festivals(rng, feats, y, prefix):
                events.insert(rng.randrange(len(events) + 1), ev)
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

# The coverage rule of docs/api.md ("Calendar" section): a source without X-EGCA-COVERAGE covers a year
# when, for each festival that 全国年节及纪念日放假办法 第二条 gives all citizens off that year (seven from
# 2008, four before), it marks a holiday day within that festival's window (both ends included); the year
# is tentative when some festival has only STATUS:TENTATIVE holidays. Windows as (month, day) pairs.
FESTIVAL_WINDOWS = {
    '元旦': ((1, 1), (1, 3)),
    '春节': ((1, 15), (3, 5)),
    '清明节': ((4, 1), (4, 10)),
    '劳动节': ((4, 28), (5, 7)),
    '端午节': ((5, 20), (6, 30)),
    '中秋节': ((9, 5), (10, 10)),  # other years than MID_AUTUMN's: the wide window
    '国庆节': ((10, 1), (10, 8)),
}
FESTIVALS_BEFORE_2008 = ('元旦', '春节', '劳动节', '国庆节')

# 中秋节 (八月十五) of 2008..2027, where docs/api.md narrows its window to three days either side. Computed
# astronomically, not taken from egca: the eighth lunar month is the one whose first day (the day, in
# UTC+8, of its new moon) is on or before the day of 秋分 and whose next new moon's day is after it
# (GB/T 33661-2017), from new moon and equinox instants (PyEphem); each date lies within three days of
# the 中秋 holiday in the notice tables under tools/notices/.
MID_AUTUMN = {
    2008: D(2008, 9, 14), 2009: D(2009, 10, 3), 2010: D(2010, 9, 22), 2011: D(2011, 9, 12),
    2012: D(2012, 9, 30), 2013: D(2013, 9, 19), 2014: D(2014, 9, 8), 2015: D(2015, 9, 27),
    2016: D(2016, 9, 15), 2017: D(2017, 10, 4), 2018: D(2018, 9, 24), 2019: D(2019, 9, 13),
    2020: D(2020, 10, 1), 2021: D(2021, 9, 21), 2022: D(2022, 9, 10), 2023: D(2023, 9, 29),
    2024: D(2024, 9, 17), 2025: D(2025, 10, 6), 2026: D(2026, 9, 25), 2027: D(2027, 9, 15),
}


def festival_window(name, year):
    """(first, last) dates a festival's holiday may fall on in a year."""
    if name == '中秋节' and year in MID_AUTUMN:
        return MID_AUTUMN[year] - 3 * ONE, MID_AUTUMN[year] + 3 * ONE
    (m0, d0), (m1, d1) = FESTIVAL_WINDOWS[name]
    return D(year, m0, d0), D(year, m1, d1)


def festivals(year):
    return tuple(FESTIVAL_WINDOWS) if year >= 2008 else FESTIVALS_BEFORE_2008


def festival_coverage(days, year):
    """'confirmed', 'tentative' or None: a year's coverage by one source's holidays, without a declaration."""
    holidays = {}  # date -> True when only tentative events mark it a holiday
    for d, mark, tentative in days:
        if mark == 'holiday' and d.year == year:
            holidays[d] = holidays.get(d, True) and tentative
    cov = 'confirmed'
    for name in festivals(year):
        first, last = festival_window(name, year)
        inside = [t for d, t in holidays.items() if first <= d <= last]
        if not inside:
            return None
        if all(inside):
            cov = 'tentative'
    return cov


class Refusal(Exception):
    """The oracle's expected refusal: the rule (words the message must hold, as egca writes them in Chinese,
    its default language) and the line, if any."""

    def __init__(self, words, line=None, rule=None):
        super().__init__(words)
        self.words, self.line, self.rule = words, line, rule or ','.join(words)


def unfold(data):
    # RFC 5545 §3.1: a CRLF followed by one space or tab is removed; then the text is UTF-8.
    text = data.replace(b'\r\n ', b'').replace(b'\r\n\t', b'').decode('utf-8')
    # RFC 5545 §2: names are case-insensitive. python3-icalendar finds a VTIMEZONE written in lower case
    # for no TZID (its times would read as floating), so names, and BEGIN/END values, go to upper case.
    out = []
    for line in text.split('\r\n'):
        cut = min([line.index(c) for c in ':;' if c in line] or [len(line)])
        name, rest = line[:cut].upper(), line[cut:]
        out.append(name + (rest.upper() if name in ('BEGIN', 'END') else rest))
    return '\r\n'.join(out)


def props(comp, name):
    v = comp.get(name)
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def wall(t):
    """A DATE-TIME as egca reads it (docs/api.md): in UTC or in a zone, converted to China's time (UTC+8,
    no daylight saving since 1991); floating, China's time as written."""
    if t.tzinfo is not None and t.utcoffset() is not None:
        return (t - t.utcoffset() + PLUS8).replace(tzinfo=None)
    return t.replace(tzinfo=None)


def in_zone(naive, tz):
    """A wall-clock time of a zone as an aware time (pytz zones need localize, not replace)."""
    if tz is None:
        return naive
    return tz.localize(naive) if hasattr(tz, 'localize') else naive.replace(tzinfo=tz)


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
        raise Refusal(['DTEND', '早于'], line)
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
        occ = [(in_zone(t, start.tzinfo) if timed else t.date()) for t in r]
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
                raise Refusal(['既不是节假日也不是工作日'], line)
            if policy == 'ignore':
                continue
            mark = 'holiday'
        days += [(d, mark, status == 'TENTATIVE') for d in dates]
    return days, declared


def check_conflicts(sources):
    """Refuses dates that two events of the sources read so far give different kinds. egca checks each
    source as it is added (against itself and those before it), so a conflict in the first file is
    reported before a refusal in the second."""
    merged, both = {}, set()
    for days, _ in sources:
        for d, mark, _ in days:
            if merged.setdefault(d, mark) != mark:
                both.add(d)
    if both:  # egca names one date where two events disagree, the first it finds
        r = Refusal(['节假日', '工作日'], rule='conflict')
        r.dates = both
        raise r
    return merged


def oracle(sources, policy):
    """{year: 'confirmed'|'tentative'} and {date: (kind, provisional day)} over every source, or a Refusal."""
    merged, coverage = check_conflicts(sources), {}
    for days, declared in sources:
        for y in {d.year for d, _, _ in days} | declared:
            marks = [(m, t) for d, m, t in days if d.year == y]
            if y in declared:
                cov = 'tentative' if marks and all(t for _, t in marks) else 'confirmed'
            else:
                cov = festival_coverage(days, y)
            if cov == 'confirmed' or (cov == 'tentative' and y not in coverage):
                coverage[y] = cov
    coverage = {y: c for y, c in coverage.items() if 1900 <= y <= 2199}
    if not coverage:
        raise Refusal(['未覆盖任何年份'])
    # docs/api.md: in a confirmed year, a day that only STATUS:TENTATIVE events mark (no confirmed event
    # marks it the same way; a different way is a conflict) is provisional.
    confirmed_days = {d for days, _ in sources for d, _, t in days if not t}
    kinds = {}
    for y in range(min(coverage), max(coverage) + 1):
        d = D(y, 1, 1)
        while d.year == y:
            mark = merged.get(d)
            weekend = d.weekday() >= 5
            kind = ('holiday' if mark == 'holiday' else 'adjusted_workday' if mark == 'working' and weekend
                    else 'weekend' if weekend and mark is None else 'workday')
            kinds[d] = (kind, mark is not None and d not in confirmed_days)
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
            check_conflicts(sources)
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
        for d, (kind, tentative_day) in kinds.items():
            try:
                got = (cal.kind(d), cal.is_provisional(d))
            except egca.CoverageError:
                got = ('uncovered', None)
            want = (kind, coverage[d.year] == 'tentative' or tentative_day) if d.year in coverage \
                else ('uncovered', None)
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
