/* egca — the law's open questions: rules/readings.json, loaded strictly, and the readings a computation
 * applies (src/readings.h, docs/rules.md "Readings"). */
#include "readings.h"
#include "ruleset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The questions the code consults (readings.h), with the readings it knows, in its own order. */
static const struct {
  const char *id;
  const char *readings[2];
} points[EGCA__POINT_COUNT] = {
    [EGCA__Q_DEEMED_RENEWAL_LATE_FILING] = {"deemed_renewal_late_filing", {"deemed", "not_deemed"}},
    [EGCA__Q_SECOND_CORRECTION_NOTICE] = {"second_correction_notice", {"answers", "void"}},
    [EGCA__Q_REVIEW_UNNOTIFIED] = {"review_unnotified", {"excluded", "counted"}},
    [EGCA__Q_REVIEW_OVER_NOTIFIED] = {"review_over_notified", {"whole", "notified_only"}},
    [EGCA__Q_REVIEW_NOTICE_AFTER_START] = {"review_notice_after_start", {"hint", "violation"}},
    [EGCA__Q_CERTIFICATE_LAST_DAY] = {"certificate_last_day", {"anniversary", "day_before"}},
    [EGCA__Q_RECEIPT_AFTER_HOURS] = {"receipt_after_hours", {"next_working_day", "as_dated"}},
};

/* A question that names a rule decides its rest-day roll: these readings, as egca_roll_policy. */
static const char *const roll_readings[2] = {"earlier", "later"};

typedef struct reading {
  char *id;
  char *text;
  egca_basis *basis;
  size_t basis_count;
} reading;

struct egca_question {
  char *id;
  char *text;
  char *rule;
  char *note;
  size_t reading_count;
  size_t def;
  reading readings[EGCA__READINGS_MAX];
  int point;                       /* the egca__point, or -1 for a roll question */
  const egca__rule_group *group;   /* a roll question's rule */
  uint8_t code[EGCA__READINGS_MAX];/* file index -> the code's index */
};

struct egca__readings {
  size_t count;
  egca_question questions[EGCA__QUESTIONS_MAX];
  int at_point[EGCA__POINT_COUNT]; /* question index of each point */
};

/* --- Freeing ------------------------------------------------------------------------------------------ */

static void free_basis(egca_basis *b, size_t n)
{
  for (size_t i = 0; i < n; i++) {
    free((char *)b[i].law);
    free((char *)b[i].article);
    free((char *)b[i].item);
  }
  free(b);
}

void egca__readings_free(egca__readings *r)
{
  if (r == NULL)
    return;
  for (size_t q = 0; q < r->count; q++) {
    egca_question *x = &r->questions[q];
    free(x->id);
    free(x->text);
    free(x->rule);
    free(x->note);
    for (size_t i = 0; i < x->reading_count; i++) {
      free(x->readings[i].id);
      free(x->readings[i].text);
      free_basis(x->readings[i].basis, x->readings[i].basis_count);
    }
  }
  free(r);
}

/* --- Loading ------------------------------------------------------------------------------------------- */

static int text(char **out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, const char *key,
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
  *out = strdup(s);
  return *out != NULL ? 1 : egca__fail_nomem(err);
}

/* An id: 1 to 64 lowercase letters, digits and underscores (it is typed on command lines). */
static int id_ok(const char *s)
{
  size_t n = 0;
  while (n <= 64 && ((s[n] >= 'a' && s[n] <= 'z') || (s[n] >= '0' && s[n] <= '9') || s[n] == '_'))
    n++;
  return n > 0 && n <= 64 && s[n] == '\0';
}

static int get_id(char **out, const egca__json_doc *doc, const cJSON *obj, const char *pointer, egca_error *err)
{
  int rc = text(out, doc, obj, pointer, "id", 1, err);
  if (rc < 0 || id_ok(*out))
    return rc;
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "id");
  return egca__json_fail(err, EGCA_E_INVALID, doc, p, "id \"%.80s\" must be 1 to 64 lowercase letters, digits and underscores",
                         *out);
}

