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

#endif
