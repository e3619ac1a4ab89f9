/* egca — an assessment written out: its JSON (the command's and the binding's format, docs/cli-json.md) and
 * the Chinese report, both built in the one buffer (buffer.h), the JSON by the one writer (json_writer.h).
 * Place in the flow: the last step, output: assess (assess_internal.h) -> here. */
#include "assess_internal.h"
#include "json_writer.h"

#include <stdlib.h>

/* --- JSON output ------------------------------------------------------------------------------------ */

/* The one JSON writer (json_writer.h), pretty; a member when `key` is given, else an array's element. */
typedef egca__jw json_writer;

static void jw_item(json_writer *w, const char *key)
{
  if (key != NULL)
    egca__jw_key(w, key);
  else if (w->depth > 0)
    egca__jw_element(w);
}

static void jw_open(json_writer *w, const char *key, const char *bracket)
{
  jw_item(w, key);
  egca__jw_open(w, bracket[0]);
}

static void jw_close(json_writer *w, const char *bracket) { egca__jw_close(w, bracket[0]); }

static void jw_string(json_writer *w, const char *key, const char *text)
{
  jw_item(w, key);
  egca__jw_string(w, text);
}

static void jw_raw(json_writer *w, const char *key, const char *json)
{
  jw_item(w, key);
  egca__jw_raw(w, json);
}

static void jw_facts(json_writer *w, const char *key, const egca_fact_value *facts, size_t count)
{
  jw_open(w, key, "[");
  for (size_t i = 0; i < count; i++) {
    jw_open(w, NULL, "{");
    jw_string(w, "fact", facts[i].fact);
    jw_string(w, "label", facts[i].label);
    jw_raw(w, "value", facts[i].value);
    jw_close(w, "}");
  }
  jw_close(w, "]");
}

EGCA_API int egca_assessment_to_json(char **out, const egca_assessment *a, egca_error *err)
{
  *out = NULL;
  egca__buf text = {0};
  json_writer w;
  egca__jw_start(&w, &text, 0);
  jw_open(&w, NULL, "{");
  jw_string(&w, "eligible", egca_eligibility_name(a->eligibility));
  jw_open(&w, "conditions", "[");
  for (size_t i = 0; i < a->condition_count; i++) {
    const egca_condition_result *c = &a->conditions[i];
    jw_open(&w, NULL, "{");
    jw_string(&w, "id", c->id);
    jw_string(&w, "title", c->title);
    jw_string(&w, "verdict", egca_verdict_name(c->verdict));
    jw_open(&w, "reasons", "[");
    for (size_t k = 0; k < c->reason_count; k++) {
      const egca_reason *r = &c->reasons[k];
      jw_open(&w, NULL, "{");
      jw_string(&w, "op", r->op);
      jw_facts(&w, "facts", r->facts, r->fact_count);
      jw_facts(&w, "evidence", r->evidence, r->evidence_count);
      jw_raw(&w, "value", r->value);
      jw_raw(&w, "partial", r->partial ? "true" : "false");
      jw_raw(&w, "threshold", r->threshold);
      jw_string(&w, "result", egca_verdict_name(r->result));
      jw_string(&w, "text", r->text);
      jw_close(&w, "}");
    }
    jw_close(&w, "]");
    jw_open(&w, "missing_facts", "[");
    for (size_t k = 0; k < c->missing_fact_count; k++)
      jw_string(&w, NULL, c->missing_facts[k]);
    jw_close(&w, "]");
    jw_open(&w, "basis", "[");
    for (size_t k = 0; k < c->basis_count; k++)
      jw_string(&w, NULL, c->basis[k]);
    jw_close(&w, "]");
    jw_close(&w, "}");
  }
  jw_close(&w, "]");
  jw_open(&w, "materials", "{");
  jw_raw(&w, "complete", a->complete ? "true" : "false");
  jw_open(&w, "missing", "[");
  for (size_t g = 0; g < a->gap_count; g++) {
    const egca_material_gap *gap = &a->gaps[g];
    jw_open(&w, NULL, "{");
    jw_string(&w, "id", gap->id);
    jw_string(&w, "item", gap->item);
    jw_string(&w, "title", gap->title);
    jw_open(&w, "sub_items", "[");
    for (size_t k = 0; k < gap->sub_item_count; k++) {
      jw_open(&w, NULL, "{");
      jw_string(&w, "id", gap->sub_items[k].id);
      jw_string(&w, "title", gap->sub_items[k].title);
      jw_close(&w, "}");
    }
    jw_close(&w, "]");
    jw_close(&w, "}");
  }
  jw_close(&w, "]");
  jw_close(&w, "}");
  jw_open(&w, "findings", "[");
  for (size_t f = 0; f < a->finding_count; f++) {
    jw_open(&w, NULL, "{");
    jw_string(&w, "id", a->findings[f].id);
    jw_string(&w, "condition", a->findings[f].condition);
    jw_string(&w, "material", a->findings[f].material);
    jw_string(&w, "message", a->findings[f].message);
    jw_close(&w, "}");
  }
  jw_close(&w, "]");
  jw_string(&w, "notice", a->notice);
  jw_close(&w, "}");
  egca__jw_end(&w);
  if (text.failed) {
    free(text.text);
    return egca__fail_nomem(err);
  }
  *out = text.text;
  return 0;
}

