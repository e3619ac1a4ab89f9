"""egca — the licence 电子政务电子认证服务机构资质认定 as exact, explainable rules.

China's working-day calendar (loaded from iCalendar holiday data) and the licence's deadlines,
qualification conditions, application materials and case timelines, over the egca C library.

    >>> import datetime, egca
    >>> cal = egca.Calendar.default()
    >>> cal.add_workdays(datetime.date(2025, 9, 30), 5)
    datetime.date(2025, 10, 14)
    >>> egca.deadline('acceptance', datetime.date(2025, 9, 30)).due
    datetime.date(2025, 10, 14)

Dates are datetime.date objects, in and out. Results (Deadline, Assessment, Timeline) carry the fields
of the command line's JSON output (`egca ... --format json`) as read-only attributes, with dates as
datetime.date and nested objects as Records; `to_dict()` gives them as a dict (dates as datetime.date)
and `to_dict(json=True)` the JSON document itself.

Failures raise egca.Error or one of its kinds: CoverageError (a day outside the calendar's years, or
a tentative day in strict mode), DataError (holiday data or rules that cannot be loaded) and
InputError (a bad argument, profile or case; also a ValueError). An answer that rests on a year whose
holiday notice is not published issues egca.ProvisionalWarning. Calendars and rules are immutable and
may be shared between threads; so are results.

Language: every call that writes text or may raise an egca error takes lang='zh' (简体中文) or 'en'
(English): the language of its error messages, warnings, traces, titles, notes, findings and pages, and of
its results' text methods (Timeline.to_html() keeps the timeline's language). lang=None, the default, is
the package's default: the EGCA_LANG environment variable as it was when egca was imported ('zh', 'en' or
a locale name such as 'en_US.UTF-8'), else 'zh'. JSON field names, codes, rule and question ids and enum
values ('due', 'holiday') are English in both. Python's own TypeError and ValueError messages about the
type of an argument, and the messages about an argument's value that the binding checks itself
(policy=, receipt=, unmarked=, readings=, errors=, jobs=, a day that is NaT or out of range), stay
English, as Python's own messages are.
"""
import copy
import html as _html
import datetime
import io
import json
import keyword
import os
import re
import warnings
from collections.abc import Mapping

from . import _egca
from ._egca import (Calendar, CoverageError, DataError, Day, Error, HolidayPeriod, InputError, Notice,
                    ProvisionalWarning, Rules)

__version__ = _egca.version()

__all__ = [
    'Assessment',
    'Calendar',
    'Condition',
    'CoverageError',
    'DataError',
    'Day',
    'Deadline',
    'Error',
    'Finding',
    'HolidayPeriod',
    'InputError',
    'Notice',
    'ProvisionalWarning',
    'Record',
    'Rules',
    'Timeline',
    'TimelineEntry',
    'Trace',
    'assess',
    'assess_many',
    'deadline',
    'questions',
    'timeline',
    'timelines',
]



def __dir__():
    # dir(egca) lists the API, not the modules the package imports (datetime, json, ...) nor _egca.
    return sorted(__all__ + ['__version__'])


# Fields of the JSON documents that hold dates (or lists of dates); their ISO text becomes datetime.date.
_DATE_FIELDS = frozenset({
    'adjusted_workdays', 'anchor', 'as_of', 'date', 'due', 'effective_from', 'first_counted', 'from',
    'last_day', 'met_on', 'nominal', 'other', 'other_reading', 'result', 'suspended_at', 'to',
})
_ISO_DATE = re.compile(r'\d{4}-\d{2}-\d{2}\Z')


def _attribute(key):
    """The attribute name of a JSON field: a Python keyword gets a trailing underscore (from -> from_)."""
    return key + '_' if keyword.iskeyword(key) else key


def _value(key, value, nested):
    if isinstance(value, dict):
        return nested.get(key, Record)(value)
    if isinstance(value, list):
        return [_value(key, v, nested) for v in value]
    if key in _DATE_FIELDS and isinstance(value, str) and _ISO_DATE.match(value):
        return datetime.date.fromisoformat(value)
    return value