static int parse_reading(reading *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                         egca_error *err)
{
  static const char *const keys[] = {"id", "text", "basis", NULL};
  int rc;
  if ((rc = egca__json_expect_object(doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_check_keys(doc, obj, pointer, keys, err)) < 0 || (rc = get_id(&r->id, doc, obj, pointer, err)) < 0 ||
      (rc = text(&r->text, doc, obj, pointer, "text", 1, err)) < 0)
    return rc;
  char p[512], q[512];
  egca__json_pointer_key(p, sizeof p, pointer, "basis");
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(obj, "basis");
  if (list == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, pointer, "missing required field \"basis\"");
  if ((rc = egca__json_expect_array(doc, list, p, err)) < 0)
    return rc;
  size_t n = (size_t)cJSON_GetArraySize(list);
  if (n == 0)
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "a reading needs its basis (law and article)");
  r->basis = calloc(n, sizeof *r->basis);
  if (r->basis == NULL)
    return egca__fail_nomem(err);
  size_t i = 0;
  for (const cJSON *b = list->child; b != NULL; b = b->next, i++) {
    egca__json_pointer_index(q, sizeof q, p, i);
    r->basis_count = i + 1;
    if ((rc = egca__parse_citation(&r->basis[i], doc, b, q, err)) < 0)
      return rc;
  }
  return 0;
}

/* Which of `names` (count) s is, or -1. */
static int index_of(const char *const *names, size_t count, const char *s)
{
  for (size_t i = 0; i < count; i++)
    if (strcmp(names[i], s) == 0)
      return (int)i;
  return -1;
}

static int parse_question(egca__readings *all, egca_question *x, const egca__json_doc *doc, const cJSON *obj,
                          const char *pointer, const egca_rules *rules, egca_error *err)
{
  static const char *const keys[] = {"id", "question", "rule", "default", "readings", "note", NULL};
  char p[512], q[512];
  int rc;
  if ((rc = egca__json_expect_object(doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_check_keys(doc, obj, pointer, keys, err)) < 0 || (rc = get_id(&x->id, doc, obj, pointer, err)) < 0 ||
      (rc = text(&x->text, doc, obj, pointer, "question", 1, err)) < 0 ||
      (rc = text(&x->rule, doc, obj, pointer, "rule", 0, err)) < 0 ||
      (rc = text(&x->note, doc, obj, pointer, "note", 0, err)) < 0)
    return rc;
  for (size_t k = 0; k < all->count; k++)
    if (strcmp(all->questions[k].id, x->id) == 0) {
      egca__json_pointer_key(p, sizeof p, pointer, "id");
      return egca__json_fail(err, EGCA_E_INVALID, doc, p, "question \"%s\" is declared twice", x->id);
    }
  /* What the code does with it: a point it consults, or a rule's roll. */
  const char *const *known;
  x->point = -1;
  if (x->rule != NULL) {
    egca__json_pointer_key(p, sizeof p, pointer, "rule");
    x->group = egca__rules_group(rules, x->rule);
    int rolls = 0;
    for (size_t v = 0; x->group != NULL && v < x->group->count; v++)
      rolls |= x->group->cores[v]->spec.roll == EGCA_ROLL_EARLIER_OR_LATER;
    if (x->group == NULL)
      return egca__json_fail(err, EGCA_E_INVALID, doc, p, "unknown rule \"%s\"", x->rule);
    if (!rolls)
      return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                             "rule \"%s\" has no roll \"earlier_or_later\": there is no rest-day question to decide",
                             x->rule);
    for (size_t k = 0; k < all->count; k++)
      if (all->questions[k].group == x->group)
        return egca__json_fail(err, EGCA_E_INVALID, doc, p, "question \"%s\" already decides rule \"%s\"",
                               all->questions[k].id, x->rule);
    known = roll_readings;
  } else {
    for (int k = 0; k < EGCA__POINT_COUNT && x->point < 0; k++)
      if (strcmp(points[k].id, x->id) == 0)
        x->point = k;
    if (x->point < 0) {
      egca__json_pointer_key(p, sizeof p, pointer, "id");
      return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                             "no computation consults question \"%s\" (a question names a \"rule\" whose rest-day roll "
                             "it decides, or is one of docs/rules.md's)",
                             x->id);
    }
    known = points[x->point].readings;
    all->at_point[x->point] = (int)all->count;
  }
  /* The readings: exactly those the code acts on, each once. */
  egca__json_pointer_key(p, sizeof p, pointer, "readings");
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(obj, "readings");
  if (list == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, pointer, "missing required field \"readings\"");
  if ((rc = egca__json_expect_array(doc, list, p, err)) < 0)
    return rc;
  unsigned seen = 0;
  size_t i = 0;
  for (const cJSON *v = list->child; v != NULL; v = v->next, i++) {
    egca__json_pointer_index(q, sizeof q, p, i);
    if (i >= 2)
      return egca__json_fail(err, EGCA_E_INVALID, doc, q, "question \"%s\" has two readings: %s and %s", x->id,
                             known[0], known[1]);
    reading *r = &x->readings[i];
    x->reading_count = i + 1;
    if ((rc = parse_reading(r, doc, v, q, err)) < 0)
      return rc;
    int k = index_of(known, 2, r->id);
    if (k < 0 || (seen & (1u << k))) {
      egca__json_pointer_key(q, sizeof q, q, "id");
      return egca__json_fail(err, EGCA_E_INVALID, doc, q, k < 0 ? "no computation acts on reading \"%s\": question \"%s\" has readings %s and %s"
                                                              : "reading \"%s\" of question \"%s\" is listed twice (%s, %s)",
                             r->id, x->id, known[0], known[1]);
    }
    seen |= 1u << k;
    x->code[i] = (uint8_t)k;
  }
  if (seen != 3u)
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "question \"%s\" needs both readings, %s and %s", x->id,
                           known[0], known[1]);
  const char *def = NULL;
  if ((rc = egca__json_get_string(&def, doc, obj, pointer, "default", 1, err)) < 0)
    return rc;
  int d = -1;
  for (size_t k = 0; k < x->reading_count && d < 0; k++)
    if (strcmp(x->readings[k].id, def) == 0)
      d = (int)k;
  if (d < 0) {
    egca__json_pointer_key(p, sizeof p, pointer, "default");
    return egca__json_fail(err, EGCA_E_INVALID, doc, p, "\"%s\" is not a reading of question \"%s\"", def, x->id);
  }
  x->def = (size_t)d;
  return 0;
}

