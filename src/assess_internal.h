/* egca — an assessment as the evaluation (assess.c) leaves it, for its writers (assess_output.c).
 * Place in the flow: assess -> here -> the assessment's text and JSON. Internal to the library. */
#ifndef EGCA_ASSESS_INTERNAL_H
#define EGCA_ASSESS_INTERNAL_H

#include "arena.h"

struct egca_assessment {
  egca__arena mem;
  egca_eligibility eligibility;
  size_t condition_count;
  egca_condition_result *conditions;
  const char **condition_items; /* the guide's numbering of each condition */
  int complete;
  size_t gap_count;
  egca_material_gap *gaps;
  size_t finding_count;
  egca_finding *findings;
  const char *notice;
  const char *applicant;
  egca_lang lang; /* the language of its texts and of its report (egca_assess) */
};

/* A gap over lines: the item, then its missing sub-items one to a line, each after `indent`. The draft
 * notice and the text report both write gaps so. */
void egca__assess_gap_lines(egca__buf *s, const egca_material_gap *g, const char *indent, egca_lang lang);

#endif
