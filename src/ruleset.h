/* egca — the rule set (rules.c): deadlines.json, conditions.json, materials.json and readings.json, read from a directory or
 * from the copies built into the library, each parsed strictly (json.h) and handed to its compiler: the
 * deadline rules (deadline_rules.h), the conditions (conditions.h) and the readings (readings.h). One egca_rules holds the whole licence.
 * Place in the flow: first: rule set -> deadline rules, conditions -> deadline, timeline, assess -> output. */
#ifndef EGCA_RULESET_H
#define EGCA_RULESET_H

#include "conditions.h"

/* The compiled conditions and materials of a loaded rule set (borrowed); NULL for NULL. */
const egca_assess_rules *egca__rules_assess(const egca_rules *rules);

/* The open questions of a loaded rule set (readings.h; borrowed). */
struct egca__readings;
const struct egca__readings *egca__rules_readings(const egca_rules *rules);

#endif
