/* egca — the rule set: reads the four rules files (a directory, texts given, or the copies built into the
 * library), parses each strictly (json.h) and hands it to its compiler: deadlines.json to the deadline rules
 * (deadline_rules.c), conditions.json and materials.json to the conditions' (conditions.c), readings.json to the
 * readings' (readings.c), the last two with the laws' table deadlines.json declares (citation.h) and the
 * readings with the deadline rules' index. One egca_rules holds the whole licence; the getters that need
 * all of it are here. It parses no schema of its own.
 * Place in the flow: first: rule set -> deadline rules, readings, conditions -> deadline, timeline, assess
 * -> output. */

#include "ruleset.h"
#include "citation.h"
#include "conditions.h"
#include "deadline_rules.h"
#include "readings.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RULES_FILE_MAX (4u << 20)
#define RULES_FILES EGCA_RULES_FILES /* deadlines, conditions, materials, readings */

struct egca_rules {
  egca__deadline_rules deadline;  /* deadlines.json (deadline_rules.c) */
  egca__laws laws;                /* the laws' English names (deadlines.json "laws"), for every citation of the
                                     four files */
  egca_assess_rules *assess;      /* conditions.json and materials.json (conditions.c) */
  egca__readings *readings;       /* the open questions (readings.json, readings.c) */
  /* What later steps made of the set when first needed (egca__rules_memo): each slot filled once, under
   * memo_lock, and read without it once filled (the acquire load pairs with the release store). */
  struct {
    _Atomic(void *) value;
    egca__rules_memo_drop drop;
  } memo[EGCA__RULES_MEMOS];
  pthread_mutex_t memo_lock;
};

EGCA_API void egca_rules_free(egca_rules *rules)
{
  if (rules == NULL)
    return;
  egca__deadline_rules_free(&rules->deadline);
  egca__laws_free(&rules->laws);
  egca__assess_rules_free(rules->assess);
  egca__readings_free(rules->readings);
  for (size_t i = 0; i < EGCA__RULES_MEMOS; i++) {
    void *memo = atomic_load_explicit(&rules->memo[i].value, memory_order_acquire);
    if (memo != NULL)
      rules->memo[i].drop(memo);
  }
  pthread_mutex_destroy(&rules->memo_lock);
  free(rules);
}

/* --- Loading ----------------------------------------------------------------------------------------- */

typedef struct rules_text {
  const char *data;
  size_t len;
  const char *source;
  const egca__json_compiled *tree; /* the text's tree compiled at build time (json.h), or NULL: parse it */
} rules_text;

/* Builds the rule set from the four texts (deadlines, conditions, materials, readings). */
static int build(egca_rules **out, const rules_text texts[RULES_FILES], egca_error *err)
{
  *out = NULL;
  egca_rules *rules = calloc(1, sizeof *rules);
  if (rules == NULL)
    return egca__fail_nomem(err);
  for (size_t i = 0; i < EGCA__RULES_MEMOS; i++)
    atomic_init(&rules->memo[i].value, NULL);
  if (pthread_mutex_init(&rules->memo_lock, NULL) != 0) { /* before anything egca_rules_free frees */
    free(rules);
    return egca__fail_nomem(err);
  }
  egca__json_doc docs[RULES_FILES] = {{0}};
  int rc = 0;
  for (int i = 0; i < RULES_FILES && rc == 0; i++)
    rc = texts[i].tree != NULL
             ? egca__json_doc_shipped(&docs[i], texts[i].tree, texts[i].data, texts[i].len, texts[i].source, err)
             : egca__json_parse(&docs[i], texts[i].data, texts[i].len, texts[i].source, err);
  if (rc == 0)
    rc = egca__deadline_rules_parse(&rules->deadline, &rules->laws, &docs[0], err);
  if (rc == 0)
    rc = egca__assess_rules_parse(&rules->assess, &docs[1], &docs[2], &rules->laws, err);
  if (rc == 0)
    rc = egca__readings_parse(&rules->readings, &docs[3], rules->deadline.groups, rules->deadline.group_count,
                              &rules->laws, err);
  for (int i = 0; i < RULES_FILES; i++)
    egca__json_doc_free(&docs[i]);
  if (rc < 0) {
    egca_rules_free(rules);
    return rc;
  }
  *out = rules;
  return 0;
}

