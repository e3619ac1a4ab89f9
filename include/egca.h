/* egca — the licence 电子政务电子认证服务机构资质认定 as exact, explainable rules.
 *
 * Modules: date (serial day numbers), calendar (China's working-day calendar from iCalendar data),
 * period (legal period arithmetic), rules (the licence's rules as data), assess (qualification
 * conditions and application materials), case (an application's event log -> its timeline).
 *
 * Conventions: every fallible call returns int (0 ok, EGCA_PROVISIONAL where an answer rests on a
 * tentative year, negative EGCA_E_* on failure) and fills an optional egca_error. Out-parameters come
 * first; a `**out` result is owned by the caller and freed with that type's _free (which accepts NULL);
 * values returned by getters are borrowed from their parent. The library keeps no global mutable state,
 * prints nothing and never exits. Loaded objects (calendar, rules) are immutable once built and may be
 * shared between threads without locking.
 */
#ifndef EGCA_H
#define EGCA_H

#include "egca/common.h"
#include "egca/error.h"
#include "egca/date.h"
#include "egca/calendar.h"
#include "egca/period.h"
#include "egca/rules.h"
#include "egca/assess.h"
#include "egca/case.h"
#include "egca/batch.h"

#endif
