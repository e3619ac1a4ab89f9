/* egca — the licence's rules: loading the rules files strictly, and the deadline computation.
 *
 * deadlines.json is validated here; conditions.json and materials.json are handed to the assess module
 * (rules_internal.h), so one egca_rules holds the whole licence. Every number of a time limit comes from
 * the data; the code knows only the ten rule ids, so that the case module and the command line can name
 * them. See docs/rules.md for the format. */

#include "rules_internal.h"

#include <stdio.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define RULES_FILE_MAX (4u << 20)
#define COUNT_MAX 10000

/* The deadline rules the licence has (DESIGN.md, "The licence's rules"). */
static const char *const rule_ids[] = {
    "acceptance",   "decision",     "decision_extension", "review_time_notice", "notification",
    "status_query", "certificate_validity", "change_filing", "renewal_filing", "renewal_decision",
};
#define RULE_KINDS (sizeof rule_ids / sizeof rule_ids[0])

struct egca_deadline_rule {
  size_t kind;            /* index in rule_ids */
  char *title;
  char *starts;
  char *version;
  char *guide_section;    /* NULL when none */
  char *guide_item;
  char *note;
  egca_date effective_from;
  egca_period_unit unit;
  int count;
  egca_direction direction;
  egca_pause_policy pause;
  egca_roll roll;
  egca_period_end end;
  int cutoff;
  int cutoff_in_person;
  int contested;
  int extends;            /* kind of the extended rule, or -1 */
  egca_basis *basis;
  size_t basis_count;
  /* Derived at load for the case module's output (rules_internal.h). */
  char *guide_text;
  char *json_title;
  char *json_basis[2];    /* pretty, compact */
  size_t json_basis_compact_len;
  char *json_head;        /* {"rule":"ID","title":TITLE,"ref": */
  size_t json_head_len;
};

struct egca_rules {
  egca_deadline_rule *deadlines; /* file order */
  size_t deadline_count;
  /* Versions per rule, oldest first: by_kind[kind_start[k] .. kind_start[k] + kind_len[k]). */
  const egca_deadline_rule **by_kind;
  size_t kind_start[RULE_KINDS];
  size_t kind_len[RULE_KINDS];
  egca_assess_rules *assess;
  unsigned long serial;          /* egca__rules_serial */
};

static int find_kind(const char *id)
{
  if (id == NULL)
    return -1;
  for (size_t k = 0; k < RULE_KINDS; k++)
    if (rule_ids[k][0] == id[0] && strcmp(rule_ids[k], id) == 0)
      return (int)k;
  return -1;
}

/* --- Freeing --------------------------------------------------------------------------------------- */

static void free_rule(egca_deadline_rule *r)
{
  free(r->title);
  free(r->starts);
  free(r->version);
  free(r->guide_section);
  free(r->guide_item);
  free(r->note);
  for (size_t i = 0; i < r->basis_count; i++) {
    free((char *)r->basis[i].law);
    free((char *)r->basis[i].article);
    free((char *)r->basis[i].item);
  }
  free(r->basis);
  free(r->guide_text);
  free(r->json_title);
  free(r->json_basis[0]);
  free(r->json_basis[1]);
  free(r->json_head);
}

EGCA_API void egca_rules_free(egca_rules *rules)
{
  if (rules == NULL)
    return;
  for (size_t i = 0; i < rules->deadline_count; i++)
    free_rule(&rules->deadlines[i]);
  free(rules->deadlines);
  free(rules->by_kind);
  egca__assess_rules_free(rules->assess);
  free(rules);
}

/* --- Validating deadlines.json ------------------------------------------------------------------------ */

static int dup_string(char **out, const char *s, egca_error *err)
{
  size_t n = strlen(s) + 1;
  *out = malloc(n);
  if (*out == NULL)
    return egca__fail_nomem(err);
  memcpy(*out, s, n);
  return 0;
}

/* A member that must be a non-empty string; copied into *out (NULL when absent and optional). */
static int get_text(char **out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, const char *key,
                    int required, egca_error *err)
{
  const char *s = NULL;
  int rc = egca__json_get_string(&s, doc, obj, pointer, key, required, err);
  if (rc <= 0)
    return rc;
  if (s[0] == '\0') {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, key);
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "must not be empty");
  }
  return dup_string(out, s, err) < 0 ? EGCA_E_NOMEM : 1;
}

/* A member whose string value must be one of `names` (count of them); *out = its index. */
static int get_choice(int *out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, const char *key,
                      const char *what, const char *const *names, size_t count, egca_error *err)
{
  const char *s = NULL;
  int rc = egca__json_get_string(&s, doc, obj, pointer, key, 1, err);
  if (rc < 0)
    return rc;
  for (size_t i = 0; i < count; i++)
    if (strcmp(names[i], s) == 0) {
      *out = (int)i;
      return 0;
    }
  char p[512], expected[512];
  size_t used = 0;
  expected[0] = '\0';
  for (size_t i = 0; i < count; i++)
    used += (size_t)snprintf(expected + used, used < sizeof expected ? sizeof expected - used : 0, "%s%s",
                             i == 0 ? "" : i + 1 == count ? " or " : ", ", names[i]);
  egca__json_pointer_key(p, sizeof p, pointer, key);
  return egca__json_fail(err, EGCA_E_INVALID, doc, p, "unknown %s \"%s\": expected %s", what, s, expected);
}