static const char *const file_names[RULES_FILES] = {"deadlines.json", "conditions.json", "materials.json",
                                                   "readings.json"};

EGCA_API int egca_rules_default(egca_rules **out, egca_error *err)
{
  static const char *const sources[RULES_FILES] = {"<memory:deadlines.json>", "<memory:conditions.json>",
                                                   "<memory:materials.json>", "<memory:readings.json>"};
  rules_text texts[RULES_FILES];
  *out = NULL;
  for (int i = 0; i < RULES_FILES; i++) {
    size_t k = 0;
    while (k < egca__embedded_rules_count && strcmp(egca__embedded_rules[k].name, file_names[i]) != 0)
      k++;
    if (k == egca__embedded_rules_count)
      return egca__fail(err, EGCA_E_NOTFOUND, sources[i], 0,
                        EGCA__TR(err, "the library was built without %s", "本库构建时未包含%s"), file_names[i]);
    texts[i].data = egca__embedded_rules[k].data;
    texts[i].len = egca__embedded_rules[k].len;
    texts[i].source = sources[i];
    /* Its tree as the build parsed it (tools/compile_rules.c), when it has one: the same tree, without
     * reading the text again at every load. */
    texts[i].tree = NULL;
    for (size_t c = 0; c < egca__compiled_rules_count && texts[i].tree == NULL; c++)
      if (strcmp(egca__compiled_rules[c].name, file_names[i]) == 0)
        texts[i].tree = &egca__compiled_rules[c];
  }
  return build(out, texts, err);
}

EGCA_API int egca_rules_load(egca_rules **out, const char *dir, egca_error *err)
{
  *out = NULL;
  if (dir == NULL || dir[0] == '\0')
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "no rules directory given", "未给出规则目录"));
  char *paths[RULES_FILES] = {NULL};
  char *data[RULES_FILES] = {NULL};
  rules_text texts[RULES_FILES];
  int rc = 0;
  const size_t dir_len = strlen(dir);
  const int slash = dir[dir_len - 1] == '/';
  for (int i = 0; i < RULES_FILES && rc == 0; i++) {
    size_t n = dir_len + 1 + strlen(file_names[i]) + 1;
    paths[i] = malloc(n);
    if (paths[i] == NULL) {
      rc = egca__fail_nomem(err);
      break;
    }
    snprintf(paths[i], n, "%s%s%s", dir, slash ? "" : "/", file_names[i]);
    rc = egca__read_input(&data[i], &texts[i].len, paths[i], RULES_FILE_MAX, 0, err);
    texts[i].data = data[i];
    texts[i].source = paths[i];
    texts[i].tree = NULL;
  }
  if (rc == 0)
    rc = build(out, texts, err);
  for (int i = 0; i < RULES_FILES; i++) {
    free(data[i]);
    free(paths[i]);
  }
  return rc;
}

