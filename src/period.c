/* egca — period module (being written). */
#include "internal.h"

typedef int egca__period_placeholder;