/* "HH:MM" from 00:01 to 24:00 -> minutes after midnight. */
static int get_time(int *out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, const char *key,
                    int required, egca_error *err)
{
  const char *s = NULL;
  int rc = egca__json_get_string(&s, doc, obj, pointer, key, required, err);
  if (rc <= 0)
    return rc;
  int ok = strlen(s) == 5 && s[2] == ':';
  for (int i = 0; ok && i < 5; i++)
    ok = i == 2 || (s[i] >= '0' && s[i] <= '9');
  int minutes = ok ? ((s[0] - '0') * 10 + (s[1] - '0')) * 60 + (s[3] - '0') * 10 + (s[4] - '0') : 0;
  if (!ok || s[3] > '5' || minutes == 0 || minutes > 24 * 60) {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, key);
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "\"%s\" is not a time of day HH:MM from 00:01 to 24:00", s);
  }
  *out = minutes;
  return 1;
}

static int parse_basis(egca_deadline_rule *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                       egca_error *err)
{
  char p[512], q[512];
  egca__json_pointer_key(p, sizeof p, pointer, "basis");
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(obj, "basis");
  if (list == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, pointer, "missing required field \"basis\"");
  int rc = egca__json_expect_array(doc, list, p, err);
  if (rc < 0)
    return rc;
  size_t n = (size_t)cJSON_GetArraySize(list);
  if (n > 0) {
    r->basis = calloc(n, sizeof *r->basis);
    if (r->basis == NULL)
      return egca__fail_nomem(err);
  }
  static const char *const keys[] = {"law", "article", "item", NULL};
  size_t i = 0;
  for (const cJSON *b = list->child; b != NULL; b = b->next, i++) {
    egca__json_pointer_index(q, sizeof q, p, i);
    if ((rc = egca__json_expect_object(doc, b, q, err)) < 0 || (rc = egca__json_check_keys(doc, b, q, keys, err)) < 0)
      return rc;
    char *law = NULL, *article = NULL, *item = NULL;
    if ((rc = get_text(&law, doc, b, q, "law", 1, err)) >= 0 && (rc = get_text(&article, doc, b, q, "article", 1, err)) >= 0)
      rc = get_text(&item, doc, b, q, "item", 0, err);
    r->basis[i].law = law;
    r->basis[i].article = article;
    r->basis[i].item = item;
    r->basis_count = i + 1;
    if (rc < 0)
      return rc;
  }
  return 0;
}

static int parse_guide(egca_deadline_rule *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                       egca_error *err)
{
  const cJSON *g = cJSON_GetObjectItemCaseSensitive(obj, "guide");
  if (g == NULL)
    return 0;
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "guide");
  static const char *const keys[] = {"section", "item", NULL};
  int rc;
  if ((rc = egca__json_expect_object(doc, g, p, err)) < 0 || (rc = egca__json_check_keys(doc, g, p, keys, err)) < 0)
    return rc;
  if ((rc = get_text(&r->guide_section, doc, g, p, "section", 1, err)) < 0)
    return rc;
  rc = get_text(&r->guide_item, doc, g, p, "item", 0, err);
  return rc < 0 ? rc : 0;
}

static const char *const unit_names[] = {"working_days", "days", "years"};
static const char *const direction_names[] = {"after", "before"};
static const char *const pause_names[] = {"none", "exclude"};
static const char *const roll_names[] = {"none", "next_working_day", "earlier_or_later"};
static const char *const end_names[] = {"last_day", "first_working_day_after"};

