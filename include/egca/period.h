/* egca — legal period arithmetic over the working-day calendar.
 *
 * The rules come from 民法典 第二百零一条-第二百零三条 and 行政许可法 第八十二条:
 *   - the start day is not counted: a period of N working days after day A ends on the N-th working day
 *     strictly after A (from a rest day, day 1 is the next working day);
 *   - a period of N calendar days after A ends on A+N; when that is a rest day the period ends on the next
 *     working day (第二百零三条; adjusted working days are working days);
 *   - "N days before expiry E" ends on E-N; when that is a rest day no text in force settles which way it
 *     moves: the earlier reading (the last working day before, safe for the applicant) is the default, the
 *     later one (the next working day) is a policy, and every result where the two differ says so;
 *   - a period of N years ends on the same month and day N years later, or that month's last day where there
 *     is no such day (第二百零二条);
 *   - working days inside a pause (technical review, both ends included; 行政许可法 第四十五条) are not
 *     counted; an open pause (started, not ended) suspends the clock and the due date is unknown;
 *   - the last day ends at the cutoff: 24:00, or the close of business for in-person filing (第二百零三条
 *     第二款).
 *
 * Every computation fills a caller-provided result and allocates nothing; a trace (what was counted and
 * skipped, and why the last day is what it is) is filled only when asked for, and
 * egca_period_trace_format() renders it as one short paragraph, in Chinese or English.
 *
 * Return values: 0; EGCA_PROVISIONAL when the result rests on a day of a tentative year (result->provisional
 * is then set too); EGCA_E_COVERAGE (err->year names the year) when a day the computation needs is outside
 * the calendar's coverage, or is tentative and the calendar is strict; EGCA_E_INVALID for a bad argument.
 * On failure *result is left with status EGCA_PERIOD_FAILED and due EGCA_DATE_NONE.
 */
#ifndef EGCA_PERIOD_H
#define EGCA_PERIOD_H

#include "common.h"
#include "calendar.h"
#include "date.h"
#include "error.h"

struct egca_basis; /* rules.h */

