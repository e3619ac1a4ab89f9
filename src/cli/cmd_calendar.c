/* egca command — calendar (being written). */
#include "cli.h"
