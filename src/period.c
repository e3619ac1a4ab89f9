/* egca — legal period arithmetic (民法典 第二百零一条-第二百零三条, 行政许可法 第四十五条、第八十二条).
 *
 * The result path makes a handful of O(1) calendar lookups and allocates nothing: a working-day period with
 * pauses is counted segment by segment, each segment one add_workdays or workdays_between call. The trace
 * is a separate, slower pass that walks the counted days one by one to say what was skipped. */
#include "internal.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* 民法典 第二百零三条 第二款: the last day ends at 24:00 unless there are business hours. */
#define MIDNIGHT_MINUTES (24 * 60)

EGCA_API const char *egca_period_unit_name(egca_period_unit unit)
{
  switch (unit) {
  case EGCA_UNIT_WORKING_DAYS: return "working_days";
  case EGCA_UNIT_DAYS: return "days";
  case EGCA_UNIT_YEARS: return "years";
  case EGCA_UNIT_MONTHS: return "months";
  }
  return NULL;
}

EGCA_API const char *egca_direction_name(egca_direction direction)
{
  switch (direction) {
  case EGCA_AFTER: return "after";
  case EGCA_BEFORE: return "before";
  }
  return NULL;
}

EGCA_API const char *egca_roll_name(egca_roll roll)
{
  switch (roll) {
  case EGCA_ROLL_NONE: return "none";
  case EGCA_ROLL_NEXT_WORKING_DAY: return "next_working_day";
  case EGCA_ROLL_EARLIER_OR_LATER: return "earlier_or_later";
  }
  return NULL;
}

EGCA_API const char *egca_roll_policy_name(egca_roll_policy policy)
{
  switch (policy) {
  case EGCA_POLICY_EARLIER: return "earlier";
  case EGCA_POLICY_LATER: return "later";
  }
  return NULL;
}

EGCA_API const char *egca_period_end_name(egca_period_end end)
{
  switch (end) {
  case EGCA_END_LAST_DAY: return "last_day";
  case EGCA_END_FIRST_WORKING_DAY_AFTER: return "first_working_day_after";
  }
  return NULL;
}

EGCA_API const char *egca_period_status_name(egca_period_status status)
{
  switch (status) {
  case EGCA_PERIOD_DUE: return "due";
  case EGCA_PERIOD_SUSPENDED: return "suspended";
  case EGCA_PERIOD_FAILED: return "failed";
  }
  return NULL;
}

EGCA_API const char *egca_roll_decision_name(egca_roll_decision decision)
{
  switch (decision) {
  case EGCA_ROLL_NOT_NEEDED: return "not_needed";
  case EGCA_ROLL_NOT_APPLIED: return "not_applied";
  case EGCA_ROLL_MOVED_LATER: return "moved_later";
  case EGCA_ROLL_MOVED_EARLIER: return "moved_earlier";
  }
  return NULL;
}

static int date_ok(egca_date d) { return d >= EGCA_DATE_MIN && d <= EGCA_DATE_MAX; }

/* d + n as a date, or EGCA_E_INVALID when it leaves the supported range. */
static int shift_days(egca_date *out, egca_date d, int64_t n, egca_error *err)
{
  int64_t v = (int64_t)d + n;
  if (v < EGCA_DATE_MIN || v > EGCA_DATE_MAX)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s", EGCA__TR(err, "the period leaves the supported date range",
                                                                   "期限超出支持的日期范围"));
  *out = (egca_date)v;
  return 0;
}

static int is_working(egca_day_kind kind) { return kind == EGCA_DAY_WORKDAY || kind == EGCA_DAY_ADJUSTED_WORKDAY; }

static int check_pauses(const egca_pause *pauses, size_t count, egca_error *err)
{
  if (count > EGCA_PAUSES_MAX)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "more than %d pauses",
                                                             "中止超过%d次"), EGCA_PAUSES_MAX);
  char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
  for (size_t i = 0; i < count; i++) {
    const egca_pause *p = &pauses[i];
    if (!date_ok(p->from))
      return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "pause %zu has no valid first day",
                                                               "第%zu次中止没有有效的第一日"),
                        i + 1);
    if (p->to == EGCA_DATE_NONE)
      continue;
    if (!date_ok(p->to))
      return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "pause %zu has no valid last day",
                                                               "第%zu次中止没有有效的最后一日"),
                        i + 1);
    if (p->to < p->from)
      return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "pause %s..%s ends before it begins",
                                                               "中止%s..%s的结束早于开始"),
                        egca_date_format(p->from, a), egca_date_format(p->to, b));
  }
  return 0;
}

/* --- Working-day periods --------------------------------------------------------------------------- */

/* Forward count of `n` (> 0) working days after `from`, pauses not counted. Sets *due, or *suspended_at when
 * an open pause stops the clock. Each step takes the earliest pause still ahead of the cursor: the working
 * days before it are counted with one lookup, the pause is skipped, and the count goes on after it. */
