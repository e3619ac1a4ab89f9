/* egca — the law's open questions: rules/readings.json, loaded strictly, and the readings a computation
 * applies (src/readings.h, docs/rules.md "Readings").
 * Place in the flow: rule set (ruleset.c hands over readings.json, the deadline rules' index and the laws'
 * names) -> readings -> deadline, procedure; their JSON is deadline_output.c's. It reads the deadline rules'
 * index (deadline_rules.h) and calls nothing of deadline_rules.c or ruleset.c. */
#include "readings.h"
#include "citation.h"
#include "deadline_rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The deadline rules the questions name, as the rule set hands them over (egca__readings_parse). */
typedef struct rule_index {
  const egca__rule_group *groups;
  size_t count;
} rule_index;

static const egca__rule_group *find_rule(const rule_index *rules, const char *id)
{
  return egca__rule_group_find(rules->groups, rules->count, id);
}

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
    [EGCA__Q_HEARING_PAUSE] = {"hearing_pause", {"request", "right_notified"}},
    [EGCA__Q_REMEDY_KNOWLEDGE_DAY] = {"remedy_knowledge_day", {"known", "delivered"}},
};

/* A question that names a rule decides its rest-day roll: these readings, as egca_roll_policy. */
static const char *const roll_readings[2] = {"earlier", "later"};

typedef struct reading {
  char *id;
  char *text;
  char *text_en;
  egca_basis *basis;
  size_t basis_count;
  int unit; /* a "sets" reading: the unit it gives its rule (egca_period_unit), or -1: the rule's own */
  int roll; /* ... the roll (egca_roll), or -1 */
  int outcome; /* ... the outcome of the start events that open its instances (egca_outcome), or -1 */
  const egca__rule_group *from_end_of; /* ... the rule from whose period's end its instances run, or NULL */
} reading;

struct egca_question {
  char *id;
  char *text;
  char *rule;
  char *note;
  char *text_en, *note_en; /* the English twins (docs/rules.md, "Texts in two languages") */
  size_t reading_count;
  size_t def;
  reading readings[EGCA__READINGS_MAX];
  int point;                       /* the egca__point, or -1 for a roll or a "sets" question */
  const egca__rule_group *group;   /* a roll question's rule */
  const egca__rule_group *sets;    /* a "sets" question's rule: its readings set its unit or roll */
  uint8_t code[EGCA__READINGS_MAX];/* file index -> the code's index */
};

struct egca__readings {
  size_t count;
  egca_question questions[EGCA__QUESTIONS_MAX];
  int at_point[EGCA__POINT_COUNT]; /* question index of each point */
  uint8_t default_pick[EGCA__QUESTIONS_MAX]; /* every question's default reading: a selection's start */
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
    free(x->text_en);
    free(x->note_en);
    for (size_t i = 0; i < x->reading_count; i++) {
      free(x->readings[i].id);
      free(x->readings[i].text);
      free(x->readings[i].text_en);
      free_basis(x->readings[i].basis, x->readings[i].basis_count);
    }
  }
  free(r);
}

/* --- Loading ------------------------------------------------------------------------------------------- */

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
  int rc = egca__json_get_text(out, doc, obj, pointer, "id", 1, err);
  if (rc < 0 || id_ok(*out))
    return rc;
  char p[512];
  egca__json_pointer_key(p, sizeof p, pointer, "id");
  return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                         EGCA__TR(err, "id \"%.80s\" must be 1 to 64 lowercase letters, digits and underscores",
                                  "id\"%.80s\"必须由1至64个小写字母、数字或下划线组成"),
                         *out);
}

/* Which of `names` (count) s is, or -1. */
static int index_of(const char *const *names, size_t count, const char *s)
{
  for (size_t i = 0; i < count; i++)
    if (strcmp(names[i], s) == 0)
      return (int)i;
  return -1;
}

/* A reading's "sets": {"rule", "unit", "roll", "outcome"}, the fields of a rule this reading gives it (every
 * version of the rule). Only the fields an open question of the law can change: the unit between calendar
 * and working days, and with it the rest-day roll; the outcome of the decisions whose events open the
 * rule's instances ("granted", "denied", "any"). */