/* --- Text output ------------------------------------------------------------------------------------ */

static const char *verdict_words(egca_verdict v, egca_lang lang)
{
  switch (v) {
  case EGCA_VERDICT_MET: return EGCA__TR_LANG(lang, "met", "符合");
  case EGCA_VERDICT_NOT_MET: return EGCA__TR_LANG(lang, "not met", "不符合");
  case EGCA_VERDICT_UNKNOWN: return EGCA__TR_LANG(lang, "cannot be decided (facts missing)", "无法判断（缺少事实）");
  default: return EGCA__TR_LANG(lang, "for the reviewer to judge", "需评审认定");
  }
}

static const char *eligibility_words(egca_eligibility e, egca_lang lang)
{
  switch (e) {
  case EGCA_ELIGIBLE_YES: return EGCA__TR_LANG(lang, "every condition of the licence is met", "符合全部许可条件");
  case EGCA_ELIGIBLE_NO: return EGCA__TR_LANG(lang, "the conditions of the licence are not met", "不符合许可条件");
  default: return EGCA__TR_LANG(lang, "whether the conditions are met cannot be told yet", "尚不能确定是否符合许可条件");
  }
}

/* The report in the language of the assessment (egca_assess): the same sections in both. */
EGCA_API int egca_assessment_to_text(char **out, const egca_assessment *a, egca_error *err)
{
  *out = NULL;
  const egca_lang lang = a->lang;
  egca__buf s = {0};
  egca__buf_put(&s, EGCA__TR_LANG(lang,
                                  "Licence for e-government electronic certification service providers: assessment of "
                                  "an application\n",
                                  "电子政务电子认证服务机构资质认定 申请评估\n"));
  egca__buf_printf(&s, EGCA__TR_LANG(lang, "Applicant: %s\n\n", "申请人：%s\n\n"),
                   a->applicant != NULL ? a->applicant : EGCA__TR_LANG(lang, "(not given)", "（未填写）"));
  egca__buf_printf(&s, EGCA__TR_LANG(lang, "1. Conditions of the licence: %s\n", "一、许可条件：%s\n"),
                   eligibility_words(a->eligibility, lang));
  for (size_t i = 0; i < a->condition_count; i++) {
    const egca_condition_result *c = &a->conditions[i];
    egca__buf_printf(&s, EGCA__TR_LANG(lang, "\n%s %s\n", "\n%s%s\n"), a->condition_items[i], c->title);
    egca__buf_printf(&s, EGCA__TR_LANG(lang, "  verdict: %s\n", "  判定：%s\n"), verdict_words(c->verdict, lang));
    for (size_t k = 0; k < c->reason_count; k++)
      egca__buf_printf(&s, "  - %s\n", c->reasons[k].text);
    if (c->missing_fact_count > 0) {
      egca__buf_put(&s, EGCA__TR_LANG(lang, "  facts missing: ", "  缺少的事实："));
      for (size_t k = 0; k < c->missing_fact_count; k++)
        egca__buf_printf(&s, "%s%s", k ? EGCA__TR_LANG(lang, ", ", "、") : "", c->missing_facts[k]);
      egca__buf_put(&s, "\n");
    }
    egca__buf_put(&s, EGCA__TR_LANG(lang, "  basis: ", "  依据："));
    for (size_t k = 0; k < c->basis_count; k++)
      egca__buf_printf(&s, "%s%s", k ? EGCA__TR_LANG(lang, "; ", "；") : "", c->basis[k]);
    egca__buf_put(&s, "\n");
  }
  if (a->complete) {
    egca__buf_put(&s, EGCA__TR_LANG(lang, "\n2. Application materials: complete\n", "\n二、申请材料：齐全\n"));
  } else {
    egca__buf_printf(&s,
                     EGCA__TR_LANG(lang, "\n2. Application materials: incomplete; items to be corrected: %zu\n",
                                   "\n二、申请材料：不齐全，%zu 项需要补正\n"),
                     a->gap_count);
    for (size_t g = 0; g < a->gap_count; g++) {
      egca__buf_put(&s, "  - ");
      egca__assess_gap_lines(&s, &a->gaps[g], "    ", lang);
    }
  }
  egca__buf_put(&s, EGCA__TR_LANG(lang, "\n3. Hints:", "\n三、提示："));
  if (a->finding_count == 0)
    egca__buf_put(&s, EGCA__TR_LANG(lang, " none\n", "无\n"));
  else
    egca__buf_put(&s, "\n");
  for (size_t f = 0; f < a->finding_count; f++)
    egca__buf_printf(&s, "  - %s\n", a->findings[f].message);
  if (a->notice != NULL) {
    egca__buf_put(&s, EGCA__TR_LANG(lang, "\n4. ", "\n四、"));
    egca__buf_put(&s, a->notice);
  }
  if (s.failed) {
    free(s.text);
    return egca__fail_nomem(err);
  }
  *out = s.text;
  return 0;
}

EGCA_API void egca_assessment_string_free(char *text) { free(text); }
