/* egca — calendar (being written). */
#include "internal.h"

typedef int egca__calendar_placeholder;