static int parse_rule(egca_deadline_rule *r, int *extends_out, const egca__json_doc *doc, const cJSON *obj,
                      const char *pointer, egca_error *err)
{
  static const char *const keys[] = {"id",        "title", "starts", "effective_from", "version", "basis",
                                     "guide",     "unit",  "count",  "direction",      "pause",   "roll",
                                     "result",    "cutoff", "cutoff_in_person", "extends", "contested", "note",
                                     NULL};
  char p[512];
  int rc;
  if ((rc = egca__json_expect_object(doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_check_keys(doc, obj, pointer, keys, err)) < 0)
    return rc;
  int kind = 0;
  if ((rc = get_choice(&kind, doc, obj, pointer, "id", "rule id", rule_ids, RULE_KINDS, err)) < 0)
    return rc;
  r->kind = (size_t)kind;
  r->extends = -1;
  if ((rc = get_text(&r->title, doc, obj, pointer, "title", 1, err)) < 0 ||
      (rc = get_text(&r->starts, doc, obj, pointer, "starts", 1, err)) < 0 ||
      (rc = egca__json_get_date(&r->effective_from, doc, obj, pointer, "effective_from", 1, err)) < 0 ||
      (rc = get_text(&r->version, doc, obj, pointer, "version", 1, err)) < 0 ||
      (rc = parse_basis(r, doc, obj, pointer, err)) < 0 || (rc = parse_guide(r, doc, obj, pointer, err)) < 0)
    return rc;
  int unit = 0, direction = 0, pause = 0, roll = 0, end = 0;
  long count;
  if ((rc = get_choice(&unit, doc, obj, pointer, "unit", "unit", unit_names, 3, err)) < 0 ||
      (rc = egca__json_get_int(&count, doc, obj, pointer, "count", 0, COUNT_MAX, 1, err)) < 0 ||
      (rc = get_choice(&direction, doc, obj, pointer, "direction", "direction", direction_names, 2, err)) < 0 ||
      (rc = get_choice(&pause, doc, obj, pointer, "pause", "pause policy", pause_names, 2, err)) < 0 ||
      (rc = get_choice(&roll, doc, obj, pointer, "roll", "roll policy", roll_names, 3, err)) < 0 ||
      (rc = get_choice(&end, doc, obj, pointer, "result", "result", end_names, 2, err)) < 0 ||
      (rc = get_time(&r->cutoff, doc, obj, pointer, "cutoff", 1, err)) < 0 ||
      (rc = get_time(&r->cutoff_in_person, doc, obj, pointer, "cutoff_in_person", 0, err)) < 0 ||
      (rc = egca__json_get_bool(&r->contested, doc, obj, pointer, "contested", 0, err)) < 0 ||
      (rc = get_text(&r->note, doc, obj, pointer, "note", 0, err)) < 0)
    return rc;
  r->unit = (egca_period_unit)unit;
  r->count = (int)count;
  r->direction = (egca_direction)direction;
  r->pause = (egca_pause_policy)pause;
  r->roll = (egca_roll)roll;
  r->end = (egca_period_end)end;

  /* Combinations that the arithmetic cannot honour. */
  if (r->pause == EGCA_PAUSE_EXCLUDE && r->unit != EGCA_UNIT_WORKING_DAYS) {
    egca__json_pointer_key(p, sizeof p, pointer, "pause");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "pause \"exclude\" needs unit \"working_days\": only working "
                                                        "days are left out of a pause (行政许可法 第四十五条)");
  }
  if (r->roll != EGCA_ROLL_NONE && r->unit == EGCA_UNIT_WORKING_DAYS) {
    egca__json_pointer_key(p, sizeof p, pointer, "roll");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           "a working-day period always ends on a working day: roll must be \"none\"");
  }
  if (r->contested && r->note == NULL) {
    egca__json_pointer_key(p, sizeof p, pointer, "contested");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "a contested rule needs a \"note\" saying why");
  }
  if (r->basis_count == 0 && r->guide_section == NULL) {
    egca__json_pointer_key(p, sizeof p, pointer, "basis");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "a rule needs a legal basis or the guide's section");
  }
  const char *extends = NULL;
  if ((rc = egca__json_get_string(&extends, doc, obj, pointer, "extends", 0, err)) < 0)
    return rc;
  if (rc > 0) {
    egca__json_pointer_key(p, sizeof p, pointer, "extends");
    int base = find_kind(extends);
    if (base < 0)
      return egca__json_fail(err, EGCA_E_INVALID, doc, p, "unknown rule id \"%s\"", extends);
    if (base == kind)
      return egca__json_fail(err, EGCA_E_INVALID, doc, p, "a rule cannot extend itself");
    r->extends = base;
  }
  *extends_out = r->extends;
  return 0;
}

/* Rules that extend another: the base must exist in every version, count the same unit the same way, and
 * not extend a third rule. */
static int check_extensions(const egca_rules *rules, const egca__json_doc *doc, egca_error *err)
{
  char p[512], q[512];
  for (size_t i = 0; i < rules->deadline_count; i++) {
    const egca_deadline_rule *r = &rules->deadlines[i];
    if (r->extends < 0)
      continue;
    egca__json_pointer_index(q, sizeof q, "/deadlines", i);
    egca__json_pointer_key(p, sizeof p, q, "extends");
    const size_t base = (size_t)r->extends;
    for (size_t j = 0; j < rules->kind_len[base]; j++) {
      const egca_deadline_rule *b = rules->by_kind[rules->kind_start[base] + j];
      if (b->extends >= 0)
        return egca__json_fail(err, EGCA_E_INVALID, doc, p, "\"%s\" itself extends \"%s\": extensions do not chain",
                               rule_ids[base], rule_ids[b->extends]);
      if (b->unit != r->unit || b->direction != r->direction)
        return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                               "\"%s\" counts %s %s; an extension must count the same unit the same way",
                               rule_ids[base], unit_names[b->unit], direction_names[b->direction]);
    }
  }
  return 0;
}

/* --- What the timeline writes of a rule ----------------------------------------------------------------- */

/* A growing string for the texts below. */
typedef struct out_text {
  char *s;
  size_t len, cap;
} out_text;

static int out_reserve(out_text *o, size_t more)
{
  if (o->len + more + 1 <= o->cap)
    return 0;
  size_t cap = o->cap ? o->cap : 256;
  while (cap < o->len + more + 1)
    cap *= 2;
  char *p = realloc(o->s, cap);
  if (p == NULL)
    return -1;
  o->s = p;
  o->cap = cap;
  return 0;
}

static int out_put(out_text *o, const char *s)
{
  const size_t n = strlen(s);
  if (out_reserve(o, n) < 0)
    return -1;
  memcpy(o->s + o->len, s, n + 1);
  o->len += n;
  return 0;
}

/* s as a JSON string, quotes included. */
static int out_json_string(out_text *o, const char *s)
{
  const size_t n = strlen(s);
  if (out_reserve(o, 6 * n + 2) < 0)
    return -1;
  o->s[o->len++] = '"';
  o->len += egca__json_escape(o->s + o->len, s, n);
  o->s[o->len++] = '"';
  o->s[o->len] = '\0';
  return 0;
}

