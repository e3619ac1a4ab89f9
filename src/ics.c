/* egca — ICS adapter (being written). */
#include "internal.h"

typedef int egca__ics_placeholder;
