/* egca — an applicant's profile: the facts of 第六条's conditions that an applicant states, their paths, types
 * and Chinese names (the profile format, docs/profile.md), and the materials it lists; parsed strictly.
 * Place in the flow: an input of the evaluation (assess.c), beside the rule set; the conditions compiler
 * (conditions.c) reads the list of facts to check every fact a rule names. It knows neither of them.
 * Internal to the library. */
#ifndef EGCA_PROFILE_H
#define EGCA_PROFILE_H

#include "arena.h"
#include "internal.h"

typedef enum egca__value_type {
  EGCA__VALUE_BOOL,
  EGCA__VALUE_NUMBER,
  EGCA__VALUE_COUNT, /* a head count: a whole number */
  EGCA__VALUE_STRING
} egca__value_type;

typedef struct egca__fact_def {
  const char *path;
  egca__value_type type;
  const char *label;
  const char *label_en; /* the same in English */
} egca__fact_def;

/* The facts a profile may state, in the order of docs/profile.md; a rule naming any other fact is refused
 * when the rules load. */
#define EGCA__FACT_COUNT 25
extern const egca__fact_def egca__facts[]; /* EGCA__FACT_COUNT of them */

/* A head count lies in [0, EGCA__COUNT_MAX]; a rule's literal compared with counts, in
 * [-EGCA__COUNT_MAX, EGCA__COUNT_MAX]. */
#define EGCA__COUNT_MAX 1000000L

/* The member of a profile that lists the materials submitted. */
#define EGCA__PROFILE_MATERIALS "materials"

/* A fact's value or a literal of a rule. */
typedef struct egca__value {
  egca__value_type type;
  double number;
  int boolean;
  const char *string;
} egca__value;

/* A parsed profile: each fact present or not, and its value; the material ids listed, in order. */
struct egca_profile {
  egca__arena mem;
  char *text; /* the JSON text, kept so that egca_assess can point at a bad material id */
  size_t len;
  char *source;
  int present[EGCA__FACT_COUNT];
  egca__value values[EGCA__FACT_COUNT];
  size_t material_count;
  const char **materials;
};

/* The index of the fact at `path` in egca__facts, or -1. */
int egca__fact_index(const char *path);

static inline int egca__value_numeric(egca__value_type t)
{
  return t == EGCA__VALUE_NUMBER || t == EGCA__VALUE_COUNT;
}

/* "a boolean", "a string", "a number" (布尔值, 字符串, 数字 in Chinese): a type as messages name it. */
const char *egca__value_type_noun(egca__value_type t, egca_lang lang);

#endif
