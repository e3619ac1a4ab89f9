/* egca — the deadline rules inside the library: what a rule version declares, the rule index and the one
 * computation of an instance. Internal: deadline_rules.c builds them from deadlines.json for the rule set
 * (ruleset.c); the readings, deadline.c, the timeline, the procedural checks and their output read them.
 * Place in the flow: rule set (ruleset.c) -> deadline rules (deadline_rules.c) -> readings, deadline, timeline
 * -> output. */
#ifndef EGCA_DEADLINE_RULES_H
#define EGCA_DEADLINE_RULES_H

#include "json.h"

#include <string.h>

/* --- What a rule declares about its instances (docs/rules.md, "applies" and "lapse") ------------------- */

/* The day an instance runs from. */
typedef enum egca__anchor {
  EGCA__FROM_NONE = 0,      /* no "applies": computed on request only (an extension is applied by its base) */
  EGCA__FROM_EVENT = 1,     /* each event of `starts`: its day */
  EGCA__FROM_ACCEPTANCE = 2,/* the day the application counts as accepted, actually or by law */
  EGCA__FROM_TERM_START = 3,/* each certificate term: its first day (the issue, or the renewed term's start) */
  EGCA__FROM_TERM_END = 4   /* each certificate term: its last valid day */
} egca__anchor;

/* What an instance is. */
typedef enum egca__instance_kind {
  EGCA__KIND_DUTY = 0, /* someone must act by the due day: met, late, pending, overdue, ... */
  EGCA__KIND_DAY = 1,  /* a day from which something may be done: available, not_yet */
  EGCA__KIND_TERM = 2, /* a term: valid, expired; its last day ends the certificate term */
  EGCA__KIND_RIGHT = 3  /* a party may act by the due day: met, late, pending; unused, not_applicable */
} egca__instance_kind;

/* What the law deems when an instance runs out unanswered. */
typedef enum egca__deems {
  EGCA__DEEMS_NOTHING = 0,
  EGCA__DEEMS_ACCEPTED = 1, /* the application is accepted from the start event (行政许可法 第三十二条第一款第（四）项) */
  EGCA__DEEMS_RENEWED = 2   /* the renewal is granted (行政许可法 第五十条第二款) */
} egca__deems;

/* What pauses a rule's clock (行政许可法 第四十五条): technical reviews (review_started .. review_ended) and
 * hearings (hearing_requested .. hearing_held), both ends included. */
#define EGCA__PAUSED_REVIEW 1u
#define EGCA__PAUSED_HEARING 2u

/* Sets of event types: bit (1u << type). */
#define EGCA__EVENT_BIT(type) (1u << (unsigned)(type))
#define EGCA__ACTS_ALWAYS (1u << 31) /* above every event type's bit */

typedef struct egca__applies {
  egca__anchor from;
  egca__instance_kind kind;
  unsigned starts;       /* from "event": the event types that start an instance */
  unsigned answers;      /* the event types that meet it (none: a day or a term, not a duty) */
  unsigned restarts;     /* event types that replace an open instance by a new one */
  unsigned ends;         /* event types that end an open instance (another remedy chosen): not_applicable */
  unsigned requires;     /* from a term's end: an event of these types in the term makes the instance */
  unsigned delivered;    /* event types that deliver (送达) the act a start event made known: under the reading
                            "delivered" of remedy_knowledge_day an instance runs from the first one after its start */
  int in_order;          /* answers are matched to instances in order and may precede the start */
  unsigned paused;       /* what pauses it: EGCA__PAUSED_REVIEW, EGCA__PAUSED_HEARING */
  int keyed;             /* instances and answers are keyed by the event's ref */
  int ends_with_case;    /* a rejection or withdrawal ends the duty */
  const struct egca__rule_group *untold_cap; /* 行政复议法 第二十条第三款: where the start event made the act known
                            without telling the remedies, the rule whose day caps the period; else NULL */
  egca_outcome outcome;  /* only start events with this outcome (a notice: its decision's; a refusal to accept:
                            denied); EGCA_OUTCOME_NONE: every start event */
  egca__deems deems;     /* what an instance that ran out unanswered leaves */
  int finding;           /* the egca_finding_code it raises then (also for a late answer), or -1 */
} egca__applies;

/* What the computation and the timeline read of a rule version, made once at load (a batch reads it for
 * every instance of every case): its period (policy left EARLIER), its pause policy, the rule it extends
 * (NULL: none) and its declaration (`from` is EGCA__FROM_NONE when it declares none). */