def _dated(key, value):
    """A JSON value with its date fields as datetime.date (plain dicts and lists, copied)."""
    if isinstance(value, dict):
        return {k: _dated(k, v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dated(key, v) for v in value]
    if key in _DATE_FIELDS and isinstance(value, str) and _ISO_DATE.match(value):
        return datetime.date.fromisoformat(value)
    return value


class Record:
    """A JSON object of egca's output as read-only attributes.

    Field names are the JSON names (a Python keyword gets a trailing underscore: `from` is `from_`;
    `record['from']` works too). Dates are datetime.date, nested objects are Records, arrays are
    lists, null is None. `to_dict()` returns them as a dict (dates as datetime.date), `to_dict(json=True)`
    the JSON object itself (dates as ISO text).
    """

    _summary = None   # the attributes repr() shows; None: all of them
    _nested = {}      # JSON field -> Record subclass for the objects under it

    def __init__(self, fields):
        object.__setattr__(self, '_json', fields)
        for key, value in fields.items():
            object.__setattr__(self, _attribute(key), _value(key, value, self._nested))

    def __setattr__(self, name, value):
        raise AttributeError(f'{type(self).__name__} is read-only')

    def __delattr__(self, name):
        raise AttributeError(f'{type(self).__name__} is read-only')

    def __getattr__(self, name):
        # A result of a batch is decoded on first use (Timeline._from_line).
        text = self.__dict__.get('_line')
        if text is not None:
            self._decode(text)
            object.__setattr__(self, '_line', None)
            return getattr(self, name)
        # Only reached for a name that is not a field: say which fields there are.
        if name.startswith('__'):
            raise AttributeError(name)
        raise AttributeError(f'{type(self).__name__} has no field {name!r}; its fields: '
                             f'{", ".join(_attribute(k) for k in self._json)}')

    def __getitem__(self, key):
        if key not in self._json:
            raise KeyError(key)
        return getattr(self, _attribute(key))

    def __eq__(self, other):
        if not isinstance(other, Record):
            return NotImplemented
        return type(self) is type(other) and self._json == other._json

    __hash__ = None

    def fields(self):
        """The JSON field names, in order."""
        return list(self._json)

    def to_dict(self, json=False):
        """The object as a dict (a deep copy) with dates as datetime.date, as the attributes hold them;
        `json=True` gives the JSON object itself, as `--format json` prints it (dates as ISO text)."""
        if json:
            return copy.deepcopy(self._json)
        return _dated(None, self._json)

    def __repr__(self):
        names = self._summary or [_attribute(k) for k in self._json]
        shown = ', '.join(f'{name}={getattr(self, name)!r}' for name in names if hasattr(self, name))
        return f'{type(self).__name__}({shown})'


class Trace(Record):
    """Why a deadline falls where it does: `text` says it in one paragraph; the other fields give the
    counts (holidays and weekend days passed over, adjusted working days counted, pauses)."""
    _summary = ('text',)


class Deadline(Record):
    """A computed deadline: `egca deadline RULE DATE --format json` as attributes.

    rule, title, version, effective_from, in_force (False when no version was in force on the start
    day and the first was applied), from_ (the start day), starts (what the start is), due
    (None when suspended), status ('due' or 'suspended'), unit, count, direction, extends,
    provisional, ambiguous (another reading of an open question gives another day), other_reading
    (deprecated: the first other reading's day), policy, readings (Records: question, reading, chosen,
    due; the default of each question first), cutoff, cutoff_in_person, contested, note, basis (Records:
    law, article, item), guide (section, item) and trace (a Trace).
    """
    _summary = ('rule', 'from_', 'due', 'status', 'provisional', 'ambiguous', 'other_reading')
    _nested = {'trace': Trace}


class Condition(Record):
    """One qualification condition's verdict: id, title, verdict, reasons (every leaf of its condition
    tree, evaluated), missing_facts, basis."""
    _summary = ('id', 'verdict', 'missing_facts')


class Assessment(Record):
    """An applicant's assessment: `egca assess PROFILE --format json` as attributes.

    eligible ('yes', 'no' or 'undetermined'), conditions (Records: id, title, verdict — 'met',
    'not_met', 'unknown' or 'needs_review' —, reasons, missing_facts, basis), materials (complete,
    missing: every missing item and sub-item in the guide's order), findings, notice (the draft
    补正材料通知书, or None when the materials are complete).
    """
    _nested = {'conditions': Condition}

    def verdicts(self):
        """{condition id: verdict}, in the order of the rules."""
        return {c.id: c.verdict for c in self.conditions}

    def __repr__(self):
        missing = [m.id for m in self.materials.missing]
        return (f'Assessment(eligible={self.eligible!r}, verdicts={self.verdicts()!r}, '
                f'materials_complete={self.materials.complete!r}, missing_materials={missing!r})')


class TimelineEntry(Record):
    """One deadline of a timeline: rule, title, ref, anchor, due (None when suspended, not covered or
    unknown), nominal, status (and, only when it is 'unknown', reason: why no rule version computes it, the
    text egca.deadline refuses that day with, in the call's language), met_on, days_left, unit, provisional, ambiguous (another reading of an open question
    gives another due day or status), other_reading (deprecated), readings (Records: question, reading,
    chosen, due, status — None where the deadline does not arise under that reading —; the default of
    each question first), basis."""
    _summary = ('rule', 'ref', 'anchor', 'due', 'status', 'met_on', 'days_left', 'provisional')


class Finding(Record):
    """What the law deems or what breaks it, found on a timeline: code, rule, date, message; and
    `violation`, True when it records a breach of a time limit or of a procedural duty (False when it
    informs: an extension's disputed footing, a year without holiday data); `contested`, True when it holds
    only under the reading applied of an open question, which `reading` names (question, reading)."""
    _summary = ('code', 'rule', 'date', 'violation', 'message')


class Timeline(Record):
    """A case's timeline as of a date: `egca timeline CASE --as-of DATE --format json` as attributes.

    case_id, as_of, deadlines (TimelineEntry: rule, title, ref, anchor, due, nominal, status, met_on,
    days_left, unit, provisional, ambiguous, other_reading, basis) and findings (Finding: code, rule,
    date, message, violation). Beside the JSON fields, `clean` is True when nothing is late or overdue
    and no finding is a violation (the command's exit status 0).
    """
    _nested = {'deadlines': TimelineEntry, 'findings': Finding}

    @classmethod
    def _from_line(cls, line, clean):
        """A timeline from its compact JSON line (a batch's result), decoded on first use: a batch hands
        out results faster than they could all be decoded, and many are only counted or filtered."""
        self = object.__new__(cls)
        object.__setattr__(self, '_line', line)
        object.__setattr__(self, 'clean', clean)
        return self

    def _decode(self, line):
        Record.__init__(self, json.loads(line))
        for finding in self.findings:
            object.__setattr__(finding, 'violation', finding.code in _VIOLATIONS)

    def to_html(self):
        """The timeline as one self-contained HTML page (`egca timeline CASE --format html`): a picture of
        every deadline on the working-day calendar, then every date, status and basis as text, in the
        timeline's language (the lang= of the call that made it).

        The page is drawn by evaluating the case again with the same calendar and rules (a file is read
        again); InputError when that evaluation no longer gives this timeline (the file changed).
        A Timeline of egca.timelines() keeps its case's text when the cases came as an iterable; one read
        from a file object of NDJSON keeps none and is not drawn (TypeError).
        """
        source = self.__dict__.get('_input')
        if source is None:
            raise TypeError('to_html() draws a Timeline whose case it has: a result of egca.timelines() read '
                            'from a file object keeps none; evaluate it with egca.timeline(case, as_of)')
        text, name, as_of, policy, readings, calendar, rules, receipt, lang, path, output = source
        page, again = _egca.timeline_html(text, name, as_of, policy, readings, calendar, rules, path, receipt, lang)
        if (again != output) if output is not None else (json.loads(again) != self.to_dict(json=True)):
            english = (lang or _egca.default_lang()) == 'en'
            raise InputError(f'{name}: the case no longer gives this timeline (changed since it was evaluated)'
                             if english else f'{name}：该案件已不再得出此时间线（评估后已更改）')
        return page

    def _repr_html_(self):
        """Jupyter shows a Timeline as its picture: to_html()'s page in a sandboxed frame (its own style
        sheet and policy then apply to it alone, not to the notebook). None (the plain repr) when it
        cannot be drawn."""
        if self.__dict__.get('_input') is None:
            return None
        # Tall enough for the picture (a lane is 30 px), the table (a row about 45 px) and the findings.
        height = 260 + 75 * len(self.deadlines) + 30 * len(self.findings)
        return (f'<iframe sandbox="" title="{_html.escape(self.case_id)}" style="width:100%;height:{height}px;'
                f'border:1px solid #ddd" srcdoc="{_html.escape(self.to_html(), quote=True).replace(chr(10), "&#10;")}"></iframe>')

    def __repr__(self):
        deadlines = ', '.join(f'{d.rule} {d.status} {d.due}' for d in self.deadlines)
        findings = [f.code for f in self.findings]
        return (f'Timeline(case_id={self.case_id!r}, as_of={self.as_of!r}, clean={self.clean!r}, '
                f'deadlines=[{deadlines}], findings={findings!r})')


def _json_default(value):
    if isinstance(value, datetime.datetime):
        raise TypeError(f'a datetime ({value!r}) where a date belongs: use .date()')
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f'{type(value).__name__} is not JSON data')


