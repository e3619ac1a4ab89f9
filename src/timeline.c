/* egca — a case's timeline: its event log, evaluated as of a date against the deadline rules.
 *
 * Every count, unit, direction and roll comes from the rule set (rules/deadlines.json) through the rules
 * API; every period is computed by the period module. This file decides which periods a case has, what
 * answers each, and what the law makes of a period that ran out (docs/case.md). It keeps its arrays in the
 * timeline object, so evaluating case after case into one timeline allocates nothing once the arrays have
 * grown to the largest case. */
#include "case_internal.h"
#include "rules_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The deadline rules a timeline uses, in the order of rules/deadlines.json. */
enum {
  R_ACCEPTANCE,
  R_DECISION,
  R_DECISION_EXTENSION,
  R_REVIEW_TIME_NOTICE,
  R_NOTIFICATION,
  R_STATUS_QUERY,
  R_CERTIFICATE_VALIDITY,
  R_CHANGE_FILING,
  R_RENEWAL_FILING,
  R_RENEWAL_DECISION,
  R_COUNT
};

static const char *const rule_ids[R_COUNT] = {
    "acceptance",    "decision",     "decision_extension",   "review_time_notice", "notification",
    "status_query",  "certificate_validity", "change_filing", "renewal_filing",    "renewal_decision",
};

#define VERSIONS_MAX 16

/* The versions of each rule in the rule set, found once per evaluation. */
typedef struct rule_table {
  const egca_deadline_rule *versions[R_COUNT][VERSIONS_MAX];
  size_t count[R_COUNT];
} rule_table;

/* A certificate's term: from issue (or from the expiry a renewal continued) to its last valid day. */
typedef struct term {
  egca_date start;       /* the issue day, or the previous term's last day for a renewed term */
  egca_date window_end;  /* the next certificate's issue day, or EGCA_DATE_MAX */
  egca_date expires_printed;
  int renewed;           /* 1 for a term a renewal continued without a new certificate */
  size_t validity;       /* its certificate_validity deadline */
  egca_date expiry;      /* its last valid day (EGCA_DATE_NONE when unknown) */
} term;

struct egca_timeline {
  const egca_case *c;
  egca_date as_of;
  int provisional;
  egca_timeline_deadline *deadlines;
  size_t deadline_count, deadline_cap;
  egca_timeline_finding *findings;
  size_t finding_count, finding_cap;
  egca_pause *pauses;
  size_t pause_cap;
  term *terms;
  size_t term_count, term_cap;
  /* The versions of each rule, as found in the rule set with this serial (0: none yet): a batch evaluates
   * millions of cases with one rule set, and finding its rules by name took a tenth of an evaluation. */
  rule_table table;
  unsigned long table_serial;
};

/* --- Names ---------------------------------------------------------------------------------------- */

static const char *const status_names[] = {"met",     "late",      "pending", "overdue", "suspended", "deemed",
                                           "not_applicable", "available", "not_yet", "valid", "expired"};

EGCA_API const char *egca_deadline_status_name(egca_deadline_status status)
{
  return (unsigned)status < sizeof status_names / sizeof status_names[0] ? status_names[status] : NULL;
}

static const char *const finding_names[EGCA_FINDING_CODE_COUNT] = {
    "deemed_accepted",   "correction_too_late", "repeat_correction",   "review_without_notice", "extension_contested",
    "extension_too_late", "deemed_renewed",     "calendar_not_covered", "rule_not_in_force",
};

EGCA_API const char *egca_finding_code_name(egca_finding_code code)
{
  return (unsigned)code < EGCA_FINDING_CODE_COUNT ? finding_names[code] : NULL;
}

EGCA_API int egca_finding_code_is_violation(egca_finding_code code)
{
  switch (code) {
  case EGCA_FINDING_DEEMED_ACCEPTED:
  case EGCA_FINDING_CORRECTION_TOO_LATE:
  case EGCA_FINDING_REPEAT_CORRECTION:
  case EGCA_FINDING_REVIEW_WITHOUT_NOTICE:
  case EGCA_FINDING_EXTENSION_TOO_LATE:
  case EGCA_FINDING_DEEMED_RENEWED: return 1;
  default: return 0;
  }
}

/* --- The timeline object ----------------------------------------------------------------------------- */

EGCA_API int egca_timeline_new(egca_timeline **out, egca_error *err)
{
  *out = calloc(1, sizeof **out);
  if (*out == NULL)
    return egca__fail_nomem(err);
  (*out)->as_of = EGCA_DATE_NONE;
  return 0;
}

EGCA_API void egca_timeline_free(egca_timeline *t)
{
  if (t == NULL)
    return;
  free(t->deadlines);
  free(t->findings);
  free(t->pauses);
  free(t->terms);
  free(t);
}

static int grow(void **array, size_t *cap, size_t need, size_t size)
{
  if (need <= *cap)
    return 0;
  size_t n = *cap ? *cap : 16;
  while (n < need)
    n *= 2;
  void *p = realloc(*array, n * size);
  if (p == NULL)
    return -1;
  *array = p;
  *cap = n;
  return 0;
}

EGCA_API const char *egca_timeline_case_id(const egca_timeline *t) { return t->c != NULL ? t->c->id : NULL; }
EGCA_API egca_date egca_timeline_as_of(const egca_timeline *t) { return t->as_of; }
EGCA_API size_t egca_timeline_deadline_count(const egca_timeline *t) { return t->deadline_count; }
EGCA_API size_t egca_timeline_finding_count(const egca_timeline *t) { return t->finding_count; }
EGCA_API int egca_timeline_provisional(const egca_timeline *t) { return t->provisional; }

EGCA_API const egca_timeline_deadline *egca_timeline_deadline_at(const egca_timeline *t, size_t index)
{
  return index < t->deadline_count ? &t->deadlines[index] : NULL;
}

EGCA_API const egca_timeline_finding *egca_timeline_finding_at(const egca_timeline *t, size_t index)
{
  return index < t->finding_count ? &t->findings[index] : NULL;
}