struct egca__rule_group;
typedef struct egca__rule_core {
  egca_period_spec spec;
  egca_pause_policy pause;
  const struct egca__rule_group *base;
  egca__applies applies;
  const char *refused;   /* a version that sets no period: why (docs/rules.md "refused"); else NULL */
  const char *refused_en;/* the same in English */
} egca__rule_core;

const egca__rule_core *egca__deadline_rule_core(const egca_deadline_rule *rule);
/* A version's place among its rule set's versions in file order: egca_rules_deadline_at(rules, index) is
 * it. What is kept per version outside the rule set is kept by this index. */
size_t egca__deadline_rule_index(const egca_deadline_rule *rule);

/* Whether a rule's instances are the rounds of the application's acceptance (行政许可法 第三十二条), which
 * establish the day the application counts as accepted: a lapse deems acceptance and the application's receipt
 * starts them. A change's or renewal's acceptance (started by its filing) is deemed for itself only. */
static inline int egca__establishes_acceptance(const egca__applies *a)
{
  return a->deems == EGCA__DEEMS_ACCEPTED && (a->starts & EGCA__EVENT_BIT(EGCA_EVENT_RECEIVED)) != 0;
}
static inline const egca__applies *egca__deadline_rule_applies(const egca_deadline_rule *rule)
{
  return &egca__deadline_rule_core(rule)->applies;
}

/* --- The rule index: every rule id with its versions, built once when the rules are loaded ------------- */

/* One rule: its id and its versions, oldest first (no fixed number of them). */
typedef struct egca__rule_group {
  const char *id;
  const egca_deadline_rule *const *versions;
  const egca__rule_core *const *cores; /* each version's core, in the same order */
  const egca_date *effective_from;     /* each version's first day, in the same order */
  size_t count;
  const struct egca__rule_group *extended_by; /* the rule whose "extends" names this one, or NULL */
  const egca__applies *applies;               /* the latest version's declaration: it decides the instances */
  egca_date licence_from;                     /* the rule set's "licence" start: earlier days are refused */
  const char *licence_reason;                 /* why (NULL: no licence start declared) */
  const char *licence_reason_en;              /* the same in English */
  int sets_question;  /* the open question whose readings set its unit or roll, and the one that decides */
  int roll_question;  /* its rest-day roll, or -1: written when the readings load (egca__readings_parse), read
                         by every period computation (egca__sets_question, egca__roll_question) */
  int consults;       /* 1 when computing it reads a question: sets_question or roll_question is one, or a
                         version is a term (certificate_last_day, deadline.c); written with them */
  unsigned acts_on; /* the event types whose presence in a case lets the rule give it anything (EGCA__EVENT_BIT),
                     * with EGCA__ACTS_ALWAYS where it may act whatever the case holds; 0: never (computed on
                     * request only). Made at load from `applies`, read for every case. */
  int office_time;  /* 1 when the latest version's authority is the acceptance office (whose calendar counts it) */
} egca__rule_group;

/* The rule of id `id` among `count` rules (NULL when there is none). egca_deadline_compute looks its rule up
 * at every call: the first two bytes decide for most rules, so strcmp runs about once (an id is never
 * empty, so id[1] is read only when id[0] matched a letter, not the end). */
static inline const egca__rule_group *egca__rule_group_find(const egca__rule_group *groups, size_t count, const char *id)
{
  if (id == NULL)
    return NULL;
  for (const egca__rule_group *g = groups, *end = groups + count; g < end; g++)
    if (g->id[0] == id[0] && g->id[1] == id[1] && strcmp(g->id, id) == 0)
      return g;
  return NULL;
}

/* --- The deadline rules of a rule set: deadlines.json compiled (deadline_rules.c) --------------------------- */

/* Filled by egca__deadline_rules_parse; the rule set (ruleset.c) embeds one and reads the index (groups)
 * directly; the versions themselves are opaque outside deadline_rules.c. */
typedef struct egca__deadline_rules {
  egca_deadline_rule *deadlines; /* file order */
  size_t deadline_count;
  /* The index, built once at load: one group per rule id, in the order of its first entry, each pointing
   * to its versions, oldest first, in by_group. */
  egca__rule_group *groups;
  size_t group_count;
  const egca_deadline_rule **by_group;
  const egca__rule_core **cores;  /* by_group's cores, and their first days, in the same order */
  egca_date *effective_from;
  egca_date licence_from;         /* "licence": the first day any rule applies (EGCA_DATE_NONE: not declared) */
  char *licence_reason;           /* why an earlier day is refused, with its basis */
  char *licence_reason_en;
} egca__deadline_rules;