static int count_forward(egca_date *due, egca_date *suspended_at, int *provisional, const egca_calendar *cal,
                         egca_date from, int n, const egca_pause *pauses, size_t pause_count, egca_error *err)
{
  egca_date cursor = from;
  int remaining = n;
  for (;;) {
    /* The next pause: the smallest start, clipped to the day after the cursor, among pauses not yet behind. */
    const egca_pause *next = NULL;
    egca_date next_start = 0;
    for (size_t i = 0; i < pause_count; i++) {
      const egca_pause *p = &pauses[i];
      if (p->to != EGCA_DATE_NONE && p->to <= cursor)
        continue;
      egca_date s = p->from > cursor ? p->from : cursor + 1;
      if (next == NULL || s < next_start) {
        next = p;
        next_start = s;
      }
    }
    egca_date candidate;
    int rc = egca_calendar_add_workdays(&candidate, cal, cursor, remaining, err);
    if (rc >= 0 && (next == NULL || candidate < next_start)) {
      *provisional |= rc == EGCA_PROVISIONAL;
      *due = candidate;
      return 0;
    }
    if (next == NULL)
      return rc;
    /* The count reaches the pause (or could not be checked past it): count the days before the pause.
     * The candidate's own lookup may have run into days beyond the pause, which do not matter now. */
    int before;
    int rc2 = egca_calendar_workdays_between(&before, cal, cursor, next_start - 1, err);
    if (rc2 < 0)
      return rc2;
    *provisional |= rc2 == EGCA_PROVISIONAL;
    if (before >= remaining) {
      /* Only possible when the first lookup failed: the due day lies before the pause after all. */
      rc = egca_calendar_add_workdays(&candidate, cal, cursor, remaining, err);
      if (rc < 0)
        return rc;
      *provisional |= rc == EGCA_PROVISIONAL;
      *due = candidate;
      return 0;
    }
    remaining -= before;
    if (next->to == EGCA_DATE_NONE) {
      /* 行政许可法 第四十五条: the review time is not counted; until it ends the due date is unknown. */
      *suspended_at = next_start;
      return 0;
    }
    cursor = next->to;
  }
}

/* Backward count of `n` (> 0) working days before `from`: the mirror image of count_forward. */
static int count_backward(egca_date *due, int *provisional, const egca_calendar *cal, egca_date from, int n,
                          const egca_pause *pauses, size_t pause_count, egca_error *err)
{
  egca_date cursor = from;
  int remaining = n;
  for (;;) {
    const egca_pause *next = NULL;
    egca_date next_end = 0;
    for (size_t i = 0; i < pause_count; i++) {
      const egca_pause *p = &pauses[i];
      if (p->from >= cursor)
        continue;
      egca_date e = p->to < cursor ? p->to : cursor - 1;
      if (next == NULL || e > next_end) {
        next = p;
        next_end = e;
      }
    }
    egca_date candidate;
    int rc = egca_calendar_add_workdays(&candidate, cal, cursor, -remaining, err);
    if (rc >= 0 && (next == NULL || candidate > next_end)) {
      *provisional |= rc == EGCA_PROVISIONAL;
      *due = candidate;
      return 0;
    }
    if (next == NULL)
      return rc;
    int between;
    int rc2 = egca_calendar_workdays_between(&between, cal, next_end, cursor - 1, err);
    if (rc2 < 0)
      return rc2;
    *provisional |= rc2 == EGCA_PROVISIONAL;
    if (between >= remaining) {
      rc = egca_calendar_add_workdays(&candidate, cal, cursor, -remaining, err);
      if (rc < 0)
        return rc;
      *provisional |= rc == EGCA_PROVISIONAL;
      *due = candidate;
      return 0;
    }
    remaining -= between;
    cursor = next->from;
  }
}

/* --- Rolling a calendar-day or year period's last day ---------------------------------------------- */

static int roll_last_day(egca_period_result *r, egca_roll_decision *decision, egca_day_kind *kind_out,
                         const egca_calendar *cal, const egca_period_spec *spec, egca_date last, egca_error *err)
{
  *decision = EGCA_ROLL_NOT_NEEDED;
  if (spec->roll == EGCA_ROLL_NONE) {
    r->due = last;
    return 0;
  }
  egca_day_kind kind;
  int rc = egca_calendar_kind(&kind, cal, last, err);
  if (rc < 0)
    return rc;
  r->provisional |= rc == EGCA_PROVISIONAL;
  *kind_out = kind;
  if (is_working(kind)) {
    r->due = last;
    return 0;
  }
  egca_date later, earlier;
  rc = egca_calendar_workday_on_or_after(&later, cal, last, err);
  if (rc < 0)
    return rc;
  int later_provisional = rc == EGCA_PROVISIONAL;
  if (spec->roll == EGCA_ROLL_NEXT_WORKING_DAY) {
    /* 民法典 第二百零三条: 以法定休假日结束的次日为期间的最后一日. */
    r->provisional |= later_provisional;
    r->due = later;
    *decision = EGCA_ROLL_MOVED_LATER;
    return 0;
  }
  rc = egca_calendar_workday_on_or_before(&earlier, cal, last, err);
  if (rc < 0)
    return rc;
  int earlier_provisional = rc == EGCA_PROVISIONAL;
  /* No text in force says which way a backward period's rest-day last day moves (legal-texts §3.5): the
   * policy picks one, and the other reading is reported. */
  r->ambiguous = later != earlier;
  if (spec->policy == EGCA_POLICY_LATER) {
    r->due = later;
    r->other_reading = earlier;
    r->provisional |= later_provisional;
    *decision = EGCA_ROLL_MOVED_LATER;
  } else {
    r->due = earlier;
    r->other_reading = later;
    r->provisional |= earlier_provisional;
    *decision = EGCA_ROLL_MOVED_EARLIER;
  }
  return 0;
}

