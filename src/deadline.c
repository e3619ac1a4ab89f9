/* egca — the one computation of a deadline instance: a rule's version, an anchor, pauses and a calendar.
 *
 * egca_deadline_compute (the `deadline` command, the Python binding) and the case timeline both call
 * egca__instance_compute, so a rule gives the same day whoever asks: the same choice of version
 * (egca__rule_version), the same count (an extension's base added), the same period arithmetic.
 * Place in the flow: deadline rules (deadline_rules.h) and the rule set's readings (ruleset.h, readings.h) -> here ->
 * procedure, and the deadline's output (deadline_output.c). */
#include "readings.h"
#include "deadline_rules.h"
#include "ruleset.h"

#include <string.h>

/* The day a period would end on if no day were a holiday and none a make-up working day: weekdays for a
 * working-day count (pause days skipped), the plain day for calendar days and years. It stands in for the
 * due date where the calendar does not reach. */
static egca_date nominal_date(const egca_period_spec *spec, egca_date from, const egca_pause *pauses, size_t pause_count)
{
  if (spec->unit == EGCA_UNIT_DAYS)
    return spec->direction == EGCA_BEFORE ? from - spec->count : from + spec->count;
  if (spec->unit == EGCA_UNIT_YEARS || spec->unit == EGCA_UNIT_MONTHS) {
    egca_date d;
    const int n = spec->direction == EGCA_BEFORE ? -spec->count : spec->count;
    return (spec->unit == EGCA_UNIT_MONTHS ? egca_date_add_months(&d, from, n) : egca_date_add_years(&d, from, n)) == 0
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

/* The instance's period (instance_compute adds the term's last day): inlined with it, see there. */
static inline __attribute__((always_inline)) int
compute_period(egca__instance *out, const egca__rule_group *g, const egca_calendar *calendar, egca_date anchor,
               const egca_pause *pauses, size_t pause_count, egca__selection *sel, const egca__rule_group *extra,
               int nominal_on_gap, egca_period_trace *trace, egca_error *err)
{
  out->not_in_force = 0;
  out->year = 0;
  out->nominal = EGCA_DATE_NONE;
  out->base_count = 0;
  out->refused = 0;
  const size_t v = egca__rule_version_index(g, anchor, &out->not_in_force);
  const egca__rule_core *core = g->cores[v];
  out->version = g->versions[v];
  out->core = core;
  out->count = 0;
  out->unit = core->spec.unit;
  /* out->period: here for a refusal; on every other path egca__period_compute_valid fills it whole (or the
   * nominal day's branch below). */
  const egca_period_result no_period = {.from = anchor, .due = EGCA_DATE_NONE, .status = EGCA_PERIOD_FAILED,
                                        .other_reading = EGCA_DATE_NONE};
  char day[EGCA_DATE_TEXT_SIZE], since[EGCA_DATE_TEXT_SIZE];
  /* Before the licence existed no rule of it applies (deadlines.json "licence"). */
  if (g->licence_reason != NULL && anchor < g->licence_from) {
    out->refused = 2;
    out->period = no_period;
    if (nominal_on_gap)
      return EGCA_E_INVALID; /* the timeline gives the rules' reason, never this message: none is composed */
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "%s is before %s: %s", "%s早于%s：%s"),
                      egca_date_format(anchor, day), egca_date_format(g->licence_from, since),
                      EGCA__TR(err, g->licence_reason_en, g->licence_reason));
  }
  /* A version that sets no period: the reason is the answer. */
  if (core->refused != NULL) {
    out->refused = 1;
    out->period = no_period;
    if (nominal_on_gap)
      return EGCA_E_INVALID; /* as above: the timeline says core->refused */
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "rule \"%s\" sets no period on %s: %s", "规则\"%s\"在%s不设期限：%s"), g->id,
                      egca_date_format(anchor, day), EGCA__TR(err, core->refused_en, core->refused));
  }
  int nif;
  egca_period_spec spec = core->spec;
  /* A counting question the law leaves open (calendar or working days): the reading's unit and roll. */
  const int sets_question = egca__sets_question(sel->readings, g);
  if (sets_question >= 0) /* (most rules have none: no call) */
    egca__apply_sets(sel, sets_question, &spec);
  out->unit = spec.unit;
  /* A rest-day roll the law leaves open: the reading of the question that names this rule. */
  const int roll_question = spec.roll == EGCA_ROLL_EARLIER_OR_LATER ? egca__roll_question(sel->readings, g) : -1;
  spec.policy = roll_question >= 0 ? egca__roll_policy(sel, roll_question) : EGCA_POLICY_EARLIER;
  /* An extension adds its count to the version of its base in force on the same day (docs/rules.md). */
  if (core->base != NULL) {
    out->base_count = core->base->cores[egca__rule_version_index(core->base, anchor, &nif)]->spec.count;
    spec.count += out->base_count;
  }
  if (extra != NULL)
    spec.count += extra->cores[egca__rule_version_index(extra, anchor, &nif)]->spec.count;
  out->count = spec.count;
  if (core->pause != EGCA_PAUSE_EXCLUDE)
    pause_count = 0;
  if (nominal_on_gap) {
    /* A period whose last day plainly falls in a year without data (a renewal five years out) goes to the
     * nominal day at once, without building the error the period module would report. */
    int year = 0;
    if (spec.unit == EGCA_UNIT_WORKING_DAYS || spec.roll != EGCA_ROLL_NONE) {
      egca_date probe = spec.unit == EGCA_UNIT_WORKING_DAYS ? anchor : nominal_date(&spec, anchor, NULL, 0);
      egca_date_to_ymd(probe, &year, NULL, NULL);
      if (egca_calendar_year_coverage(calendar, year) != EGCA_COVERAGE_NONE)
        year = 0;
    }
    if (year != 0) {
      out->period = (egca_period_result){.from = anchor, .due = EGCA_DATE_NONE, .status = EGCA_PERIOD_DUE,
                                         .other_reading = EGCA_DATE_NONE};
      out->year = year;
      out->nominal = nominal_date(&spec, anchor, pauses, pause_count);
      return 0;
    }
  }
  /* The error is needed here only to tell a year without data from a tentative one; otherwise it goes
   * straight to the caller (NULL: no message is composed at all). */
  egca_error e;
  if (nominal_on_gap)
    egca__error_blank(&e, egca__error_lang(err));
  /* The period arithmetic without the checks of the period itself: the rule set validated its fields at
   * load, and the readings and the counts added keep them valid (internal.h, egca__period_compute_valid). */
  int rc = egca__period_compute_valid(&out->period, trace, calendar, &spec, anchor, pauses, pause_count,
                                      nominal_on_gap ? &e : err);
  if (rc >= 0 && out->period.ambiguous)
    egca__engage(sel, roll_question); /* the two readings of the rest day give two days */
  /* The trace cites the article that moves a rest day as the rule names it (deadlines.json "roll_basis"; a
   * reading that makes a rule roll needs the rule's versions to name it, readings.c). */
  if (trace != NULL && trace->filled && spec.roll == EGCA_ROLL_NEXT_WORKING_DAY)
    trace->roll_basis = egca_deadline_rule_roll_basis(out->version);
  if (!nominal_on_gap)
    return rc;
  if (rc == EGCA_E_COVERAGE && egca_calendar_year_coverage(calendar, e.year) != EGCA_COVERAGE_TENTATIVE) {
    /* A year without its notice: the instance waits for it rather than failing. */
    out->year = e.year;
    out->nominal = nominal_date(&spec, anchor, pauses, pause_count);
    out->period.due = EGCA_DATE_NONE;
    return 0;
  }
  if (rc < 0 && err != NULL)
    *err = e;
  return rc;
}