EGCA_API int egca_timeline_clean(const egca_timeline *t)
{
  for (size_t i = 0; i < t->deadline_count; i++)
    if (t->deadlines[i].status == EGCA_STATUS_LATE || t->deadlines[i].status == EGCA_STATUS_OVERDUE)
      return 0;
  for (size_t i = 0; i < t->finding_count; i++)
    if (egca_finding_code_is_violation(t->findings[i].code))
      return 0;
  return 1;
}

/* --- Evaluation context ---------------------------------------------------------------------------------- */

typedef struct ctx {
  egca_timeline *t;
  const egca_case *c;
  const egca_calendar *cal;
  const egca_rules *rules;
  const rule_table *table;
  egca_date as_of;
  egca_roll_policy policy;
  size_t n;              /* events dated on or before as_of */
  egca_date closed;      /* the day a rejection or withdrawal ended the case, or NONE */
  egca_error *err;
} ctx;

/* What one period computation gave. */
typedef struct computed {
  const egca_deadline_rule *version;
  egca_date due, nominal, other;
  int suspended, provisional, ambiguous, count, year, not_in_force;
  egca_date effective_from;  /* of the version applied when not_in_force */
  egca_period_unit unit;
} computed;

static void build_table(rule_table *table, const egca_rules *rules)
{
  memset(table->count, 0, sizeof table->count);
  size_t n = egca_rules_deadline_count(rules);
  int hint = 0;
  for (size_t i = 0; i < n; i++) {
    const egca_deadline_rule *r = egca_rules_deadline_at(rules, i);
    const char *id = egca_deadline_rule_id(r);
    /* Rules files list the rules in this order, so the search starts where the last one matched: about
     * one comparison per entry, which matters when cases are evaluated by the million. */
    for (int j = 0; j < R_COUNT; j++) {
      int k = (hint + j) % R_COUNT;
      if (egca__same_name(id, rule_ids[k])) {
        if (table->count[k] < VERSIONS_MAX)
          table->versions[k][table->count[k]++] = r;
        hint = k;
        break;
      }
    }
  }
}

/* The version of rule k in force on `on` (the latest effective_from not after it); when none is, the
 * earliest, with *not_in_force set. NULL when the rule set lacks the rule. */
static const egca_deadline_rule *version_on(const rule_table *table, int k, egca_date on, int *not_in_force)
{
  const egca_deadline_rule *best = NULL, *earliest = NULL;
  for (size_t i = 0; i < table->count[k]; i++) {
    const egca_deadline_rule *r = table->versions[k][i];
    egca_date from = egca_deadline_rule_effective_from(r);
    if (from <= on && (best == NULL || from > egca_deadline_rule_effective_from(best)))
      best = r;
    if (earliest == NULL || from < egca_deadline_rule_effective_from(earliest))
      earliest = r;
  }
  *not_in_force = best == NULL && earliest != NULL;
  return best != NULL ? best : earliest;
}

static int missing_rule(ctx *x, int k)
{
  return egca__fail(x->err, EGCA_E_NOTFOUND, NULL, 0, "the rule set has no deadline rule \"%s\"", rule_ids[k]);
}

/* The day a period would end on if no day were a holiday and none a make-up working day: weekdays for a
 * working-day count (pause days skipped), the plain day for calendar days and years. It stands in for the
 * due date where the calendar does not reach. */
static egca_date nominal_date(const egca_period_spec *spec, egca_date from, const egca_pause *pauses, size_t pause_count)
{
  if (spec->unit == EGCA_UNIT_DAYS)
    return spec->direction == EGCA_BEFORE ? from - spec->count : from + spec->count;
  if (spec->unit == EGCA_UNIT_YEARS) {
    egca_date d;
    return egca_date_add_years(&d, from, spec->direction == EGCA_BEFORE ? -spec->count : spec->count) == 0
               ? d
               : EGCA_DATE_NONE;
  }
  int step = (spec->direction == EGCA_BEFORE) != (spec->count < 0) ? -1 : 1;
  int left = spec->count < 0 ? -spec->count : spec->count;
  if (spec->end == EGCA_END_FIRST_WORKING_DAY_AFTER)
    left++;
  egca_date d = from;
  while (left > 0) {
    d += step;
    if (egca_date_weekday(d) >= EGCA_SATURDAY)
      continue;
    int paused = 0;
    for (size_t i = 0; i < pause_count && !paused; i++) {
      if (pauses[i].to == EGCA_DATE_NONE && d >= pauses[i].from)
        return EGCA_DATE_NONE; /* an open review: no date at all */
      paused = d >= pauses[i].from && d <= pauses[i].to;
    }
    if (!paused)
      left--;
  }
  return d;
}

/* Returns the error `e` of a period computation for rule `rule` from `anchor`, naming the case's file and
 * the event the period runs from: the last one dated on or before the anchor (the event itself, or the one
 * after which the law counts), so that every error of a case names a JSON pointer. */
static int blame(ctx *x, const egca_error *e, int rc, egca_date anchor, const char *rule)
{
  if (x->err == NULL)
    return rc;
  *x->err = *e;
  size_t k = 0;
  for (size_t i = 0; i < x->n && x->c->events[i].date <= anchor; i++)
    k = i;
  if (x->err->source[0] == '\0' && x->c->source != NULL)
    egca__error_source(x->err, x->c->source);
  if (x->err->pointer[0] == '\0' && k < x->c->event_count)
    snprintf(x->err->pointer, sizeof x->err->pointer, "/events/%u", (unsigned)x->c->events[k].source_index);
  char day[EGCA_DATE_TEXT_SIZE];
  snprintf(x->err->message, sizeof x->err->message, "deadline \"%s\" from %s: %.400s", rule,
           egca_date_format(anchor, day), e->message);
  return rc;
}

/* A nominal day (counted without the calendar) past 9999-12-31 or before 0001-01-01 is no date: an error,
 * as egca_period_compute gives for a covered year, rather than a date that cannot be written. */
static int beyond_range(ctx *x, egca_date nominal, egca_date anchor, int k)
{
  if (nominal == EGCA_DATE_NONE || (nominal >= EGCA_DATE_MIN && nominal <= EGCA_DATE_MAX))
    return 0;
  egca_error e;
  egca__fail(&e, EGCA_E_INVALID, NULL, 0, "the period leaves the supported date range");
  return blame(x, &e, EGCA_E_INVALID, anchor, rule_ids[k]);
}

