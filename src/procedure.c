/* egca — evaluating a case: the rules' instances in its event log, and the procedural checks.
 *
 * Which instances a case has comes from each rule's declaration ("applies" in rules/deadlines.json): the
 * events that start an instance (or the acceptance, or a certificate term's start or end), the events that
 * answer it, restart it or pause it, whether instances are keyed by a change's ref, whether the end of the
 * case ends the duty, and what follows when one runs out ("lapse"). Rules are evaluated in file order, and
 * every instance is computed by the one computation of src/deadline.c. What the declarations cannot say is
 * code, here and only here: the acceptance rounds (a correction notice answers only the first round, a
 * second notice is a finding, a deemed acceptance dates the decision period), an approved extension of a
 * decision, the certificate terms a renewal continues, a renewal filed too late to be decided. These read
 * the same rule objects and act on what a rule declares (its anchor, its lapse, the rule that extends it),
 * never on a rule's id.
 *
 * Arrays live in the timeline object, so evaluating case after case into one timeline allocates nothing
 * once they have grown to the largest case (docs/case.md).
 * Place in the flow: case, deadline rules, readings -> deadline (the one computation) -> here -> the timeline. */
#include "case_internal.h"
#include "readings.h"
#include "deadline_rules.h"
#include "ruleset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What the acceptance rounds established: the day the application counts as accepted from (actual, or
 * the receipt a deemed acceptance goes back to), and the first day that was settled. */
typedef struct acceptance {
  egca_date from;
  egca_date settled_on;
  const char *unknown;      /* with from NONE: a round that could not be computed, why (its reason) */
  egca_date unknown_anchor; /* and the day it ran from */
} acceptance;

typedef struct ctx {
  egca_timeline *t;
  const egca_case *c;
  const egca_calendar *cal;
  const egca_calendar *office_cal; /* the acceptance office's calendar (the given one when none) */
  egca_date as_of;
  egca__selection *sel;  /* the readings applied; the questions this case engages are marked in it */
  const egca_rules *rules;
  size_t n;              /* events dated on or before as_of */
  unsigned present;      /* the types of those events (EGCA__EVENT_BIT) */
  egca_date closed;      /* the day a rejection or withdrawal ended the case, or NONE */
  size_t pause_count;    /* the technical reviews: t->pauses[0 .. pause_count) */
  size_t hearing_count;  /* the hearings: t->pauses[pause_count .. pause_count + hearing_count) */
  acceptance acc;
  egca_error *err;
} ctx;

static const egca__event *ev(const ctx *x, size_t k) { return &x->c->events[k]; }
static egca_timeline_deadline *dl(ctx *x, size_t index) { return &x->t->deadlines[index]; }
static int is(unsigned set, const egca__event *e) { return (set & EGCA__EVENT_BIT(e->type)) != 0; }

/* The span of the events of the types `set`: from the first of them to just after the last (empty when the
 * case has none). A rule's walks over the events visit only the span of the types they look for: most of a
 * case's events are of other types. */
static size_t span_from(const ctx *x, unsigned set)
{
  size_t lo = x->n;
  for (set &= x->present; set != 0; set &= set - 1) {
    const size_t k = x->t->first_of_type[__builtin_ctz(set)];
    if (k < lo)
      lo = k;
  }
  return lo;
}
static size_t span_to(const ctx *x, unsigned set)
{
  size_t hi = 0;
  for (set &= x->present; set != 0; set &= set - 1) {
    const size_t k = (size_t)x->t->last_of_type[__builtin_ctz(set)] + 1;
    if (k > hi)
      hi = k;
  }
  return hi;
}

/* The declaration that decides a rule's instances: its latest version's (docs/rules.md). */
static const egca__applies *declared(const egca__rule_group *g) { return g->applies; }

/* --- Computing an instance ------------------------------------------------------------------------------ */

/* The calendar a rule version is counted on: the acceptance office's for the office's own time (服务指南
 * 受理机构: the office is closed on its region's rest days), the given one for every other rule. */
static const egca_calendar *calendar_of(const ctx *x, const egca_deadline_rule *version)
{
  return egca_deadline_rule_authority(version) == EGCA_AUTHORITY_ACCEPTANCE_OFFICE ? x->office_cal : x->cal;
}

/* Returns the error `e` of a period computation for rule `rule` from `anchor`, naming the case's file and
 * the event the period runs from: the last one dated on or before the anchor (the event itself, or the one
 * after which the law counts), so that every error of a case names a JSON pointer. */
static int blame(ctx *x, const egca_error *e, int rc, egca_date anchor, const char *rule)
{
  if (x->err == NULL)
    return rc;
  const egca_lang lang = x->err->lang;
  *x->err = *e;
  x->err->lang = lang;
  size_t k = 0;
  for (size_t i = 0; i < x->n && x->c->events[i].date <= anchor; i++)
    k = i;
  if (x->err->source[0] == '\0' && x->c->source != NULL)
    egca__error_source(x->err, x->c->source);
  if (x->err->pointer[0] == '\0' && k < x->c->event_count)
    snprintf(x->err->pointer, sizeof x->err->pointer, "/events/%u", (unsigned)x->c->events[k].source_index);
  char day[EGCA_DATE_TEXT_SIZE];
  snprintf(x->err->message, sizeof x->err->message,
           EGCA__TR(x->err, "deadline \"%s\" from %s: %.400s", "期限\"%s\"自%s起算：%.400s"), rule,
           egca_date_format(anchor, day), e->message);
  return rc;
}

/* Computes rule `g` from `anchor` (pauses when it declares them; `extra`'s count added when set). A coverage
 * gap gives due = NONE and the nominal day; a tentative day on a strict calendar is an error. */
static int compute(egca__instance *out, ctx *x, const egca__rule_group *g, egca_date anchor,
                   const egca__rule_group *extra)
{
  /* The pauses it declares (行政许可法 第四十五条): the reviews, the hearings after them, or both. */
  const unsigned paused = declared(g)->paused;
  const egca_pause *pauses = NULL;
  size_t pause_count = 0;
  if (paused & EGCA__PAUSED_REVIEW) {
    pauses = x->t->pauses;
    pause_count = x->pause_count + (paused & EGCA__PAUSED_HEARING ? x->hearing_count : 0);
  } else if (paused & EGCA__PAUSED_HEARING) {
    pauses = x->t->pauses + x->pause_count;
    pause_count = x->hearing_count;
  }
  egca_error e;
  egca__error_blank(&e, egca__error_lang(x->err));
  /* Whose time a rule is does not change from version to version: the latest one says it. Without a
   * caller's error (x->err NULL) no message is composed at all. */
  const egca_calendar *cal = g->office_time ? x->office_cal : x->cal;
  int rc = egca__instance_compute(out, g, cal, anchor, pauses, pause_count, x->sel, extra, 1, NULL,
                                  x->err != NULL ? &e : NULL);
  if (rc < 0 && out->refused != 0) {
    /* The version in force on the anchor sets no period, or the anchor is before the licence existed: this
     * instance cannot be computed (status unknown, with the reason `egca deadline` refuses the day with),
     * and the rest of the case is evaluated. The caller sees out->refused. */
    out->period.due = EGCA_DATE_NONE;
    out->period.provisional = 0;
    out->year = 0;
    out->nominal = EGCA_DATE_NONE;
    return 0;
  }
  if (rc < 0)
    return blame(x, &e, rc, anchor, g->id);
  /* A nominal day (counted without the calendar) past 9999-12-31 or before 0001-01-01 is no date: an
   * error, as egca_period_compute gives for a covered year, rather than a date that cannot be written. */
  if (out->year != 0 && out->nominal != EGCA_DATE_NONE && (out->nominal < EGCA_DATE_MIN || out->nominal > EGCA_DATE_MAX)) {
    egca__fail(&e, EGCA_E_INVALID, NULL, 0,
               EGCA__TR(&e, "the period leaves the supported date range", "期限超出支持的日期范围"));
    return blame(x, &e, EGCA_E_INVALID, anchor, g->id);
  }
  return 0;
}

/* Why an instance cannot be computed (in->refused): the rules' text, in the timeline's language. */
static const char *refusal(const ctx *x, const egca__rule_group *g, const egca__instance *in)
{
  const int en = x->t->lang == EGCA_LANG_EN;
  if (in->refused == 2)
    return en ? g->licence_reason_en : g->licence_reason;
  return en ? in->core->refused_en : in->core->refused;
}

/* Whether the clock stands still: an open review (no due day, and no nominal one either). */
static int suspended(const egca__instance *in)
{
  return in->year != 0 ? in->nominal == EGCA_DATE_NONE : in->period.status == EGCA_PERIOD_SUSPENDED;
}

/* --- Building the result ---------------------------------------------------------------------------------- */

static int add_finding(ctx *x, egca_finding_code code, const egca__rule_group *g, const char *ref, egca_date date,
                       egca_date other, int year, size_t deadline)
{
  egca_timeline *t = x->t;
  if (egca__grow((void **)&t->findings, &t->finding_cap, t->finding_count + 1, sizeof *t->findings) < 0)
    return egca__fail_nomem(x->err);
  t->findings[t->finding_count++] =
      (egca_timeline_finding){code, g->id, ref, date, other, year, deadline, 0, NULL, NULL};
  return 0;
}

/* Appends an instance of rule `g` from `anchor` as computed in `in`, and the findings its computation
 * carries; *index receives its position. Status and answer are set by the caller. */
static int add_deadline(ctx *x, size_t *index, const egca__rule_group *g, const char *ref, egca_date anchor,
                        const egca__instance *in)
{
  egca_timeline *t = x->t;
  if (egca__grow((void **)&t->deadlines, &t->deadline_cap, t->deadline_count + 1, sizeof *t->deadlines) < 0)
    return egca__fail_nomem(x->err);
  *index = t->deadline_count++;
  egca_timeline_deadline *d = &t->deadlines[*index];
  *d = (egca_timeline_deadline){
      .rule_id = g->id,
      .version = in->version,
      .ref = ref,
      .anchor = anchor,
      .due = in->period.due,
      .nominal = in->year ? in->nominal : EGCA_DATE_NONE,
      .status = EGCA_STATUS_PENDING,
      .met_on = EGCA_DATE_NONE,
      .unit = in->unit,
      .count = in->count,
      .provisional = in->period.provisional,
      .other_reading = EGCA_DATE_NONE, /* ambiguous and the readings: set by comparing readings (below) */
  };
  t->provisional |= in->period.provisional;
  if (in->refused) {
    d->status = EGCA_STATUS_UNKNOWN;
    d->reason = refusal(x, g, in);
    return 0;
  }
  int rc = 0;
  if (in->not_in_force)
    rc = add_finding(x, EGCA_FINDING_RULE_NOT_IN_FORCE, g, ref, anchor, egca_deadline_rule_effective_from(in->version),
                     0, *index);
  if (rc == 0 && in->year)
    rc = add_finding(x, EGCA_FINDING_CALENDAR_NOT_COVERED, g, ref, in->nominal, EGCA_DATE_NONE, in->year, *index);
  return rc;
}