/* egca__instance_compute, inlined into egca_deadline_compute's main computation (with compute_period): its
 * constants (no extra rule, no nominal day) remove their branches there, and a call with eleven arguments
 * cost about as much as the work around the period arithmetic. */
static inline __attribute__((always_inline)) int
instance_compute(egca__instance *out, const egca__rule_group *g, const egca_calendar *calendar, egca_date anchor,
                 const egca_pause *pauses, size_t pause_count, egca__selection *sel, const egca__rule_group *extra,
                 int nominal_on_gap, egca_period_trace *trace, egca_error *err)
{
  int rc = compute_period(out, g, calendar, anchor, pauses, pause_count, sel, extra, nominal_on_gap, trace, err);
  if (rc < 0)
    return rc;
  /* The question of a term's last valid day (docs/rules.md, certificate_last_day): the day the period
   * module gives (民法典 第二百零二条), or the day before it. A date printed on the certificate is the
   * caller's to apply, and then the question does not arise. */
  if (out->core->applies.kind == EGCA__KIND_TERM && egca__reading(sel, EGCA__Q_CERTIFICATE_LAST_DAY) == 1) {
    if (out->period.due != EGCA_DATE_NONE)
      out->period.due--;
    if (out->nominal != EGCA_DATE_NONE)
      out->nominal--;
  }
  return rc;
}

int egca__instance_compute(egca__instance *out, const egca__rule_group *g, const egca_calendar *calendar,
                           egca_date anchor, const egca_pause *pauses, size_t pause_count, egca__selection *sel,
                           const egca__rule_group *extra, int nominal_on_gap, egca_period_trace *trace,
                           egca_error *err)
{
  return instance_compute(out, g, calendar, anchor, pauses, pause_count, sel, extra, nominal_on_gap, trace, err);
}