def _document(doc, what):
    """(JSON text, source name, given as a mapping, path) of a profile or case: a mapping (its JSON text,
    path None), or a file's path (text None: the library reads the file, with the command's limits)."""
    if isinstance(doc, Mapping):
        try:
            text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False, default=_json_default)
        except (TypeError, ValueError) as e:
            raise InputError(f'<{what}>: not JSON data: {e}') from None
        return text.encode('utf-8'), f'<{what}>', True, None
    if isinstance(doc, (str, bytes, os.PathLike)):
        return None, os.fsdecode(doc), False, doc
    raise TypeError(f'{what} must be a mapping (the JSON document) or a path to a JSON file, '
                    f'not {type(doc).__name__}')


def _relocated(error):
    """For a document given as a mapping, the error without line and column (they would count lines of
    egca's own serialisation); its JSON pointer locates the value."""
    parts = [error.source, error.pointer, error.message]
    fresh = type(error)(': '.join(p for p in parts if p))
    for name in ('message', 'source', 'pointer', 'year', 'index', 'code'):
        setattr(fresh, name, getattr(error, name))
    return fresh


def _readings(readings):
    """The caller's readings ({question: reading}, or None) as the tuple of pairs the library takes."""
    if readings is None:
        return ()
    if not isinstance(readings, Mapping):
        raise TypeError(f'readings must be a mapping of question ids to reading ids, not {type(readings).__name__}')
    pairs = tuple(readings.items())
    for question, reading in pairs:
        if not isinstance(question, str) or not isinstance(reading, str):
            raise TypeError('readings must map question ids (str) to reading ids (str)')
    return pairs