/* --- Trace ------------------------------------------------------------------------------------------ */

/* The kind of a day for the trace only: a day the result did not need may lie outside coverage. */
static int trace_kind(egca_day_kind *out, const egca_calendar *cal, egca_date d)
{
  if (cal == NULL)
    return 0;
  egca_error ignored = {0}; /* its message is never shown */
  return egca_calendar_kind(out, cal, d, &ignored) >= 0;
}

static int in_pause(egca_date d, const egca_pause *pauses, size_t count)
{
  for (size_t i = 0; i < count; i++)
    if (d >= pauses[i].from && (pauses[i].to == EGCA_DATE_NONE || d <= pauses[i].to))
      return 1;
  return 0;
}

/* Walks the counted days of a working-day period, from the day after the start towards `last` (inclusive),
 * and records what was counted and skipped. Overlapping or adjoining pauses show as one run of paused days. */
static int trace_working_days(egca_period_trace *t, const egca_calendar *cal, egca_date from, egca_date last,
                              const egca_pause *pauses, size_t pause_count, egca_error *err)
{
  const int step = last >= from ? 1 : -1;
  int in_run = 0;
  for (egca_date d = from + step; step > 0 ? d <= last : d >= last; d += step) {
    egca_day_kind kind;
    if (in_pause(d, pauses, pause_count)) {
      /* The result never needed a paused day's kind: one the calendar cannot answer counts as not working. */
      int working = trace_kind(&kind, cal, d) && is_working(kind);
      if (!in_run) {
        if (t->pause_count < EGCA_TRACE_DATES) {
          t->pauses[t->pause_count].from = d;
          t->pauses[t->pause_count].working_days = 0;
        }
        t->pause_count++;
        in_run = 1;
      }
      egca_trace_pause *run = t->pause_count <= EGCA_TRACE_DATES ? &t->pauses[t->pause_count - 1] : NULL;
      if (run != NULL)
        run->to = d;
      if (working) {
        t->pause_working_days++;
        if (run != NULL)
          run->working_days++;
      }
      continue;
    }
    int rc = egca_calendar_kind(&kind, cal, d, err);
    if (rc < 0)
      return rc;
    in_run = 0;
    switch (kind) {
    case EGCA_DAY_WORKDAY:
    case EGCA_DAY_ADJUSTED_WORKDAY:
      if (t->first_counted == EGCA_DATE_NONE)
        t->first_counted = d;
      t->working_days_counted++;
      if (kind == EGCA_DAY_ADJUSTED_WORKDAY) {
        if (t->adjusted_workdays_counted < EGCA_TRACE_DATES)
          t->adjusted_workdays[t->adjusted_workdays_counted] = d;
        t->adjusted_workdays_counted++;
      }
      break;
    case EGCA_DAY_HOLIDAY: t->holidays_skipped++; break;
    case EGCA_DAY_WEEKEND: t->weekend_days_skipped++; break;
    }
  }
  return 0;
}

static void trace_init(egca_period_trace *t, const egca_period_spec *spec, egca_date from)
{
  memset(t, 0, sizeof *t);
  t->filled = 1;
  t->unit = spec->unit;
  t->count = spec->count;
  t->direction = spec->direction;
  t->end = spec->end;
  t->from = from;
  t->first_counted = EGCA_DATE_NONE;
  t->last_day = EGCA_DATE_NONE;
  t->last_day_kind = EGCA_DAY_WORKDAY;
  t->suspended_at = EGCA_DATE_NONE;
  t->policy = spec->policy;
  t->other_reading = EGCA_DATE_NONE;
  t->result = EGCA_DATE_NONE;
  t->result_kind = EGCA_DAY_WORKDAY;
  for (size_t i = 0; i < EGCA_TRACE_DATES; i++) {
    t->adjusted_workdays[i] = EGCA_DATE_NONE;
    t->pauses[i].from = t->pauses[i].to = EGCA_DATE_NONE;
  }
}

/* --- The computation --------------------------------------------------------------------------------- */

static int fail_result(egca_period_result *r, int rc)
{
  r->status = EGCA_PERIOD_FAILED;
  r->due = EGCA_DATE_NONE;
  r->ambiguous = 0;
  r->other_reading = EGCA_DATE_NONE;
  return rc;
}

/* The checks of the period itself: what a rule set's loader has already made sure of for its rules' periods
 * (see egca__period_compute_valid). The start day is checked here too, between the fields and the count, so
 * that a call wrong in several ways is told the same first fault as it always was; egca__period_compute_valid
 * checks it again. */
