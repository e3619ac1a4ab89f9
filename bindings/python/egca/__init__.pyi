"""Type stubs for the egca package."""
import datetime
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO
from typing import Any, Final, Literal, Optional, SupportsIndex, Union, final, overload

from _typeshed import structseq

import numpy
import numpy.typing

# numpy is optional at run time; these names only type the calls that take or give its arrays.
_Day = Union[datetime.date, numpy.datetime64]
_DayArray = numpy.typing.NDArray[numpy.datetime64]
_IntArray = numpy.typing.NDArray[numpy.integer[Any]]

__version__: str

_StrPath = Union[str, bytes, os.PathLike[str], os.PathLike[bytes]]
_DayKind = Literal['workday', 'weekend', 'holiday', 'adjusted_workday']
_Policy = Literal['earlier', 'later']
_Pause = tuple[datetime.date, Optional[datetime.date]]
# The language of a call's texts and errors; None: EGCA_LANG as it was when egca was imported, else 'zh'.
_Lang = Optional[Literal['zh', 'en']]


class Error(Exception):
    """An egca failure; str(e) is the located message; unknown parts are None."""
    message: Optional[str]
    source: Optional[str]
    line: Optional[int]
    column: Optional[int]
    pointer: Optional[str]
    year: Optional[int]
    index: Optional[int]
    code: Optional[int]


class CoverageError(Error): ...
class DataError(Error): ...
class InputError(Error, ValueError): ...
class ProvisionalWarning(UserWarning): ...


@final
class Notice(structseq[Any], tuple[str, Optional[datetime.date], Optional[str]]):
    """The notice that made a day what it is."""
    __match_args__: Final = ('title', 'date', 'url')
    @property
    def title(self) -> str: ...
    @property
    def date(self) -> Optional[datetime.date]: ...
    @property
    def url(self) -> Optional[str]: ...


@final
class Day(structseq[Any], tuple[_DayKind, Optional[str], Optional[Notice], bool, bool]):
    """Why a day is what it is: its kind, its holiday's name and the notice behind it."""
    __match_args__: Final = ('kind', 'name', 'source', 'local', 'provisional')
    @property
    def kind(self) -> _DayKind: ...
    @property
    def name(self) -> Optional[str]: ...
    @property
    def source(self) -> Optional[Notice]: ...
    @property
    def local(self) -> bool: ...
    @property
    def provisional(self) -> bool: ...


@final
class HolidayPeriod(structseq[Any], tuple[str, datetime.date, datetime.date, Optional[Notice], bool]):
    """Consecutive holidays of one name and one notice."""
    __match_args__: Final = ('name', 'first', 'last', 'source', 'local')
    @property
    def name(self) -> str: ...
    @property
    def first(self) -> datetime.date: ...
    @property
    def last(self) -> datetime.date: ...
    @property
    def source(self) -> Optional[Notice]: ...
    @property
    def local(self) -> bool: ...


@final
class Calendar:
    """China's working-day calendar; immutable and safe to share between threads."""

    @classmethod
    def default(cls, *, strict: bool = False, lang: _Lang = None) -> Calendar: ...
    @classmethod
    def for_office(cls, code: str, /, *, strict: bool = False, lang: _Lang = None) -> Calendar: ...
    @classmethod
    def load(cls, paths: _StrPath | Iterable[_StrPath], *, strict: bool = False,
             unmarked: Literal['ignore', 'error', 'holiday'] = 'ignore', lang: _Lang = None) -> Calendar: ...
    def kind(self, day: _Day, /, *, lang: _Lang = None) -> _DayKind: ...
    def day(self, day: _Day, /, *, lang: _Lang = None) -> Day: ...
    def holidays(self, year: SupportsIndex, /, *, lang: _Lang = None) -> list[HolidayPeriod]: ...
    def is_workday(self, day: _Day, /, *, lang: _Lang = None) -> bool: ...
    def is_provisional(self, day: _Day, /, *, lang: _Lang = None) -> bool: ...
    def add_workdays(self, day: _Day, n: SupportsIndex, /, *, lang: _Lang = None) -> datetime.date: ...
    def workdays_between(self, a: _Day, b: _Day, /, *, lang: _Lang = None) -> int: ...
    def workday_on_or_after(self, day: _Day, /, *, lang: _Lang = None) -> datetime.date: ...
    def workday_on_or_before(self, day: _Day, /, *, lang: _Lang = None) -> datetime.date: ...
    @overload
    def is_workday_many(self, __dates: _DayArray, *, lang: _Lang = None) -> numpy.typing.NDArray[numpy.bool_]: ...
    @overload
    def is_workday_many(self, __dates: Sequence[_Day], *, lang: _Lang = None) -> list[bool]: ...
    @overload
    def kind_many(self, __dates: _DayArray, *, lang: _Lang = None) -> numpy.typing.NDArray[numpy.str_]: ...
    @overload
    def kind_many(self, __dates: Sequence[_Day], *, lang: _Lang = None) -> list[_DayKind]: ...
    @overload
    def add_workdays_many(self, __dates: _DayArray, __ns: SupportsIndex | _IntArray | Sequence[SupportsIndex], *, lang: _Lang = None) -> _DayArray: ...
    @overload
    def add_workdays_many(self, __dates: Sequence[_Day], __ns: SupportsIndex | Sequence[SupportsIndex], *, lang: _Lang = None) -> list[datetime.date]: ...
    @overload
    def workdays_between_many(self, __a: _DayArray, __b: _Day | _DayArray, *, lang: _Lang = None) -> numpy.typing.NDArray[numpy.int64]: ...
    @overload
    def workdays_between_many(self, __a: Sequence[_Day], __b: _Day | Sequence[_Day], *, lang: _Lang = None) -> list[int]: ...
    def sources(self, year: int, /) -> list[str]: ...
    def year_html(self, year: int, /, *, lang: _Lang = None) -> str: ...
    def to_ics(self, years: Iterable[int], /, *, lang: _Lang = None) -> str: ...
    @property
    def coverage(self) -> dict[int, Literal['confirmed', 'tentative']]: ...
    @property
    def strict(self) -> bool: ...
    @property
    def report(self) -> dict[str, int]: ...