#ifdef __cplusplus
extern "C" {
#endif

/* What a period counts. */
typedef enum egca_period_unit {
  EGCA_UNIT_WORKING_DAYS = 0, /* working days (行政许可法 第八十二条) */
  EGCA_UNIT_DAYS = 1,         /* calendar days (民法典 第二百零一条) */
  EGCA_UNIT_YEARS = 2,        /* years (民法典 第二百零二条) */
  EGCA_UNIT_MONTHS = 3        /* months (民法典 第二百零二条: the corresponding day, or the month's last day) */
} egca_period_unit;

/* Which way a period runs from its start. */
typedef enum egca_direction {
  EGCA_AFTER = 0, /* forward from the start ("自……之日起 N 日内") */
  EGCA_BEFORE = 1 /* backward from the start ("届满 N 日前") */
} egca_direction;

/* What happens when the period's last day is a rest day (weekend or holiday). A working-day period always
 * ends on a working day, so only calendar-day and year periods roll. */
typedef enum egca_roll {
  EGCA_ROLL_NONE = 0,             /* the last day stands (a validity end, "届满前") */
  EGCA_ROLL_NEXT_WORKING_DAY = 1, /* 民法典 第二百零三条: moves to the next working day */
  EGCA_ROLL_EARLIER_OR_LATER = 2  /* unsettled: the caller's policy picks; the other reading is reported */
} egca_roll;

/* The caller's choice for EGCA_ROLL_EARLIER_OR_LATER. */
typedef enum egca_roll_policy {
  EGCA_POLICY_EARLIER = 0, /* the last working day before (default) */
  EGCA_POLICY_LATER = 1    /* the next working day */
} egca_roll_policy;

/* What the result date is. */
typedef enum egca_period_end {
  EGCA_END_LAST_DAY = 0,               /* the period's last day (a due date) */
  EGCA_END_FIRST_WORKING_DAY_AFTER = 1 /* the first working day after the period ("15个工作日后") */
} egca_period_end;

typedef enum egca_period_status {
  EGCA_PERIOD_DUE = 0,       /* the due date is known */
  EGCA_PERIOD_SUSPENDED = 1, /* an open pause stopped the clock: no due date */
  EGCA_PERIOD_FAILED = 2     /* the computation failed (only after a negative return) */
} egca_period_status;

/* At most this many pauses in one computation (EGCA_E_INVALID beyond): the count looks at every pause
 * for each run of days it takes. A case holds at most as many technical reviews, its pauses. */
#define EGCA_PAUSES_MAX 1000

/* A pause: the days from..to, both included. `to` = EGCA_DATE_NONE is an open pause. */
typedef struct egca_pause {
  egca_date from;
  egca_date to;
} egca_pause;

/* How to count: everything about a period except where it starts and its pauses. */
typedef struct egca_period_spec {
  egca_period_unit unit;
  int count;                /* N >= 0; a working-day period may also take N < 0 (N working days before) */
  egca_direction direction;
  egca_roll roll;
  egca_roll_policy policy;  /* used only with EGCA_ROLL_EARLIER_OR_LATER */
  egca_period_end end;
  int cutoff;               /* minutes after midnight the last day ends at (1440 = 24:00) */
  int cutoff_in_person;     /* the same for in-person filing at the office; 0 when it does not apply */
} egca_period_spec;

/* What decided the last day (the trace's roll decision). */
typedef enum egca_roll_decision {
  EGCA_ROLL_NOT_NEEDED = 0,   /* the last day is a working day, or the period counts working days */
  EGCA_ROLL_NOT_APPLIED = 1,  /* the last day is a rest day and the rule keeps it (EGCA_ROLL_NONE) */
  EGCA_ROLL_MOVED_LATER = 2,  /* moved to the next working day */
  EGCA_ROLL_MOVED_EARLIER = 3 /* moved to the last working day before */
} egca_roll_decision;

#define EGCA_TRACE_DATES 8

/* A run of paused days as it acted on the count (overlapping or adjoining pauses form one run): its days
 * inside the counted window and the working days they held. */
typedef struct egca_trace_pause {
  egca_date from;   /* its first day inside the window (in counting order: the latest for a backward period) */
  egca_date to;     /* its last day inside the window; EGCA_DATE_NONE for an open pause */
  int working_days; /* working days not counted because of it */
} egca_trace_pause;

/* Why a result is what it is. Fixed size; no pointers. Days are listed in counting order (backward for a
 * backward period). */
typedef struct egca_period_trace {
  int filled;                     /* 1 when the trace was computed */
  egca_period_unit unit;
  int count;
  egca_direction direction;
  egca_period_end end;
  egca_date from;                 /* the start day (not counted) */
  egca_date first_counted;        /* the first day counted; EGCA_DATE_NONE when none */
  egca_date last_day;             /* the period's last day before any roll (the N-th working day, A+N, E-N) */
  egca_day_kind last_day_kind;    /* its kind (for calendar-day and year periods; workday otherwise) */
  int last_day_known;             /* 0 when the period did not need the calendar (a year period, no roll) */
  int month_end;                  /* a year period landed on 2-29 or 31 that the target month lacks */
  int working_days_counted;       /* working-day periods: days counted (|N|, fewer when suspended) */
  int holidays_skipped;           /* holiday days passed over while counting (outside pauses) */
  int weekend_days_skipped;       /* ordinary weekend days passed over while counting (outside pauses) */
  int adjusted_workdays_counted;  /* adjusted working days (调休上班) that were counted */
  egca_date adjusted_workdays[EGCA_TRACE_DATES]; /* the first of them */
  size_t pause_count;             /* pauses that met the counted window (all, even beyond the list) */
  egca_trace_pause pauses[EGCA_TRACE_DATES];     /* the first of them, in counting order */
  int pause_working_days;         /* working days not counted because of pauses, all pauses together */
  egca_date suspended_at;         /* the first day of the open pause that stopped the clock, or NONE */
  egca_roll_decision roll;
  egca_roll_policy policy;        /* for EGCA_ROLL_EARLIER_OR_LATER */
  egca_date other_reading;        /* the date the other policy gives, or NONE */
  egca_date result;               /* the due date, or NONE */
  egca_day_kind result_kind;      /* its kind */
  /* The article that moved a rest-day last day to the next working day, as the trace cites it: a rule's
   * roll_basis (egca_deadline_rule_roll_basis: 民事诉讼法 第八十五条 for reconsideration, 行诉解释 第四十八条 for
   * litigation), set by egca_deadline_compute; NULL for a period computed without a rule, which is cited by
   * 民法典 第二百零三条. */
  const struct egca_basis *roll_basis;
} egca_period_trace;

/* The answer. */
typedef struct egca_period_result {
  egca_date from;
  egca_date due;             /* EGCA_DATE_NONE when suspended */
  egca_period_status status;
  int provisional;           /* 1 when a tentative day was used */
  int ambiguous;             /* 1 when the earlier and later readings differ */
  egca_date other_reading;   /* the other reading's date when ambiguous, else EGCA_DATE_NONE */
  int cutoff;                /* minutes: the last day ends at this time (from the spec) */
  int cutoff_in_person;      /* minutes, or 0 (from the spec) */
} egca_period_result;

/* Computes a period that starts on `from` per `spec`, with `pause_count` pauses (working-day periods only;
 * any order, overlaps allowed). `trace` may be NULL; when given it is filled, which walks the counted days
 * one by one (the result itself takes O(pauses^2) calendar lookups, each O(1)). A year period with
 * EGCA_ROLL_NONE needs no calendar (`calendar` may be NULL). Errors: EGCA_E_INVALID (a pause that ends
 * before it starts, more than EGCA_PAUSES_MAX pauses, pauses on a calendar-day period, a negative count on a non-working-day period, a date
 * out of range), EGCA_E_COVERAGE. */
EGCA_API int egca_period_compute(egca_period_result *result, egca_period_trace *trace, const egca_calendar *calendar,
                                 const egca_period_spec *spec, egca_date from, const egca_pause *pauses,
                                 size_t pause_count, egca_error *err);

/* The common forms, with the 24:00 cutoff (民法典 第二百零三条 第二款). */

/* The n-th working day after `from` (n < 0: before), pauses not counted. */
EGCA_API int egca_period_add_workdays(egca_period_result *result, egca_period_trace *trace,
                                      const egca_calendar *calendar, egca_date from, int n, const egca_pause *pauses,
                                      size_t pause_count, egca_error *err);

/* The first working day after the n-th working day after `from` ("自受理之日起 n 个工作日后"). */
EGCA_API int egca_period_first_workday_after(egca_period_result *result, egca_period_trace *trace,
                                             const egca_calendar *calendar, egca_date from, int n, egca_error *err);

/* from + n calendar days (n >= 0); a rest day moves to the next working day (民法典 第二百零三条). */
EGCA_API int egca_period_add_days(egca_period_result *result, egca_period_trace *trace, const egca_calendar *calendar,
                                  egca_date from, int n, egca_error *err);

/* expiry - n calendar days (n >= 0); a rest day moves by `policy`, and result->ambiguous says when the two
 * readings differ. */
EGCA_API int egca_period_days_before(egca_period_result *result, egca_period_trace *trace,
                                     const egca_calendar *calendar, egca_date expiry, int n, egca_roll_policy policy,
                                     egca_error *err);

/* from + n years (n >= 0) per 民法典 第二百零二条; no roll, no calendar needed (`calendar` may be NULL). */
EGCA_API int egca_period_add_years(egca_period_result *result, egca_period_trace *trace,
                                   const egca_calendar *calendar, egca_date from, int n, egca_error *err);

/* Writes the trace as one short paragraph in `lang` into buf (always NUL-terminated when size > 0); returns
 * the length the full text needs, as snprintf does. An unfilled trace gives an empty string. */
EGCA_API int egca_period_trace_format(char *buf, size_t size, const egca_period_trace *trace, egca_lang lang);

/* Names for messages and JSON: "working_days" / "days" / "years"; "after" / "before"; "none" /
 * "next_working_day" / "earlier_or_later"; "earlier" / "later"; "last_day" / "first_working_day_after";
 * "due" / "suspended" / "failed". NULL for a value outside the enum. */
EGCA_API const char *egca_period_unit_name(egca_period_unit unit);
EGCA_API const char *egca_direction_name(egca_direction direction);
EGCA_API const char *egca_roll_name(egca_roll roll);
EGCA_API const char *egca_roll_policy_name(egca_roll_policy policy);
EGCA_API const char *egca_period_end_name(egca_period_end end);
EGCA_API const char *egca_period_status_name(egca_period_status status);
/* "not_needed" / "not_applied" / "moved_later" / "moved_earlier". */
EGCA_API const char *egca_roll_decision_name(egca_roll_decision decision);

#ifdef __cplusplus
}
#endif
#endif