def questions(rules=None, lang=None):
    """The law's open questions (rules/readings.json; docs/rules.md, "Readings"), as `egca rules readings`
    lists them: a list of dicts with 'id', 'question', 'rule' (the rule whose rest-day roll it decides, or
    None), 'sets' (the rule whose unit, roll, start outcome or start its readings set, or None), 'default',
    'readings' ([{'id', 'text', 'sets': {'rule', 'unit', 'roll', 'outcome', 'from_end_of'} or None,
    'basis': [{'law', 'article', 'item'}]}]) and 'note'.
    The ids are those `readings=` takes. lang: 'zh' or 'en', the language of the questions' and readings'
    texts, the notes and the citations; None for the default."""
    return json.loads(_egca.questions_json(rules, lang))['questions']


def deadline(rule, start, pauses=(), policy='earlier', calendar=None, rules=None, readings=None, lang=None):
    """Computes deadline rule `rule` from its start event on `start`.

    rule: a deadline rule id — 'acceptance', 'decision', 'decision_extension', 'review_time_notice',
      'notification', 'status_query', 'certificate_validity', 'change_filing', 'renewal_filing',
      'renewal_decision', or any other id the rules define (Rules.deadline_ids); the version in force on
      `start` is used (before the first version, the first, with `in_force` False).
    start: the start event's date (receipt, acceptance, decision, issue, change, expiry: see the
      result's `starts`).
    pauses: (from, to) pairs of dates, both included, whose working days are not counted (technical
      review); `to` None for a review still running, which suspends the clock (status 'suspended',
      due None). Only for rules that take pauses.
    policy: deprecated: 'later' is readings={'renewal_rest_day': 'later'}.
    calendar, rules: a Calendar and Rules; None for the shipped ones.
    readings: {question: reading} for the law's open questions (questions() lists them; the others take
      their default), e.g. {'certificate_last_day': 'day_before'}. Where another reading gives another
      day, the result is `ambiguous` and its `readings` list the day under each, the default first.
    lang: 'zh' or 'en', the language of the texts (title, version, starts, note, guide, the citations of
      basis, the trace) and of any error; None for the default (EGCA_LANG at import, else 'zh').

    Returns a Deadline. Raises InputError (unknown rule, question or reading, bad pause or policy), CoverageError (a day
    outside the calendar); warns ProvisionalWarning when the answer rests on a tentative year.

    >>> egca.deadline('decision', date(2026, 3, 2), pauses=[(date(2026, 3, 10), date(2026, 4, 20))]).due
    datetime.date(2026, 5, 13)
    """
    return Deadline(json.loads(_egca.deadline_json(rule, start, pauses, policy, _readings(readings), calendar, rules,
                                                   lang)))


