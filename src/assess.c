/* egca — assess module: the qualification conditions of 《电子政务电子认证服务管理办法》第六条 evaluated for
 * a profile in three-valued logic, and the profile's materials checked against the service guide's list.
 * Place in the flow: rule set -> conditions (conditions.h, compiled) and a profile (profile.h) -> assess
 * (here) -> the assessment's text and JSON (assess_output.c). It knows nothing of deadlines.
 *
 * Everything an assessment owns lives in its arena, so freeing it (or abandoning it half-built on an error
 * path) is one call. */
#include "arena.h"
#include "assess_internal.h"
#include "conditions.h"
#include "profile.h"
#include "ruleset.h"

#include <stdlib.h>
#include <string.h>

/* --- Values in text ------------------------------------------------------------------------------- */

/* The value as JSON text. */
static void sb_value_json(egca__buf *s, const egca__value *v)
{
  char num[64];
  switch (v->type) {
  case EGCA__VALUE_BOOL: egca__buf_put(s, v->boolean ? "true" : "false"); break;
  case EGCA__VALUE_STRING: egca__buf_json_string(s, v->string); break;
  default:
    egca__json_format_number(num, sizeof num, v->number);
    egca__buf_put(s, num);
    break;
  }
}

/* The value as a reader sees it in the report. */
static void sb_value_human(egca__buf *s, const egca__value *v, egca_lang lang)
{
  char num[64];
  switch (v->type) {
  case EGCA__VALUE_BOOL: egca__buf_put(s, v->boolean ? EGCA__TR_LANG(lang, "yes", "是") : EGCA__TR_LANG(lang, "no", "否")); break;
  case EGCA__VALUE_STRING: egca__buf_put(s, v->string); break;
  default:
    egca__json_format_number(num, sizeof num, v->number);
    egca__buf_put(s, num);
    break;
  }
}

/* --- Evaluation ----------------------------------------------------------------------------------- */

/* The operators as the report writes them. */
static const char *const compare_symbols[] = {"=", "≠", "<", "≤", ">", "≥"};

/* Kleene's strong three-valued logic, with "unknown" split in two: a fact the profile lacks (unknown)
 * and a judgement the law leaves to the reviewer that is not yet recorded (needs_review). A missing fact
 * outranks a missing finding: the reviewer judges after the facts are in. */
static egca_verdict verdict_and(egca_verdict a, egca_verdict b)
{
  if (a == EGCA_VERDICT_NOT_MET || b == EGCA_VERDICT_NOT_MET)
    return EGCA_VERDICT_NOT_MET;
  if (a == EGCA_VERDICT_UNKNOWN || b == EGCA_VERDICT_UNKNOWN)
    return EGCA_VERDICT_UNKNOWN;
  if (a == EGCA_VERDICT_NEEDS_REVIEW || b == EGCA_VERDICT_NEEDS_REVIEW)
    return EGCA_VERDICT_NEEDS_REVIEW;
  return EGCA_VERDICT_MET;
}

static egca_verdict verdict_or(egca_verdict a, egca_verdict b)
{
  if (a == EGCA_VERDICT_MET || b == EGCA_VERDICT_MET)
    return EGCA_VERDICT_MET;
  if (a == EGCA_VERDICT_UNKNOWN || b == EGCA_VERDICT_UNKNOWN)
    return EGCA_VERDICT_UNKNOWN;
  if (a == EGCA_VERDICT_NEEDS_REVIEW || b == EGCA_VERDICT_NEEDS_REVIEW)
    return EGCA_VERDICT_NEEDS_REVIEW;
  return EGCA_VERDICT_NOT_MET;
}

static egca_verdict verdict_not(egca_verdict a)
{
  return a == EGCA_VERDICT_MET ? EGCA_VERDICT_NOT_MET : a == EGCA_VERDICT_NOT_MET ? EGCA_VERDICT_MET : a;
}

static egca_verdict from_bool(int b) { return b ? EGCA_VERDICT_MET : EGCA_VERDICT_NOT_MET; }

