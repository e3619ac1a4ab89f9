/* egca — what the outputs write of a deadline rule version, made once when the rules are loaded (a batch
 * writes it for every deadline of every case), and the deadline's JSON (deadline_output.c).
 * Place in the flow: output: deadline rules (rules_internal.h) -> here -> the timeline's and the page's
 * writers (timeline_output.c, html.c). rules.c only asks for these texts to be made and freed with a rule. */
#ifndef EGCA_DEADLINE_OUTPUT_H
#define EGCA_DEADLINE_OUTPUT_H

#include "internal.h"

/* A rule version's texts in one language: the guide's section and item as one text ("服务指南 办理基本流程
 * （一）新申请 2", "Service Guide, ..." in English; NULL when the rule names no section); the title as a JSON
 * string, quotes included; the basis as a JSON array of strings, each citation (egca_basis_format_lang, cut at
 * EGCA__CITATION_MAX) and then the guide's text, pretty (", ") and compact (","); and the start of a
 * deadline's compact JSON up to the value of "ref", {"rule":"ID","title":TITLE,"ref": . The rule keeps them,
 * one set per language (egca__deadline_rule_texts). */
typedef struct egca__rule_texts {
  char *guide_text;
  char *json_title;
  char *json_basis[2]; /* pretty, compact */
  size_t json_basis_compact_len;
  char *json_head;
  size_t json_head_len;
} egca__rule_texts;
/* Fills *out in `lang` (all NULL on failure: EGCA_E_NOMEM); _free frees what it holds. The rule's citations
 * must have their laws' English names (made after the rules' citations are resolved). */
int egca__rule_texts_make(egca__rule_texts *out, const egca_deadline_rule *rule, egca_lang lang, egca_error *err);
void egca__rule_texts_free(egca__rule_texts *texts);

/* A citation is cut to this many bytes less one where egca_basis_format_lang writes it into the output. */
#define EGCA__CITATION_MAX 512

/* The texts of a rule version in `lang`, made when the rules loaded (borrowed from the rule). */
const egca__rule_texts *egca__deadline_rule_texts(const egca_deadline_rule *rule, egca_lang lang);

static inline const char *egca__deadline_rule_guide_text(const egca_deadline_rule *rule, egca_lang lang)
{
  return egca__deadline_rule_texts(rule, lang)->guide_text;
}
static inline const char *egca__deadline_rule_json_title(const egca_deadline_rule *rule, egca_lang lang)
{
  return egca__deadline_rule_texts(rule, lang)->json_title;
}
static inline const char *egca__deadline_rule_json_basis(const egca_deadline_rule *rule, int compact, egca_lang lang)
{
  return egca__deadline_rule_texts(rule, lang)->json_basis[compact != 0];
}

#endif