/* Validates and compiles deadlines.json (already parsed strictly) into *out (zeroed by the caller). Its
 * "laws" member is read into *laws (citation.h) in the file's order of checks: the rule set keeps that
 * table for the citations of all four files, and this file's citations are resolved through it. On failure
 * err names the file, line:column and JSON pointer, and what was built is left for
 * egca__deadline_rules_free (and egca__laws_free) to free. */
struct egca__laws;
int egca__deadline_rules_parse(egca__deadline_rules *out, struct egca__laws *laws, const egca__json_doc *doc,
                               egca_error *err);
void egca__deadline_rules_free(egca__deadline_rules *rules);
/* The version at `index` in file order (NULL past the last). */
const egca_deadline_rule *egca__deadline_rules_at(const egca__deadline_rules *rules, size_t index);
/* The version of rule `id` in force on `on` (EGCA_DATE_NONE: the latest); EGCA_E_NOTFOUND naming the rule
 * when there is no such rule or no version in force yet. */
int egca__deadline_rules_find(const egca_deadline_rule **out, const egca__deadline_rules *rules, const char *id,
                              egca_date on, egca_error *err);

/* The one choice of a version, for every caller: the version of `g` in force on `on` (the latest
 * effective_from not after it; on = EGCA_DATE_NONE: the latest). When none is in force yet, the earliest,
 * with *not_in_force set (the caller says so: a finding, a flag of the result). */
static inline size_t egca__rule_version_index(const egca__rule_group *g, egca_date on, int *not_in_force)
{
  /* Versions are sorted oldest first: the last one not after `on` is in force. Rules get a version every
   * few years, so a scan from the newest ends at once. */
  size_t i = g->count;
  if (on != EGCA_DATE_NONE)
    while (i > 0 && g->effective_from[i - 1] > on)
      i--;
  *not_in_force = i == 0;
  return i > 0 ? i - 1 : 0;
}

static inline const egca_deadline_rule *egca__rule_version(const egca__rule_group *g, egca_date on, int *not_in_force)
{
  return g->versions[egca__rule_version_index(g, on, not_in_force)];
}

/* Fills what egca_deadline says of the version it applied: version, unit, direction, cutoffs, basis, guide,
 * contested. */
void egca__deadline_describe(egca_deadline *out, const egca_deadline_rule *version);

/* --- The one computation of a deadline instance (src/deadline.c) ------------------------------------------- */

typedef struct egca__instance {
  const egca_deadline_rule *version; /* the version applied */
  const egca__rule_core *core;       /* its core */
  int not_in_force;                  /* no version was in force on the anchor: the earliest was applied */
  int count;                         /* the count applied: an extension's base + its own, or + `extra`'s */
  egca_period_unit unit;             /* the unit applied (a reading may set another than the version's) */
  int base_count;                    /* for a rule that extends another: its base's count, else 0 */
  egca_period_result period;         /* due, status, provisional, ambiguous, other_reading */
  int year;                          /* nominal_on_gap: a year without holiday data the period needs, else 0 */
  egca_date nominal;                 /* then the day it would fall on with no holiday (NONE: an open pause) */
  int refused;                       /* 1: the version in force sets no period (core->refused says why);
                                        2: the anchor is before the licence existed; the call failed */
} egca__instance;

/* Computes rule `g` from `anchor` with the version in force then (egca__rule_version), the pauses (ignored
 * unless the version excludes pauses), the readings of `sel` (the questions it engages are marked), and the count of the version of `extra` in force on the
 * anchor added (an approved extension; NULL: none). With nominal_on_gap, a period that needs a year
 * without holiday data gives period.due = NONE with `year` and `nominal` set instead of EGCA_E_COVERAGE, and a
 * refusal (`refused` set) returns EGCA_E_INVALID without a message (the caller gives the rules' reason).
 * `trace` may be NULL. Returns what egca_period_compute returns. egca_deadline_compute and the timeline
 * both compute through it. */
struct egca__selection;
int egca__instance_compute(egca__instance *out, const egca__rule_group *g, const egca_calendar *calendar,
                           egca_date anchor, const egca_pause *pauses, size_t pause_count,
                           struct egca__selection *sel, const egca__rule_group *extra, int nominal_on_gap, egca_period_trace *trace,
                           egca_error *err);

#endif
