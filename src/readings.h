/* egca — the law's open questions inside the library: loading rules/readings.json, and the readings a
 * computation applies (docs/rules.md, "Readings").
 *
 * Each question the code acts on is a point below; its readings are those the code knows, in the order it
 * knows them (the data may list them in any order and chooses the default). A question that names a
 * "rule" decides that rule's rest-day roll (roll "earlier_or_later"; readings "earlier" and "later"). A
 * question whose readings carry "sets" gives a rule the unit or roll of the reading applied.
 * Adding a question is a data edit, and, where the code must act on it, one more point here and the one
 * place that consults it.
 *
 * A computation carries a selection: the reading chosen for every question, and the questions its facts
 * engaged (the ones whose answer could change a result). The case evaluation re-runs itself once per other
 * reading of each engaged question and compares (src/procedure.c). Not public. */
#ifndef EGCA_READINGS_INTERNAL_H
#define EGCA_READINGS_INTERNAL_H

#include "json.h"
#include "deadline_rules.h"

#include <stdint.h>
#include <string.h>

#define EGCA__QUESTIONS_MAX 32
#define EGCA__READINGS_MAX 8

/* The questions the code consults, each at one place. */
typedef enum egca__point {
  EGCA__Q_DEEMED_RENEWAL_LATE_FILING = 0, /* procedure.c: the terms and the renewal decision */
  EGCA__Q_SECOND_CORRECTION_NOTICE = 1,   /* procedure.c: the acceptance rounds */
  EGCA__Q_REVIEW_UNNOTIFIED = 2,          /* procedure.c: the pauses */
  EGCA__Q_REVIEW_OVER_NOTIFIED = 3,       /* procedure.c: the pauses */
  EGCA__Q_REVIEW_NOTICE_AFTER_START = 4,  /* procedure.c: answers matched in order */
  EGCA__Q_CERTIFICATE_LAST_DAY = 5,       /* deadline.c: a term's last day */
  EGCA__Q_RECEIPT_AFTER_HOURS = 6,        /* procedure.c: the day a round of receipt runs from */
  EGCA__Q_HEARING_PAUSE = 7,              /* procedure.c: the hearings' pauses */
  EGCA__Q_REMEDY_KNOWLEDGE_DAY = 8,       /* procedure.c: the day a remedy's period runs from */
  EGCA__POINT_COUNT = 9
} egca__point;

typedef struct egca__readings egca__readings;

/* Validates and compiles readings.json (already parsed strictly) against the loaded deadline rules (the
 * rule set's index, deadline_rules.h), its citations resolved through `laws` (deadlines.json "laws",
 * citation.h), and writes each rule's questions into the index (sets_question, roll_question). On failure
 * nothing is left allocated and err names the file, line:column and JSON pointer. The rule set (ruleset.c)
 * calls it and keeps the result (egca__rules_readings, ruleset.h). */
struct egca__laws;
int egca__readings_parse(egca__readings **out, const egca__json_doc *doc, egca__rule_group *groups,
                         size_t group_count, const struct egca__laws *laws, egca_error *err);
void egca__readings_free(egca__readings *readings);

/* The readings applied in one computation. */
typedef struct egca__selection {
  const egca__readings *readings;
  uint8_t pick[EGCA__QUESTIONS_MAX]; /* per question: the index of its reading in the file */
  uint32_t engaged;                  /* bit q: question q could change a result of this computation */
  size_t step;                       /* the step of the computation running (a case: the rule's position
                                        among the case's active rules) */
  size_t first_step[EGCA__QUESTIONS_MAX]; /* per engaged question: the step that first consulted it */
  uint32_t consulted;                /* bit q: q engaged since the caller last cleared it (a case: by one rule) */
} egca__selection;

/* Each question's default reading, by question (a selection's start). */
const uint8_t *egca__readings_default_picks(const egca__readings *readings);
/* egca__selection_init's part past the defaults. */
int egca__selection_choose(egca__selection *s, const egca_reading_choice *choices, size_t count,
                           egca_roll_policy policy, egca_receipt_reading receipt, egca_error *err);