static int derive_output(egca_deadline_rule *r, egca_error *err)
{
  if (r->guide_section != NULL || r->guide_item != NULL) {
    out_text g = {0};
    int rc = out_put(&g, "服务指南 ");
    if (rc == 0 && r->guide_section != NULL)
      rc = out_put(&g, r->guide_section);
    if (rc == 0 && r->guide_item != NULL && r->guide_section != NULL)
      rc = out_put(&g, " ");
    if (rc == 0 && r->guide_item != NULL)
      rc = out_put(&g, r->guide_item);
    r->guide_text = g.s;
    if (rc < 0)
      return egca__fail_nomem(err);
  }
  out_text title = {0};
  int rc = out_json_string(&title, r->title);
  r->json_title = title.s;
  for (int compact = 0; compact < 2 && rc == 0; compact++) {
    out_text basis = {0};
    rc = out_put(&basis, "[");
    for (size_t i = 0; i <= r->basis_count && rc == 0; i++) {
      char citation[EGCA__CITATION_MAX];
      const char *text = i < r->basis_count ? citation : r->guide_text;
      if (text == NULL)
        break;
      if (i < r->basis_count)
        egca_basis_format(citation, sizeof citation, &r->basis[i]);
      if (i > 0)
        rc = out_put(&basis, compact ? "," : ", ");
      if (rc == 0)
        rc = out_json_string(&basis, text);
    }
    if (rc == 0)
      rc = out_put(&basis, "]");
    r->json_basis[compact] = basis.s;
    if (compact)
      r->json_basis_compact_len = basis.len;
  }
  out_text head = {0};
  if (rc == 0)
    rc = out_put(&head, "{\"rule\":\"");
  if (rc == 0)
    rc = out_put(&head, rule_ids[r->kind]);
  if (rc == 0)
    rc = out_put(&head, "\",\"title\":");
  if (rc == 0)
    rc = out_put(&head, r->json_title);
  if (rc == 0)
    rc = out_put(&head, ",\"ref\":");
  r->json_head = head.s;
  r->json_head_len = head.len;
  return rc < 0 ? egca__fail_nomem(err) : 0;
}

const char *egca__deadline_rule_guide_text(const egca_deadline_rule *rule) { return rule->guide_text; }
const char *egca__deadline_rule_json_title(const egca_deadline_rule *rule) { return rule->json_title; }
const char *egca__deadline_rule_json_basis(const egca_deadline_rule *rule, int compact)
{
  return rule->json_basis[compact != 0];
}

const char *egca__deadline_rule_json_head(const egca_deadline_rule *rule, size_t *len)
{
  *len = rule->json_head_len;
  return rule->json_head;
}

const char *egca__deadline_rule_json_basis_compact(const egca_deadline_rule *rule, size_t *len)
{
  *len = rule->json_basis_compact_len;
  return rule->json_basis[1];
}

static int cmp_version(const void *a, const void *b)
{
  const egca_deadline_rule *x = *(const egca_deadline_rule *const *)a, *y = *(const egca_deadline_rule *const *)b;
  if (x->kind != y->kind)
    return x->kind < y->kind ? -1 : 1;
  return (x->effective_from > y->effective_from) - (x->effective_from < y->effective_from);
}

static int parse_deadlines(egca_rules *rules, const egca__json_doc *doc, egca_error *err)
{
  static const char *const top_keys[] = {"deadlines", NULL};
  int rc;
  if ((rc = egca__json_expect_object(doc, doc->root, "", err)) < 0 ||
      (rc = egca__json_check_keys(doc, doc->root, "", top_keys, err)) < 0)
    return rc;
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(doc->root, "deadlines");
  if (list == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, "", "missing required field \"deadlines\"");
  if ((rc = egca__json_expect_array(doc, list, "/deadlines", err)) < 0)
    return rc;
  size_t n = (size_t)cJSON_GetArraySize(list);
  if (n > 0) {
    rules->deadlines = calloc(n, sizeof *rules->deadlines);
    rules->by_kind = calloc(n, sizeof *rules->by_kind);
    if (rules->deadlines == NULL || rules->by_kind == NULL)
      return egca__fail_nomem(err);
  }
  char p[512];
  size_t i = 0;
  for (const cJSON *item = list->child; item != NULL; item = item->next, i++) {
    egca__json_pointer_index(p, sizeof p, "/deadlines", i);
    int extends;
    rules->deadline_count = i + 1; /* so a failure frees what this entry holds */
    if ((rc = parse_rule(&rules->deadlines[i], &extends, doc, item, p, err)) < 0 ||
        (rc = derive_output(&rules->deadlines[i], err)) < 0)
      return rc;
    const egca_deadline_rule *r = &rules->deadlines[i];
    for (size_t j = 0; j < i; j++) {
      const egca_deadline_rule *o = &rules->deadlines[j];
      if (o->kind == r->kind && o->effective_from == r->effective_from) {
        char d[EGCA_DATE_TEXT_SIZE], q[512];
        egca__json_pointer_key(q, sizeof q, p, "effective_from");
        return egca__json_fail(err, EGCA_E_INVALID, doc, q, "rule \"%s\" already has a version effective from %s (/deadlines/%zu)",
                               rule_ids[r->kind], egca_date_format(r->effective_from, d), j);
      }
    }
    rules->by_kind[i] = r;
  }
  for (size_t k = 0; k < RULE_KINDS; k++) {
    int present = 0;
    for (size_t j = 0; j < n && !present; j++)
      present = rules->deadlines[j].kind == k;
    if (!present)
      return egca__json_fail(err, EGCA_E_INVALID, doc, "/deadlines", "rule \"%s\" is missing", rule_ids[k]);
  }
  if (n > 0)
    qsort(rules->by_kind, n, sizeof *rules->by_kind, cmp_version);
  for (size_t j = 0; j < n; j++) {
    size_t k = rules->by_kind[j]->kind;
    if (rules->kind_len[k]++ == 0)
      rules->kind_start[k] = j;
  }
  return check_extensions(rules, doc, err);
}