static const char *result_words(egca_verdict v, egca_lang lang)
{
  switch (v) {
  case EGCA_VERDICT_MET: return EGCA__TR_LANG(lang, "satisfied", "满足");
  case EGCA_VERDICT_NOT_MET: return EGCA__TR_LANG(lang, "not satisfied", "不满足");
  case EGCA_VERDICT_UNKNOWN: return EGCA__TR_LANG(lang, "cannot be decided", "无法判断");
  default: return EGCA__TR_LANG(lang, "for the reviewer to judge", "需评审认定");
  }
}

/* A fact's name in the language of the assessment. */
static const char *label_of(int f, egca_lang lang)
{
  return lang == EGCA_LANG_EN ? egca__facts[f].label_en : egca__facts[f].label;
}

typedef struct evaluation {
  egca__arena *mem;
  const egca_profile *profile;
  egca_reason *reasons; /* sized by the compiled leaf count */
  size_t reason_count;
  const char **missing; /* sized by the number of fact references */
  size_t missing_count;
  int failed;
  egca_lang lang; /* the language of the reasons' texts */
} evaluation;

static void note_missing(evaluation *e, int fact)
{
  if (e->missing == NULL)
    return;
  for (size_t i = 0; i < e->missing_count; i++)
    if (strcmp(e->missing[i], egca__facts[fact].path) == 0)
      return;
  e->missing[e->missing_count++] = egca__facts[fact].path;
}

static int compare_numbers(double a, egca__compare_op op, double b)
{
  switch (op) {
  case EGCA__OP_EQ: return a == b;
  case EGCA__OP_NE: return a != b;
  case EGCA__OP_LT: return a < b;
  case EGCA__OP_LE: return a <= b;
  case EGCA__OP_GT: return a > b;
  default: return a >= b;
  }
}

static int values_equal(const egca__value *a, const egca__value *b)
{
  if (egca__value_numeric(a->type))
    return a->number == b->number;
  if (a->type == EGCA__VALUE_BOOL)
    return a->boolean == b->boolean;
  return strcmp(a->string, b->string) == 0;
}

/* A sum over non-negative facts of which some are absent lies in [lo, +inf): decide when every value of
 * that interval gives the same answer. */
static egca_verdict compare_interval(double lo, int bounded, egca__compare_op op, double c)
{
  if (bounded)
    return from_bool(compare_numbers(lo, op, c));
  switch (op) {
  case EGCA__OP_GE: return lo >= c ? EGCA_VERDICT_MET : EGCA_VERDICT_UNKNOWN;
  case EGCA__OP_GT: return lo > c ? EGCA_VERDICT_MET : EGCA_VERDICT_UNKNOWN;
  case EGCA__OP_LE: return lo > c ? EGCA_VERDICT_NOT_MET : EGCA_VERDICT_UNKNOWN;
  case EGCA__OP_LT: return lo >= c ? EGCA_VERDICT_NOT_MET : EGCA_VERDICT_UNKNOWN;
  case EGCA__OP_EQ: return lo > c ? EGCA_VERDICT_NOT_MET : EGCA_VERDICT_UNKNOWN;
  default: return lo > c ? EGCA_VERDICT_MET : EGCA_VERDICT_UNKNOWN;
  }
}

static char *value_json(evaluation *e, const egca__value *v)
{
  egca__buf s = {0};
  sb_value_json(&s, v);
  char *text = egca__arena_take(e->mem, &s);
  if (text == NULL)
    e->failed = 1;
  return text;
}

/* Fills an array of egca_fact_value for facts; returns it (NULL for none or on failure). */
static egca_fact_value *fact_values(evaluation *e, const int *facts, size_t count)
{
  if (count == 0)
    return NULL;
  egca_fact_value *out = egca__arena_array(e->mem, count, sizeof *out);
  if (out == NULL) {
    e->failed = 1;
    return NULL;
  }
  for (size_t i = 0; i < count; i++) {
    int f = facts[i];
    out[i].fact = egca__facts[f].path;
    out[i].label = label_of(f, e->lang);
    out[i].value = e->profile->present[f] ? value_json(e, &e->profile->values[f]) : NULL;
  }
  return out;
}

