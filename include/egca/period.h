/* egca — period module (being written). */
#ifndef EGCA_PERIOD_H
#define EGCA_PERIOD_H

#include "common.h"

#endif