def assess(profile, rules=None, lang=None):
    """Assesses an applicant profile (docs/profile.md): the seven conditions and the materials.

    profile: the profile as a mapping (dates may be datetime.date), or the path of a JSON file, which the
      library reads as the command does: a regular file of at most 16 MiB (InputError otherwise).
    rules: Rules, or None for the shipped ones.
    lang: 'zh' or 'en', the language of the findings, the notice and any error; None for the default.

    Returns an Assessment. Legal outcomes (not met, missing material) are data, never errors. Raises
    InputError for a profile that breaks the format, its `pointer` naming the value (and for a file,
    `line` and `column`).
    """
    text, source, mapping, path = _document(profile, 'profile')
    try:
        return Assessment(json.loads(_egca.assess_json(text, source, rules, path, lang)))
    except InputError as e:
        if not mapping:
            raise
        raise _relocated(e) from None


def timeline(case, as_of, policy='earlier', calendar=None, rules=None, readings=None, receipt='next_working_day',
             lang=None):
    """Evaluates a case (docs/case.md) as of a date: every deadline with its status, and the findings.

    case: the case as a mapping ({'case_id': ..., 'events': [{'type': ..., 'date': ...}, ...]}; dates
      may be datetime.date), or the path of a JSON file, which the library reads as the command does: a
      regular file of at most 64 MiB (InputError otherwise).
    as_of: the date of the evaluation; later events are left out. There is no default; for "today" as
      the command means it (the date in China, UTC+8, whatever the machine's time zone), pass
      datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date().
    policy: deprecated: 'later' is readings={'renewal_rest_day': 'later'}.
    calendar, rules: a Calendar and Rules; None for the shipped ones. The calendar is the national one: a
      case naming its acceptance office ("office": "650000") counts the acceptance on that office's
      calendar, built over it (the region's shipped notices laid over the national ones), every other rule
      on it. An office's own calendar (Calendar.for_office of 广西, 西藏, 宁夏 or 新疆) is refused (InputError).
    readings: {question: reading} for the law's open questions (see deadline()). A deadline whose due
      day or status differs under another reading is `ambiguous`, its `readings` giving each; a finding
      that holds only under the reading applied is `contested`, its `reading` naming it.
    receipt: materials received after the office's closing time or on a day it is closed (an event's
      'time' and 'channel'; docs/rules.md, question receipt_after_hours): 'next_working_day' (the
      default) counts them as received on the office's next working day, 'as_dated' on the day they came:
      another spelling of readings={'receipt_after_hours': ...}, which wins when both are given.
    lang: 'zh' or 'en', the language of the findings' messages, the titles, any error, and of the page
      to_html() draws; None for the default (EGCA_LANG at import, else 'zh').

    Returns a Timeline (`clean` says whether anything is late, overdue or a violation; `to_html()` draws
    it, and Jupyter shows that picture inline). Raises
    InputError for a case that breaks the format or cannot be evaluated, its
    `pointer` naming the event; CoverageError on a strict calendar when a deadline needs a tentative
    day; warns ProvisionalWarning when some deadline rests on a tentative year.
    """
    text, source, mapping, path = _document(case, 'case')
    try:
        output, clean, violations = _egca.timeline_json(text, source, as_of, policy, _readings(readings), calendar,
                                                        rules, path, receipt, lang)
    except InputError as e:
        if not mapping:
            raise
        raise _relocated(e) from None
    result = Timeline(json.loads(output))
    object.__setattr__(result, 'clean', clean)
    # What to_html() needs to draw it: the same evaluation, and its JSON to check it gives this timeline.
    object.__setattr__(result, '_input', (text, source, as_of, policy, _readings(readings), calendar, rules, receipt,
                                          lang, path, output))
    for finding, violation in zip(result.findings, violations):
        object.__setattr__(finding, 'violation', violation)
    return result