static int check_spec(const egca_period_spec *spec, egca_date from, egca_error *err)
{
  if (spec == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s", EGCA__TR(err, "no period given", "未给出期限"));
  if (egca_period_unit_name(spec->unit) == NULL || egca_direction_name(spec->direction) == NULL ||
      egca_roll_name(spec->roll) == NULL || egca_roll_policy_name(spec->policy) == NULL ||
      egca_period_end_name(spec->end) == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                      EGCA__TR(err, "the period's unit, direction, roll, policy or end is unknown",
                               "期限的单位、方向、顺延、读法或终点未知"));
  if (!date_ok(from))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s", EGCA__TR(err, "the start day is not a valid date",
                                                                   "起算日不是有效日期"));
  if (spec->count < 0 && spec->unit != EGCA_UNIT_WORKING_DAYS)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "a %s period needs a count of 0 or more", "以%s计的期限，数量须为0或以上"),
                      err != NULL && err->lang == EGCA_LANG_EN ? egca_period_unit_name(spec->unit)
                      : spec->unit == EGCA_UNIT_YEARS         ? "年"
                      : spec->unit == EGCA_UNIT_MONTHS        ? "月"
                                                              : "日");
  if (spec->count > 1000000 || spec->count < -1000000)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "the count %d is out of range", "数量%d超出范围"),
                      spec->count);
  return 0;
}

/* The checks of what the caller gives with the period, on every call: the start day, the pauses, the
 * calendar. */
static int check_call(const egca_period_spec *spec, egca_date from, const egca_calendar *cal,
                      const egca_pause *pauses, size_t pause_count, egca_error *err)
{
  if (!date_ok(from))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s", EGCA__TR(err, "the start day is not a valid date",
                                                                   "起算日不是有效日期"));
  if (pause_count > 0 && spec->unit != EGCA_UNIT_WORKING_DAYS)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s", EGCA__TR(err, "pauses apply to working-day periods only",
                                                                   "中止只适用于以工作日计算的期限"));
  int needs_calendar = spec->unit == EGCA_UNIT_WORKING_DAYS || spec->roll != EGCA_ROLL_NONE ||
                       spec->end == EGCA_END_FIRST_WORKING_DAY_AFTER;
  if (needs_calendar && cal == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s", EGCA__TR(err, "this period needs a calendar",
                                                                   "此期限需要日历"));
  if (pause_count > 0)
    return pauses == NULL ? egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                                       EGCA__TR(err, "pause_count is set but pauses is NULL",
                                                "设置了pause_count，但pauses为NULL"))
                          : check_pauses(pauses, pause_count, err);
  return 0;
}

/* What every call's result starts as. */
static void result_start(egca_period_result *r, egca_period_trace *trace, const egca_period_spec *spec,
                         egca_date from)
{
  r->from = from;
  r->due = EGCA_DATE_NONE;
  r->status = EGCA_PERIOD_DUE;
  r->provisional = 0;
  r->ambiguous = 0;
  r->other_reading = EGCA_DATE_NONE;
  r->cutoff = spec != NULL ? spec->cutoff : MIDNIGHT_MINUTES;
  r->cutoff_in_person = spec != NULL ? spec->cutoff_in_person : 0;
  if (trace != NULL)
    trace->filled = 0;
}

EGCA_API int egca_period_compute(egca_period_result *result, egca_period_trace *trace, const egca_calendar *calendar,
                                 const egca_period_spec *spec, egca_date from, const egca_pause *pauses,
                                 size_t pause_count, egca_error *err)
{
  result_start(result, trace, spec, from);
  int rc = check_spec(spec, from, err);
  if (rc < 0)
    return fail_result(result, rc);
  return egca__period_compute_valid(result, trace, calendar, spec, from, pauses, pause_count, err);
}

/* The one period arithmetic, for egca_period_compute (after check_spec) and for a rule set's periods
 * (deadline.c). */