/* Computes and appends an instance in one step. */
static int instance(ctx *x, size_t *index, egca__instance *in, const egca__rule_group *g, const char *ref,
                    egca_date anchor)
{
  int rc = compute(in, x, g, anchor, NULL);
  return rc < 0 ? rc : add_deadline(x, index, g, ref, anchor, in);
}

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
  egca__error_blank(&e, egca__error_lang(x->err));
  const egca_calendar *cal = calendar_of(x, d->version);
  int rc = egca_calendar_workdays_between(&n, cal, x->as_of, d->due, &e);
  if (rc >= 0) {
    d->days_left = n;
    d->has_days_left = 1;
    if (rc == EGCA_PROVISIONAL) {
      d->provisional = 1;
      x->t->provisional = 1;
    }
    return 0;
  }
  if (rc == EGCA_E_COVERAGE && egca_calendar_year_coverage(cal, e.year) != EGCA_COVERAGE_TENTATIVE)
    return 0; /* as_of in a year without data: the count stays unknown */
  return blame(x, &e, rc, d->anchor, d->rule_id);
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

/* A day from which something may be done (the guide's 公开查询): available from it, not yet before. */
static int day_status(ctx *x, egca_timeline_deadline *d, int closes)
{
  egca_date due = judged_due(d);
  if (closes && x->closed != EGCA_DATE_NONE && due >= x->closed) {
    d->status = EGCA_STATUS_NOT_APPLICABLE;
  } else if (due != EGCA_DATE_NONE && x->as_of >= due) {
    d->status = EGCA_STATUS_AVAILABLE;
  } else {
    d->status = EGCA_STATUS_NOT_YET;
    return set_days_left(x, d);
  }
  return 0;
}

/* The day a filing by the applicant counts as made: its date, or the next day when it reached the office after
 * the cutoff of its channel (民法典 第二百零三条第二款: 期间的最后一日的截止时间为二十四时；有业务时间的，停止业务
 * 活动的时间为截止时间; egca_office_filing_cutoff). *unknown is set when a time was recorded but the cutoff
 * is unknown (in person at an office whose hours no source gives, or no channel recorded). */
static egca_date filed_on(const ctx *x, const egca__event *b, int *unknown)
{
  *unknown = 0;
  if (b->time == EGCA_TIME_NONE)
    return b->date;
  const int cutoff = egca_office_filing_cutoff(x->c->office, (egca_channel)b->channel);
  if (cutoff == EGCA_TIME_NONE) {
    *unknown = 1;
    return b->date;
  }
  return b->time >= cutoff ? b->date + 1 : b->date;
}

/* A duty answered on `answer` (an event index, or -1): met or late, else pending, overdue or ended with
 * the case; a breach raises the finding the rule's lapse names (dated on the anchor, with the late
 * answer's day). */
static int settle(ctx *x, size_t index, const egca__rule_group *g, const char *ref, long answer, int suspended)
{
  const egca__applies *a = declared(g);
  egca_timeline_deadline *d = dl(x, index);
  int rc = 0, breach;
  egca_date late_on = EGCA_DATE_NONE;
  if (a->kind == EGCA__KIND_DAY)
    return day_status(x, d, a->ends_with_case);
  if (answer >= 0) {
    const egca__event *b = ev(x, (size_t)answer);
    int unknown = 0;
    answered(d, filed_on(x, b, &unknown));
    d->met_on = b->date; /* the day it was made; a filing after the cutoff was judged as of the next day */
    breach = d->status == EGCA_STATUS_LATE;
    late_on = d->met_on;
    /* Made on the last day at a time, in person, at an office whose closing time no source gives. */
    if (unknown && b->date == judged_due(d) &&
        (rc = add_finding(x, EGCA_FINDING_OFFICE_HOURS_UNKNOWN, g, ref, b->date, EGCA_DATE_NONE, 0, index)) < 0)
      return rc;
  } else {
    breach = unanswered(x, d, suspended, a->ends_with_case, &rc);
    if (rc < 0)
      return rc;
    /* A right not used by its last day lapses: nobody is in breach (a remedy not sought, a hearing not asked). */
    if (breach && a->kind == EGCA__KIND_RIGHT) {
      d->status = EGCA_STATUS_NOT_APPLICABLE;
      d->has_days_left = 0;
      breach = 0;
    }
    /* A change's or renewal's application not answered in time is accepted from its receipt (行政许可法
     * 第三十二条第一款第（四）项), as the application's own rounds are. */
    if (breach && a->deems == EGCA__DEEMS_ACCEPTED) {
      d->status = EGCA_STATUS_DEEMED;
      d->has_days_left = 0;
    }
  }
  /* A deemed acceptance's finding names the due day that passed. */
  if (breach && a->deems == EGCA__DEEMS_ACCEPTED)
    late_on = judged_due(d);
  if (breach && a->finding >= 0)
    rc = add_finding(x, (egca_finding_code)a->finding, g, ref, d->anchor, late_on, 0, index);
  return rc;
}

/* --- Instances started by events -------------------------------------------------------------------------- */

/* The outcome a start event carries for a rule that picks its events by outcome: a decision's own; a notice,
 * that of the decision it notifies (the last one before it); a refusal to accept (不予受理) is a denial. */
static egca_outcome outcome_of(const ctx *x, size_t k)
{
  const egca__event *e = ev(x, k);
  if (e->type == EGCA_EVENT_REJECTED)
    return EGCA_OUTCOME_DENIED;
  if (e->type == EGCA_EVENT_NOTIFIED)
    for (size_t j = k; j-- > 0;)
      if (ev(x, j)->type == EGCA_EVENT_DECIDED)
        return (egca_outcome)ev(x, j)->outcome;
  return (egca_outcome)e->outcome;
}

/* 行政复议法 第二十条第三款: an act made known without telling the right to 行政复议, its body and its period
 * (the start event's "remedies_told": false). The period runs from the day they are told (the first
 * remedies_notified after the act), but ends at the latest on the cap rule's day from the act (one year from
 * knowing its content). Not told yet: the cap is the last day. The instance keeps the act as its anchor. */
static int apply_untold_cap(ctx *x, size_t index, const egca__rule_group *g, size_t k, egca_date known)
{
  const egca__applies *a = declared(g);
  egca__instance cap;
  int rc = compute(&cap, x, a->untold_cap, known, NULL);
  if (rc < 0)
    return rc;
  egca__instance told;
  int have_told = 0;
  for (size_t j = k + 1; j < x->n && !have_told; j++)
    if (ev(x, j)->type == EGCA_EVENT_REMEDIES_NOTIFIED) {
      if ((rc = compute(&told, x, g, ev(x, j)->date, NULL)) < 0)
        return rc;
      have_told = 1;
    }
  egca_timeline_deadline *d = dl(x, index);
  /* A cap the law in force did not set (行政复议法 before its 2023 revision): the period runs from the day the
   * remedies were told, uncapped; not told yet, it has not begun, and no day can be given. */
  if (have_told && told.refused == 0 && cap.refused != 0)
    cap = told;
  if ((have_told ? told.refused : cap.refused) != 0) {
    const egca__instance *why = have_told && told.refused ? &told : &cap;
    d->due = EGCA_DATE_NONE;
    d->status = EGCA_STATUS_UNKNOWN;
    d->reason = refusal(x, why == &told ? g : a->untold_cap, why);
    return 1;
  }
  const egca__instance *last = &cap;
  if (have_told) {
    egca_date a_day = told.period.due != EGCA_DATE_NONE ? told.period.due : told.nominal;
    egca_date c_day = cap.period.due != EGCA_DATE_NONE ? cap.period.due : cap.nominal;
    if (a_day <= c_day)
      last = &told;
  }
  d->due = last->period.due;
  d->nominal = last->year ? last->nominal : EGCA_DATE_NONE;
  d->provisional |= last->period.provisional;
  x->t->provisional |= last->period.provisional;
  if (last->year)
    return add_finding(x, EGCA_FINDING_CALENDAR_NOT_COVERED, g, NULL, last->nominal, EGCA_DATE_NONE, last->year, index);
  return 0;
}

/* The day an instance of g opened by event k runs from: the event's day, or, under a reading that makes it
 * run from the end of another rule's period (readings.json "from_end_of"), that period's last day from the
 * last event before k that opens the other rule (none: the event's day). The question is engaged where its
 * readings give different days. */
static int start_day(ctx *x, const egca__rule_group *g, size_t k, egca_date *out)
{
  *out = ev(x, k)->date;
  /* A remedy runs from the day the act was known (行政复议法 第二十条第一款, 行政诉讼法 第四十六条第一款: 知道或者
   * 应当知道); whether that is the day it was made known or the day its written decision was delivered
   * (行政复议法实施条例 第十五条第一款第（二）、（三）项: 签收之日) is the question remedy_knowledge_day, engaged
   * where a delivery after the act (before the next act that starts the rule) falls on another day. */
  const egca__applies *a = declared(g);
  const size_t delivered_to = span_to(x, a->delivered);
  for (size_t j = k + 1; j < delivered_to && !is(a->starts, ev(x, j)); j++)
    if (is(a->delivered, ev(x, j))) {
      if (ev(x, j)->date != *out && egca__reading(x->sel, EGCA__Q_REMEDY_KNOWLEDGE_DAY) == 1)
        *out = ev(x, j)->date;
      break;
    }
  const int q = egca__sets_question(x->sel->readings, g);
  if (q < 0 || *out != ev(x, k)->date)
    return 0;
  egca_date day[EGCA__READINGS_MAX];
  int differ = 0;
  const size_t n = egca__question_readings(x->sel->readings, (size_t)q);
  for (size_t i = 0; i < n; i++) {
    day[i] = ev(x, k)->date;
    const egca__rule_group *end_of = egca__reading_from_end_of(x->sel->readings, q, i);
    for (size_t j = k; end_of != NULL && j-- > 0;)
      if (is(declared(end_of)->starts, ev(x, j))) {
        egca__instance in;
        int rc = compute(&in, x, end_of, ev(x, j)->date, NULL);
        if (rc < 0)
          return rc;
        if (in.period.due != EGCA_DATE_NONE)
          day[i] = in.period.due;
        break;
      }
    differ |= day[i] != day[0];
  }
  if (differ)
    egca__engage(x->sel, q);
  *out = day[x->sel->pick[q]];
  return 0;
}

