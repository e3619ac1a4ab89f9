/* egca — the licence 电子政务电子认证服务机构资质认定 as exact, explainable rules.
 *
 * Modules: date (serial day numbers), calendar (China's working-day calendar from iCalendar data),
 * period (legal period arithmetic), rules (the licence's rules as data), assess (qualification
 * conditions and application materials), case (an application's event log -> its timeline).
 *
 * Conventions: every fallible call returns int (0 ok, EGCA_PROVISIONAL where an answer rests on a
 * tentative year, negative EGCA_E_* on failure) and fills an optional egca_error. Out-parameters come
 * first; a `**out` result is owned by the caller and freed with that type's _free (which accepts NULL);
 * values returned by getters are borrowed from their parent. A text the library writes (*_to_json, _to_text,
 * _to_html, _to_ics) is the caller's, freed with its module's _string_free; the JSON answers are pretty by
 * default and one line with EGCA_JSON_COMPACT (the command's and the service's). The library keeps no global
 * mutable state, prints nothing and never exits. Loaded objects (calendar, rules) are immutable once built
 * and may be shared between threads without locking.
 *
 * Names: a rule's id (a string: "acceptance") is `rule_id` in every result struct (egca_deadline,
 * egca_timeline_deadline, egca_timeline_finding); `version` is always a rule version, a
 * `const egca_deadline_rule *` (one entry of deadlines.json); the instrument a version implements (its
 * title, "电子政务电子认证服务管理办法（国家密码管理局令第4号）") is its `instrument`
 * (egca_deadline_rule_instrument; "version" in the deadline's JSON, kept for its readers). A status is
 * named by its module: egca_period_status (egca_period_result, egca_deadline: due, suspended) and
 * egca_timeline_status (egca_timeline_deadline: met, late, pending, ...), each with its own _name function.
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
