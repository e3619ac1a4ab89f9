/* egca — assess module (being written). */
#ifndef EGCA_ASSESS_H
#define EGCA_ASSESS_H

#include "common.h"

#endif