/* "label 12，label 未填写" */
static void sb_fact_list(egca__buf *s, const egca_profile *p, const int *facts, size_t count, egca_lang lang)
{
  for (size_t i = 0; i < count; i++) {
    int f = facts[i];
    egca__buf_printf(s, "%s%s ", i ? EGCA__TR_LANG(lang, ", ", "，") : "", label_of(f, lang));
    if (p->present[f])
      sb_value_human(s, &p->values[f], lang);
    else
      egca__buf_put(s, EGCA__TR_LANG(lang, "not given", "未填写"));
  }
}

static void sb_threshold_human(egca__buf *s, const egca__node *n, egca_lang lang)
{
  if (n->kind == EGCA__NODE_IN) {
    egca__buf_put(s, EGCA__TR_LANG(lang, " one of ", "属于 "));
    for (size_t i = 0; i < n->literal_count; i++) {
      if (i)
        egca__buf_put(s, EGCA__TR_LANG(lang, ", ", "、"));
      sb_value_human(s, &n->literals[i], lang);
    }
  } else {
    egca__buf_printf(s, " %s ", compare_symbols[n->op]);
    sb_value_human(s, &n->threshold, lang);
  }
}

static void sb_threshold_json(egca__buf *s, const egca__node *n)
{
  if (n->kind == EGCA__NODE_IN) {
    egca__buf_put(s, "[");
    for (size_t i = 0; i < n->literal_count; i++) {
      if (i)
        egca__buf_put(s, ", ");
      sb_value_json(s, &n->literals[i]);
    }
    egca__buf_put(s, "]");
  } else {
    sb_value_json(s, &n->threshold);
  }
}

