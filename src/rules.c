/* egca — rules module (being written). */
#include "internal.h"

typedef int egca__rules_placeholder;

EGCA_API void egca_rules_free(egca_rules *rules) { (void)rules; }