/* Computes rule k from `anchor` (with `extra`, the extension rule, added when set). A coverage gap gives
 * due = NONE and the nominal day; a tentative day on a strict calendar is an error. */
static int compute(computed *out, ctx *x, int k, egca_date anchor, const egca_pause *pauses, size_t pause_count,
                   int extra)
{
  memset(out, 0, sizeof *out);
  out->due = out->nominal = out->other = EGCA_DATE_NONE;
  out->version = version_on(x->table, k, anchor, &out->not_in_force);
  if (out->version == NULL)
    return missing_rule(x, k);
  if (out->not_in_force)
    out->effective_from = egca_deadline_rule_effective_from(out->version);
  const egca_deadline_rule *r = out->version;
  egca_period_spec spec = {
      .unit = egca_deadline_rule_unit(r),
      .count = egca_deadline_rule_count(r),
      .direction = egca_deadline_rule_direction(r),
      .roll = egca_deadline_rule_roll(r),
      .policy = x->policy,
      .end = egca_deadline_rule_end(r),
      .cutoff = egca_deadline_rule_cutoff(r),
      .cutoff_in_person = egca_deadline_rule_cutoff_in_person(r),
  };
  if (extra) {
    int nif;
    const egca_deadline_rule *ext = version_on(x->table, R_DECISION_EXTENSION, anchor, &nif);
    if (ext == NULL)
      return missing_rule(x, R_DECISION_EXTENSION);
    spec.count += egca_deadline_rule_count(ext);
  }
  out->unit = spec.unit;
  out->count = spec.count;
  if (egca_deadline_rule_pause(r) != EGCA_PAUSE_EXCLUDE)
    pause_count = 0;
  /* A period whose last day plainly falls in a year without data (a renewal five years out) goes to the
   * nominal day at once, without building the error the period module would report. */
  int year = 0;
  if (spec.unit == EGCA_UNIT_WORKING_DAYS || spec.roll != EGCA_ROLL_NONE) {
    egca_date probe = spec.unit == EGCA_UNIT_WORKING_DAYS ? anchor : nominal_date(&spec, anchor, NULL, 0);
    egca_date_to_ymd(probe, &year, NULL, NULL);
    if (egca_calendar_year_coverage(x->cal, year) != EGCA_COVERAGE_NONE)
      year = 0;
  }
  if (year != 0) {
    out->year = year;
    out->nominal = nominal_date(&spec, anchor, pauses, pause_count);
    out->suspended = out->nominal == EGCA_DATE_NONE;
    return beyond_range(x, out->nominal, anchor, k);
  }
  egca_period_result res;
  egca_error e;
  int rc = egca_period_compute(&res, NULL, x->cal, &spec, anchor, pauses, pause_count, &e);
  if (rc >= 0) {
    out->due = res.due;
    out->suspended = res.status == EGCA_PERIOD_SUSPENDED;
    out->provisional = res.provisional;
    out->ambiguous = res.ambiguous;
    out->other = res.ambiguous ? res.other_reading : EGCA_DATE_NONE;
    return 0;
  }
  if (rc == EGCA_E_COVERAGE && egca_calendar_year_coverage(x->cal, e.year) != EGCA_COVERAGE_TENTATIVE) {
    /* A year without its notice: the deadline waits for it rather than failing the timeline. */
    out->year = e.year;
    out->nominal = nominal_date(&spec, anchor, pauses, pause_count);
    out->suspended = out->nominal == EGCA_DATE_NONE;
    return beyond_range(x, out->nominal, anchor, k);
  }
  return blame(x, &e, rc, anchor, rule_ids[k]);
}

/* --- Building the result ---------------------------------------------------------------------------------- */

static int add_finding(ctx *x, egca_finding_code code, int rule, const char *ref, egca_date date, egca_date other,
                       int year, size_t deadline)
{
  egca_timeline *t = x->t;
  if (grow((void **)&t->findings, &t->finding_cap, t->finding_count + 1, sizeof *t->findings) < 0)
    return egca__fail_nomem(x->err);
  t->findings[t->finding_count++] =
      (egca_timeline_finding){code, rule_ids[rule], ref, date, other, year, deadline};
  return 0;
}

/* Appends a deadline instance for `cmp` (rule k, from `anchor`) and the findings its computation carries;
 * *index receives its position. Status and answer are set by the caller. */
static int add_deadline(ctx *x, size_t *index, int k, const char *ref, egca_date anchor, const computed *cmp)
{
  egca_timeline *t = x->t;
  if (grow((void **)&t->deadlines, &t->deadline_cap, t->deadline_count + 1, sizeof *t->deadlines) < 0)
    return egca__fail_nomem(x->err);
  *index = t->deadline_count++;
  egca_timeline_deadline *d = &t->deadlines[*index];
  *d = (egca_timeline_deadline){
      .rule = rule_ids[k],
      .version = cmp->version,
      .ref = ref,
      .anchor = anchor,
      .due = cmp->due,
      .nominal = cmp->year ? cmp->nominal : EGCA_DATE_NONE,
      .status = EGCA_STATUS_PENDING,
      .met_on = EGCA_DATE_NONE,
      .unit = cmp->unit,
      .count = cmp->count,
      .provisional = cmp->provisional,
      .ambiguous = cmp->ambiguous,
      .other_reading = cmp->other,
  };
  t->provisional |= cmp->provisional;
  int rc = 0;
  if (cmp->not_in_force)
    rc = add_finding(x, EGCA_FINDING_RULE_NOT_IN_FORCE, k, ref, anchor, cmp->effective_from, 0, *index);
  if (rc == 0 && cmp->year)
    rc = add_finding(x, EGCA_FINDING_CALENDAR_NOT_COVERED, k, ref, cmp->nominal, EGCA_DATE_NONE, cmp->year, *index);
  return rc;
}

static egca_timeline_deadline *dl(ctx *x, size_t index) { return &x->t->deadlines[index]; }

/* The day a deadline's status is judged against: the due date, or the nominal one where it is not covered. */
static egca_date judged_due(const egca_timeline_deadline *d) { return d->due != EGCA_DATE_NONE ? d->due : d->nominal; }