int egca__readings_parse(egca__readings **out, const egca__json_doc *doc, const egca_rules *rules, egca_error *err)
{
  *out = NULL;
  egca__readings *r = calloc(1, sizeof *r);
  if (r == NULL)
    return egca__fail_nomem(err);
  for (int k = 0; k < EGCA__POINT_COUNT; k++)
    r->at_point[k] = -1;
  static const char *const top_keys[] = {"questions", NULL};
  int rc;
  const cJSON *list = NULL;
  if ((rc = egca__json_expect_object(doc, doc->root, "", err)) < 0 ||
      (rc = egca__json_check_keys(doc, doc->root, "", top_keys, err)) < 0)
    goto fail;
  list = cJSON_GetObjectItemCaseSensitive(doc->root, "questions");
  if (list == NULL) {
    rc = egca__json_fail(err, EGCA_E_INVALID, doc, "", "missing required field \"questions\"");
    goto fail;
  }
  if ((rc = egca__json_expect_array(doc, list, "/questions", err)) < 0)
    goto fail;
  char p[64];
  size_t i = 0;
  for (const cJSON *v = list->child; v != NULL; v = v->next, i++) {
    egca__json_pointer_index(p, sizeof p, "/questions", i);
    if (i >= EGCA__QUESTIONS_MAX) {
      rc = egca__json_fail(err, EGCA_E_INVALID, doc, p, "more than %d questions", EGCA__QUESTIONS_MAX);
      goto fail;
    }
    rc = parse_question(r, &r->questions[i], doc, v, p, rules, err);
    r->count = i + 1;
    if (rc < 0)
      goto fail;
  }
  /* Every question the code consults is declared, and every rest-day roll left open has its question:
   * the code never applies a reading the data does not name. */
  for (int k = 0; k < EGCA__POINT_COUNT; k++)
    if (r->at_point[k] < 0) {
      rc = egca__json_fail(err, EGCA_E_INVALID, doc, "/questions", "question \"%s\" is missing", points[k].id);
      goto fail;
    }
  for (size_t g = 0; g < egca__rules_group_count(rules); g++) {
    const egca__rule_group *group = egca__rules_group_at(rules, g);
    int rolls = 0;
    for (size_t v = 0; v < group->count; v++)
      rolls |= group->cores[v]->spec.roll == EGCA_ROLL_EARLIER_OR_LATER;
    if (rolls && egca__roll_question(r, group) < 0) {
      rc = egca__json_fail(err, EGCA_E_INVALID, doc, "/questions",
                           "rule \"%s\" rolls \"earlier_or_later\", and no question names it (\"rule\")", group->id);
      goto fail;
    }
  }
  *out = r;
  return 0;
fail:
  egca__readings_free(r);
  return rc;
}

