/* egca — rules module (being written). */
#ifndef EGCA_RULES_H
#define EGCA_RULES_H

#include "common.h"

typedef struct egca_rules egca_rules;

EGCA_API void egca_rules_free(egca_rules *rules);

#endif