static egca_verdict eval_leaf(evaluation *e, const egca__node *n)
{
  const egca_profile *p = e->profile;
  egca_reason *r = &e->reasons[e->reason_count++];
  memset(r, 0, sizeof *r);
  r->fact_count = n->fact_count;
  r->facts = fact_values(e, n->facts, n->fact_count);
  egca__buf text = {0};
  egca_verdict v;
  int f = n->facts[0];
  if (n->kind == EGCA__NODE_EXISTS) {
    r->op = "exists";
    v = from_bool(p->present[f]);
    r->value = r->facts != NULL ? r->facts[0].value : NULL;
    egca__buf_printf(&text, EGCA__TR_LANG(e->lang, "%s (%s) %s: %s", "%s（%s）%s：%s"), label_of(f, e->lang),
                     egca__facts[f].path,
                     p->present[f] ? EGCA__TR_LANG(e->lang, "given", "已填写") : EGCA__TR_LANG(e->lang, "not given", "未填写"),
                     result_words(v, e->lang));
  } else if (n->kind == EGCA__NODE_FINDING) {
    r->op = "finding";
    r->evidence_count = n->evidence_count;
    r->evidence = fact_values(e, n->evidence, n->evidence_count);
    r->value = r->facts != NULL ? r->facts[0].value : NULL;
    if (p->present[f]) {
      v = from_bool(p->values[f].boolean);
      egca__buf_printf(&text, EGCA__TR_LANG(e->lang, "reviewer's finding: %s (%s) is %s: %s", "评审结论：%s（%s）为 %s：%s"),
                       label_of(f, e->lang), egca__facts[f].path,
                       p->values[f].boolean ? EGCA__TR_LANG(e->lang, "yes", "是") : EGCA__TR_LANG(e->lang, "no", "否"),
                       result_words(v, e->lang));
    } else {
      v = EGCA_VERDICT_NEEDS_REVIEW;
      note_missing(e, f);
      egca__buf_printf(&text, EGCA__TR_LANG(e->lang, "%s (%s): no reviewer's finding recorded: %s", "%s（%s）未记录评审结论：%s"),
                       label_of(f, e->lang), egca__facts[f].path, result_words(v, e->lang));
    }
    if (n->evidence_count > 0) {
      egca__buf_put(&text, EGCA__TR_LANG(e->lang, "; evidence: ", "；证据："));
      sb_fact_list(&text, p, n->evidence, n->evidence_count, e->lang);
    }
  } else {
    r->op = n->kind == EGCA__NODE_IN ? "in" : egca__compare_names[n->op];
    egca__buf threshold = {0};
    sb_threshold_json(&threshold, n);
    if ((r->threshold = egca__arena_take(e->mem, &threshold)) == NULL)
      e->failed = 1;
    /* The operand: one fact, or a sum whose absent addends leave only a lower bound. */
    double total = 0;
    size_t absent = 0;
    for (size_t i = 0; i < n->fact_count; i++) {
      if (p->present[n->facts[i]])
        total += p->values[n->facts[i]].number;
      else
        absent++;
    }
    if (!n->sum) {
      if (!p->present[f]) {
        v = EGCA_VERDICT_UNKNOWN;
      } else if (n->kind == EGCA__NODE_IN) {
        int found = 0;
        for (size_t i = 0; i < n->literal_count; i++)
          found |= values_equal(&p->values[f], &n->literals[i]);
        v = from_bool(found);
      } else if (egca__value_numeric(p->values[f].type)) {
        v = from_bool(compare_numbers(p->values[f].number, n->op, n->threshold.number));
      } else {
        int eq = values_equal(&p->values[f], &n->threshold);
        v = from_bool(n->op == EGCA__OP_EQ ? eq : !eq);
      }
      r->value = r->facts != NULL ? r->facts[0].value : NULL;
      egca__buf_printf(&text, EGCA__TR_LANG(e->lang, "%s (%s)", "%s（%s）"), label_of(f, e->lang), egca__facts[f].path);
      if (p->present[f]) {
        egca__buf_put(&text, EGCA__TR_LANG(e->lang, " is ", "为 "));
        sb_value_human(&text, &p->values[f], e->lang);
      } else {
        egca__buf_put(&text, EGCA__TR_LANG(e->lang, " not given", "未填写"));
      }
    } else {
      if (n->kind == EGCA__NODE_IN) {
        int found = 0;
        for (size_t i = 0; i < n->literal_count; i++)
          found |= total == n->literals[i].number;
        v = absent > 0 ? EGCA_VERDICT_UNKNOWN : from_bool(found);
      } else {
        v = compare_interval(total, absent == 0, n->op, n->threshold.number);
      }
      egca__value sum = {.type = EGCA__VALUE_NUMBER, .number = total};
      r->value = value_json(e, &sum);
      r->partial = absent > 0;
      egca__buf_printf(&text, EGCA__TR_LANG(e->lang, "%s%s is ", "%s%s为 "), e->lang == EGCA_LANG_EN ? n->label_en : n->label,
                       absent > 0 ? EGCA__TR_LANG(e->lang, " (of what is given)", "（已填写部分）") : "");
      sb_value_human(&text, &sum, e->lang);
    }
    egca__buf_put(&text, EGCA__TR_LANG(e->lang, ", required", "，要求"));
    sb_threshold_human(&text, n, e->lang);
    egca__buf_printf(&text, EGCA__TR_LANG(e->lang, ": %s", "：%s"), result_words(v, e->lang));
    if (n->sum) {
      egca__buf_put(&text, EGCA__TR_LANG(e->lang, " (", "（"));
      sb_fact_list(&text, p, n->facts, n->fact_count, e->lang);
      egca__buf_put(&text, EGCA__TR_LANG(e->lang, ")", "）"));
    }
    if (v == EGCA_VERDICT_UNKNOWN)
      for (size_t i = 0; i < n->fact_count; i++)
        if (!p->present[n->facts[i]])
          note_missing(e, n->facts[i]);
  }
  r->result = v;
  if ((r->text = egca__arena_take(e->mem, &text)) == NULL)
    e->failed = 1;
  return v;
}

/* Every child is evaluated, whatever the ones before it gave: the report lists every leaf. */
static egca_verdict eval_node(evaluation *e, const egca__node *n)
{
  switch (n->kind) {
  case EGCA__NODE_ALL:
  case EGCA__NODE_ANY: {
    egca_verdict v = n->kind == EGCA__NODE_ALL ? EGCA_VERDICT_MET : EGCA_VERDICT_NOT_MET;
    for (size_t i = 0; i < n->child_count; i++) {
      egca_verdict child = eval_node(e, &n->children[i]);
      v = n->kind == EGCA__NODE_ALL ? verdict_and(v, child) : verdict_or(v, child);
    }
    return v;
  }
  case EGCA__NODE_NOT: return verdict_not(eval_node(e, &n->children[0]));
  default: return eval_leaf(e, n);
  }
}