/* Days from as_of to the due date in the deadline's unit: working days in (as_of, due] for a working-day
 * rule (negative when past), calendar days otherwise. */
static int set_days_left(ctx *x, egca_timeline_deadline *d)
{
  if (d->due == EGCA_DATE_NONE)
    return 0;
  if (d->unit != EGCA_UNIT_WORKING_DAYS) {
    d->days_left = d->due - x->as_of;
    d->has_days_left = 1;
    return 0;
  }
  int n;
  egca_error e;
  int rc = egca_calendar_workdays_between(&n, x->cal, x->as_of, d->due, &e);
  if (rc >= 0) {
    d->days_left = n;
    d->has_days_left = 1;
    if (rc == EGCA_PROVISIONAL) {
      d->provisional = 1;
      x->t->provisional = 1;
    }
    return 0;
  }
  if (rc == EGCA_E_COVERAGE && egca_calendar_year_coverage(x->cal, e.year) != EGCA_COVERAGE_TENTATIVE)
    return 0; /* as_of in a year without data: the count stays unknown */
  return blame(x, &e, rc, d->anchor, d->rule);
}

/* An answer on `on`: met when on or before the due day, late after it. */
static void answered(egca_timeline_deadline *d, egca_date on)
{
  egca_date due = judged_due(d);
  d->met_on = on;
  d->status = due == EGCA_DATE_NONE || on <= due ? EGCA_STATUS_MET : EGCA_STATUS_LATE;
}

/* No answer (yet). `closes`: whether the end of the case (rejection, withdrawal) ends this duty. Returns
 * 1 when the due day has passed (the caller may turn overdue into deemed). */
static int unanswered(ctx *x, egca_timeline_deadline *d, int suspended, int closes, int *rc)
{
  *rc = 0;
  egca_date due = judged_due(d);
  if (closes && x->closed != EGCA_DATE_NONE) {
    if (suspended || due == EGCA_DATE_NONE || due >= x->closed) {
      d->status = EGCA_STATUS_NOT_APPLICABLE;
      return 0;
    }
    d->status = EGCA_STATUS_OVERDUE;
    return 1;
  }
  if (suspended) {
    d->status = EGCA_STATUS_SUSPENDED;
    return 0;
  }
  d->status = x->as_of > due ? EGCA_STATUS_OVERDUE : EGCA_STATUS_PENDING;
  *rc = set_days_left(x, d);
  return d->status == EGCA_STATUS_OVERDUE;
}

static const egca__event *ev(const ctx *x, size_t k) { return &x->c->events[k]; }

/* --- The rules, one by one ------------------------------------------------------------------------------- */

/* What the acceptance rounds established: the day the application counts as accepted from (actual, or
 * the receipt a deemed acceptance goes back to), and the first day that was settled. */
typedef struct acceptance {
  egca_date from;
  egca_date settled_on;
} acceptance;

/* 行政许可法 第三十二条: each receipt (and each resubmission) opens a round in which the agency accepts,
 * refuses, or (after the first receipt) gives the one-time notice of corrections. */
static int rule_acceptance(ctx *x, acceptance *acc)
{
  acc->from = acc->settled_on = EGCA_DATE_NONE;
  size_t first_round = x->t->deadline_count;
  long first_correction = -1;
  for (size_t k = 0; k < x->n; k++) {
    const egca__event *e = ev(x, k);
    if (e->type != EGCA_EVENT_RECEIVED && e->type != EGCA_EVENT_RESUBMITTED)
      continue;
    computed cmp;
    int rc = compute(&cmp, x, R_ACCEPTANCE, e->date, NULL, 0, 0);
    size_t index = 0;
    if (rc < 0 || (rc = add_deadline(x, &index, R_ACCEPTANCE, NULL, e->date, &cmp)) < 0)
      return rc;
    egca_timeline_deadline *d = dl(x, index);
    if (acc->from != EGCA_DATE_NONE) {
      d->status = EGCA_STATUS_NOT_APPLICABLE; /* already accepted, actually or by law */
      continue;
    }
    /* The answer: acceptance, refusal, or the correction notice of the first round; a resubmission
     * replaces the round. */
    long answer = -1, replaced = -1;
    for (size_t j = k + 1; j < x->n && answer < 0 && replaced < 0; j++) {
      const egca__event *a = ev(x, j);
      if (a->type == EGCA_EVENT_ACCEPTED || a->type == EGCA_EVENT_REJECTED ||
          (a->type == EGCA_EVENT_CORRECTION_REQUESTED && e->type == EGCA_EVENT_RECEIVED))
        answer = (long)j;
      else if (a->type == EGCA_EVENT_RESUBMITTED)
        replaced = (long)j;
    }
    egca_date due = judged_due(d);
    int deemed = 0;
    if (answer >= 0) {
      const egca__event *a = ev(x, (size_t)answer);
      answered(d, a->date);
      if (d->status == EGCA_STATUS_LATE) {
        deemed = 1;
        if (a->type == EGCA_EVENT_CORRECTION_REQUESTED &&
            (rc = add_finding(x, EGCA_FINDING_CORRECTION_TOO_LATE, R_ACCEPTANCE, NULL, a->date, due, 0, index)) < 0)
          return rc;
      } else if (a->type == EGCA_EVENT_ACCEPTED) {
        acc->from = acc->settled_on = a->date;
      }
    } else if (replaced >= 0) {
      /* A later resubmission: the round was deemed if it ran out first, else it simply gave way. */
      if (due != EGCA_DATE_NONE && due < ev(x, (size_t)replaced)->date) {
        d->status = EGCA_STATUS_DEEMED;
        deemed = 1;
      } else {
        d->status = EGCA_STATUS_NOT_APPLICABLE;
      }
    } else if (unanswered(x, d, 0, 1, &rc)) {
      d->status = EGCA_STATUS_DEEMED;
      d->has_days_left = 0;
      deemed = 1;
    }
    if (rc < 0)
      return rc;
    if (deemed) {
      /* 第三十二条第一款第（四）项: 逾期不告知的，自收到申请材料之日起即为受理. */
      acc->from = e->date;
      acc->settled_on = due + 1;
      if ((rc = add_finding(x, EGCA_FINDING_DEEMED_ACCEPTED, R_ACCEPTANCE, NULL, e->date, due, 0, index)) < 0)
        return rc;
    }
  }
  /* An acceptance that answers no open round (the materials were completed at the counter after a timely
   * notice, with no resubmission recorded) still starts the decision period. */
  for (size_t k = 0; k < x->n && acc->from == EGCA_DATE_NONE; k++)
    if (ev(x, k)->type == EGCA_EVENT_ACCEPTED) {
      acc->from = acc->settled_on = ev(x, k)->date;
    }
  /* The law asks for one notice listing every correction: each further notice is a finding, charged to the
   * round it falls in. */
  for (size_t k = 0; k < x->n; k++) {
    const egca__event *e = ev(x, k);
    if (e->type != EGCA_EVENT_CORRECTION_REQUESTED)
      continue;
    if (first_correction < 0) {
      first_correction = (long)k;
      continue;
    }
    size_t round = first_round;
    for (size_t i = first_round; i < x->t->deadline_count; i++)
      if (x->t->deadlines[i].anchor <= e->date)
        round = i;
    int rc = add_finding(x, EGCA_FINDING_REPEAT_CORRECTION, R_ACCEPTANCE, NULL, e->date,
                         ev(x, (size_t)first_correction)->date, 0, round);
    if (rc < 0)
      return rc;
  }
  return 0;
}