/* --- Loading ----------------------------------------------------------------------------------------- */

typedef struct rules_text {
  const char *data;
  size_t len;
  const char *source;
} rules_text;

/* Builds the rule set from the three texts (deadlines, conditions, materials). */
static int build(egca_rules **out, const rules_text texts[3], egca_error *err)
{
  *out = NULL;
  egca_rules *rules = calloc(1, sizeof *rules);
  if (rules == NULL)
    return egca__fail_nomem(err);
  egca__json_doc docs[3] = {{0}};
  int rc = 0;
  for (int i = 0; i < 3 && rc == 0; i++)
    rc = egca__json_parse(&docs[i], texts[i].data, texts[i].len, texts[i].source, err);
  if (rc == 0)
    rc = parse_deadlines(rules, &docs[0], err);
  if (rc == 0)
    rc = egca__assess_rules_parse(&rules->assess, &docs[1], &docs[2], err);
  for (int i = 0; i < 3; i++)
    egca__json_doc_free(&docs[i]);
  if (rc < 0) {
    egca_rules_free(rules);
    return rc;
  }
  /* A number no other rule set of this process has had: a timeline keeps what it derived from a rule set
   * under it, and an address may come back after a free. */
  static atomic_ulong serials;
  rules->serial = atomic_fetch_add(&serials, 1) + 1;
  *out = rules;
  return 0;
}

static const char *const file_names[3] = {"deadlines.json", "conditions.json", "materials.json"};

EGCA_API int egca_rules_default(egca_rules **out, egca_error *err)
{
  static const char *const sources[3] = {"<memory:deadlines.json>", "<memory:conditions.json>",
                                         "<memory:materials.json>"};
  rules_text texts[3];
  *out = NULL;
  for (int i = 0; i < 3; i++) {
    size_t k = 0;
    while (k < egca__embedded_rules_count && strcmp(egca__embedded_rules[k].name, file_names[i]) != 0)
      k++;
    if (k == egca__embedded_rules_count)
      return egca__fail(err, EGCA_E_NOTFOUND, sources[i], 0, "the library was built without %s", file_names[i]);
    texts[i].data = egca__embedded_rules[k].data;
    texts[i].len = egca__embedded_rules[k].len;
    texts[i].source = sources[i];
  }
  return build(out, texts, err);
}

EGCA_API int egca_rules_load(egca_rules **out, const char *dir, egca_error *err)
{
  *out = NULL;
  if (dir == NULL || dir[0] == '\0')
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "no rules directory given");
  char *paths[3] = {NULL, NULL, NULL};
  char *data[3] = {NULL, NULL, NULL};
  rules_text texts[3];
  int rc = 0;
  const size_t dir_len = strlen(dir);
  const int slash = dir[dir_len - 1] == '/';
  for (int i = 0; i < 3 && rc == 0; i++) {
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
  }
  if (rc == 0)
    rc = build(out, texts, err);
  for (int i = 0; i < 3; i++) {
    free(data[i]);
    free(paths[i]);
  }
  return rc;
}

const egca_assess_rules *egca__rules_assess(const egca_rules *rules) { return rules != NULL ? rules->assess : NULL; }

unsigned long egca__rules_serial(const egca_rules *rules) { return rules->serial; }

/* --- Getters ------------------------------------------------------------------------------------------- */

EGCA_API size_t egca_rules_deadline_count(const egca_rules *rules) { return rules != NULL ? rules->deadline_count : 0; }

EGCA_API const egca_deadline_rule *egca_rules_deadline_at(const egca_rules *rules, size_t index)
{
  return rules != NULL && index < rules->deadline_count ? &rules->deadlines[index] : NULL;
}

/* The version of rule `kind` in force on `on` (NONE: the latest), or NULL. */
static const egca_deadline_rule *version_on(const egca_rules *rules, size_t kind, egca_date on)
{
  const egca_deadline_rule *const *v = rules->by_kind + rules->kind_start[kind];
  const size_t n = rules->kind_len[kind];
  if (n == 0)
    return NULL;
  if (on == EGCA_DATE_NONE)
    return v[n - 1];
  const egca_deadline_rule *found = NULL;
  for (size_t i = 0; i < n && v[i]->effective_from <= on; i++)
    found = v[i];
  return found;
}

static int lookup(const egca_deadline_rule **out, const egca_rules *rules, const char *id, egca_date on,
                  egca_error *err)
{
  int kind = find_kind(id);
  if (kind < 0 || rules->kind_len[kind] == 0)
    return egca__fail(err, EGCA_E_NOTFOUND, NULL, 0, "unknown rule \"%s\"", id != NULL ? id : "");
  *out = version_on(rules, (size_t)kind, on);
  if (*out == NULL) {
    char a[EGCA_DATE_TEXT_SIZE], b[EGCA_DATE_TEXT_SIZE];
    return egca__fail(err, EGCA_E_NOTFOUND, NULL, 0,
                      "rule \"%s\" has no version in force on %s: its first version takes effect on %s", id,
                      egca_date_format(on, a), egca_date_format(rules->by_kind[rules->kind_start[kind]]->effective_from, b));
  }
  return 0;
}

EGCA_API int egca_rules_deadline(const egca_deadline_rule **out, const egca_rules *rules, const char *id, egca_date on,
                                 egca_error *err)
{
  *out = NULL;
  if (rules == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "no rules given");
  if (on != EGCA_DATE_NONE && (on < EGCA_DATE_MIN || on > EGCA_DATE_MAX))
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "the date is out of range");
  return lookup(out, rules, id, on, err);
}

