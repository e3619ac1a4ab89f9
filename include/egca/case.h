/* egca — case module (being written). */
#ifndef EGCA_CASE_H
#define EGCA_CASE_H

#include "common.h"

#endif