/* 条例 第二十六条: the decision period runs from the acceptance, technical review not counted; an approved
 * extension (行政许可法 第四十二条) is applied and flagged. */
static int rule_decision(ctx *x, const acceptance *acc, size_t pause_count)
{
  long decided = -1, extension = -1;
  for (size_t k = 0; k < x->n; k++) {
    if (ev(x, k)->type == EGCA_EVENT_DECIDED)
      decided = (long)k;
    else if (ev(x, k)->type == EGCA_EVENT_EXTENSION_APPROVED)
      extension = (long)k;
  }
  if (decided >= 0 && (acc->from == EGCA_DATE_NONE || acc->settled_on > ev(x, (size_t)decided)->date)) {
    char day[EGCA_DATE_TEXT_SIZE];
    const egca__event *e = ev(x, (size_t)decided);
    egca__fail(x->err, EGCA_E_INVALID, x->c->source, 0,
               "decided on %s before the application was accepted (no acceptance, and none deemed by then)",
               egca_date_format(e->date, day));
    if (x->err != NULL)
      snprintf(x->err->pointer, sizeof x->err->pointer, "/events/%u", (unsigned)e->source_index);
    return EGCA_E_INVALID;
  }
  if (acc->from == EGCA_DATE_NONE)
    return 0;
  const egca_pause *pauses = x->t->pauses;
  computed cmp;
  int rc = compute(&cmp, x, R_DECISION, acc->from, pauses, pause_count, 0);
  if (rc < 0)
    return rc;
  int extended = 0, too_late = 0;
  egca_date base_due = cmp.due != EGCA_DATE_NONE ? cmp.due : cmp.nominal;
  if (extension >= 0) {
    egca_date on = ev(x, (size_t)extension)->date;
    if (cmp.suspended || base_due == EGCA_DATE_NONE || on <= base_due) {
      extended = 1;
      rc = compute(&cmp, x, R_DECISION, acc->from, pauses, pause_count, 1);
      if (rc < 0)
        return rc;
    } else {
      too_late = 1;
    }
  }
  size_t index = 0;
  if ((rc = add_deadline(x, &index, R_DECISION, NULL, acc->from, &cmp)) < 0)
    return rc;
  egca_timeline_deadline *d = dl(x, index);
  d->extended = extended;
  if (extended) {
    int nif;
    const egca_deadline_rule *ext = version_on(x->table, R_DECISION_EXTENSION, acc->from, &nif);
    if (egca_deadline_rule_contested(ext) &&
        (rc = add_finding(x, EGCA_FINDING_EXTENSION_CONTESTED, R_DECISION, NULL, ev(x, (size_t)extension)->date,
                          judged_due(d), 0, index)) < 0)
      return rc;
  }
  if (too_late && (rc = add_finding(x, EGCA_FINDING_EXTENSION_TOO_LATE, R_DECISION, NULL,
                                    ev(x, (size_t)extension)->date, base_due, 0, index)) < 0)
    return rc;
  if (decided >= 0)
    answered(d, ev(x, (size_t)decided)->date);
  else
    unanswered(x, d, cmp.suspended, 1, &rc);
  return rc;
}

/* 条例 第二十六条第三款: the time a review needs is notified in writing, at the latest on the day it starts. */
static int rule_review_time_notice(ctx *x)
{
  size_t next_notice = 0, unused = 0;
  for (size_t k = 0; k < x->n; k++) {
    const egca__event *e = ev(x, k);
    if (e->type != EGCA_EVENT_REVIEW_STARTED)
      continue;
    /* The notice: the first one not yet used, given by the end of the start day, else a later one given
     * before the next review starts. */
    egca_date next_start = EGCA_DATE_MAX;
    for (size_t j = k + 1; j < x->n && next_start == EGCA_DATE_MAX; j++)
      if (ev(x, j)->type == EGCA_EVENT_REVIEW_STARTED)
        next_start = ev(x, j)->date;
    /* The events are in date order, so the first unused notice is the only candidate: when it comes too
     * late, every later one does too. `unused` only moves forward, which keeps the rule linear (a search
     * from next_notice for each review made 50,000 reviews without notices take seconds). */
    if (unused < next_notice)
      unused = next_notice;
    while (unused < x->n && ev(x, unused)->type != EGCA_EVENT_REVIEW_TIME_NOTIFIED)
      unused++;
    long notice = unused < x->n && ev(x, unused)->date < next_start ? (long)unused : -1;
    computed cmp;
    int rc = compute(&cmp, x, R_REVIEW_TIME_NOTICE, e->date, NULL, 0, 0);
    size_t index = 0;
    if (rc < 0 || (rc = add_deadline(x, &index, R_REVIEW_TIME_NOTICE, NULL, e->date, &cmp)) < 0)
      return rc;
    egca_timeline_deadline *d = dl(x, index);
    egca_date late_on = EGCA_DATE_NONE;
    int breach;
    if (notice >= 0) {
      next_notice = (size_t)notice + 1;
      answered(d, ev(x, (size_t)notice)->date);
      breach = d->status == EGCA_STATUS_LATE;
      late_on = d->met_on;
    } else {
      breach = unanswered(x, d, 0, 1, &rc);
      if (rc < 0)
        return rc;
    }
    if (breach && (rc = add_finding(x, EGCA_FINDING_REVIEW_WITHOUT_NOTICE, R_REVIEW_TIME_NOTICE, NULL, e->date,
                                    late_on, 0, index)) < 0)
      return rc;
  }
  return 0;
}