_VIOLATIONS = _egca.violation_codes()
_BATCH_GROUP = 256      # cases handed to the C batch per call
_READ_BYTES = 1 << 16   # bytes read from a file object per call


def _today_in_china():
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()


def _default_jobs(jobs):
    if jobs is None:
        return max(1, min(os.cpu_count() or 1, 64))
    if not isinstance(jobs, int) or isinstance(jobs, bool):
        raise TypeError(f'jobs must be an int or None, not {type(jobs).__name__}')
    if not 1 <= jobs <= 64:
        raise InputError(f'jobs must be 1..64, not {jobs}')
    return jobs


def _check_errors(errors):
    if errors not in ('yield', 'raise'):
        raise ValueError(f"errors must be 'yield' or 'raise', not {errors!r}")


def timelines(cases, as_of=None, jobs=None, errors='yield', policy='earlier', calendar=None, rules=None,
              readings=None, receipt='next_working_day', lang=None):
    """Evaluates many cases on `jobs` threads; yields their Timelines in input order.

    cases: an iterable of cases, each a mapping (as for timeline()) or its JSON text (str or bytes); or
      a file object of NDJSON, one case per line (blank lines skipped; a binary file is read in large
      pieces, the fastest way in). The C library reads and evaluates them with the GIL released, the
      engine of `egca timeline -`: each case is limited to 64 MiB like a case file, and the cases held
      at once are bounded (8 MiB of text), whatever the number of cases.
    as_of: the date of the evaluation; None for today in China (UTC+8), as the command means it.
    jobs: threads evaluating (1..64); None for the number of processors.
    errors: 'yield' puts an exception instance (InputError; CoverageError on a strict calendar) in the
      place of a case that cannot be read or evaluated, and goes on; its `index` is the case's place
      (from 0) and, for a line of a file, `line` its line; 'raise' raises it instead.
    policy, calendar, rules, readings, receipt, lang: as for timeline().

    Each Timeline equals timeline()'s for the same case (to_dict() identical); it is decoded from the
    library's JSON on first use. One ProvisionalWarning is issued for the batch when some case rests on a
    tentative year. An exception of `cases` itself (a generator that fails) is raised after the results
    of the cases before it.
    """
    _check_errors(errors)
    if as_of is None:
        as_of = _today_in_china()
    batch = _egca.Batch(as_of, policy, _readings(readings), calendar, rules, _default_jobs(jobs),
                        getattr(cases, 'name', None) if isinstance(getattr(cases, 'name', None), str) else '<cases>',
                        receipt, lang)
    return _run_timelines(batch, cases, errors, (as_of, policy, _readings(readings), calendar, rules, receipt, lang))


def _case_text(case):
    """A case's JSON text as bytes, and whether it was given as a mapping; InputError for a mapping that
    is not JSON data."""
    if isinstance(case, Mapping):
        try:
            return json.dumps(case, ensure_ascii=False, separators=(',', ':'), allow_nan=False,
                              default=_json_default).encode('utf-8'), True
        except (TypeError, ValueError) as e:
            bad = InputError(f'<cases>: not JSON data: {e}')
            bad.message, bad.source = f'not JSON data: {e}', '<cases>'
            raise bad from None
    if isinstance(case, str):
        return case.encode('utf-8'), False
    if isinstance(case, bytes):
        return case, False
    raise TypeError(f'a case must be a mapping or its JSON text (str or bytes), not {type(case).__name__}')