/* --- Selections ---------------------------------------------------------------------------------------- */

int egca__roll_question(const egca__readings *r, const egca__rule_group *g)
{
  for (size_t q = 0; r != NULL && q < r->count; q++)
    if (r->questions[q].group == g)
      return (int)q;
  return -1;
}

egca_roll_policy egca__roll_policy(const egca__selection *s, int question)
{
  if (question < 0)
    return EGCA_POLICY_EARLIER;
  const egca_question *x = &s->readings->questions[question];
  return x->code[s->pick[question]] == 1 ? EGCA_POLICY_LATER : EGCA_POLICY_EARLIER;
}

int egca__reading(egca__selection *s, egca__point p)
{
  const int q = s->readings->at_point[p];
  egca__engage(s, q);
  return s->readings->questions[q].code[s->pick[q]];
}

int egca__selection_init(egca__selection *s, const egca_rules *rules, const egca_reading_choice *choices,
                         size_t count, egca_roll_policy policy, egca_receipt_reading receipt, egca_error *err)
{
  const egca__readings *r = egca__rules_readings(rules);
  s->readings = r;
  s->engaged = 0;
  s->step = 0;
  for (size_t q = 0; q < r->count; q++) {
    const egca_question *x = &r->questions[q];
    s->pick[q] = (uint8_t)x->def;
    if (x->group != NULL && policy == EGCA_POLICY_LATER)
      for (size_t i = 0; i < x->reading_count; i++)
        if (x->code[i] == 1)
          s->pick[q] = (uint8_t)i;
    if (x->point == EGCA__Q_RECEIPT_AFTER_HOURS && receipt == EGCA_RECEIPT_AS_DATED)
      for (size_t i = 0; i < x->reading_count; i++)
        if (x->code[i] == 1)
          s->pick[q] = (uint8_t)i;
  }
  if (count > 0 && choices == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0, "reading_count is set but readings is NULL");
  uint32_t chosen = 0;
  for (size_t c = 0; c < count; c++) {
    const char *qid = choices[c].question, *rid = choices[c].reading;
    const egca_question *x = qid != NULL ? egca_rules_question(rules, qid) : NULL;
    if (x == NULL)
      return egca__fail(err, EGCA_E_INVALID, NULL, 0, "unknown question \"%.100s\" (egca rules readings lists them)",
                        qid != NULL ? qid : "");
    const size_t q = (size_t)(x - r->questions);
    if (chosen & (1u << q))
      return egca__fail(err, EGCA_E_INVALID, NULL, 0, "question \"%s\" is given a reading twice", x->id);
    chosen |= 1u << q;
    int found = -1;
    for (size_t i = 0; rid != NULL && i < x->reading_count && found < 0; i++)
      if (strcmp(x->readings[i].id, rid) == 0)
        found = (int)i;
    if (found < 0)
      return egca__fail(err, EGCA_E_INVALID, NULL, 0, "question \"%s\" has no reading \"%.100s\": it has %s and %s", x->id,
                        rid != NULL ? rid : "", x->readings[0].id, x->readings[1].id);
    s->pick[q] = (uint8_t)found;
  }
  return 0;
}

size_t egca__questions(const egca__readings *r) { return r->count; }
size_t egca__question_readings(const egca__readings *r, size_t q) { return r->questions[q].reading_count; }
size_t egca__question_default(const egca__readings *r, size_t q) { return r->questions[q].def; }
const char *egca__question_id(const egca__readings *r, size_t q) { return r->questions[q].id; }
const char *egca__question_reading(const egca__readings *r, size_t q, size_t i) { return r->questions[q].readings[i].id; }

/* --- Public getters ----------------------------------------------------------------------------------- */

EGCA_API size_t egca_rules_question_count(const egca_rules *rules)
{
  const egca__readings *r = rules != NULL ? egca__rules_readings(rules) : NULL;
  return r != NULL ? r->count : 0;
}

