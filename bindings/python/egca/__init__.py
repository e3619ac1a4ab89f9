"""egca — the licence 电子政务电子认证服务机构资质认定 as exact, explainable rules.

China's working-day calendar (loaded from iCalendar holiday data) and the licence's deadlines,
qualification conditions, application materials and case timelines, over the egca C library.

    >>> import datetime, egca
    >>> cal = egca.Calendar.default()
    >>> cal.add_workdays(datetime.date(2025, 9, 30), 5)
    datetime.date(2025, 10, 14)

Dates are datetime.date objects, in and out. Failures raise egca.Error or one of its kinds:
CoverageError (a day outside the calendar's years, or a tentative day in strict mode), DataError
(holiday data or rules that cannot be loaded) and InputError (a bad argument, profile or case; also
a ValueError). An answer that rests on a year whose holiday notice is not published issues
egca.ProvisionalWarning. Every object here is immutable and may be shared between threads.
"""
from ._egca import (
    Calendar,
    CoverageError,
    DataError,
    Error,
    InputError,
    ProvisionalWarning,
    version as _library_version,
)

__version__ = _library_version()

__all__ = [
    'Calendar',
    'CoverageError',
    'DataError',
    'Error',
    'InputError',
    'ProvisionalWarning',
]