static int receipt_day(ctx *x, const egca__rule_group *g, const egca__event *e, egca_date *from,
                       egca_date *if_after_hours);
static int receipt_hours_unknown(ctx *x, const egca__rule_group *g, const egca__event *e, size_t index,
                                 egca_date if_after_hours);

/* Each start event (of the declared outcome) opens an instance; the first answer after it meets it (with the
 * same ref when keyed); a restart, or an event that ends it, before the answer replaces it. The acceptance
 * office's periods that start on a filing (a change's, a renewal's acceptance, 行政许可法 第三十二条) run from
 * the day the office counts it received, as the application's rounds do (question receipt_after_hours). */
static int rule_from_events(ctx *x, const egca__rule_group *g)
{
  const egca__applies *a = declared(g);
  if ((a->starts & x->present) == 0)
    return 0; /* no start event: most rules of most cases, so the events are not walked */
  const int on_receipt = g->office_time;
  const size_t starts_to = span_to(x, a->starts), answers_to = span_to(x, a->answers | a->restarts | a->ends);
  for (size_t k = span_from(x, a->starts); k < starts_to; k++) {
    const egca__event *e = ev(x, k);
    if (!is(a->starts, e))
      continue;
    if (!egca__opens(x->sel, g, a->outcome, outcome_of(x, k))) /* a reading may pick other outcomes */
      continue;
    const char *ref = a->keyed ? x->c->refs[e->change] : NULL;
    egca__instance in;
    size_t index = 0;
    egca_date from, if_after_hours = EGCA_DATE_NONE;
    int rc = on_receipt ? receipt_day(x, g, e, &from, &if_after_hours) : start_day(x, g, k, &from);
    if (rc < 0 || (rc = instance(x, &index, &in, g, ref, from)) < 0 ||
        (rc = receipt_hours_unknown(x, g, e, index, if_after_hours)) < 0)
      return rc;
    if (in.refused)
      continue; /* unknown: nothing to settle */
    if (a->untold_cap != NULL && e->remedies_untold && (rc = apply_untold_cap(x, index, g, k, from)) != 0) {
      if (rc < 0)
        return rc;
      continue; /* unknown */
    }
    long answer = -1, replaced = -1;
    for (size_t j = k + 1; j < answers_to && answer < 0 && replaced < 0; j++) {
      const egca__event *b = ev(x, j);
      if (is(a->answers, b) && (!a->keyed || b->change == e->change))
        answer = (long)j;
      else if (is(a->restarts | a->ends, b))
        replaced = (long)j;
    }
    if (replaced >= 0) {
      /* A restart replaced it, or another course ended it (行政复议 chosen instead of a suit): it simply gave
       * way, unless a duty had run out first (a right that ran out only lapsed). */
      egca_timeline_deadline *d = dl(x, index);
      egca_date due = judged_due(d);
      d->status = due != EGCA_DATE_NONE && due < ev(x, (size_t)replaced)->date && a->kind != EGCA__KIND_RIGHT
                      ? EGCA_STATUS_OVERDUE
                      : EGCA_STATUS_NOT_APPLICABLE;
      if (d->status == EGCA_STATUS_OVERDUE && a->finding >= 0 &&
          (rc = add_finding(x, (egca_finding_code)a->finding, g, ref, e->date, EGCA_DATE_NONE, 0, index)) < 0)
        return rc;
      continue;
    }
    if ((rc = settle(x, index, g, ref, answer, suspended(&in))) < 0)
      return rc;
  }
  return 0;
}

/* Answers matched to instances in order, each used once, and given at the latest before the next instance
 * starts (条例 第二十六条第三款: the time a review needs is notified in writing, at the latest on the day
 * it starts; a notice may come before the review). */
static int rule_in_order(ctx *x, const egca__rule_group *g)
{
  const egca__applies *a = declared(g);
  size_t next_answer = 0, unused = 0;
  if ((a->starts & x->present) == 0)
    return 0; /* no start event: the events are not walked */
  const size_t starts_to = span_to(x, a->starts);
  for (size_t k = span_from(x, a->starts); k < starts_to; k++) {
    const egca__event *e = ev(x, k);
    if (!is(a->starts, e))
      continue;
    egca_date next_start = EGCA_DATE_MAX;
    for (size_t j = k + 1; j < starts_to && next_start == EGCA_DATE_MAX; j++)
      if (is(a->starts, ev(x, j)))
        next_start = ev(x, j)->date;
    /* The events are in date order, so the first unused answer is the only candidate: when it comes too
     * late, every later one does too. `unused` only moves forward, which keeps the rule linear (a search
     * from next_answer for each instance made 50,000 reviews without notices take seconds). */
    if (unused < next_answer)
      unused = next_answer;
    while (unused < x->n && !is(a->answers, ev(x, unused)))
      unused++;
    long answer = unused < x->n && ev(x, unused)->date < next_start ? (long)unused : -1;
    if (answer >= 0)
      next_answer = (size_t)answer + 1;
    egca__instance in;
    size_t index = 0;
    int rc = instance(x, &index, &in, g, NULL, e->date);
    if (rc < 0)
      return rc;
    if (in.refused)
      continue;
    /* An answer after the start (a notice given once the review had begun): the texts set no moment for
     * it (条例 第二十六条第三款, 行政许可法 第四十五条). Under the reading "hint" it answers the duty and is
     * noted; under "violation" it is late, with the rule's finding. Only the review's notice: a hearing's
     * notice has its moment in the text (七日前, 行政许可法 第四十八条第一款第（一）项). */
    egca_timeline_deadline *d = dl(x, index);
    const egca_date due = judged_due(d);
    if (answer >= 0 && due != EGCA_DATE_NONE && ev(x, (size_t)answer)->date > due &&
        (a->answers & EGCA__EVENT_BIT(EGCA_EVENT_REVIEW_TIME_NOTIFIED)) != 0 &&
        egca__reading(x->sel, EGCA__Q_REVIEW_NOTICE_AFTER_START) == 0) {
      d->met_on = ev(x, (size_t)answer)->date;
      d->status = EGCA_STATUS_MET;
      if ((rc = add_finding(x, EGCA_FINDING_REVIEW_NOTICE_AFTER_START, g, NULL, e->date, d->met_on, 0, index)) < 0)
        return rc;
      continue;
    }
    if ((rc = settle(x, index, g, NULL, answer, 0)) < 0)
      return rc;
  }
  return 0;
}

/* Whether every item of notice `e` was named by notice `first` (both recording items). */
static int items_within(const egca_case *c, const egca__event *e, const egca__event *first)
{
  if (e->item_count == 0 || first->item_count == 0)
    return 0;
  for (uint32_t i = 0; i < e->item_count; i++) {
    const char *item = c->items[e->item_first + i];
    int named = 0;
    for (uint32_t k = 0; k < first->item_count && !named; k++)
      named = strcmp(item, c->items[first->item_first + k]) == 0;
    if (!named)
      return 0;
  }
  return 1;
}

/* The day a round of receipt runs from: the day the materials count as received at the case's office, on the
 * calendar of the rule's authority (egca_office_receipt_day; docs/rules.md, question receipt_after_hours).
 * The question is consulted (and so engaged) only where its readings can differ: materials that came on a
 * rest day, after the office's known closing time, or at a recorded time at an office of unknown hours. */
static int receipt_day(ctx *x, const egca__rule_group *g, const egca__event *e, egca_date *from,
                       egca_date *if_after_hours)
{
  egca_error err;
  egca__error_blank(&err, egca__error_lang(x->err));
  const egca_calendar *cal = g->office_time ? x->office_cal : x->cal;
  egca_date next;
  int rc = egca_office_receipt_day(&next, if_after_hours, x->c->office, cal, e->date, e->time,
                                   EGCA_RECEIPT_NEXT_WORKING_DAY, &err);
  /* As dated, egca_office_receipt_day gives the day itself once the time was found valid (above): not asked. */
  const egca_date dated = e->date;
  if (rc >= 0)
    *from = next == dated || egca__reading(x->sel, EGCA__Q_RECEIPT_AFTER_HOURS) == 0 ? next : dated;
  /* A time recorded at an office whose hours no source gives: whether it was after closing matters under
   * next_working_day only (office_hours_unknown); read as dated, the day is the day. */
  if (rc >= 0 && *if_after_hours != EGCA_DATE_NONE && egca__reading(x->sel, EGCA__Q_RECEIPT_AFTER_HOURS) == 1)
    *if_after_hours = EGCA_DATE_NONE;
  if (rc == EGCA_E_COVERAGE && egca_calendar_year_coverage(cal, err.year) != EGCA_COVERAGE_TENTATIVE) {
    *from = e->date; /* a year without data: the instance reports it */
    *if_after_hours = EGCA_DATE_NONE;
    return 0;
  }
  if (rc == EGCA_PROVISIONAL)
    x->t->provisional = 1;
  return rc < 0 ? blame(x, &err, rc, e->date, g->id) : 0;
}

/* A receipt at a recorded time at an office whose closing time no source gives: the round's due day is the
 * one as dated, and when receipt after closing would give another, the deadline is ambiguous (other_reading)
 * and the finding office_hours_unknown says why. */
static int receipt_hours_unknown(ctx *x, const egca__rule_group *g, const egca__event *e, size_t index,
                                 egca_date if_after_hours)
{
  if (if_after_hours == EGCA_DATE_NONE)
    return 0;
  egca__instance later;
  int rc = compute(&later, x, g, if_after_hours, NULL);
  egca_timeline_deadline *d = dl(x, index);
  if (rc < 0 || later.refused || later.year != 0 || d->due == EGCA_DATE_NONE || later.period.due == d->due)
    return rc;
  d->ambiguous = 1;
  d->other_reading = later.period.due;
  return add_finding(x, EGCA_FINDING_OFFICE_HOURS_UNKNOWN, g, NULL, e->date, later.period.due, 0, index);
}

/* 行政许可法 第三十二条: each receipt (and each restart: a resubmission) opens a round in which the agency
 * accepts, refuses, or (in a first round only) gives the one-time notice of corrections. A round that runs
 * out unanswered deems the application accepted from its start (第一款第（四）项). */