static size_t fact_refs(const egca__node *n)
{
  size_t total = n->fact_count;
  for (size_t i = 0; i < n->child_count; i++)
    total += fact_refs(&n->children[i]);
  return total;
}

static int evaluate_conditions(egca_assessment *a, const egca_assess_rules *r, const egca_profile *p)
{
  const egca_lang lang = a->lang;
  a->condition_count = r->condition_count;
  a->conditions = egca__arena_array(&a->mem, r->condition_count, sizeof *a->conditions);
  a->condition_items = egca__arena_array(&a->mem, r->condition_count, sizeof *a->condition_items);
  size_t finding_max = 0;
  for (size_t i = 0; i < r->condition_count; i++)
    finding_max += r->conditions[i].advisory_count;
  for (size_t m = 0; m < r->material_count; m++)
    finding_max += r->materials[m].evidence_count;
  a->findings = egca__arena_array(&a->mem, finding_max, sizeof *a->findings);
  if (a->conditions == NULL || a->condition_items == NULL || a->findings == NULL)
    return EGCA_E_NOMEM;
  int all_met = 1, any_not_met = 0;
  for (size_t i = 0; i < r->condition_count; i++) {
    const egca__condition *c = &r->conditions[i];
    egca_condition_result *out = &a->conditions[i];
    a->condition_items[i] = lang == EGCA_LANG_EN ? c->guide_item_en : c->guide_item;
    out->id = c->id;
    out->title = lang == EGCA_LANG_EN ? c->title_en : c->title;
    out->basis_count = c->basis_count;
    out->basis = lang == EGCA_LANG_EN ? c->basis_en : c->basis;
    evaluation e = {&a->mem, p, NULL, 0, NULL, 0, 0, lang};
    e.reasons = egca__arena_array(&a->mem, c->leaves, sizeof *e.reasons);
    e.missing = egca__arena_array(&a->mem, fact_refs(&c->rule), sizeof *e.missing);
    if (e.reasons == NULL || e.missing == NULL)
      return EGCA_E_NOMEM;
    out->verdict = eval_node(&e, &c->rule);
    out->reason_count = e.reason_count;
    out->reasons = e.reasons;
    out->missing_fact_count = e.missing_count;
    out->missing_facts = e.missing;
    if (e.failed)
      return EGCA_E_NOMEM;
    all_met &= out->verdict == EGCA_VERDICT_MET;
    any_not_met |= out->verdict == EGCA_VERDICT_NOT_MET;
    /* Advisories never change the verdict; one that does not hold becomes a finding for the reviewer. */
    for (size_t k = 0; k < c->advisory_count; k++) {
      const egca__advisory *adv = &c->advisories[k];
      evaluation ae = {&a->mem, p, NULL, 0, NULL, 0, 0, lang};
      ae.reasons = egca__arena_array(&a->mem, adv->leaves, sizeof *ae.reasons);
      if (ae.reasons == NULL)
        return EGCA_E_NOMEM;
      egca_verdict v = eval_node(&ae, &adv->rule);
      if (ae.failed)
        return EGCA_E_NOMEM;
      if (v == EGCA_VERDICT_MET)
        continue;
      egca__buf s = {0};
      egca__buf_put(&s, lang == EGCA_LANG_EN ? adv->note_en : adv->note);
      for (size_t j = 0; j < ae.reason_count; j++)
        egca__buf_printf(&s, EGCA__TR_LANG(lang, "; %s", "；%s"), ae.reasons[j].text);
      egca_finding *fnd = &a->findings[a->finding_count++];
      fnd->id = adv->id;
      fnd->condition = c->id;
      fnd->material = NULL;
      if ((fnd->message = egca__arena_take(&a->mem, &s)) == NULL)
        return EGCA_E_NOMEM;
    }
  }
  a->eligibility = all_met ? EGCA_ELIGIBLE_YES : any_not_met ? EGCA_ELIGIBLE_NO : EGCA_ELIGIBLE_UNDETERMINED;
  return 0;
}

/* Resolves the profile's material ids; an id the rules do not define is an error pointing into the
 * profile. listed[m] is set for a whole item, sub_listed[m][s] for a sub-item. */