int egca__period_compute_valid(egca_period_result *result, egca_period_trace *trace, const egca_calendar *calendar,
                               const egca_period_spec *spec, egca_date from, const egca_pause *pauses,
                               size_t pause_count, egca_error *err)
{
  egca_period_result *r = result;
  result_start(r, trace, spec, from);
  int rc = check_call(spec, from, calendar, pauses, pause_count, err);
  if (rc < 0)
    return fail_result(r, rc);

  const int backward = spec->direction == EGCA_BEFORE;
  egca_date last = EGCA_DATE_NONE;       /* the period's last day before any roll */
  egca_date suspended_at = EGCA_DATE_NONE;
  egca_roll_decision decision = EGCA_ROLL_NOT_NEEDED;
  egca_day_kind last_kind = EGCA_DAY_WORKDAY;
  int last_known = spec->unit == EGCA_UNIT_WORKING_DAYS;
  int month_end = 0;

  if (spec->unit == EGCA_UNIT_WORKING_DAYS) {
    /* 行政许可法 第八十二条: the agency's periods count working days; 民法典 第二百零一条: not the start day. */
    int n = backward ? -spec->count : spec->count;
    if (n > 0) {
      rc = count_forward(&last, &suspended_at, &r->provisional, calendar, from, n, pauses, pause_count, err);
    } else if (n < 0) {
      for (size_t i = 0; i < pause_count; i++)
        if (pauses[i].to == EGCA_DATE_NONE && pauses[i].from < from)
          rc = egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s",
                          EGCA__TR(err, "an open pause can only stop a period counted forward",
                                   "未结束的中止只能停止向后计算的期限"));
      if (rc == 0)
        rc = count_backward(&last, &r->provisional, calendar, from, -n, pauses, pause_count, err);
    } else {
      rc = egca_calendar_add_workdays(&last, calendar, from, 0, err);
      r->provisional |= rc == EGCA_PROVISIONAL;
    }
    if (rc < 0)
      return fail_result(r, rc);
    r->due = last;
  } else {
    if (spec->unit == EGCA_UNIT_DAYS) {
      /* 民法典 第二百零一条: counting starts the next day, so N days after A end on A+N. */
      rc = shift_days(&last, from, backward ? -(int64_t)spec->count : (int64_t)spec->count, err);
    } else {
      /* 民法典 第二百零二条: the corresponding day, or the month's last day where there is none. */
      const int n = backward ? -spec->count : spec->count;
      rc = spec->unit == EGCA_UNIT_MONTHS ? egca_date_add_months(&last, from, n) : egca_date_add_years(&last, from, n);
      if (rc < 0)
        rc = egca__fail(err, EGCA_E_INVALID, NULL, 0, "%s", EGCA__TR(err, "the period leaves the supported date range",
                                                                     "期限超出支持的日期范围"));
      int fm, fd, lm, ld;
      egca_date_to_ymd(from, NULL, &fm, &fd);
      if (rc == 0) {
        egca_date_to_ymd(last, NULL, &lm, &ld);
        /* No corresponding day: the day of the month changed (a months period: 01-31 + 1 month = 02-28) or,
         * for years, the month too (02-29 + 1 year = 02-28). */
        month_end = spec->unit == EGCA_UNIT_MONTHS ? fd != ld : fm != lm || fd != ld;
      }
    }
    if (rc == 0)
      rc = roll_last_day(r, &decision, &last_kind, calendar, spec, last, err);
    if (rc < 0)
      return fail_result(r, rc);
    if (spec->roll != EGCA_ROLL_NONE)
      last_known = 1;
    else if (trace != NULL && trace_kind(&last_kind, calendar, last)) {
      /* Only for the trace: the result did not need the calendar. */
      last_known = 1;
      if (!is_working(last_kind))
        decision = EGCA_ROLL_NOT_APPLIED;
    }
  }

  if (suspended_at != EGCA_DATE_NONE) {
    r->status = EGCA_PERIOD_SUSPENDED;
    r->due = EGCA_DATE_NONE;
  } else if (spec->end == EGCA_END_FIRST_WORKING_DAY_AFTER) {
    egca_date after;
    rc = egca_calendar_add_workdays(&after, calendar, r->due, 1, err);
    if (rc < 0)
      return fail_result(r, rc);
    r->provisional |= rc == EGCA_PROVISIONAL;
    r->due = after;
  }
  if (trace != NULL) {
    egca_period_trace *t = trace;
    trace_init(t, spec, from);
    t->last_day = last;
    t->last_day_kind = last_kind;
    t->last_day_known = last_known;
    t->month_end = month_end;
    t->roll = decision;
    t->other_reading = r->ambiguous ? r->other_reading : EGCA_DATE_NONE;
    t->suspended_at = suspended_at;
    t->result = r->due;
    if (r->due != EGCA_DATE_NONE && calendar != NULL)
      trace_kind(&t->result_kind, calendar, r->due);
    if (spec->unit == EGCA_UNIT_WORKING_DAYS) {
      egca_date walk_to = suspended_at != EGCA_DATE_NONE ? suspended_at - 1 : last;
      if (walk_to != from) {
        rc = trace_working_days(t, calendar, from, walk_to, pauses, pause_count, err);
        if (rc < 0) {
          t->filled = 0;
          return fail_result(r, rc);
        }
      }
      if (suspended_at != EGCA_DATE_NONE) {
        t->last_day = EGCA_DATE_NONE;
        if (t->pause_count < EGCA_TRACE_DATES) {
          t->pauses[t->pause_count].from = suspended_at;
          t->pauses[t->pause_count].to = EGCA_DATE_NONE;
          t->pauses[t->pause_count].working_days = 0;
        }
        t->pause_count++;
      }
    } else if (spec->count != 0) {
      t->first_counted = backward ? from - 1 : from + 1;
    }
  }
  return r->provisional ? EGCA_PROVISIONAL : 0;
}

static egca_period_spec simple_spec(egca_period_unit unit, int count, egca_direction direction, egca_roll roll)
{
  egca_period_spec spec = {unit, count, direction, roll, EGCA_POLICY_EARLIER, EGCA_END_LAST_DAY, MIDNIGHT_MINUTES, 0};
  return spec;
}

EGCA_API int egca_period_add_workdays(egca_period_result *result, egca_period_trace *trace,
                                      const egca_calendar *calendar, egca_date from, int n, const egca_pause *pauses,
                                      size_t pause_count, egca_error *err)
{
  egca_period_spec spec = simple_spec(EGCA_UNIT_WORKING_DAYS, n, EGCA_AFTER, EGCA_ROLL_NONE);
  return egca_period_compute(result, trace, calendar, &spec, from, pauses, pause_count, err);
}

EGCA_API int egca_period_first_workday_after(egca_period_result *result, egca_period_trace *trace,
                                             const egca_calendar *calendar, egca_date from, int n, egca_error *err)
{
  egca_period_spec spec = simple_spec(EGCA_UNIT_WORKING_DAYS, n, EGCA_AFTER, EGCA_ROLL_NONE);
  spec.end = EGCA_END_FIRST_WORKING_DAY_AFTER;
  return egca_period_compute(result, trace, calendar, &spec, from, NULL, 0, err);
}