EGCA_API const char *egca_deadline_rule_id(const egca_deadline_rule *rule) { return rule_ids[rule->kind]; }
EGCA_API const char *egca_deadline_rule_title(const egca_deadline_rule *rule) { return rule->title; }
EGCA_API const char *egca_deadline_rule_starts(const egca_deadline_rule *rule) { return rule->starts; }
EGCA_API egca_date egca_deadline_rule_effective_from(const egca_deadline_rule *rule) { return rule->effective_from; }
EGCA_API const char *egca_deadline_rule_version(const egca_deadline_rule *rule) { return rule->version; }
EGCA_API egca_period_unit egca_deadline_rule_unit(const egca_deadline_rule *rule) { return rule->unit; }
EGCA_API int egca_deadline_rule_count(const egca_deadline_rule *rule) { return rule->count; }
EGCA_API egca_direction egca_deadline_rule_direction(const egca_deadline_rule *rule) { return rule->direction; }
EGCA_API egca_pause_policy egca_deadline_rule_pause(const egca_deadline_rule *rule) { return rule->pause; }
EGCA_API egca_roll egca_deadline_rule_roll(const egca_deadline_rule *rule) { return rule->roll; }
EGCA_API egca_period_end egca_deadline_rule_end(const egca_deadline_rule *rule) { return rule->end; }
EGCA_API int egca_deadline_rule_cutoff(const egca_deadline_rule *rule) { return rule->cutoff; }
EGCA_API int egca_deadline_rule_cutoff_in_person(const egca_deadline_rule *rule) { return rule->cutoff_in_person; }
EGCA_API const char *egca_deadline_rule_extends(const egca_deadline_rule *rule)
{
  return rule->extends >= 0 ? rule_ids[rule->extends] : NULL;
}
EGCA_API const egca_basis *egca_deadline_rule_basis(const egca_deadline_rule *rule, size_t *count)
{
  if (count != NULL)
    *count = rule->basis_count;
  return rule->basis;
}
EGCA_API const char *egca_deadline_rule_guide_section(const egca_deadline_rule *rule) { return rule->guide_section; }
EGCA_API const char *egca_deadline_rule_guide_item(const egca_deadline_rule *rule) { return rule->guide_item; }
EGCA_API int egca_deadline_rule_contested(const egca_deadline_rule *rule) { return rule->contested; }
EGCA_API const char *egca_deadline_rule_note(const egca_deadline_rule *rule) { return rule->note; }

/* --- Computing a deadline ------------------------------------------------------------------------------ */

EGCA_API int egca_deadline_compute(egca_deadline *out, const egca_rules *rules, const egca_calendar *calendar,
                                   const char *rule_id, egca_date from, const egca_deadline_options *options,
                                   egca_error *err)
{
  static const egca_deadline_options no_options = {NULL, 0, EGCA_POLICY_EARLIER, 0};
  const egca_deadline_options *o = options != NULL ? options : &no_options;
  out->rule = NULL;
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
  out->trace.filled = 0;
  if (rules == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "no rules given");
  if (from < EGCA_DATE_MIN || from > EGCA_DATE_MAX)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "the start date is not a valid date");

  /* The version in force on the start date decides (OpenFisca-style dated parameters). */
  const egca_deadline_rule *rule;
  int rc = lookup(&rule, rules, rule_id, from, err);
  if (rc < 0)
    return rc;
  int base_count = 0;
  if (rule->extends >= 0) {
    const egca_deadline_rule *base = version_on(rules, (size_t)rule->extends, from);
    if (base == NULL)
      return lookup(&base, rules, rule_ids[rule->extends], from, err);
    base_count = base->count;
  }
  out->rule = rule;
  out->rule_id = rule_ids[rule->kind];
  out->unit = rule->unit;
  out->count = base_count + rule->count;
  out->base_count = base_count;
  out->direction = rule->direction;
  out->cutoff = rule->cutoff;
  out->cutoff_in_person = rule->cutoff_in_person;
  out->basis = rule->basis;
  out->basis_count = rule->basis_count;
  out->guide_section = rule->guide_section;
  out->guide_item = rule->guide_item;
  out->contested = rule->contested;
  if (o->pause_count > 0 && rule->pause != EGCA_PAUSE_EXCLUDE)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "rule \"%s\" takes no pauses", out->rule_id);

  const egca_period_spec spec = {rule->unit, out->count, rule->direction, rule->roll, o->policy, rule->end,
                                 rule->cutoff, rule->cutoff_in_person};
  egca_period_result result;
  rc = egca_period_compute(&result, o->trace ? &out->trace : NULL, calendar, &spec, from, o->pauses, o->pause_count,
                           err);
  out->due = result.due;
  out->status = result.status;
  out->provisional = result.provisional;
  out->ambiguous = result.ambiguous;
  out->other_reading = result.other_reading;
  return rc;
}

/* --- JSON output ------------------------------------------------------------------------------------------ */

typedef struct json_out {
  int failed; /* an allocation failed somewhere */
} json_out;

static void add_string(json_out *j, cJSON *obj, const char *key, const char *value)
{
  if ((value != NULL ? cJSON_AddStringToObject(obj, key, value) : cJSON_AddNullToObject(obj, key)) == NULL)
    j->failed = 1;
}

static void add_date(json_out *j, cJSON *obj, const char *key, egca_date d)
{
  char text[EGCA_DATE_TEXT_SIZE];
  add_string(j, obj, key, d != EGCA_DATE_NONE ? egca_date_format(d, text) : NULL);
}

