/* egca — what the outputs write of a deadline rule version (its guide text, its title and basis as JSON),
 * the table of those texts made once per rule set for every writer, and the deadline's JSON
 * (deadline_output.c).
 * Place in the flow: output: deadline rules (deadline_rules.h), the rule set's slots for what later steps
 * make of it (ruleset.h) -> here -> the timeline's and the page's writers (timeline_output.c, html.c) and the
 * batch (batch.c, which asks for the table before its threads start). The rule set keeps the table but
 * knows nothing of these texts. */
#ifndef EGCA_DEADLINE_OUTPUT_H
#define EGCA_DEADLINE_OUTPUT_H

#include "buffer.h"
#include "deadline_rules.h"

#include <pthread.h>
#include <stdatomic.h>

/* A citation is cut to this many bytes less one where egca_basis_format_lang writes it into the output. */
#define EGCA__CITATION_MAX 512

/* --- A rule version's texts, written where they are needed ------------------------------------------------ */

/* The guide's section and item as one text ("服务指南 办理基本流程（一）新申请 2", "Service Guide, ..." in
 * English), given as the pieces to write one after the other (no copy of the whole: a batch's writers
 * allocate nothing per deadline); returns how many, 0 when the version names neither. */
#define EGCA__GUIDE_PIECES 4
size_t egca__rule_guide_pieces(const char *piece[EGCA__GUIDE_PIECES], const egca_deadline_rule *rule, egca_lang lang);

/* Appends the basis as a JSON array of strings: each citation (egca_basis_format_lang, cut at
 * EGCA__CITATION_MAX) and then the guide's text, separated by ", " (pretty) or "," (compact). */
void egca__rule_json_basis(egca__buf *out, const egca_deadline_rule *rule, int compact, egca_lang lang);

/* --- The table of those texts, kept by the rule set: what a deadline's JSON copies of its version --------- */

/* One version's texts in the table's language: the start of a deadline's compact JSON up to the value of
 * "ref", {"rule":"ID","title":TITLE,"ref": , and its basis (egca__rule_json_basis), compact and pretty.
 * Made when a writer first needs them (egca__rule_texts_of): `ready` says they are, and once set they do
 * not change. */
typedef struct egca__rule_json {
  const egca_deadline_rule *rule; /* the version they are of */
  atomic_int ready;
  char *head;
  size_t head_len;
  char *basis;
  size_t basis_len;
  char *basis_pretty;
  size_t basis_pretty_len;
} egca__rule_json;

/* One of the library's names (a status, a unit), quoted, in a slot of fixed size: a writer copies the whole
 * slot into room it made, a copy of constant size, and moves on by len. len 0: no such name. */
typedef struct egca__quoted_name {
  char text[24];
  size_t len;
} egca__quoted_name;

/* Every version of one rule set, by egca__deadline_rule_index, in one language, and the names of the
 * statuses and units a deadline's JSON holds. Shared by every writer and thread: a version's texts are
 * made, under `lock`, by the first writer that needs them, and only read after. */
typedef struct egca__rule_texts {
  egca_lang lang;
  size_t count;
  egca__rule_json *of;
  pthread_mutex_t lock;
  size_t made;        /* versions whose texts are made (under lock) */
  atomic_int complete; /* every version's are (set once made == count) */
  egca__quoted_name status[16]; /* by egca_timeline_status */
  egca__quoted_name unit[8];    /* by egca_period_unit */
} egca__rule_texts;

/* The table of `rules` in `lang`, made on the first call for that rule set and language and kept with the
 * rule set (egca__rules_memo: freed with it). Only its frame is made then (the names, a slot per version),
 * not when the rules load and not every version's texts: a program that writes one case formats only what
 * that case cites, once; one that writes many copies. `all`: make every version's texts now (a batch, before
 * its threads start). *out NULL for NULL rules; out of memory: EGCA_E_NOMEM and nothing made (a later call
 * tries again). */
int egca__rule_texts_of_rules(const egca__rule_texts **out, const egca_rules *rules, egca_lang lang, int all,
                              egca_error *err);

/* Makes the texts of version `index` if no writer has (egca__rule_texts_of); 0, or -1 when out of memory
 * (nothing kept: the writer writes them itself, a later writer tries again). */
int egca__rule_texts_make(const egca__rule_texts *texts, size_t index);

/* Whether every version's texts are made: a writer that asked once (for a timeline) then reads them without
 * asking for each version (a batch's table is complete from the start). */
static inline int egca__rule_texts_complete(const egca__rule_texts *texts)
{
  return texts != NULL && atomic_load_explicit(&texts->complete, memory_order_acquire);
}

/* The texts of `version` in `lang`, made if not yet, or NULL when the table has none (another language,
 * another rule set, no table, or no memory to make them): the writer then writes them itself. `complete`:
 * egca__rule_texts_complete of the table, asked by this thread before. */
static inline const egca__rule_json *egca__rule_texts_of(const egca__rule_texts *texts, const egca_deadline_rule *version,
                                                         egca_lang lang, int complete)
{
  if (texts == NULL || texts->lang != lang)
    return NULL;
  const size_t i = egca__deadline_rule_index(version);
  if (i >= texts->count || texts->of[i].rule != version)
    return NULL;
  /* The acquire pairs with the release that published them (or, complete, with that of `complete`). */
  if (!complete && !atomic_load_explicit(&texts->of[i].ready, memory_order_acquire) &&
      egca__rule_texts_make(texts, i) < 0)
    return NULL;
  return &texts->of[i];
}

/* The quoted name of a status or unit (egca_timeline_status_name, egca_period_unit_name) from the table, or
 * NULL when it has none: the writer then writes the name itself. */
static inline const egca__quoted_name *egca__rule_texts_status(const egca__rule_texts *texts, egca_timeline_status status)
{
  const size_t n = sizeof texts->status / sizeof texts->status[0];
  return (unsigned)status < n && texts->status[status].len != 0 ? &texts->status[status] : NULL;
}

static inline const egca__quoted_name *egca__rule_texts_unit(const egca__rule_texts *texts, egca_period_unit unit)
{
  const size_t n = sizeof texts->unit / sizeof texts->unit[0];
  return (unsigned)unit < n && texts->unit[unit].len != 0 ? &texts->unit[unit] : NULL;
}

/* Writes q's name at o, into room of at least sizeof q->text; returns the end of the name. */
static inline char *egca__quoted_name_to(char *o, const egca__quoted_name *q)
{
  memcpy(o, q->text, sizeof q->text);
  return o + q->len;
}

#endif