/* The decision is notified within the guide's period (结果送达; 行政许可法 第四十四条 for the certificate). */
static int rule_notification(ctx *x)
{
  long decided = -1, notified = -1;
  for (size_t k = 0; k < x->n; k++) {
    if (ev(x, k)->type == EGCA_EVENT_DECIDED)
      decided = (long)k;
    else if (ev(x, k)->type == EGCA_EVENT_NOTIFIED)
      notified = (long)k;
  }
  if (decided < 0)
    return 0;
  egca_date from = ev(x, (size_t)decided)->date;
  computed cmp;
  int rc = compute(&cmp, x, R_NOTIFICATION, from, NULL, 0, 0);
  size_t index = 0;
  if (rc < 0 || (rc = add_deadline(x, &index, R_NOTIFICATION, NULL, from, &cmp)) < 0)
    return rc;
  if (notified >= 0)
    answered(dl(x, index), ev(x, (size_t)notified)->date);
  else
    unanswered(x, dl(x, index), 0, 0, &rc);
  return rc;
}

/* The guide's 公开查询: from a day counted from the acceptance the status may be asked by telephone. */
static int rule_status_query(ctx *x, const acceptance *acc)
{
  if (acc->from == EGCA_DATE_NONE)
    return 0;
  computed cmp;
  int rc = compute(&cmp, x, R_STATUS_QUERY, acc->from, NULL, 0, 0);
  size_t index = 0;
  if (rc < 0 || (rc = add_deadline(x, &index, R_STATUS_QUERY, NULL, acc->from, &cmp)) < 0)
    return rc;
  egca_timeline_deadline *d = dl(x, index);
  egca_date due = judged_due(d);
  if (x->closed != EGCA_DATE_NONE && due >= x->closed) {
    d->status = EGCA_STATUS_NOT_APPLICABLE;
  } else if (due != EGCA_DATE_NONE && x->as_of >= due) {
    d->status = EGCA_STATUS_AVAILABLE;
  } else {
    d->status = EGCA_STATUS_NOT_YET;
    rc = set_days_left(x, d);
  }
  return rc;
}

/* The certificate terms: one per certificate, and one more where a renewal (granted, or deemed by 行政许可法
 * 第五十条第二款) continues a term with no new certificate recorded. Renewal filings and decisions are matched
 * to the term they fall in. */
typedef struct renewal {
  long filed, decided;
} renewal;

static void renewal_of(const ctx *x, const term *tm, renewal *r)
{
  r->filed = r->decided = -1;
  for (size_t k = 0; k < x->n; k++) {
    const egca__event *e = ev(x, k);
    /* A renewed term starts on the day the previous one ends, which still belongs to the previous one. */
    if (e->date < tm->start || (tm->renewed && e->date == tm->start) || e->date >= tm->window_end)
      continue;
    if (e->type == EGCA_EVENT_RENEWAL_FILED && r->filed < 0)
      r->filed = (long)k;
    else if (e->type == EGCA_EVENT_RENEWAL_DECIDED && r->filed >= 0 && r->decided < 0)
      r->decided = (long)k;
  }
}

static int push_term(ctx *x, egca_date start, egca_date printed, int renewed)
{
  egca_timeline *t = x->t;
  if (grow((void **)&t->terms, &t->term_cap, t->term_count + 1, sizeof *t->terms) < 0)
    return egca__fail_nomem(x->err);
  t->terms[t->term_count++] = (term){start, EGCA_DATE_MAX, printed, renewed, 0, EGCA_DATE_NONE};
  return 0;
}

/* 办法 第十二条 sets the term, 民法典 第二百零二条 its last day. A date printed on the certificate wins. */
static int rule_certificate_validity(ctx *x)
{
  egca_timeline *t = x->t;
  t->term_count = 0;
  for (size_t k = 0; k < x->n; k++) {
    const egca__event *e = ev(x, k);
    if (e->type != EGCA_EVENT_CERTIFICATE_ISSUED)
      continue;
    if (t->term_count > 0)
      t->terms[t->term_count - 1].window_end = e->date;
    int rc = push_term(x, e->date, e->expires, 0);
    if (rc < 0)
      return rc;
  }
  for (size_t i = 0; i < t->term_count; i++) {
    term *tm = &t->terms[i];
    computed cmp;
    int rc = compute(&cmp, x, R_CERTIFICATE_VALIDITY, tm->start, NULL, 0, 0);
    if (rc < 0)
      return rc;
    if (tm->expires_printed != EGCA_DATE_NONE) {
      cmp.due = tm->expires_printed;
      cmp.year = 0;
    }
    size_t index = 0;
    if ((rc = add_deadline(x, &index, R_CERTIFICATE_VALIDITY, NULL, tm->start, &cmp)) < 0)
      return rc;
    tm = &t->terms[i];
    tm->validity = index;
    tm->expiry = cmp.due;
    egca_timeline_deadline *d = dl(x, index);
    if (tm->expiry == EGCA_DATE_NONE) {
      d->status = EGCA_STATUS_VALID;
      continue;
    }
    d->status = x->as_of <= tm->expiry ? EGCA_STATUS_VALID : EGCA_STATUS_EXPIRED;
    d->days_left = tm->expiry - x->as_of;
    d->has_days_left = 1;
    /* A renewal granted, or deemed granted, continues the last term when no new certificate follows. */
    if (i + 1 == t->term_count) {
      renewal r;
      renewal_of(x, tm, &r);
      int renewed = 0;
      if (r.filed >= 0 && ev(x, (size_t)r.filed)->date <= tm->expiry) {
        if (r.decided >= 0)
          renewed = ev(x, (size_t)r.decided)->outcome == EGCA_OUTCOME_GRANTED ||
                    ev(x, (size_t)r.decided)->date > tm->expiry;
        else
          renewed = x->as_of > tm->expiry;
      }
      if (renewed) {
        tm->window_end = tm->expiry + 1;
        if ((rc = push_term(x, tm->expiry, EGCA_DATE_NONE, 1)) < 0)
          return rc;
      }
    }
  }
  return 0;
}