EGCA_API const egca_question *egca_rules_question_at(const egca_rules *rules, size_t index)
{
  return index < egca_rules_question_count(rules) ? &egca__rules_readings(rules)->questions[index] : NULL;
}

EGCA_API const egca_question *egca_rules_question(const egca_rules *rules, const char *id)
{
  for (size_t q = 0; id != NULL && q < egca_rules_question_count(rules); q++)
    if (strcmp(egca__rules_readings(rules)->questions[q].id, id) == 0)
      return &egca__rules_readings(rules)->questions[q];
  return NULL;
}

EGCA_API const char *egca_question_id(const egca_question *x) { return x->id; }
EGCA_API const char *egca_question_text(const egca_question *x) { return x->text; }
EGCA_API const char *egca_question_rule(const egca_question *x) { return x->rule; }
EGCA_API const char *egca_question_note(const egca_question *x) { return x->note; }
EGCA_API size_t egca_question_reading_count(const egca_question *x) { return x->reading_count; }
EGCA_API size_t egca_question_default(const egca_question *x) { return x->def; }
EGCA_API const char *egca_question_reading_id(const egca_question *x, size_t i)
{
  return i < x->reading_count ? x->readings[i].id : NULL;
}
EGCA_API const char *egca_question_reading_text(const egca_question *x, size_t i)
{
  return i < x->reading_count ? x->readings[i].text : NULL;
}
EGCA_API const egca_basis *egca_question_reading_basis(const egca_question *x, size_t i, size_t *count)
{
  if (count != NULL)
    *count = i < x->reading_count ? x->readings[i].basis_count : 0;
  return i < x->reading_count ? x->readings[i].basis : NULL;
}

/* --- JSON ----------------------------------------------------------------------------------------------- */

static int add_string(cJSON *o, const char *key, const char *value)
{
  return (value != NULL ? cJSON_AddStringToObject(o, key, value) : cJSON_AddNullToObject(o, key)) != NULL;
}

EGCA_API int egca_rules_questions_to_json(char **out, const egca_rules *rules, egca_error *err)
{
  *out = NULL;
  cJSON *root = cJSON_CreateObject();
  cJSON *list = root != NULL ? cJSON_AddArrayToObject(root, "questions") : NULL;
  int ok = list != NULL;
  for (size_t q = 0; ok && q < egca_rules_question_count(rules); q++) {
    const egca_question *x = egca_rules_question_at(rules, q);
    cJSON *o = cJSON_CreateObject();
    ok = o != NULL && cJSON_AddItemToArray(list, o);
    if (!ok) {
      cJSON_Delete(o);
      break;
    }
    ok = add_string(o, "id", x->id) && add_string(o, "question", x->text) && add_string(o, "rule", x->rule) &&
         add_string(o, "default", x->readings[x->def].id);
    cJSON *rs = ok ? cJSON_AddArrayToObject(o, "readings") : NULL;
    ok = rs != NULL;
    for (size_t i = 0; ok && i < x->reading_count; i++) {
      const reading *r = &x->readings[i];
      cJSON *ro = cJSON_CreateObject();
      ok = ro != NULL && cJSON_AddItemToArray(rs, ro);
      if (!ok) {
        cJSON_Delete(ro);
        break;
      }
      ok = add_string(ro, "id", r->id) && add_string(ro, "text", r->text);
      cJSON *bs = ok ? cJSON_AddArrayToObject(ro, "basis") : NULL;
      ok = bs != NULL;
      for (size_t b = 0; ok && b < r->basis_count; b++) {
        cJSON *bo = cJSON_CreateObject();
        ok = bo != NULL && cJSON_AddItemToArray(bs, bo);
        if (!ok) {
          cJSON_Delete(bo);
          break;
        }
        ok = add_string(bo, "law", r->basis[b].law) && add_string(bo, "article", r->basis[b].article) &&
             add_string(bo, "item", r->basis[b].item);
      }
    }
    ok = ok && add_string(o, "note", x->note);
  }
  char *compact = ok ? cJSON_PrintUnformatted(root) : NULL;
  cJSON_Delete(root);
  if (compact == NULL)
    return egca__fail_nomem(err);
  *out = egca__json_indent(compact);
  cJSON_free(compact);
  return *out != NULL ? 0 : egca__fail_nomem(err);
}