EGCA_API int egca_period_add_days(egca_period_result *result, egca_period_trace *trace, const egca_calendar *calendar,
                                  egca_date from, int n, egca_error *err)
{
  egca_period_spec spec = simple_spec(EGCA_UNIT_DAYS, n, EGCA_AFTER, EGCA_ROLL_NEXT_WORKING_DAY);
  return egca_period_compute(result, trace, calendar, &spec, from, NULL, 0, err);
}

EGCA_API int egca_period_days_before(egca_period_result *result, egca_period_trace *trace,
                                     const egca_calendar *calendar, egca_date expiry, int n, egca_roll_policy policy,
                                     egca_error *err)
{
  egca_period_spec spec = simple_spec(EGCA_UNIT_DAYS, n, EGCA_BEFORE, EGCA_ROLL_EARLIER_OR_LATER);
  spec.policy = policy;
  return egca_period_compute(result, trace, calendar, &spec, expiry, NULL, 0, err);
}

EGCA_API int egca_period_add_years(egca_period_result *result, egca_period_trace *trace,
                                   const egca_calendar *calendar, egca_date from, int n, egca_error *err)
{
  egca_period_spec spec = simple_spec(EGCA_UNIT_YEARS, n, EGCA_AFTER, EGCA_ROLL_NONE);
  return egca_period_compute(result, trace, calendar, &spec, from, NULL, 0, err);
}

/* --- Rendering the trace ------------------------------------------------------------------------------ */

typedef struct text {
  char *buf;
  size_t size;
  size_t len; /* the length the full text needs */
} text;

static void put(text *t, const char *fmt, ...) EGCA_PRINTF(2, 3);
static void put(text *t, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  char *at = t->len < t->size ? t->buf + t->len : NULL;
  size_t room = t->len < t->size ? t->size - t->len : 0;
  int n = vsnprintf(at, room, fmt, ap);
  va_end(ap);
  if (n > 0)
    t->len += (size_t)n;
}

static const char *plural(int n) { return n == 1 ? "" : "s"; }

static const char *ordinal_suffix(int n)
{
  if (n % 100 >= 11 && n % 100 <= 13)
    return "th";
  switch (n % 10) {
  case 1: return "st";
  case 2: return "nd";
  case 3: return "rd";
  default: return "th";
  }
}

/* "a holiday", "an adjusted working day", ... */
static const char *kind_phrase(egca_day_kind kind)
{
  switch (kind) {
  case EGCA_DAY_WORKDAY: return "a working day";
  case EGCA_DAY_WEEKEND: return "a weekend day";
  case EGCA_DAY_HOLIDAY: return "a holiday";
  case EGCA_DAY_ADJUSTED_WORKDAY: return "an adjusted working day";
  }
  return "a day";
}

static void put_working_days(text *o, const egca_period_trace *t)
{
  char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
  const int n = t->count < 0 ? -t->count : t->count;
  const int backward = (t->direction == EGCA_BEFORE) != (t->count < 0);
  put(o, "%d working day%s %s %s (the start day is not counted)", n, plural(n), backward ? "before" : "after",
      egca_date_format(t->from, a));
  if (t->first_counted != EGCA_DATE_NONE)
    put(o, ": counting %s on %s", backward ? "went back from" : "began", egca_date_format(t->first_counted, a));
  if (t->holidays_skipped > 0 || t->weekend_days_skipped > 0) {
    put(o, "; passed over");
    if (t->holidays_skipped > 0)
      put(o, " %d holiday day%s", t->holidays_skipped, plural(t->holidays_skipped));
    if (t->holidays_skipped > 0 && t->weekend_days_skipped > 0)
      put(o, " and");
    if (t->weekend_days_skipped > 0)
      put(o, " %d weekend day%s", t->weekend_days_skipped, plural(t->weekend_days_skipped));
  }
  if (t->adjusted_workdays_counted > 0) {
    put(o, "; counted %d adjusted working day%s (", t->adjusted_workdays_counted,
        plural(t->adjusted_workdays_counted));
    for (int i = 0; i < t->adjusted_workdays_counted && i < EGCA_TRACE_DATES; i++)
      put(o, "%s%s", i ? ", " : "", egca_date_format(t->adjusted_workdays[i], a));
    put(o, "%s)", t->adjusted_workdays_counted > EGCA_TRACE_DATES ? ", ..." : "");
  }
  for (size_t i = 0; i < t->pause_count && i < EGCA_TRACE_DATES; i++) {
    const egca_trace_pause *p = &t->pauses[i];
    if (p->to == EGCA_DATE_NONE)
      continue;
    egca_date first = p->from < p->to ? p->from : p->to, last = p->from < p->to ? p->to : p->from;
    put(o, "; paused %s..%s, %d working day%s not counted", egca_date_format(first, a), egca_date_format(last, b),
        p->working_days, plural(p->working_days));
  }
  if (t->pause_count > EGCA_TRACE_DATES)
    put(o, "; %zu pauses in all held %d working days, not counted", t->pause_count, t->pause_working_days);
  if (t->suspended_at != EGCA_DATE_NONE) {
    put(o, "; the clock stopped on %s, when an open pause began, with %d of %d working day%s run, so there is "
           "no due date until the pause ends.",
        egca_date_format(t->suspended_at, a), t->working_days_counted, n, plural(n));
    return;
  }
  if (n == 0)
    put(o, "; the period ends on the start day, %s", egca_date_format(t->last_day, a));
  else
    put(o, "; the %d%s working day is %s", n, ordinal_suffix(n), egca_date_format(t->last_day, a));
  if (t->end == EGCA_END_FIRST_WORKING_DAY_AFTER)
    put(o, ", and the first working day after it is %s", egca_date_format(t->result, b));
  put(o, ".");
}