EGCA_API int egca_rules_parse(egca_rules **out, const char *const sources[EGCA_RULES_FILES],
                              const char *const texts[EGCA_RULES_FILES], const size_t lengths[EGCA_RULES_FILES],
                              egca_error *err)
{
  *out = NULL;
  if (sources == NULL || texts == NULL || lengths == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "egca_rules_parse: no sources, texts or lengths",
                               "egca_rules_parse：未给出sources、texts或lengths"));
  rules_text t[RULES_FILES];
  for (int i = 0; i < RULES_FILES; i++) {
    if (sources[i] == NULL || (texts[i] == NULL && lengths[i] > 0))
      return egca__fail(
          err, EGCA_E_INVALID, NULL, 0,
          EGCA__TR(err, "egca_rules_parse: no source name or text for %s", "egca_rules_parse：%s没有来源名或文本"),
          file_names[i]);
    if (lengths[i] > RULES_FILE_MAX)
      return egca__fail(err, EGCA_E_INVALID, sources[i], 0,
                        EGCA__TR(err, "larger than the limit of %u MiB for a rules file", "超过规则文件%u MiB的上限"),
                        RULES_FILE_MAX >> 20);
    t[i] = (rules_text){.data = texts[i] != NULL ? texts[i] : "", .len = lengths[i], .source = sources[i]};
  }
  return build(out, t, err);
}

/* --- What the set holds ------------------------------------------------------------------------------- */

const egca_assess_rules *egca__rules_assess(const egca_rules *rules) { return rules != NULL ? rules->assess : NULL; }

const egca__readings *egca__rules_readings(const egca_rules *rules) { return rules->readings; }

EGCA_API size_t egca_rules_question_count(const egca_rules *rules)
{
  return rules != NULL ? egca__questions(rules->readings) : 0;
}

EGCA_API const egca_question *egca_rules_question_at(const egca_rules *rules, size_t index)
{
  return rules != NULL ? egca__question_at(rules->readings, index) : NULL;
}

EGCA_API const egca_question *egca_rules_question(const egca_rules *rules, const char *id)
{
  return rules != NULL ? egca__question_find(rules->readings, id) : NULL;
}

/* --- The deadline rules of the set ---------------------------------------------------------------------- */

const egca__deadline_rules *egca__rules_deadline_index(const egca_rules *rules) { return &rules->deadline; }

EGCA_API size_t egca_rules_deadline_count(const egca_rules *rules)
{
  return rules != NULL ? rules->deadline.deadline_count : 0;
}

EGCA_API const egca_deadline_rule *egca_rules_deadline_at(const egca_rules *rules, size_t index)
{
  return rules != NULL ? egca__deadline_rules_at(&rules->deadline, index) : NULL;
}

EGCA_API int egca_rules_deadline(const egca_deadline_rule **out, const egca_rules *rules, const char *id, egca_date on,
                                 egca_error *err)
{
  *out = NULL;
  if (rules == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "no rules given", "未给出规则"));
  if (on != EGCA_DATE_NONE && (on < EGCA_DATE_MIN || on > EGCA_DATE_MAX))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "the date is out of range", "日期超出范围"));
  return egca__deadline_rules_find(out, &rules->deadline, id, on, err);
}

/* --- What later steps make of the set ------------------------------------------------------------------- */

int egca__rules_memo(const void **out, const egca_rules *rules, unsigned slot, egca__rules_memo_make make,
                     egca__rules_memo_drop drop, egca_error *err)
{
  *out = NULL;
  if (rules == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, EGCA__TR(err, "no rules given", "未给出规则"));
  if (slot >= EGCA__RULES_MEMOS)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "the rule set has no slot %u", "规则集没有第%u个槽位"), slot);
  /* The set is shared read-only; its slots are the one part filled after loading, and only here. */
  egca_rules *set = (egca_rules *)rules;
  void *memo = atomic_load_explicit(&set->memo[slot].value, memory_order_acquire);
  if (memo != NULL) {
    *out = memo;
    return 0;
  }
  pthread_mutex_lock(&set->memo_lock);
  int rc = 0;
  memo = atomic_load_explicit(&set->memo[slot].value, memory_order_relaxed); /* another thread may have made it */
  if (memo == NULL && (rc = make(&memo, rules, slot, err)) >= 0) {
    set->memo[slot].drop = drop;
    atomic_store_explicit(&set->memo[slot].value, memo, memory_order_release);
  }
  pthread_mutex_unlock(&set->memo_lock);
  if (rc < 0)
    return rc;
  *out = memo;
  return 0;
}