/* Every question at its default; then the deprecated roll policy (EGCA_POLICY_LATER picks "later" of every
 * roll question) and receipt option (EGCA_RECEIPT_AS_DATED picks "as_dated" of receipt_after_hours); then
 * the caller's choices. An unknown question or reading, or a question chosen twice, is EGCA_E_INVALID
 * naming it. Inline, and the rest a call only when something is chosen: every egca_deadline_compute
 * starts here, and most choose nothing (so does a batch's every case). With `consults` 0 (the computation
 * reads no question: a rule whose egca__rule_group.consults is 0) and nothing chosen, the picks are left
 * unset: nothing reads them, nothing is engaged, and no choice is there to check. */
static inline int egca__selection_init(egca__selection *s, const egca__readings *readings, int consults,
                                       const egca_reading_choice *choices, size_t count, egca_roll_policy policy,
                                       egca_receipt_reading receipt, egca_error *err)
{
  s->readings = readings;
  s->engaged = 0;
  s->consulted = 0;
  s->step = 0;
  const int nothing_chosen = count == 0 && policy != EGCA_POLICY_LATER && receipt != EGCA_RECEIPT_AS_DATED;
  if (nothing_chosen && !consults)
    return 0;
  memcpy(s->pick, egca__readings_default_picks(readings), sizeof s->pick);
  if (nothing_chosen)
    return 0;
  return egca__selection_choose(s, choices, count, policy, receipt, err);
}

/* The reading applied at point p, as the point's index in the code's own list (0 = the first reading the
 * code names, e.g. "deemed"), and marks the question engaged. */
int egca__reading(egca__selection *s, egca__point p);

/* The question whose readings set group g's unit or roll ("sets", docs/rules.md), or -1 (g is a rule of
 * the rule set r was loaded with); applying the selection's reading of it to a version's period (and
 * marking it engaged: the two readings count differently, so every instance of the rule is compared under
 * both). */
static inline int egca__sets_question(const egca__readings *r, const egca__rule_group *g)
{
  return r != NULL ? g->sets_question : -1;
}
void egca__apply_sets(egca__selection *s, int question, egca_period_spec *spec);
/* Whether a start event of outcome `got` opens an instance of group g: the outcome its "applies" declares,
 * or the one the reading applied sets; the question is engaged where its readings answer differently. */
int egca__opens(egca__selection *s, const egca__rule_group *g, egca_outcome declared, egca_outcome got);
/* Reading `reading` of question `question`: the rule from whose period's end the set rule's instances run
 * ("from_end_of"), or NULL (from the start event's day). */
const egca__rule_group *egca__reading_from_end_of(const egca__readings *r, int question, size_t reading);

/* The question that decides group g's rest-day roll, or -1; the policy the selection applies for it. */
static inline int egca__roll_question(const egca__readings *r, const egca__rule_group *g)
{
  return r != NULL ? g->roll_question : -1;
}
egca_roll_policy egca__roll_policy(const egca__selection *s, int question);

static inline void egca__engage(egca__selection *s, int question)
{
  if (question < 0)
    return;
  s->consulted |= 1u << (unsigned)question;
  if (!(s->engaged & (1u << (unsigned)question))) {
    s->engaged |= 1u << (unsigned)question;
    s->first_step[question] = s->step;
  }
}

/* For the comparison and the public getters (egca_rules_question_*): the number of questions (0 for NULL),
 * a question (NULL past the last), a question by id (NULL: none), a question's reading count, its
 * default, its id and a reading's id. */
size_t egca__questions(const egca__readings *r);
const egca_question *egca__question_at(const egca__readings *r, size_t q);
const egca_question *egca__question_find(const egca__readings *r, const char *id);
size_t egca__question_readings(const egca__readings *r, size_t q);
size_t egca__question_default(const egca__readings *r, size_t q);
const char *egca__question_id(const egca__readings *r, size_t q);
const char *egca__question_reading(const egca__readings *r, size_t q, size_t reading);

#endif