static int rule_rounds(ctx *x, const egca__rule_group *g)
{
  const egca__applies *a = declared(g);
  acceptance *acc = &x->acc;
  acc->from = acc->settled_on = EGCA_DATE_NONE;
  acc->unknown = NULL;
  acc->unknown_anchor = EGCA_DATE_NONE;
  size_t first_round = x->t->deadline_count;
  long first_correction = -1;
  const size_t starts_to = span_to(x, a->starts), answers_to = span_to(x, a->answers | a->restarts);
  for (size_t k = span_from(x, a->starts); k < starts_to; k++) {
    const egca__event *e = ev(x, k);
    if (!is(a->starts, e))
      continue;
    egca__instance in;
    size_t index = 0;
    egca_date from, if_after_hours;
    int rc = receipt_day(x, g, e, &from, &if_after_hours);
    if (rc < 0 || (rc = instance(x, &index, &in, g, NULL, from)) < 0 ||
        (rc = receipt_hours_unknown(x, g, e, index, if_after_hours)) < 0)
      return rc;
    egca_timeline_deadline *d = dl(x, index);
    if (in.refused) {
      /* The round cannot be computed: whether and when the application was accepted is unknown, unless an
       * acceptance is recorded (below). */
      if (acc->from == EGCA_DATE_NONE && acc->unknown == NULL) {
        acc->unknown = d->reason;
        acc->unknown_anchor = d->anchor;
      }
      continue;
    }
    if (acc->from != EGCA_DATE_NONE) {
      d->status = EGCA_STATUS_NOT_APPLICABLE; /* already accepted, actually or by law */
      continue;
    }
    /* The answer: acceptance, refusal, or the correction notice of a first round; a restart replaces the
     * round. */
    const int restarted = is(a->restarts, e);
    long answer = -1, replaced = -1;
    for (size_t j = k + 1; j < answers_to && answer < 0 && replaced < 0; j++) {
      const egca__event *b = ev(x, j);
      /* A further correction notice in a resubmission's round: under the reading "answers" it answers the
       * round (第三十二条第一款第（四）项 deems acceptance only where no notice is given); under "void" it
       * has no effect, and the round runs on. */
      if (is(a->answers, b) && b->type == EGCA_EVENT_CORRECTION_REQUESTED && restarted &&
          egca__reading(x->sel, EGCA__Q_SECOND_CORRECTION_NOTICE) == 1)
        continue;
      if (is(a->answers, b))
        answer = (long)j;
      else if (is(a->restarts, b))
        replaced = (long)j;
    }
    egca_date due = judged_due(d);
    int deemed = 0;
    if (answer >= 0) {
      const egca__event *b = ev(x, (size_t)answer);
      answered(d, b->date);
      if (d->status == EGCA_STATUS_LATE) {
        deemed = 1;
        if (b->type == EGCA_EVENT_CORRECTION_REQUESTED &&
            (rc = add_finding(x, EGCA_FINDING_CORRECTION_TOO_LATE, g, NULL, b->date, due, 0, index)) < 0)
          return rc;
      } else if (b->type == EGCA_EVENT_ACCEPTED) {
        acc->from = acc->settled_on = b->date;
      }
    } else if (replaced >= 0) {
      /* A later restart: the round was deemed if it ran out first, else it simply gave way. */
      if (due != EGCA_DATE_NONE && due < ev(x, (size_t)replaced)->date) {
        d->status = EGCA_STATUS_DEEMED;
        deemed = 1;
      } else {
        d->status = EGCA_STATUS_NOT_APPLICABLE;
      }
    } else if (unanswered(x, d, 0, a->ends_with_case, &rc)) {
      d->status = EGCA_STATUS_DEEMED;
      d->has_days_left = 0;
      deemed = 1;
    }
    if (rc < 0)
      return rc;
    if (deemed) {
      /* 第三十二条第一款第（四）项: 逾期不告知的，自收到申请材料之日起即为受理 (the day the materials count as
       * received: the round's anchor). */
      acc->from = d->anchor;
      acc->settled_on = due + 1;
      if (a->finding >= 0 &&
          (rc = add_finding(x, (egca_finding_code)a->finding, g, NULL, d->anchor, due, 0, index)) < 0)
        return rc;
    }
  }
  /* An acceptance that answers no open round (the materials were completed at the counter after a timely
   * notice, with no resubmission recorded) still starts the decision period. */
  if (acc->from == EGCA_DATE_NONE && (x->present & EGCA__EVENT_BIT(EGCA_EVENT_ACCEPTED)) != 0)
    acc->from = acc->settled_on = ev(x, x->t->first_of_type[EGCA_EVENT_ACCEPTED])->date;
  /* The law asks for one notice listing every correction (第三十二条第一款第（四）项: 一次告知): a further
   * notice is the finding repeat_correction, charged to the round it falls in — under the reading "void"
   * always, under "answers" when it names an item the first notice did not (or the items of either are
   * not recorded, so that nothing shows it named the same ones). */
  const unsigned correction = EGCA__EVENT_BIT(EGCA_EVENT_CORRECTION_REQUESTED);
  for (size_t k = span_from(x, correction), to = span_to(x, correction); k < to; k++) {
    const egca__event *e = ev(x, k);
    if (e->type != EGCA_EVENT_CORRECTION_REQUESTED)
      continue;
    if (first_correction < 0) {
      first_correction = (long)k;
      continue;
    }
    /* The question is consulted only where its readings differ: a notice naming only items the first named. */
    if (items_within(x->c, e, ev(x, (size_t)first_correction)) &&
        egca__reading(x->sel, EGCA__Q_SECOND_CORRECTION_NOTICE) == 0)
      continue;
    size_t round = first_round;
    for (size_t i = first_round; i < x->t->deadline_count; i++)
      if (x->t->deadlines[i].anchor <= e->date)
        round = i;
    int rc = add_finding(x, EGCA_FINDING_REPEAT_CORRECTION, g, NULL, e->date, ev(x, (size_t)first_correction)->date,
                         0, round);
    if (rc < 0)
      return rc;
  }
  return 0;
}

/* --- Instances that run from the acceptance --------------------------------------------------------------- */

/* One instance from the day the application counts as accepted. A duty (条例 第二十六条: the decision) is
 * answered by its last answer event, which may not come before the acceptance; an extension approved in
 * time (行政许可法 第四十二条) adds the count of the rule that extends it, and is flagged when that rule is
 * contested. */
static int rule_from_acceptance(ctx *x, const egca__rule_group *g)
{
  const egca__applies *a = declared(g);
  const acceptance *acc = &x->acc;
  if (acc->from == EGCA_DATE_NONE && acc->unknown == NULL && (a->answers & x->present) == 0)
    return 0; /* never accepted, and no answer to check against that: nothing (without walking the events) */
  /* The last answer and the last approved extension: looked for from the end, and only where the case has
   * such events (usually near its end, if at all). */
  long decided = -1, extension = -1;
  const int any_answer = (a->answers & x->present) != 0;
  const int any_extension =
      g->extended_by != NULL && (x->present & EGCA__EVENT_BIT(EGCA_EVENT_EXTENSION_APPROVED)) != 0;
  for (size_t k = x->n; k-- > 0 && ((any_answer && decided < 0) || (any_extension && extension < 0));) {
    if (is(a->answers, ev(x, k))) {
      if (decided < 0)
        decided = (long)k;
    } else if (ev(x, k)->type == EGCA_EVENT_EXTENSION_APPROVED && g->extended_by != NULL && extension < 0) {
      extension = (long)k;
    }
  }
  if (acc->from == EGCA_DATE_NONE && acc->unknown != NULL) {
    /* The acceptance rests on a round that cannot be computed: so does every period from it. */
    egca__instance in;
    size_t index = 0;
    int rc = compute(&in, x, g, acc->unknown_anchor, NULL);
    if (rc < 0 || (rc = add_deadline(x, &index, g, NULL, acc->unknown_anchor, &in)) < 0)
      return rc;
    dl(x, index)->status = EGCA_STATUS_UNKNOWN;
    dl(x, index)->due = dl(x, index)->nominal = EGCA_DATE_NONE;
    dl(x, index)->reason = acc->unknown;
    return 0;
  }
  if (decided >= 0 && (acc->from == EGCA_DATE_NONE || acc->settled_on > ev(x, (size_t)decided)->date)) {
    char day[EGCA_DATE_TEXT_SIZE];
    const egca__event *e = ev(x, (size_t)decided);
    egca__fail(x->err, EGCA_E_INVALID, x->c->source, 0,
               EGCA__TR(x->err,
                        "decided on %s before the application was accepted (no acceptance, and none deemed by then)",
                        "%s作出决定时申请尚未受理（没有受理，届时也不视为已受理）"),
               egca_date_format(e->date, day));
    if (x->err != NULL)
      snprintf(x->err->pointer, sizeof x->err->pointer, "/events/%u", (unsigned)e->source_index);
    return EGCA_E_INVALID;
  }
  if (acc->from == EGCA_DATE_NONE)
    return 0;
  egca__instance in;
  int rc = compute(&in, x, g, acc->from, NULL);
  if (rc < 0)
    return rc;
  if (in.refused) {
    size_t index = 0;
    return add_deadline(x, &index, g, NULL, acc->from, &in);
  }
  int extended = 0, too_late = 0;
  egca_date base_due = in.period.due != EGCA_DATE_NONE ? in.period.due : in.nominal;
  if (extension >= 0) {
    egca_date on = ev(x, (size_t)extension)->date;
    if (suspended(&in) || base_due == EGCA_DATE_NONE || on <= base_due) {
      extended = 1;
      if ((rc = compute(&in, x, g, acc->from, g->extended_by)) < 0)
        return rc;
    } else {
      too_late = 1;
    }
  }
  size_t index = 0;
  if ((rc = add_deadline(x, &index, g, NULL, acc->from, &in)) < 0)
    return rc;
  egca_timeline_deadline *d = dl(x, index);
  d->extended = extended;
  if (extended) {
    int nif;
    const egca_deadline_rule *ext = egca__rule_version(g->extended_by, acc->from, &nif);
    if (egca_deadline_rule_contested(ext) &&
        (rc = add_finding(x, EGCA_FINDING_EXTENSION_CONTESTED, g, NULL, ev(x, (size_t)extension)->date, judged_due(d),
                          0, index)) < 0)
      return rc;
  }
  if (too_late && (rc = add_finding(x, EGCA_FINDING_EXTENSION_TOO_LATE, g, NULL, ev(x, (size_t)extension)->date,
                                    base_due, 0, index)) < 0)
    return rc;
  return settle(x, index, g, NULL, decided, suspended(&in));
}

/* --- Certificate terms ------------------------------------------------------------------------------------ */

/* The events of a term that answer a rule from its end: the first event of `requires` in the term (or -1;
 * without `requires`, 0 for "nothing needed"), then the first answer after it. */
typedef struct in_term {
  long required, answer;
} in_term;