/* 办法 第十四条 (the period per the guide): each change is filed within its period. */
static int rule_change_filing(ctx *x)
{
  for (size_t k = 0; k < x->n; k++) {
    const egca__event *e = ev(x, k);
    if (e->type != EGCA_EVENT_CHANGE_OCCURRED)
      continue;
    const char *ref = x->c->refs[e->change];
    computed cmp;
    int rc = compute(&cmp, x, R_CHANGE_FILING, e->date, NULL, 0, 0);
    size_t index = 0;
    if (rc < 0 || (rc = add_deadline(x, &index, R_CHANGE_FILING, ref, e->date, &cmp)) < 0)
      return rc;
    long filed = -1;
    for (size_t j = k + 1; j < x->n && filed < 0; j++)
      if (ev(x, j)->type == EGCA_EVENT_CHANGE_FILED && ev(x, j)->change == e->change)
        filed = (long)j;
    if (filed >= 0)
      answered(dl(x, index), ev(x, (size_t)filed)->date);
    else
      unanswered(x, dl(x, index), 0, 0, &rc);
    if (rc < 0)
      return rc;
  }
  return 0;
}

/* 办法 第十五条 (the lead time per the guide), 行政许可法 第五十条第一款: counted back from the last valid day. */
static int rule_renewal_filing(ctx *x)
{
  for (size_t i = 0; i < x->t->term_count; i++) {
    term tm = x->t->terms[i];
    if (tm.expiry == EGCA_DATE_NONE)
      continue;
    computed cmp;
    int rc = compute(&cmp, x, R_RENEWAL_FILING, tm.expiry, NULL, 0, 0);
    size_t index = 0;
    if (rc < 0 || (rc = add_deadline(x, &index, R_RENEWAL_FILING, NULL, tm.expiry, &cmp)) < 0)
      return rc;
    renewal r;
    renewal_of(x, &tm, &r);
    if (r.filed >= 0)
      answered(dl(x, index), ev(x, (size_t)r.filed)->date);
    else
      unanswered(x, dl(x, index), 0, 0, &rc);
    if (rc < 0)
      return rc;
  }
  return 0;
}

/* 行政许可法 第五十条第二款: decided before the expiry, or deemed granted. */
static int rule_renewal_decision(ctx *x)
{
  for (size_t i = 0; i < x->t->term_count; i++) {
    term tm = x->t->terms[i];
    if (tm.expiry == EGCA_DATE_NONE)
      continue;
    renewal r;
    renewal_of(x, &tm, &r);
    if (r.filed < 0)
      continue;
    computed cmp;
    int rc = compute(&cmp, x, R_RENEWAL_DECISION, tm.expiry, NULL, 0, 0);
    size_t index = 0;
    if (rc < 0 || (rc = add_deadline(x, &index, R_RENEWAL_DECISION, NULL, tm.expiry, &cmp)) < 0)
      return rc;
    egca_timeline_deadline *d = dl(x, index);
    egca_date filed_on = ev(x, (size_t)r.filed)->date;
    if (filed_on > tm.expiry) {
      d->status = EGCA_STATUS_NOT_APPLICABLE; /* filed after the term ended: nothing left to continue */
      continue;
    }
    int deemed = 0;
    if (r.decided >= 0) {
      answered(d, ev(x, (size_t)r.decided)->date);
      deemed = d->status == EGCA_STATUS_LATE;
    } else if (unanswered(x, d, 0, 0, &rc)) {
      d->status = EGCA_STATUS_DEEMED;
      d->has_days_left = 0;
      deemed = 1;
    }
    if (rc < 0)
      return rc;
    if (deemed && (rc = add_finding(x, EGCA_FINDING_DEEMED_RENEWED, R_RENEWAL_DECISION, NULL, tm.expiry, filed_on, 0,
                                    index)) < 0)
      return rc;
  }
  return 0;
}

/* --- Evaluation -------------------------------------------------------------------------------------------- */

static void reset(egca_timeline *t)
{
  t->deadline_count = 0;
  t->finding_count = 0;
  t->term_count = 0;
  t->provisional = 0;
}

static int by_finding_date(const egca_timeline_finding *a, const egca_timeline_finding *b)
{
  return a->date < b->date;
}