static int resolve_materials(int *listed, int **sub_listed, const egca_assess_rules *r, const egca_profile *p,
                             egca_error *err)
{
  for (size_t i = 0; i < p->material_count; i++) {
    const char *id = p->materials[i];
    int found = 0;
    for (size_t m = 0; m < r->material_count && !found; m++) {
      const egca__material *mat = &r->materials[m];
      if (strcmp(mat->id, id) == 0) {
        listed[m] = found = 1;
        continue;
      }
      for (size_t s = 0; s < mat->sub_count && !found; s++)
        if (strcmp(mat->subs[s].id, id) == 0)
          sub_listed[m][s] = found = 1;
    }
    if (!found) {
      egca__json_doc doc = {.text = p->text, .len = p->len, .source = p->source};
      char pointer[64];
      egca__json_pointer_index(pointer, sizeof pointer, "/" EGCA__PROFILE_MATERIALS, i);
      return egca__json_fail(err, EGCA_E_INVALID, &doc, pointer,
                             EGCA__TR(err, "unknown material \"%s\"", "未知材料\"%s\""), id);
    }
  }
  return 0;
}

static int check_materials(egca_assessment *a, const egca_assess_rules *r, const egca_profile *p, egca_error *err)
{
  int *listed = egca__arena_array(&a->mem, r->material_count, sizeof *listed);
  int **sub_listed = egca__arena_array(&a->mem, r->material_count, sizeof *sub_listed);
  a->gaps = egca__arena_array(&a->mem, r->material_count, sizeof *a->gaps);
  if (listed == NULL || sub_listed == NULL || a->gaps == NULL)
    return egca__fail_nomem(err);
  for (size_t m = 0; m < r->material_count; m++)
    if ((sub_listed[m] = egca__arena_array(&a->mem, r->materials[m].sub_count, sizeof **sub_listed)) == NULL)
      return egca__fail_nomem(err);
  int rc = resolve_materials(listed, sub_listed, r, p, err);
  if (rc < 0)
    return rc;
  /* Every gap, in the guide's order: 一次性告知 (行政许可法 第三十二条第一款第（四）项) forbids stopping at the first. */
  for (size_t m = 0; m < r->material_count; m++) {
    const egca__material *mat = &r->materials[m];
    if (listed[m])
      continue; /* the item named alone stands for all its sub-items */
    size_t missing = 0;
    for (size_t s = 0; s < mat->sub_count; s++)
      missing += !sub_listed[m][s];
    if (mat->sub_count > 0 && missing == 0)
      continue;
    egca_material_gap *g = &a->gaps[a->gap_count++];
    const int en = a->lang == EGCA_LANG_EN;
    g->id = mat->id;
    g->item = en ? mat->item_en : mat->item;
    g->title = en ? mat->title_en : mat->title;
    g->whole = missing == mat->sub_count;
    g->sub_item_count = missing;
    egca_material_ref *subs = egca__arena_array(&a->mem, missing, sizeof *subs);
    if (subs == NULL)
      return egca__fail_nomem(err);
    for (size_t s = 0, k = 0; s < mat->sub_count; s++)
      if (!sub_listed[m][s])
        subs[k++] = en ? mat->subs_en[s] : mat->subs[s];
    g->sub_items = missing > 0 ? subs : NULL;
  }
  a->complete = a->gap_count == 0;
  return 0;
}

/* A gap over lines: the item, then its missing sub-items one to a line (a sub-item's title may itself hold
 * "、", so they are not run together). */
void egca__assess_gap_lines(egca__buf *s, const egca_material_gap *g, const char *indent, egca_lang lang)
{
  egca__buf_printf(s, EGCA__TR_LANG(lang, "%s %s", "%s%s"), g->item, g->title);
  if (g->sub_item_count == 0) {
    egca__buf_put(s, "\n");
    return;
  }
  egca__buf_put(s, g->whole ? EGCA__TR_LANG(lang, ", including:\n", "，包括：\n") : EGCA__TR_LANG(lang, ", of it:\n", "中的：\n"));
  for (size_t k = 0; k < g->sub_item_count; k++)
    egca__buf_printf(s, EGCA__TR_LANG(lang, "%s(%zu) %s\n", "%s（%zu）%s\n"), indent, k + 1, g->sub_items[k].title);
}

