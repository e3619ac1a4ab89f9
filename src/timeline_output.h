/* egca — a timeline's JSON written with a given table of the rule versions' texts (deadline_output.h):
 * a batch's, asked for once before its threads start (timeline_output.c).
 * Place in the flow: output: the batch (batch.c) -> here. Internal to the library. */
#ifndef EGCA_TIMELINE_OUTPUT_H
#define EGCA_TIMELINE_OUTPUT_H

#include "internal.h"

/* egca_timeline_write_json, the compact deadlines' rule id, title and basis copied from `texts` where it
 * holds their version in the timeline's language (NULL: the table of the timeline's rule set, as
 * egca_timeline_write_json takes it). The same text either way. */
struct egca__rule_texts;
int egca__timeline_write_json(char **buffer, size_t *capacity, size_t *length, const egca_timeline *tl, unsigned flags,
                              const struct egca__rule_texts *texts, egca_error *err);

#endif