static int parse_sets(reading *r, const egca__rule_group **group, const egca__json_doc *doc, const cJSON *obj,
                      const char *pointer, const rule_index *rules, egca_error *err)
{
  static const char *const keys[] = {"rule", "unit", "roll", "outcome", "from_end_of", NULL};
  static const char *const units[] = {"working_days", "days"}; /* = EGCA_UNIT_WORKING_DAYS, EGCA_UNIT_DAYS */
  static const char *const rolls[] = {"none", "next_working_day"}; /* = EGCA_ROLL_NONE, EGCA_ROLL_NEXT_WORKING_DAY */
  static const char *const outcomes[] = {"any", "granted", "denied"}; /* = egca_outcome */
  char p[512], q[512];
  egca__json_pointer_key(p, sizeof p, pointer, "sets");
  const char *rule = NULL, *unit = NULL, *roll = NULL, *outcome = NULL, *from_end_of = NULL;
  int rc;
  if ((rc = egca__json_expect_object(doc, obj, p, err)) < 0 || (rc = egca__json_check_keys(doc, obj, p, keys, err)) < 0 ||
      (rc = egca__json_get_string(&rule, doc, obj, p, "rule", 1, err)) < 0 ||
      (rc = egca__json_get_string(&unit, doc, obj, p, "unit", 0, err)) < 0 ||
      (rc = egca__json_get_string(&roll, doc, obj, p, "roll", 0, err)) < 0 ||
      (rc = egca__json_get_string(&outcome, doc, obj, p, "outcome", 0, err)) < 0 ||
      (rc = egca__json_get_string(&from_end_of, doc, obj, p, "from_end_of", 0, err)) < 0)
    return rc;
  egca__json_pointer_key(q, sizeof q, p, "rule");
  *group = find_rule(rules, rule);
  if (*group == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, q, EGCA__TR(err, "unknown rule \"%s\"", "未知规则\"%s\""), rule);
  r->unit = unit != NULL ? index_of(units, 2, unit) : -1;
  r->roll = roll != NULL ? index_of(rolls, 2, roll) : -1;
  r->outcome = outcome != NULL ? index_of(outcomes, 3, outcome) : -1;
  if (unit != NULL && r->unit < 0) {
    egca__json_pointer_key(q, sizeof q, p, "unit");
    return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                           EGCA__TR(err, "a reading sets unit \"days\" or \"working_days\", not \"%.40s\"",
                                    "读法设定的unit应为\"days\"或\"working_days\"，而不是\"%.40s\""),
                           unit);
  }
  if (roll != NULL && r->roll < 0) {
    egca__json_pointer_key(q, sizeof q, p, "roll");
    return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                           EGCA__TR(err, "a reading sets roll \"none\" or \"next_working_day\", not \"%.40s\"",
                                    "读法设定的roll应为\"none\"或\"next_working_day\"，而不是\"%.40s\""),
                           roll);
  }
  if (outcome != NULL && r->outcome < 0) {
    egca__json_pointer_key(q, sizeof q, p, "outcome");
    return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                           EGCA__TR(err, "a reading sets outcome \"granted\", \"denied\" or \"any\", not \"%.40s\"",
                                    "读法设定的outcome应为\"granted\"、\"denied\"或\"any\"，而不是\"%.40s\""),
                           outcome);
  }
  if (from_end_of != NULL) {
    egca__json_pointer_key(q, sizeof q, p, "from_end_of");
    r->from_end_of = find_rule(rules, from_end_of);
    if (r->from_end_of == NULL)
      return egca__json_fail(err, EGCA_E_INVALID, doc, q, EGCA__TR(err, "unknown rule \"%s\"", "未知规则\"%s\""),
                             from_end_of);
    if (r->from_end_of == *group || r->from_end_of->applies->from != EGCA__FROM_EVENT ||
        (*group)->applies->from != EGCA__FROM_EVENT || (*group)->applies->in_order)
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, q,
          EGCA__TR(err,
                   "\"from_end_of\" needs a rule opened by events one by one (not in order) and another "
                   "rule opened by events: not \"%s\" from \"%s\"",
                   "\"from_end_of\"需要一条由事件逐一开始（而非按顺序）的规则和另一条由事件开始的规则："
                   "\"%s\"自\"%s\"届满起算不符合此要求"),
          rule, from_end_of);
  }
  if (r->unit < 0 && r->roll < 0 && r->outcome < 0 && r->from_end_of == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                           EGCA__TR(err, "\"sets\" needs \"unit\", \"roll\", \"outcome\" or \"from_end_of\"",
                                    "\"sets\"需要\"unit\"、\"roll\"、\"outcome\"或\"from_end_of\""));
  r->unit = r->unit == 0 ? EGCA_UNIT_WORKING_DAYS : r->unit == 1 ? EGCA_UNIT_DAYS : -1;
  r->roll = r->roll == 0 ? EGCA_ROLL_NONE : r->roll == 1 ? EGCA_ROLL_NEXT_WORKING_DAY : -1;
  /* r->outcome's index is the egca_outcome ("any" = EGCA_OUTCOME_NONE). */
  if (r->outcome >= 0 && (*group)->applies->from != EGCA__FROM_EVENT) {
    egca__json_pointer_key(q, sizeof q, p, "outcome");
    return egca__json_fail(
        err, EGCA_E_INVALID, doc, q,
        EGCA__TR(err, "rule \"%s\" is not opened by events (\"applies\" \"from\": \"event\"): no outcome to pick",
                 "规则\"%s\"不是由事件开始的（\"applies\" \"from\": \"event\"）：没有可选的决定结果"),
        rule);
  }
  if (r->unit < 0 && r->roll < 0)
    return 0;
  egca__json_pointer_key(q, sizeof q, p, "rule");
  if ((*group)->extended_by != NULL)
    return egca__json_fail(
        err, EGCA_E_INVALID, doc, q,
        EGCA__TR(err,
                 "rule \"%s\" is extended by \"%s\", whose count adds to it in its unit: a reading cannot "
                 "change its unit",
                 "规则\"%s\"由\"%s\"延长，后者按其单位累加期限：读法不能改变其单位"),
        rule, (*group)->extended_by->id);
  for (size_t v = 0; v < (*group)->count; v++)
    if ((*group)->cores[v]->base != NULL || (*group)->cores[v]->spec.roll == EGCA_ROLL_EARLIER_OR_LATER)
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, q,
          (*group)->cores[v]->base != NULL
              ? EGCA__TR(err,
                         "rule \"%s\" extends another rule and counts in its unit: a reading "
                         "cannot change it",
                         "规则\"%s\"延长另一规则并按其单位计算：读法不能改变其单位")
              : EGCA__TR(err,
                         "rule \"%s\" rolls \"earlier_or_later\": its question is a rest-day "
                         "question (\"rule\")",
                         "规则\"%s\"的roll为\"earlier_or_later\"：其未决问题是休息日问题（\"rule\"）"),
          rule);
  /* What the arithmetic cannot honour, in any version of the rule (the same checks as deadlines.json). */
  for (size_t v = 0; v < (*group)->count; v++) {
    const egca__rule_core *c = (*group)->cores[v];
    const int u = r->unit >= 0 ? r->unit : (int)c->spec.unit, w = r->roll >= 0 ? r->roll : (int)c->spec.roll;
    if (u == EGCA_UNIT_WORKING_DAYS && w != EGCA_ROLL_NONE)
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, p,
          EGCA__TR(err,
                   "rule \"%s\" would count working days with roll \"next_working_day\": a working-day "
                   "period always ends on a working day, so set roll \"none\"",
                   "规则\"%s\"将按工作日计算且roll为\"next_working_day\"：按工作日计算的期限总在工作日届满，"
                   "应设roll为\"none\""),
          rule);
    if (u != EGCA_UNIT_WORKING_DAYS && c->pause == EGCA_PAUSE_EXCLUDE)
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, p,
          EGCA__TR(err, "rule \"%s\" excludes pauses, which needs unit \"working_days\" (行政许可法 第四十五条)",
                   "规则\"%s\"扣除中止期间，这要求unit为\"working_days\"（行政许可法第四十五条）"),
          rule);
    /* A roll the reading gives is cited by the article the rule's version names for it (its roll_basis). */
    if (w == EGCA_ROLL_NEXT_WORKING_DAY && egca_deadline_rule_roll_basis((*group)->versions[v]) == NULL)
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, p,
          EGCA__TR(err,
                   "rule \"%s\" would roll \"next_working_day\" in a version that names no \"roll_basis\" "
                   "(deadlines.json): no article would move its rest day",
                   "规则\"%s\"将在未给出\"roll_basis\"的版本中按\"next_working_day\"顺延（deadlines.json）："
                   "没有条文规定其休息日顺延"),
          rule);
  }
  return 0;
}