EGCA_API int egca_deadline_compute(egca_deadline *out, const egca_rules *rules, const egca_calendar *calendar,
                                   const char *rule_id, egca_date from, const egca_deadline_options *options,
                                   egca_error *err)
{
  static const egca_deadline_options no_options = {NULL, 0, EGCA_POLICY_EARLIER, 0, NULL, 0, EGCA_LANG_ZH};
  const egca_deadline_options *o = options != NULL ? options : &no_options;
  out->version = NULL;
  out->rule_id = NULL;
  out->from = from;
  out->due = EGCA_DATE_NONE;
  out->status = EGCA_PERIOD_FAILED;
  out->provisional = 0;
  out->ambiguous = 0;
  out->other_reading = EGCA_DATE_NONE;
  out->policy = o->policy;
  out->basis = NULL;
  out->basis_count = 0;
  out->guide_section = NULL;
  out->guide_item = NULL;
  out->not_in_force = 0;
  out->trace.filled = 0;
  out->reading_count = 0;
  out->calendar = calendar;
  out->lang = o->lang;
  if (rules == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "no rules given", "未给出规则"));
  if (from < EGCA_DATE_MIN || from > EGCA_DATE_MAX)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "the start date is not a valid date", "起算日不是有效日期"));
  /* The rule found by the inline lookup: only strcmp is a call. */
  const egca__deadline_rules *index = egca__rules_deadline_index(rules);
  const egca__rule_group *g = egca__rule_group_find(index->groups, index->group_count, rule_id);
  if (g == NULL)
    return egca__fail(err, EGCA_E_NOTFOUND, NULL, 0, EGCA__TR(err, "unknown rule \"%s\"", "未知规则\"%s\""),
                      rule_id != NULL ? rule_id : "");
  int nif;
  if (o->pause_count > 0 && g->cores[egca__rule_version_index(g, from, &nif)]->pause != EGCA_PAUSE_EXCLUDE)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "rule \"%s\" takes no pauses", "规则\"%s\"不扣除中止期间"), g->id);
  egca__selection sel;
  int rc = egca__selection_init(&sel, egca__rules_readings(rules), g->consults, o->readings, o->reading_count,
                                o->policy, EGCA_RECEIPT_NEXT_WORKING_DAY, err);
  if (rc < 0)
    return rc;
  egca__instance in;
  rc = instance_compute(&in, g, calendar, from, o->pauses, o->pause_count, &sel, NULL, 0,
                        o->trace ? &out->trace : NULL, err);
  egca__deadline_describe(out, in.version);
  out->unit = in.unit; /* a reading may count the rule in another unit */
  out->rule_id = g->id;
  out->not_in_force = in.not_in_force;
  out->count = in.count;
  out->base_count = in.base_count;
  out->due = in.period.due;
  out->status = in.period.status;
  out->provisional = in.period.provisional;
  const int roll_question = egca__roll_question(sel.readings, g);
  out->policy = roll_question >= 0 ? egca__roll_policy(&sel, roll_question) : EGCA_POLICY_EARLIER;
  if (rc < 0)
    return rc;
  /* Each question the computation engaged, under its other reading: where the day differs, both are
   * listed, the default first. */
  const egca__readings *r = sel.readings;
  const size_t questions = sel.engaged != 0 ? egca__questions(r) : 0; /* most computations engage none */
  for (size_t q = 0; q < questions; q++) {
    if (!(sel.engaged & (1u << q)))
      continue;
    for (size_t i = 0; i < egca__question_readings(r, q); i++) {
      if (i == sel.pick[q])
        continue;
      egca__selection other = sel;
      other.pick[q] = (uint8_t)i;
      egca__instance alt;
      int arc = egca__instance_compute(&alt, g, calendar, from, o->pauses, o->pause_count, &other, NULL, 0, NULL, err);
      if (arc < 0)
        return arc;
      if (alt.period.due == in.period.due || out->reading_count + 2 > EGCA_DEADLINE_READINGS_MAX)
        continue;
      if (arc == EGCA_PROVISIONAL)
        rc = EGCA_PROVISIONAL;
      egca_deadline_reading chosen = {egca__question_id(r, q), egca__question_reading(r, q, sel.pick[q]), 1,
                                      in.period.due};
      egca_deadline_reading alternative = {egca__question_id(r, q), egca__question_reading(r, q, i), 0,
                                           alt.period.due};
      const int chosen_first = sel.pick[q] == egca__question_default(r, q);
      out->readings[out->reading_count++] = chosen_first ? chosen : alternative;
      out->readings[out->reading_count++] = chosen_first ? alternative : chosen;
      if (!out->ambiguous) {
        out->ambiguous = 1;
        out->other_reading = alt.period.due;
      }
    }
  }
  return rc;
}
