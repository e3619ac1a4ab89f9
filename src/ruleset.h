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

/* --- What a later step makes of the set once, when first needed, and keeps with it --------------------- */

/* A later step (the outputs: deadline_output.c's texts of the rule versions, one per language) may keep in
 * the set something it makes of it, in slot `slot` (< EGCA__RULES_MEMOS): made by `make` on the first call,
 * not while loading (loading is the cost every program pays; many never write what is made), then the same
 * for every later call and every thread. The set stays immutable to its users: the slot is filled once,
 * under a lock, and read without one after; the set frees it with `drop` (which the set knows only as
 * given here: it calls none of the later steps itself). `make` gives 0 and the thing, or an error and
 * nothing; then the slot stays empty, the error is returned, and a later call tries again. Every caller of
 * one slot passes the same `make` and `drop`. */
#define EGCA__RULES_MEMOS 2
typedef int (*egca__rules_memo_make)(void **out, const egca_rules *rules, unsigned slot, egca_error *err);
typedef void (*egca__rules_memo_drop)(void *memo);
int egca__rules_memo(const void **out, const egca_rules *rules, unsigned slot, egca__rules_memo_make make,
                     egca__rules_memo_drop drop, egca_error *err);

#endif