/* The article that moved the last day (egca_period_trace.roll_basis; 民法典 第二百零三条 without a rule):
 * "（《民事诉讼法》第八十五条）", " (Civil Procedure Law, Article 85)". */
static void put_roll_basis(text *o, const egca_period_trace *t, int english)
{
  const egca_basis *b = t->roll_basis;
  if (b == NULL || b->law == NULL || b->article == NULL) {
    put(o, english ? " (Civil Code, Article 203)" : "（《民法典》第二百零三条）");
    return;
  }
  if (english) {
    char cite[256];
    egca_basis_format_lang(cite, sizeof cite, b, EGCA_LANG_EN);
    put(o, " (%s)", cite);
    return;
  }
  /* A statute by its short name in 《》; a title that holds one already (行诉解释) as it is. */
  const char *law = egca__law_short_name(b->law);
  put(o, strstr(law, "《") == NULL ? "（《%s》%s" : "（%s%s", law, b->article);
  if (b->item != NULL)
    put(o, "第%s项", b->item);
  put(o, "）");
}

static void put_calendar_period(text *o, const egca_period_trace *t)
{
  char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
  const char *unit = t->unit == EGCA_UNIT_YEARS ? "year" : t->unit == EGCA_UNIT_MONTHS ? "month" : "day";
  const char *dir = t->direction == EGCA_BEFORE ? "before" : "after";
  put(o, "%d %s%s %s %s", t->count, unit, plural(t->count), dir, egca_date_format(t->from, a));
  if (t->unit == EGCA_UNIT_YEARS || t->unit == EGCA_UNIT_MONTHS) {
    if (t->month_end)
      put(o, ": the target month has no corresponding day, so the period ends on its last day, %s "
             "(Civil Code, Article 202)",
          egca_date_format(t->last_day, a));
    else
      put(o, " end on the corresponding day, %s (Civil Code, Articles 201 and 202)", egca_date_format(t->last_day, a));
  } else if (t->count == 0) {
    put(o, " is that day itself");
  } else {
    put(o, " (the start day is not counted) is %s", egca_date_format(t->last_day, a));
  }
  if (t->last_day_known && !(t->unit == EGCA_UNIT_DAYS && t->count == 0 && t->roll == EGCA_ROLL_NOT_NEEDED))
    put(o, ", %s", kind_phrase(t->last_day_kind));
  switch (t->roll) {
  case EGCA_ROLL_NOT_NEEDED: break;
  case EGCA_ROLL_NOT_APPLIED: put(o, "; the rule keeps a rest day as the last day"); break;
  case EGCA_ROLL_MOVED_LATER:
    if (t->other_reading == EGCA_DATE_NONE) {
      put(o, "; it moves to the next working day, %s", egca_date_format(t->result, a));
      put_roll_basis(o, t, 1);
    } else {
      put(o, "; no text settles which way it moves: the later reading (policy later) gives %s, the earlier "
             "reading would give %s",
          egca_date_format(t->result, a), egca_date_format(t->other_reading, b));
    }
    break;
  case EGCA_ROLL_MOVED_EARLIER:
    put(o, "; no text settles which way it moves: the earlier reading (policy earlier) gives %s",
        egca_date_format(t->result, a));
    if (t->result_kind == EGCA_DAY_ADJUSTED_WORKDAY)
      put(o, ", an adjusted working day");
    if (t->other_reading != EGCA_DATE_NONE)
      put(o, "; the later reading would give %s", egca_date_format(t->other_reading, b));
    break;
  }
  if (t->end == EGCA_END_FIRST_WORKING_DAY_AFTER)
    put(o, "; the first working day after it is %s", egca_date_format(t->result, a));
  put(o, ".");
}

/* The same paragraphs in Chinese: one function a language, since the two order their words differently
 * (a date comes first in Chinese: "2025-01-02后5个工作日"). Each says what its English twin says. */

/* "节假日", "调休上班日", ... */
static const char *kind_phrase_zh(egca_day_kind kind)
{
  switch (kind) {
  case EGCA_DAY_WORKDAY: return "工作日";
  case EGCA_DAY_WEEKEND: return "周末";
  case EGCA_DAY_HOLIDAY: return "节假日";
  case EGCA_DAY_ADJUSTED_WORKDAY: return "调休上班日";
  }
  return "某日";
}