/* A gap on one line: "（三）资金情况中的「注册资本」「股权结构」"; "(3) Funds: \"Registered capital\", ...". */
static void sb_gap_inline(egca__buf *s, const egca_material_gap *g, egca_lang lang)
{
  egca__buf_printf(s, EGCA__TR_LANG(lang, "%s %s", "%s%s"), g->item, g->title);
  if (g->whole)
    return;
  egca__buf_put(s, EGCA__TR_LANG(lang, ": ", "中的"));
  for (size_t k = 0; k < g->sub_item_count; k++)
    egca__buf_printf(s, EGCA__TR_LANG(lang, "%s\"%s\"", "%s「%s」"), lang == EGCA_LANG_EN && k > 0 ? ", " : "",
                     g->sub_items[k].title);
}

/* A condition judged met whose evidence is missing: the verdict rests on facts the file cannot show. */
static int cross_check(egca_assessment *a, const egca_assess_rules *r)
{
  for (size_t g = 0; g < a->gap_count; g++) {
    size_t m = 0;
    while (strcmp(r->materials[m].id, a->gaps[g].id) != 0)
      m++;
    const egca__material *mat = &r->materials[m];
    for (size_t k = 0; k < mat->evidence_count; k++) {
      size_t c = mat->evidences[k];
      if (a->conditions[c].verdict != EGCA_VERDICT_MET)
        continue;
      egca__buf s = {0};
      const egca_lang lang = a->lang;
      egca__buf_printf(&s,
                       EGCA__TR_LANG(lang, "condition %s is judged met, but the application material that evidences it, ",
                                     "许可条件%s判定为符合，但证明该条件的申请材料"),
                       lang == EGCA_LANG_EN ? r->conditions[c].guide_item_en : r->conditions[c].guide_item);
      sb_gap_inline(&s, &a->gaps[g], lang);
      egca__buf_put(&s, EGCA__TR_LANG(lang, ", was not submitted: no material yet supports the facts the verdict rests on",
                                      "未提交，该判定所依据的事实尚无材料佐证"));
      egca_finding *fnd = &a->findings[a->finding_count++];
      fnd->id = "material_missing";
      fnd->condition = r->conditions[c].id;
      fnd->material = mat->id;
      if ((fnd->message = egca__arena_take(&a->mem, &s)) == NULL)
        return EGCA_E_NOMEM;
    }
  }
  /* Keep findings in the order of the conditions, advisories before material gaps. */
  for (size_t i = 1; i < a->finding_count; i++) {
    egca_finding f = a->findings[i];
    size_t ci = 0;
    while (strcmp(r->conditions[ci].id, f.condition) != 0)
      ci++;
    size_t j = i;
    for (; j > 0; j--) {
      size_t cj = 0;
      while (strcmp(r->conditions[cj].id, a->findings[j - 1].condition) != 0)
        cj++;
      if (cj <= ci)
        break;
      a->findings[j] = a->findings[j - 1];
    }
    a->findings[j] = f;
  }
  return 0;
}

/* The draft notice: every gap at once, with its legal basis. */
static int write_notice(egca_assessment *a, const egca_assess_rules *r)
{
  if (a->complete)
    return 0;
  egca__buf s = {0};
  const egca_lang lang = a->lang;
  if (lang == EGCA_LANG_EN) {
    /* A working translation of the notice, for a reader of English; the notice the office issues is the Chinese. */
    egca__buf_printf(&s, "%s (draft)\n\n%s:\n\n", r->notice_title_en, a->applicant != NULL ? a->applicant : "Applicant");
    egca__buf_printf(&s,
                     "The application materials you submitted for the %s are incomplete. Under %s, you are told at once "
                     "of everything to be corrected:\n\n",
                     r->notice_licence_en, r->notice_basis_en);
  } else {
    egca__buf_printf(&s, "%s（草稿）\n\n%s：\n\n", r->notice_title, a->applicant != NULL ? a->applicant : "申请人");
    egca__buf_printf(&s,
              "你单位提交的%s申请材料不齐全。根据%s的规定，现一次性告知你单位需要补正的全部内容如下：\n\n",
              r->notice_licence, r->notice_basis);
  }
  for (size_t g = 0; g < a->gap_count; g++) {
    egca__buf_printf(&s, "%zu. ", g + 1);
    egca__assess_gap_lines(&s, &a->gaps[g], "   ", lang);
  }
  egca__buf_put(&s, EGCA__TR_LANG(lang,
                                  "\nPlease submit all the materials above, corrected, together.\n\n(seal of the accepting "
                                  "authority)\nDate:\n",
                                  "\n请将上述材料全部补正后一并提交。\n\n（受理机关印章）\n年    月    日\n"));
  if ((a->notice = egca__arena_take(&a->mem, &s)) == NULL)
    return EGCA_E_NOMEM;
  return 0;
}