static void add_int(json_out *j, cJSON *obj, const char *key, int value)
{
  if (cJSON_AddNumberToObject(obj, key, value) == NULL)
    j->failed = 1;
}

static void add_bool(json_out *j, cJSON *obj, const char *key, int value)
{
  if (cJSON_AddBoolToObject(obj, key, value) == NULL)
    j->failed = 1;
}

static cJSON *add_child(json_out *j, cJSON *parent, const char *key, cJSON *child)
{
  if (child == NULL) {
    j->failed = 1;
    return NULL;
  }
  if (key != NULL ? !cJSON_AddItemToObject(parent, key, child) : !cJSON_AddItemToArray(parent, child)) {
    cJSON_Delete(child);
    j->failed = 1;
    return NULL;
  }
  return child;
}

static void add_time(json_out *j, cJSON *obj, const char *key, int minutes)
{
  char text[16];
  if (minutes <= 0) {
    add_string(j, obj, key, NULL);
    return;
  }
  snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
  add_string(j, obj, key, text);
}

static void add_trace(json_out *j, cJSON *parent, const egca_period_trace *t)
{
  if (!t->filled) {
    if (cJSON_AddNullToObject(parent, "trace") == NULL)
      j->failed = 1;
    return;
  }
  cJSON *o = add_child(j, parent, "trace", cJSON_CreateObject());
  if (o == NULL)
    return;
  int need = egca_period_trace_format(NULL, 0, t);
  char *text = malloc((size_t)need + 1);
  if (text == NULL) {
    j->failed = 1;
    return;
  }
  egca_period_trace_format(text, (size_t)need + 1, t);
  add_string(j, o, "text", text);
  free(text);
  add_date(j, o, "first_counted", t->first_counted);
  add_date(j, o, "last_day", t->last_day);
  add_string(j, o, "last_day_kind", t->last_day_known && t->last_day != EGCA_DATE_NONE
                                         ? egca_day_kind_name(t->last_day_kind) : NULL);
  if (t->unit == EGCA_UNIT_WORKING_DAYS) {
    add_int(j, o, "working_days_counted", t->working_days_counted);
    add_int(j, o, "holidays_skipped", t->holidays_skipped);
    add_int(j, o, "weekend_days_skipped", t->weekend_days_skipped);
    add_int(j, o, "adjusted_workdays_counted", t->adjusted_workdays_counted);
    cJSON *adjusted = add_child(j, o, "adjusted_workdays", cJSON_CreateArray());
    for (int i = 0; adjusted != NULL && i < t->adjusted_workdays_counted && i < EGCA_TRACE_DATES; i++) {
      char d[EGCA_DATE_TEXT_SIZE];
      add_child(j, adjusted, NULL, cJSON_CreateString(egca_date_format(t->adjusted_workdays[i], d)));
    }
    add_int(j, o, "pause_working_days", t->pause_working_days);
    cJSON *pauses = add_child(j, o, "pauses", cJSON_CreateArray());
    for (size_t i = 0; pauses != NULL && i < t->pause_count && i < EGCA_TRACE_DATES; i++) {
      cJSON *p = add_child(j, pauses, NULL, cJSON_CreateObject());
      if (p == NULL)
        break;
      const egca_trace_pause *tp = &t->pauses[i];
      int reversed = tp->to != EGCA_DATE_NONE && tp->to < tp->from;
      add_date(j, p, "from", reversed ? tp->to : tp->from);
      add_date(j, p, "to", reversed ? tp->from : tp->to);
      add_int(j, p, "working_days", tp->working_days);
    }
    add_date(j, o, "suspended_at", t->suspended_at);
  } else if (t->unit == EGCA_UNIT_YEARS) {
    add_bool(j, o, "month_end", t->month_end);
  }
  add_string(j, o, "roll", egca_roll_decision_name(t->roll));
}

/* A growing text for the JSON re-indenter. */
typedef struct grow {
  char *text;
  size_t len, cap;
  int failed;
} grow;

static void grow_put(grow *g, const char *s, size_t n)
{
  if (g->failed)
    return;
  if (g->len + n + 1 > g->cap) {
    size_t cap = g->cap * 2 > g->len + n + 1 ? g->cap * 2 : g->len + n + 1;
    char *text = realloc(g->text, cap);
    if (text == NULL) {
      g->failed = 1;
      return;
    }
    g->text = text;
    g->cap = cap;
  }
  memcpy(g->text + g->len, s, n);
  g->len += n;
  g->text[g->len] = '\0';
}

static void grow_line(grow *g, size_t depth)
{
  grow_put(g, "\n", 1);
  for (size_t d = 0; d < depth; d++)
    grow_put(g, "  ", 2);
}

/* Re-indents compact JSON: two spaces per level, one member or element per line, "key": value, empty
 * containers as {} and []. Returns a malloc'd text ending in a newline, or NULL. */