static void put_working_days_zh(text *o, const egca_period_trace *t)
{
  char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
  const int n = t->count < 0 ? -t->count : t->count;
  const int backward = (t->direction == EGCA_BEFORE) != (t->count < 0);
  put(o, "%s%s%d个工作日（起算日不计入）", egca_date_format(t->from, a), backward ? "前" : "后", n);
  if (t->first_counted != EGCA_DATE_NONE)
    put(o, "：自%s起%s", egca_date_format(t->first_counted, a), backward ? "向前计算" : "计算");
  if (t->holidays_skipped > 0 || t->weekend_days_skipped > 0) {
    put(o, "；跳过");
    if (t->holidays_skipped > 0)
      put(o, "节假日%d天", t->holidays_skipped);
    if (t->holidays_skipped > 0 && t->weekend_days_skipped > 0)
      put(o, "和");
    if (t->weekend_days_skipped > 0)
      put(o, "周末%d天", t->weekend_days_skipped);
  }
  if (t->adjusted_workdays_counted > 0) {
    put(o, "；计入调休上班日%d天（", t->adjusted_workdays_counted);
    for (int i = 0; i < t->adjusted_workdays_counted && i < EGCA_TRACE_DATES; i++)
      put(o, "%s%s", i ? "、" : "", egca_date_format(t->adjusted_workdays[i], a));
    put(o, "%s）", t->adjusted_workdays_counted > EGCA_TRACE_DATES ? "等" : "");
  }
  for (size_t i = 0; i < t->pause_count && i < EGCA_TRACE_DATES; i++) {
    const egca_trace_pause *p = &t->pauses[i];
    if (p->to == EGCA_DATE_NONE)
      continue;
    egca_date first = p->from < p->to ? p->from : p->to, last = p->from < p->to ? p->to : p->from;
    put(o, "；%s至%s中止，其中%d个工作日不计入期限", egca_date_format(first, a), egca_date_format(last, b),
        p->working_days);
  }
  if (t->pause_count > EGCA_TRACE_DATES)
    put(o, "；共中止%zu次，其中%d个工作日不计入期限", t->pause_count, t->pause_working_days);
  if (t->suspended_at != EGCA_DATE_NONE) {
    put(o, "；%s起中止且尚未结束，此时已计%d个工作日（共%d个），中止结束前没有届满日。",
        egca_date_format(t->suspended_at, a), t->working_days_counted, n);
    return;
  }
  if (n == 0)
    put(o, "；期限于起算日%s届满", egca_date_format(t->last_day, a));
  else
    put(o, "；第%d个工作日为%s", n, egca_date_format(t->last_day, a));
  if (t->end == EGCA_END_FIRST_WORKING_DAY_AFTER)
    put(o, "，其后第一个工作日为%s", egca_date_format(t->result, b));
  put(o, "。");
}

static void put_calendar_period_zh(text *o, const egca_period_trace *t)
{
  char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
  const char *unit = t->unit == EGCA_UNIT_YEARS ? "年" : t->unit == EGCA_UNIT_MONTHS ? "个月" : "日";
  const char *dir = t->direction == EGCA_BEFORE ? "前" : "后";
  put(o, "%s%s%d%s", egca_date_format(t->from, a), dir, t->count, unit);
  if (t->unit == EGCA_UNIT_YEARS || t->unit == EGCA_UNIT_MONTHS) {
    if (t->month_end)
      put(o, "：到期月份没有对应日，期限于该月最后一日%s届满（《民法典》第二百零二条）",
          egca_date_format(t->last_day, a));
    else
      put(o, "，于对应日%s届满（《民法典》第二百零一条、第二百零二条）", egca_date_format(t->last_day, a));
  } else if (t->count == 0) {
    put(o, "即当日");
  } else {
    put(o, "（起算日不计入）为%s", egca_date_format(t->last_day, a));
  }
  if (t->last_day_known && !(t->unit == EGCA_UNIT_DAYS && t->count == 0 && t->roll == EGCA_ROLL_NOT_NEEDED))
    put(o, "，该日为%s", kind_phrase_zh(t->last_day_kind));
  switch (t->roll) {
  case EGCA_ROLL_NOT_NEEDED: break;
  case EGCA_ROLL_NOT_APPLIED: put(o, "；规则不顺延，最后一日仍为休息日"); break;
  case EGCA_ROLL_MOVED_LATER:
    if (t->other_reading == EGCA_DATE_NONE) {
      put(o, "；顺延至下一个工作日%s", egca_date_format(t->result, a));
      put_roll_basis(o, t, 0);
    } else {
      put(o, "；没有条文规定向哪一方向调整：向后的读法（policy later）得出%s，向前的读法将得出%s",
          egca_date_format(t->result, a), egca_date_format(t->other_reading, b));
    }
    break;
  case EGCA_ROLL_MOVED_EARLIER:
    put(o, "；没有条文规定向哪一方向调整：向前的读法（policy earlier）得出%s", egca_date_format(t->result, a));
    if (t->result_kind == EGCA_DAY_ADJUSTED_WORKDAY)
      put(o, "，该日为调休上班日");
    if (t->other_reading != EGCA_DATE_NONE)
      put(o, "；向后的读法将得出%s", egca_date_format(t->other_reading, b));
    break;
  }
  if (t->end == EGCA_END_FIRST_WORKING_DAY_AFTER)
    put(o, "；其后第一个工作日为%s", egca_date_format(t->result, a));
  put(o, "。");
}

EGCA_API int egca_period_trace_format(char *buf, size_t size, const egca_period_trace *trace, egca_lang lang)
{
  text o = {buf, size, 0};
  if (size > 0)
    buf[0] = '\0';
  if (trace == NULL || !trace->filled)
    return 0;
  const int english = lang == EGCA_LANG_EN;
  if (trace->unit == EGCA_UNIT_WORKING_DAYS)
    (english ? put_working_days : put_working_days_zh)(&o, trace);
  else
    (english ? put_calendar_period : put_calendar_period_zh)(&o, trace);
  return o.len > INT32_MAX ? INT32_MAX : (int)o.len;
}