EGCA_API int egca_assess(egca_assessment **out, const egca_rules *rules, const egca_profile *profile, egca_lang lang,
                         egca_error *err)
{
  *out = NULL;
  const egca_assess_rules *r = rules != NULL ? egca__rules_assess(rules) : NULL;
  if (r == NULL)
    return egca__fail(err, EGCA_E_INVALID, NULL, 0,
                      EGCA__TR(err, "the rules hold no conditions and materials", "规则中没有条件和材料"));
  egca_assessment *a = calloc(1, sizeof *a);
  if (a == NULL)
    return egca__fail_nomem(err);
  a->lang = lang == EGCA_LANG_EN ? EGCA_LANG_EN : EGCA_LANG_ZH;
  const char *name = egca_profile_applicant_name(profile);
  int rc = 0;
  if (name != NULL && (a->applicant = egca__arena_strdup(&a->mem, name)) == NULL)
    rc = EGCA_E_NOMEM;
  if (rc == 0)
    rc = evaluate_conditions(a, r, profile);
  if (rc == 0)
    rc = check_materials(a, r, profile, err);
  if (rc == 0)
    rc = cross_check(a, r);
  if (rc == 0)
    rc = write_notice(a, r);
  if (rc < 0) {
    egca_assessment_free(a);
    return rc == EGCA_E_NOMEM ? egca__fail_nomem(err) : rc;
  }
  *out = a;
  return 0;
}

EGCA_API void egca_assessment_free(egca_assessment *assessment)
{
  if (assessment == NULL)
    return;
  egca__arena_free(&assessment->mem);
  free(assessment);
}

/* --- Getters ------------------------------------------------------------------------------------------ */

EGCA_API const char *egca_verdict_name(egca_verdict verdict)
{
  switch (verdict) {
  case EGCA_VERDICT_MET: return "met";
  case EGCA_VERDICT_NOT_MET: return "not_met";
  case EGCA_VERDICT_UNKNOWN: return "unknown";
  case EGCA_VERDICT_NEEDS_REVIEW: return "needs_review";
  default: return NULL;
  }
}

EGCA_API const char *egca_eligibility_name(egca_eligibility eligibility)
{
  switch (eligibility) {
  case EGCA_ELIGIBLE_YES: return "yes";
  case EGCA_ELIGIBLE_NO: return "no";
  case EGCA_ELIGIBLE_UNDETERMINED: return "undetermined";
  default: return NULL;
  }
}

EGCA_API egca_eligibility egca_assessment_eligibility(const egca_assessment *a) { return a->eligibility; }

EGCA_API size_t egca_assessment_condition_count(const egca_assessment *a) { return a->condition_count; }

EGCA_API const egca_condition_result *egca_assessment_condition(const egca_assessment *a, size_t index)
{
  return index < a->condition_count ? &a->conditions[index] : NULL;
}

EGCA_API int egca_assessment_materials_complete(const egca_assessment *a) { return a->complete; }

EGCA_API size_t egca_assessment_material_gap_count(const egca_assessment *a) { return a->gap_count; }

EGCA_API const egca_material_gap *egca_assessment_material_gap(const egca_assessment *a, size_t index)
{
  return index < a->gap_count ? &a->gaps[index] : NULL;
}

EGCA_API size_t egca_assessment_finding_count(const egca_assessment *a) { return a->finding_count; }

EGCA_API const egca_finding *egca_assessment_finding(const egca_assessment *a, size_t index)
{
  return index < a->finding_count ? &a->findings[index] : NULL;
}

EGCA_API const char *egca_assessment_notice(const egca_assessment *a) { return a->notice; }