EGCA_API int egca_case_evaluate(egca_timeline *t, const egca_case *c, const egca_calendar *calendar,
                                const egca_rules *rules, egca_date as_of, const egca_timeline_options *options,
                                egca_error *err)
{
  if (t == NULL || c == NULL || calendar == NULL || rules == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "timeline, case, calendar and rules are required");
  reset(t);
  t->c = c;
  t->as_of = as_of;
  if (as_of < EGCA_DATE_MIN || as_of > EGCA_DATE_MAX) {
    t->c = NULL;
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "the as-of date is not a valid date");
  }
  ctx x = {.t = t, .c = c, .cal = calendar, .rules = rules, .as_of = as_of,
           .policy = options != NULL ? options->policy : EGCA_POLICY_EARLIER, .closed = EGCA_DATE_NONE, .err = err};
  if (t->table_serial != egca__rules_serial(rules)) {
    build_table(&t->table, rules);
    t->table_serial = egca__rules_serial(rules);
  }
  x.table = &t->table;
  /* Events after as_of are not known yet. */
  while (x.n < c->event_count && c->events[x.n].date <= as_of)
    x.n++;
  size_t pauses = 0;
  if (grow((void **)&t->pauses, &t->pause_cap, x.n + 1, sizeof *t->pauses) < 0) {
    t->c = NULL;
    return egca__fail_nomem(err);
  }
  for (size_t k = 0; k < x.n; k++) {
    const egca__event *e = &c->events[k];
    if (e->type == EGCA_EVENT_REJECTED || e->type == EGCA_EVENT_WITHDRAWN)
      x.closed = e->date;
    else if (e->type == EGCA_EVENT_REVIEW_STARTED)
      t->pauses[pauses++] = (egca_pause){e->date, EGCA_DATE_NONE};
    else if (e->type == EGCA_EVENT_REVIEW_ENDED)
      t->pauses[pauses - 1].to = e->date; /* the log was checked: a review is open */
  }
  acceptance acc;
  int rc = rule_acceptance(&x, &acc);
  if (rc >= 0)
    rc = rule_decision(&x, &acc, pauses);
  if (rc >= 0)
    rc = rule_review_time_notice(&x);
  if (rc >= 0)
    rc = rule_notification(&x);
  if (rc >= 0)
    rc = rule_status_query(&x, &acc);
  if (rc >= 0)
    rc = rule_certificate_validity(&x);
  if (rc >= 0)
    rc = rule_change_filing(&x);
  if (rc >= 0)
    rc = rule_renewal_filing(&x);
  if (rc >= 0)
    rc = rule_renewal_decision(&x);
  if (rc < 0) {
    reset(t);
    t->c = NULL;
    return rc;
  }
  /* Findings in date order; stable, so findings of one day keep the order of the rules. */
  for (size_t i = 1; i < t->finding_count; i++) {
    egca_timeline_finding f = t->findings[i];
    size_t j = i;
    while (j > 0 && by_finding_date(&f, &t->findings[j - 1])) {
      t->findings[j] = t->findings[j - 1];
      j--;
    }
    t->findings[j] = f;
  }
  return t->provisional ? EGCA_PROVISIONAL : 0;
}

/* --- Messages ---------------------------------------------------------------------------------------------- */

/* Appends s[0..len) to the text of length *n in buf (of `size` bytes), as far as it fits. */
static void append(char *buf, size_t size, size_t *n, const char *s, size_t len)
{
  if (*n + 1 < size) {
    const size_t room = size - 1 - *n;
    memcpy(buf + *n, s, len < room ? len : room);
  }
  *n += len;
}

/* snprintf for the message templates below, which hold only %s and %d: the literal text is copied in runs
 * (a batch writes a finding's message for every case that has one). */
static int compose(char *buf, size_t size, const char *fmt, ...) EGCA_PRINTF(3, 4);
static int compose(char *buf, size_t size, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  size_t n = 0;
  for (const char *p = fmt;;) {
    const char *pct = strchr(p, '%');
    append(buf, size, &n, p, pct != NULL ? (size_t)(pct - p) : strlen(p));
    if (pct == NULL)
      break;
    if (pct[1] == 's') {
      const char *arg = va_arg(ap, const char *);
      append(buf, size, &n, arg, strlen(arg));
    } else { /* %d: the templates' years */
      char digits[24];
      const char *start = egca__decimal(digits + sizeof digits, va_arg(ap, int));
      append(buf, size, &n, start, (size_t)(digits + sizeof digits - start));
    }
    p = pct + 2;
  }
  va_end(ap);
  if (size > 0)
    buf[n < size ? n : size - 1] = '\0';
  return (int)n;
}

EGCA_API int egca_timeline_finding_message(char *buf, size_t size, const egca_timeline *t, size_t index)
{
  if (index >= t->finding_count) {
    if (size > 0)
      buf[0] = '\0';
    return -1;
  }
  const egca_timeline_finding *f = &t->findings[index];
  char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
  egca_date_format(f->date, a);
  if (f->other != EGCA_DATE_NONE)
    egca_date_format(f->other, b);
  else
    b[0] = '\0';
  switch (f->code) {
  case EGCA_FINDING_DEEMED_ACCEPTED:
    return compose(buf, size,
                    "%s收到的申请材料至%s未获受理决定或一次性补正告知，自收到申请材料之日（%s）起即为受理"
                    "（行政许可法 第三十二条第一款第（四）项）",
                    a, b, a);
  case EGCA_FINDING_CORRECTION_TOO_LATE:
    return compose(buf, size, "%s的补正告知晚于受理期限（%s），申请已自收到材料之日起视为受理，补正告知逾期", a, b);
  case EGCA_FINDING_REPEAT_CORRECTION:
    return compose(buf, size, "%s再次告知补正（首次告知为%s）：需要补正的全部内容应当一次告知（行政许可法 第三十二条）",
                    a, b);
  case EGCA_FINDING_REVIEW_WITHOUT_NOTICE:
    if (f->other != EGCA_DATE_NONE)
      return compose(buf, size, "%s开始的技术评审，所需时间至%s才书面告知申请人，未在评审开始前告知（商用密码管理条例 第二十六条第三款）",
                      a, b);
    return compose(buf, size, "%s开始的技术评审，未书面告知申请人所需时间（商用密码管理条例 第二十六条第三款）", a);
  case EGCA_FINDING_EXTENSION_CONTESTED:
    return compose(buf, size,
                    "%s批准延长决定期限，延长后为%s；商用密码管理条例 第二十六条规定的决定期限没有延长的规定，延长是否适用存在争议",
                    a, f->other != EGCA_DATE_NONE ? b : "（日期未定）");
  case EGCA_FINDING_EXTENSION_TOO_LATE:
    return compose(buf, size, "%s批准延长时，决定期限已于%s届满，延长不产生效力", a, b);
  case EGCA_FINDING_DEEMED_RENEWED:
    return compose(buf, size,
                    "%s提出延续申请，有效期届满（%s）前未作出是否准予延续的决定，视为准予延续（行政许可法 第五十条第二款）", b,
                    a);
  case EGCA_FINDING_CALENDAR_NOT_COVERED:
    return compose(buf, size, "计算该期限需要%d年的节假日安排，尚未载入；不计节假日调整的日期为%s，载入%d年的通知后可以确定",
                    f->year, a, f->year);
  case EGCA_FINDING_RULE_NOT_IN_FORCE:
    return compose(buf, size, "%s时该规则尚无生效版本，按%s起施行的版本计算", a, b);
  }
  return compose(buf, size, "%s", "");
}