def _run_timelines(batch, cases, errors, drawing):
    mappings = set()   # indices of the cases given as mappings: their errors are relocated
    texts = {}         # index -> the case's text, until its result is yielded (for to_html())
    refused = {}       # index -> InputError of a case refused here (never given to the C batch)
    shift = 0          # cases refused so far: the C batch's index + shift is the case's index
    warned = False

    def failed(index, exc):
        exc.index = index
        if errors == 'raise':
            raise exc
        return exc

    def results(done):
        nonlocal warned, shift
        for c_index, status, clean, value in done:
            index = c_index + shift
            while index in refused:
                yield failed(index, refused.pop(index))
                shift += 1
                index += 1
            if status < 0:
                texts.pop(index, None)
                if index in mappings:
                    value = _relocated(value)
                mappings.discard(index)
                yield failed(index, value)
                continue
            mappings.discard(index)
            text = texts.pop(index, None)
            if status == 1 and not warned:
                warned = True
                english = (drawing[-1] or _egca.default_lang()) == 'en'
                warnings.warn(ProvisionalWarning(f'case {index}: some deadline rests on a tentative year, whose '
                                                 'holiday notice is not published yet' if english else
                                                 f'案件{index}：有期限依据暂定年份，该年的节假日安排通知尚未发布'),
                              stacklevel=3)
            result = Timeline._from_line(value, bool(clean))
            if text is not None:
                object.__setattr__(result, '_input', (text, '<cases>', *drawing, None, None))
            yield result

    failure = None
    try:
        if hasattr(cases, 'read') and not isinstance(cases, (str, bytes, Mapping)):
            binary = not isinstance(cases, io.TextIOBase)
            try:
                while True:
                    piece = cases.read(_READ_BYTES)
                    if not piece:
                        break
                    yield from results(batch.write(piece if binary else piece.encode('utf-8')))
            except Exception as e:  # the file's own failure: raised after the results of the cases before it
                failure = e
        else:
            group = []
            index = 0
            try:
                for case in cases:
                    try:
                        text, mapping = _case_text(case)
                    except InputError as e:
                        refused[index] = e
                        index += 1
                        continue
                    if mapping:
                        mappings.add(index)
                    texts[index] = text
                    group.append(text)
                    index += 1
                    if len(group) == _BATCH_GROUP:
                        yield from results(batch.add(group))
                        group = []
            except Exception as e:  # the iterable's own failure (or a case of the wrong type)
                failure = e
            if group:
                yield from results(batch.add(group))
        yield from results(batch.finish())
        for index in sorted(refused):
            yield failed(index, refused.pop(index))
        if failure is not None:
            raise failure
    finally:
        batch.close()


def assess_many(profiles, jobs=None, errors='yield', rules=None, lang=None):
    """Assesses many profiles (each a mapping or a path, as for assess()) on `jobs` threads; yields their
    Assessments in input order.

    jobs: threads (1..64); None for the number of processors. At most 4 x jobs profiles are in hand at
      once, whatever the number of profiles.
    errors: 'yield' puts the InputError of a bad profile in its place (its `index` the profile's place,
      from 0) and goes on; 'raise' raises it instead.
    rules, lang: as for assess().

    Each Assessment equals assess()'s for the same profile.
    """
    _check_errors(errors)
    jobs = _default_jobs(jobs)
    return _run_assess_many(profiles, jobs, errors, rules, lang)


def _run_assess_many(profiles, jobs, errors, rules, lang):
    import collections
    import concurrent.futures

    def one(profile):
        try:
            return assess(profile, rules, lang)
        except InputError as e:
            return e

    pending = collections.deque()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        index = 0
        for profile in profiles:
            pending.append((index, pool.submit(one, profile)))
            index += 1
            while len(pending) > 4 * jobs or (pending and pending[0][1].done()):
                yield _assessed(*pending.popleft(), errors)
        while pending:
            yield _assessed(*pending.popleft(), errors)


def _assessed(index, future, errors):
    result = future.result()
    if isinstance(result, InputError):
        result.index = index
        if errors == 'raise':
            raise result
    return result