static int parse_reading(reading *r, const egca__json_doc *doc, const cJSON *obj, const char *pointer,
                         const egca__laws *laws, egca_error *err)
{
  static const char *const keys[] = {"id", "text", "text_en", "basis", "sets", NULL};
  int rc;
  if ((rc = egca__json_expect_object(doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_check_keys(doc, obj, pointer, keys, err)) < 0 || (rc = get_id(&r->id, doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_get_text_pair(&r->text, &r->text_en, doc, obj, pointer, "text", 1, err)) < 0)
    return rc;
  if ((rc = egca__citation_list_parse(&r->basis, &r->basis_count, doc, obj, pointer, laws, err)) < 0)
    return rc;
  if (r->basis_count == 0) {
    char p[512];
    egca__json_pointer_key(p, sizeof p, pointer, "basis");
    return egca__json_fail(
        err, EGCA_E_INVALID, doc, p,
        EGCA__TR(err, "a reading needs its basis (law and article)", "读法需要其依据（法律及条款）"));
  }
  return 0;
}

static int parse_question(egca__readings *all, egca_question *x, const egca__json_doc *doc, const cJSON *obj,
                          const char *pointer, const rule_index *rules, const egca__laws *laws, egca_error *err)
{
  static const char *const keys[] = {"id", "question", "question_en", "rule", "default", "readings", "note", "note_en",
                                     NULL};
  char p[512], q[512];
  int rc;
  if ((rc = egca__json_expect_object(doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_check_keys(doc, obj, pointer, keys, err)) < 0 || (rc = get_id(&x->id, doc, obj, pointer, err)) < 0 ||
      (rc = egca__json_get_text_pair(&x->text, &x->text_en, doc, obj, pointer, "question", 1, err)) < 0 ||
      (rc = egca__json_get_text(&x->rule, doc, obj, pointer, "rule", 0, err)) < 0 ||
      (rc = egca__json_get_text_pair(&x->note, &x->note_en, doc, obj, pointer, "note", 0, err)) < 0)
    return rc;
  for (size_t k = 0; k < all->count; k++)
    if (strcmp(all->questions[k].id, x->id) == 0) {
      egca__json_pointer_key(p, sizeof p, pointer, "id");
      return egca__json_fail(err, EGCA_E_INVALID, doc, p,
                             EGCA__TR(err, "question \"%s\" is declared twice", "未决问题\"%s\"重复声明"), x->id);
    }
  /* What the code does with it: a point it consults, or a rule's roll. */
  const char *const *known = roll_readings;
  x->point = -1;
  if (x->rule != NULL) {
    egca__json_pointer_key(p, sizeof p, pointer, "rule");
    x->group = find_rule(rules, x->rule);
    int rolls = 0;
    for (size_t v = 0; x->group != NULL && v < x->group->count; v++)
      rolls |= x->group->cores[v]->spec.roll == EGCA_ROLL_EARLIER_OR_LATER;
    if (x->group == NULL)
      return egca__json_fail(err, EGCA_E_INVALID, doc, p, EGCA__TR(err, "unknown rule \"%s\"", "未知规则\"%s\""),
                             x->rule);
    if (!rolls)
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, p,
          EGCA__TR(err, "rule \"%s\" has no roll \"earlier_or_later\": there is no rest-day question to decide",
                   "规则\"%s\"的roll不是\"earlier_or_later\"：没有需要决定的休息日问题"),
          x->rule);
    for (size_t k = 0; k < all->count; k++)
      if (all->questions[k].group == x->group)
        return egca__json_fail(
            err, EGCA_E_INVALID, doc, p,
            EGCA__TR(err, "question \"%s\" already decides rule \"%s\"", "未决问题\"%s\"已决定规则\"%s\""),
            all->questions[k].id, x->rule);
    known = roll_readings;
  } else {
    for (int k = 0; k < EGCA__POINT_COUNT && x->point < 0; k++)
      if (strcmp(points[k].id, x->id) == 0)
        x->point = k;
  }
  /* The readings: exactly those the code acts on, each once. */
  egca__json_pointer_key(p, sizeof p, pointer, "readings");
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(obj, "readings");
  if (list == NULL)
    return egca__json_fail(err, EGCA_E_INVALID, doc, pointer,
                           EGCA__TR(err, "missing required field \"readings\"", "缺少必填字段\"readings\""));
  if ((rc = egca__json_expect_array(doc, list, p, err)) < 0)
    return rc;
  /* A question that names no rule and no point of the code sets a rule's period fields: its readings say
   * how ("sets"), and their ids are the data's. */
  int sets = 0;
  for (const cJSON *v = list->child; v != NULL; v = v->next)
    sets |= cJSON_IsObject(v) && cJSON_GetObjectItemCaseSensitive(v, "sets") != NULL;
  if (x->rule == NULL && x->point < 0 && !sets) {
    egca__json_pointer_key(p, sizeof p, pointer, "id");
    return egca__json_fail(
        err, EGCA_E_INVALID, doc, p,
        EGCA__TR(err,
                 "no computation consults question \"%s\" (a question names a \"rule\" whose rest-day roll "
                 "it decides, has readings that set a rule's unit (\"sets\"), or is one of docs/rules.md's)",
                 "没有任何计算参考未决问题\"%s\"（未决问题应指明其决定休息日顺延的\"rule\"，或其读法设定规则的单位"
                 "（\"sets\"），或为docs/rules.md所列之一）"),
        x->id);
  }
  if (x->point >= 0) {
    known = points[x->point].readings;
    all->at_point[x->point] = (int)all->count;
  }
  unsigned seen = 0;
  size_t i = 0;
  for (const cJSON *v = list->child; v != NULL; v = v->next, i++) {
    egca__json_pointer_index(q, sizeof q, p, i);
    if (i >= 2)
      return x->rule == NULL && x->point < 0
                 ? egca__json_fail(err, EGCA_E_INVALID, doc, q,
                                   EGCA__TR(err, "question \"%s\" has two readings", "未决问题\"%s\"只能有两种读法"),
                                   x->id)
                 : egca__json_fail(err, EGCA_E_INVALID, doc, q,
                                   EGCA__TR(err, "question \"%s\" has two readings: %s and %s",
                                            "未决问题\"%s\"只能有两种读法：%s和%s"),
                                   x->id, known[0], known[1]);
    reading *r = &x->readings[i];
    x->reading_count = i + 1;
    r->unit = r->roll = r->outcome = -1;
    if ((rc = parse_reading(r, doc, v, q, laws, err)) < 0)
      return rc;
    const cJSON *set = cJSON_GetObjectItemCaseSensitive(v, "sets");
    if (set != NULL && (x->rule != NULL || x->point >= 0)) {
      egca__json_pointer_key(q, sizeof q, q, "sets");
      return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                             EGCA__TR(err, "question \"%s\" %s: its readings set no rule's unit",
                                      "未决问题\"%s\"%s：其读法不设定规则的单位"),
                             x->id,
                             x->rule != NULL ? EGCA__TR(err, "decides a rest-day roll", "决定休息日顺延")
                                             : EGCA__TR(err, "is consulted by the code", "由代码直接参考"));
    }
    if (x->rule == NULL && x->point < 0) {
      /* A "sets" question: any two reading ids, each once; a reading without "sets" is the rule as written. */
      if (set != NULL) {
        const egca__rule_group *g = NULL;
        if ((rc = parse_sets(r, &g, doc, set, q, rules, err)) < 0)
          return rc;
        egca__json_pointer_key(q, sizeof q, q, "sets");
        egca__json_pointer_key(q, sizeof q, q, "rule");
        if (x->sets != NULL && x->sets != g)
          return egca__json_fail(
              err, EGCA_E_INVALID, doc, q,
              EGCA__TR(err, "question \"%s\" sets rule \"%s\" in another reading: a question sets one rule",
                       "未决问题\"%s\"在另一读法中设定规则\"%s\"：一个未决问题只设定一条规则"),
              x->id, x->sets->id);
        for (size_t k = 0; x->sets == NULL && k < all->count; k++)
          if (all->questions[k].sets == g)
            return egca__json_fail(
                err, EGCA_E_INVALID, doc, q,
                EGCA__TR(err, "question \"%s\" already sets rule \"%s\"", "未决问题\"%s\"已设定规则\"%s\""),
                all->questions[k].id, g->id);
        x->sets = g;
      }
      for (size_t k = 0; k < i; k++)
        if (strcmp(x->readings[k].id, r->id) == 0) {
          egca__json_pointer_index(q, sizeof q, p, i);
          egca__json_pointer_key(q, sizeof q, q, "id");
          return egca__json_fail(err, EGCA_E_INVALID, doc, q,
                                 EGCA__TR(err, "reading \"%s\" of question \"%s\" is listed twice",
                                          "读法\"%s\"（未决问题\"%s\"）重复列出"),
                                 r->id, x->id);
        }
      seen |= 1u << i;
      x->code[i] = (uint8_t)i;
      continue;
    }
    int k = index_of(known, 2, r->id);
    if (k < 0 || (seen & (1u << k))) {
      egca__json_pointer_key(q, sizeof q, q, "id");
      return egca__json_fail(
          err, EGCA_E_INVALID, doc, q,
          k < 0 ? EGCA__TR(err, "no computation acts on reading \"%s\": question \"%s\" has readings %s and %s",
                           "没有任何计算采用读法\"%s\"：未决问题\"%s\"的读法为%s和%s")
                : EGCA__TR(err, "reading \"%s\" of question \"%s\" is listed twice (%s, %s)",
                           "读法\"%s\"（未决问题\"%s\"）重复列出（%s、%s）"),
          r->id, x->id, known[0], known[1]);
    }
    seen |= 1u << k;
    x->code[i] = (uint8_t)k;
  }
  if (seen != 3u)
    return x->rule == NULL && x->point < 0
               ? egca__json_fail(err, EGCA_E_INVALID, doc, p,
                                 EGCA__TR(err, "question \"%s\" needs two readings", "未决问题\"%s\"需要两种读法"),
                                 x->id)
               : egca__json_fail(err, EGCA_E_INVALID, doc, p,
                                 EGCA__TR(err, "question \"%s\" needs both readings, %s and %s",
                                          "未决问题\"%s\"需要%s和%s两种读法"),
                                 x->id, known[0], known[1]);
  const char *def = NULL;
  if ((rc = egca__json_get_string(&def, doc, obj, pointer, "default", 1, err)) < 0)
    return rc;
  int d = -1;
  for (size_t k = 0; k < x->reading_count && d < 0; k++)
    if (strcmp(x->readings[k].id, def) == 0)
      d = (int)k;
  if (d < 0) {
    egca__json_pointer_key(p, sizeof p, pointer, "default");
    return egca__json_fail(
        err, EGCA_E_INVALID, doc, p,
        EGCA__TR(err, "\"%s\" is not a reading of question \"%s\"", "\"%s\"不是未决问题\"%s\"的读法"), def, x->id);
  }
  x->def = (size_t)d;
  return 0;
}

int egca__readings_parse(egca__readings **out, const egca__json_doc *doc, egca__rule_group *groups,
                         size_t group_count, const egca__laws *laws, egca_error *err)
{
  const rule_index index = {groups, group_count}, *rules = &index;
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
    rc = egca__json_fail(err, EGCA_E_INVALID, doc, "",
                         EGCA__TR(err, "missing required field \"questions\"", "缺少必填字段\"questions\""));
    goto fail;
  }
  if ((rc = egca__json_expect_array(doc, list, "/questions", err)) < 0)
    goto fail;
  char p[64];
  size_t i = 0;
  for (const cJSON *v = list->child; v != NULL; v = v->next, i++) {
    egca__json_pointer_index(p, sizeof p, "/questions", i);
    if (i >= EGCA__QUESTIONS_MAX) {
      rc = egca__json_fail(err, EGCA_E_INVALID, doc, p, EGCA__TR(err, "more than %d questions", "未决问题超过%d个"),
                           EGCA__QUESTIONS_MAX);
      goto fail;
    }
    rc = parse_question(r, &r->questions[i], doc, v, p, rules, laws, err);
    r->count = i + 1;
    if (rc < 0)
      goto fail;
  }
  /* Each rule's questions, kept in the rule (parse_question let one question set a rule and one decide its
   * roll): every period computation asks, and most rules have none. */
  for (size_t g = 0; g < group_count; g++)
    groups[g].sets_question = groups[g].roll_question = -1;
  for (size_t q = 0; q < r->count; q++) {
    if (r->questions[q].sets != NULL)
      groups[r->questions[q].sets - groups].sets_question = (int)q;
    if (r->questions[q].group != NULL)
      groups[r->questions[q].group - groups].roll_question = (int)q;
    r->default_pick[q] = (uint8_t)r->questions[q].def;
  }
  for (size_t g = 0; g < group_count; g++) {
    egca__rule_group *x = &groups[g];
    x->consults = x->sets_question >= 0 || x->roll_question >= 0;
    for (size_t v = 0; v < x->count; v++)
      x->consults |= x->cores[v]->applies.kind == EGCA__KIND_TERM;
  }
  /* Every question the code consults is declared, and every rest-day roll left open has its question:
   * the code never applies a reading the data does not name. */
  for (int k = 0; k < EGCA__POINT_COUNT; k++)
    if (r->at_point[k] < 0) {
      rc = egca__json_fail(err, EGCA_E_INVALID, doc, "/questions",
                           EGCA__TR(err, "question \"%s\" is missing", "缺少未决问题\"%s\""), points[k].id);
      goto fail;
    }
  for (size_t g = 0; g < group_count; g++) {
    const egca__rule_group *group = &groups[g];
    int rolls = 0;
    for (size_t v = 0; v < group->count; v++)
      rolls |= group->cores[v]->spec.roll == EGCA_ROLL_EARLIER_OR_LATER;
    if (rolls && egca__roll_question(r, group) < 0) {
      rc = egca__json_fail(err, EGCA_E_INVALID, doc, "/questions",
                           EGCA__TR(err, "rule \"%s\" rolls \"earlier_or_later\", and no question names it (\"rule\")",
                                    "规则\"%s\"的roll为\"earlier_or_later\"，但没有未决问题指明它（\"rule\"）"),
                           group->id);
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

void egca__apply_sets(egca__selection *s, int question, egca_period_spec *spec)
{
  if (question < 0)
    return;
  const egca_question *x = &s->readings->questions[question];
  int counts = 0; /* a question of the outcome only does not change the count */
  for (size_t i = 0; i < x->reading_count; i++)
    counts |= x->readings[i].unit >= 0 || x->readings[i].roll >= 0;
  if (!counts)
    return;
  egca__engage(s, question);
  const reading *r = &x->readings[s->pick[question]];
  if (r->unit >= 0)
    spec->unit = (egca_period_unit)r->unit;
  if (r->roll >= 0)
    spec->roll = (egca_roll)r->roll;
}

const egca__rule_group *egca__reading_from_end_of(const egca__readings *r, int question, size_t reading)
{
  return r->questions[question].readings[reading].from_end_of;
}

int egca__opens(egca__selection *s, const egca__rule_group *g, egca_outcome declared, egca_outcome got)
{
  const int question = egca__sets_question(s->readings, g);
  if (question < 0)
    return declared == EGCA_OUTCOME_NONE || got == declared;
  const egca_question *x = &s->readings->questions[question];
  int opens[EGCA__READINGS_MAX], differ = 0;
  for (size_t i = 0; i < x->reading_count; i++) {
    const egca_outcome want = x->readings[i].outcome >= 0 ? (egca_outcome)x->readings[i].outcome : declared;
    opens[i] = want == EGCA_OUTCOME_NONE || got == want;
    differ |= opens[i] != opens[0];
  }
  if (differ)
    egca__engage(s, question);
  return opens[s->pick[question]];
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

const uint8_t *egca__readings_default_picks(const egca__readings *r) { return r->default_pick; }

int egca__selection_choose(egca__selection *s, const egca_reading_choice *choices, size_t count,
                           egca_roll_policy policy, egca_receipt_reading receipt, egca_error *err)
{
  const egca__readings *r = s->readings;
  /* The deprecated options (only they walk the questions). */
  for (size_t q = 0; q < r->count && (policy == EGCA_POLICY_LATER || receipt == EGCA_RECEIPT_AS_DATED); q++) {
    const egca_question *x = &r->questions[q];
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
    return egca__fail(
        err, EGCA_E_INVALID, NULL, 0,
        EGCA__TR(err, "reading_count is set but readings is NULL", "设置了reading_count，但readings为NULL"));
  uint32_t chosen = 0;
  for (size_t c = 0; c < count; c++) {
    const char *qid = choices[c].question, *rid = choices[c].reading;
    const egca_question *x = egca__question_find(r, qid);
    if (x == NULL)
      return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                        EGCA__TR(err, "unknown question \"%.100s\" (egca rules readings lists them)",
                                 "未知未决问题\"%.100s\"（egca rules readings列出全部未决问题）"),
                        qid != NULL ? qid : "");
    const size_t q = (size_t)(x - r->questions);
    if (chosen & (1u << q))
      return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                        EGCA__TR(err, "question \"%s\" is given a reading twice", "未决问题\"%s\"被两次指定读法"),
                        x->id);
    chosen |= 1u << q;
    int found = -1;
    for (size_t i = 0; rid != NULL && i < x->reading_count && found < 0; i++)
      if (strcmp(x->readings[i].id, rid) == 0)
        found = (int)i;
    if (found < 0)
      return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                        EGCA__TR(err, "question \"%s\" has no reading \"%.100s\": it has %s and %s",
                                 "未决问题\"%s\"没有读法\"%.100s\"：其读法为%s和%s"),
                        x->id, rid != NULL ? rid : "", x->readings[0].id, x->readings[1].id);
    s->pick[q] = (uint8_t)found;
  }
  return 0;
}

size_t egca__questions(const egca__readings *r) { return r != NULL ? r->count : 0; }
const egca_question *egca__question_at(const egca__readings *r, size_t q)
{
  return q < egca__questions(r) ? &r->questions[q] : NULL;
}
const egca_question *egca__question_find(const egca__readings *r, const char *id)
{
  for (size_t q = 0; id != NULL && q < egca__questions(r); q++)
    if (strcmp(r->questions[q].id, id) == 0)
      return &r->questions[q];
  return NULL;
}
size_t egca__question_readings(const egca__readings *r, size_t q) { return r->questions[q].reading_count; }
size_t egca__question_default(const egca__readings *r, size_t q) { return r->questions[q].def; }
const char *egca__question_id(const egca__readings *r, size_t q) { return r->questions[q].id; }
const char *egca__question_reading(const egca__readings *r, size_t q, size_t i) { return r->questions[q].readings[i].id; }

/* --- Public getters ----------------------------------------------------------------------------------- */

EGCA_API const char *egca_question_id(const egca_question *x) { return x->id; }
EGCA_API const char *egca_question_text(const egca_question *x) { return x->text; }
EGCA_API const char *egca_question_rule(const egca_question *x) { return x->rule; }
EGCA_API const char *egca_question_note(const egca_question *x) { return x->note; }
EGCA_API const char *egca_question_text_lang(const egca_question *x, egca_lang lang)
{
  return lang == EGCA_LANG_EN ? x->text_en : x->text;
}
EGCA_API const char *egca_question_note_lang(const egca_question *x, egca_lang lang)
{
  return lang == EGCA_LANG_EN ? x->note_en : x->note;
}
EGCA_API const char *egca_question_sets(const egca_question *x) { return x->sets != NULL ? x->sets->id : NULL; }

static const char *unit_name(int unit) { return unit == EGCA_UNIT_WORKING_DAYS ? "working_days" : unit == EGCA_UNIT_DAYS ? "days" : NULL; }
static const char *roll_name(int roll)
{
  return roll == EGCA_ROLL_NONE ? "none" : roll == EGCA_ROLL_NEXT_WORKING_DAY ? "next_working_day" : NULL;
}

EGCA_API const char *egca_question_reading_outcome(const egca_question *x, size_t i)
{
  static const char *const names[] = {"any", "granted", "denied"};
  return x->sets != NULL && i < x->reading_count && x->readings[i].outcome >= 0 ? names[x->readings[i].outcome] : NULL;
}

EGCA_API const char *egca_question_reading_from_end_of(const egca_question *x, size_t i)
{
  return x->sets != NULL && i < x->reading_count && x->readings[i].from_end_of != NULL ? x->readings[i].from_end_of->id
                                                                                      : NULL;
}

EGCA_API const char *egca_question_reading_sets(const egca_question *x, size_t i, const char **unit, const char **roll)
{
  const int set = x->sets != NULL && i < x->reading_count &&
                  (x->readings[i].unit >= 0 || x->readings[i].roll >= 0 || x->readings[i].outcome >= 0 ||
                   x->readings[i].from_end_of != NULL);
  if (unit != NULL)
    *unit = set ? unit_name(x->readings[i].unit) : NULL;
  if (roll != NULL)
    *roll = set ? roll_name(x->readings[i].roll) : NULL;
  return set ? x->sets->id : NULL;
}
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
EGCA_API const char *egca_question_reading_text_lang(const egca_question *x, size_t i, egca_lang lang)
{
  return i < x->reading_count ? (lang == EGCA_LANG_EN ? x->readings[i].text_en : x->readings[i].text) : NULL;
}
EGCA_API const egca_basis *egca_question_reading_basis(const egca_question *x, size_t i, size_t *count)
{
  if (count != NULL)
    *count = i < x->reading_count ? x->readings[i].basis_count : 0;
  return i < x->reading_count ? x->readings[i].basis : NULL;
}