static char *indent_json(const char *compact)
{
  grow g = {NULL, 0, 0, 0};
  size_t depth = 0;
  for (const char *c = compact; *c != '\0'; c++) {
    if (*c == '"') {
      const char *end = c + 1;
      while (*end != '\0' && *end != '"')
        end += end[0] == '\\' && end[1] != '\0' ? 2 : 1;
      grow_put(&g, c, (size_t)(end - c) + (*end != '\0'));
      c = *end != '\0' ? end : end - 1;
    } else if ((*c == '{' || *c == '[') && (c[1] == '}' || c[1] == ']')) {
      grow_put(&g, c, 2);
      c++;
    } else if (*c == '{' || *c == '[') {
      grow_put(&g, c, 1);
      grow_line(&g, ++depth);
    } else if (*c == '}' || *c == ']') {
      grow_line(&g, --depth);
      grow_put(&g, c, 1);
    } else if (*c == ',') {
      grow_put(&g, c, 1);
      grow_line(&g, depth);
    } else if (*c == ':') {
      grow_put(&g, ": ", 2);
    } else {
      grow_put(&g, c, 1);
    }
  }
  grow_put(&g, "\n", 1);
  if (g.failed) {
    free(g.text);
    return NULL;
  }
  return g.text;
}

EGCA_API int egca_deadline_to_json(char **out, const egca_deadline *d, egca_error *err)
{
  *out = NULL;
  if (d == NULL || d->rule == NULL || d->status == EGCA_PERIOD_FAILED)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "the deadline was not computed");
  const egca_deadline_rule *r = d->rule;
  json_out j = {0};
  cJSON *o = cJSON_CreateObject();
  if (o == NULL)
    return egca__fail_nomem(err);
  add_string(&j, o, "rule", d->rule_id);
  add_string(&j, o, "title", r->title);
  add_string(&j, o, "version", r->version);
  add_date(&j, o, "effective_from", r->effective_from);
  add_date(&j, o, "from", d->from);
  add_string(&j, o, "starts", r->starts);
  add_date(&j, o, "due", d->due);
  add_string(&j, o, "status", egca_period_status_name(d->status));
  add_string(&j, o, "unit", egca_period_unit_name(d->unit));
  add_int(&j, o, "count", d->count);
  add_string(&j, o, "direction", egca_direction_name(d->direction));
  add_string(&j, o, "extends", egca_deadline_rule_extends(r));
  add_bool(&j, o, "provisional", d->provisional);
  add_bool(&j, o, "ambiguous", d->ambiguous);
  add_date(&j, o, "other_reading", d->other_reading);
  add_string(&j, o, "policy", r->roll == EGCA_ROLL_EARLIER_OR_LATER ? egca_roll_policy_name(d->policy) : NULL);
  add_time(&j, o, "cutoff", d->cutoff);
  add_time(&j, o, "cutoff_in_person", d->cutoff_in_person);
  add_bool(&j, o, "contested", d->contested);
  add_string(&j, o, "note", r->note);
  cJSON *basis = add_child(&j, o, "basis", cJSON_CreateArray());
  for (size_t i = 0; basis != NULL && i < d->basis_count; i++) {
    cJSON *b = add_child(&j, basis, NULL, cJSON_CreateObject());
    if (b == NULL)
      break;
    add_string(&j, b, "law", d->basis[i].law);
    add_string(&j, b, "article", d->basis[i].article);
    add_string(&j, b, "item", d->basis[i].item);
  }
  if (d->guide_section != NULL) {
    cJSON *g = add_child(&j, o, "guide", cJSON_CreateObject());
    if (g != NULL) {
      add_string(&j, g, "section", d->guide_section);
      add_string(&j, g, "item", d->guide_item);
    }
  } else {
    add_string(&j, o, "guide", NULL);
  }
  add_trace(&j, o, &d->trace);
  char *printed = j.failed ? NULL : cJSON_PrintUnformatted(o);
  cJSON_Delete(o);
  if (printed == NULL)
    return egca__fail_nomem(err);
  *out = indent_json(printed);
  cJSON_free(printed);
  return *out != NULL ? 0 : egca__fail_nomem(err);
}

EGCA_API void egca_deadline_string_free(char *text) { free(text); }

/* --- Text --------------------------------------------------------------------------------------------------- */

static int clamp_length(int n) { return n < 0 ? 0 : n; }

EGCA_API int egca_basis_format(char *buf, size_t size, const egca_basis *basis)
{
  /* Chinese citation form: 第三十二条第一款第（四）项. */
  if (basis->item != NULL)
    return clamp_length(snprintf(buf, size, "%s %s第%s项", basis->law, basis->article, basis->item));
  return clamp_length(snprintf(buf, size, "%s %s", basis->law, basis->article));
}

EGCA_API int egca_deadline_rule_period_format(char *buf, size_t size, const egca_deadline_rule *rule)
{
  static const char *const unit_words[] = {"working day", "day", "year"};
  const char *unit = unit_words[rule->unit];
  const char *dir = direction_names[rule->direction];
  char head[128];
  if (rule->extends >= 0)
    snprintf(head, sizeof head, "%s + %d %s%s %s", rule_ids[rule->extends], rule->count, unit,
             rule->count == 1 ? "" : "s", dir);
  else if (rule->count == 0)
    snprintf(head, sizeof head, "on the day itself");
  else
    snprintf(head, sizeof head, "%d %s%s %s", rule->count, unit, rule->count == 1 ? "" : "s", dir);
  const char *tail = "";
  if (rule->end == EGCA_END_FIRST_WORKING_DAY_AFTER)
    tail = ", then the first working day after";
  else if (rule->pause == EGCA_PAUSE_EXCLUDE)
    tail = ", pauses excluded";
  else if (rule->roll == EGCA_ROLL_NEXT_WORKING_DAY)
    tail = ", a rest day moves to the next working day";
  else if (rule->roll == EGCA_ROLL_EARLIER_OR_LATER)
    tail = ", a rest day moves to the previous working day (or, by policy, the next)";
  return clamp_length(snprintf(buf, size, "%s%s", head, tail));
}
