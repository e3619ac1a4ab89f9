/* egca — how the rules object hands the conditions and materials to the assess module.
 * Internal: rules.c loads the JSON files of rules/ and calls assess.c's parser for conditions.json and
 * materials.json, so one egca_rules holds the whole licence. */
#ifndef EGCA_RULES_INTERNAL_H
#define EGCA_RULES_INTERNAL_H

#include "json.h"

/* Conditions and materials, owned by the assess module. */
typedef struct egca_assess_rules egca_assess_rules;

/* Validates and compiles conditions.json and materials.json (both already parsed strictly). On failure
 * nothing is left allocated and err names the file, line:column and JSON pointer. */
int egca__assess_rules_parse(egca_assess_rules **out, const egca__json_doc *conditions,
                             const egca__json_doc *materials, egca_error *err);
void egca__assess_rules_free(egca_assess_rules *rules);

/* The conditions and materials of a loaded rule set (borrowed). */
const egca_assess_rules *egca__rules_assess(const egca_rules *rules);

/* A number that tells this rule set from every other made in the process (1, 2, ...; never reused). */
unsigned long egca__rules_serial(const egca_rules *rules);

/* A citation is cut to this many bytes less one where egca_basis_format writes it into the output. */
#define EGCA__CITATION_MAX 512

/* What the case module writes for a deadline rule, made once when the rules are loaded (a batch writes it
 * for every deadline of every case): the guide's section and item as one text ("服务指南 办理基本流程
 * （一）新申请 2"; NULL when the rule names no section); the title as a JSON string, quotes included; and
 * the basis as a JSON array of strings, each citation (egca_basis_format, cut as above) and then the guide's
 * text, compact (",") or pretty (", "). Borrowed from the rule. */
const char *egca__deadline_rule_guide_text(const egca_deadline_rule *rule);
const char *egca__deadline_rule_json_title(const egca_deadline_rule *rule);
const char *egca__deadline_rule_json_basis(const egca_deadline_rule *rule, int compact);

/* For the compact JSON of a deadline (a batch's line): its start up to the value of "ref",
 * {"rule":"ID","title":TITLE,"ref": ; and the compact basis; each with its length. Borrowed. */
const char *egca__deadline_rule_json_head(const egca_deadline_rule *rule, size_t *len);
const char *egca__deadline_rule_json_basis_compact(const egca_deadline_rule *rule, size_t *len);

#endif