@final
class Rules:
    """The licence's rules (deadlines, conditions, materials); immutable."""

    @classmethod
    def default(cls) -> Rules: ...
    @classmethod
    def load(cls, directory: _StrPath, *, lang: _Lang = None) -> Rules: ...
    @property
    def deadline_ids(self) -> list[str]: ...


class Record:
    """A JSON object of egca's output as read-only attributes (dates as datetime.date)."""
    def __init__(self, fields: dict[str, Any]) -> None: ...
    def __getattr__(self, name: str) -> Any: ...
    def __getitem__(self, key: str) -> Any: ...
    def fields(self) -> list[str]: ...
    def to_dict(self, json: bool = False) -> dict[str, Any]: ...


class Trace(Record):
    text: str


class Deadline(Record):
    rule: str
    title: str
    version: str
    effective_from: datetime.date
    in_force: bool
    from_: datetime.date
    starts: str
    due: Optional[datetime.date]
    status: Literal['due', 'suspended']
    unit: Literal['working_days', 'days', 'years', 'months']
    count: int
    direction: Literal['after', 'before']
    extends: Optional[str]
    provisional: bool
    ambiguous: bool
    other_reading: Optional[datetime.date]
    policy: Optional[_Policy]
    readings: list[Record]
    cutoff: str
    cutoff_in_person: Optional[str]
    contested: bool
    note: Optional[str]
    basis: list[Record]
    guide: Optional[Record]
    trace: Trace


class Condition(Record):
    id: str
    title: str
    verdict: Literal['met', 'not_met', 'unknown', 'needs_review']
    reasons: list[Record]
    missing_facts: list[str]
    basis: list[str]


class Assessment(Record):
    eligible: Literal['yes', 'no', 'undetermined']
    conditions: list[Condition]
    materials: Record
    findings: list[Record]
    notice: Optional[str]
    def verdicts(self) -> dict[str, str]: ...


class TimelineEntry(Record):
    rule: str
    title: str
    ref: Optional[str]
    anchor: datetime.date
    due: Optional[datetime.date]
    nominal: Optional[datetime.date]
    status: str
    reason: str  # present only when status is 'unknown': why the instance cannot be computed
    met_on: Optional[datetime.date]
    days_left: Optional[int]
    unit: str
    provisional: bool
    ambiguous: bool
    other_reading: Optional[datetime.date]
    readings: list[Record]
    basis: list[str]


class Finding(Record):
    violation: bool
    contested: bool
    reading: Optional[Record]
    code: str
    rule: str
    date: datetime.date
    message: str


class Timeline(Record):
    clean: bool
    case_id: str
    as_of: datetime.date
    deadlines: list[TimelineEntry]
    findings: list[Finding]
    def to_html(self) -> str: ...
    def _repr_html_(self) -> Optional[str]: ...


def __dir__() -> list[str]: ...
def deadline(rule: str, start: _Day, pauses: Iterable[_Pause] = (), policy: _Policy = 'earlier',
             calendar: Optional[Calendar] = None, rules: Optional[Rules] = None,
             readings: Optional[Mapping[str, str]] = None, lang: _Lang = None) -> Deadline: ...
def questions(rules: Optional[Rules] = None, lang: _Lang = None) -> list[dict[str, Any]]: ...
def assess(profile: Mapping[str, Any] | _StrPath, rules: Optional[Rules] = None, lang: _Lang = None) -> Assessment: ...
def timeline(case: Mapping[str, Any] | _StrPath, as_of: _Day, policy: _Policy = 'earlier',
             calendar: Optional[Calendar] = None, rules: Optional[Rules] = None,
             readings: Optional[Mapping[str, str]] = None,
             receipt: Literal['next_working_day', 'as_dated'] = 'next_working_day', lang: _Lang = None) -> Timeline: ...
def timelines(cases: Iterable[Mapping[str, Any] | str | bytes] | IO[str] | IO[bytes],
              as_of: Optional[datetime.date] = None, jobs: Optional[int] = None,
              errors: Literal['yield', 'raise'] = 'yield', policy: _Policy = 'earlier',
              calendar: Optional[Calendar] = None, rules: Optional[Rules] = None,
              readings: Optional[Mapping[str, str]] = None,
              receipt: Literal['next_working_day', 'as_dated'] = 'next_working_day',
              lang: _Lang = None) -> Iterator[Timeline | Error]: ...
def assess_many(profiles: Iterable[Mapping[str, Any] | _StrPath], jobs: Optional[int] = None,
                errors: Literal['yield', 'raise'] = 'yield',
                rules: Optional[Rules] = None, lang: _Lang = None) -> Iterator[Assessment | InputError]: ...