static void scan_term(const ctx *x, const egca__term *tm, unsigned requires, unsigned answers, in_term *r)
{
  r->required = requires != 0 ? -1 : 0;
  r->answer = -1;
  if (((requires | answers) & x->present) == 0)
    return; /* none of the events it looks for: the events are not walked */
  for (size_t k = span_from(x, requires | answers), to = span_to(x, requires | answers); k < to; k++) {
    const egca__event *e = ev(x, k);
    /* A renewed term starts on the day the previous one ends, which still belongs to the previous one. */
    if (e->date < tm->start || (tm->renewed && e->date == tm->start) || e->date >= tm->window_end)
      continue;
    if (requires != 0 && is(requires, e) && r->required < 0)
      r->required = (long)k;
    else if (is(answers, e) && r->required >= 0 && r->answer < 0)
      r->answer = (long)k;
  }
}

/* Whether a renewal filed in term `tm` came after the last day of the term's filing duty (the rule, run
 * from a term's end, that the filing answers: 办法 第十五条, 行政许可法 第五十条第一款). 1 late, 0 not, or an
 * error. */
static int filed_late(ctx *x, const egca__term *tm, const egca__event *filed)
{
  const egca__deadline_rules *rules_index = egca__rules_deadline_index(x->rules);
  const size_t groups = egca__rules_group_count(rules_index);
  for (size_t i = 0; i < groups; i++) {
    const egca__rule_group *g = egca__rules_group_at(rules_index, i);
    const egca__applies *a = declared(g);
    if (a->from != EGCA__FROM_TERM_END || a->kind != EGCA__KIND_DUTY || a->requires != 0 || !is(a->answers, filed))
      continue;
    egca__instance in;
    int rc = compute(&in, x, g, tm->expiry, NULL);
    if (rc < 0)
      return rc;
    const egca_date due = in.period.due != EGCA_DATE_NONE ? in.period.due : in.nominal;
    return due != EGCA_DATE_NONE && filed->date > due;
  }
  return 0;
}

/* Whether a renewal the office did not decide by the term's end is deemed granted (行政许可法 第五十条第二款).
 * Filed in time, it is. Filed late, the law is open (question deemed_renewal_late_filing): 1 under
 * "deemed", 0 under "not_deemed"; or an error. */
static int deemed_renewed(ctx *x, const egca__term *tm, const egca__event *filed)
{
  int late = filed_late(x, tm, filed);
  if (late <= 0)
    return late < 0 ? late : 1;
  return egca__reading(x->sel, EGCA__Q_DEEMED_RENEWAL_LATE_FILING) == 0;
}

static int push_term(ctx *x, egca_date start, egca_date printed, int renewed)
{
  egca_timeline *t = x->t;
  if (egca__grow((void **)&t->terms, &t->term_cap, t->term_count + 1, sizeof *t->terms) < 0)
    return egca__fail_nomem(x->err);
  t->terms[t->term_count++] = (egca__term){start, EGCA_DATE_MAX, printed, renewed, 0, EGCA_DATE_NONE};
  return 0;
}

/* 办法 第十二条 sets the term, 民法典 第二百零二条 its last day; a date printed on the certificate wins. One
 * term per certificate, and one more where a renewal (granted, or deemed by 行政许可法 第五十条第二款)
 * continues the last term with no new certificate recorded. */
