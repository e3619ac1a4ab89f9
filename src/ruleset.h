/* egca — the rule set: deadlines.json, conditions.json, materials.json and readings.json, read from a
 * directory or from the copies built into the library, each parsed strictly (json.h) and handed to its
 * compiler: the deadline rules (deadline_rules.h), the conditions (conditions.h) and the readings
 * (readings.h); the laws' table of deadlines.json serves the citations of all four (citation.h). One
 * egca_rules holds the whole licence; its layout is ruleset.c's, read through the getters below.
 * Place in the flow: first: rule set -> deadline rules, readings, conditions -> deadline, timeline, assess
 * -> output. */
#ifndef EGCA_RULESET_H
#define EGCA_RULESET_H

#include "conditions.h"
#include "deadline_rules.h"

/* The compiled conditions and materials of a loaded rule set (borrowed); NULL for NULL. */
const egca_assess_rules *egca__rules_assess(const egca_rules *rules);

/* The open questions of a loaded rule set (readings.h; borrowed). */
struct egca__readings;
const struct egca__readings *egca__rules_readings(const egca_rules *rules);

/* The deadline rules of a loaded rule set (borrowed): a caller that walks the index fetches it once. */
const egca__deadline_rules *egca__rules_deadline_index(const egca_rules *rules);

/* The index of `d`: the rules in the order of their first entry in deadlines.json. Inline rather than a
 * call into ruleset.c: an evaluation walks every rule, and a batch evaluates each case several times. */
static inline size_t egca__rules_group_count(const egca__deadline_rules *d) { return d->group_count; }
static inline const egca__rule_group *egca__rules_group_at(const egca__deadline_rules *d, size_t index)
{
  return &d->groups[index];
}

/* A rule of a loaded rule set by id (NULL when there is none). */
const egca__rule_group *egca__rules_group(const egca_rules *rules, const char *id);

#endif