static int rule_terms(ctx *x, const egca__rule_group *g)
{
  egca_timeline *t = x->t;
  t->term_count = 0;
  const unsigned issued = EGCA__EVENT_BIT(EGCA_EVENT_CERTIFICATE_ISSUED);
  for (size_t k = span_from(x, issued), to = span_to(x, issued); k < to; k++) {
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
    egca__term *tm = &t->terms[i];
    egca__instance in;
    /* Where the version in force on the issue day sets no term (its text is not known), the date printed on
     * the certificate is the answer; without it the term is unknown (its reason said), and so are the rules
     * that run from its end. */
    const int printed = tm->expires_printed != EGCA_DATE_NONE;
    int rc = compute(&in, x, g, tm->start, NULL);
    if (rc < 0)
      return rc;
    if (in.refused == 2 || (in.refused && !printed)) { /* before the licence, no printed date helps */
      size_t index = 0;
      if ((rc = add_deadline(x, &index, g, NULL, tm->start, &in)) < 0)
        return rc;
      tm = &t->terms[i];
      tm->validity = index;
      tm->expiry = EGCA_DATE_NONE;
      continue;
    }
    if (in.refused) {
      in.core = g->cores[g->count - 1]; /* the term is counted in the unit the rules give terms (years) */
      in.unit = in.core->spec.unit;
      in.refused = 0;                   /* the printed date answers */
    }
    if (tm->expires_printed != EGCA_DATE_NONE) {
      in.period.due = tm->expires_printed;
      in.year = 0;
    }
    size_t index = 0;
    if ((rc = add_deadline(x, &index, g, NULL, tm->start, &in)) < 0)
      return rc;
    tm = &t->terms[i];
    tm->validity = index;
    tm->expiry = in.period.due;
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
      in_term r;
      scan_term(x, tm, EGCA__EVENT_BIT(EGCA_EVENT_RENEWAL_FILED), EGCA__EVENT_BIT(EGCA_EVENT_RENEWAL_DECIDED), &r);
      int renewed = 0, undecided = 0;
      if (r.required >= 0 && ev(x, (size_t)r.required)->date <= tm->expiry) {
        if (r.answer >= 0) {
          renewed = ev(x, (size_t)r.answer)->outcome == EGCA_OUTCOME_GRANTED;
          undecided = !renewed && ev(x, (size_t)r.answer)->date > tm->expiry;
        } else {
          undecided = x->as_of > tm->expiry;
        }
      }
      if (undecided) {
        egca__term term = *tm;
        if ((rc = deemed_renewed(x, &term, ev(x, (size_t)r.required))) < 0)
          return rc;
        renewed = rc;
        tm = &t->terms[i];
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

/* Instances from each term's last valid day (counted back for a filing before it: 办法 第十五条, 行政许可法
 * 第五十条第一款), answered in the term; a rule that deems a renewal (第五十条第二款) applies only once a
 * renewal was filed in time. */
static int rule_from_term_end(ctx *x, const egca__rule_group *g)
{
  const egca__applies *a = declared(g);
  for (size_t i = 0; i < x->t->term_count; i++) {
    egca__term tm = x->t->terms[i];
    if (tm.expiry == EGCA_DATE_NONE)
      continue;
    in_term r;
    scan_term(x, &tm, a->requires, a->answers, &r);
    if (r.required < 0)
      continue;
    egca__instance in;
    size_t index = 0;
    int rc = instance(x, &index, &in, g, NULL, tm.expiry);
    if (rc < 0)
      return rc;
    if (in.refused)
      continue;
    if (a->deems != EGCA__DEEMS_RENEWED) {
      if ((rc = settle(x, index, g, NULL, r.answer, 0)) < 0)
        return rc;
      continue;
    }
    egca_timeline_deadline *d = dl(x, index);
    egca_date filed_on = a->requires != 0 ? ev(x, (size_t)r.required)->date : EGCA_DATE_NONE;
    if (filed_on != EGCA_DATE_NONE && filed_on > tm.expiry) {
      d->status = EGCA_STATUS_NOT_APPLICABLE; /* filed after the term ended: nothing left to continue */
      continue;
    }
    int deemed = 0;
    if (r.answer >= 0) {
      answered(d, ev(x, (size_t)r.answer)->date);
      deemed = d->status == EGCA_STATUS_LATE;
    } else if (unanswered(x, d, 0, a->ends_with_case, &rc)) {
      d->status = EGCA_STATUS_DEEMED;
      d->has_days_left = 0;
      deemed = 1;
    }
    if (rc < 0)
      return rc;
    if (deemed && a->requires != 0) {
      if ((rc = deemed_renewed(x, &tm, ev(x, (size_t)r.required))) < 0)
        return rc;
      d = dl(x, index);
      if (rc == 0) {
        /* A late filing, and the reading under which 第五十条第二款 does not reach it: no duty to decide by
         * the term's end arose. */
        d->status = EGCA_STATUS_NOT_APPLICABLE;
        d->has_days_left = 0;
        continue;
      }
    }
    if (deemed && a->finding >= 0 &&
        (rc = add_finding(x, (egca_finding_code)a->finding, g, NULL, tm.expiry, filed_on, 0, index)) < 0)
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
  t->reading_count = 0;
}

/* Evaluates one rule as it declares. */
static int evaluate_rule(ctx *x, const egca__rule_group *g)
{
  const egca__applies *a = declared(g);
  switch (a->from) {
  case EGCA__FROM_EVENT:
    if (egca__establishes_acceptance(a))
      return rule_rounds(x, g);
    return a->in_order ? rule_in_order(x, g) : rule_from_events(x, g);
  case EGCA__FROM_ACCEPTANCE:
    if (a->kind == EGCA__KIND_DAY) {
      if (x->acc.from == EGCA_DATE_NONE)
        return 0;
      egca__instance in;
      size_t index = 0;
      int rc = instance(x, &index, &in, g, NULL, x->acc.from);
      return rc < 0 || in.refused ? rc : settle(x, index, g, NULL, -1, 0);
    }
    return rule_from_acceptance(x, g);
  case EGCA__FROM_TERM_START: return rule_terms(x, g);
  case EGCA__FROM_TERM_END: return rule_from_term_end(x, g);
  case EGCA__FROM_NONE: break;
  }
  return 0; /* computed on request only (an extension is applied through the rule it extends) */
}

/* The calendar the acceptance office's rules count on (服务指南 受理机构: the office of the applicant's province
 * is closed on its region's own rest days, 全国年节及纪念日放假办法 第四条): the one given for every case, or the
 * case's office's from the set, or the national one. A case is never counted on another office's days. The one
 * choice: the evaluation and every program that shows a case's days (the command, the service) ask here. */
static int office_calendar_of(const egca_calendar **out, const egca_case *c, const egca_calendar *calendar,
                              const egca_timeline_options *options, egca_error *err)
{
  const egca_office *office = c->office;
  const egca_calendar *given = options != NULL ? options->office_calendar : NULL;
  egca_office_calendars *set = options != NULL ? options->office_calendars : NULL;
  *out = given != NULL ? given : calendar;
  if (office == NULL)
    return 0;
  if (given == NULL && set != NULL && office->local_holidays) {
    /* A failure names the holiday data that could not be loaded. */
    return egca_office_calendars_get(out, set, office->code, err);
  }
  const char *region = egca_calendar_region(*out);
  const int wrong = office->local_holidays ? region == NULL || strcmp(region, office->region) != 0
                                           : region != NULL && region[0] != '\0' && strcmp(region, office->region) != 0;
  if (!wrong)
    return 0;
  if (given == NULL)
    egca__fail(err, EGCA_E_INVALID, c->source, 0,
               EGCA__TR(err,
                        "the case names office %s (%s), whose region has rest days of its own, but no calendar of "
                        "that office was given (egca_timeline_options.office_calendar or office_calendars)",
                        "案件指明受理机构%s（%s），其所在地区有自己的休息日，但未给出该受理机构的日历"
                        "（egca_timeline_options.office_calendar或office_calendars）"),
               office->code, office->region);
  else if (region != NULL && region[0] == '\0') /* local notices that name no region (--local alone) */
    egca__fail(err, EGCA_E_INVALID, c->source, 0,
               "the case names office %s (%s), but the acceptance office's calendar given has local notices of no "
               "named region: lay them over that office's calendar (egca_calendar_builder_add_office; the "
               "command's --office %s)",
               office->code, office->region, office->code);
  else
    egca__fail(err, EGCA_E_INVALID, c->source, 0,
               EGCA__TR(err, "the case names office %s (%s), but the acceptance office's calendar given is %s%s",
                        "案件指明受理机构%s（%s），但给出的受理机构日历是%s%s"),
               office->code, office->region, region != NULL ? region : EGCA__TR(err, "national", "全国"),
               region != NULL ? EGCA__TR(err, "'s", "的日历") : EGCA__TR(err, "", "日历"));
  if (err != NULL)
    snprintf(err->pointer, sizeof err->pointer, "/office");
  return EGCA_E_INVALID;
}

EGCA_API int egca_case_office_calendar(const egca_calendar **out, const egca_case *c, const egca_calendar *calendar,
                                       const egca_timeline_options *options, egca_error *err)
{
  if (out == NULL || c == NULL || calendar == NULL) {
    if (out != NULL)
      *out = NULL;
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "egca_case_office_calendar: out, case and calendar are required");
  }
  return office_calendar_of(out, c, calendar, options, err);
}

/* The technical reviews, the pauses of the decision period (条例 第二十六条第三款, 行政许可法 第四十五条), as
 * the readings take them. Notices of the review time are matched to reviews as the review_time_notice rule
 * matches them (in order, each before the next review begins). A review never notified is excluded under
 * "excluded" and counted under "counted" (review_unnotified); one that ran longer than the time notified
 * (days: calendar days from its first day, that day included) is excluded whole under "whole" and only for
 * the time notified under "notified_only" (review_over_notified). */
static void build_pauses(ctx *x)
{
  egca_timeline *t = x->t;
  size_t count = 0;
  x->pause_count = 0;
  if ((x->present & EGCA__EVENT_BIT(EGCA_EVENT_REVIEW_STARTED)) == 0)
    return; /* no review: most cases */
  for (size_t k = 0; k < x->n; k++) { /* the reviews as they ran */
    const egca__event *e = ev(x, k);
    if (e->type == EGCA_EVENT_REVIEW_STARTED)
      t->pauses[count++] = (egca_pause){e->date, EGCA_DATE_NONE};
    else if (e->type == EGCA_EVENT_REVIEW_ENDED)
      t->pauses[count - 1].to = e->date; /* the log was checked: a review is open */
  }
  /* Kept pauses are written over reviews already read. */
  size_t kept = 0, notice = 0;
  for (size_t review = 0; review < count; review++) {
    egca_pause pause = t->pauses[review];
    const egca_date next_start = review + 1 < count ? t->pauses[review + 1].from : EGCA_DATE_MAX;
    while (notice < x->n && ev(x, notice)->type != EGCA_EVENT_REVIEW_TIME_NOTIFIED)
      notice++;
    const egca__event *n = notice < x->n && ev(x, notice)->date < next_start ? ev(x, notice) : NULL;
    if (n != NULL)
      notice++;
    if (n == NULL) {
      if (egca__reading(x->sel, EGCA__Q_REVIEW_UNNOTIFIED) == 1)
        continue; /* counted */
    } else if (n->days > 0) {
      const egca_date notified_end = pause.from + n->days - 1;
      const egca_date ran_to = pause.to != EGCA_DATE_NONE ? pause.to : x->as_of;
      if (ran_to > notified_end && egca__reading(x->sel, EGCA__Q_REVIEW_OVER_NOTIFIED) == 1)
        pause.to = notified_end;
    }
    t->pauses[kept++] = pause;
  }
  x->pause_count = kept;
}

/* --- Evaluation under one selection of readings -------------------------------------------------------- */

/* Whether the terms x->t holds are those `from` holds (the fields a rule of the terms reads; `validity` is
 * a position in its own timeline). */
static int same_terms(const egca_timeline *t, const egca_timeline *from, size_t count)
{
  if (t->term_count != count)
    return 0;
  for (size_t k = 0; k < count; k++) {
    const egca__term *a = &t->terms[k], *b = &from->terms[k];
    if (a->start != b->start || a->window_end != b->window_end || a->expires_printed != b->expires_printed ||
        a->renewed != b->renewed || a->expiry != b->expiry)
      return 0;
  }
  return 1;
}

/* Under another reading, rule i's results are `from`'s when they cannot differ: the rule did not consult the
 * question there (snapshot.consulted), and what it reads besides the events is the same: the pauses (the
 * caller checks them), the acceptance, and for a rule run from a term's end the certificate terms. The rule
 * that makes the terms then gives `from`'s terms too. They are taken as `from` holds them at its end, so only
 * where no later rule makes terms again. Then the results are appended as `from` made them, their findings
 * moved to the new positions of their deadlines, and 1 is returned; 0 when the rule is to be evaluated. Most
 * rules of a case are such (a second evaluation mostly re-ran rules whose results were known), so this is
 * what keeps it cheap: under a question of the receipt or the rounds, a certificate's terms and the renewal
 * rules are not counted again. A receipt's provisional day, which raises only the timeline's flag, is not
 * carried over: the first evaluation raised it, and the case's result is provisional whatever this one says. */
static int reuse_rule(ctx *x, const egca__rule_group *g, const egca_timeline *from, size_t i, uint32_t question)
{
  const egca__snapshot *s = &from->snapshots[i], *e = &from->snapshots[i + 1];
  const egca__anchor anchor = declared(g)->from;
  if ((s->consulted & question) != 0 || s->accepted_from != x->acc.from || s->accepted_settled_on != x->acc.settled_on ||
      s->accepted_unknown != x->acc.unknown || s->accepted_unknown_anchor != x->acc.unknown_anchor)
    return 0;
  const int terms = anchor == EGCA__FROM_TERM_START || anchor == EGCA__FROM_TERM_END;
  if (!terms && (anchor != EGCA__FROM_EVENT && anchor != EGCA__FROM_ACCEPTANCE))
    return 0;
  if (!terms && e->term_count != s->term_count)
    return 0;
  if (terms) {
    for (size_t k = i + 1; k < from->active_count; k++)
      if (declared(from->active[k])->from == EGCA__FROM_TERM_START)
        return 0; /* from's terms at its end are not those it had here */
    if (anchor == EGCA__FROM_TERM_END && (e->term_count != s->term_count || !same_terms(x->t, from, e->term_count)))
      return 0;
  }
  for (size_t k = s->finding_count; k < e->finding_count; k++)
    if (from->findings[k].deadline < s->deadline_count || from->findings[k].deadline >= e->deadline_count)
      return 0; /* a finding on another rule's deadline: evaluated, not moved */
  egca_timeline *t = x->t;
  const size_t dn = e->deadline_count - s->deadline_count, fn = e->finding_count - s->finding_count;
  if (egca__grow((void **)&t->deadlines, &t->deadline_cap, t->deadline_count + dn, sizeof *t->deadlines) < 0 ||
      egca__grow((void **)&t->findings, &t->finding_cap, t->finding_count + fn, sizeof *t->findings) < 0)
    return egca__fail_nomem(x->err);
  for (size_t k = 0; k < dn; k++) {
    t->deadlines[t->deadline_count + k] = from->deadlines[s->deadline_count + k];
    t->provisional |= from->deadlines[s->deadline_count + k].provisional;
  }
  for (size_t k = 0; k < fn; k++) {
    egca_timeline_finding *f = &t->findings[t->finding_count + k];
    *f = from->findings[s->finding_count + k];
    f->deadline = f->deadline - s->deadline_count + t->deadline_count;
  }
  if (anchor == EGCA__FROM_TERM_START) {
    if (egca__grow((void **)&t->terms, &t->term_cap, e->term_count, sizeof *t->terms) < 0)
      return egca__fail_nomem(x->err);
    for (size_t k = 0; k < e->term_count; k++) {
      t->terms[k] = from->terms[k];
      t->terms[k].validity = t->terms[k].validity - s->deadline_count + t->deadline_count;
    }
    t->term_count = e->term_count;
  }
  t->deadline_count += dn;
  t->finding_count += fn;
  x->acc = (acceptance){e->accepted_from, e->accepted_settled_on, e->accepted_unknown, e->accepted_unknown_anchor};
  return 1;
}

/* Evaluates the case under `sel`. With `from` (the same case evaluated under the same readings but
 * `question`'s (a bit), which the rules before rule `start` did not consult), the results of those rules
 * are taken from `from` as they stood when it began rule `start`, and the evaluation goes on from there,
 * taking also the later rules' results that cannot differ (reuse_rule). */
static int evaluate_once(egca_timeline *t, const egca_case *c, const egca_calendar *calendar,
                         const egca_calendar *office_cal, const egca_rules *rules, egca_date as_of,
                         egca__selection *sel, const egca_timeline *from, size_t start, uint32_t question,
                         egca_error *err)
{
  reset(t);
  t->c = c;
  t->rules = rules;
  t->as_of = as_of;
  ctx x = {.t = t, .c = c, .cal = calendar, .office_cal = office_cal, .as_of = as_of, .sel = sel, .rules = rules,
           .closed = EGCA_DATE_NONE, .acc = {EGCA_DATE_NONE, EGCA_DATE_NONE}, .err = err};
  sel->step = 0;
  sel->consulted = 0;
  if (from != NULL && (from->pause_questions & question) == 0) {
    /* Under another reading that did not shape the pauses, all of this is `from`'s. */
    if (egca__grow((void **)&t->pauses, &t->pause_cap, from->event_n + 1, sizeof *t->pauses) < 0) {
      t->c = NULL;
      return egca__fail_nomem(err);
    }
    x.n = from->event_n;
    x.present = from->present;
    memcpy(t->first_of_type, from->first_of_type, sizeof t->first_of_type);
    memcpy(t->last_of_type, from->last_of_type, sizeof t->last_of_type);
    x.closed = from->closed;
    x.acc.from = x.acc.settled_on = from->accepted;
    x.pause_count = from->pause_count;
    x.hearing_count = from->hearing_count;
    if (x.pause_count + x.hearing_count > 0)
      memcpy(t->pauses, from->pauses, (x.pause_count + x.hearing_count) * sizeof *t->pauses);
    t->pause_questions = from->pause_questions;
  } else {
    /* Events after as_of are not known yet. */
    for (; x.n < c->event_count && c->events[x.n].date <= as_of; x.n++) {
      const egca__event *e = &c->events[x.n];
      if ((x.present & EGCA__EVENT_BIT(e->type)) == 0)
        t->first_of_type[e->type] = (uint32_t)x.n;
      t->last_of_type[e->type] = (uint32_t)x.n;
      x.present |= EGCA__EVENT_BIT(e->type);
      if (e->type == EGCA_EVENT_REJECTED || e->type == EGCA_EVENT_WITHDRAWN)
        x.closed = e->date;
      else if (e->type == EGCA_EVENT_HEARING_REQUESTED)
        x.hearing_count++;
      else if (e->type == EGCA_EVENT_ACCEPTED && x.acc.from == EGCA_DATE_NONE)
        x.acc.from = x.acc.settled_on = e->date; /* without a rule for the rounds: the acceptance recorded */
    }
    if (egca__grow((void **)&t->pauses, &t->pause_cap, x.n + 1, sizeof *t->pauses) < 0) {
      t->c = NULL;
      return egca__fail_nomem(err);
    }
    build_pauses(&x); /* the reviews, as the readings take them: t->pauses[0 .. x.pause_count) */
    /* The hearings follow the reviews in the pause array: from the request to the hearing, both days
     * included (the time the hearing needs, 第四十五条); open until it is held. The log was checked: at most one
     * hearing is open at a time, and each held one closes the last request. Under the reading right_notified
     * of hearing_pause the time runs from the notice of the right to a hearing (the last before the request);
     * the question is engaged only where that day differs from the request's. */
    egca_date told = EGCA_DATE_NONE;
    for (size_t k = 0, h = x.pause_count; k < x.n && x.hearing_count > 0; k++) {
      const egca__event *e = &c->events[k];
      if (e->type == EGCA_EVENT_HEARING_RIGHT_NOTIFIED)
        told = e->date;
      else if (e->type == EGCA_EVENT_HEARING_REQUESTED) {
        egca_date from = e->date;
        if (told != EGCA_DATE_NONE && told < e->date && egca__reading(sel, EGCA__Q_HEARING_PAUSE) == 1)
          from = told;
        t->pauses[h++] = (egca_pause){from, EGCA_DATE_NONE};
        told = EGCA_DATE_NONE;
      } else if (e->type == EGCA_EVENT_HEARING_HELD)
        t->pauses[h - 1].to = e->date;
    }
    t->pause_questions = sel->consulted;
  }
  t->event_n = x.n;
  t->present = x.present;
  t->closed = x.closed;
  t->accepted = x.acc.from;
  t->pause_count = x.pause_count;
  t->hearing_count = x.hearing_count;
  /* Rules in file order; the loader made sure that a rule needing the acceptance or the terms comes after
   * the rule that establishes them. Only those that can act on the case's events (acts_on): the same under
   * every reading, so an evaluation under another takes `from`'s list. */
  const egca__rule_group *const *active = from != NULL ? from->active : t->active;
  size_t groups = from != NULL ? from->active_count : 0;
  if (from == NULL) {
    const egca__deadline_rules *rules_index = egca__rules_deadline_index(rules);
    const size_t all = egca__rules_group_count(rules_index);
    if (egca__grow((void **)&t->active, &t->active_cap, all, sizeof *t->active) < 0) {
      t->c = NULL;
      return egca__fail_nomem(err);
    }
    /* A rule computed on request only cannot give a case anything, nor one started by events the case
     * does not have, nor a rule of the certificate terms without a certificate (egca__rule_group.acts_on).
     * The others are evaluated (what they do may hang on the acceptance, which only evaluating tells). A case
     * meets few of the rules: the others are not visited. */
    const unsigned acts = x.present | EGCA__ACTS_ALWAYS;
    for (size_t i = 0; i < all; i++) {
      const egca__rule_group *g = egca__rules_group_at(rules_index, i);
      if ((g->acts_on & acts) != 0)
        t->active[groups++] = g;
    }
    t->active_count = groups;
    active = t->active;
  }
  /* Snapshots are taken only by an evaluation other ones may start from: the one under the selected
   * readings (`from` NULL). One under another reading is compared and never started from. */
  const int snapshots = from == NULL;
  if (snapshots && egca__grow((void **)&t->snapshots, &t->snapshot_cap, groups + 1, sizeof *t->snapshots) < 0) {
    t->c = NULL;
    return egca__fail_nomem(err);
  }
  if (from != NULL && start > 0) {
    const egca__snapshot *s = &from->snapshots[start];
    if (egca__grow((void **)&t->deadlines, &t->deadline_cap, s->deadline_count, sizeof *t->deadlines) < 0 ||
        egca__grow((void **)&t->findings, &t->finding_cap, s->finding_count, sizeof *t->findings) < 0 ||
        egca__grow((void **)&t->terms, &t->term_cap, s->term_count, sizeof *t->terms) < 0) {
      t->c = NULL;
      return egca__fail_nomem(err);
    }
    /* (memcpy takes no null pointer, even for no bytes: an empty array may not be allocated yet) */
    if (s->deadline_count > 0)
      memcpy(t->deadlines, from->deadlines, s->deadline_count * sizeof *t->deadlines);
    if (s->finding_count > 0)
      memcpy(t->findings, from->findings, s->finding_count * sizeof *t->findings);
    if (s->term_count > 0)
      memcpy(t->terms, from->terms, s->term_count * sizeof *t->terms);
    t->deadline_count = s->deadline_count;
    t->finding_count = s->finding_count;
    t->term_count = s->term_count;
    for (size_t i = 0; i < t->deadline_count; i++)
      t->provisional |= t->deadlines[i].provisional;
    x.acc = (acceptance){s->accepted_from, s->accepted_settled_on, s->accepted_unknown, s->accepted_unknown_anchor};
  } else {
    start = 0;
  }
  /* Results of `from` are taken only where the pauses are the same (the question did not shape them). */
  const int reuse = from != NULL && (from->pause_questions & question) == 0;
  int rc = 0;
  for (size_t i = start; i < groups && rc >= 0; i++) {
    if (snapshots)
      t->snapshots[i] = (egca__snapshot){t->deadline_count, t->finding_count, t->term_count, x.acc.from,
                                         x.acc.settled_on, x.acc.unknown, x.acc.unknown_anchor, 0};
    sel->step = i;
    sel->consulted = 0;
    const egca__rule_group *g = active[i];
    if (reuse && (rc = reuse_rule(&x, g, from, i, question)) != 0)
      continue;
    rc = evaluate_rule(&x, g);
    if (snapshots)
      t->snapshots[i].consulted = sel->consulted;
  }
  if (snapshots)
    t->snapshots[groups] = (egca__snapshot){t->deadline_count, t->finding_count, t->term_count, x.acc.from,
                                            x.acc.settled_on, x.acc.unknown, x.acc.unknown_anchor, 0};
  if (rc < 0) {
    reset(t);
    t->c = NULL;
    return rc;
  }
  return t->provisional ? EGCA_PROVISIONAL : 0;
}

/* Findings in date order; stable, so findings of one day keep the order of the rules. */
static void sort_findings(egca_timeline *t)
{
  for (size_t i = 1; i < t->finding_count; i++) {
    egca_timeline_finding f = t->findings[i];
    size_t j = i;
    while (j > 0 && f.date < t->findings[j - 1].date) {
      t->findings[j] = t->findings[j - 1];
      j--;
    }
    t->findings[j] = f;
  }
}

/* --- Comparing readings ----------------------------------------------------------------------------------- */

static int add_entry(egca_timeline *t, size_t deadline, egca_timeline_reading r)
{
  if (egca__grow((void **)&t->readings, &t->reading_cap, t->reading_count + 1, sizeof *t->readings) < 0)
    return -1;
  t->readings[t->reading_count] = (egca__reading_entry){deadline, t->reading_count, r};
  t->reading_count++;
  return 0;
}

static int same_ref(const char *a, const char *b) { return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0); }

/* A deadline of `alt` that t does not have: the finding deadline_under_reading, dated on its due day (or
 * nominal day, or anchor), contested and resting on the other reading. */
static int under_reading(egca_timeline *t, const egca_timeline_deadline *o, const char *question, const char *reading)
{
  if (egca__grow((void **)&t->findings, &t->finding_cap, t->finding_count + 1, sizeof *t->findings) < 0)
    return -1;
  const egca_date day = o->due != EGCA_DATE_NONE ? o->due : o->nominal != EGCA_DATE_NONE ? o->nominal : o->anchor;
  t->findings[t->finding_count++] = (egca_timeline_finding){
      EGCA_FINDING_DEADLINE_UNDER_READING, o->rule_id, o->ref, day, EGCA_DATE_NONE, 0, SIZE_MAX, 1, question, reading};
  return 0;
}

/* What a comparison of t with alt (question q's other reading) writes with: where each of t's deadlines was
 * matched, and the texts of its entries. */
typedef struct compared {
  size_t *match;
  const egca_timeline *alt;
  const char *question, *chosen, *alternative;
  int chosen_first;
} compared;

/* t's deadline k matched with alt's deadline o (NULL: none, or one of another ref): both readings where the
 * due day or status differs. */
static int compare_deadline(egca_timeline *t, const compared *cmp, size_t k, const egca_timeline_deadline *o)
{
  egca_timeline_deadline *d = &t->deadlines[k];
  if (o != NULL && !same_ref(o->ref, d->ref))
    o = NULL;
  cmp->match[k] = o != NULL ? (size_t)(o - cmp->alt->deadlines) : SIZE_MAX;
  if (o != NULL && o->due == d->due && o->nominal == d->nominal && o->status == d->status)
    return 0;
  egca_timeline_reading mine = {cmp->question, cmp->chosen, 1, d->due != EGCA_DATE_NONE ? d->due : d->nominal, 1,
                                d->status};
  egca_timeline_reading theirs = {cmp->question, cmp->alternative, 0, EGCA_DATE_NONE, o != NULL,
                                  EGCA_STATUS_NOT_APPLICABLE};
  if (o != NULL) {
    theirs.due = o->due != EGCA_DATE_NONE ? o->due : o->nominal;
    theirs.status = o->status;
  }
  if (add_entry(t, k, cmp->chosen_first ? mine : theirs) < 0 || add_entry(t, k, cmp->chosen_first ? theirs : mine) < 0)
    return -1;
  if (!d->ambiguous) {
    d->ambiguous = 1;
    d->other_reading = theirs.due;
  }
  return 0;
}

/* Compares timeline t (under selection `sel`) with `alt`, the same case with question q under reading
 * `other`. Both list deadlines rule by rule, each rule's in anchor order: the k-th instance of a rule is
 * matched with the k-th of the same rule (and ref). A deadline whose due day or status differs, or that has
 * no match, gets both readings. A finding with no match in `alt` (the same code and ref on the matched
 * deadline, whatever its day) is contested, resting on the reading t applied. */
static int compare(egca_timeline *t, const egca_timeline *alt, const egca__selection *sel, size_t q, size_t other)
{
  const egca__readings *r = sel->readings;
  const char *question = egca__question_id(r, q);
  const char *chosen = egca__question_reading(r, q, sel->pick[q]);
  const char *alternative = egca__question_reading(r, q, other);
  const int chosen_first = sel->pick[q] == egca__question_default(r, q);
  /* Scratch, kept in t: the matched alt deadline of each of t's; alt's findings by deadline. */
  const size_t need = t->deadline_count + alt->deadline_count + 1 + alt->finding_count;
  if (egca__grow((void **)&t->scratch, &t->scratch_cap, need, sizeof *t->scratch) < 0)
    return -1;
  size_t *match = t->scratch, *first = match + t->deadline_count, *by_deadline = first + alt->deadline_count + 1;
  /* Mostly the other reading moved days, not instances: alt lists the same rules' deadlines in the same
   * order. Then the k-th deadline matches alt's k-th, as the runs below would match them, without looking
   * for the runs. */
  int same_rules = alt->deadline_count == t->deadline_count;
  for (size_t k = 0; k < t->deadline_count && same_rules; k++)
    same_rules = alt->deadlines[k].rule_id == t->deadlines[k].rule_id;
  compared cmp = {match, alt, question, chosen, alternative, chosen_first};
  if (same_rules) {
    for (size_t k = 0; k < t->deadline_count; k++)
      if (compare_deadline(t, &cmp, k, &alt->deadlines[k]) < 0)
        return -1;
  }
  size_t j = same_rules ? alt->deadline_count : 0; /* alt's deadline after the last matched run */
  for (size_t i = 0; i < t->deadline_count && !same_rules;) {
    const char *rule = t->deadlines[i].rule_id;
    size_t end = i;
    while (end < t->deadline_count && t->deadlines[end].rule_id == rule)
      end++;
    /* alt's run of the same rule (rules come in the same order in both; a rule may have none). */
    size_t a = j;
    while (a < alt->deadline_count && alt->deadlines[a].rule_id != rule)
      a++;
    size_t a_end = a;
    while (a_end < alt->deadline_count && alt->deadlines[a_end].rule_id == rule)
      a_end++;
    /* alt's deadlines of rules main has none of, and alt's beyond main's count of this rule, arise only
     * under the other reading. */
    if (a < alt->deadline_count) {
      for (size_t k = j; k < a; k++)
        if (under_reading(t, &alt->deadlines[k], question, alternative) < 0)
          return -1;
      for (size_t k = a + (end - i); k < a_end; k++)
        if (under_reading(t, &alt->deadlines[k], question, alternative) < 0)
          return -1;
      j = a_end;
    }
    for (size_t k = i; k < end; k++)
      if (compare_deadline(t, &cmp, k, a + (k - i) < a_end ? &alt->deadlines[a + (k - i)] : NULL) < 0)
        return -1;
    i = end;
  }
  for (size_t k = j; k < alt->deadline_count; k++)
    if (under_reading(t, &alt->deadlines[k], question, alternative) < 0)
      return -1;
  /* alt's findings grouped by their deadline (a counting sort). */
  for (size_t k = 0; k <= alt->deadline_count; k++)
    first[k] = 0;
  for (size_t k = 0; k < alt->finding_count; k++)
    first[alt->findings[k].deadline + 1]++;
  for (size_t k = 0; k < alt->deadline_count; k++)
    first[k + 1] += first[k];
  for (size_t k = 0; k < alt->finding_count; k++)
    by_deadline[first[alt->findings[k].deadline]++] = k;
  for (size_t k = alt->deadline_count; k > 0; k--) /* first[k] moved to the end of group k: shift back */
    first[k] = first[k - 1];
  first[0] = 0;
  for (size_t i = 0; i < t->finding_count; i++) {
    egca_timeline_finding *f = &t->findings[i];
    const size_t m = f->deadline < t->deadline_count ? match[f->deadline] : SIZE_MAX;
    int found = 0;
    for (size_t k = m != SIZE_MAX ? first[m] : 0; m != SIZE_MAX && k < first[m + 1] && !found; k++) {
      const egca_timeline_finding *g = &alt->findings[by_deadline[k]];
      found = g->code == f->code && same_ref(g->ref, f->ref);
    }
    if (!found && !f->contested) {
      f->contested = 1;
      f->question = question;
      f->reading = chosen;
    }
  }
  return 0;
}

static int by_deadline(const void *a, const void *b)
{
  const egca__reading_entry *x = a, *y = b;
  if (x->deadline != y->deadline)
    return x->deadline < y->deadline ? -1 : 1;
  return (x->seq > y->seq) - (x->seq < y->seq);
}

EGCA_API int egca_case_evaluate(egca_timeline *t, const egca_case *c, const egca_calendar *calendar,
                                const egca_rules *rules, egca_date as_of, const egca_timeline_options *options,
                                egca_error *err)
{
  if (t == NULL || c == NULL || calendar == NULL || rules == NULL)
    return egca__fail(
        err, EGCA_E_INVALID, NULL, 0,
        EGCA__TR(err, "timeline, case, calendar and rules are required", "须给出timeline、case、calendar和rules"));
  reset(t);
  t->c = NULL;
  t->as_of = as_of;
  t->lang = options != NULL && options->lang == EGCA_LANG_EN ? EGCA_LANG_EN : EGCA_LANG_ZH;
  if (as_of < EGCA_DATE_MIN || as_of > EGCA_DATE_MAX)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "the as-of date is not a valid date", "评估日期不是有效日期"));
  const egca_calendar *office_cal = NULL;
  int rc = office_calendar_of(&office_cal, c, calendar, options, err);
  if (rc < 0)
    return rc;
  egca__selection sel;
  rc = egca__selection_init(&sel, egca__rules_readings(rules), 1, options != NULL ? options->readings : NULL,
                                options != NULL ? options->reading_count : 0,
                                options != NULL ? options->policy : EGCA_POLICY_EARLIER,
                                options != NULL ? options->receipt : EGCA_RECEIPT_NEXT_WORKING_DAY, err);
  if (rc < 0)
    return rc;
  /* The items of a correction notice are materials of materials.json (the one-time notice names them). */
  const egca_assess_rules *assess = egca__rules_assess(rules);
  for (size_t k = 0; k < c->event_count; k++) {
    const egca__event *e = &c->events[k];
    for (uint32_t i = 0; i < e->item_count; i++) {
      const char *item = c->items[e->item_first + i];
      if (egca__assess_material_known(assess, item))
        continue;
      egca__fail(err, EGCA_E_INVALID, c->source, 0,
                 EGCA__TR(err, "unknown material \"%.100s\" (materials.json lists the ids)",
                          "未知材料\"%.100s\"（materials.json列出全部材料编号）"),
                 item);
      if (err != NULL)
        snprintf(err->pointer, sizeof err->pointer, "/events/%u/items/%u", (unsigned)e->source_index, (unsigned)i);
      return EGCA_E_INVALID;
    }
  }
  rc = evaluate_once(t, c, calendar, office_cal, rules, as_of, &sel, NULL, 0, 0, err);
  if (rc < 0)
    return rc;
  if (sel.engaged == 0) {
    sort_findings(t);
    return rc;
  }
  /* Each question the case engaged, under its other reading: every result that differs says so. */
  if (t->alt == NULL && egca_timeline_new(&t->alt, err) < 0) {
    reset(t);
    t->c = NULL;
    return EGCA_E_NOMEM;
  }
  const egca__readings *r = sel.readings;
  for (size_t q = 0; q < EGCA__QUESTIONS_MAX && (sel.engaged >> q) != 0; q++) { /* up to the last engaged */
    if (!(sel.engaged & (1u << q)))
      continue;
    for (size_t i = 0; i < egca__question_readings(r, q); i++) {
      if (i == sel.pick[q])
        continue;
      egca__selection other = sel;
      other.pick[q] = (uint8_t)i;
      other.engaged = 0;
      /* The rules before the one that first consulted the question give the same results: taken as
       * they were. The pauses count as the first rule's (a review's readings move the decision). */
      int arc = evaluate_once(t->alt, c, calendar, office_cal, rules, as_of, &other, t, sel.first_step[q], 1u << q,
                              err);
      if (arc >= 0 && compare(t, t->alt, &sel, q, i) < 0)
        arc = egca__fail_nomem(err);
      if (arc < 0) {
        reset(t);
        t->c = NULL;
        return arc;
      }
      if (arc == EGCA_PROVISIONAL)
        rc = EGCA_PROVISIONAL;
    }
  }
  /* The entries grouped by deadline, in the order they were made (question by question). Made in that order
   * already (the usual case: one question engaged), they are not sorted again. */
  int in_order = 1;
  for (size_t i = 1; i < t->reading_count && in_order; i++)
    in_order = t->readings[i - 1].deadline <= t->readings[i].deadline;
  if (!in_order && t->reading_count > 32) {
    qsort(t->readings, t->reading_count, sizeof *t->readings, by_deadline);
  } else if (!in_order) {
    /* A few entries (a case that engaged two questions): an insertion sort, stable, costs less than qsort's
     * setup; the order is the same (by_deadline breaks every tie by seq). */
    for (size_t i = 1; i < t->reading_count; i++) {
      const egca__reading_entry r = t->readings[i];
      size_t j = i;
      for (; j > 0 && t->readings[j - 1].deadline > r.deadline; j--)
        t->readings[j] = t->readings[j - 1];
      t->readings[j] = r;
    }
  }
  sort_findings(t);
  for (size_t i = 0; i < t->reading_count; i++) {
    egca_timeline_deadline *d = &t->deadlines[t->readings[i].deadline];
    if (d->reading_count++ == 0)
      d->reading_first = i;
  }
  return rc;
}
